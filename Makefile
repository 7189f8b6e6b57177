# The two set-up commands: `make run` (the app) and `make test` (the suite).
# Each creates or updates .venv idempotently; re-running only re-installs when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# torch first, pinned to the CPU build these machines keep on disk: openai-whisper would otherwise
# pull a multi-GB CUDA build.
TORCH  ?= torch==2.13.0
# The suite runs on two workers (CI has two cores); PYTEST_ARGS="-n 0" runs it in one process.
PYTEST_ARGS ?= -n 2 --durations=15

.PHONY: run test bench validity venv clean lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check $(TORCH)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[openai-whisper,dev]'
	touch $@ $(VENV)/.run-installed

venv: $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/mockint $(ARGS)

test: $(VENV)/.test-installed
	$(BIN)/ruff check mockint tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/score.py
	$(BIN)/python benchmarks/tui.py
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/plan.py
	$(BIN)/python benchmarks/transcribe.py
	$(BIN)/python benchmarks/bank_patterns.py

# Agreement with real raters (../shared/validity, evaluation only): r per criterion and the four goals.
validity: $(VENV)/.test-installed
	$(BIN)/python benchmarks/validity.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Lint and type check (`make test` runs both first).
lint: $(VENV)/.test-installed
	$(BIN)/ruff check mockint tests benchmarks scripts
	$(BIN)/mypy
