"""The seed article's five events (../shared/corpus/seed), read through the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.pipeline import analyse
from chronik.read.files import read_path

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed" / "000_0c5df4d7e626345f.txt"
GOLD = SEED.with_name("000_0c5df4d7e626345f.expected.json")

pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"seed article not found at {SEED} (the shared corpus is absent)")


@pytest.fixture(scope="module")
def doc():
    (document,) = list(read_path(SEED))
    return analyse(document)


def test_every_annotated_event_is_found_with_its_date_and_status(doc):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    got = [(e.value or "", e.status) for e in doc.events]
    for g in gold:
        when = g["when"][:16]
        assert any(v.startswith(when) and s == g["status"] for v, s in got), (g["what"], got)


def test_no_invented_events(doc):
    # five happenings; the title's call and the body's call are one event
    assert len(doc.events) == 5, [(e.trigger, e.value) for e in doc.events]


def test_places_and_people(doc):
    geneva = next(e for e in doc.events if e.value == "2022-01-10")
    assert geneva.location == "Genf" and geneva.participants[:2] == ["Russland", "USA"]
    call = next(e for e in doc.events if (e.value or "").startswith("2021-12-30T21:30"))
    assert "Putin" in " ".join(call.participants)
    for e in doc.events:
        assert doc.fields[e.field][e.start:e.end] == e.trigger
