"""Fixtures of the call card's tests: a demo CRM for the Client tab alone, and a demo
database (built once per run, copied per test) for the whole card."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.callcard.client_panel import ClientPanel
from tests.gui.callcard.client_crm import ControlledCrm, controlled_demo_crm, panel_factory
from tests.gui.callcard.stack import Stack, build_demo_template, stack_fixture


@pytest.fixture
def crm(tmp_path: Path) -> Iterator[ControlledCrm]:
    yield from controlled_demo_crm(tmp_path)


@pytest.fixture
def make_panel(qtbot: QtBot, crm: ControlledCrm) -> Iterator[Callable[..., ClientPanel]]:
    yield from panel_factory(qtbot, crm)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def stack(qtbot: QtBot, template: Path, tmp_path: Path) -> Iterator[Callable[[str, str], Stack]]:
    yield from stack_fixture(qtbot, template, tmp_path)
