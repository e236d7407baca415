"""Copying steps between scripts through the system clipboard.

The payload is the domain's own JSON form of the chosen steps and the links among
them, so a paste into another script (or another running app) rebuilds exactly what
was copied. A plain-text copy (titles and texts) goes along for mail and chat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import ScriptError
from desktop.domain.script import Script

MIME_TYPE = "application/x-operator-desk-steps"
FORMAT = 1


def copy_steps(script: Script, step_ids: Iterable[str]) -> dict[str, Any]:
    """The chosen steps and the links among them, JSON-ready."""
    chosen = list(dict.fromkeys(step_ids))
    part = Script(script.name)
    for step_id in chosen:
        part.insert_step(script.step(step_id))
    for step_id in chosen:
        for step in script.next_steps(step_id):
            if step.id in part:
                part.link(step_id, step.id)
    data = part.to_dict()
    return {"format": FORMAT, "steps": data["steps"], "links": data["links"]}


def steps_from_data(data: dict[str, Any]) -> Script:
    """The copied steps as a small script; raises ScriptError for a payload it cannot read."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScriptError("The clipboard does not hold script steps.")
    try:
        return Script.from_dict({"name": "", "steps": data["steps"], "links": data["links"]})
    except (KeyError, TypeError, ValueError) as exc:
        raise ScriptError("The copied steps cannot be read.") from exc


def plain_text(data: dict[str, Any]) -> str:
    return "\n\n".join(f"{s['title']}\n{s['text']}".strip() for s in data["steps"])


def put_on_clipboard(data: dict[str, Any]) -> None:
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText(plain_text(data))
    QApplication.clipboard().setMimeData(mime)


def read_clipboard() -> dict[str, Any] | None:
    """Steps on the clipboard, or None when it holds something else."""
    mime = QApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None
