"""Eleventh round (issue #5, recall), as a specification: constructions the rules missed
on the training articles 1–450. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def spoken(doc):
    return sorted((q.kind, q.text, q.speaker) for q in doc.quotes)


def test_a_quotation_a_medium_relays_is_given_once_per_source():
    doc = analysed("Der Hafen bleibt gesperrt. „Das Eis ist dieses Jahr dicker als sonst“, "
                   "zitiert ndr.de Hafenmeister Ole Brandt.")
    quote = "„Das Eis ist dieses Jahr dicker als sonst“"
    assert spoken(doc) == [("direct", quote, "Ole Brandt"), ("direct", quote, "ndr.de")]


def test_a_passive_quoting_frame_names_the_medium_after_von():
    doc = analysed("Die Trainerin Maren Voss wird von der Nachrichtenagentur Reuters mit den "
                   "Worten zitiert, die Mannschaft sei noch nicht bereit.")
    clause = "die Mannschaft sei noch nicht bereit"
    assert spoken(doc) == [("indirect", clause, "Maren Voss"), ("indirect", clause, "Reuters")]


def test_the_medium_before_an_active_quoting_verb():
    doc = analysed("Der Spiegel zitiert den Bürgermeister Karl Odenthal mit den Worten „Wir "
                   "bauen die Brücke bis zum Herbst wieder auf.“")
    assert {q.speaker for q in doc.quotes} == {"Karl Odenthal", "Der Spiegel"}
    assert len({q.text for q in doc.quotes}) == 1


def test_a_quotation_without_a_medium_is_given_once():
    doc = analysed("„Wir sind sehr zufrieden“, zitierte man den Trainer Jonas Ehlers.")
    assert len(doc.quotes) == 1


def test_a_quoted_sentence_inside_a_sentence_without_a_verb_of_saying():
    doc = analysed("Das Rathaus veröffentlichte die Antwort, „Leider können wir dazu nichts "
                   "sagen, die Akten sind noch beim Gericht“, am Abend im Internet.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("direct", "„Leider können wir dazu nichts sagen, die Akten sind noch beim Gericht“")]


def test_a_long_title_in_quotation_marks_is_no_quotation():
    doc = analysed("Der Sender zeigt am Sonntag den Film „Die Rückkehr der Wölfe in die "
                   "Lausitz und den Harz“ zum ersten Mal.")
    assert doc.quotes == []


def test_a_quoted_name_in_an_indicative_clause_before_teilte_mit():
    doc = analysed("Der neue Mond umkreist den Planeten „Kepler 7b“, teilte die Universität "
                   "Tübingen mit.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "Der neue Mond umkreist den Planeten „Kepler 7b“")]


def test_a_so_frame_whose_source_holds_a_quoted_title():
    doc = analysed("Die meisten Pflegeheime sind zu teuer, so das Ergebnis einer Umfrage mit "
                   "dem Titel „Pflege heute“ der Verbraucherzentrale Hessen.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "Die meisten Pflegeheime sind zu teuer")]


def test_schloss_nicht_aus_reports_a_possibility():
    doc = analysed("Der Landrat Jens Kröger schloss nicht aus, dass die Straße bis zum Winter "
                   "gesperrt bleibe.")
    assert spoken(doc) == [
        ("indirect", "dass die Straße bis zum Winter gesperrt bleibe", "Jens Kröger")]


def test_a_reported_clause_ends_before_a_so_frame():
    doc = analysed("Die Stadt wurde aufgefordert, die Brücke sofort zu sperren, so der "
                   "Ingenieur Paul Rautenberg im Lokalradio.")
    assert ("indirect", "die Brücke sofort zu sperren") in [(q.kind, q.text) for q in doc.quotes]


def test_a_reported_clause_ends_before_und_and_a_strong_past_tense():
    doc = analysed("Die Trainerin Eva Lindner erklärte, es sei kein Foul gewesen, und verglich "
                   "die Szene mit einem Tanz.")
    assert [(q.kind, q.text) for q in doc.quotes] == [("indirect", "es sei kein Foul gewesen")]


def test_danach_after_a_study_carries_its_report():
    doc = analysed("Die Krankenkasse stellte am Montag eine Studie vor. Danach schlafen die "
                   "meisten Schüler weniger als sieben Stunden.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "schlafen die meisten Schüler weniger als sieben Stunden")]


def test_danach_after_an_event_is_a_time():
    doc = analysed("Die Mannschaft gewann am Samstag gegen Bremen. Danach feierten die Fans "
                   "bis in die Nacht.")
    assert doc.quotes == []


def test_right_after_a_report_a_konjunktiv_ii_before_the_comma_keeps_the_sentence():
    doc = analysed("Der Sprecher der Feuerwehr, Tim Albers, sagte, der Brand sei gelöscht. "
                   "Zurzeit würden alle Räume untersucht, und noch lägen keine Ergebnisse vor.")
    sentence = "Zurzeit würden alle Räume untersucht, und noch lägen keine Ergebnisse vor."
    assert ("indirect", sentence, "Tim Albers") in spoken(doc)


def test_without_a_report_before_only_the_clause_after_the_comma_is_reported():
    doc = analysed("Der Brand ist gelöscht. Zurzeit würden alle Räume untersucht, und noch "
                   "lägen keine Ergebnisse vor.")
    assert [q.text for q in doc.quotes] == ["und noch lägen keine Ergebnisse vor"]


def test_fused_participle_of_a_separable_strong_verb_is_a_speech_verb():
    doc = analysed("Der Verband hatte die Vorwürfe der Zeitung umgehend als „haltlos“ "
                   "zurückgewiesen.")
    assert [(q.kind, q.text, q.cue) for q in doc.quotes] == [
        ("direct", "„haltlos“", "zurückgewiesen")]


def test_hingewiesen_before_a_clause():
    doc = analysed("Die Polizei hat darauf hingewiesen, dass die Straße bis Montag gesperrt "
                   "bleibt.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "dass die Straße bis Montag gesperrt bleibt")]


def test_a_noun_of_saying_with_a_pronoun_adverb_before_its_clause():
    doc = analysed("Unter den Anwohnern gibt es Zweifel daran, ob der Damm dem Hochwasser "
                   "standhält.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "ob der Damm dem Hochwasser standhält")]


def test_a_medium_inside_a_mention_that_ran_over_it_still_relays():
    doc = analysed("„Wir haben uns nur amüsiert“, wie Robert Hoyzer von Spiegel-Online zitiert "
                   "wird.")
    assert sorted(q.speaker_mention for q in doc.quotes if q.kind == "direct") == [
        "Robert Hoyzer", "Spiegel-Online"]


def test_an_apposition_between_the_verbs_comma_and_dass():
    doc = analysed("Am Montag meldete der kirchliche Radiosender, Radio Horeb, dass die neue "
                   "Orgel im Herbst geweiht wird.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "dass die neue Orgel im Herbst geweiht wird")]
    assert doc.quotes[0].speaker.endswith("Horeb")


def test_a_reported_clause_before_ob_is_no_apposition():
    doc = analysed("Die Sprecherin sagte, die Regierung wisse nicht, ob der Vertrag hält.")
    assert [q.text for q in doc.quotes] == ["die Regierung wisse nicht, ob der Vertrag hält"]


def test_a_zu_infinitive_of_a_separable_speech_verb():
    doc = analysed("Die Ministerin reiste nach Kiew, um die Regierung aufzufordern, die "
                   "Grenze für Helfer zu öffnen.")
    assert [(q.kind, q.text, q.cue) for q in doc.quotes] == [
        ("indirect", "die Grenze für Helfer zu öffnen", "aufzufordern")]


def test_denkt_darueber_nach_before_an_infinitive_clause():
    doc = analysed("Die Stadt denkt darüber nach, die Gebühren für Parkplätze zu erhöhen.")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "die Gebühren für Parkplätze zu erhöhen")]


def test_a_konjunktiv_after_a_relative_clause_belongs_to_the_dass_clause():
    doc = analysed("Die Zeitungen in Madrid sind sich einig. Einigkeit besteht darüber, dass "
                   "das Duell, das als erstes seit Jahren gesendet wurde, wichtig gewesen sei.")
    assert [q.text for q in doc.quotes] == [
        "dass das Duell, das als erstes seit Jahren gesendet wurde, wichtig gewesen sei"]


def test_a_konjunktiv_clause_ending_in_a_noun_before_dass_is_no_apposition():
    doc = analysed("Der Sprecher der Stadt teilte mit, es sei für den Bürgermeister kein "
                   "Problem, dass die Sitzung erst um 22 Uhr beginne.")
    assert doc.quotes[0].text.startswith("es sei für den Bürgermeister")
