"""Seventeenth round (issue #5: span boundaries), as a specification. Hand-written
sentences where a quotation's start or end was wrong."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str, lang: str = "de"):
    return extract(text, date="2024-03-01", lang=lang)


def texts(doc, kind: str | None = None):
    return [q.text for q in doc.quotes if kind is None or q.kind == kind]


def test_a_contrast_in_the_indicative_ends_the_reported_clause():
    doc = analysed("Der Verteidiger sagte, sein Mandant sei unschuldig, doch die Richterin "
                   "ließ sich nicht darauf ein.")
    assert texts(doc) == ["sein Mandant sei unschuldig"]


def test_a_contrast_after_a_participle_ends_the_reported_clause():
    doc = analysed("Der Minister hatte eingeräumt, er habe ungenau gearbeitet, jedoch stets "
                   "bestritten, absichtlich getäuscht zu haben.")
    assert texts(doc)[0] == "er habe ungenau gearbeitet"


def test_a_contrast_in_the_konjunktiv_is_still_reported():
    doc = analysed("Der Trainer sagte, das Spiel sei gut gewesen, aber die Abwehr müsse "
                   "besser werden.")
    assert texts(doc) == ["das Spiel sei gut gewesen, aber die Abwehr müsse besser werden"]


def test_aber_auch_without_a_verb_stays_in_the_clause():
    doc = analysed("Die Veranstalterin sagte, das Fest sei ein Erfolg gewesen, aber auch "
                   "ein großer Spaß für alle Gäste.")
    assert texts(doc) == [("das Fest sei ein Erfolg gewesen, aber auch ein großer Spaß für "
                           "alle Gäste")]


def test_a_main_clause_after_a_fronted_adverb_ends_the_report():
    doc = analysed("Der Sprecher sagte, niemand habe geahnt, dass die Mission so lange dauern "
                   "würde, mehrmals wurde das Mandat verlängert.")
    assert texts(doc) == ["niemand habe geahnt, dass die Mission so lange dauern würde"]


def test_a_verb_final_clause_ending_in_an_auxiliary_does_not_end_the_report():
    doc = analysed("Die Forscherin sagte, der Mönch, der dort, fern der Stadt, gelebt hatte "
                   "und viel schrieb, sei vergessen worden.")
    assert texts(doc) == [("der Mönch, der dort, fern der Stadt, gelebt hatte und viel "
                           "schrieb, sei vergessen worden")]


def test_a_fronted_concession_in_the_indicative_is_not_reported():
    doc = analysed("Die Ministerin sagte, der Haushalt sei solide. Obwohl die Regierung mit "
                   "höheren Steuereinnahmen rechnet, sei man von einem Überschuss weit entfernt.")
    assert texts(doc) == ["der Haushalt sei solide",
                          "sei man von einem Überschuss weit entfernt"]
    assert doc.quotes[1].speaker == "Ministerin"


def test_a_fronted_temporal_clause_stays_in_the_report():
    doc = analysed("Die Ministerin sagte, der Haushalt sei solide. Nachdem die Regierung "
                   "gespart hat, sei man von einem Defizit weit entfernt.")
    assert texts(doc)[1] == ("Nachdem die Regierung gespart hat, sei man von einem Defizit "
                             "weit entfernt.")


def test_a_relative_clause_on_the_frames_source_is_not_attributed():
    doc = analysed("Nach Ansicht eines Experten, der vom Sender befragt wurde, würde dies für "
                   "einen Anschlag sprechen.")
    assert texts(doc) == ["würde dies für einen Anschlag sprechen"]


def test_a_frame_does_not_run_into_the_quotation_after_a_colon():
    doc = analysed("Sie wandte sich gegen die ihrer Meinung nach verbreiteten Illusionen der "
                   "Parteien: „Ich halte das für einen Irrtum.“")
    assert texts(doc, "indirect") == [
        "Sie wandte sich gegen die ihrer Meinung nach verbreiteten Illusionen der Parteien"]


def test_a_frame_before_a_colon_attributes_the_clause_after_it():
    doc = analysed("Der Unfall stellt sich nach Polizeiangaben so dar: Der Fahrer verlor in "
                   "der Kurve die Kontrolle über den Wagen.")
    assert texts(doc) == ["Der Fahrer verlor in der Kurve die Kontrolle über den Wagen"]


def test_a_frame_after_a_colon_attributes_only_what_follows_the_colon():
    doc = analysed("Die Straße blieb gesperrt: Es wurde nach Angaben der Polizei ein zweiter "
                   "Sprengsatz gefunden.")
    assert texts(doc) == ["Es wurde nach Angaben der Polizei ein zweiter Sprengsatz gefunden"]


def test_a_clock_time_or_a_bracket_is_no_colon_of_the_frame():
    doc = analysed("Die Wahlbeteiligung lag nach Angaben der Wahlleiterin um 14:00 Uhr bei "
                   "41 Prozent.")
    assert texts(doc) == [("Die Wahlbeteiligung lag nach Angaben der Wahlleiterin um 14:00 "
                           "Uhr bei 41 Prozent")]
    doc = analysed("Die Notenbank (kurz: Fed) hat nach Angaben der Zeitung die Zinsen "
                   "gesenkt.")
    assert texts(doc) == [("Die Notenbank (kurz: Fed) hat nach Angaben der Zeitung die "
                           "Zinsen gesenkt")]


def test_a_paragraph_on_one_thing_before_dies_bestaetigte_is_one_report():
    doc = analysed("Der Verlag hat ein neues Wörterbuch herausgebracht. Das Wörterbuch enthält "
                   "zehntausend neue Einträge. Dies bestätigte eine Sprecherin des Verlags.")
    assert texts(doc) == [("Der Verlag hat ein neues Wörterbuch herausgebracht. Das Wörterbuch "
                           "enthält zehntausend neue Einträge. Dies")]


def test_a_sentence_on_another_thing_before_dies_bestaetigte_stays_apart():
    doc = analysed("Der Verlag hat ein neues Wörterbuch herausgebracht. Die Druckerei arbeitet "
                   "seit Wochen im Schichtbetrieb. Dies bestätigte eine Sprecherin des Verlags.")
    assert texts(doc) == ["Die Druckerei arbeitet seit Wochen im Schichtbetrieb. Dies"]


def test_a_long_frame_closed_by_its_particle_reports_the_clause_before():
    doc = analysed("Vor der Landung wurde kein Notruf abgesetzt, teilte später der Leiter der "
                   "Flugaufsicht, Martin Berger, mit.")
    assert texts(doc) == ["Vor der Landung wurde kein Notruf abgesetzt"]
    assert doc.quotes[0].speaker == "Martin Berger"


def test_a_frame_after_jedoch_stands_in_the_relative_clause_before():
    doc = analysed("Ein zweiter Sprengsatz wurde gefunden, der nicht entfernt, jedoch laut "
                   "Angaben der Polizei kontrolliert gesprengt werden konnte.")
    assert texts(doc) == [("der nicht entfernt, jedoch laut Angaben der Polizei kontrolliert "
                           "gesprengt werden konnte")]


def test_geschlagen_and_geworfen_alone_are_no_speech_verbs():
    doc = analysed("Ein Fotograf wurde geschlagen, seinem Kollegen wurde verboten, im Land zu "
                   "filmen.")
    assert texts(doc) == []
    doc = analysed("Der Minister hat vorgeschlagen, die Steuer zu senken.")
    assert texts(doc) == ["die Steuer zu senken"]


def test_the_verb_after_a_wie_frame_with_an_apposition_is_reported():
    doc = analysed("Wie der Beauftragte der Kommission, Gerd Braun, in Brüssel mitteilte, sieht "
                   "der Konzernchef in dem Gesetz eine Benachteiligung.")
    assert texts(doc) == ["sieht der Konzernchef in dem Gesetz eine Benachteiligung"]
    assert doc.quotes[0].cue == "mitteilte"


def test_a_coordinated_speech_verb_with_an_infinitive_clause_reports_it():
    doc = analysed("Die Abgeordnete erklärte, der Senator sei ein Lobbyist, und kündigte an, im "
                   "Herbst gegen ihn kandidieren zu wollen.")
    assert texts(doc) == ["der Senator sei ein Lobbyist",
                          "im Herbst gegen ihn kandidieren zu wollen"]
    assert doc.quotes[1].speaker == "Abgeordnete"
