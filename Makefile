# Quick start: `make demo` opens JupyterLab on notebooks/, `make test` runs the whole suite.
# Both create ./.venv with everything they need; only python3 (with venv and pip) is required.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo app test lint bench clean chromium streamlit-venv differential

# JupyterLab refuses to start as root (a fresh container, Binder-like images, CI) without
# --allow-root; pass it only then. Voila has no such check.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
# Extra arguments for `make demo` / `make app`, e.g. DEMO_ARGS="--no-browser --port=8890".
DEMO_ARGS ?=

# Real Streamlit 1.67 for the differential tests (tests/differential), in a scratch venv that
# is never a dependency of nbstate. NBSTATE_STREAMLIT_VENV points elsewhere (/work/st-venv).
STREAMLIT_VENV ?= $(or $(NBSTATE_STREAMLIT_VENV),.venv-streamlit)
export NBSTATE_STREAMLIT_VENV := $(abspath $(STREAMLIT_VENV))

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

streamlit-venv:
	@if $(STREAMLIT_VENV)/bin/python -c "import importlib.metadata as m, sys, plotly; sys.exit(m.version('streamlit') != '1.67.0')" 2>/dev/null; then :; \
	else \
		echo "Creating $(STREAMLIT_VENV) with streamlit==1.67.0 (and plotly) for the differential tests"; \
		{ $(PYTHON) -m venv $(STREAMLIT_VENV) \
			&& $(STREAMLIT_VENV)/bin/python -m pip install -q "streamlit==1.67.0" pandas numpy "plotly>=6"; } \
			|| echo "WARNING: could not install Streamlit into $(STREAMLIT_VENV): the differential tests will skip (fail under CI=true)"; \
	fi

# Compare apps under Streamlit and nbstate: make differential [APP=my_app.py]
APP ?=
differential: $(VENV)/.test-installed streamlit-venv
	$(BIN)/python tests/differential/run.py $(APP)

test: $(VENV)/.test-installed chromium streamlit-venv
	$(BIN)/ruff check nbstate tests benchmarks scripts
	$(BIN)/ruff format --check nbstate tests benchmarks scripts
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

demo: $(VENV)/.demo-installed
	$(BIN)/jupyter lab $(ALLOW_ROOT) $(DEMO_ARGS) notebooks/

# Serve one notebook as a standalone app with Voila: make app NB=notebooks/09-complete-app.ipynb
NB ?= notebooks/09-complete-app.ipynb
app: $(VENV)/.demo-installed
	$(BIN)/voila $(DEMO_ARGS) "$(NB)"

lint: $(VENV)/.test-installed
	$(BIN)/ruff check --fix nbstate tests benchmarks scripts
	$(BIN)/ruff format nbstate tests benchmarks scripts

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/rerun_latency.py

clean:
	rm -rf $(VENV) .venv-streamlit
