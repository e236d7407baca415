# Operator Desk: `make run` opens the app, `make test` checks it.
# Both create .venv on first use and reinstall when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package
PIP := $(BIN)/python -m pip --disable-pip-version-check
OFFSCREEN := QT_QPA_PLATFORM=offscreen

# Extra arguments: `make run ARGS='--db sqlite:///demo.sqlite3'`, `make test PYTEST_ARGS='-k canvas'`.
ARGS ?=
PYTEST_ARGS ?=

.PHONY: venv run test lint tour bench package smoke clean distclean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[dev]'
	@touch $(STAMP)

$(PACKAGE_STAMP): $(STAMP)
	$(PIP) install --quiet -e '.[dev,package]'
	@touch $(PACKAGE_STAMP)

# On first start (a database with no users yet) the demo data goes in, so a newcomer
# can sign in at once with the accounts the login window lists.
run: venv
	$(BIN)/operator-desk demo --if-new --quiet $(ARGS)
	$(BIN)/operator-desk $(ARGS)

test: venv
	$(BIN)/ruff check .
	$(OFFSCREEN) $(BIN)/pytest -q $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .

tour: venv
	$(OFFSCREEN) $(BIN)/operator-desk tour --out tour

bench: venv
	@set -e; for script in bench/*.py; do \
		[ -e "$$script" ] || { echo "no benchmarks in bench/"; break; }; \
		echo "== $$script"; \
		$(OFFSCREEN) $(BIN)/python "$$script"; \
	done

# The packaged client (PyInstaller): dist/operator-desk/, one folder; ONEFILE=1 builds one
# file, dist/onefile/operator-desk. `make smoke` checks the one-folder build as operators
# run it (packaging/smoke.sh).
PACKAGE_OUT := $(if $(ONEFILE),onefile,)
package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist/$(PACKAGE_OUT) \
		--workpath build/pyinstaller$(PACKAGE_OUT) packaging/operator-desk.spec \
		$(if $(ONEFILE),-- --onefile)

smoke: package
	packaging/smoke.sh --no-build

# Generated files only; `make distclean` also removes the virtualenv.
clean:
	rm -rf build dist tour .pytest_cache .ruff_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
