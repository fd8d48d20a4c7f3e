"""The learned speaker ranker: what it may choose and when it leaves the rules alone."""

from __future__ import annotations

import json

from chronik.quotes import speakers
from chronik.quotes.speakers import SpeakerCandidate, SpeakerModel, choose


def _candidate(name: str, sources: set[str], features: list[str]) -> SpeakerCandidate:
    return SpeakerCandidate(mention=None, speaker=name, note="", sources=sources,
                            features=features)


def test_the_shipped_german_model_is_small_and_records_how_it_was_trained():
    path = speakers.MODEL_DIR / "speakers-de.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.stat().st_size < 200_000
    assert data["trained_on"].startswith("train.jsonl")
    assert data["heldout_accuracy"] > data["heldout_rules_accuracy"]
    assert speakers.load_model("de") is speakers.load_model("de")  # read once per process


def test_a_language_without_a_model_keeps_the_rules_choice(run):
    assert speakers.load_model("xx") is None
    assert speakers.load_model("en") is None  # no English gold to train on
    doc = run('"We will not give up," the minister said.', lang="en")
    assert [(q.speaker_mention, q.evidence.note.startswith("speaker ranker"))
            for q in doc.quotes] == [("the minister", False)]


def test_an_alternative_replaces_the_rules_choice_only_by_the_margin():
    model = SpeakerModel(weights={"good": 2.0, "bad": -1.0}, bias=0.0, margin=1.0)
    rule = _candidate("Die Kommission", {"rule"}, ["bad"])
    better = _candidate("Ursula Brandt", {"name"}, ["good"])
    assert choose(model, [rule, better]) is better
    slightly = _candidate("Ursula Brandt", {"name"}, ["bad", "good"])  # 1.0 vs -1.0: ok
    assert choose(model, [rule, slightly]) is slightly
    close = SpeakerModel(weights={"good": 0.5, "bad": 0.0}, bias=0.0, margin=1.0)
    assert choose(close, [rule, better]) is None  # 0.5 better is not enough


def test_without_a_rules_choice_only_a_likely_candidate_is_taken():
    model = SpeakerModel(weights={"good": 2.0, "bad": -2.0}, bias=0.0, margin=0.5)
    assert choose(model, [_candidate("Der Minister", {"previous"}, ["bad"])]) is None
    likely = _candidate("Der Minister", {"previous"}, ["good"])
    assert choose(model, [likely]) is likely
    assert choose(model, []) is None


def test_an_attribute_inside_the_rules_mention_is_not_a_rival(run):
    # "des Präsidenten" is part of the speaker phrase, not a second speaker
    doc = run("Kremlsprecher Dmitri Peskow äußerte sich am Abend. "
              "Der Sprecher des Präsidenten sagte, die Gespräche seien schwierig.")
    reported = [q for q in doc.quotes if "Gespräche" in q.text]
    assert reported and reported[0].speaker == "Dmitri Peskow"


def test_a_quotation_keeps_its_evident_speaker(run):
    doc = run("Die Ministerin Anna Keller besuchte am Montag das Werk in Kassel. "
              "Keller sagte, die Arbeitsplätze seien sicher.")
    assert [(q.speaker, q.speaker_mention) for q in doc.quotes] == [("Anna Keller", "Keller")]
