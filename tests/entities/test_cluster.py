"""Grouping mentions into one entity per referent (given the name spans, no model needed)."""

import re

import pytest

from chronik.entities.cluster import cluster


def spans_of(text: str, names: dict[str, str]) -> list[tuple[str, int, int, str]]:
    """Every occurrence of each name (longest first, no overlaps) as a typed span."""
    taken: list[tuple[int, int]] = []
    out = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(("text", m.start(), m.end(), names[name]))
    return out


def entities_of(text: str, names: dict[str, str], lang: str = "de"):
    return {e.name: e for e in cluster(spans_of(text, names), {"text": text}, lang)}


PUTIN = ("Der russische Präsident Wladimir Putin will mit Biden telefonieren. Putins Sprecher "
         "schwieg. Präsident Putin sei bereit. Der russische Präsident arbeite oft spät. "
         "Er sagte nichts.")


def test_putin_variants_are_one_person_named_in_full():
    ents = entities_of(PUTIN, {"Wladimir Putin": "PER", "Putin": "PER", "Putins": "PER",
                               "Biden": "PER"})
    putin = ents["Wladimir Putin"]
    assert putin.type == "PER"
    texts = [m.text for m in putin.mentions]
    assert texts == ["russische Präsident Wladimir Putin", "Putins", "Präsident Putin",
                     "Der russische Präsident"]
    assert set(ents) == {"Wladimir Putin", "Biden"}


def test_mentions_point_into_the_text():
    ents = entities_of(PUTIN, {"Wladimir Putin": "PER", "Putin": "PER"})
    for m in ents["Wladimir Putin"].mentions:
        assert PUTIN[m.start:m.end] == m.text


def test_pronoun_is_not_an_entity():
    ents = entities_of(PUTIN, {"Wladimir Putin": "PER", "Putin": "PER"})
    assert all("Er" != m.text for e in ents.values() for m in e.mentions)


PESKOW = ("Am Morgen äußerte sich der Kremlsprecher Dmitri Peskow. Der Sprecher des Präsidenten "
          "teilte mit, es gebe kein Problem. Peskow fügte hinzu, Moskau sei bereit. "
          "Dem Sprecher zufolge ist alles klar.")


def test_role_descriptions_join_the_person_with_that_role():
    ents = entities_of(PESKOW, {"Dmitri Peskow": "PER", "Peskow": "PER", "Moskau": "LOC"})
    peskow = ents["Dmitri Peskow"]
    assert [m.text for m in peskow.mentions] == [
        "Kremlsprecher Dmitri Peskow", "Der Sprecher des Präsidenten", "Peskow", "Dem Sprecher"]
    assert ents["Moskau"].type == "LOC"


def test_role_goes_to_the_person_of_matching_nationality():
    text = ("US-Präsident Joe Biden und der russische Präsident Wladimir Putin sprachen. "
            "Der russische Präsident sagte danach wenig.")
    ents = entities_of(text, {"Joe Biden": "PER", "Wladimir Putin": "PER"})
    assert ents["Wladimir Putin"].mentions[-1].text == "Der russische Präsident"
    assert [m.text for m in ents["Joe Biden"].mentions] == ["US-Präsident Joe Biden"]


def test_plural_role_is_nobody():
    text = "Präsident Wladimir Putin traf Biden. Die Präsidenten hätten viele Themen."
    ents = entities_of(text, {"Wladimir Putin": "PER", "Biden": "PER"})
    assert all("Präsidenten" not in m.text for e in ents.values() for m in e.mentions)


def test_role_without_a_known_holder_is_not_an_entity():
    ents = entities_of("Der Sprecher der Firma schwieg.", {})
    assert ents == {}


def test_genitive_and_country_variants_group_under_one_name():
    text = ("Die USA warnen. Die Vereinigten Staaten und Russland streiten. Russlands Haltung. "
            "Eine Sitzung des NATO-Russland-Rates ist geplant.")
    ents = entities_of(text, {"USA": "LOC", "Russland": "LOC", "Russlands": "LOC",
                              "NATO-Russland-Rates": "ORG"})
    assert [m.text for m in ents["Russland"].mentions] == ["Russland", "Russlands"]
    assert "NATO-Russland-Rat" in ents


def test_surname_shared_by_two_people_goes_to_the_one_introduced_first():
    # the article's subject: "Eleanor Whitcombe … her son, Thomas Whitcombe … Whitcombe
    # studied in London" is Eleanor
    text = "Joe Biden lobte Hunter Biden. Biden sagte dann nichts mehr."
    ents = entities_of(text, {"Joe Biden": "PER", "Hunter Biden": "PER", "Biden": "PER"})
    assert [m.text for m in ents["Joe Biden"].mentions] == ["Joe Biden", "Biden"]
    assert [m.text for m in ents["Hunter Biden"].mentions] == ["Hunter Biden"]


def test_english_role_and_possessive():
    text = ("Russian President Vladimir Putin spoke. Putin's aide listened. "
            "The Russian president left early.")
    ents = entities_of(text, {"Vladimir Putin": "PER", "Putin's": "PER"}, lang="en")
    assert [m.text for m in ents["Vladimir Putin"].mentions] == [
        "Russian President Vladimir Putin", "Putin's", "The Russian president"]


def test_role_word_inside_the_tagged_span_is_not_part_of_the_name():
    text = "Chancellor Olaf Scholz arrived. Scholz spoke. The chancellor left."
    ents = entities_of(text, {"Chancellor Olaf Scholz": "PER", "Scholz": "PER"}, lang="en")
    assert [m.text for m in ents["Olaf Scholz"].mentions] == [
        "Chancellor Olaf Scholz", "Scholz", "The chancellor"]


def test_a_one_word_name_takes_the_type_most_of_its_mentions_have_in_the_document():
    text = "Moskau schweigt. Kiew wirft Moskau Truppenbewegungen vor. Die Vorwürfe gegen Moskau."
    # the tagger read the second *Moskau* (an agent) as a person
    moskau = [m.span() for m in re.finditer("Moskau", text)]
    spans = [("text", *moskau[0], "LOC"), ("text", 17, 21, "LOC"),
             ("text", *moskau[1], "PER"), ("text", *moskau[2], "LOC")]
    ents = {e.name: e for e in cluster(spans, {"text": text}, "de")}
    assert set(ents) == {"Moskau", "Kiew"}
    assert ents["Moskau"].type == "LOC" and len(ents["Moskau"].mentions) == 3


def test_a_tie_between_types_keeps_each_mention_its_own_type():
    text = "Washington sprach. Dann flog er nach Washington."
    spans = [("text", 0, 10, "PER"), ("text", 37, 47, "LOC")]
    ents = cluster(spans, {"text": text}, "de")
    assert [e.type for e in ents] == ["PER"]  # the place joins the person, as before


def test_a_dateline_in_capitals_yields_to_the_name_as_written_in_running_text():
    text = "LONDON — Die Bank tagte. In London regnete es."
    found = entities_of(text, {"LONDON": "LOC", "London": "LOC"})
    assert list(found) == ["London"]
    assert [m.text for m in found["London"].mentions] == ["LONDON", "London"]


def test_the_president_is_not_the_former_president():
    text = ("President Joe Biden and former President Donald Trump met. "
            "Many worried about the president's performance.")
    found = entities_of(text, {"Joe Biden": "PER", "Donald Trump": "PER"}, lang="en")
    assert "the president" in [m.text for m in found["Joe Biden"].mentions]
    assert "the president" not in [m.text for m in found["Donald Trump"].mentions]


def test_an_organisation_named_with_its_noun_is_found_again_by_that_noun():
    text = ("Die Gewerkschaft EVG hat einen Streik angekündigt. Der Ausstand soll um 0 Uhr "
            "beginnen, teilte die Gewerkschaft mit.")
    found = entities_of(text, {"EVG": "ORG"})
    assert list(found) == ["EVG"]
    assert [m.text for m in found["EVG"].mentions] == ["EVG", "die Gewerkschaft"]


def test_a_noun_before_any_organisation_introduced_with_it_links_nothing():
    text = "Die Gewerkschaft kritisierte die Pläne. Später meldete sich der Verband ADAC."
    found = entities_of(text, {"ADAC": "ORG"})
    assert [m.text for m in found["ADAC"].mentions] == ["ADAC"]


def test_the_bank_is_the_bank_named_before():
    text = "The Bank of England kept its rate. Governor Bailey said the bank would wait."
    found = entities_of(text, {"Bank of England": "ORG", "Bailey": "PER"}, lang="en")
    assert [m.text for m in found["Bank of England"].mentions] == ["Bank of England", "the bank"]


@pytest.mark.parametrize("text, lang, name, kind", [
    # a storm is no person (`misc_name_starts`)
    ("Storm Freya forced airlines to cancel flights on Monday.", "en", "Storm Freya", "MISC"),
    ("Hurricane Milton made landfall in Florida.", "en", "Hurricane Milton", "MISC"),
    ("Sturmtief Zoltan hat am Montag Bäume entwurzelt.", "de", "Zoltan", "MISC"),
    # names whose type the language data knows (`[name_types]`)
    ("The Senate passed the bill on Monday, the UN said.", "en", "Senate", "ORG"),
    ("The Senate passed the bill on Monday, the UN said.", "en", "UN", "ORG"),
    ("Die UN forderten eine Waffenruhe.", "de", "UN", "ORG"),
    # a nationality adjective alone is MISC in English (CoNLL)
    ("Moldovan President Ana Rusu met Ukrainian officials.", "en", "Ukrainian", "MISC"),
])
def test_a_name_takes_its_type_from_the_language_data(text, lang, name, kind):
    from chronik.pipeline import extract

    types = {e.name: e.type for e in extract(text, date="2025-12-22", lang=lang).entities}
    assert types.get(name) == kind


@pytest.mark.parametrize("text, person", [
    ("U.S. Secretary of State Antony Blinken met the president in Ankara.", "Antony Blinken"),
    ("Attorney General Merrick Garland would testify on Thursday.", "Merrick Garland"),
    ("Secretary-General Antonio Guterres spoke with reporters.", "Antonio Guterres"),
])
def test_a_title_of_several_words_is_no_part_of_the_name_after_it(text, person):
    # `title_phrases`: the tagger took "State" into a place "State Antony Blinken"
    from chronik.pipeline import extract

    entities = extract(text, date="2025-12-22", lang="en").entities
    assert {e.name: e.type for e in entities}.get(person) == "PER"
    assert not any(w in e.name for e in entities for w in ("State", "General"))


def test_a_title_alone_is_no_name():
    from chronik.pipeline import extract

    text = "Blinken met the Secretary of Defense on Monday."
    names = [e.name for e in extract(text, date="2025-12-22", lang="en").entities]
    assert "Secretary of Defense" not in names and "Defense" not in names


@pytest.mark.parametrize("headline", [
    "Bundestag beschließt Mietpreisgesetz",  # a compound common noun (`common_noun_ends`)
    "Warnstreik legt Frankfurter Flughafen lahm",  # and a word in lower case
])
def test_a_headlines_common_nouns_are_no_names(headline):
    from chronik.pipeline import extract

    names = {e.name for e in extract(headline, date="2025-03-06", lang="de").entities}
    assert not names & {"Mietpreisgesetz", "Warnstreik", "lahm"}


def test_a_surname_that_ends_like_a_common_noun_stays_a_name():
    from chronik.pipeline import extract

    names = {e.name for e in extract("Klaus Hartung und Peter Gipfel trafen sich am Montag.",
                                     date="2025-03-06", lang="de").entities}
    assert {"Klaus Hartung", "Peter Gipfel"} <= names


def test_the_inflected_forms_of_a_name_opened_by_an_adjective_are_one_entity():
    text = "Das Weiße Haus teilte mit, der Präsident bleibe im Weißen Haus."
    ents = entities_of(text, {"Weiße Haus": "LOC", "Weißen Haus": "LOC"})
    assert list(ents) == ["Weiße Haus"]
    assert [m.text for m in ents["Weiße Haus"].mentions] == ["Weiße Haus", "Weißen Haus"]


def test_a_last_name_with_foreign_letters_stays_in_the_name():
    from chronik.pipeline import extract

    names = {e.name for e in extract("Am Abend will Putin mit Präsident Recep Tayyip Erdoğan "
                                     "telefonieren.", date="2022-07-19", lang="de").entities}
    assert "Recep Tayyip Erdoğan" in names


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it():
    text = "Der Verein hat Daniel Okafor verpflichtet. „Daniel ist genau der Richtige“, sagte Lenz."
    ents = entities_of(text, {"Daniel Okafor": "PER", "Daniel": "PER", "Lenz": "PER"})
    assert [m.text for m in ents["Daniel Okafor"].mentions] == ["Daniel Okafor", "Daniel"]


@pytest.mark.parametrize("text, place", [
    ("Der Emir Katars empfing am Montag den Kanzler.", "Katar"),
    ("Die Regierung Katars teilte mit, man vermittle weiter.", "Katar"),
])
def test_a_country_in_the_genitive_is_a_place_not_a_person(text, place):
    from chronik.pipeline import extract

    entities = extract(text, date="2025-12-22", lang="de").entities
    assert {e.name: e.type for e in entities}.get(place) == "LOC"
    assert not any(e.type == "PER" for e in entities)


@pytest.mark.parametrize("text, lang, person", [
    # the role and nationality before a name are no part of it
    ("Indian Prime Minister Narendra Modi will not attend the summit.", "en", "Narendra Modi"),
    # a name cut at its particle is one name (`name_particles`)
    ("Brazilian President Luiz Inacio Lula da Silva opened the debate.", "en",
     "Luiz Inacio Lula da Silva"),
    ("Brasiliens Präsident Luiz Inácio Lula da Silva eröffnete die Debatte.", "de",
     "Luiz Inácio Lula da Silva"),
])
def test_a_person_is_named_by_the_name_alone(text, lang, person):
    from chronik.pipeline import extract

    names = {e.name: e.type for e in extract(text, date="2025-12-22", lang=lang).entities}
    assert names.get(person) == "PER"
    assert not any(person in n and n != person for n in names)


def test_a_role_of_two_words_before_a_name_links_its_description():
    from chronik.pipeline import extract

    text = ("Indian Prime Minister Narendra Modi will not attend. "
            "The prime minister said he was busy.")
    found = {e.name: e for e in extract(text, date="2025-12-22", lang="en").entities}
    assert [m.text for m in found["Narendra Modi"].mentions][-1] == "The prime minister"
