"""Fourteenth round (issue #5: precision), as a specification. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def direct_texts(doc):
    return [q.text for q in doc.quotes if q.kind == "direct"]


def test_a_motto_is_a_name_not_a_quotation():
    doc = analysed("Die Bürgermeisterin sagte, unter dem Motto „Sauberer Fluss für alle“ "
                   "würden am Samstag Helfer das Ufer aufräumen.")
    assert "„Sauberer Fluss für alle“" not in direct_texts(doc)


def test_a_germ_named_after_its_noun_is_no_quotation():
    doc = analysed("Die Ärztin erklärte, die Gefahr gehe vor allem vom Bakterium "
                   "„Muster bacillus“ aus.")
    assert "„Muster bacillus“" not in direct_texts(doc)


def test_known_as_introduces_a_name():
    doc = analysed("Der Sprecher sagte, das als „Graues Haus“ bekannte Gebäude werde "
                   "im Herbst abgerissen.")
    assert "„Graues Haus“" not in direct_texts(doc)


def test_calls_itself_introduces_a_name():
    doc = analysed("Die Gruppe trifft sich jeden Montag. Seit dem Frühjahr nennt sie sich "
                   "„Grüne Bänke“, berichtete der Sprecher des Vereins.")
    assert "„Grüne Bänke“" not in direct_texts(doc)


def test_one_calls_it_introduces_a_term():
    doc = analysed("Der Experte erklärte, die Preise seien gestiegen. So etwas nennt man "
                   "eine „Blase“, sagte er.")
    assert "„Blase“" not in direct_texts(doc)


def test_a_quotation_after_als_without_bekannt_still_counts():
    doc = analysed("Der Minister bezeichnete den Plan als „völlig verfehlt“.")
    assert direct_texts(doc) == ["„völlig verfehlt“"]


def test_models_named_as_examples_are_no_quotations():
    doc = analysed("Als Beispiele nannte der Hersteller die Modelle „Falke“ und „Sperber“, "
                   "die im Sommer auf den Markt kommen sollen.")
    assert "„Falke“" not in direct_texts(doc)


def test_a_medium_in_a_wie_frame_is_a_name_and_still_the_source():
    doc = analysed("Wie „nordwelle online“ berichtet, sei die Brücke seit Jahren marode.")
    assert direct_texts(doc) == []
    reports = [q for q in doc.quotes if q.kind == "indirect"]
    assert [q.text for q in reports] == ["sei die Brücke seit Jahren marode"]


def test_what_one_calls_something_is_no_speech_act():
    doc = analysed("Die Brücke über den Kanal wurde 1890 gebaut. Eisernen Riesen nannte man "
                   "solche Bauwerke damals.")
    assert doc.quotes == []


def test_a_naming_verb_with_a_subject_still_reports():
    doc = analysed("Der Bürgermeister nannte solche Bauwerke einen Gewinn für die Stadt.")
    assert len(doc.quotes) == 1


def test_requesting_help_is_no_speech_act():
    doc = analysed("Nach dem Hochwasser forderte der Landrat zwei Hubschrauber an und ließ "
                   "die Straße sperren.")
    assert doc.quotes == []


def test_a_demand_without_an_is_still_reported():
    doc = analysed("Der Landrat forderte mehr Geld für den Deichbau.")
    assert len(doc.quotes) == 1


def test_a_question_with_a_frame_reports_nothing():
    doc = analysed("Reporter: Welche Folgen hat das Urteil Ihrer Meinung nach für die Mieter?")
    assert doc.quotes == []


def test_a_statement_with_the_same_frame_still_reports():
    doc = analysed("Das Urteil hat nach Angaben des Mieterbundes keine Folgen für die Mieter.")
    assert len(doc.quotes) == 1
