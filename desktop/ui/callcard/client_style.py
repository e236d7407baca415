"""How the Client tab looks: one style sheet for the whole tab, set once on the panel.

One sheet on the panel rather than one per card, badge and history entry: a sheet of
its own makes Qt build a style for each such widget, which costs milliseconds per
card just when the caller's data arrives. Badges and kind labels are coloured by a
property (``entity``, ``kind``) instead.
"""

from __future__ import annotations

# (fill, text) so the four kinds of CRM item are told apart at a glance.
ENTITY_COLOURS = {
    "lead": ("#fef3c7", "#92400e"),
    "deal": ("#dcfce7", "#166534"),
    "contact": ("#dbeafe", "#1e40af"),
    "company": ("#ede9fe", "#5b21b6"),
}
# (fill, text) of each kind of history entry.
KIND_COLOURS = {
    "comment": ("#f1f5f9", "#334155"),
    "callback": ("#dbeafe", "#1e40af"),
    "meeting": ("#ede9fe", "#5b21b6"),
    "task": ("#fef3c7", "#92400e"),
}


def _chips(selector: str, prop: str, colours: dict[str, tuple[str, str]]) -> str:
    return "".join(f'{selector}[{prop}="{key}"] {{ background: {fill}; color: {text}; }}\n'
                   for key, (fill, text) in colours.items())


CLIENT_STYLE = """
QWidget#clientItems { background: transparent; }
QFrame#entitySection { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px; }
QFrame#entitySection[chosen="true"] { border: 1px solid #60a5fa; }
QLabel#entityBadge { border-radius: 4px; padding: 2px 8px; font-weight: 600; }
QLabel#itemTitle { font-size: 10.5pt; font-weight: 600; color: #0f172a; }
QLabel#itemId, QLabel#itemCount { color: #64748b; }
QLabel#fieldLabel { color: #475569; }
QLabel#noFields { color: #94a3b8; }

QFrame#timelineView { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px; }
QFrame#timelineEntry { background: transparent; border: none; border-top: 1px solid #eef2f6; }
QFrame#timelineEntry[first="true"] { border-top: none; }
QLabel#entryKind { border-radius: 4px; padding: 1px 7px; font-weight: 600; }
QLabel#entryWhen, QLabel#entryWho { color: #64748b; }
QLabel#entryTitle { font-weight: 600; color: #0f172a; }
QLabel#entryText { color: #1e293b; }
QLabel#entryDue { color: #475569; }
QLabel#entryDue[overdue="true"] { color: #b91c1c; }
QLabel#timelineNote { color: #64748b; padding: 6px 0; }

QLabel#pageHeading { font-size: 11.5pt; font-weight: 600; color: #0f172a; }
QLabel#pageText { color: #475569; }
QLabel#pageDetail { color: #64748b; }
QFrame#leadCard { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px; }
QProgressBar#searchBusy { border: none; background: #e2e8f0; border-radius: 2px; }
QProgressBar#searchBusy::chunk { background: #2563eb; border-radius: 2px; }
QFrame#saveBar { background: #ffffff; border: none; border-top: 1px solid #e2e8f0; }
QLabel#saveMessage { color: #64748b; }
QLabel#saveMessage[tone="ok"] { color: #15803d; }
QLabel#saveMessage[tone="error"] { color: #b91c1c; }
QLabel#saveMessage[tone="warn"] { color: #b45309; }
""" + _chips("QLabel#entityBadge", "entity", ENTITY_COLOURS) + _chips(
    "QLabel#entryKind", "kind", KIND_COLOURS)
