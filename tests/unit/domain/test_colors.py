"""Button colours: whatever colour a supervisor picks, the title on it stays readable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.colors import (
    BLACK,
    BUTTON_PALETTE,
    READABLE_CONTRAST,
    WHITE,
    ColorError,
    contrast_ratio,
    is_readable,
    normalize,
    relative_luminance,
    text_color_on,
)

hex_colors = st.integers(min_value=0, max_value=0xFFFFFF).map(lambda n: f"#{n:06x}")


@given(hex_colors)
def test_the_title_colour_is_readable_on_any_background(background: str) -> None:
    text = text_color_on(background)
    assert text in (WHITE, BLACK)
    assert contrast_ratio(text, background) >= READABLE_CONTRAST
    assert is_readable(text, background)


@pytest.mark.parametrize(("background", "text"), [
    ("#2e7d32", WHITE),  # the demo's green «Продажа»
    ("#1565c0", WHITE),
    ("#000000", WHITE),
    ("#fdd835", BLACK),  # yellow
    ("#ffffff", BLACK),
    ("#ef6c00", BLACK),  # orange: white on it would read at 3:1 only
])
def test_dark_and_saturated_colours_get_white_titles_light_ones_black(background: str,
                                                                      text: str) -> None:
    assert text_color_on(background) == text


def test_every_palette_colour_is_distinct_and_keeps_its_title_readable() -> None:
    assert len(set(BUTTON_PALETTE)) == len(BUTTON_PALETTE) >= 12
    for color in BUTTON_PALETTE:
        assert normalize(color) == color
        assert contrast_ratio(text_color_on(color), color) >= READABLE_CONTRAST, color


def test_contrast_follows_wcag() -> None:
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    assert relative_luminance(BLACK) == 0.0
    assert not is_readable("#777777", WHITE)  # 4.48:1, just short of AA


def test_colours_are_read_as_people_write_them() -> None:
    assert normalize("2E7D32") == "#2e7d32"
    assert normalize(" #abc ") == "#aabbcc"
    for wrong in ("", "green", "#12345", "#gggggg"):
        with pytest.raises(ColorError, match="is not a colour"):
            normalize(wrong)
