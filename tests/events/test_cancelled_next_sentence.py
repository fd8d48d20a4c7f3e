"""A sentence that cancels what it points back to cancels the plan of the sentence right
before it, and only that one."""

from __future__ import annotations

from chronik.pipeline import extract


def _statuses(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.status) for e in extract(text, date="2024-03-01", lang=lang).events]


def test_the_next_sentence_cancels_the_plan_before_it():
    assert _statuses("Eine Probefahrt war für Sonntag angesetzt. Das Komitee hat sie abgesagt.",
                     "de") == [("angesetzt", "cancelled")]
    assert _statuses("A test run was scheduled for Sunday. It was cancelled.", "en") == \
        [("scheduled", "cancelled")]


def test_a_sentence_further_on_cancels_nothing():
    assert _statuses("Eine Probefahrt war für Sonntag angesetzt. Es regnete stark. Das "
                     "Komitee hat sie abgesagt.", "de") == [("angesetzt", "planned")]


def test_a_cancelling_sentence_without_an_event_before_it_changes_nothing():
    assert _statuses("Es regnete stark. Das Komitee hat sie abgesagt. Eine Probefahrt ist "
                     "für Sonntag angesetzt.", "de") == [("angesetzt", "planned")]
