# Two entry points for a fresh machine with Python 3.11 and make:
#   make demo   set up .venv and run chronik on the bundled examples
#   make test   set up .venv and run the whole test suite
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/chronik extract --format text examples/*.txt examples/*.jsonl

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python benchmarks/time_tagger.py

clean:
	rm -rf $(VENV) build *.egg-info
