"""One CRM field in the call card: an input checked by the field's type, or a locked value.

The Script tab and the Client tab show fields the same way, so an operator learns one
set of inputs. What is typed is kept as text (the call journal stores it as typed and
gives it back after a crash); :meth:`FieldEditor.value` turns it into the value the CRM
keeps, with the same rules the CRM applies (:func:`desktop.crm.values.coerce`), so a
value the card accepts is a value the CRM accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QRegularExpression,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import phones
from desktop.crm.errors import InvalidPhoneError
from desktop.crm.gateway import FieldMeta, FieldType
from desktop.crm.phones import DEFAULT_REGION
from desktop.crm.values import FieldProblem, coerce
from desktop.ui.callcard.field_inputs import (
    INPUT_STYLE,
    ChoiceInput,
    DateInput,
    DateTimeInput,
    LockedValue,
    TextInput,
    date_format,
    mark_invalid,
    qdate,
)
from desktop.ui.formatting import format_phone

_CHOICES = {FieldType.ENUM, FieldType.STATUS, FieldType.STAGE, FieldType.PIPELINE}
# Characters an input takes at all (the full check is coerce's): digits, and for money
# the spaces people group thousands with and up to two decimals after . or ,
_VALIDATORS = {
    FieldType.INT: r"-?[0-9]{0,18}",
    FieldType.MONEY: "[0-9 \u00a0\u202f]{0,20}([.,][0-9]{0,2})?",
    FieldType.CONTACT: r"[0-9]{0,18}",
    FieldType.COMPANY: r"[0-9]{0,18}",
}

_STYLE = INPUT_STYLE + """
QLabel#fieldError { color: #b91c1c; }
QFrame#lockedValue {
    background: #f1f5f9; border: 1px solid #e2e8f0; border-radius: 4px;
}
QLabel#lockedText { color: #334155; }
QLabel#lockedText[empty="true"] { color: #94a3b8; }
"""


def field_label(meta: FieldMeta | None, code: str, language: str) -> str:
    """The field's title in the interface language; the bare code when the CRM has no such field."""
    return meta.title(language) if meta is not None else code


def display_value(meta: FieldMeta | None, value: Any, language: str) -> str:
    """A CRM value as people read it: enum titles, local dates, money with two decimals."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(display_value(meta, v, language) for v in value)
    locale = QLocale()
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        moment = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
        return locale.toString(moment, date_format(locale) + " HH:mm")
    if isinstance(value, date):
        return locale.toString(qdate(value), date_format(locale))
    if meta is not None and meta.type is FieldType.MONEY and isinstance(value, int | float):
        return locale.toString(float(value), "f", 2)
    if meta is not None and meta.type is FieldType.PHONE and isinstance(value, str):
        return _phone_text(value)
    if meta is not None and meta.type in _CHOICES:
        return meta.item_title(str(value), language) or str(value)
    return str(value)


def _phone_text(text: str) -> str:
    """A readable number as ``+7 999 123-45-67``; anything else as stored."""
    try:
        return format_phone(phones.normalize(text))
    except InvalidPhoneError:
        return text


class FieldEditor(QWidget):
    """A field's input (or its locked value) with a red hint line under it.

    ``meta`` None means the CRM does not know the field: it is edited as plain text.
    ``value`` raises :class:`~desktop.crm.values.FieldProblem` while :meth:`problem`
    has something to say, so a bad text never reaches the CRM as an empty value.
    """

    edited = Signal()  # the operator changed the text (never sent for set_text/set_value)

    def __init__(self, meta: FieldMeta | None, key: str, *, read_only: bool,
                 language: str = "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldEditor")
        self.setStyleSheet(_STYLE)
        self.meta, self.key, self.language = meta, key, language
        self.read_only = read_only or (meta is not None and not meta.editable)
        self._quiet = 0
        self._locked_value: Any = None
        self.locked = LockedValue(self) if self.read_only else None
        self.input = self._make_input()
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.locked or self.input)
        layout.addWidget(self.error)
        self.setFocusProxy(None if self.read_only else self.input)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # ---- building ------------------------------------------------------------------
    def _make_input(self) -> QWidget:
        kind = self.meta.type if self.meta is not None else FieldType.STRING
        if self.locked is not None:
            return self.locked.text
        if self.meta is not None and self.meta.multiple:
            return self._line(None)
        if kind is FieldType.TEXT:
            editor = TextInput(self)
            editor.textChanged.connect(self._user_edit)
            return editor
        if kind in _CHOICES:
            combo = ChoiceInput(self.meta, self.language, self)  # type: ignore[arg-type]
            combo.currentIndexChanged.connect(self._user_edit)
            return combo
        if kind in (FieldType.DATE, FieldType.DATETIME):
            moment = (DateInput(self) if kind is FieldType.DATE else DateTimeInput(self))
            moment.dateTimeChanged.connect(self._user_edit)
            return moment
        return self._line(_VALIDATORS.get(kind))

    def _line(self, pattern: str | None) -> QLineEdit:
        line = QLineEdit(self)
        if pattern is not None:
            line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), line))
        line.textEdited.connect(self._user_edit)
        line.editingFinished.connect(self.check)
        return line

    def _user_edit(self, *_args: object) -> None:
        if self._quiet:
            return
        if self.error.isVisible() and not self.problem():
            self.set_error("")
        self.edited.emit()

    # ---- text, as typed ------------------------------------------------------------
    def text(self) -> str:
        """What is in the input, as typed (the call journal keeps this)."""
        widget = self.input
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, ChoiceInput):
            return widget.choice()
        if isinstance(widget, DateInput | DateTimeInput):
            return widget.iso()
        return self.locked.shown if self.locked is not None else ""

    def set_text(self, text: str) -> None:
        """Show ``text`` as if typed, without announcing an edit."""
        self._quiet += 1
        try:
            widget = self.input
            if self.locked is not None:
                self.locked.show_text(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            elif isinstance(widget, ChoiceInput):
                widget.choose(text)
            elif isinstance(widget, DateInput | DateTimeInput):
                widget.set_iso(text)
        finally:
            self._quiet -= 1

    # ---- CRM values ----------------------------------------------------------------
    def value(self) -> Any:
        """The CRM value of what is typed (``None`` or ``[]`` when empty)."""
        if self.read_only:
            return self._locked_value
        if self.meta is None:
            return self.text() or None
        return coerce(self.meta, self._typed(), DEFAULT_REGION)

    def set_value(self, value: Any) -> None:
        """Show a value as the CRM keeps it (see :mod:`desktop.crm.gateway`)."""
        if self.read_only:
            self._locked_value = value
            self.set_text(display_value(self.meta, value, self.language))
            return
        self.set_text(self._as_text(value))

    def _as_text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        if isinstance(value, datetime | date):
            return value.isoformat()
        if self.meta is not None and self.meta.type is FieldType.MONEY:
            locale = QLocale()
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            return locale.toString(float(value), "f", 2)
        return str(value)

    def _typed(self) -> Any:
        text = self.text()
        if self.meta is not None and self.meta.multiple:
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    # ---- checking ------------------------------------------------------------------
    def problem(self) -> str:
        """What is wrong with what is typed, in the interface language ("" when nothing)."""
        if self.read_only or self.meta is None:
            return ""
        typed = self._typed()
        for part in typed if isinstance(typed, list) else [typed]:
            try:
                coerce(self.meta, [part] if self.meta.multiple else part, DEFAULT_REGION)
            except FieldProblem:
                return self._problem_text(part)
        return ""

    def check(self) -> bool:
        """Show the problem, if any, under the input; True when the text is fine."""
        message = self.problem()
        self.set_error(message)
        return not message

    def set_error(self, message: str) -> None:
        """A red line under the input ("" clears it)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if not self.read_only:
            mark_invalid(self.input, bool(message))

    def _problem_text(self, part: str) -> str:
        kind = self.meta.type if self.meta is not None else FieldType.STRING
        if self.meta is not None and self.meta.multiple:
            if kind is FieldType.PHONE:
                return self.tr("«%1» is not a phone number.").replace("%1", part)
            return self.tr("«%1» is not an e-mail address.").replace("%1", part)
        messages: dict[FieldType, Callable[[], str]] = {
            FieldType.INT: lambda: self.tr("Enter a whole number."),
            FieldType.MONEY: lambda: self.tr("Enter an amount such as 15000 or 1 500,50."),
            FieldType.PHONE: lambda: self.tr("Enter a phone number such as +7 999 123-45-67."),
            FieldType.EMAIL: lambda: self.tr("Enter an e-mail address such as name@example.com."),
            FieldType.CONTACT: lambda: self.tr("Enter the item ID, a number."),
            FieldType.COMPANY: lambda: self.tr("Enter the item ID, a number."),
            FieldType.DATE: lambda: self.tr("Enter a date such as 31.03.2025."),
            FieldType.DATETIME: lambda: self.tr("Enter a date and time such as 31.03.2025 10:00."),
        }
        if kind in _CHOICES:
            return self.tr("Choose one of the listed values.")
        make = messages.get(kind)
        return make() if make else self.tr("The text is too long.")
