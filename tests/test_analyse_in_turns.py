"""Round thirteen of docs/speed.md: documents analysed stage by stage, several at once
(`analyse_all_safely`, what `chronik ingest` runs), come out exactly as one by one
(`analyse_safely`), a failing document drops out with the same error, and each document
keeps its own time budget. Hand-written articles."""

import time

import pytest

from chronik import pipeline
from chronik.budget import DocumentTimeout, Turns, time_budget
from chronik.entities import annotate, annotate_all
from chronik.model import Document
from chronik.pipeline import analyse_all_safely, analyse_safely
from chronik.read.errors import ReadError
from chronik.read.files import document_from_text

ARTICLES = [
    ((" date 2023-03-06 Gipfel in Genf\n\nBundeskanzlerin Maria Zorn trifft am Mittwoch in "
      "Genf den Präsidenten Paul Weidmann. \"Wir werden über den Handel sprechen\", sagte "
      "Zorn am Montag. Das Treffen war im Januar abgesagt worden."), None),
    ((" date 2022-11-14 Strike in Leeds\n\nUnion leader Joan Parry said on Monday that the "
      "strike would end on Friday. \"We have been heard,\" Parry told reporters in Leeds."),
     None),
    ((" date 2021-05-02 Kort bericht\n\nDe minister Anna de Vries bezocht gisteren "
      "Rotterdam."), "nl"),  # no temporal data for Dutch: date as given
    ((" date 2024-01-08 Streik\n\nDie Lokführer streiken ab Mittwoch. Der Verband "
      "kündigte am Sonntag an, dass Gespräche in Berlin folgen sollen."), None),
    ("Ohne Datum: Der Bürgermeister Karl Brenner eröffnet morgen die Brücke.", "de"),
]


def _docs() -> list[Document]:
    return [document_from_text(text, source=f"a{i}.txt", doc_id=f"a{i}", lang=lang)
            for i, (text, lang) in enumerate(ARTICLES)]


def _as_dicts(results):
    return [r.to_dict() if isinstance(r, Document) else (r.source, r.reason) for r in results]


def test_stage_by_stage_gives_what_one_by_one_gives():
    one_by_one = [analyse_safely(d) for d in _docs()]
    together = analyse_all_safely(_docs())
    assert _as_dicts(together) == _as_dicts(one_by_one)
    assert any(isinstance(r, Document) and r.entities for r in together)


def test_without_segmentation_too():
    one_by_one = [analyse_safely(d, segment=False) for d in _docs()]
    assert _as_dicts(analyse_all_safely(_docs(), segment=False)) == _as_dicts(one_by_one)


def test_a_document_failing_in_a_stage_drops_out_with_its_error_the_others_are_kept(
        monkeypatch):
    real = pipeline.annotate_quotes

    def quotes(doc):
        if doc.id == "a1":
            raise ValueError("kaputt")
        real(doc)

    monkeypatch.setattr(pipeline, "STAGES", tuple(quotes if s is real else s
                                                  for s in pipeline.STAGES))
    together = analyse_all_safely(_docs())
    one_by_one = [analyse_safely(d) for d in _docs()]
    assert together[1].reason == one_by_one[1].reason == "kaputt"
    assert isinstance(together[1], ReadError) and together[1].source == "a1.txt"
    assert _as_dicts(together) == _as_dicts(one_by_one)


def test_when_the_entities_of_all_fail_each_document_is_annotated_on_its_own(monkeypatch):
    def broken(docs):
        docs[0].entities = ["half written"]
        raise RuntimeError("batch")

    monkeypatch.setattr(pipeline, "annotate_entities_all", broken)
    assert _as_dicts(analyse_all_safely(_docs())) == _as_dicts(
        [analyse_safely(d) for d in _docs()])


def test_entities_of_several_documents_decoded_together_are_those_of_each_alone():
    alone, together = _docs(), _docs()
    for batch in (alone, together):
        analysed = analyse_all_safely(batch)
        assert all(isinstance(d, Document) for d in analysed)
        for d in batch:
            d.entities = []
    for d in alone:
        annotate(d)
    annotate_all(together)
    assert [d.entities for d in together] == [d.entities for d in alone]
    assert sum(len(d.entities) for d in together) >= 4


def test_a_document_spends_its_budget_over_its_turns():
    with Turns([0.15, 5.0], ["slow.txt", "fast.txt"]) as turns:
        with turns.turn(0):
            time.sleep(0.1)
        with turns.turn(1):
            time.sleep(0.01)
        with pytest.raises(DocumentTimeout,
                           match=r"^timeout: analysis of slow.txt took longer than 0 s$"), \
                turns.turn(0):  # 0.05 s left of its 0.15
            time.sleep(1)
        with turns.turn(1):  # the other document's budget is its own
            time.sleep(0.01)
    assert turns.left[1] > 4.9
    time.sleep(0.01)  # a stale timer would fire here


def test_a_timeout_in_turns_says_what_a_single_budget_says():
    with Turns([0.05], ["doc.txt"]) as turns, pytest.raises(DocumentTimeout) as turn_error, \
            turns.turn(0):
        time.sleep(1)
    with pytest.raises(DocumentTimeout) as single_error, time_budget(0.05, "doc.txt"):
        time.sleep(1)
    assert str(turn_error.value) == str(single_error.value)


def test_budgets_must_be_positive():
    with pytest.raises(ValueError):
        Turns([1.0, 0.0], ["a", "b"])
