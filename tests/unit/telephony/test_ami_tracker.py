"""Recorded PBX traffic -> the operator's call events, for the operator's extension only."""

from __future__ import annotations

import pytest

from desktop.telephony.ami import AmiTracker
from desktop.telephony.events import SOURCE_AMI, EventKind
from tests.unit.telephony.fake_ami import read_trace


def replay(trace: str, extension: str) -> list[tuple[EventKind, str, str]]:
    tracker = AmiTracker(extension)
    events = [event for message in read_trace(trace) for event in tracker.feed(message)]
    assert all(event.source == SOURCE_AMI for event in events)
    assert tracker.active() == []  # every call that was opened was ended
    return [(event.kind, event.number, event.ref) for event in events]


def test_an_answered_incoming_call_opens_with_the_callers_number_and_ends_on_hang_up():
    assert replay("incoming_answered", "101") == [
        (EventKind.INCOMING, "+79991234567", "1700471234.36"),
        (EventKind.END, "+79991234567", "1700471234.36"),
    ]


def test_a_call_for_another_extension_is_not_the_operators():
    assert replay("incoming_answered", "102") == []
    assert replay("incoming_answered", "10") == []  # a prefix of 101 is another phone


def test_the_operators_outgoing_call_is_reported_with_the_number_dialled():
    # The trace starts with a voicemail check (*97): off-hook but never dialled out.
    assert replay("outgoing_answered", "101") == [
        (EventKind.OUTGOING, "+79997654321", "1700472031.41"),
        (EventKind.END, "+79997654321", "1700472031.41"),
    ]


@pytest.mark.parametrize("extension", ["101", "102"])
def test_a_ring_group_rings_everyone_and_ends_for_each_when_their_phone_stops(extension: str):
    events = replay("ring_group", extension)
    assert events == [(EventKind.INCOMING, "+74951112233", "1700473100.50"),
                      (EventKind.END, "+74951112233", "1700473100.50")]


def test_anna_s_card_ends_as_soon_as_pavel_answers_the_ring_group():
    tracker = AmiTracker("101")
    ended_at = None
    for position, message in enumerate(read_trace("ring_group")):
        if any(e.kind is EventKind.END for e in tracker.feed(message)):
            ended_at = position
    assert ended_at is not None
    answered_elsewhere = read_trace("ring_group")[ended_at]
    assert answered_elsewhere["Cause-txt"] == "Answered elsewhere"


def test_a_queue_call_through_a_local_channel_opens_once_with_a_withheld_number():
    assert replay("queue_missed_withheld", "101") == [
        (EventKind.INCOMING, "", "1700474200.60"),
        (EventKind.END, "", "1700474200.60"),
    ]


def test_a_channel_prefix_names_the_phone_exactly():
    assert replay("incoming_answered", "PJSIP/101")[0][0] is EventKind.INCOMING
    assert replay("incoming_answered", "SIP/101") == []


def test_a_phone_ringing_without_a_dial_is_an_incoming_call():
    """An originated call rings the phone with no Dial: Newstate Ringing is enough."""
    tracker = AmiTracker("101")
    ringing = {"Event": "Newstate", "Channel": "PJSIP/101-0000009a", "ChannelState": "5",
               "ConnectedLineNum": "89991234567", "Uniqueid": "9.1", "Linkedid": "9.0"}
    hangup = {"Event": "Hangup", "Channel": "PJSIP/101-0000009a", "Uniqueid": "9.1",
              "Linkedid": "9.0", "Cause": "16"}
    assert [(e.kind, e.number) for e in tracker.feed(ringing)] == [
        (EventKind.INCOMING, "+79991234567")]
    assert tracker.feed(ringing) == []  # the same call is not opened twice
    assert [e.kind for e in tracker.feed(hangup)] == [EventKind.END]


def test_an_internal_caller_keeps_the_extension_as_the_number():
    tracker = AmiTracker("101")
    dial = {"Event": "DialBegin", "Channel": "PJSIP/102-00000001", "CallerIDNum": "102",
            "Uniqueid": "5.0", "Linkedid": "5.0", "DestChannel": "PJSIP/101-00000002",
            "DestUniqueid": "5.1", "DestLinkedid": "5.0", "DialString": "101"}
    assert [(e.kind, e.number) for e in tracker.feed(dial)] == [(EventKind.INCOMING, "102")]


def test_without_an_extension_nothing_is_the_operators():
    assert replay("incoming_answered", "") == []


def test_ringback_on_the_operators_own_dialling_phone_is_not_an_incoming_call():
    """Some channel drivers put the caller's channel in Ringing while the far end rings."""
    tracker = AmiTracker("101")
    own = {"Channel": "PJSIP/101-00000007", "Uniqueid": "7.0", "Linkedid": "7.0",
           "CallerIDNum": "101", "ConnectedLineNum": "89997654321", "Exten": "89997654321"}
    assert tracker.feed({"Event": "Newchannel", "ChannelState": "4", **own}) == []
    assert tracker.feed({"Event": "Newstate", "ChannelState": "5", **own}) == []
    dial = {"Event": "DialBegin", **own, "DestChannel": "PJSIP/mts-trunk-00000008",
            "DestUniqueid": "7.1", "DestLinkedid": "7.0", "DialString": "89997654321@mts-trunk"}
    assert [(e.kind, e.number) for e in tracker.feed(dial)] == [
        (EventKind.OUTGOING, "+79997654321")]
