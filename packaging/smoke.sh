#!/usr/bin/env bash
# Smoke test of the packaged client, as an operator's machine runs it.
#
#   packaging/smoke.sh              build (make package), then test the build
#   packaging/smoke.sh --no-build   test the build already in dist/
#
# The build is copied to a scratch "install folder" that nobody may write to and, when
# this runs as root (CI), run as the unprivileged user `nobody` with a fresh data
# folder and no keyring, offscreen: --version, demo, tour (every screen rendered and not
# blank), and `call NUMBER` handed to a running packaged instance. The install folder
# must be exactly as it was afterwards. Exits non-zero on the first failure.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
NAME=operator-desk
BUILD_DIR="$ROOT/dist/$NAME"
NUMBER="+7 999 123-45-67"
# Screens the tour must have rendered (it renders more; every one is checked for blankness).
SCREENS=(login main_window_supervisor main_window_operator settings_buttons settings_scripts
         designer_100_percent roles_tab callcard_client callcard_script)

step() { echo "== smoke: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
    step "build"
    started=$SECONDS
    make package
    echo "built in $((SECONDS - started)) s"
fi
[ -x "$BUILD_DIR/$NAME" ] || fail "no build at $BUILD_DIR (make package)"

step "what the build holds"
"$PYTHON" packaging/check_build.py bundle "$BUILD_DIR/$NAME"
du -sh "$BUILD_DIR"

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/$NAME-smoke.XXXXXX")"
APP_PID=""
SOCKET="/tmp/$NAME-smoke-$$"  # where Qt puts the instance socket of that name
cleanup() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$SCRATCH"
    rm -f "$SOCKET"  # a killed app leaves it behind
}
trap cleanup EXIT
chmod 755 "$SCRATCH"
INSTALL="$SCRATCH/install"
cp -a "$BUILD_DIR" "$INSTALL"
chmod -R a-w,a+rX "$INSTALL"
EXE="$INSTALL/$NAME"
HOME_DIR="$SCRATCH/home"
mkdir -p "$HOME_DIR" "$SCRATCH/tour"

as_user=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
    chown -R nobody "$HOME_DIR" "$SCRATCH/tour"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    echo "running the build as nobody: its install folder is read-only for it"
fi
# A fresh user: data, settings and caches in a new folder, no desktop session, no keyring.
APP=(env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
     OPERATOR_DESK_DATA_DIR="$HOME_DIR/data" XDG_CONFIG_HOME="$HOME_DIR/config"
     XDG_CACHE_HOME="$HOME_DIR/cache" XDG_DATA_HOME="$HOME_DIR/share"
     OPERATOR_DESK_INSTANCE="$NAME-smoke-$$" "${as_user[@]}" "$EXE")
run() { "${APP[@]}" "$@"; }
# Whether an app was started with call events on its command line (what `call` does
# when no running app takes the call).
app_started_for_call() {
    local cmdline
    for cmdline in /proc/[0-9]*/cmdline; do
        tr '\0' ' ' 2>/dev/null <"$cmdline" | grep -q -- "^$EXE --event" && return 0
    done
    return 1
}
listing() { (cd "$INSTALL" && find . -printf '%p %s %T@ %m\n' | sort); }
before="$(listing)"

step "--version"
expected="$NAME $(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
version="$(run --version)"
[ "$version" = "$expected" ] || fail "--version printed «$version», expected «$expected»"
echo "$version"

step "demo"
run demo
[ -s "$HOME_DIR/data/$NAME.sqlite3" ] || fail "demo wrote no database in the data folder"

step "tour"
started=$SECONDS
# Qt's offscreen platform warns about window features it lacks: shown only on failure.
run tour --out "$SCRATCH/tour" >"$SCRATCH/tour.txt" 2>"$SCRATCH/tour.err" \
    || { cat "$SCRATCH/tour.err" >&2; fail "tour exited with an error"; }
echo "$(wc -l <"$SCRATCH/tour.txt") screens in $((SECONDS - started)) s"
QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/check_build.py pngs "$SCRATCH/tour" "${SCREENS[@]}"
if [ -n "${SMOKE_KEEP_TOUR:-}" ]; then
    rm -rf "$SMOKE_KEEP_TOUR" && cp -r "$SCRATCH/tour" "$SMOKE_KEEP_TOUR"
    echo "tour kept in $SMOKE_KEEP_TOUR"
fi

step "call NUMBER to a running instance"
"${APP[@]}" >"$SCRATCH/app.log" 2>&1 &  # env and setpriv exec: $! is the app itself
APP_PID=$!
for _ in $(seq 150); do
    [ -S "$SOCKET" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$SCRATCH/app.log" >&2; fail "the app exited at start"; }
    sleep 0.2
done
[ -S "$SOCKET" ] || fail "the app did not start listening for calls within 30 s"
started=$(date +%s%N)
run call "$NUMBER" || fail "call exited with $?"
run call "$NUMBER" --end || fail "call --end exited with $?"
echo "handed over in $(( ($(date +%s%N) - started) / 1000000 )) ms (a ring and its end)"
# Had the running app not taken the call, `call` would have started a second app.
sleep 1
if app_started_for_call; then fail "call started a second app"; fi
kill -0 "$APP_PID" 2>/dev/null || { cat "$SCRATCH/app.log" >&2; fail "the app died"; }
status=0
run call "not a number" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "call with a bad number exited with $status, expected 2"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""

step "nothing written beside the executable"
after="$(listing)"
if [ "$before" != "$after" ]; then
    diff <(echo "$before") <(echo "$after") >&2 || true
    fail "the install folder changed"
fi
echo "install folder unchanged; the data folder holds: $(cd "$HOME_DIR" && find . -type f | sort | tr '\n' ' ')"
step "passed"
