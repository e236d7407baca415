"""PBX settings live in QSettings (never the secret); a source needs them complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.telephony.ami import AmiSource, AmiStatus
from desktop.telephony.ami_config import AmiConfig, load_ami_config, save_ami_config


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_the_settings_read_back_as_saved_in_a_new_session(tmp_path: Path):
    config = AmiConfig(True, " pbx.office.local ", 5039, "desk", "PJSIP/101")
    save_ami_config(config, settings_at(tmp_path / "a.ini"))
    assert load_ami_config(settings_at(tmp_path / "a.ini")) == AmiConfig(
        True, "pbx.office.local", 5039, "desk", "PJSIP/101")


def test_nothing_saved_means_off_on_the_standard_port(tmp_path: Path):
    assert load_ami_config(settings_at(tmp_path / "none.ini")) == AmiConfig()
    assert AmiConfig().port == 5038 and not AmiConfig().enabled


def test_a_hand_edited_port_that_makes_no_sense_falls_back_to_the_standard_one(tmp_path):
    path = tmp_path / "edited.ini"
    path.write_text("[pbx]\nenabled=true\nhost=pbx\nport=http\nusername=desk\n"
                    "extension=101\n", encoding="utf-8")
    assert load_ami_config(settings_at(path)).port == 5038
    path.write_text("[pbx]\nport=70000\n", encoding="utf-8")
    assert load_ami_config(settings_at(path)).port == 5038


def test_a_source_with_incomplete_settings_does_not_start(qtbot):
    source = AmiSource(AmiConfig(enabled=True, host="pbx", username="desk"), "s3cret")
    assert source.start() is False
    assert source.status is AmiStatus.OFF
    source.stop()  # harmless
