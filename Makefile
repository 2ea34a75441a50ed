# Quick start: `make demo` opens JupyterLab on notebooks/, `make test` runs the whole suite.
# Both create ./.venv with everything they need; only python3 (with venv and pip) is required.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo app test lint bench clean chromium

# The browser tests (tests/browser) use Debian's Chromium; they skip loudly without it, and
# fail under CI=true.
CHROMIUM ?= $(or $(E2E_CHROMIUM),/usr/bin/chromium)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test,browser]"
	touch $@

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[demo]"
	touch $@

chromium:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests (apt-get)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
			|| echo "WARNING: apt-get could not install chromium: the browser tests will skip"; \
	else \
		echo "WARNING: no $(CHROMIUM) and not root: the browser tests will skip (apt-get install chromium)"; \
	fi

test: $(VENV)/.test-installed chromium
	$(BIN)/ruff check nbstate tests benchmarks
	$(BIN)/ruff format --check nbstate tests benchmarks
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

demo: $(VENV)/.demo-installed
	$(BIN)/jupyter lab notebooks/

# Serve one notebook as a standalone app with Voila: make app NB=notebooks/09-complete-app.ipynb
NB ?= notebooks/09-complete-app.ipynb
app: $(VENV)/.demo-installed
	$(BIN)/voila "$(NB)"

lint: $(VENV)/.test-installed
	$(BIN)/ruff check --fix nbstate tests benchmarks
	$(BIN)/ruff format nbstate tests benchmarks

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/rerun_latency.py

clean:
	rm -rf $(VENV)
