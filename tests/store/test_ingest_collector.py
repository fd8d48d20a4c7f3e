"""The garbage collector during an ingest: paused while a chunk is analysed and stored,
collecting what the chunk left in cycles when it is done, and on again afterwards
(round nineteen, docs/speed.md). What is stored does not depend on it."""

from __future__ import annotations

import gc
import weakref

from chronik.store import ingest
from tests.store.helpers import article, as_is


class _Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_collector_is_paused_while_documents_are_analysed_and_on_again_after(store):
    seen: list[bool] = []

    def analyse(doc):
        seen.append(gc.isenabled())
        return as_is(doc)

    assert gc.isenabled()
    report = ingest(store, [article(f"d{i}", "2023-03-01", f"Am Montag kam Nummer {i}.")
                            for i in range(3)], analyse=analyse)
    assert report.stored == 3
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_cycle_left_by_the_analysis_is_collected_when_the_chunk_is_done(store):
    left: list[weakref.ref] = []

    def analyse(doc):
        left.append(weakref.ref(_Cycle()))  # garbage at once, but in a cycle
        return as_is(doc)

    ingest(store, [article("a", "2023-03-01", "Das Treffen ist am Freitag.")], analyse=analyse)
    assert len(left) == 1
    assert left[0]() is None


def test_a_collector_switched_off_by_the_caller_stays_off(store):
    seen: list[bool] = []

    def analyse(doc):
        seen.append(gc.isenabled())
        return as_is(doc)

    gc.disable()
    try:
        ingest(store, [article("b", "2023-03-01", "Die Wahl war im Mai.")], analyse=analyse)
        assert seen == [False]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_analysis_leaves_the_collector_on(store):
    def boom(doc):
        raise RuntimeError("boom")

    try:
        ingest(store, [article("c", "2023-03-01", "Am Dienstag.")], analyse=boom)
    except RuntimeError:
        pass
    assert gc.isenabled()
