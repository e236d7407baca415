"""Checks of a finished build and of the screens it rendered, for ``smoke.sh``.

    python packaging/check_build.py bundle dist/operator-desk/operator-desk
    python packaging/check_build.py pngs DIR NAME...

``bundle`` looks inside the build: the resources, the migration scripts, keyring's
entry points with every backend module they name, the app's own metadata, and none
of the Qt files the spec prunes. ``pngs`` checks that every PNG in DIR opens and is
not blank, and that the named screens are among them. Runs with the Python that made
the build (it reads the bundle with PyInstaller's archive reader and images with Qt).
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import configparser
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_support as bs

KEYRING_GROUP = "keyring.backends"
REQUIRED_RESOURCES = ("icons/app.svg", "themes/light.qss", "operator-desk.desktop")
MIN_COLOURS = 8  # a rendered window has text, borders and icons; a blank one has 1-2


def contents_dir(executable: Path) -> Path:
    return executable.parent / "_internal"


def check_bundle(executable: Path) -> list[str]:
    from PyInstaller.archive.readers import pkg_archive_contents

    problems: list[str] = []
    internal = contents_dir(executable)
    if not internal.is_dir():
        return [f"{internal} is missing: not a one-folder build"]
    resources = internal / "resources"
    problems += [f"resources/{name} is missing" for name in REQUIRED_RESOURCES
                 if not (resources / name).is_file()]
    problems += [f"resources/translations/operator_desk_{language}.ts is missing"
                 for language in bs.app_languages()
                 if not (resources / "translations" / f"operator_desk_{language}.ts").is_file()]
    source_migrations = {p.name for p in (bs.ROOT / "desktop/storage/migrations/versions")
                         .glob("*.py")}
    built_migrations = {p.name for p in (internal / "desktop/storage/migrations/versions")
                        .glob("*.py")}
    if source_migrations != built_migrations:
        problems.append(f"migration scripts differ: {sorted(source_migrations ^ built_migrations)}")
    problems += [f"{p.relative_to(internal)}: bytecode cache in the build"
                 for p in internal.rglob("__pycache__")]

    info = bs.project_info()
    dist_name = info.name.replace("-", "_")
    if not list(internal.glob(f"{dist_name}-{info.version}.dist-info")):
        problems.append(f"{dist_name}-{info.version}.dist-info is missing (--version needs it)")

    modules = set(pkg_archive_contents(str(executable)))
    entry_files = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    if not entry_files:
        problems.append("keyring's entry points are missing: no keyring backend would load")
    for entry_file in entry_files:
        points = configparser.ConfigParser()
        points.read(entry_file, encoding="utf-8")
        backends = dict(points[KEYRING_GROUP]) if points.has_section(KEYRING_GROUP) else {}
        if not backends:
            problems.append(f"{entry_file.name} names no {KEYRING_GROUP}")
        for target in backends.values():
            module = target.split(":")[0].strip()
            if module not in modules:
                problems.append(f"keyring backend {module} is not in the build")

    problems += [f"{name}: should have been pruned"
                 for name in bs.pruned_in(internal, bs.app_languages())]
    return problems


def check_pngs(folder: Path, required: list[str]) -> list[str]:
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["check-pngs", "-platform", "offscreen"])
    problems = []
    files = sorted(folder.glob("*.png"))
    if not files:
        return [f"no PNG files in {folder}"]
    names = {p.stem for p in files}
    problems += [f"{name}.png is missing" for name in required if name not in names]
    for path in files:
        image = QImage(str(path))
        if image.isNull():
            problems.append(f"{path.name}: does not open as an image")
            continue
        if image.width() < 200 or image.height() < 100:
            problems.append(f"{path.name}: only {image.width()}x{image.height()} pixels")
            continue
        if colours(image) < MIN_COLOURS:
            problems.append(f"{path.name}: blank (fewer than {MIN_COLOURS} colours)")
    del app
    return problems


def colours(image, limit: int = MIN_COLOURS) -> int:
    """Distinct colours on a coarse grid, counted up to ``limit``."""
    seen: set[int] = set()
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check a packaged build")
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("bundle").add_argument("executable", type=Path)
    pngs = sub.add_parser("pngs")
    pngs.add_argument("folder", type=Path)
    pngs.add_argument("required", nargs="*", metavar="NAME")
    args = parser.parse_args(argv)
    if args.what == "bundle":
        problems = check_bundle(args.executable)
    else:
        problems = check_pngs(args.folder, args.required)
    for problem in problems:
        print(f"check_build: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_build: {args.what} ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
