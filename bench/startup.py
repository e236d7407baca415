"""How fast the app shows its first window, and how much memory it takes to get there.

Times two ways of running the app: ``python -m desktop`` from this tree and the packaged
build (``dist/operator-desk/operator-desk`` once `make package` has made it; ``--build``
names another). Each gets a fresh data folder holding a demo database, made by the
target itself, and is started with ``OPERATOR_DESK_EXIT_AFTER_FIRST_WINDOW=1``: the app
prints a line once its login window has painted, another once that window is ready to
sign in (the database, opened in a thread meanwhile, has answered), and quits. Measured
from the moment the process is started until each line arrives:

- cold: the first start after the OS file cache is dropped (as root on Linux; anywhere
  else it is only the first start of this run, and the output says so);
- warm: the median of ``--runs`` further starts;
- ready: the same, until the login window can sign in;
- peak memory: the largest resident set of any start (Linux and macOS).

Targets (first window): <= 1.0 s and <= 150 MB. Also prints the build's size on disk, then all of it
as one JSON line. Nothing here asserts a time: figures are for people and tooling.

    .venv/bin/python bench/startup.py
    .venv/bin/python bench/startup.py --runs 10 --build dist/operator-desk/operator-desk
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop.app import FIRST_WINDOW_ENV, FIRST_WINDOW_SHOWN, LOGIN_SETTLED  # noqa: E402

DEFAULT_BUILD = ROOT / "dist" / "operator-desk" / "operator-desk"
TARGET_S = 1.0
TARGET_MB = 150.0
TIMEOUT_S = 30.0


@dataclass
class Figures:
    target: str
    command: list[str]
    cold_s: float | None = None
    cold_ready_s: float | None = None
    cold_kind: str = ""  # "file cache dropped" or "first start of this run"
    warm_s: list[float] = field(default_factory=list)
    warm_ready_s: list[float] = field(default_factory=list)
    peak_mb: float | None = None

    @property
    def warm_median_s(self) -> float | None:
        return statistics.median(self.warm_s) if self.warm_s else None

    @property
    def warm_ready_median_s(self) -> float | None:
        return statistics.median(self.warm_ready_s) if self.warm_ready_s else None


def environment(data_dir: Path) -> dict[str, str]:
    """A private data folder, settings folder and instance name: no start meets the
    user's own app, settings or database."""
    env = dict(os.environ)
    env.pop("OPERATOR_DESK_DB", None)
    # Warm starts read cached bytecode, as an installed app does (a build has it inside).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "OPERATOR_DESK_DATA_DIR": str(data_dir / "data"),
        "XDG_CONFIG_HOME": str(data_dir / "config"),
        "OPERATOR_DESK_INSTANCE": f"operator-desk-bench-{os.getpid()}-{data_dir.name}",
        FIRST_WINDOW_ENV: "1",
    })
    return env


def drop_file_cache() -> bool:
    """Empty the OS file cache so the next start reads everything from disk (root only)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from starting ``command`` to its first window and to its login window being
    ready, and its peak memory (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = ready = None
    watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a build that never says so
    watchdog.start()
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == FIRST_WINDOW_SHOWN:
            shown = time.perf_counter() - started
        elif line.strip() == LOGIN_SETTLED:
            ready = time.perf_counter() - started
            break
    process.stdout.close()
    peak_mb = None
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is in kilobytes on Linux and in bytes on macOS
        peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:
        process.wait(TIMEOUT_S)
    watchdog.cancel()
    if shown is None or ready is None:
        raise RuntimeError(f"{' '.join(command)} exited ({process.returncode}) without "
                           "showing a window ready to sign in")
    return shown, ready, peak_mb


def measure(target: str, command: list[str], runs: int, cold: bool) -> Figures:
    figures = Figures(target, command)
    with tempfile.TemporaryDirectory(prefix="operator-desk-startup-") as scratch:
        env = environment(Path(scratch))
        env_demo = {k: v for k, v in env.items() if k != FIRST_WINDOW_ENV}
        subprocess.run([*command, "demo", "--quiet"], env=env_demo, check=True,
                       stdin=subprocess.DEVNULL, timeout=TIMEOUT_S * 2)
        dropped = cold and drop_file_cache()
        figures.cold_kind = "file cache dropped" if dropped else "first start of this run"
        peaks = []
        figures.cold_s, figures.cold_ready_s, peak = start_once(command, env)
        peaks.append(peak)
        for _ in range(runs):
            seconds, ready, peak = start_once(command, env)
            figures.warm_s.append(seconds)
            figures.warm_ready_s.append(ready)
            peaks.append(peak)
        known = [p for p in peaks if p is not None]
        figures.peak_mb = max(known) if known else None
    return figures


def size_on_disk(path: Path) -> tuple[int, int]:
    """Bytes the build takes (allocated blocks where the OS tells them) and its files."""
    folder = path.parent if path.parent.name == path.name else path
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()] \
        if folder.is_dir() else [path]
    total = sum(getattr(p.stat(), "st_blocks", 0) * 512 or p.stat().st_size for p in files)
    return total, len(files)


def fmt(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm starts per target")
    parser.add_argument("--build", type=Path, default=DEFAULT_BUILD,
                        help="the packaged executable (default: %(default)s)")
    parser.add_argument("--no-cold", action="store_true",
                        help="do not drop the file cache before the first start")
    args = parser.parse_args()

    targets = [("python -m desktop", [sys.executable, "-m", "desktop"])]
    if args.build.is_file():
        targets.append(("packaged build", [str(args.build.resolve())]))
    else:
        print(f"No packaged build at {args.build} (make package); timing the source only.")
    results = [measure(name, command, args.runs, cold=not args.no_cold)
               for name, command in targets]

    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"Start to first window (the login window) and to that window ready to sign in, "
          f"demo database, Qt platform {platform}")
    print(f"{'':<20} {'cold':>8} {'warm':>8} {'ready cold':>11} {'ready warm':>11} "
          f"{'peak memory':>12}")
    for r in results:
        peak = "-" if r.peak_mb is None else f"{r.peak_mb:.0f} MB"
        print(f"{r.target:<20} {fmt(r.cold_s):>8} {fmt(r.warm_median_s):>8} "
              f"{fmt(r.cold_ready_s):>11} {fmt(r.warm_ready_median_s):>11} {peak:>12}")
    print(f"cold: {results[0].cold_kind}; warm: median of {args.runs} starts; "
          f"targets: <= {TARGET_S:.1f} s, <= {TARGET_MB:.0f} MB")
    report: dict[str, object] = {"benchmark": "startup", "platform": platform,
                                 "target_s": TARGET_S, "target_mb": TARGET_MB,
                                 "results": [asdict(r) | {
                                     "warm_median_s": r.warm_median_s,
                                     "warm_ready_median_s": r.warm_ready_median_s}
                                     for r in results]}
    if args.build.is_file():
        size, count = size_on_disk(args.build.resolve())
        print(f"packaged build: {size / 1024 / 1024:.0f} MB on disk in {count} files "
              f"({args.build.resolve().parent})")
        report["build_bytes"], report["build_files"] = size, count
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
