"""Round twelve of the entities, as a specification (hand-written sentences)."""

from chronik.pipeline import extract


def names(text, lang="en"):
    return {(e.name, e.type) for e in extract(text, date="2026-10-12", lang=lang).entities}


def test_a_place_in_the_possessive_before_a_person_is_a_name_of_its_own():
    got = names("The win now goes to Ethiopia's Tesfaye Alemu, who finished second.")
    assert ("Tesfaye Alemu", "PER") in got
    assert ("Ethiopia", "LOC") in got


def test_a_person_after_a_role_and_where_they_work_are_two_names():
    got = names("According to analyst Priya Natarajan of Harbor Securities, the price is high.")
    assert ("Priya Natarajan", "PER") in got
    assert ("Harbor Securities", "ORG") in got


def test_an_organisation_named_with_of_stays_one():
    assert ("Bank of England", "ORG") in names("The Bank of England raised rates on Thursday.")
