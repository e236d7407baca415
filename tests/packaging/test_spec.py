"""The PyInstaller spec and what it is built from, checked without building.

The spec runs here against stand-ins for PyInstaller's build classes, so these tests
need no PyInstaller and take milliseconds; `packaging/smoke.sh` (CI) does the build.
"""

from __future__ import annotations

import re
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.ui import resources
from tests.packaging.support import SPEC, load

bs = load("build_support")
ROOT = Path(__file__).resolve().parents[2]


class Recorded:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what it was given."""

    made: list[Recorded] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        Recorded.made.append(self)
        self.scripts, self.pure = [], []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.binaries = [("PySide6/Qt/qml/QtQuick/qmldir", "/x", "BINARY"),
                         ("PySide6/Qt/lib/libQt6Core.so.6", "/x", "BINARY")]


def run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]
    hooks.collect_entry_point = lambda group: ([], [f"{group}.fake"])
    hooks.collect_submodules = lambda package: [f"{package}.all"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "argv", ["pyinstaller", *options])
    monkeypatch.setattr(sys, "path", list(sys.path))
    Recorded.made = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "workpath": str(tmp_path), "__name__": "spec",
        **{kind: type(kind, (Recorded,), {}) for kind in
           ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def made(kind: str) -> list[Recorded]:
    return [r for r in Recorded.made if r.kind == kind]


def test_name_and_version_come_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = bs.project_info()
    assert (info.name, info.version) == (project["name"], project["version"])
    assert info.name in project["scripts"]  # the executable has the command's name
    if desktop.__version__ != "0.0.0":  # installed: the app reports the same version
        assert desktop.__version__ == info.version


def test_the_spec_builds_one_folder_named_after_the_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(tmp_path, monkeypatch)
    [analysis], [exe], [collect] = made("Analysis"), made("EXE"), made("COLLECT")
    assert exe.kwargs["name"] == collect.kwargs["name"] == bs.project_info().name
    assert exe.kwargs["exclude_binaries"] is True  # one folder: binaries beside the exe
    assert Path(analysis.args[0][0]) == ROOT / "desktop" / "__main__.py"

    datas = {dest: src for src, dest in analysis.kwargs["datas"]}
    # resources land where desktop.ui.resources looks for them in a bundle
    assert Path(datas["resources"]) == resources.resources_dir()
    assert f"{bs.project_info().name}.dist-info" in datas  # desktop.__version__
    assert "keyring.dist-info" in datas  # keyring finds its backends by entry point
    assert "keyring.backends.fake" in analysis.kwargs["hiddenimports"]
    migrations = [Path(src) for src, dest in analysis.kwargs["datas"]
                  if dest.startswith("desktop/storage/migrations")]
    assert ROOT / "desktop/storage/migrations/versions/*.py" in migrations
    assert set(bs.excluded_modules()) <= set(analysis.kwargs["excludes"])
    # pruned before collecting: the QML file is gone, Qt Core stays
    assert [dest for dest, *_ in analysis.binaries] == ["PySide6/Qt/lib/libQt6Core.so.6"]


def test_one_file_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(tmp_path, monkeypatch, "--onefile")
    [exe] = made("EXE")
    assert not made("COLLECT")
    assert exe.kwargs["name"] == bs.project_info().name
    assert "exclude_binaries" not in exe.kwargs


def test_the_languages_are_those_the_app_ships() -> None:
    shipped = sorted(p.stem.removeprefix("operator_desk_")
                     for p in (ROOT / "resources" / "translations").glob("operator_desk_*.ts"))
    assert list(bs.app_languages()) == shipped
    assert "ru" in shipped


@pytest.mark.parametrize(("dest", "pruned"), [
    ("PySide6/Qt/translations/qtbase_ru.qm", False),
    ("PySide6/Qt/translations/qtbase_en.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qt_ru.qm", True),
    ("PySide6/Qt/translations/qtdeclarative_ru.qm", True),
    ("PySide6/Qt/translations/assistant_zh_CN.qm", True),
    ("PySide6/Qt/qml/QtQuick/Controls/qmldir", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6\\Qt\\plugins\\imageformats\\qpdf.dll", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),  # the SVG icon engine needs it
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("libcairo.so.2", True),
    ("resources/translations/operator_desk_ru.ts", False),
])
def test_what_is_pruned(dest: str, pruned: bool) -> None:
    assert bs.is_pruned(dest, ("en", "ru")) is pruned


def test_excluded_qt_modules_are_none_the_app_imports() -> None:
    imported = set()
    for folder in ("desktop", "designer"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported == set(bs.QT_MODULES_USED)
    assert not imported & set(bs.QT_MODULES_EXCLUDED)


def test_packaging_is_no_python_package() -> None:
    """An __init__.py there would shadow the `packaging` library pip and PyInstaller use."""
    assert not (SPEC.parent / "__init__.py").exists()
