"""The shipped German and English NER models: they load and tag plain sentences sensibly."""

import pytest

from chronik.entities import annotate, tag_spans
from chronik.entities.tagger import load_model
from chronik.pipeline import extract


def typed(text: str, lang: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.type) for s in tag_spans(text, lang)}


def test_models_load_once_per_process():
    assert load_model("de") is load_model("de")
    assert load_model("de").meta["lang"] == "de"
    assert load_model("xx") is None


@pytest.mark.parametrize("sentence, expected", [
    ("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris .",
     {("Angela Merkel", "PER"), ("Paris", "LOC")}),
    ("Der Vorstand von Siemens traf sich in München mit Vertretern der IG Metall .",
     {("Siemens", "ORG"), ("München", "LOC"), ("IG Metall", "ORG")}),
    ("Thomas Müller schoss für den FC Bayern zwei Tore .",
     {("Thomas Müller", "PER"), ("FC Bayern", "ORG")}),
])
def test_german_sentences_tag_expected_types(sentence, expected):
    assert expected <= typed(sentence, "de")


@pytest.mark.parametrize("sentence, part", [
    ("Die NATO-Staaten beraten in Brüssel .", ("NATO", "ORG")),
    ("Die Ukraine-Krise dauert an .", ("Ukraine", "LOC")),
    ("Der US-Präsident telefonierte lange .", ("US", "LOC")),
])
def test_named_first_element_of_a_compound_is_a_mention(sentence, part):
    # GermEval calls these *part* names; chronik reports the name they contain
    assert part in typed(sentence, "de")


def test_ordinary_compounds_name_nothing():
    assert typed("Die Ost-West-Beziehungen und E-Mails bleiben .", "de") == set()


@pytest.mark.skipif(load_model("en") is None, reason="no English model shipped")
def test_english_sentence_tags_expected_types():
    got = typed("Barack Obama met Angela Merkel in Berlin on Tuesday .", "en")
    assert {("Barack Obama", "PER"), ("Berlin", "LOC")} <= got


def test_offsets_index_the_original_text():
    text = "Gestern sagte  Olaf Scholz in Berlin, dass..."
    for s in tag_spans(text, "de"):
        assert text[s.start:s.end].strip() == text[s.start:s.end]


def test_document_entities_group_a_hand_written_article():
    article = ("Kanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten "
               "Emmanuel Macron empfangen. Scholz sagte, Deutschland und Frankreich stünden "
               "zusammen. Macron reiste danach weiter nach Warschau.")
    doc = extract(article, date="2023-05-09", lang="de")
    ents = {e.name: e for e in doc.entities}
    assert ents["Olaf Scholz"].type == "PER" and len(ents["Olaf Scholz"].mentions) == 2
    assert ents["Emmanuel Macron"].type == "PER" and len(ents["Emmanuel Macron"].mentions) == 2
    assert {"Berlin", "Deutschland", "Frankreich", "Warschau"} <= set(ents)
    for e in doc.entities:
        for m in e.mentions:
            assert doc.fields[m.field][m.start:m.end] == m.text


def test_without_sentences_the_regions_are_tagged():
    doc = extract("Angela Merkel besuchte Paris.", date="2020-01-01", lang="de")
    doc.sentences = []
    doc.entities = []
    annotate(doc)
    assert {e.name for e in doc.entities} >= {"Angela Merkel", "Paris"}


@pytest.mark.skipif(load_model("en") is None, reason="no English model shipped")
def test_english_documents_get_entities_even_without_temporal_data():
    doc = extract("President Joe Biden met Olaf Scholz in Washington. Biden spoke first.",
                  date="2023-03-03", lang="en")
    ents = {e.name: e for e in doc.entities}
    assert ents["Joe Biden"].type == "PER" and len(ents["Joe Biden"].mentions) == 2


def test_a_span_run_across_a_dateline_dash_is_cut_into_place_and_name():
    from chronik.entities import TaggedSpan, split_at_dashes

    text = "LONDON — The Bank of England kept its rate."
    pieces = split_at_dashes(text, TaggedSpan(0, 28, "ORG"), "en")
    assert [(text[p.start:p.end], p.type) for p in pieces] == [
        ("LONDON", "LOC"), ("Bank of England", "ORG")]


def test_a_dash_inside_a_hyphenated_name_is_no_dateline():
    from chronik.entities import TaggedSpan, split_at_dashes

    text = "Die NATO-Russland-Akte gilt."
    span = TaggedSpan(4, 21, "MISC")
    assert split_at_dashes(text, span, "de") == [span]


def test_a_name_after_an_organisation_noun_is_an_organisation():
    from chronik.entities import TaggedSpan, organisation_after_head

    text = "Die Windkrafttochter Gamesa meldete Verluste."
    span = TaggedSpan(21, 27, "PER")
    assert organisation_after_head(text, span, "de") == TaggedSpan(21, 27, "ORG")


def test_a_daughter_named_is_still_a_person():
    from chronik.entities import TaggedSpan, organisation_after_head

    text = "Seine Tochter Anna kam mit."
    span = TaggedSpan(14, 18, "PER")
    assert organisation_after_head(text, span, "de") == span


def test_a_dateline_in_capitals_is_a_place():
    from chronik.entities import TaggedSpan, dateline_place

    text = "ATLANTA (AP) — The two candidates met."
    assert dateline_place(text, TaggedSpan(0, 7, "ORG")) == TaggedSpan(0, 7, "LOC")
    # a capitalised acronym inside a sentence is no dateline
    text = "Die NATO — so heißt es — tagt."
    assert dateline_place(text, TaggedSpan(4, 8, "ORG")) == TaggedSpan(4, 8, "ORG")


def test_a_surname_the_tagger_missed_is_found_again_from_the_full_name():
    from chronik.entities import repeated_names

    fields = {"text": "Präsident Wolodymyr Selenskyj bat um Hilfe. Am Montag reist Selenskyj "
                      "nach München."}
    tagged = [("text", 10, 29, "PER"), ("text", 75, 82, "LOC")]
    assert repeated_names(tagged, fields, "de") == [("text", 60, 69, "PER")]


def test_a_surname_after_a_determiner_is_a_noun_and_a_name_of_two_types_is_left_alone():
    from chronik.entities import repeated_names

    fields = {"text": "Stefan Koch sagte ab. Der Koch kam nicht. Jordan siegte. Jordan liegt "
                      "am Meer. Jordan lachte."}
    tagged = [("text", 0, 11, "PER"), ("text", 42, 48, "PER"), ("text", 57, 63, "LOC")]
    assert repeated_names(tagged, fields, "de") == []


def test_a_repeated_name_joins_its_entity_in_the_document():
    doc = extract("Präsident Wolodymyr Selenskyj bat um Hilfe. Am Montag reist Selenskyj zur "
                  "Münchner Sicherheitskonferenz.", date="2024-02-12", lang="de")
    [person] = [e for e in doc.entities if e.type == "PER"]
    assert person.name == "Wolodymyr Selenskyj"
    assert "Selenskyj" in [m.text for m in person.mentions]


def test_a_name_and_its_acronym_in_brackets_are_one_organisation():
    doc = extract("Die Europäische Zentralbank (EZB) hat den Leitzins gesenkt. Die EZB "
                  "begründete den Schritt mit der Inflation.", date="2024-06-06", lang="de")
    [bank] = [e for e in doc.entities if e.type == "ORG"]
    assert {m.text for m in bank.mentions} >= {"EZB"}
    assert any("Zentralbank" in m.text for m in bank.mentions)
    assert not bank.name.startswith("Die ")


def test_a_word_inside_a_time_expression_is_no_entity():
    doc = extract("Die Schlacht bei Mylae fand 260 v. Chr. statt.", date="2011-02", lang="de")
    assert all("Chr" not in m.text for e in doc.entities for m in e.mentions)


def test_a_person_named_by_age_is_the_person_named_last_before():
    doc = extract("Argentinien gewann mit Lionel Messi das Finale. „Ich wollte es so sehr“, "
                  "sagte der 35-Jährige nach dem Spiel.", date="2022-12-18", lang="de")
    [messi] = [e for e in doc.entities if e.type == "PER"]
    assert "der 35-Jährige" in [m.text for m in messi.mentions]
    assert [q.speaker for q in doc.quotes] == ["Lionel Messi"]


def test_an_english_age_description_takes_a_following_demonym():
    doc = extract('Carlos Alcaraz won the final. "It is a dream," the 20-year-old Spaniard '
                  "said afterward.", date="2023-07-17", lang="en")
    [person] = [e for e in doc.entities if e.type == "PER"]
    assert "the 20-year-old Spaniard" in [m.text for m in person.mentions]
    assert [q.speaker for q in doc.quotes] == ["Carlos Alcaraz"]


def test_words_in_lower_case_are_no_name():
    from chronik.entities import tag_spans

    text = "He said the labor market remained strong."
    assert [text[s.start:s.end] for s in tag_spans(text, "en")] == []
    # one word in lower case may be a name: the agency "dpa"
    text = "Das meldet die dpa am Montag."
    assert [(text[s.start:s.end], s.type) for s in tag_spans(text, "de")] == [("dpa", "ORG")]


def test_a_name_ends_in_a_capitalised_word():
    from chronik.entities import tag_spans

    # a headline: the verb after the name is not part of it
    text = "Hurricane Milton strengthens, Florida braces for landfall"
    assert [text[s.start:s.end] for s in tag_spans(text, "en")][:1] == ["Hurricane Milton"]


def test_the_last_word_of_a_name_can_make_it_an_organisation():
    from chronik.entities import tag_spans

    text = "Forecasters at the National Hurricane Center warned of a storm surge."
    assert [(text[s.start:s.end], s.type) for s in tag_spans(text, "en")
            if "Center" in text[s.start:s.end]] == [("National Hurricane Center", "ORG")]


def test_a_name_after_an_authority_is_an_organisation():
    from chronik.entities import tag_spans

    text = "Das Beben ereignete sich in Izmir, wie die Katastrophenschutzbehörde Afad mitteilte."
    assert [(text[s.start:s.end], s.type) for s in tag_spans(text, "de")] == [
        ("Izmir", "LOC"), ("Afad", "ORG")]
