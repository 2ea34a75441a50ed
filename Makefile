# Quick start: `make demo` opens JupyterLab on notebooks/, `make test` runs the whole suite.
# Both create ./.venv with everything they need; only python3 (with venv and pip) is required.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[demo]"
	touch $@

test: $(VENV)/.test-installed
	$(BIN)/ruff check nbstate tests benchmarks
	$(BIN)/ruff format --check nbstate tests benchmarks
	$(BIN)/python -m pytest

demo: $(VENV)/.demo-installed
	$(BIN)/jupyter lab notebooks/

lint: $(VENV)/.test-installed
	$(BIN)/ruff check --fix nbstate tests benchmarks
	$(BIN)/ruff format nbstate tests benchmarks

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/rerun_latency.py

clean:
	rm -rf $(VENV)
