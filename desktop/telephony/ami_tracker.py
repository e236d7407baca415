"""Which Asterisk manager (AMI) events are the operator's calls: a pure mapping.

The PBX reports every channel of every call; the operator cares about the calls on
their own phone. A channel is theirs when its device is the configured extension
(``PJSIP/101-0000002a`` for ``101``; or give a channel prefix such as ``SIP/101``);
``Local/`` helper channels are never theirs (their real channel follows).

- The PBX dials the operator's phone (``DialBegin`` with it as destination, or it goes
  to *Ringing* without a dial, as an originated call does): INCOMING, with the
  caller's number.
- The operator's phone dials out (``DialBegin`` with it as the caller): OUTGOING, with
  the number dialled. A phone that goes off-hook and dials a feature code (``*97``)
  never reaches ``Dial`` and is ignored.
- The last of the operator's channels in that call hangs up: END.

A call is the AMI ``Linkedid``; it is the events' ``ref``. Everything else (other
extensions, bridges, dialplan steps, variables) is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.crm.phones import DEFAULT_REGION, InvalidPhoneError, normalize
from desktop.telephony.events import SOURCE_AMI, CallEvent, EventKind

__all__ = ["AmiTracker"]

STATE_RING = "4"     # the channel's device went off-hook to place a call
STATE_RINGING = "5"  # the channel's device is ringing
_DIALLED = re.compile(r"\+?[0-9*#]{1,32}")  # "s", "anonymous", "<unknown>" are not numbers


@dataclass
class _Call:
    kind: EventKind
    number: str
    channels: set[str] = field(default_factory=set)  # Uniqueids of the operator's channels


class AmiTracker:
    """Feed it AMI events in order; it answers with the call events they mean."""

    def __init__(self, extension: str, region: str = DEFAULT_REGION) -> None:
        self.extension = extension.strip()
        self.region = region
        self._calls: dict[str, _Call] = {}  # by Linkedid
        self._placing: set[str] = set()     # operator channels that went off-hook to dial

    def is_mine(self, channel: str) -> bool:
        """Whether ``channel`` (``TECH/device-sequence``) is on the operator's phone."""
        if not self.extension or not channel or channel.lower().startswith("local/"):
            return False
        device = channel.rpartition("-")[0]
        if "/" in self.extension:
            return device.lower() == self.extension.lower()
        return device.partition("/")[2] == self.extension

    def active(self) -> list[str]:
        """The refs of the calls now on the operator's phone."""
        return list(self._calls)

    def feed(self, message: Mapping[str, str]) -> list[CallEvent]:
        kind = _get(message, "Event")
        if kind == "DialBegin":
            return self._dial(message)
        if kind in ("Newchannel", "Newstate"):
            return self._state(message)
        if kind == "Hangup":
            return self._hangup(message)
        return []

    def _dial(self, m: Mapping[str, str]) -> list[CallEvent]:
        dest, caller = _get(m, "DestChannel"), _get(m, "Channel")
        if self.is_mine(dest) and not self.is_mine(caller):
            number = self._number(_get(m, "CallerIDNum"), _get(m, "DestConnectedLineNum"))
            return self._begin(EventKind.INCOMING, _get(m, "DestLinkedid") or _get(m, "Linkedid"),
                               _get(m, "DestUniqueid"), number)
        if self.is_mine(caller) and not self.is_mine(dest):
            dialled = _get(m, "DialString").rpartition("/")[2].partition("@")[0]
            number = self._number(_get(m, "Exten"), dialled, _get(m, "DestCallerIDNum"))
            return self._begin(EventKind.OUTGOING, _get(m, "Linkedid"), _get(m, "Uniqueid"),
                               number)
        return []

    def _state(self, m: Mapping[str, str]) -> list[CallEvent]:
        if not self.is_mine(_get(m, "Channel")):
            return []
        state, unique = _get(m, "ChannelState"), _get(m, "Uniqueid")
        if state == STATE_RING:
            self._placing.add(unique)
        elif state == STATE_RINGING and unique not in self._placing:
            return self._begin(EventKind.INCOMING, _get(m, "Linkedid"), unique,
                               self._number(_get(m, "ConnectedLineNum")))
        return []

    def _begin(self, kind: EventKind, ref: str, unique: str, number: str) -> list[CallEvent]:
        call = self._calls.get(ref)
        if call is not None:  # another of the operator's channels in a call already shown
            call.channels.add(unique)
            return []
        self._calls[ref] = _Call(kind, number, {unique})
        return [CallEvent(kind, number, SOURCE_AMI, ref=ref)]

    def _hangup(self, m: Mapping[str, str]) -> list[CallEvent]:
        unique, ref = _get(m, "Uniqueid"), _get(m, "Linkedid")
        self._placing.discard(unique)
        call = self._calls.get(ref)
        if call is None or unique not in call.channels:
            return []
        call.channels.discard(unique)
        if call.channels:
            return []
        del self._calls[ref]
        return [CallEvent(EventKind.END, call.number, SOURCE_AMI, ref=ref)]

    def _number(self, *candidates: str) -> str:
        """The first candidate that is a phone number, in E.164; else the first one given
        (an internal extension); "" when the PBX does not know the number."""
        given = [c.strip() for c in candidates if _DIALLED.fullmatch(c.strip())]
        for text in given:
            try:
                return normalize(text, self.region)
            except InvalidPhoneError:
                continue
        return given[0] if given else ""


def _get(message: Mapping[str, str], key: str) -> str:
    value = message.get(key, "")
    return value if isinstance(value, str) else ""
