"""What the PyInstaller spec needs to know, kept out of the spec so tests can read it.

The spec (``operator-desk.spec``) imports this module from its own folder. Nothing
here imports PyInstaller, so ``tests/packaging`` checks it without a build; the
icon helper imports Qt only when called.

Never add an ``__init__.py`` to this folder: ``packaging`` is also the name of a
library that pip and PyInstaller import, and a regular package here would shadow it.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
RESOURCES = ROOT / "resources"
APP_ICON_SVG = RESOURCES / "icons" / "app.svg"
TRANSLATIONS = RESOURCES / "translations"

# The Qt modules the app imports (grep PySide6.Qt in desktop/ and designer/). A test
# keeps this list honest; everything else PySide6 ships is excluded from the build.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
# Python packages in the build environment that the app never imports at run time
# (test tools, optional extras networkx and mako would pick up if present).
PYTHON_EXCLUDED = (
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "pygments", "IPython",
    "numpy", "scipy", "pandas", "matplotlib", "PIL", "pydot", "pygraphviz", "lxml",
    "setuptools", "pkg_resources", "pip", "PyInstaller",
)

# Files of PySide6 the app never loads, matched against their path inside the bundle
# (always with "/"). QtSvg's library stays: the SVG icon engine and image plugin need it.
QT_PRUNED = (
    "PySide6/Qt/qml/*",
    "PySide6/Qt/lib/libQt6Qml*", "PySide6/Qt/lib/libQt6Quick*", "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*", "PySide6/Qt/lib/libQt6OpenGL.*",
    "PySide6/Qt/plugins/imageformats/*qpdf*", "PySide6/Qt/plugins/platforminputcontexts/*",
    "PySide6/Qt/plugins/tls/*", "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/generic/*", "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/platforms/*qvnc*", "PySide6/Qt/plugins/platforms/*qvkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/*qlinuxfb*", "PySide6/Qt/plugins/platforms/*qeglfs*",
    "PySide6/Qt/plugins/platforms/*qminimalegl*", "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/lib/libQt6EglF[Ss]*", "PySide6/qml/*", "PySide6/Qt6*Qml*", "PySide6/Qt6*Quick*",
    # The GTK3 platform theme and the GTK stack it pulls in: the app draws itself with
    # Fusion and its own palette, and a desktop that has GTK brings its own copies.
    "PySide6/Qt/plugins/platformthemes/*qgtk3*", "libgtk-3.so*", "libgdk-3.so*",
    "libatk-1.0.so*", "libcairo*.so*", "libpango*.so*", "libpixman-1.so*", "libfribidi.so*",
    "libthai.so*", "libdatrie.so*", "libgraphite2.so*", "libharfbuzz.so*",
    "libgdk_pixbuf-2.0.so*", "libgio-2.0.so*", "libgobject-2.0.so*", "libgmodule-2.0.so*",
    "libmount.so*", "libblkid.so*", "libselinux.so*", "libjpeg.so*", "libXext.so*",
    "libXrender.so*",
)
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations/"
# Of Qt's own catalogues the app loads only qtbase (standard buttons, context menus).
QT_CATALOGUES_USED = ("qtbase",)


@dataclass(frozen=True)
class ProjectInfo:
    name: str  # the distribution name, also the executable's name
    version: str
    description: str


def project_info(pyproject: Path = PYPROJECT) -> ProjectInfo:
    """Name and version as ``pyproject.toml`` states them (one place to bump a release)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return ProjectInfo(project["name"], project["version"], project.get("description", ""))


def app_languages(translations: Path = TRANSLATIONS) -> tuple[str, ...]:
    """The languages the app ships: one ``operator_desk_<lang>.ts`` each."""
    found = (re.fullmatch(r"operator_desk_(\w+)\.ts", p.name) for p in translations.iterdir())
    return tuple(sorted(m.group(1) for m in found if m))


def excluded_modules() -> list[str]:
    return [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED] + list(PYTHON_EXCLUDED)


def is_pruned(dest: str, languages: Iterable[str]) -> bool:
    """Whether a file at ``dest`` (its path inside the bundle) is left out of the build."""
    path = PurePosixPath(dest.replace("\\", "/")).as_posix()
    if path.startswith(QT_TRANSLATIONS_DIR):
        name = path[len(QT_TRANSLATIONS_DIR):]
        catalogue, _, rest = name.partition("_")
        language = rest.removesuffix(".qm").split("_")[0]
        return catalogue not in QT_CATALOGUES_USED or language not in set(languages)
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in QT_PRUNED)


def prune_toc(toc: Iterable[tuple], languages: Iterable[str]) -> list[tuple]:
    """A PyInstaller TOC (``(dest, source, kind)`` entries) without the pruned files."""
    kept = tuple(languages)
    return [entry for entry in toc if not is_pruned(entry[0], kept)]


def pruned_in(folder: Path, languages: Iterable[str]) -> list[str]:
    """Files under a finished build that should have been pruned (the smoke test's check)."""
    kept = tuple(languages)
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and is_pruned(p.relative_to(folder).as_posix(), kept))


def render_icon(svg: Path, target: Path, size: int = 256) -> Path:
    """Render the app's SVG icon to ``target`` (.ico for Windows, .icns for macOS, .png).

    Qt's own image writers do it, so the build needs nothing beyond PySide6.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render-icon", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(target), target.suffix.lstrip(".").encode())
    if not writer.write(image):
        raise RuntimeError(f"Cannot write the icon {target}: {writer.errorString()}")
    del app
    return target
