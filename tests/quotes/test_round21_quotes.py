"""Twenty-first round: recall of indirect quotations (issue #5), as a specification.

Every sentence is hand-written.
"""

from chronik.pipeline import extract


def quotes(text, lang="de"):
    return [(q.kind, q.speaker, q.text) for q in extract(text, date="2026-11-27", lang=lang).quotes]


def test_a_clause_with_commas_before_a_frame_pointing_back_is_the_report():
    found = quotes("Es ist nur ein neuer Name, der am Montag auf der Messe vorgestellt wurde, "
                   "und er hat große Wirkung – das zumindest meint Karl Weber vom Verband "
                   "der Mieter in Niedersachsen.")
    assert found == [("indirect", "Karl Weber",
                      ("Es ist nur ein neuer Name, der am Montag auf der Messe vorgestellt "
                       "wurde, und er hat große Wirkung"))]


def test_without_a_word_pointing_back_a_subject_with_apposition_is_no_clause():
    found = quotes("Die Sprecherin der Stadtwerke, Ina Roth, erklärte am Abend.")
    assert [kind for kind, _, _ in found if kind == "indirect"] == []


def test_a_frame_that_names_is_no_report():
    found = quotes("Im Süden wurde die Armee groß gemacht, sie ist die erste Stütze des "
                   "Staates, das nennt sich das Prinzip der Stärke.")
    assert found == []


def test_a_konjunktiv_of_treten_marks_a_relative_clause_as_reported():
    found = quotes("Besorgt äußerte sich die Bürgermeisterin über die Zunahme der Diebstähle, "
                   "die besonders häufig in der Altstadt auftrete.")
    assert found == [("indirect", "Bürgermeisterin",
                      "die besonders häufig in der Altstadt auftrete")]


def test_a_konjunktiv_of_treten_carries_the_report_on():
    found = quotes("Der Trainer sagte, er sei enttäuscht. Er trete zum Saisonende zurück.")
    assert [text for _, _, text in found] == ["er sei enttäuscht",
                                              "Er trete zum Saisonende zurück."]


def test_zu_folge_in_two_words_is_a_frame_like_zufolge():
    found = quotes("Dem Bericht zu Folge ist der Mann am Montag geflohen.")
    assert found == [("indirect", "Bericht", "ist der Mann am Montag geflohen")]


def test_advice_in_the_passive_takes_its_infinitive_clause():
    found = quotes("Den Anwohnern wurde geraten, die Fenster geschlossen zu halten.")
    assert [(kind, text) for kind, _, text in found] == [
        ("indirect", "die Fenster geschlossen zu halten")]


def test_geraten_with_sein_is_no_advice():
    found = quotes("Die Firma war in Not geraten, weil die Aufträge ausblieben.")
    assert found == []


def test_an_announcement_with_its_owner_is_a_source():
    found = quotes("Nach der Ankündigung der Ministerin soll die Prüfung um zwei Jahre "
                   "verschoben werden.")
    assert found == [("indirect", "Ministerin",
                      "soll die Prüfung um zwei Jahre verschoben werden")]


def test_an_announcement_without_an_owner_says_when():
    found = quotes("Nach der Ankündigung stieg der Kurs der Aktie um drei Prozent.")
    assert found == []


def spans(text):
    return [[text[s.start:s.end] for s in q.spans]
            for q in extract(text, date="2026-11-27", lang="de").quotes]


def test_the_words_before_an_inserted_so_frame_are_said_too():
    assert spans("Der Plan, so sagte der Minister, sei gescheitert.") == [
        ["Der Plan", "sei gescheitert"]]


def test_the_words_after_an_inserted_so_frame_are_said_too():
    assert spans("Die Lage hat sich, so berichtete die Polizei, inzwischen beruhigt.") == [
        ["Die Lage hat sich", "inzwischen beruhigt"]]
