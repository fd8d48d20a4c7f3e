"""Round twelve of the entities, as a specification (hand-written sentences)."""

from chronik.pipeline import extract


def names(text, lang="en"):
    return {(e.name, e.type) for e in extract(text, date="2026-10-12", lang=lang).entities}


def test_a_place_in_the_possessive_before_a_person_is_a_name_of_its_own():
    got = names("The win now goes to Ethiopia's Tesfaye Alemu, who finished second.")
    assert ("Tesfaye Alemu", "PER") in got
    assert ("Ethiopia", "LOC") in got
