"""Keeping the translation files in step with the code (a developer tool, not used at run time).

``python -m desktop.ui.i18n_tools`` runs ``lupdate`` over every Python file of
``desktop/`` and ``designer/`` and updates ``resources/translations/*.ts``:
new strings appear in the Russian file as unfinished (translate them in Qt
Linguist, ``pyside6-linguist``, or by hand); the English file is the identity
translation and is filled in automatically. Strings that left the code are dropped.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from desktop.ui.i18n import ENGLISH, LANGUAGES, ts_path
from desktop.ui.resources import resources_dir

SOURCE_PACKAGES = ("desktop", "designer")


def project_root() -> Path:
    return resources_dir().parent


def source_files(root: Path | None = None) -> list[Path]:
    root = root or project_root()
    return sorted(p for package in SOURCE_PACKAGES for p in (root / package).rglob("*.py"))


def lupdate_binary() -> Path:
    """The ``lupdate`` that ships inside the PySide6 package."""
    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return Path(PySide6.__file__).parent / name


def run_lupdate(ts_files: list[Path], root: Path | None = None) -> None:
    """Merge the strings of the sources into ``ts_files`` (created when missing)."""
    root = root or project_root()
    files = [str(p.relative_to(root)) for p in source_files(root)]
    subprocess.run([str(lupdate_binary()), "-silent", "-locations", "none", "-no-obsolete",
                    *files, "-ts", *map(str, ts_files)], cwd=root, check=True)


def fill_identity(path: Path) -> int:
    """Make every unfinished message of ``path`` translate to its source; returns how many."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        _fill(translation, message.findtext("source", ""))
        filled += 1
    if filled:  # only texts change: lupdate's own layout of the file is kept
        _write(tree, path)
    return filled


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``path`` that still needs a translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append((context.findtext("name", ""), message.findtext("source", "")))
    return missing


def apply_translations(path: Path, table: dict[tuple[str, str], str]) -> int:
    """Fill unfinished messages of ``path`` from {(context, source): translation}."""
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = table.get((name, message.findtext("source", "")))
            if translation is None or translation.get("type") != "unfinished" or text is None:
                continue
            _fill(translation, text)
            filled += 1
    if filled:
        _write(tree, path)
    return filled


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    """Lines of ``context<TAB>English source<TAB>Russian`` (\n for a line break)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, text = (part.replace("\\n", "\n") for part in line.split("\t"))
            table[(context, source)] = text
    return table


def _fill(translation: ET.Element, text: str) -> None:
    """Set a finished translation (every plural form gets the same text)."""
    forms = list(translation.iter("numerusform"))
    for form in forms:
        form.text = text
    if not forms:
        translation.text = text
    del translation.attrib["type"]


def _write(tree: ET.ElementTree, path: Path) -> None:
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main(argv: list[str] | None = None) -> int:
    """Update the .ts files; ``--apply FILE.tsv ...`` fills Russian texts from tables."""
    argv = sys.argv[1:] if argv is None else argv
    paths = [ts_path(language) for language in LANGUAGES]
    run_lupdate(paths)
    fill_identity(ts_path(ENGLISH))
    if argv[:1] == ["--apply"]:
        for tsv in argv[1:]:
            filled = apply_translations(ts_path("ru"), read_tsv(Path(tsv)))
            print(f"{tsv}: {filled} Russian texts filled")
    for path in paths:
        for context, source in unfinished(path):
            print(f"{path.name}: untranslated {context}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
