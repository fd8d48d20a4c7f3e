#!/bin/sh
# Reproduce chronik's German NER model from ../shared data on one core (see docs/models.md).
# 1. word clusters from unlabeled text -> training/ner/clusters.de.tsv   (~1 min)
# 2. CRF on GermEval 2014 train, scored on dev -> chronik/entities/models/de.*
set -eu
cd "$(dirname "$0")/../.."
PY=${PYTHON:-.venv/bin/python}
OMP_NUM_THREADS=1 nice -n 10 "$PY" training/ner/clusters.py de
OMP_NUM_THREADS=1 nice -n 10 "$PY" training/ner/train.py de --iterations 250 "$@"
