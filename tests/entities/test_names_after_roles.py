"""A name right after a capitalised role is a person, even where the tagger found nothing
(English data: `names_after_roles`). Hand-written sentences."""

from chronik.pipeline import extract


def people(text, lang="en"):
    return [e.name for e in extract(text, date="2026-05-14", lang=lang).entities
            if e.type == "PER"]


def test_a_name_after_a_nationality_and_a_role_is_a_person():
    assert "Rodrigo Salcedo" in people("Chilean President Rodrigo Salcedo arrived in Ottawa "
                                       "on Thursday for a three-day state visit.")


def test_a_place_after_a_role_stays_no_person_made_by_the_rule():
    # (the rule adds no span where a place name stands)
    assert "Quebec City" not in people("Governor Quebec City officials met on Thursday.")


def test_german_text_is_left_to_the_tagger():
    # German nouns are capitalised: the rule is off there
    assert people("Präsident Wahlkampf Termine wurden am Montag verschoben.", "de") == []


def test_a_last_name_with_a_capital_beyond_a_to_z_stays_part_of_the_name():
    assert people("Gunnar Ólafsson said the barriers had held.") == ["Gunnar Ólafsson"]
