"""Numbers out of tel:, callto: and sip: links as browsers and CRMs write them."""

from __future__ import annotations

import pytest

from desktop.crm.phones import normalize
from desktop.telephony.uri import number_from_uri


@pytest.mark.parametrize(("uri", "number"), [
    ("tel:+79991234567", "+79991234567"),
    ("tel:+7-999-123-45-67", "+79991234567"),
    ("tel:+7.999.123.45.67", "+79991234567"),
    ("tel:+7(999)123-45-67;ext=204", "+79991234567"),
    ("tel:8%20(999)%20123%2045%2067", "89991234567"),
    ("TEL:+79991234567", "+79991234567"),
    ("tel://+79991234567", "+79991234567"),
    ("tel:1234567;phone-context=+7495", "+74951234567"),
    ("tel:1234;phone-context=example.com", "1234"),
    ("callto:+79991234567", "+79991234567"),
    ("callto://+7 999 123 45 67", "+79991234567"),
    ("sip:+79991234567@pbx.example.com;user=phone", "+79991234567"),
    ("sip:+7-999-123-45-67;isub=1@pbx.example.com", "+79991234567"),
    ("sips:89991234567:pass@10.0.0.1:5061", "89991234567"),
    ("sip:101@pbx", "101"),
    ("  tel:+79991234567\n", "+79991234567"),
])
def test_the_number_is_taken_out_of_the_link(uri: str, number: str):
    assert number_from_uri(uri) == number


def test_a_link_number_normalizes_like_any_other_spelling():
    assert normalize(number_from_uri("tel:8-999-123-45-67;ext=1")) == "+79991234567"


@pytest.mark.parametrize(("uri", "says"), [
    ("mailto:anna@example.com", "is not a tel:, callto: or sip: link"),
    ("https://example.com/tel:+7999", "is not a tel:, callto: or sip: link"),
    ("+79991234567", "is not a tel:, callto: or sip: link"),
    ("", "is not a tel:, callto: or sip: link"),
    ("tel:", "holds no phone number"),
    ("tel:call-me-maybe", "holds no phone number"),
    ("callto:anna.smith", "holds no phone number"),
    ("sip:alice@example.com", "holds no phone number"),
    ("tel:+7999+1234567", "holds no phone number"),
    ("tel:" + "1" * 300, "is not a tel:, callto: or sip: link"),
])
def test_junk_is_refused_with_a_sentence(uri: str, says: str):
    with pytest.raises(ValueError, match=says) as error:
        number_from_uri(uri)
    assert str(error.value).endswith(".")
