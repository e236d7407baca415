"""How numbers, durations, times and CRM item kinds look on screen."""

from __future__ import annotations

from datetime import datetime

import phonenumbers
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop.domain.crm_types import EntityType

NO_VALUE = "—"


def entity_name(entity: EntityType) -> str:
    """«Лид», «Сделка»... in the interface language."""
    names = {
        EntityType.LEAD: QCoreApplication.translate("CrmNames", "Lead"),
        EntityType.DEAL: QCoreApplication.translate("CrmNames", "Deal"),
        EntityType.CONTACT: QCoreApplication.translate("CrmNames", "Contact"),
        EntityType.COMPANY: QCoreApplication.translate("CrmNames", "Company"),
    }
    return names[EntityType(entity)]


def format_phone(e164: str) -> str:
    """``+79991234567`` -> ``+7 999 123-45-67``; anything unparsable is shown as stored."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if not phonenumbers.is_possible_number(number):
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_duration(seconds: float | None) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour); a dash when the call has no duration yet."""
    if seconds is None:
        return NO_VALUE
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def format_started(started_at: datetime, now: datetime | None = None) -> str:
    """Local time: just ``HH:mm`` for today, date and time otherwise."""
    local = started_at.astimezone() if started_at.tzinfo else started_at
    today = (now or datetime.now()).date()
    moment = QDateTime(QDate(local.year, local.month, local.day),
                       QTime(local.hour, local.minute, local.second))
    locale = QLocale()
    if local.date() == today:
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)
