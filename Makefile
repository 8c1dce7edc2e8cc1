# Two commands for a newcomer: `make run` (the app) and `make test` (the whole suite).
# Each sets itself up: Debian libraries Qt needs (only if missing, only as root or with sudo),
# the virtual environment and the project's dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QT_DEBS := libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
X_DEBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libx11-xcb1

.PHONY: run test lint screenshot bench demo system-deps clean

run: $(STAMP)
	@DEBS="$(X_DEBS)" sh scripts/system-deps.sh
	$(PY) main.py

test: $(STAMP)
	$(VENV)/bin/ruff check console tests main.py bench scripts
	$(VENV)/bin/ruff format --check console tests main.py bench scripts
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check console tests main.py bench scripts
	$(VENV)/bin/ruff format --check console tests main.py bench scripts
	$(VENV)/bin/mypy

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

bench: $(STAMP)
	$(PY) bench/bench_queue.py

system-deps:
	@DEBS="$(QT_DEBS)" sh scripts/system-deps.sh

$(STAMP): pyproject.toml
	@DEBS="$(QT_DEBS)" sh scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
