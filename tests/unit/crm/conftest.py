"""An embedded CRM on a fresh SQLite file per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

import desktop.crm.models  # noqa: F401  (registers the crm_* tables on Base)
from desktop.crm.demo import seed_demo_crm
from desktop.crm.embedded import EmbeddedCrm
from desktop.storage.base import Base
from desktop.storage.engine import make_engine


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    engine = make_engine("sqlite:///" + str(tmp_path / "x.db"))
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def crm(engine: Engine) -> EmbeddedCrm:
    crm = EmbeddedCrm(engine)
    crm.install_defaults()
    return crm


@pytest.fixture
def demo_crm(crm: EmbeddedCrm) -> EmbeddedCrm:
    seed_demo_crm(crm)
    return crm


@pytest.fixture(scope="module")
def shared_demo_crm(tmp_path_factory) -> Iterator[EmbeddedCrm]:
    """A demo CRM shared by a module's tests that only read (seeding takes a while)."""
    engine = make_engine("sqlite:///" + str(tmp_path_factory.mktemp("demo") / "x.db"))
    Base.metadata.create_all(engine)
    crm = EmbeddedCrm(engine)
    seed_demo_crm(crm)
    yield crm
    engine.dispose()
