"""Habits the settings services share: how names compare and copies are named, and
how an edited object is kept in step with the database when a save fails.

Two names are the same when they differ only in case or spacing («Продажи» and
« продажи »): a supervisor would not tell them apart in a list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol

COPY_SUFFIX = "копия"


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def clean_name(name: str, message: str) -> str:
    """The name with its spacing tidied; ``ValueError(message)`` when it is blank."""
    name = " ".join(name.split())
    if not name:
        raise ValueError(message)
    return name


def copy_name(name: str, taken: Iterable[str], limit: int) -> str:
    """«<name> (копия)», or «(копия 2)»... when that is taken, cut to fit ``limit``."""
    keys = {name_key(n) for n in taken}
    number = 1
    while True:
        suffix = f" ({COPY_SUFFIX})" if number == 1 else f" ({COPY_SUFFIX} {number})"
        candidate = name[:limit - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in keys:
            return candidate
        number += 1


class Stored(Protocol):
    id: int | None
    version: int


@contextmanager
def restored_on_error(item: Stored) -> Iterator[None]:
    """Storing sets ``item.id`` and ``version`` before the commit; when the transaction
    fails after all, put them back so the caller's object still matches the database."""
    before = (item.id, item.version)
    try:
        yield
    except BaseException:
        item.id, item.version = before
        raise
