"""Round eleven of the entities, as a specification: a surname the tagger's lexicon does
not know, right after a first name, stays part of the person; more German role words.
Hand-written sentences."""

import pytest

from chronik.pipeline import extract


def people(text, lang="de"):
    doc = extract(text, date="2025-01-21", lang=lang)
    return sorted(e.name for e in doc.entities if e.type == "PER")


@pytest.mark.parametrize("text, expected", [
    # an unknown surname at the end of a sentence, untagged by the model
    ("Der Fernverkehr bleibe eingestellt, sagte Miriam Kohlhase.", ["Miriam Kohlhase"]),
    # ... or tagged a place by its ending ("-dorf")
    ("Die Gewerkschaft sei eingeladen, erklärte Personalvorständin Katrin Ostendorf.",
     ["Katrin Ostendorf"]),
    # a known common noun after a surname is not part of the name
    ("Das sagte Merkel Journalisten in Berlin.", ["Merkel"]),
    # role words before a name are no part of it
    ("EU-Kommissarin Anna Berg und Verfassungsrichter Paul Kirch schwiegen.",
     ["Anna Berg", "Paul Kirch"]),
    ("Datenschutzbeauftragte Ulrike Hahn widersprach.", ["Ulrike Hahn"]),
])
def test_person_names(text, expected):
    assert people(text) == expected


def test_english_abbreviated_titles_are_no_part_of_the_name():
    doc = extract("Gov. Gavin Newsom and Sen. Mike Lowe spoke on Tuesday.", date="2025-05-22",
                  lang="en")
    assert sorted(e.name for e in doc.entities if e.type == "PER") == ["Gavin Newsom",
                                                                        "Mike Lowe"]


def test_a_name_told_family_name_first():
    doc = extract("Kenji Morita met his counterpart, Park Ji-won, on Saturday. Park said the "
                  "talks were useful.", date="2025-09-22", lang="en")
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PER"}
    assert people == {"Kenji Morita": ["Kenji Morita"], "Park Ji-won": ["Park Ji-won", "Park"]}
    assert [q.speaker for q in doc.quotes] == ["Park Ji-won"]
