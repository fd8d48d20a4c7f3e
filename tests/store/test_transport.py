"""Analysed documents come back from ingest workers pickled with chronik's own reducers
(`chronik.store.transport`): what arrives must be the very document that was sent."""

from __future__ import annotations

import dataclasses
import pickle
from multiprocessing.reduction import ForkingPickler

from chronik import model
from chronik.pipeline import extract
from chronik.store.transport import register


def _round_trip(obj):
    register()
    return pickle.loads(ForkingPickler.dumps(obj))


def test_an_analysed_article_arrives_equal_to_the_one_sent():
    doc = extract("Am Montag sagte Kanzler Olaf Scholz in Berlin: „Wir treffen uns am "
                  "3. März in Genf.“ Die Gewerkschaft EVG kündigte einen Streik an.",
                  date="2023-02-20", lang="de", title="Gipfel in Genf")
    assert doc.entities and doc.timexes and doc.sentences
    back = _round_trip(doc)
    assert back == doc
    assert back.to_dict() == doc.to_dict()


def test_every_model_class_with_slots_is_rebuilt_with_every_field():
    for cls in (model.Span, model.Sentence, model.Evidence, model.Mention, model.Event):
        values = {f.name: f"v{i}" for i, f in enumerate(dataclasses.fields(cls))}
        obj = cls(**values)
        back = _round_trip(obj)
        assert type(back) is cls and back == obj


def test_the_reducers_are_used_for_transport_only():
    register()
    span = model.Span("text", 1, 2)
    assert pickle.dumps(span) == pickle.dumps(model.Span("text", 1, 2))  # default pickling
    assert ForkingPickler.dumps(span) != pickle.dumps(span, protocol=pickle.HIGHEST_PROTOCOL)
