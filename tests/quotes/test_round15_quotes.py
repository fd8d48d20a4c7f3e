"""Fifteenth round (issue #5: recall), as a specification. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def reports(doc):
    return [q for q in doc.quotes if q.kind == "indirect"]


def test_a_noun_of_saying_with_its_owner_takes_the_clause():
    doc = analysed("Die Partei reagierte verärgert auf die Forderung des Vorsitzenden "
                   "Karl Berg, die Steuern für Landwirte zu senken.")
    found = reports(doc)
    assert [q.text for q in found] == ["die Steuern für Landwirte zu senken"]
    assert found[0].speaker == "Karl Berg"


def test_the_owner_of_the_noun_is_the_speaker_not_the_subject():
    doc = analysed("Der Streik begann trotz einer Warnung der Gewerkschaft, dass die "
                   "Betriebe Verluste machen.")
    found = reports(doc)
    assert [q.text for q in found] == ["dass die Betriebe Verluste machen"]
    assert "Gewerkschaft" in (found[0].speaker or "")


def test_an_owner_before_a_relative_clause_takes_no_report():
    doc = analysed("Sie las die Forderung der Mieter, die seit Jahren im Haus wohnen.")
    assert reports(doc) == []


def test_past_an_owner_an_enumeration_is_no_clause():
    doc = analysed("Das Amt prüft nach eigenen Angaben der Stadt, Bauten und Straßen, "
                   "die gefährdet seien.")
    assert all(not q.text.startswith("Bauten") for q in reports(doc))


def test_a_reason_given_in_the_passive_is_reported_speech():
    text = "Die Fähre fiel am Morgen aus. Als Ursache wurde ein Defekt am Motor angegeben."
    found = reports(analysed(text))
    assert [q.text for q in found] == ["Als Ursache wurde ein Defekt am Motor angegeben."]


def test_a_reason_given_with_a_separable_verb_names_its_speaker():
    text = ("Das Konzert wurde abgesagt. Als Grund gab der Veranstalter die schlechte "
            "Wettervorhersage an.")
    found = reports(analysed(text))
    assert [q.text for q in found] == [
        "Als Grund gab der Veranstalter die schlechte Wettervorhersage an."]
    assert found[0].speaker and "Veranstalter" in found[0].speaker


def test_a_reason_without_anyone_giving_it_is_no_report():
    doc = analysed("Der Zug hatte Verspätung. Als Grund für die Verspätung gilt der Sturm.")
    assert reports(doc) == []


def test_common_verbs_of_saying_beyond_the_training_data():
    for verb in ("erwiderte", "bemängelte", "rügte", "prognostizierte"):
        found = reports(analysed(f"Der Sprecher {verb}, dass die Pläne viel zu teuer sind."))
        assert [q.text for q in found] == ["dass die Pläne viel zu teuer sind"], verb
        assert "Sprecher" in (found[0].speaker or "")


def test_separable_verbs_of_hinting_and_suggesting():
    found = reports(analysed("Die Ministerin deutete am Montag an, dass die Gebühren "
                             "steigen könnten."))
    assert [q.text for q in found] == ["dass die Gebühren steigen könnten"]
    found = reports(analysed("Der Rat regte an, die Schulen früher zu öffnen."))
    assert [q.text for q in found] == ["die Schulen früher zu öffnen"]


def test_the_will_of_a_body_frames_a_report():
    found = reports(analysed("Nach dem Willen der Koalition soll das Gesetz im Mai in "
                             "Kraft treten."))
    assert [q.text for q in found] == ["soll das Gesetz im Mai in Kraft treten"]
    assert "Koalition" in (found[0].speaker or "")


def test_verbs_of_how_it_was_said_frame_a_quotation():
    for verb in ("schimpfte", "jubelte", "lachte", "seufzte", "freute sich"):
        doc = analysed(f"„Das war knapp“, {verb} die Trainerin.")
        assert [(q.kind, q.text, q.speaker) for q in doc.quotes] == [
            ("direct", "„Das war knapp“", "Trainerin")], verb


def test_laughing_alone_reports_nothing():
    assert analysed("Die Trainerin lachte, als sie das Ergebnis sah.").quotes == []


def test_a_short_clause_before_hiess_es_is_reported():
    found = reports(analysed("Niemand wurde verletzt, hieß es aus Polizeikreisen."))
    assert [q.text for q in found] == ["Niemand wurde verletzt"]


def test_a_short_main_clause_before_a_speech_verb_is_reported():
    found = reports(analysed("Niemand wurde verletzt, sagte ein Polizeisprecher."))
    assert [q.text for q in found] == ["Niemand wurde verletzt"]


def test_two_words_without_a_verb_before_a_speech_verb_are_no_report():
    assert reports(analysed("Im Gegenteil, sagte er.")) == []


def test_admitting_and_pleading_are_speech_acts_without_a_clause():
    for sentence in ("Der Kanzler räumte am Montag schwere Fehler ein.",
                     "Die Verteidigerin plädierte auf Freispruch."):
        found = reports(analysed(sentence))
        assert [q.text for q in found] == [sentence]


def test_das_sagte_x_after_a_quotation_names_its_speaker():
    doc = analysed("„Wir müssen jetzt handeln.“ Das sagte die Ministerin am Dienstag in Berlin.")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [("direct", "Ministerin")]


def test_a_sentence_after_a_quotation_without_a_speech_verb_names_no_one():
    doc = analysed("„Wir müssen jetzt handeln.“ Das ist die Meinung vieler Bürger.")
    assert [q.speaker for q in doc.quotes] == [None]


def test_certainty_awareness_and_expectation_take_a_clause():
    for frame in ("Damals war sich die Polizei sicher", "Die Ärzte sind sich bewusst",
                  "Die Parteien sind sich einig", "Experten rechnen damit"):
        found = reports(analysed(f"{frame}, dass die Zahlen steigen."))
        assert [q.text for q in found] == ["dass die Zahlen steigen"], frame


def test_sure_without_a_clause_is_no_speech_act():
    assert reports(analysed("Die Brücke ist sicher.")) == []


def test_a_noun_of_saying_before_a_verb_particle_takes_the_clause():
    found = reports(analysed("Die Forscher stellten die These auf, dass die Vögel dem "
                             "Magnetfeld folgen."))
    assert [q.text for q in found] == ["dass die Vögel dem Magnetfeld folgen"]


def test_a_sentence_opening_with_seit_and_a_bare_noun_is_a_main_clause():
    found = reports(analysed("Seit Montag ist die Brücke gesperrt, teilte die Stadt mit."))
    assert [q.text for q in found] == ["Seit Montag ist die Brücke gesperrt"]
    found = reports(analysed("Seit Jahren steigen die Mieten in der Stadt, sagte der "
                             "Mieterbund."))
    assert [q.text for q in found] == ["Seit Jahren steigen die Mieten in der Stadt"]


def test_seit_opening_a_clause_is_no_report():
    assert reports(analysed("Seit Peter im Amt ist, sagte der Mieterbund.")) == []


def test_verbs_that_frame_a_quotation_only_right_after_it():
    for frame in ("findet der Trainer", "lobt der Trainer", "wundert sich auch der Trainer"):
        doc = analysed(f"„Das war ein gutes Spiel“, {frame}.")
        assert [(q.kind, q.speaker) for q in doc.quotes] == [("direct", "Trainer")], frame


def test_findet_statt_after_a_quoted_name_is_no_frame():
    doc = analysed("Der Wettbewerb „Jugend forscht“, findet in diesem Jahr in Kiel statt.")
    assert doc.quotes == []


def test_findet_elsewhere_is_no_speech_verb():
    assert reports(analysed("Die Polizei findet die Leiche, die seit Tagen im Wald lag.")) == []


def test_a_frame_only_verb_after_a_konjunktiv_clause_frames_it():
    found = reports(analysed("Die Mannschaft habe gut gekämpft, lobte der Trainer."))
    assert [(q.text, q.speaker) for q in found] == [("Die Mannschaft habe gut gekämpft",
                                                      "Trainer")]
