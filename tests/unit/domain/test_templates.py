"""Template variables filled from the client's CRM data, with clear errors for mistakes."""

from __future__ import annotations

import pytest

from desktop.domain.errors import DomainError, TemplateError, UnknownVariableError
from desktop.domain.templates import (
    BUILTIN_VARIABLES,
    check,
    render,
    unknown_variables,
    variables,
)

KNOWN = {"contact.NAME", "contact.LAST_NAME", "deal.TITLE", "company.TITLE", "lead.PHONE"}
VALUES = {
    "contact": {"NAME": "Анна", "LAST_NAME": "Петрова"},
    "deal": {"TITLE": "Тариф «Бизнес»"},
    "operator": {"name": "Иван"},
    "call": {"number": "+79161234567"},
}


def test_render_fills_variables_from_values() -> None:
    text = "{{contact.NAME}} {{contact.LAST_NAME}}, это {{operator.name}}. Про {{deal.TITLE}}."
    assert render(text, VALUES, KNOWN) == "Анна Петрова, это Иван. Про Тариф «Бизнес»."


def test_render_allows_spaces_inside_braces_and_repeats() -> None:
    assert render("{{ contact.NAME }} / {{contact.NAME}}", VALUES, KNOWN) == "Анна / Анна"


def test_text_without_variables_is_unchanged() -> None:
    assert render("Добрый день! {одна скобка}", VALUES, KNOWN) == "Добрый день! {одна скобка}"


def test_unknown_variables_error_lists_every_name_once() -> None:
    text = "{{contact.NAM}} {{deal.PRICE}} {{contact.NAM}} {{contact.NAME}}"
    with pytest.raises(UnknownVariableError) as err:
        render(text, VALUES, KNOWN)
    assert err.value.names == ["contact.NAM", "deal.PRICE"]
    assert "{{contact.NAM}}" in str(err.value) and "{{deal.PRICE}}" in str(err.value)
    assert str(err.value).startswith("Unknown variables")
    assert isinstance(err.value, TemplateError) and isinstance(err.value, DomainError)


def test_one_unknown_variable_is_named_in_the_singular() -> None:
    with pytest.raises(UnknownVariableError, match=r"^Unknown variable: \{\{lead\.X\}\}\.$"):
        check("{{lead.X}}", KNOWN)


def test_variable_names_are_case_sensitive() -> None:
    assert unknown_variables("{{Contact.NAME}} {{contact.name}}", KNOWN) == [
        "Contact.NAME", "contact.name"]


def test_builtins_are_always_known() -> None:
    assert {"operator.name", "call.number", "call.date"} <= BUILTIN_VARIABLES
    text = " ".join("{{" + v + "}}" for v in sorted(BUILTIN_VARIABLES))
    check(text, known=[])
    assert render("{{call.number}}", VALUES, known=[]) == "+79161234567"
    assert render("{{call.number}}", VALUES) == "+79161234567"


def test_builtin_without_a_value_renders_empty() -> None:
    assert render("[{{call.time}}]", {}, known=[]) == "[]"
    assert render("[{{call.time}}]", {}) == "[]"


def test_known_variable_without_a_value_renders_empty() -> None:
    text = "Компания: {{company.TITLE}}; телефон: {{lead.PHONE}}."
    assert render(text, VALUES, KNOWN) == "Компания: ; телефон: ."
    assert render(text, {"company": {"TITLE": None}}, KNOWN) == "Компания: ; телефон: ."


def test_without_known_set_the_namespace_must_be_present() -> None:
    assert render("{{contact.NAME}} {{contact.MIDDLE}}", VALUES) == "Анна "
    with pytest.raises(UnknownVariableError) as err:
        render("{{company.TITLE}}", VALUES)
    assert err.value.names == ["company.TITLE"]


def test_non_text_values_render_readably() -> None:
    values = {"deal": {"OPPORTUNITY": 1500, "PROBABILITY": 0},
              "contact": {"PHONE": ["+7916", "+7495"]}}
    assert render("{{deal.OPPORTUNITY}}/{{deal.PROBABILITY}} {{contact.PHONE}}",
                  values) == "1500/0 +7916, +7495"


@pytest.mark.parametrize("text", [
    "Здравствуйте, {{contact.NAME}",
    "Здравствуйте, {{contact}}",
    "Здравствуйте, {{}}",
    "Здравствуйте, {{contact.NAME}}}} ",
    "{{contact.NAME-X}}",
    "{{ {{contact.NAME}} }}",
    "}}",
])
def test_malformed_braces_are_a_template_error(text: str) -> None:
    with pytest.raises(TemplateError, match="written wrong") as err:
        render(text, VALUES, KNOWN)
    assert not isinstance(err.value, UnknownVariableError)
    with pytest.raises(TemplateError):
        variables(text)


def test_variables_lists_in_order_without_repeats() -> None:
    assert variables("{{deal.TITLE}} {{contact.NAME}} {{deal.TITLE}}") == [
        "deal.TITLE", "contact.NAME"]
    assert variables("нет переменных") == []


def test_check_passes_for_known_and_builtin_variables() -> None:
    check("{{contact.NAME}} {{operator.name}}", KNOWN)
    assert unknown_variables("{{contact.NAME}}", KNOWN) == []
