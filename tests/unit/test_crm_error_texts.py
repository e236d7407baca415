"""The CRM's refusals reach a Russian user in Russian: every sentence the gateways can
raise is known to the interface, and it is said again with what it names kept."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.crm.bitrix24.client import RestRejected, RestUnavailable
from desktop.crm.errors import CrmNotFound, CrmRejected, InvalidPhoneError
from desktop.ui import i18n
from desktop.ui.crm_errors import PATTERNS, _compiled, crm_error_text, field_errors_text

CRM_SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "crm"
RAISERS = {"FieldProblem", "CrmRejected", "CrmNotFound", "CrmUnavailable", "CrmAuthError",
           "RestRejected", "RestUnavailable", "RestAuthError", "_lost", "InvalidPhoneError"}


def _template(node: ast.expr) -> str | None:
    """A string literal as a pattern: each ``{...}`` of an f-string becomes %1, %2…"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                n += 1
                parts.append(f"%{n}")
        return "".join(parts)
    return None


def raised_sentences() -> set[str]:
    """Every literal sentence a CRM module raises or records as a field's problem."""
    found = set()
    for path in CRM_SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else \
                    func.attr if isinstance(func, ast.Attribute) else ""
                if name in RAISERS or (name == "__init__" and path.name == "errors.py"):
                    text = _template(node.args[0])
                    if text:
                        found.add(text)
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
                target = node.targets[0].value
                if isinstance(target, ast.Name) and target.id == "errors":
                    text = _template(node.value)
                    if text:
                        found.add(text)
    return found


def test_every_sentence_the_crm_raises_is_known_to_the_interface() -> None:
    sentences = raised_sentences()
    assert len(sentences) > 30  # the scan found the gateways' sentences
    def known(sentence: str) -> bool:
        sample = re.sub(r"%\d", "x", sentence)
        return any(regex.match(sample) for regex, _pattern in _compiled())

    assert sorted(s for s in sentences if not known(s)) == []


@pytest.fixture
def russian(qapp):
    i18n.install_language(i18n.RUSSIAN)
    yield
    i18n.install_language(i18n.ENGLISH)


@pytest.mark.parametrize(("error", "said"), [
    (CrmNotFound("deal", "999"), "В CRM не найдено: сделка с ID 999."),
    (RestUnavailable("Bitrix24 (stroy.bitrix24.ru) asks to slow down: too many requests."),
     "Битрикс24 (stroy.bitrix24.ru) просит подождать: слишком много запросов."),
    (RestRejected("The Bitrix24 webhook may not do this (insufficient_scope); give it the "
                  "crm, task and user scopes."),
     "У вебхука Битрикс24 нет права на это (insufficient_scope); дайте ему права «CRM», "
     "«Задачи» и «Пользователи»."),
    (InvalidPhoneError("12"), "«12» — не номер телефона."),
    (CrmRejected("The CRM did not accept some values. PHONE: «x» is not a phone number. "
                 "UF_CRM_1: Enter a whole number.", {}),
     "CRM не приняла некоторые значения. PHONE: «x» — не номер телефона. "
     "UF_CRM_1: Введите целое число."),
    ("Something nobody foresaw.", "Something nobody foresaw."),
])
def test_refusals_are_said_in_russian_keeping_what_they_name(russian, error, said) -> None:
    assert crm_error_text(error) == said


def test_english_stays_as_the_gateways_said_it(qapp) -> None:
    i18n.install_language(i18n.ENGLISH)
    message = "Bitrix24 refused the request: Поле TITLE не заполнено."
    assert crm_error_text(RestRejected(message)) == message
    assert field_errors_text({"TITLE": "This cannot be empty."}) == \
        "TITLE: This cannot be empty."


def test_every_pattern_is_translated_with_its_placeholders(russian) -> None:
    for pattern in PATTERNS:
        text = QCoreApplication.translate("CrmErrors", pattern)
        assert text != pattern or not re.search(r"[a-z]{4}", pattern), pattern
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", pattern))
