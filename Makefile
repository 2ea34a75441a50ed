# Quick start: `make demo` opens JupyterLab on notebooks/, `make test` runs the whole suite.
# Both create ./.venv with everything they need; only python3 (with venv and pip) is required.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo app hub test lint bench load-test clean chromium proxy streamlit-venv differential

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
	$(BIN)/python -m pip install -q -e ".[test,browser,hub]"
	touch $@

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[demo]"
	touch $@

$(VENV)/.hub-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[demo,hub]"
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

# JupyterHub's proxy (configurable-http-proxy, from npm) for `make hub` and its test, in the venv.
PROXY := $(VENV)/node/node_modules/.bin/configurable-http-proxy
proxy:
	@if [ -x "$(PROXY)" ]; then :; \
	elif command -v npm >/dev/null; then \
		echo "Installing configurable-http-proxy into $(VENV)/node (npm)"; \
		npm install -s --no-fund --no-audit --prefix $(VENV)/node configurable-http-proxy@4 >/dev/null \
			|| echo "WARNING: npm could not install configurable-http-proxy: the JupyterHub test will skip"; \
	else \
		echo "WARNING: no npm: the JupyterHub test will skip (install Node.js and npm)"; \
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

test: $(VENV)/.test-installed chromium proxy streamlit-venv
	$(BIN)/ruff check nbstate tests benchmarks scripts deploy
	$(BIN)/ruff format --check nbstate tests benchmarks scripts deploy
	$(BIN)/python -m mypy
	PYTHON=$(BIN)/python bash scripts/run_tests.sh

demo: $(VENV)/.demo-installed
	$(BIN)/jupyter lab $(ALLOW_ROOT) $(DEMO_ARGS) notebooks/

# Serve one notebook as a standalone app with Voila: make app NB=notebooks/09-complete-app.ipynb
# nbstate's Voila template shows the app alone (markdown only in cells tagged nbstate-show).
# POOL kernels are kept preheated (the notebook already run in them), so a new visitor does not
# wait for a kernel to start; POOL=0 starts a kernel per visitor instead.
NB ?= notebooks/09-complete-app.ipynb
POOL ?= 2
app: $(VENV)/.demo-installed
	$(BIN)/voila --template=nbstate $(if $(filter-out 0,$(POOL)),--preheat_kernel=True --pool_size=$(POOL),) $(DEMO_ARGS) "$(NB)"

# Serve one notebook to several users: JupyterHub logs each in and gives them a server (Voila,
# a kernel, a session_state) of their own: make hub [NB=...] [NBSTATE_HUB_PASSWORD=...]
hub: $(VENV)/.hub-installed proxy
	NBSTATE_HUB_APP="$(abspath $(NB))" $(BIN)/jupyterhub -f deploy/jupyterhub_config.py

lint: $(VENV)/.test-installed
	$(BIN)/ruff check --fix nbstate tests benchmarks scripts deploy
	$(BIN)/ruff format nbstate tests benchmarks scripts deploy

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/rerun_latency.py

# K users of the to-do app at once (benchmarks/load_test.py), and Voila's first paint with and
# without preheated kernels (benchmarks/voila_first_paint.py)
load-test: $(VENV)/.test-installed chromium
	$(BIN)/python benchmarks/load_test.py
	$(BIN)/python benchmarks/voila_first_paint.py

clean:
	rm -rf $(VENV) .venv-streamlit .hub
