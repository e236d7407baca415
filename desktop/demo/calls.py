"""A few past calls so the history is not empty on a demo database."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from desktop.demo.settings import DEMO_ACCOUNTS
from desktop.domain.call import CallSession, Direction
from desktop.storage.repositories import ButtonRepository, ScriptRepository, UserRepository

# (minutes ago, number, direction, operator, talk seconds, result button, script)
_CALLS = [
    (15, "+79991234567", Direction.INCOMING, "anna", 245, "Продажа", "Входящий звонок: продажа"),
    (48, "+74951234567", Direction.INCOMING, "pavel", 312, "Решено", "Техническая поддержка"),
    (95, "+79165550102", Direction.OUTGOING, "anna", 131, "Перезвонить",
     "Входящий звонок: продажа"),
    (140, "+79035557788", Direction.INCOMING, "anna", 58, "Не целевой",
     "Входящий звонок: продажа"),
    (230, "+78123334455", Direction.INCOMING, "pavel", 420, "Передать специалисту",
     "Техническая поддержка"),
    (300, "+79261112233", Direction.OUTGOING, "anna", 187, "Назначить встречу",
     "Входящий звонок: продажа"),
]


def demo_calls(session: Session, now: datetime) -> list[CallSession]:
    users, buttons, scripts = (UserRepository(session), ButtonRepository(session),
                               ScriptRepository(session))
    known = {a.username for a in DEMO_ACCOUNTS}
    calls = []
    for minutes, number, direction, username, talk, result, script_name in _CALLS:
        user = users.by_username(username) if username in known else None
        script_id = scripts.find_id(script_name)
        button_id = buttons.find_id(result)
        started = now - timedelta(minutes=minutes)
        call = CallSession(number, direction, started, operator_id=user.id if user else None)
        call.answer(started + timedelta(seconds=6))
        if script_id is not None:
            version = scripts.latest_published(script_id)
            script = version.script() if version else scripts.get(script_id)
            call.choose_script(script_id, version.number if version else 0,
                               script.start_step_id)
        call.end(started + timedelta(seconds=6 + talk))
        if button_id is not None:
            call.record_result(button_id, call.ended_at)
        call.close(call.ended_at + timedelta(seconds=20))
        calls.append(call)
    return calls
