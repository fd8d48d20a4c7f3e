#!/bin/sh
# Reproduce chronik's English NER model from ../shared data on one core (see docs/models.md).
# 1. word clusters from the (unlabeled) token column -> training/ner/clusters.en.tsv
# 2. CRF on wikigold (4 of 5 sentences) + BTC + WNUT-17 -> chronik/entities/models/en.*,
#    scored on the held-out wikigold fifth
set -eu
cd "$(dirname "$0")/../.."
PY=${PYTHON:-.venv/bin/python}
OMP_NUM_THREADS=1 nice -n 10 "$PY" training/ner/clusters.py en
OMP_NUM_THREADS=1 nice -n 10 "$PY" training/ner/train.py en "$@"
