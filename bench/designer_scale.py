"""How the script designer copes with big scripts, next to NodeGraphQt on the same graphs.

For each size (default 500, 2,000 and 5,000 steps) a script is generated from a
fixed seed: a tree (each step a child of a recent step, sometimes of any step)
plus cross links for one step in ten, laid out with the domain's layered layout.
Each size runs in its own process (memory figures stay separate, and a crash of
one library cannot hide the other's figures) and prints:

- open: build the document and the canvas and show it until the first paint;
- repaint at fit-all and at 100 %: median of 30 ``viewport().repaint()`` calls
  (of fewer, at least 3, when they take seconds each);
- auto-layout: the undoable auto-layout command, the scene following it;
- peak memory of the process (``ru_maxrss``).

At fit-all these scripts are zoomed below ``style.OVERVIEW_LOD``: the canvas then
repaints from one cached picture of boxes and lines (redrawn only after a change or
a zoom/scroll), which is what the fit-all figure measures.

Targets: 5,000 steps open in <= 1 s; fit-all repaint <= 8 ms median. NodeGraphQt
(``pip install NodeGraphQt``; not a dependency of the app) gets the same figures
when it is installed. Output: human lines, then one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/designer_scale.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/designer_scale.py --sizes 500,2000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.layout import layered_positions
from desktop.domain.script import Script

TARGET_OPEN_S = 1.0
TARGET_FIT_REPAINT_MS = 8.0
REPAINTS = 30
REPAINT_BUDGET_S = 20.0  # a library that needs seconds per repaint gets fewer samples
VIEW_SIZE = (1280, 800)
SEED = 20240611


def generate_script(size: int, seed: int = SEED) -> Script:
    """A tree of ``size`` steps plus size/10 cross links, laid out in layers."""
    rng = random.Random(seed)
    script = Script(f"Bench {size}")
    ids = [script.add_step("Greeting", "Hello! How can I help you today?").id]
    for number in range(1, size):
        recent = rng.random() < 0.8
        parent = ids[rng.randrange(max(0, len(ids) - 40), len(ids))] if recent \
            else ids[rng.randrange(len(ids))]
        step = script.add_step(f"Step {number}", f"What the operator says at step {number}: "
                               "ask, listen, note the answer and choose the next step.")
        script.link(parent, step.id)
        ids.append(step.id)
    for _ in range(size // 10):
        source, target = rng.sample(ids, 2)
        if not script.has_link(source, target):
            script.link(source, target)
    for step_id, (x, y) in layered_positions(script).items():
        script.move(step_id, x, y)
    return script


def _until_painted(app: QApplication, widget: QWidget) -> None:
    """Process events until ``widget`` has really been painted once."""
    class Watch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    while not watch.painted:
        app.processEvents()
    widget.removeEventFilter(watch)


def _median_repaint_ms(app: QApplication, viewport: QWidget) -> float:
    """Median of REPAINTS repaints, or of those done within REPAINT_BUDGET_S (at least 3)."""
    app.processEvents()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < REPAINTS and (len(times) < 3
                                     or time.perf_counter() - started < REPAINT_BUDGET_S):
        start = time.perf_counter()
        viewport.repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(size: int) -> dict[str, Any]:
    from designer.canvas.view import ScriptCanvas
    from designer.document import ScriptDocument

    app = QApplication.instance() or QApplication([])
    script = generate_script(size)
    start = time.perf_counter()
    document = ScriptDocument(script)
    canvas = ScriptCanvas(document)
    canvas.resize(*VIEW_SIZE)
    canvas.show()
    canvas.select_steps([script.start_step_id], center=True)
    _until_painted(app, canvas.viewport())
    opened = time.perf_counter() - start
    canvas.scene.clearSelection()
    canvas.fit_all()
    fit_zoom = canvas.zoom()
    fit_ms = _median_repaint_ms(app, canvas.viewport())
    document.move({script.start_step_id: (script.start_step.x + 40, script.start_step.y)})
    start = time.perf_counter()  # after an edit the overview picture is drawn afresh
    canvas.viewport().repaint()
    fit_edit_ms = (time.perf_counter() - start) * 1000
    canvas.zoom_reset()
    canvas.centerOn(canvas.scene.step_item(script.start_step_id))
    full_ms = _median_repaint_ms(app, canvas.viewport())
    rng = random.Random(SEED)  # scatter every step, so the layout really moves them all
    document.move({s.id: (s.x + rng.uniform(-300, 300), s.y + rng.uniform(-200, 200))
                   for s in script.steps})
    app.processEvents()
    start = time.perf_counter()
    document.auto_layout()
    app.processEvents()
    layout_s = time.perf_counter() - start
    return {"open_s": opened, "fit_zoom": fit_zoom, "fit_repaint_ms": fit_ms,
            "fit_repaint_after_edit_ms": fit_edit_ms, "repaint_100_ms": full_ms,
            "auto_layout_s": layout_s, "peak_mb": _peak_mb(), "items": len(canvas.scene.items())}


def run_nodegraphqt(size: int) -> dict[str, Any]:
    import NodeGraphQt  # noqa: F401 - ImportError means "not installed"
    from NodeGraphQt import BaseNode, NodeGraph

    class StepNode(BaseNode):
        __identifier__ = "bench"
        NODE_NAME = "Step"

        def __init__(self) -> None:
            super().__init__()
            self.add_input("in", multi_input=True)
            self.add_output("out", multi_output=True)

    app = QApplication.instance() or QApplication([])
    script = generate_script(size)
    result: dict[str, Any] = {}
    start = time.perf_counter()
    graph = NodeGraph()
    graph.set_acyclic(False)  # scripts loop back (objections); its cycle check is exponential
    graph.register_node(StepNode)
    nodes = {}
    for step in script.steps:
        nodes[step.id] = graph.create_node("bench.StepNode", name=step.title,
                                           pos=[step.x, step.y], push_undo=False)
    for link in script.links:
        nodes[link.source].output(0).connect_to(nodes[link.target].input(0), push_undo=False)
    widget = graph.widget
    widget.resize(*VIEW_SIZE)
    widget.show()
    viewer = graph.viewer()
    _until_painted(app, viewer.viewport())
    result["open_s"] = time.perf_counter() - start
    _partial(result)
    graph.select_all()
    graph.fit_to_selection()
    graph.clear_selection()
    result["fit_repaint_ms"] = _median_repaint_ms(app, viewer.viewport())
    _partial(result)
    graph.reset_zoom()
    graph.center_on([nodes[script.start_step_id]])
    result["repaint_100_ms"] = _median_repaint_ms(app, viewer.viewport())
    result["peak_mb"] = _peak_mb()
    _partial(result)
    start = time.perf_counter()
    try:
        graph.auto_layout_nodes()
        app.processEvents()
        result["auto_layout_s"] = time.perf_counter() - start
    except RecursionError:  # its layout recurses along paths: scripts with loops break it
        result["auto_layout_error"] = "RecursionError (the script has loops)"
    result["peak_mb"] = _peak_mb()
    return result


def _partial(result: dict[str, Any]) -> None:
    """Figures so far, in case a later phase runs out of time."""
    print(json.dumps(result), flush=True)


RUNNERS: dict[str, Callable[[int], dict[str, Any]]] = {
    "operator_desk": run_ours, "nodegraphqt": run_nodegraphqt}


def child(library: str, size: int) -> None:
    try:
        result = RUNNERS[library](size)
    except ImportError:
        result = {"error": "not installed"}
    print(json.dumps(result))


def measure(library: str, size: int, timeout: float) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", library, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as stopped:
        output = stopped.stdout or b""
        text = output.decode() if isinstance(output, bytes) else output
        lines = [line for line in text.splitlines() if line.startswith("{")]
        partial = json.loads(lines[-1]) if lines else {}
        return {**partial, "stopped": f"stopped after {timeout:.0f} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {tail}"}
    return json.loads(lines[-1])


def describe(library: str, size: int, r: dict[str, Any]) -> str:
    if "error" in r:
        return f"{library:>13} {size:>6} steps: {r['error']}"

    def figure(key: str, unit: str, digits: int) -> str:
        if key in r:
            return f"{r[key]:.{digits}f} {unit}"
        if key == "auto_layout_s" and "auto_layout_error" in r:
            return f"failed, {r['auto_layout_error']}"
        return r.get("stopped", "-")

    return (f"{library:>13} {size:>6} steps: open {figure('open_s', 's', 3)}, "
            f"repaint fit-all {figure('fit_repaint_ms', 'ms', 1)}"
            + (f" ({r['fit_repaint_after_edit_ms']:.1f} ms after an edit)"
               if "fit_repaint_after_edit_ms" in r else "") + ", "
            f"100 % {figure('repaint_100_ms', 'ms', 1)}, "
            f"auto-layout {figure('auto_layout_s', 's', 3)}, "
            f"peak RSS {figure('peak_mb', 'MB', 0)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000",
                        help="comma-separated step counts (default: 500,2000,5000)")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds allowed per library and size (default: 300)")
    parser.add_argument("--child", nargs=2, metavar=("LIBRARY", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results: dict[str, dict[str, Any]] = {name: {} for name in RUNNERS}
    for size in sizes:
        for library in RUNNERS:
            r = measure(library, size, args.timeout)
            if r.get("error") == "not installed":
                print("NodeGraphQt not installed")
            else:
                print(describe(library, size, r), flush=True)
            results[library][str(size)] = r
    ours = results["operator_desk"].get(str(max(sizes)), {})
    if "open_s" in ours and "fit_repaint_ms" in ours:
        print(f"targets at {max(sizes)} steps: open <= {TARGET_OPEN_S} s "
              f"({'met' if ours['open_s'] <= TARGET_OPEN_S else 'MISSED'}), "
              f"fit-all repaint <= {TARGET_FIT_REPAINT_MS} ms "
              f"({'met' if ours['fit_repaint_ms'] <= TARGET_FIT_REPAINT_MS else 'MISSED'})")
    print(json.dumps({"sizes": sizes, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
