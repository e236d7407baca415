"""Secrets go to the keyring; without one they live for the session only, and say so."""

from __future__ import annotations

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from keyring.errors import PasswordSetError

from desktop import secrets
from desktop.telephony.ami_config import load_ami_secret, save_ami_secret


def test_a_secret_is_kept_in_the_keyring_under_the_apps_name(memory_keyring):
    secrets.set_secret("asterisk-ami", "s3cret")
    assert memory_keyring.secrets == {("operator-desk", "asterisk-ami"): "s3cret"}
    assert secrets.get_secret("asterisk-ami") == "s3cret"
    secrets.delete_secret("asterisk-ami")
    assert memory_keyring.secrets == {}
    assert secrets.get_secret("asterisk-ami") is None
    secrets.delete_secret("asterisk-ami")  # forgetting twice is fine


def test_an_empty_secret_deletes_the_stored_one(memory_keyring):
    save_ami_secret("s3cret")
    save_ami_secret("")
    assert memory_keyring.secrets == {}
    assert load_ami_secret() == ""


@pytest.fixture
def no_keyring():
    import keyring

    keyring.set_keyring(NoKeyring())  # the next test's memory_keyring replaces it
    yield
    secrets.delete_secret("asterisk-ami")


def test_without_a_keyring_the_secret_is_kept_for_the_session_and_the_user_is_told(
        no_keyring):
    with pytest.raises(secrets.NoSystemKeyring) as error:
        save_ami_secret("s3cret")
    assert str(error.value) == "No system keyring: the secret is kept for this session only."
    assert load_ami_secret() == "s3cret"
    secrets.delete_secret("asterisk-ami")
    assert load_ami_secret() == ""


def test_a_keyring_that_refuses_stores_nothing(memory_keyring, monkeypatch):
    def refuse(*_args):
        raise PasswordSetError("the collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(secrets.SecretError, match="did not store the secret") as error:
        secrets.set_secret("asterisk-ami", "s3cret")
    assert not isinstance(error.value, secrets.NoSystemKeyring)
    assert secrets.get_secret("asterisk-ami") is None
