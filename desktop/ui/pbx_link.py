"""The workstation's PBX connection while someone is signed in: Asterisk's AMI, when
enabled in «PBX connection», hands its ringing and hang-up events to the call card.

The secret is read from the keyring in a thread of its own (a locked keyring may
block) and kept in memory only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.telephony.ami import AmiSource, AmiStatus
from desktop.telephony.ami_config import AmiConfig, load_ami_config, load_ami_secret
from desktop.ui.background import ThreadJob


class PbxLink(QObject):
    """``event_received`` carries CallEvents; ``status_changed`` an :class:`AmiStatus` value."""

    event_received = Signal(object)
    status_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: AmiSource | None = None
        self.config = AmiConfig()
        self._generation = 0  # a secret read for an earlier start is dropped

    @property
    def status(self) -> str:
        return self.source.status if self.source is not None else AmiStatus.OFF.value

    def start(self) -> None:
        """Connect when the workstation's settings enable the PBX (else stay off)."""
        self.stop()
        self.config = load_ami_config()
        if not (self.config.enabled and self.config.is_complete()):
            return
        generation = self._generation
        job = ThreadJob(load_ami_secret, "pbx-secret")
        job.finished.connect(lambda secret, error: self._connect(generation, secret, error))
        job.start()

    def _connect(self, generation: int, secret: object, error: object) -> None:
        if generation != self._generation:
            return
        if error is not None:
            self.status_changed.emit(AmiStatus.REFUSED.value)
            return
        self.source = AmiSource(self.config, str(secret or ""), self)
        self.source.event_received.connect(self.event_received)
        self.source.status_changed.connect(self.status_changed)
        self.source.start()

    def stop(self) -> None:
        self._generation += 1
        if self.source is not None:
            self.source.stop()
            self.source.deleteLater()
            self.source = None
            self.status_changed.emit(AmiStatus.OFF.value)
