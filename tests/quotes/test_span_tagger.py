"""The learned span tagger experiment (training/quotes/spans.py): not shipped, since it did
not beat the rules on held-out training articles (docs/quotes.md). These specs keep the
experiment reproducible: its attributes, its labels, and its decoder, which is chronik's
own numpy Viterbi and must agree with python-crfsuite."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronik.quotes import rule_quotes
from tests.quotes.conftest import quotes_of

TRAINING = Path(__file__).resolve().parents[2] / "training" / "quotes"
sys.path.insert(0, str(TRAINING))

import spans  # training/quotes/spans.py (after the path is set)


def _field(doc) -> str:
    return doc.regions[0].field


def _runs(text: str):
    doc = quotes_of(text)
    ft, found = rule_quotes(doc, _field(doc))
    return doc, ft, found, spans.sentence_runs(ft, found)


def _token(doc, run, word: str) -> list[str]:
    text = doc.fields[_field(doc)]
    for (a, b), attrs in zip(run.spans, run.attributes):
        if text[a:b] == word:
            return attrs
    raise AssertionError(f"no token {word!r}")


def test_the_package_ships_no_span_model_so_german_quotations_are_the_rules_alone():
    doc = quotes_of("Die Ministerin forderte die Länder auf, die Gespräche fortzusetzen.")
    assert not (Path(spans.__file__).parents[2] / "chronik" / "quotes" / "models"
                / "spans-de.npz").exists()
    assert all(q.evidence.rule != spans.LEARNED_RULE for q in doc.quotes)


def test_a_language_without_a_span_model_gets_no_tagger(tmp_path, monkeypatch):
    monkeypatch.setattr(spans, "MODEL_DIR", tmp_path)
    spans.load_tagger.cache_clear()
    try:
        assert spans.load_tagger("de") is None
        assert spans.load_tagger("fr") is None
    finally:
        spans.load_tagger.cache_clear()


def test_a_zu_infinitive_after_a_demand_carries_the_cue_and_its_clause_opener():
    # given "forderte … auf, … fortzusetzen": the infinitive knows the cue before it and
    # the comma that opens its clause
    doc, _, _, runs = _runs(
        "Die Ministerin forderte die Länder am Montag auf, die Gespräche fortzusetzen.")
    attrs = _token(doc, runs[0], "fortzusetzen")
    assert "zu_in" in attrs
    assert "op=," in attrs
    assert "cw<=auf" in attrs  # the separable verb "forderte … auf" ends there
    assert "cue" not in _token(doc, runs[0], "Länder")
    assert "cue" in _token(doc, runs[0], "forderte")


def test_tokens_covered_by_a_rule_quotation_name_the_rule():
    doc, _, found, runs = _runs("Der Sprecher sagte, die Verhandlungen seien gescheitert.")
    assert any(f.rule == "indirect: clause after a speech verb" for f in found)
    assert "r=indirect:_clause_after_a_speech_verb" in _token(doc, runs[0], "gescheitert")
    assert "r=none" in _token(doc, runs[0], "Sprecher")


def test_gold_labels_begin_a_quotation_and_carry_it_into_the_next_sentence():
    from train_spans import labels_for

    doc, _, _, runs = _runs("Er sagte, es gebe Streit. Die Lage sei ernst. Dann ging er.")
    text = doc.fields[_field(doc)]
    start = text.index("es gebe")
    end = text.index("ernst") + len("ernst")
    first = labels_for(runs[0], [[(start, end)]])
    second = labels_for(runs[1], [[(start, end)]])
    assert first[:4] == ["O", "O", "O", "B"]  # Er sagte , es
    assert second[0] == "I"  # "Die" goes on from the sentence before
    assert set(labels_for(runs[2], [[(start, end)]])) == {"O"}


def test_spans_of_reads_begin_inside_and_continuation_runs():
    assert spans.spans_of(["O", "B", "I", "O", "B"]) == [(1, 3, False), (4, 5, False)]
    assert spans.spans_of(["I", "I", "O"]) == [(0, 2, True)]


def test_the_numpy_decoder_agrees_with_crfsuite(tmp_path, monkeypatch):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from chronik.entities.crf import export_crfsuite

    _, _, _, runs = _runs("Der Sprecher sagte, die Verhandlungen seien gescheitert. "
                          "Die Gespräche sollen am Montag weitergehen. "
                          "Die Ministerin forderte die Länder auf, die Gespräche fortzusetzen.")
    trainer = pycrfsuite.Trainer(verbose=False)
    gold = [["O"] * 4 + ["B"] + ["I"] * 4, ["B"] + ["I"] * 6, ["O"] * 8 + ["B", "I", "I", "O"]]
    for run, labels in zip(runs, gold):
        trainer.append(run.attributes, labels[:len(run.spans)] + ["O"] * (
            len(run.spans) - len(labels)))
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    model = tmp_path / "toy.crfsuite"
    trainer.train(str(model))
    export_crfsuite(model, tmp_path / "spans-de.npz")
    monkeypatch.setattr(spans, "MODEL_DIR", tmp_path)
    spans.load_tagger.cache_clear()
    try:
        tagger = spans.load_tagger("de")
        assert tagger is not None and tagger.labels == ["O", "B", "I"]
        row, unknown = tagger.row, tagger.unknown
        rows = [[[r for r in (row(a, unknown) for a in token) if r != unknown]
                 for token in run.attributes] for run in runs]
        paths, emit = tagger.tag_rows(rows)
        reference = pycrfsuite.Tagger()
        reference.open(str(model))
        offset = 0
        for run, path in zip(runs, paths):
            assert [tagger.labels[i] for i in path] == reference.tag(run.attributes)
            here = emit[offset:offset + len(path)]
            offset += len(path)
            for first, end, _ in spans.spans_of(path):
                assert tagger.margin(here, path, first, end) > 0  # better than all O
    finally:
        spans.load_tagger.cache_clear()
