"""Twelfth round (issue #5, span boundaries), as a specification: quotations whose span
the rules drew too long or too short on the training articles 1–450. Hand-written
sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def spans(doc):
    return [(q.kind, q.text) for q in doc.quotes]


def test_a_fronted_clause_of_saying_ends_where_the_main_clause_resumes():
    doc = analysed("Unter Verweis auf die Warnung, dass die Halle einsturzgefährdet sei, wurden "
                   "alle Kurse abgesagt.")
    assert spans(doc) == [("indirect", "dass die Halle einsturzgefährdet sei")]


def test_a_fronted_report_ends_before_a_finite_auxiliary():
    doc = analysed("Der Verein hatte lange geschwiegen. Wurde anfangs behauptet, dass der Rasen "
                   "noch gut sei, wird nun doch ein neuer Platz gebaut.")
    assert spans(doc) == [("indirect", "dass der Rasen noch gut sei")]


def test_quoted_words_that_carry_on_a_konjunktiv_clause_are_reported_speech_too():
    doc = analysed("Die Bürgermeisterin Hanna Krull äußerte sich nach dem Treffen zufrieden: "
                   "Der Austausch „sei offen und ehrlich gewesen“, teilte ihr Büro mit.")
    clause = [q for q in doc.quotes if q.evidence.rule.endswith("around quoted words")]
    assert [(q.kind, q.text) for q in clause] == [
        ("indirect", "Der Austausch „sei offen und ehrlich gewesen“")]


def test_quoted_words_after_a_konjunktiv_keep_their_short_clause():
    doc = analysed("Der Forscher Jan Pohl sprach auf dem Kongress. Es drohe „ein Verlust der "
                   "Artenvielfalt, der kaum aufzuhalten ist“.")
    assert ("indirect", "Es drohe „ein Verlust der Artenvielfalt, der kaum aufzuhalten ist“") \
        in spans(doc)


def test_quoted_words_in_an_indicative_clause_get_no_clause_around_them():
    doc = analysed("Die Firma plant „einen kompletten Neuanfang im Herbst“.")
    assert spans(doc) == [("direct", "„einen kompletten Neuanfang im Herbst“")]


def test_a_reported_clause_is_not_joined_to_the_continuation_after_it():
    doc = analysed("Die Polizei gab am Abend eine Erklärung ab. Demnach bestehe kein Verdacht, "
                   "dass der Brand gelegt worden sei. Die Ermittlungen würden aber noch einige "
                   "Tage dauern.")
    assert [q.text for q in doc.quotes] == [
        "dass der Brand gelegt worden sei",
        "Die Ermittlungen würden aber noch einige Tage dauern."]


def test_continuation_sentences_are_still_one_quotation():
    doc = analysed("Die Feuerwehr teilte mit, dass der Brand unter Kontrolle sei. Die "
                   "Löscharbeiten dauerten noch bis zum Abend. Die Straße bleibe gesperrt. "
                   "Anwohner sollten die Fenster geschlossen halten.")
    assert [q.text for q in doc.quotes][-1] == (
        "Die Straße bleibe gesperrt. Anwohner sollten die Fenster geschlossen halten.")


def test_continuations_on_both_sides_of_a_semicolon_are_one_quotation():
    doc = analysed("Der Sprecher der Stadtwerke, Paul Eck, äußerte sich am Morgen. Die Leitung "
                   "sei in der Nacht gebrochen; die Reparatur werde bis Freitag dauern.")
    assert [q.text for q in doc.quotes] == [
        "Die Leitung sei in der Nacht gebrochen; die Reparatur werde bis Freitag dauern."]


def test_a_konjunktiv_in_the_main_clause_keeps_the_whole_sentence_before_dass():
    doc = analysed("Die Trainerin Lea Holm sprach nach dem Spiel. Der Verein habe Sorge "
                   "gehabt, dass die Halle nicht rechtzeitig fertig werde.")
    assert [q.text for q in doc.quotes] == [
        "Der Verein habe Sorge gehabt, dass die Halle nicht rechtzeitig fertig werde."]


def test_an_indicative_main_clause_before_dass_gives_the_clause_only():
    doc = analysed("Die Trainerin Lea Holm sprach nach dem Spiel. Die Experten kamen zu dem "
                   "Ergebnis, dass die Halle nicht rechtzeitig fertig werde.")
    assert [q.text for q in doc.quotes] == ["dass die Halle nicht rechtzeitig fertig werde"]


def test_a_relative_laut_clause_is_what_the_report_says():
    doc = analysed("Die Gemeinde stützt sich auf eine Messung, laut der das Wasser zu viel "
                   "Nitrat enthält.")
    assert spans(doc) == [("indirect", "das Wasser zu viel Nitrat enthält")]


def test_a_konjunktiv_sentence_around_a_quotation_ends_before_its_so_frame():
    doc = analysed("Der Ökonom Kurt Lahm sprach von einem Fehler. Auch dieser Schritt habe "
                   "seinen Preis, so Lahm weiter: „Wer heute spart, zahlt morgen doppelt.“")
    assert ("indirect", "Auch dieser Schritt habe seinen Preis") in spans(doc)


def test_a_sentence_mostly_in_quotation_marks_keeps_its_report_before_the_frame():
    doc = analysed("Der Ökonom Kurt Lahm sprach von einem Fehler. Der Schritt habe Folgen, so "
                   "Lahm: „Wer heute an den Schulen und an den Straßen spart, der zahlt morgen "
                   "doppelt und dreifach für die Reparaturen.“")
    assert ("indirect", "Der Schritt habe Folgen") in spans(doc)


def test_a_speech_verb_closing_a_dass_clause_is_no_frame_of_the_clause_before():
    doc = analysed("Die Forscherin Ina Brandt sprach in Bonn. Die Brücke sei so stark "
                   "beschädigt, dass die Prüfer nun von einem Abriss ausgingen.")
    assert all(q.evidence.rule != "indirect: clause before the speech verb" for q in doc.quotes)
    assert [q.text for q in doc.quotes] == [
        "Die Brücke sei so stark beschädigt, dass die Prüfer nun von einem Abriss ausgingen."]


def test_a_sentence_after_demnach_is_not_joined_to_the_continuation_after_it():
    doc = analysed("Der Wetterdienst legte am Montag seinen Bericht vor. Demnach war der "
                   "Sommer der wärmste seit Beginn der Messungen. Im Norden habe es kaum "
                   "geregnet.")
    assert [q.text for q in doc.quotes][-2:] == [
        "war der Sommer der wärmste seit Beginn der Messungen",
        "Im Norden habe es kaum geregnet."]


def test_a_participle_of_saying_before_its_auxiliary_is_no_frame():
    doc = analysed("Der Berater Max Ried äußerte sich im Radio. Es sei klüger, wenn der Plan "
                   "durch einen zweiten, kleineren Neubau ergänzt werde.")
    assert [q.text for q in doc.quotes] == [
        "Es sei klüger, wenn der Plan durch einen zweiten, kleineren Neubau ergänzt werde."]


def test_a_naming_participle_in_apposition_reports_no_soll_clause():
    doc = analysed("Dem Beschmieren von Bänken, auch Taggen genannt, soll künftig mit Kameras "
                   "begegnet werden.")
    assert all(q.evidence.rule != "indirect: clause after a speech verb" for q in doc.quotes)


def test_a_konjunktiv_ii_sentence_after_a_quotation_is_reported_whole():
    doc = analysed("„Wir sind zuversichtlich“, sagte die Ingenieurin Pia Roth. Derzeit würden "
                   "die Proben untersucht, und noch sei keine Ursache gefunden.")
    sentence = "Derzeit würden die Proben untersucht, und noch sei keine Ursache gefunden."
    assert ("indirect", sentence) in spans(doc)
