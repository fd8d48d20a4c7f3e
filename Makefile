# Two entry points for a fresh machine with Python 3.11 and make:
#   make demo   set up .venv, ingest the bundled examples into a store, print the timeline
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

DEMO_DB := .chronik-demo.db

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(VENV)/bin/chronik ingest examples/ --db $(DEMO_DB)
	$(VENV)/bin/chronik timeline --db $(DEMO_DB)

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python benchmarks/time_tagger.py

clean:
	rm -rf $(VENV) build *.egg-info
