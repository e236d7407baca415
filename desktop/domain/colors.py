"""Colours of result buttons, and the text colour that stays readable on each.

A button's title is drawn on the button's colour, in the settings and in the call
card alike; the title colour is never chosen by hand but follows from the background
(white or black by WCAG contrast), so no colour a supervisor picks can make a title
unreadable: one of the two always reaches a ratio of at least 4.58 (the square root
of 21).
"""

from __future__ import annotations

import re

from desktop.domain.errors import DomainError

WHITE = "#ffffff"
BLACK = "#000000"
READABLE_CONTRAST = 4.5  # WCAG AA for normal text

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")

# The palette offered first: saturated enough to tell apart at a glance in a row of
# buttons, each keeping its title readable (contrast >= READABLE_CONTRAST).
BUTTON_PALETTE: tuple[str, ...] = (
    "#2e7d32",  # green
    "#00796b",  # teal
    "#00838f",  # cyan
    "#1565c0",  # blue
    "#283593",  # indigo
    "#6a1b9a",  # purple
    "#ad1457",  # pink
    "#c62828",  # red
    "#bf360c",  # deep orange
    "#ef6c00",  # orange
    "#f9a825",  # amber
    "#fdd835",  # yellow
    "#9e9d24",  # olive
    "#546e7a",  # blue grey
    "#6d4c41",  # brown
    "#37474f",  # slate
)


class ColorError(DomainError):
    def __init__(self, text: str) -> None:
        super().__init__(f"«{text}» is not a colour: use #RRGGBB, e.g. #2e7d32.")
        self.text = text


def normalize(color: str) -> str:
    """``#RRGGBB`` in lower case; ``#abc`` and a missing ``#`` are accepted."""
    match = _HEX.match(color.strip())
    if match is None:
        raise ColorError(color)
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


def rgb(color: str) -> tuple[int, int, int]:
    digits = normalize(color)[1:]
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_color_on(background: str) -> str:
    """White when it is readable on ``background`` (titles on saturated colours look
    like buttons that way), otherwise whichever of white and black contrasts more."""
    on_white = contrast_ratio(background, WHITE)
    if on_white >= READABLE_CONTRAST or on_white >= contrast_ratio(background, BLACK):
        return WHITE
    return BLACK


def is_readable(text: str, background: str) -> bool:
    return contrast_ratio(text, background) >= READABLE_CONTRAST
