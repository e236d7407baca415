"""PHP-style parameters (``filter[ENTITY_ID]=STATUS&values[0]=..``) as nested values.

``batch`` commands and form-encoded bodies carry their parameters this way, the way
PHP's ``http_build_query`` writes them; every value arrives as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

__all__ = ["parse_pairs", "parse_query"]

_BRACKETS = re.compile(r"\[([^\]]*)\]")


def parse_query(text: str) -> dict[str, Any]:
    """``a[b][0]=1&c=2`` -> ``{"a": {"b": ["1"]}, "c": "2"}``."""
    return parse_pairs(parse_qsl(text, keep_blank_values=True))


def parse_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for key, value in pairs:
        head, _, rest = key.partition("[")
        parts = [head, *_BRACKETS.findall("[" + rest)] if rest else [head]
        node = root
        for part in parts[:-1]:
            part = part or str(len(node))  # "a[]" appends
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1] or str(len(node))] = value
    return _listify(root)


def _listify(node: Any) -> Any:
    """Maps keyed ``0..n-1`` become lists, as PHP arrays serialise to JSON."""
    if not isinstance(node, dict):
        return node
    items = {key: _listify(value) for key, value in node.items()}
    if items and sorted(items) == sorted(str(i) for i in range(len(items))):
        return [items[str(i)] for i in range(len(items))]
    return items
