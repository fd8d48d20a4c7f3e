"""The seed article's people, places and organisations against its hand annotation.

Reads ../shared/corpus/seed at test time; skips without it.
"""

import json
from pathlib import Path

import pytest

from chronik.pipeline import extract

SEED = (Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed"
        / "000_0c5df4d7e626345f.txt")
GOLD = SEED.with_name("000_0c5df4d7e626345f.expected.json")

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")


@pytest.fixture(scope="module")
def entities():
    doc = extract(SEED.read_text(encoding="utf-8"), doc_id="seed")
    return {e.name: e for e in doc.entities}


def test_each_annotated_person_is_one_entity_with_its_aliases(entities):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
    for person in gold["PER"]:
        assert entities[person].type == "PER"
        surname = person.split()[-1]
        # one entity per person: no second "Putin" entity beside "Wladimir Putin"
        assert [n for n in entities if surname in n] == [person]
    # a role alone never makes an entity (the model's own slips, e.g. a city read as a
    # person, are measured by eval-ner, not here)
    assert not [n for n in entities if "Präsident" in n or "Sprecher" in n]
    putin = {m.text for m in entities["Wladimir Putin"].mentions}
    assert {"Putin", "Präsident Putin", "Der russische Präsident"} <= putin
    peskow = {m.text for m in entities["Dmitri Peskow"].mentions}
    assert {"Peskow", "Der Sprecher des PRäsidenten", "dem Sprecher"} <= peskow


def test_places_are_found_once_each(entities):
    for place in ("Genf", "Moskau", "Kiew", "Ukraine", "Russland", "Washington"):
        assert entities[place].type == "LOC"
