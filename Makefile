# The two commands a newcomer needs:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test install lint bench eval clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned: 2.13.0 is a local CPU wheel; anything else pulls GBs of CUDA packages
	$(PY) -m pip install --quiet torch==2.13.0
	# dev extras include llama-cpp-python (compiled from source: minutes, longer on busy cores) for the LLM integration tests;
	# GGML_NATIVE=OFF because the default native build segfaults on the first generation here
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## make run: install, index corpus/ (incremental), start the assistant
run: install
	$(PY) -m ingest corpus
	$(PY) -m assistant serve

## make test: install, then the whole suite (unit, integration, browser, eval floor)
test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: install
	$(PY) -m evals.bench ingest

eval: install
	$(PY) -m evals run

clean:
	rm -rf $(VENV) data
