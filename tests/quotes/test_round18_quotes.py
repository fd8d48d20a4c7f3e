"""Eighteenth round (issue #5), as a specification. Hand-written sentences after the
constructions two blind reviews of seed-like articles found missing."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str, lang: str = "de"):
    return extract(text, date="2024-03-01", lang=lang)


def texts(doc, kind: str | None = None):
    return [q.text for q in doc.quotes if kind is None or q.kind == kind]


def test_an_unlisted_konjunktiv_after_a_short_subject_continues_the_report():
    doc = analysed("Die Bürgermeisterin Petra Lindholm sagte, alle Brunnen würden gereinigt. "
                   "Die Reinigung dauere mindestens zehn Tage.")
    assert texts(doc) == ["alle Brunnen würden gereinigt",
                          "Die Reinigung dauere mindestens zehn Tage."]
    assert doc.quotes[1].speaker == "Petra Lindholm"


def test_an_unlisted_konjunktiv_after_a_pronoun_continues_the_report():
    doc = analysed("Der Förster Hannes Brückl sagte, der Wald sei trocken. Er zähle "
                   "deshalb auf einen langen Sommer.")
    assert texts(doc) == ["der Wald sei trocken", "Er zähle deshalb auf einen langen Sommer."]


def test_the_same_shape_without_a_report_before_it_is_no_quotation():
    doc = analysed("Das Wetter war schön. Die Reinigung dauere mindestens zehn Tage.")
    assert texts(doc) == []


def test_an_adjective_in_the_second_slot_is_no_konjunktiv():
    doc = analysed("Der Trainer Olaf Sämisch sagte, die Mannschaft sei bereit. Die alte "
                   "und die neue Halle stehen nebeneinander.")
    assert texts(doc) == ["die Mannschaft sei bereit"]


def test_sowie_in_the_second_slot_is_no_verb():
    doc = analysed("Der Kämmerer Tobias Wendt sagte, die Kasse sei leer. Die Union sowie "
                   "die Grünen lehnen den Haushalt ab.")
    assert texts(doc) == ["die Kasse sei leer"]


def test_a_t_stem_konjunktiv_continues_the_report():
    doc = analysed("„Das waren Könner“, sagte Kommissarin Ute Rahlfs. Die Bilder seien "
                   "kaum zu verkaufen. Sie vermute deshalb einen Auftrag.")
    assert texts(doc)[-1].endswith("Sie vermute deshalb einen Auftrag.")


def test_a_dative_pronoun_before_zufolge_names_the_person_before():
    doc = analysed("Museumsleiter Arno Quast zeigte sich erschüttert. Der Schaden liegt ihm "
                   "zufolge bei zwei Millionen Euro.")
    assert texts(doc) == ["Der Schaden liegt ihm zufolge bei zwei Millionen Euro"]
    assert doc.quotes[0].speaker == "Arno Quast"


def test_a_pronoun_zufolge_without_a_person_before_names_no_thing():
    doc = analysed("Die Ausstellung wurde geschlossen. Der Schaden liegt ihr zufolge bei "
                   "zwei Millionen Euro.")
    assert [q.speaker for q in doc.quotes] == [None]


def test_a_female_role_with_an_umlaut_is_the_person_introduced_with_it():
    doc = analysed("„Wir müssen schnell sein“, sagte Landrätin Helga Brünning. Nach Angaben "
                   "der Landrätin ist es der zweite Brand im Kreis.")
    assert [q.speaker for q in doc.quotes] == ["Helga Brünning", "Helga Brünning"]


def test_a_role_inside_the_name_is_the_person_in_english():
    doc = analysed("Princess Odile opened the bridge. \"It will stand for a century,\" the "
                   "princess told the guests.", lang="en")
    assert [q.speaker for q in doc.quotes] == ["Princess Odile"]


def test_a_hedge_before_a_semicolon_and_a_konjunktiv_continues_the_report():
    doc = analysed("Der Einsatzleiter Jan Overbeck sagte, der Verkehr sei dicht. Fahrer "
                   "müssten sich auf Wartezeiten einstellen; am Abend sei die Strecke frei.")
    assert texts(doc)[-1] == ("Fahrer müssten sich auf Wartezeiten einstellen; am Abend sei "
                              "die Strecke frei.")


def test_a_hedge_before_a_semicolon_without_a_konjunktiv_is_the_writers():
    doc = analysed("Der Einsatzleiter Jan Overbeck sagte, der Verkehr sei dicht. Fahrer "
                   "müssten sich auf Wartezeiten einstellen; am Abend war die Strecke frei.")
    assert texts(doc) == ["der Verkehr sei dicht"]


def test_a_date_in_apposition_does_not_cut_the_continuation():
    doc = analysed("Eine Sprecherin, Mia Falkner, sagte, die Halle bleibe zu. Das für Freitag, "
                   "12. Januar, geplante Turnier sei abgesagt.")
    assert texts(doc)[-1] == "Das für Freitag, 12. Januar, geplante Turnier sei abgesagt."


def test_a_clause_joined_after_the_frame_leaves_the_frame_in_place():
    doc = analysed("Mayor Nora Whitfield closed the school. Classes will resume Monday at "
                   "the earliest, she said, and parents will be told by noon Sunday.", lang="en")
    assert texts(doc) == ["Classes will resume Monday at the earliest"]
    assert doc.quotes[0].speaker == "Nora Whitfield"


def test_the_one_asked_answers_with_the_quotation_after_the_colon():
    doc = analysed("Tom Baker spoke first. Maria Lindqvist, who lost in 2022, was asked about "
                   "the final: \"I will sleep well tonight.\"", lang="en")
    assert [q.speaker for q in doc.quotes] == ["Maria Lindqvist"]


def test_the_one_asked_answers_in_german_too():
    doc = analysed("Tom Baker sprach zuerst. Ruth Okafor, die 2022 verlor, wurde nach dem "
                   "Finale gefragt: „Ich werde heute gut schlafen.“")
    assert [q.speaker for q in doc.quotes] == ["Ruth Okafor"]
