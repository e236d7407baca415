"""Phone numbers are matched in E.164 whatever way they are written."""

from __future__ import annotations

import pytest

from desktop.crm.errors import CrmRejected, InvalidPhoneError
from desktop.crm.phones import display, lookup_forms, normalize

SAME_NUMBER = [
    "+7 999 123-45-67",
    "8 (999) 123 45 67",
    "9991234567",
    "79991234567",
    "89991234567",
    "+7(999)1234567",
    "  +7 999 123 45 67  ",
    "8-999-123-45-67",
    "tel:+7-999-123-45-67",
    "tel:89991234567",
    "TEL:+79991234567;phone-context=example.ru",
    "callto:+79991234567",
    "sip:89991234567@pbx.local",
    "+7 999 123-45-67 доб. 12",
]


@pytest.mark.parametrize("written", SAME_NUMBER)
def test_every_spelling_normalizes_to_the_same_e164(written):
    assert normalize(written) == "+79991234567"


@pytest.mark.parametrize("junk", [
    "", "   ", "hello", "123", "+7 999 123 45 6", "8 999 123 45 67 89 01 23",
    "+7 000 000-00-00", "x" * 200,
])
def test_junk_is_refused_with_a_clear_error(junk):
    with pytest.raises(InvalidPhoneError) as caught:
        normalize(junk)
    assert "is not a phone number" in str(caught.value)
    assert caught.value.number == junk


def test_invalid_phone_is_a_permanent_refusal_and_a_value_error():
    with pytest.raises(CrmRejected):
        normalize("hello")
    with pytest.raises(ValueError):
        normalize("hello")


def test_non_text_is_refused():
    with pytest.raises(InvalidPhoneError):
        normalize(None)  # type: ignore[arg-type]


def test_national_numbers_are_read_in_the_given_region():
    assert normalize("(650) 253-0000", region="US") == "+16502530000"
    assert normalize("+1 650 253 0000") == "+16502530000"


def test_display_is_national_for_home_numbers_and_international_for_foreign():
    assert display("+79991234567") == "8 (999) 123-45-67"
    assert display("9991234567") == "8 (999) 123-45-67"
    assert display("+16502530000") == "+1 650-253-0000"
    assert display("+16502530000", region="US") == "(650) 253-0000"
    assert display("not a number") == "not a number"


def test_lookup_forms_list_e164_first_then_national_digits():
    assert lookup_forms("8 (999) 123-45-67") == [
        "+79991234567", "79991234567", "89991234567", "9991234567"]
    assert lookup_forms("+1 650 253 0000") == ["+16502530000", "16502530000", "6502530000"]


def test_lookup_forms_refuse_junk():
    with pytest.raises(InvalidPhoneError):
        lookup_forms("hello")
