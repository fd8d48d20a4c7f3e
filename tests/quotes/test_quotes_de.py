"""German quotations, spec tables: given this text, expect these quotations and speakers."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import quotes_of

PESKOW = ("Am Donnerstag kommentierte der Kremlsprecher Dmitri Peskow das Telefonat gegenüber "
          "Journalisten. ")


def only(doc, kind=None):
    qs = [q for q in doc.quotes if kind is None or q.kind == kind]
    return qs


# Every quotation mark style, with a speech verb after the quotation.
@pytest.mark.parametrize("quoted", [
    "„Wir sind zu Gesprächen bereit.“",
    "‚Wir sind zu Gesprächen bereit.‘",
    "»Wir sind zu Gesprächen bereit.«",
    "«Wir sind zu Gesprächen bereit.»",
    "\"Wir sind zu Gesprächen bereit.\"",
    "“Wir sind zu Gesprächen bereit.”",
    "'Wir sind zu Gesprächen bereit.'",
])
def test_each_mark_style_gives_one_direct_quote_with_its_speaker(quoted):
    doc = quotes_of(PESKOW + quoted[:-2] + quoted[-1] + ", sagte Peskow.")
    direct = only(doc, "direct")
    assert len(direct) == 1
    q = direct[0]
    assert q.text.strip("„“‚‘»«\"”'") == "Wir sind zu Gesprächen bereit"
    assert q.speaker == "Dmitri Peskow"
    assert q.speaker_mention == "Peskow"
    assert q.cue == "sagte"
    assert doc.fields["text"][q.start:q.end] == q.text


def test_interrupted_quote_is_one_quotation_with_two_spans():
    doc = quotes_of(PESKOW + "„Wir sind bereit“, sagte er, „aber der Westen muss zuhören.“")
    direct = only(doc, "direct")
    assert len(direct) == 1
    q = direct[0]
    assert len(q.spans) == 2
    text = doc.fields["text"]
    assert text[q.spans[0].start:q.spans[0].end] == "„Wir sind bereit“"
    assert text[q.spans[1].start:q.spans[1].end] == "„aber der Westen muss zuhören.“"
    assert q.speaker == "Dmitri Peskow" and q.speaker_mention == "er"


def test_block_quote_after_a_colon_paragraph():
    doc = quotes_of(PESKOW + "Auf die Frage nach dem Termin erklärte Peskow:\n\n"
                    "„Das Ziel des Gesprächs ist klar. Wir setzen die Diskussion fort.“\n\n"
                    "Danach endete die Pressekonferenz.")
    direct = only(doc, "direct")
    assert len(direct) == 1
    assert direct[0].text.startswith("„Das Ziel")
    assert direct[0].speaker == "Dmitri Peskow"
    assert direct[0].cue == "erklärte"


def test_quote_over_two_paragraphs_opens_each_and_closes_once():
    doc = quotes_of(PESKOW + "Peskow sagte:\n\n„Der erste Absatz der Rede.\n\n"
                    "„Der zweite Absatz der Rede.“\n\nEnde.")
    direct = only(doc, "direct")
    assert len(direct) == 1
    assert "erste" in direct[0].text and "zweite" in direct[0].text


@pytest.mark.parametrize("sentence, quote_starts, cue", [
    ("Peskow sagte, es sei kein Problem.", "es sei kein Problem", "sagte"),
    ("Peskow betonte, dass die Präsidenten viele Themen hätten.", "dass die Präsidenten", "betonte"),
    ("Der Sprecher teilte mit, das Gespräch beginne um 23 Uhr.", "das Gespräch beginne", "teilte"),
    ("Es gebe keine Alternative, sagte Peskow.", "Es gebe keine Alternative", "sagte"),
    ("Die Lage sei ernst, so Peskow.", "Die Lage sei ernst", "so"),
])
def test_reported_clause_after_or_before_a_speech_verb(sentence, quote_starts, cue):
    doc = quotes_of(PESKOW + sentence)
    indirect = only(doc, "indirect")
    assert any(q.text.startswith(quote_starts) and q.cue == cue and q.speaker == "Dmitri Peskow"
               for q in indirect), [(q.text, q.cue, q.speaker) for q in doc.quotes]


def test_konjunktiv_sentence_continues_the_previous_speaker():
    doc = quotes_of(PESKOW + "Peskow sagte, das Gespräch sei wichtig. "
                    "Der Präsident arbeite gewöhnlich noch spät.")
    cont = [q for q in doc.quotes if q.text.startswith("Der Präsident arbeite")]
    assert len(cont) == 1
    assert cont[0].kind == "indirect" and cont[0].speaker == "Dmitri Peskow"


@pytest.mark.parametrize("sentence, quote_part, mention", [
    ("Laut Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt", "Polizei"),
    ("Der Polizei zufolge wurden drei Menschen verletzt.", "wurden drei Menschen verletzt",
     "Der Polizei"),
    ("Nach Angaben der Feuerwehr brannte das Haus vollständig aus.", "brannte das Haus",
     "Angaben der Feuerwehr"),
    ("Wie die Stadtverwaltung mitteilte, bleibt die Brücke gesperrt.", "bleibt die Brücke gesperrt",
     "die Stadtverwaltung"),
])
def test_attribution_frames_laut_zufolge_nach_angaben_wie(sentence, quote_part, mention):
    doc = quotes_of(sentence)
    indirect = only(doc, "indirect")
    assert len(indirect) == 1, [(q.text, q.speaker_mention) for q in doc.quotes]
    assert quote_part in indirect[0].text
    assert indirect[0].speaker_mention == mention


@pytest.mark.parametrize("sentence, quote_text, mention", [
    ("Ein Bericht der Zeitung, wonach der Minister zurücktreten wolle, sorgte für Unruhe.",
     "der Minister zurücktreten wolle", "Ein Bericht der Zeitung"),
    ("Seit Wochen gibt es Gerüchte, nach denen die Fabrik im Herbst schließt.",
     "die Fabrik im Herbst schließt", "Gerüchte"),
])
def test_a_clause_after_wonach_is_what_the_report_says(sentence, quote_text, mention):
    doc = quotes_of(sentence)
    reports = [q for q in only(doc, "indirect") if q.text == quote_text]
    assert len(reports) == 1, [(q.text, q.speaker_mention) for q in doc.quotes]
    assert reports[0].speaker_mention == mention
    assert reports[0].cue in ("wonach", "nach denen")


def test_frame_in_the_middle_splits_the_quotation_in_two_spans():
    doc = quotes_of("Ursache des Einsturzes dürfte ersten Annahmen zufolge der Schnee gewesen sein.")
    q = only(doc, "indirect")[0]
    text = doc.fields["text"]
    assert [text[s.start:s.end] for s in q.spans] == ["Ursache des Einsturzes dürfte",
                                                     "der Schnee gewesen sein"]


def test_konjunktiv_sentence_around_a_quotation_is_reported_besides_the_quotation():
    doc = quotes_of(PESKOW + "Peskow sagte, das Gespräch sei wichtig. "
                    "Es gebe „eine schwere Krise in der ganzen Region“.")
    texts = {(q.kind, q.text) for q in doc.quotes}
    assert ("direct", "„eine schwere Krise in der ganzen Region“") in texts
    wrapped = [q for q in doc.quotes if q.kind == "indirect" and q.text.startswith("Es gebe")]
    assert len(wrapped) == 1 and wrapped[0].speaker == "Dmitri Peskow"


def test_a_learned_konjunktiv_form_continues_the_report():
    doc = quotes_of(PESKOW + "Peskow sagte, das Gespräch sei wichtig. "
                    "Der Zugang zum Archiv funktioniere weiterhin.")
    cont = [q for q in doc.quotes if q.text.startswith("Der Zugang")]
    assert len(cont) == 1 and cont[0].speaker == "Dmitri Peskow"


def test_a_relative_pronoun_before_a_pronoun_is_no_konjunktiv():
    doc = quotes_of("Die Rechte, die sie unter der alten Regierung genossen hatte, "
                    "verlor die Minderheit im Jahr 2003.")
    assert doc.quotes == []


def test_a_quoted_name_between_verb_and_comma_still_opens_the_clause():
    doc = quotes_of("Am Morgen meldete die Nachrichtenseite „Golem“, der Verein habe den "
                    "Zusammenhang bestätigt.")
    reports = [q for q in only(doc, "indirect")
               if q.text == "der Verein habe den Zusammenhang bestätigt"]
    assert len(reports) == 1, [(q.text, q.evidence.rule) for q in doc.quotes]
    assert reports[0].cue == "meldete"


def test_a_purpose_clause_after_a_speech_verb_is_not_reported_speech():
    doc = quotes_of("Die Regierung forderte Verstärkung an, um die Lage in den Griff zu bekommen.")
    assert not [q for q in doc.quotes if q.text.startswith("um die Lage")]


def test_frame_inside_a_subordinate_clause_attributes_only_that_clause():
    doc = quotes_of("Die Hunde trafen verspätet ein, da nach Angaben der Fluggesellschaft die "
                    "Genehmigung zu spät beantragt worden war.")
    q = only(doc, "indirect")[0]
    text = doc.fields["text"]
    # the opener "da" is too short to be a span of its own; the main clause is not quoted
    assert [text[s.start:s.end] for s in q.spans] == [
        "die Genehmigung zu spät beantragt worden war"]
    assert q.speaker_mention == "Angaben der Fluggesellschaft"


@pytest.mark.parametrize("sentence, mention", [
    ("Peskow sagte später, die Gespräche seien schwierig.", "Peskow"),
    ("Später sagte der Kremlsprecher, die Gespräche seien schwierig.", "der Kremlsprecher"),
    ("Der Sprecher des Präsidenten sagte, die Gespräche seien schwierig.",
     "Der Sprecher des Präsidenten"),
    ("Er sagte später, die Gespräche seien schwierig.", "Er"),
])
def test_names_roles_and_pronouns_resolve_to_the_fullest_name(sentence, mention):
    doc = quotes_of(PESKOW + sentence)
    q = next(q for q in doc.quotes if q.text.startswith("die Gespräche"))
    assert q.speaker == "Dmitri Peskow"
    assert q.speaker_mention == mention


def test_unknown_speaker_stays_null():
    doc = quotes_of("„Das kann so nicht weitergehen, wir brauchen eine Lösung.“\n\nEnde.")
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker is None
    assert doc.quotes[0].speaker_mention is None


def test_scare_quotes_and_titles_are_not_quotations():
    doc = quotes_of("Die Fähre „Eagle“ legte am Morgen ab. Der Film „Heimat“ lief im Kino.")
    assert doc.quotes == []


def test_unbalanced_marks_do_not_swallow_the_rest_of_the_document():
    doc = quotes_of("Ein „verirrtes Zeichen steht hier. " + PESKOW
                    + "„Wir sind bereit zu Gesprächen.“, sagte Peskow.")
    direct = only(doc, "direct")
    assert len(direct) == 1
    assert direct[0].text == "„Wir sind bereit zu Gesprächen.“"
    assert direct[0].speaker == "Dmitri Peskow"


def test_partial_quote_inside_reported_speech_keeps_the_speaker():
    doc = quotes_of("US-Präsident Joe Biden hatte erklärt, die USA würden "
                    "„keine roten Linien akzeptieren“.")
    direct = only(doc, "direct")
    assert [q.text for q in direct] == ["„keine roten Linien akzeptieren“"]
    assert direct[0].speaker == "Joe Biden"


def test_offsets_and_evidence_for_every_quote():
    doc = quotes_of(PESKOW + "„Wir sind bereit“, sagte er. Laut Polizei blieb es ruhig.")
    assert doc.quotes
    for k, q in enumerate(doc.quotes, 1):
        assert q.id == f"q{k}"
        assert doc.fields[q.field][q.start:q.end] == q.text
        assert q.evidence is not None and q.evidence.rule
        assert q.to_dict()["kind"] in ("direct", "indirect")


def test_language_without_data_gets_no_quotations():
    doc = quotes_of("„Nous sommes prêts“, a dit le porte-parole.", lang="fr", segment=False)
    assert doc.quotes == []


def test_entities_from_the_entity_stage_decide_the_speaker():
    from chronik.model import Entity, Mention
    from chronik.quotes import annotate

    doc = quotes_of(PESKOW + "„Wir sind zu Gesprächen bereit“, sagte Peskow.")
    text = doc.fields["text"]
    # the entity stage (run before quotes) named the person differently: its name wins
    starts = [text.index("Dmitri Peskow"), text.rindex("Peskow")]
    doc.entities = [Entity("n1", "Dmitri S. Peskow", "PER", [
        Mention("text", s, s + len(w), w) for s, w in zip(starts, ["Dmitri Peskow", "Peskow"],
                                                          strict=True)])]
    annotate(doc)
    direct = only(doc, "direct")
    assert direct[0].speaker == "Dmitri S. Peskow"
    assert direct[0].speaker_mention == "Peskow"
    assert direct[0].evidence.note == "entity PER"


# Speakers that are not names: institutions headed by an -ung noun, a source in a "wie"
# frame, a relative pronoun standing for the phrase before it, the speaker of "Dies
# bestätigte X" for the sentence before, a quoted person after "zitiert".
@pytest.mark.parametrize("text, quote_text, speaker, mention", [
    ("Die Hausverwaltung versicherte, dass die Gedenktafel noch existiere.",
     "dass die Gedenktafel noch existiere", "Hausverwaltung", "Die Hausverwaltung"),
    ("Wie die ESA mitteilte, habe die Sonde den Orbit erreicht.",
     "habe die Sonde den Orbit erreicht", "ESA", "die ESA"),
    ("Der Konzern verhandelt mit einem Hacker, der behauptet, den Code geknackt zu haben.",
     "den Code geknackt zu haben", "Hacker", "der"),
    ("Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise gebe.",
     "dass es keinerlei Beweise gebe", "Experten", "Die Experten"),
    (("Die Freien Demokraten schließen eine Ampelkoalition aus. Dies bestätigte der "
      "Parteivorsitzende Guido Westerwelle am Sonntag."),
     "Die Freien Demokraten schließen eine Ampelkoalition aus. Dies", "Guido Westerwelle",
     "der Parteivorsitzende Guido Westerwelle"),
    ("„Die Linke ist nicht regierungsfähig“, so Guttenberg wörtlich.",
     "„Die Linke ist nicht regierungsfähig“", "Guttenberg", "Guttenberg"),
    (("Für die Behörden gehört zu den Verdachtsmomenten, dass der Mann die Route gekreuzt "
      "haben soll."), "dass der Mann die Route gekreuzt haben soll", "Behörden", "die Behörden"),
])
def test_speakers_beyond_names(text, quote_text, speaker, mention):
    doc = quotes_of(text)
    assert [(q.text, q.speaker, q.speaker_mention) for q in doc.quotes] == [
        (quote_text, speaker, mention)]


def test_a_quoting_medium_does_not_take_the_quoted_persons_place():
    # round eleven: the medium gets a quotation of its own (test_round11_quotes.py)
    doc = quotes_of("„Die Lage ist ernst und wird ernster“, zitiert ndr.de Polizeisprecher "
                    "Ralf Meyer.")
    assert (doc.quotes[0].text, doc.quotes[0].speaker, doc.quotes[0].speaker_mention) == (
        "„Die Lage ist ernst und wird ernster“", "Ralf Meyer", "Polizeisprecher Ralf Meyer")


def test_a_konjunktiv_only_after_a_comma_reports_that_clause():
    doc = quotes_of("Der Minister Hans Weber sagte, er komme. Er trat dem Vorwurf entgegen, "
                    "das Gericht sei parteiisch.")
    assert [q.text for q in doc.quotes] == ["er komme", "das Gericht sei parteiisch"]
    assert doc.quotes[1].speaker == "Hans Weber"


def test_an_apposition_or_adverbial_clause_before_sagte_is_not_reported():
    doc = quotes_of("Der bayerische CSU-Vorsitzende, Edmund Stoiber, sagte am Montag nichts. "
                    "Da ein Rückflug nicht möglich war, sagte der Pilot die Landung an.")
    assert [q for q in doc.quotes if q.evidence.rule == "indirect: clause before the speech verb"] == []


def test_a_pronoun_is_a_person_not_a_thing_said_before():
    doc = quotes_of("Der Astronaut Thomas Reiter stieg aus. Die Landefähre meldete, sie sei "
                    "gelandet. Er sagte, der Schritt sei klein.")
    assert doc.quotes[-1].text == "der Schritt sei klein"
    assert doc.quotes[-1].speaker == "Thomas Reiter"


def test_quoted_names_and_titles_are_not_quotations():
    doc = quotes_of("Die Partei „Rat für Demokratische Reform unter der Monarchie“ forderte "
                    "Neuwahlen.")
    assert [q for q in doc.quotes if q.kind == "direct"] == []


def test_a_particle_after_a_surname_is_not_part_of_the_name():
    doc = quotes_of("Finanzminister Peer Steinbrück zu Beginn der Sitzung sagte, er sei bereit. "
                    "Ursula von der Leyen sagte, sie sei es auch.")
    assert [q.speaker for q in doc.quotes] == ["Peer Steinbrück", "Ursula von der Leyen"]


def test_lowercase_quoted_words_inside_a_sentence_are_the_subjects_quotation():
    # four or more words starting in lower case are someone's words, not a title
    doc = quotes_of("Die Ministerin Petra Lindholm will die Regeln „in den nächsten Wochen "
                    "noch einmal gründlich prüfen“, bevor das Kabinett entscheidet.")
    direct = only(doc, "direct")
    assert [q.text for q in direct] == ["„in den nächsten Wochen noch einmal gründlich prüfen“"]
    assert direct[0].speaker == "Petra Lindholm"


def test_capitalised_title_inside_a_sentence_stays_no_quotation():
    doc = quotes_of("Der Roman trägt den Titel „Der Sommer am großen See“ und erscheint im Mai.")
    assert only(doc, "direct") == []


def test_short_phrase_after_als_with_a_speech_verb_is_what_someone_called_it():
    doc = quotes_of("Der Gewerkschaftschef Karl Brenner bezeichnete die neuen Pläne der "
                    "Landesregierung als „Wortbruch“.")
    direct = only(doc, "direct")
    assert [q.text for q in direct] == ["„Wortbruch“"]
    assert direct[0].speaker == "Karl Brenner"


def test_short_name_after_a_definite_article_stays_no_quotation():
    doc = quotes_of("Der Kapitän sagte, er habe die Fähre „Seeadler“ sicher in den Hafen gebracht.")
    assert only(doc, "direct") == []


@pytest.mark.parametrize("frame, source", [
    ("Wie wetter-online.de berichtet", "wetter-online.de"),
    ("Wie „nordwelle aktuell“ berichtet", "„nordwelle aktuell“"),
    ("Denn wie die „Abendpost“-Redaktion in ihrer Ausgabe vom 3.4.2019 berichtete", "Abendpost"),
    ("Wie der Verband in der Nacht bekanntgegeben hat", "Verband"),
])
def test_wie_frame_with_any_source_up_to_its_comma_attributes_the_main_clause(frame, source):
    doc = quotes_of(f"{frame}, bleibt die Brücke bis zum Sommer gesperrt.")
    indirect = only(doc, "indirect")
    assert len(indirect) == 1
    q = indirect[0]
    last = q.spans[-1] if q.spans else q  # "Denn" before the frame is a span of its own
    assert doc.fields["text"][last.start:last.end] == "bleibt die Brücke bis zum Sommer gesperrt"
    assert doc.fields["text"][q.start:q.end] == q.text
    assert source in (q.speaker_mention or "")


def test_wie_in_the_middle_of_a_sentence_is_no_frame():
    doc = quotes_of("Es kommt nicht darauf an, wie lange jemand die Aktie hält, sondern wann.")
    assert only(doc, "indirect") == []


@pytest.mark.parametrize("sentence, clause", [
    ("Die Forscher fanden heraus, dass die Schnecke Licht speichert.",
     "dass die Schnecke Licht speichert"),
    ("Es wird angenommen, dass der Brand gelegt wurde.", "dass der Brand gelegt wurde"),
    ("Die Klausel besagt, dass der Käufer die Anteile zurückgeben muss.",
     "dass der Käufer die Anteile zurückgeben muss"),
    ("Kritiker werfen dem Bürgermeister vor, er habe die Zahlen geschönt.",
     "er habe die Zahlen geschönt"),
])
def test_findings_and_present_plural_forms_take_a_reported_clause(sentence, clause):
    doc = quotes_of(sentence)
    assert [q.text for q in only(doc, "indirect")] == [clause]


@pytest.mark.parametrize("frame", [
    "Nach seiner Meinung", "Nach Brenners Auffassung", "Nach eigener Aussage",
    "Nach THW-Angaben", "Nach Bahnangaben", "Laut wetter-online.de", "Laut „nordwelle aktuell“",
])
def test_more_attribution_frames_give_the_rest_of_the_sentence(frame):
    doc = quotes_of(f"{frame} bleibt die Brücke bis zum Sommer gesperrt.")
    assert [q.text for q in only(doc, "indirect")] == ["bleibt die Brücke bis zum Sommer gesperrt"]


def test_nach_with_an_ordinary_noun_is_no_frame():
    doc = quotes_of("Nach dem Spiel fuhren die Fans mit dem Bus nach Hause.")
    assert only(doc) == []


def test_konjunktiv_verb_right_after_an_apposition_keeps_the_whole_sentence():
    # the comma closes an apposition; the Konjunktiv is the main clause's own verb
    doc = quotes_of("Der Polizeisprecher Jan Hollmann sagte, die Lage sei ruhig. Die Verletzten, "
                    "darunter zwei Feuerwehrleute, seien inzwischen im Krankenhaus versorgt worden.")
    texts = [q.text for q in only(doc, "indirect")]
    assert "Die Verletzten, darunter zwei Feuerwehrleute, seien inzwischen im Krankenhaus " \
           "versorgt worden." in texts


@pytest.mark.parametrize("sentence", [
    "Die Zeitung „Nordsee Rundschau“, berichtete der Sender, wird eingestellt.",
    "Der Titel des neuen Films lautet: „Die Stadt der Träume“",
])
def test_a_title_before_a_frame_or_after_a_colon_is_no_quotation(sentence):
    doc = quotes_of(sentence)
    assert only(doc, "direct") == []


def test_a_short_sentence_after_a_colon_is_still_a_quotation():
    doc = quotes_of("Der Trainer Jens Maurer sagte nur: „Wir kommen wieder.“")
    assert [q.text for q in only(doc, "direct")] == ["„Wir kommen wieder.“"]


def test_reported_clause_that_runs_into_a_quotation_is_reported_besides_the_quotation():
    doc = quotes_of("Die Klimaforscherin Ines Berger erklärte, der Bericht sei „ein Dokument, das "
                    "den Weg zu tiefen Einschnitten bei den Emissionen ebnen wird“.")
    quoted = "„ein Dokument, das den Weg zu tiefen Einschnitten bei den Emissionen ebnen wird“"
    assert [q.text for q in only(doc, "direct")] == [quoted]
    indirect = only(doc, "indirect")
    assert [q.text for q in indirect] == ["der Bericht sei " + quoted]
    assert indirect[0].speaker == "Ines Berger"


@pytest.mark.parametrize("sentence, slogan", [
    ("Die Demonstranten skandierten vor dem Rathaus Parolen wie „Schluss mit dem Lärm!“.",
     "„Schluss mit dem Lärm!“"),
    ("Einige trugen Schilder mit der Aufschrift „Hände weg vom Stadtpark“.",
     "„Hände weg vom Stadtpark“"),
])
def test_a_slogan_after_a_slogan_noun_is_a_direct_quotation(sentence, slogan):
    doc = quotes_of(sentence)
    assert [q.text for q in only(doc, "direct")] == [slogan]


def test_nach_anderen_angaben_gives_a_second_figure_not_a_source():
    doc = quotes_of("Der Akku reicht für 100, nach anderen Angaben 110 Kilometer.")
    assert only(doc, "indirect") == []


@pytest.mark.parametrize("name", ["„c4“", "„stadtwiki.de“", "„kunstmesse 12“"])
def test_short_lower_case_names_with_digits_or_dots_are_no_quotations(name):
    doc = quotes_of(f"Der Verband berichtete über die Wagen {name} und ihre Fahrer.")
    assert only(doc, "direct") == []


def test_a_comment_on_the_whole_clause_ends_the_reported_clause():
    doc = quotes_of("Die Zeitung berichtete, die Partei habe Gelder aus dem Ausland erhalten, "
                    "was bisher nicht bestätigt werden konnte.")
    assert [q.text for q in only(doc, "indirect")] == [
        "die Partei habe Gelder aus dem Ausland erhalten"]


def test_a_reported_clause_in_konjunktiv_after_was_stays_reported():
    doc = quotes_of("Der Minister sagte, man habe viel erreicht, was niemand bestreiten könne.")
    assert [q.text for q in only(doc, "indirect")] == [
        "man habe viel erreicht, was niemand bestreiten könne"]


def test_a_reported_sentence_keeps_no_dateline():
    doc = quotes_of("Berlin – Die Spitzen der Parteien wollen ihre Gespräche am Freitag "
                    "fortsetzen. Das teilte ein Sprecher der CDU am Mittwochabend mit.")
    reported = [q for q in doc.quotes if q.kind == "indirect"]
    assert reported and reported[0].text.startswith("Die Spitzen der Parteien")


def test_konjunktiv_with_a_quoted_phrase_before_its_frame_is_that_speakers():
    doc = quotes_of("Der Sprecher der Partei teilte mit, die Gespräche gingen weiter. Man sei "
                    "„auf einem guten Weg“, sagte CDU-Chef Friedrich Merz nach dem Treffen.")
    reported = [q for q in doc.quotes if q.kind == "indirect" and q.text.startswith("Man sei")]
    assert [(q.text, q.speaker) for q in reported] == [
        ("Man sei „auf einem guten Weg“", "Friedrich Merz")]


def test_nach_angaben_aus_names_the_source():
    doc = quotes_of("Nach Angaben aus Parteikreisen ist ein Abschluss bis Ostern angestrebt.")
    assert [q.speaker_mention for q in doc.quotes] == ["Angaben aus Parteikreisen"]


def test_the_object_after_the_verb_is_not_the_speaker():
    doc = quotes_of("Auch FDP-Chef Christian Lindner, den der Kanzler zuvor entlassen hatte, "
                    "verlangte einen schnellen Weg zu Neuwahlen.")
    assert all(q.speaker != "schnellen Weg" and "Weg" not in (q.speaker_mention or "")
               for q in doc.quotes), [(q.text, q.speaker_mention) for q in doc.quotes]


def test_an_organisation_speaks_under_its_name_when_named_by_its_noun():
    from chronik.pipeline import extract

    doc = extract("Die Gewerkschaft EVG hat einen Streik angekündigt. Der Ausstand soll um "
                  "0 Uhr beginnen, teilte die Gewerkschaft mit.", date="2023-03-09", lang="de")
    assert [q.speaker for q in doc.quotes] == ["EVG"]


def test_a_time_after_the_source_of_a_frame_is_not_part_of_the_speaker():
    from chronik.pipeline import extract

    doc = extract("Allein im Kreis Ahrweiler kamen nach Angaben der Polizei vom Sonntagabend "
                  "110 Menschen ums Leben.", date="2021-07-19", lang="de")
    [q] = doc.quotes
    assert (q.speaker, q.speaker_mention) == ("Polizei", "Angaben der Polizei")


def test_a_quotation_inside_a_report_on_the_same_verb_is_the_reporters():
    doc = quotes_of("Premierministerin Liz Truss sagte vor der Downing Street, die Queen sei „der "
                    "Fels“ gewesen, auf dem das Land aufgebaut worden sei.")
    assert {(q.kind, q.speaker) for q in doc.quotes} == {("indirect", "Liz Truss"),
                                                         ("direct", "Liz Truss")}


@pytest.mark.parametrize("sentence, speaker", [
    ("Aus Regierungskreisen hieß es, eine Einigung sei bis zur Sommerpause möglich.",
     "Regierungskreisen"),
    ("In der Partei hieß es, man sei enttäuscht.", "Partei"),
])
def test_an_impersonal_speech_verb_takes_the_source_before_it(sentence, speaker):
    [q] = quotes_of(sentence).quotes
    assert q.speaker == speaker


def test_a_first_person_sentence_does_not_carry_on_a_report():
    doc = quotes_of("Die Regisseurin sagte, sie arbeite an einem Kurzfilm. Ich habe viel gelernt, "
                    "indem ich die Dinge einfach ausprobiert habe.")
    assert [q.text for q in doc.quotes] == ["sie arbeite an einem Kurzfilm"]


def test_soll_after_a_speech_act_without_a_clause_carries_it_on():
    # "erklärte die neuen Regeln" reports no words of its own (it is not output), but it
    # names who speaks on
    doc = quotes_of("Der Ministerpräsident erklärte die neuen Regeln. So sollen die "
                    "Nebeneinkünfte der Abgeordneten künftig offengelegt werden.")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("So sollen die Nebeneinkünfte der Abgeordneten künftig offengelegt werden.",
         "Ministerpräsident")]


@pytest.mark.parametrize("sentence, speaker", [
    # an article after a role noun is no name ("der Polizei" is no person)
    ("Ein Sprecher der Polizei sagte, der Täter sei geflohen.", "Sprecher der Polizei"),
    # the mayor speaks, not the city
    ("Der Bürgermeister von New Orleans sagte, die Stadt sei sicher.",
     "Bürgermeister von New Orleans"),
])
def test_a_role_with_its_institution_or_place_is_the_speaker(sentence, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2023-03-06", lang="de").quotes
    assert q.speaker == speaker


def test_the_source_of_angaben_aus_x_is_x():
    from chronik.pipeline import extract

    [q] = extract("Nach Angaben aus Parteikreisen ist ein Abschluss der Verhandlungen bis Ostern "
                  "angestrebt.", date="2025-02", lang="de").quotes
    assert q.speaker == "Parteikreisen"


@pytest.mark.parametrize("sentence, text, speaker", [
    # an apposition between a separable verb and its particle
    (("Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass das Handy im "
     "italienischen Netz eingeloggt war."),
     "dass das Handy im italienischen Netz eingeloggt war", "Andreas Huber"),
    # an apposition inside a "wie X mitteilte" frame
    (("Wie ein Vertreter des Mutterkonzerns, EADS heute mitteilte, wurde das Konsortium als "
     "bevorzugter Bieter ausgewählt."),
     "wurde das Konsortium als bevorzugter Bieter ausgewählt", "EADS"),
    # the main clause resumes with a past-tense verb: the report ends before it
    (("Der Angeklagte hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität "
     "des Gerichtes aber nicht an."), "er sei unschuldig", "Angeklagte"),
    (("An die Gewerkschaften gewandt sagte Köhler, sie müssten ihre Zurückhaltung aufgeben "
     "und bemühte hier das Bild vom Kuchen."), "sie müssten ihre Zurückhaltung aufgeben",
     "Köhler"),
    # multi-word and new cues
    ("Beide Regierungen legten aber Wert darauf, dass auch andere Länder Soldaten stellen.",
     "dass auch andere Länder Soldaten stellen", "Beide Regierungen"),
    ("Die meisten Befragten befürworteten, dass Abgeordnete ihre Einkünfte offenlegen.",
     "dass Abgeordnete ihre Einkünfte offenlegen", "meisten Befragten"),
])
def test_reported_clause_with_apposition_resumed_main_clause_or_multiword_cue(
        sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.kind, q.text, q.speaker) == ("indirect", text, speaker)


@pytest.mark.parametrize("sentence", [
    # a negated speech verb: nobody said the clause
    "Bisher ist noch nicht bekannt, warum das Unglück geschehen ist.",
    "Es ist nicht bekannt, ob ein Lösegeld bezahlt wurde.",
    # the speech verb ends a subordinate clause; after the comma the main clause goes on
    "Wenn Berlin seinerzeit geklagt hätte, hätte man wohl keine Chancen gehabt.",
    # a finite verb after the comma: the main clause goes on after an apposition
    "Stickoxid, auch als Lachgas bekannt, wird normalerweise nicht als gefährlich angesehen.",
])
def test_no_report_after_a_negated_or_subordinate_speech_verb(sentence):
    from chronik.pipeline import extract

    assert extract(sentence, date="2008-05-10", lang="de").quotes == []


@pytest.mark.parametrize("sentence, text, speaker", [
    # a negation in another clause of the coordination does not count
    (("Dies wollte die Schülerin nicht akzeptieren und gab vor, eine Aussprache herbeiführen "
     "zu wollen."), "eine Aussprache herbeiführen zu wollen", "Schülerin"),
    # after a subordinate clause with a speech verb, a clause with its own subject is a report
    # ... and it ends where the main clause resumes with its verb in the indicative
    ("Nachdem der Minister erklärt hatte, er sei krank, kam es zu Protesten.",
     "er sei krank", "Minister"),
    (("Anwesend war Ramsey Clark, der der Regierung vorwarf, antikubanische Aktivisten frei "
     "zu lassen."), "antikubanische Aktivisten frei zu lassen", "Ramsey Clark"),
])
def test_reports_in_and_after_subordinate_clauses(sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.text, q.speaker) == (text, speaker)


def test_a_plan_with_soll_before_teilte_x_mit_is_what_x_said():
    from chronik.pipeline import extract

    [q] = extract("Das Gesetz soll zum 1. Januar 2025 in Kraft treten, teilte das "
                  "Wirtschaftsministerium mit.", date="2024-06-12", lang="de").quotes
    assert (q.text, q.speaker, q.evidence.rule) == (
        "Das Gesetz soll zum 1. Januar 2025 in Kraft treten", "Wirtschaftsministerium",
        "indirect: clause before the speech verb")


@pytest.mark.parametrize("sentence, text, speaker", [
    # a frame opening the sentence attributes all of it, a speech verb inside included
    (("Nach Angaben der Polizei habe der Mann begonnen, Flugblätter zu verteilen und "
      "verlangt, gegen diese Versuche vorzugehen."),
     ("habe der Mann begonnen, Flugblätter zu verteilen und verlangt, gegen diese Versuche "
     "vorzugehen"), "Polizei"),
    # laws and media are sources; an adjective in -em before the noun
    ("Nach dem Grundgesetz ist der Bundeskanzler mit weiten Vollmachten ausgestattet.",
     "ist der Bundeskanzler mit weiten Vollmachten ausgestattet", "Grundgesetz"),
    ("Nach bisherigem Erkenntnisstand wird als Ursache eine Show des Barkeepers vermutet.",
     "wird als Ursache eine Show des Barkeepers vermutet", "Erkenntnisstand"),
])
def test_nach_frames_opening_a_sentence(sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.text, q.speaker, q.evidence.rule) == (text, speaker, "indirect: attribution frame")


@pytest.mark.parametrize("sentence, text, speaker", [
    # a noun of saying after a participle phrase
    (("Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst 2.000 "
     "Menschen versorgt."), "wurden zunächst 2.000 Menschen versorgt", "WFP"),
    # an infinitive clause without its comma after a participle closing the verb bracket
    ("Der Weltmarktführer Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.",
     "die Preise ab 1. Oktober zu erhöhen", "Philips"),
    # an infinitive clause with words after its verb
    (("Merkel hat am Samstag in Berlin angekündigt, kurzfristig zurückzutreten als Chefin der "
     "CDU."), "kurzfristig zurückzutreten als Chefin der CDU", "Merkel"),
])
def test_more_reported_clauses(sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.text, q.speaker) == (text, speaker)


def test_threatening_to_break_apart_is_no_speech_act():
    from chronik.pipeline import extract

    assert extract("Der Frachter droht nun im südlichen Teil des Riffs auseinanderzubrechen.",
                   date="2008-05-10", lang="de").quotes == []


def test_the_place_of_a_dateline_neither_speaks_nor_is_said():
    from chronik.pipeline import extract

    doc = extract("Offenbach – Der Deutsche Wetterdienst warnt vor Orkanböen.",
                  date="2024-02-01", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Deutsche Wetterdienst"]
    doc = extract("Berlin – Die Regierung werde das Gesetz ändern, sagte ein Sprecher.",
                  date="2024-02-01", lang="de")
    assert [q.text for q in doc.quotes] == ["Die Regierung werde das Gesetz ändern"]


def test_a_group_named_by_its_role_speaks():
    from chronik.pipeline import extract

    doc = extract("Das Unwetter zog ab, doch Meteorologen warnten, der Regen halte an.",
                  date="2024-02-01", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("der Regen halte an", "Meteorologen")]


@pytest.mark.parametrize("sentence, text, speaker", [
    # ", so X" with a source the noun-phrase pattern does not cover
    ("Betroffen ist der Auftritt eines Mädchens, so der Mitarbeiter einer Produktionsfirma.",
     "Betroffen ist der Auftritt eines Mädchens", "Mitarbeiter einer Produktionsfirma"),
    (("Fast alle vermissten Kinder werden schnell gefunden, so eine Information des "
     "Bundeskriminalamtes (BKA) in Wiesbaden."),
     "Fast alle vermissten Kinder werden schnell gefunden", "BKA"),
])
def test_so_x_with_a_long_source(sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.text, q.speaker) == (text, speaker)


@pytest.mark.parametrize("sentence, text, speaker", [
    # a short quoted phrase a speech verb's preposition introduces is what was said
    ("Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien“.",
     "„Lohnverzichtstheorien“", "Kluncker"),
    ("Der Forscher Heino Stoever riet allgemein zu „Gelassenheit und Aufmerksamkeit“.",
     "„Gelassenheit und Aufmerksamkeit“", "Heino Stoever"),
])
def test_a_quoted_phrase_after_a_speech_verbs_preposition(sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2008-05-10", lang="de").quotes
    assert (q.kind, q.text, q.speaker) == ("direct", text, speaker)


def test_a_relative_clause_between_subject_and_verb_and_provides_for_is_no_speech():
    from chronik.pipeline import extract

    [q] = extract("Die Ministerin, die gestern in Berlin war, sagte, die Lage sei ernst.",
                  date="2024-02-01", lang="de").quotes
    assert (q.text, q.speaker) == ("die Lage sei ernst", "Ministerin")
    assert extract("Der Haushaltsplan, der am Montag vorgelegt wurde, sieht eine Verdreifachung "
                   "der Bürgschaften vor.", date="2024-02-01", lang="de").quotes == []


def test_a_name_after_von_inside_reported_speech_is_no_quotation():
    from chronik.pipeline import extract

    doc = extract("Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Ärzte ohne "
                  "Grenzen“ bis September dauern.", date="2008-05-10", lang="de")
    assert [q.kind for q in doc.quotes] == ["indirect"]
    # ... after an article it is someone's words
    doc = extract("Er sagte, Afghanistan sei ein „Opfer des Terrorismus“.", date="2008-05-10",
                  lang="de")
    assert [q.kind for q in doc.quotes] == ["indirect", "direct"]


def test_a_long_noun_alone_before_the_verb_is_its_subject():
    from chronik.pipeline import extract

    [q] = extract("Fahrgastverbände forderten beide Seiten auf, in die Schlichtung zu gehen.",
                  date="2024-10-10", lang="de").quotes
    assert (q.text, q.speaker) == ("in die Schlichtung zu gehen", "Fahrgastverbände")


@pytest.mark.parametrize("sentence", [
    "Den Pendlern droht am Montag ein Streik im Nahverkehr.",  # a strike looms: no one speaks
    "Die Regierung sieht darin eine Chance für die Region.",  # "sieht" alone reports nothing
])
def test_droht_and_sieht_alone_are_no_speech_acts(sentence):
    from chronik.pipeline import extract

    assert extract(sentence, date="2024-10-10", lang="de").quotes == []


def test_a_relative_clause_with_a_speech_verb_does_not_report_the_main_clause():
    from chronik.pipeline import extract

    # "gestanden hatte" ends a relative clause; the main clause after it, in the
    # Konjunktiv, is the authority's report
    sentence = ("Ein Tiefdruckgebiet, das tagelang über der Bucht gestanden hatte, habe nun "
                "das Festland erreicht, meldet die Wetterbehörde.")
    doc = extract(sentence, date="2008-05-10", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        (("Ein Tiefdruckgebiet, das tagelang über der Bucht gestanden hatte, habe nun das "
         "Festland erreicht"), "Wetterbehörde")]


@pytest.mark.parametrize("sentence", [
    "Sie warf den Diskus 66,56 Meter weit und siegte so vor der Russin.",
    "Der alte Wagen des Papstes schlägt alle Rekorde.",
    "In Vietnam forderte die Naturkatastrophe 92 Menschenleben.",
    "Im Riesenslalom gewann Kathrin Hölzl den Titel (Wikinews berichtete).",
])
def test_verbs_that_are_no_speech_act_here(sentence):
    from chronik.pipeline import extract

    assert extract(sentence, date="2008-05-10", lang="de").quotes == []


def test_throwing_a_reproach_is_a_speech_act():
    from chronik.pipeline import extract

    doc = extract("Der Abgeordnete warf dem Minister Wortbruch vor.", date="2008-05-10",
                  lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Der Abgeordnete warf dem Minister Wortbruch vor.", "Abgeordnete")]


def test_a_web_address_between_verb_and_particle():
    from chronik.pipeline import extract

    sentence = ("„Der Name hat einen großen Symbolcharakter“, führte der Direktor gegenüber "
                "dem Onlinedienst space.com aus.")
    doc = extract(sentence, date="2008-05-10", lang="de")
    assert [(q.text, q.speaker, q.cue) for q in doc.quotes] == [
        ("„Der Name hat einen großen Symbolcharakter“", "Direktor", "führte")]


@pytest.mark.parametrize("sentence, text", [
    # the clause ends after its verb, not at the comma of an enumeration
    (("Die Armee griff ein Büro an, das nach israelischen Angaben der Planung, Finanzierung und "
     "Unterstützung von Anschlägen diene."),
     ("das nach israelischen Angaben der Planung, Finanzierung und Unterstützung von Anschlägen "
     "diene")),
    # a preposition before the relative pronoun
    (("Die beiden Jugendlichen, unter denen sich nach Einschätzung der Ermittler der Täter "
     "befinden soll, sind gestern entlassen worden."),
     "unter denen sich nach Einschätzung der Ermittler der Täter befinden soll"),
])
def test_a_frame_inside_a_relative_clause_attributes_that_clause(sentence, text):
    from chronik.pipeline import extract

    doc = extract(sentence, date="2008-05-10", lang="de")
    assert [q.text for q in doc.quotes] == [text]


def test_so_frame_with_whom_the_source_told_it():
    from chronik.pipeline import extract

    sentence = ("Der Gesang war nur Playback, so der Mitarbeiter einer Produktionsfirma gegenüber "
                "der Zeitung „Beijing Shibao“.")
    doc = extract(sentence, date="2008-08-12", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Der Gesang war nur Playback", "Mitarbeiter einer Produktionsfirma")]


def test_a_hedge_in_konjunktiv_ii_does_not_carry_the_report_on():
    from chronik.pipeline import extract

    text = ("Der Sprecher sagte, die Bank erwarte weniger Gewinn. Das Ziel von acht Milliarden "
            "könnte wegen weiterer Abschreibungen verfehlt werden.")
    doc = extract(text, date="2008-05-10", lang="de")
    assert [q.text for q in doc.quotes] == ["die Bank erwarte weniger Gewinn"]
    # other Konjunktiv II forms right after a report carry it on
    text = ("Der Sprecher sagte, die Bank erwarte weniger Gewinn. Die Kosten hätten sich im "
            "letzten Jahr verdoppelt.")
    doc = extract(text, date="2008-05-10", lang="de")
    assert [q.text for q in doc.quotes] == [
        "die Bank erwarte weniger Gewinn", "Die Kosten hätten sich im letzten Jahr verdoppelt."]


def test_there_is_is_no_speech_act_but_reports_named_by_a_noun_are():
    from chronik.pipeline import extract

    assert extract("Es gibt nur noch wenige Busverbindungen nach Chiang Mai, so dass Touristen "
                   "auf Flugzeuge angewiesen sind.", date="2008-05-10", lang="de").quotes == []
    doc = extract("Seit dem Jahr 2015 gab es Hinweise, dass Jugendliche aus dem Heim angeworben "
                  "wurden.", date="2008-05-10", lang="de")
    assert [q.text for q in doc.quotes] == ["dass Jugendliche aus dem Heim angeworben wurden"]


def test_konjunktiv_ii_carries_on_a_report_of_the_previous_sentence():
    from chronik.pipeline import extract

    # the report ends before the frame ", sagte der Mann …", not at the sentence end
    text = ("Die Maus sei sofort tot gewesen, sagte der Mann am Montag in der Stadt. Starke "
            "Winde hätten den Brand verursacht.")
    doc = extract(text, date="2008-05-10", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Die Maus sei sofort tot gewesen", "Mann"),
        ("Starke Winde hätten den Brand verursacht.", "Mann")]


def test_a_role_with_a_name_in_apposition_is_that_person():
    from chronik.pipeline import extract

    doc = extract("„Die Lage ist ruhig“, sagte der Sprecher des Innenministeriums, Steve Alter.",
                  date="2024-05-10", lang="de")
    # (the mention keeps the name in apposition at the sentence's end too)
    assert [(q.speaker, q.speaker_mention) for q in doc.quotes] == [
        ("Steve Alter", "der Sprecher des Innenministeriums, Steve Alter")]


def test_a_wie_frame_after_a_speech_verb_attributes_the_clause_before_it():
    from chronik.pipeline import extract

    # "sprechen" is a speech verb, but what follows it is the frame, not its clause
    sentence = ("Am Dienstag will er in Moskau mit Präsident Putin sprechen, wie "
                "Regierungssprecher Steffen Hebestreit am Freitag in Berlin mitteilte.")
    doc = extract(sentence, date="2022-02-11", lang="de")
    assert [(q.text, q.speaker, q.cue) for q in doc.quotes] == [
        ("Am Dienstag will er in Moskau mit Präsident Putin sprechen", "Steffen Hebestreit",
         "mitteilte")]
    # an indirect question after a speech verb stays what was said
    doc = extract("Der Minister sagte, wie wichtig die Reform sei.", date="2022-02-11", lang="de")
    assert [q.text for q in doc.quotes] == ["wie wichtig die Reform sei"]


def test_a_definite_role_with_a_party_is_the_person_named_with_that_party():
    from chronik.pipeline import extract

    text = ("Bundesgesundheitsminister Karl Lauterbach (SPD) hat am Montag neue Regeln "
            "vorgestellt. CDU-Chef Friedrich Merz kritisierte die Pläne. Der SPD-Politiker "
            "sagte, man müsse vorsichtig bleiben. Der CDU-Politiker sagte, das sei falsch.")
    doc = extract(text, date="2022-03-14", lang="de")
    assert [(q.speaker, q.speaker_mention) for q in doc.quotes] == [
        ("Karl Lauterbach", "Der SPD-Politiker"), ("Friedrich Merz", "Der CDU-Politiker")]


def test_konjunktiv_ii_of_strong_verbs_marks_a_report():
    from chronik.pipeline import extract

    doc = extract("Ein Sprecher sagte, die Regeln gälten ab Mai.", date="2024-03-14", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("die Regeln gälten ab Mai", "Sprecher")]


def test_das_teilte_x_mit_reports_the_sentence_before_even_with_a_quoted_name():
    from chronik.pipeline import extract

    text = ("Der Prozess gegen Mitglieder der „Letzten Generation“ soll am 12. Juli beginnen. "
            "Das teilte eine Gerichtssprecherin am Dienstag mit.")
    doc = extract(text, date="2023-06", lang="de")
    assert [(q.text[:30], q.speaker) for q in doc.quotes] == [
        ("Der Prozess gegen Mitglieder d", "Gerichtssprecherin")]
    # "ruft … auf den Plan" (brings on) is no speech act
    doc = extract("Die Schule gewann den Preis. Das ruft Neider auf den Plan.", date="2023-06",
                  lang="de")
    assert doc.quotes == []


def test_more_konjunktiv_i_forms_before_an_inverted_frame():
    from chronik.pipeline import extract

    doc = extract("Die Politik der Bundesregierung wirke, erklärte der FDP-Chef.",
                  date="2023-07-10", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Die Politik der Bundesregierung wirke", "FDP-Chef")]


def test_a_pronoun_in_a_frame_is_the_person_named_before():
    from chronik.pipeline import extract

    doc = extract("Die Forscherin Julia Brandt hat die Studie geleitet. Ihr zufolge sei der "
                  "Effekt deutlich.", date="2023-07-10", lang="de")
    assert [(q.speaker, q.speaker_mention) for q in doc.quotes] == [("Julia Brandt", "Ihr")]


def test_an_indefinite_role_is_no_person_named_later_and_an_apposition_names_the_speaker():
    from chronik.pipeline import extract

    text = ("Der Kreisbrandrat des Landkreises Unterallgäu, Thomas Huber, sprach von einer "
            "„Nacht, wie ich sie in 30 Jahren nicht erlebt habe“. Ein Sprecher des Unternehmens "
            "sagte, man rechne mit Verspätungen. Der Juli sei einer der heißesten gewesen, "
            "erklärte DWD-Sprecher Andreas Friedrich.")
    doc = extract(text, date="2023-07-18", lang="de")
    assert [q.speaker for q in doc.quotes] == [
        "Thomas Huber", "Sprecher des Unternehmens", "Andreas Friedrich"]


@pytest.mark.parametrize("sentence, text, speaker", [
    ("Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen heute mit.",
     "Der Umsatz wird 278 Millionen Euro betragen", "Unternehmen"),
    ("Die Grenzen des Landes werden bis auf weiteres geschlossen, kündigte die Regierung an.",
     "Die Grenzen des Landes werden bis auf weiteres geschlossen", "Regierung"),
    # "so" or "das" may stand between the clause and its frame
    ("Die Hauptkamera des Teleskops ist am Montag ausgefallen, das teilte das Institut mit.",
     "Die Hauptkamera des Teleskops ist am Montag ausgefallen", "Institut"),
    (("Die Preise für Heizöl steigen im Winter weiter, so heißt es in einer Erklärung der "
     "IG Metall."), "Die Preise für Heizöl steigen im Winter weiter", "IG Metall"),
    (("Die Hauptkamera des Teleskops ist am Montag ausgefallen – das zumindest meint Rick "
     "Homans vom Institut."), "Die Hauptkamera des Teleskops ist am Montag ausgefallen",
     "Rick Homans"),
    # "Seit dem" is a preposition here, not a fronted clause
    ("Seit dem 19. Juni ist die Hauptkamera des Teleskops ausgefallen, teilte das Institut mit.",
     "Seit dem 19. Juni ist die Hauptkamera des Teleskops ausgefallen", "Institut"),
])
def test_a_short_indicative_main_clause_before_its_frame_is_what_was_said(
        sentence, text, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2024-06-12", lang="de").quotes
    assert (q.text, q.speaker) == (text, speaker)


@pytest.mark.parametrize("sentence", [
    # a subject with an apposition, a fronted clause, a question word, a quotation's end
    "Die Fraktion von Bündnis 90/Die Grünen, meldete unterdessen Kritik an.",
    "Da der Rückflug nach München nicht möglich war, entschied sich der Pilot anders.",
    "Wieso die Maschine kurz nach dem Start abbrach, gab die Flugsicherung nicht bekannt.",
    "Das gehört nicht auf den Platz“, sagte der Spieler nach dem Spiel.",
])
def test_no_indicative_clause_before_the_verb_when_it_is_no_main_clause(sentence):
    from chronik.pipeline import extract

    doc = extract(sentence, date="2024-06-12", lang="de")
    assert [q for q in doc.quotes
            if q.evidence.rule == "indirect: clause before the speech verb"] == []


@pytest.mark.parametrize("sentence", [
    "Der Komponist schrieb einige Titel zu Stanley Kubricks Film „2001: Odyssee im Weltraum“.",
    "Der Franzose sagte im italienischen Fachblatt „La Gazzetta dello Sport“, er sei müde.",
    "Laut einem Test des Magazins „auto, motor und sport“ gibt es 113 Modelle.",
])
def test_a_quotation_right_after_a_noun_for_a_work_or_medium_is_its_name(sentence):
    from chronik.pipeline import extract

    doc = extract(sentence, date="2024-06-12", lang="de")
    assert [q for q in doc.quotes if q.kind == "direct"] == []


def test_a_headline_speaker_named_by_role_and_surname_is_the_full_name_of_the_body():
    from chronik.pipeline import extract

    doc = extract("Landesbischöfin Ruth Hartwig geht in den Ruhestand. „Wir müssen besser "
                  "zuhören“, sagte Hartwig am Samstag.", date="2025-11-15", lang="de",
                  title="Bischöfin Hartwig: „Die Kirche muss leiser werden“")
    assert [(q.field, q.speaker) for q in doc.quotes] == [
        ("title", "Ruth Hartwig"), ("text", "Ruth Hartwig")]
    assert doc.quotes[0].speaker_mention == "Bischöfin Hartwig"


def test_nannte_x_einen_quotation_is_what_the_subject_said():
    from chronik.pipeline import extract

    [q] = extract("Bundeskanzler Lars Hoffmeister nannte die Einigung einen „Durchbruch für die "
                  "ganze Region“.", date="2025-06-27", lang="de").quotes
    assert (q.kind, q.speaker, q.cue) == ("direct", "Lars Hoffmeister", "nannte")


@pytest.mark.parametrize("sentence, speaker", [
    (("Die Grippewelle hat nach Einschätzung des Landesgesundheitsamts ihren Höhepunkt "
     "erreicht."), "Landesgesundheitsamt"),
    # "des Kreises" keeps its ending: "Kreis" and "Kreise" cannot be told apart
    ("Die Straße bleibt nach Angaben des Kreises bis Freitag gesperrt.", "Kreises"),
])
def test_a_speaker_named_in_the_genitive_is_given_without_its_ending(sentence, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2025-01-10", lang="de").quotes
    assert q.speaker == speaker


def test_das_unternehmen_is_the_organisation_the_text_is_about():
    from chronik.pipeline import extract

    doc = extract("Der SV Weserstadion Bremen hat den Mittelfeldspieler Daniel Okafor verpflichtet. "
                  "Der 24-Jährige kommt vom belgischen Erstligisten KV Brugge und unterschreibt "
                  "einen Vertrag bis 2029, wie der Verein am Montag mitteilte.",
                  date="2025-07-14", lang="de")
    [q] = doc.quotes
    assert (q.speaker, q.speaker_mention) == ("SV Weserstadion Bremen", "der Verein")


def test_a_name_ending_in_s_after_a_generic_noun_keeps_its_s():
    from chronik.pipeline import extract

    doc = extract("Fresenius hat am Montag Zahlen vorgelegt. Der Umsatz sei nach Angaben des "
                  "Konzerns um fünf Prozent gestiegen.", date="2025-07-14", lang="de")
    # the organisation when the entity stage knows it, else the noun; never "Freseniu"
    assert [q.speaker for q in doc.quotes] in (["Fresenius"], ["Konzern"])


@pytest.mark.parametrize("sentence, speaker", [
    ("Die Armeeleitung hingegen sprach von einem ganz normalen Absturz.", "Armeeleitung"),
    ("Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.", "Militärsprecher"),
])
def test_an_adverb_between_subject_and_verb_and_compound_heads_that_speak(sentence, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2025-01-10", lang="de").quotes
    assert q.speaker == speaker


@pytest.mark.parametrize("second, speaker", [
    ("Ein Sprecher des Finanzministeriums sagte, die Zahlen würden am Mittwoch vorgelegt.",
     "Sprecher des Finanzministeriums"),
    ("Die Zahlen würden am Mittwoch vorgelegt, so ein Sprecher der Kommission.",
     "Sprecher der Kommission"),
])
def test_an_unnamed_spokesman_is_not_the_spokesman_named_before(second, speaker):
    from chronik.pipeline import extract

    doc = extract("Regierungssprecher Markus Feldhahn sagte am Montag, die Koalition sei sich "
                  "einig. " + second, date="2024-05-13", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Markus Feldhahn", speaker]


def test_konjunktiv_continuations_of_common_news_verbs():
    from chronik.pipeline import extract

    doc = extract("Der Staatsrechtler Konrad Hellwig sagte, die Reform benachteilige kleinere "
                  "Parteien. Die Klausel dürfe nicht gestrichen werden. Das widerspreche dem "
                  "Grundsatz der Wahlgleichheit.", date="2025-04-10", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Konrad Hellwig"] * len(doc.quotes)
    assert doc.quotes[-1].text.endswith("Das widerspreche dem Grundsatz der Wahlgleichheit.")


def test_a_plan_after_a_silent_report_is_the_writers():
    from chronik.pipeline import extract

    doc = extract("Die Reform war vor knapp zwei Jahren vom Bundestag beschlossen worden. Sie "
                  "soll erstmals bei der nächsten Bundestagswahl angewendet werden.",
                  date="2025-04-10", lang="de")
    assert doc.quotes == []


def test_nach_der_mitteilung_says_when_not_who():
    from chronik.pipeline import extract

    doc = extract("Die Aktie stieg nach der Mitteilung im DAX um bis zu neun Prozent.",
                  date="2026-11-12", lang="de")
    assert doc.quotes == []


def test_the_source_of_angaben_eines_sprechers_is_the_spokesman():
    from chronik.pipeline import extract

    [q] = extract("Nach Angaben eines Unternehmenssprechers sei ein Stellenabbau nicht geplant.",
                  date="2026-07-02", lang="de").quotes
    assert q.speaker == "Unternehmenssprecher"


def test_a_role_named_in_apposition_is_the_person_it_introduced():
    from chronik.pipeline import extract

    doc = extract("Die Sprecherin des Weißen Hauses, Karoline Weston, sagte am Donnerstag, man "
                  "sei zuversichtlich. Die Sprecherin betonte, der Präsident sei optimistisch.",
                  date="2025-11-27", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Karoline Weston", "Karoline Weston"]


def test_a_konjunktiv_of_a_t_stem_is_no_preterite():
    from chronik.pipeline import extract

    [q] = extract("Ihr Landesvorsitzender Sebastian Roth sagte, man warte das Endergebnis ab.",
                  date="2025-09-21", lang="de").quotes
    assert (q.text, q.speaker) == ("man warte das Endergebnis ab", "Sebastian Roth")


def test_a_party_role_is_the_person_named_just_before():
    from chronik.pipeline import extract

    doc = extract("Bauministerin Katrin Oehlmann verteidigte das Gesetz. „Wer heute eine Wohnung "
                  "sucht, braucht Schutz“, sagte die SPD-Politikerin.", date="2025-03-06",
                  lang="de")
    assert [q.speaker for q in doc.quotes] == ["Katrin Oehlmann"]


def test_a_konjunktiv_ii_goes_on_after_a_direct_quotation_with_its_frame():
    from chronik.pipeline import extract

    doc = extract("„Die Lage ist ernst, aber unter Kontrolle“, sagte Landrat Georg Huber. Die "
                  "Dämme würden rund um die Uhr überwacht.", date="2025-11-13", lang="de")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [
        ("direct", "Georg Huber"), ("indirect", "Georg Huber")]


@pytest.mark.parametrize("sentence, speaker", [
    ("Die Lufthansa strich nach eigenen Angaben alle Inlandsflüge bis Freitagmittag.",
     "Lufthansa"),
    ("Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle abgesucht.", "Feuerwehr"),
    ("Der Minister Karl Weber hat nach eigener Aussage nichts gewusst.", "Karl Weber"),
])
def test_own_statements_are_the_subjects(sentence, speaker):
    from chronik.pipeline import extract

    [q] = extract(sentence, date="2025-03-05", lang="de").quotes
    # the text's own words stay the mention; the speaker is who made the statements
    assert q.speaker == speaker
    assert q.speaker_mention in ("Angaben", "eigener Aussage", "Aussage")


@pytest.mark.parametrize("text", [
    # a demand recalled in a relative clause: no speech act of its own
    "Die Staatsanwaltschaft, die vier Jahre gefordert hatte, prüft ebenfalls Rechtsmittel.",
    # talking with someone is no report
    ("Heute, am Freitag, will Merz auch mit dem französischen Präsidenten Emmanuel Macron "
    "sprechen."),
])
def test_speech_verbs_that_report_nothing_here(text):
    from chronik.pipeline import extract

    assert extract(text, date="2025-12-11", lang="de").quotes == []


def test_sprechen_reports_with_von():
    from chronik.pipeline import extract

    [q] = extract("Merz sprach von einem Durchbruch.", date="2025-12-11", lang="de").quotes
    assert (q.speaker, q.cue) == ("Merz", "sprach")


def test_the_defence_speaks():
    from chronik.pipeline import extract

    [q] = extract("Die Verteidigung kündigte Revision an.", date="2025-12-11", lang="de").quotes
    assert q.speaker == "Verteidigung"


def test_a_headline_reports_no_speech_act():
    from chronik.pipeline import extract

    doc = extract("Der Deutsche Wetterdienst warnte am Donnerstag vor Glatteis.",
                  title="DWD warnt vor Glatteis und Sturm", date="2026-02-05", lang="de")
    assert [q.field for q in doc.quotes] == ["text"]


@pytest.mark.parametrize("frame, speaker", [
    # someone new, described by an indefinite phrase, is never the person named before
    ("sagte eine 63-jährige Frau, die ihren Namen nicht nennen wollte.", "63-jährige Frau"),
    ("sagte ein Anwohner.", "Anwohner"),
    # the definite age noun is the person just named
    ("sagte der 63-Jährige.", "Felix Schwenke"),
])
def test_an_indefinite_speaker_is_someone_new_a_definite_age_noun_the_person_named(frame, speaker):
    from chronik.pipeline import extract

    doc = extract("Oberbürgermeister Felix Schwenke dankte den Einsatzkräften. „Ich dachte "
                  "erst, das sind Böller“, " + frame, date="2025-07-06", lang="de")
    assert [q.speaker for q in doc.quotes] == [speaker]


def test_a_block_quote_after_an_age_noun_is_the_persons():
    from chronik.pipeline import extract

    doc = extract("Der Preis geht an den Historiker Karl Schlögel. Bei einer Pressekonferenz am "
                  "Mittwoch warnte der 77-Jährige vor Gleichgültigkeit:\n\n»Europa hat sich an "
                  "den Krieg gewöhnt. Das ist gefährlich.«\n", date="2025-10-15", lang="de")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [("direct", "Karl Schlögel")]


def test_a_possessor_before_a_role_is_not_the_person_of_the_phrase():
    from chronik.pipeline import extract

    doc = extract("Offenbachs Oberbürgermeister Felix Schwenke (SPD) zeigte sich erschüttert. "
                  "„So etwas darf in unserer Stadt keinen Platz haben“, schrieb er.",
                  date="2025-07-06", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Felix Schwenke"]


def test_the_company_is_the_one_organisation_of_the_sentence_before():
    from chronik.pipeline import extract

    doc = extract("Die IG Metall protestiert. Die IG Metall ruft zum Streik. Die Brenntal AG "
                  "will 3000 Stellen abbauen. Das teilte das Unternehmen am Montag mit.",
                  date="2025-09-08", lang="de")
    assert {q.speaker for q in doc.quotes} == {"Brenntal AG"}


@pytest.mark.parametrize("text, speaker", [
    # a role that says what someone is: the person named just before
    (("Bezirksleiterin Barbara Resch kritisierte das scharf. Die Gewerkschafterin sagte, man "
     "werde kämpfen."), "Barbara Resch"),
    (("Arbeitsrechtler Gregor Thüsing hält den Streik für zulässig. Einem Verbot gebe er wenig "
     "Chancen, sagte der Professor."), "Gregor Thüsing"),
    # the addressee after the speaker is not part of it
    (("Arbeitsrechtler Gregor Thüsing hält den Streik für zulässig. Einem Verbot gebe er wenig "
     "Chancen, sagte der Bonner Professor der Nachrichtenagentur dpa."), "Gregor Thüsing"),
])
def test_a_definite_role_of_who_one_is_is_the_person_named_before(text, speaker):
    from chronik.pipeline import extract

    assert [q.speaker for q in extract(text, date="2025-02-11", lang="de").quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the name in apposition to a role, also after a phrase of place
    (("Die Verhandlungsführerin der Kommunen, Karin Welge, wies die Kritik zurück. Man habe "
     "ein Angebot gemacht."), "Karin Welge"),
    (("Der Betriebsratsvorsitzende in Heilbronn, Thomas Kalb, äußerte sich ähnlich. Man sei "
     "überrascht worden, sagte er."), "Thomas Kalb"),
])
def test_the_name_in_apposition_to_a_role_speaks(text, speaker):
    from chronik.pipeline import extract

    assert [q.speaker for q in extract(text, date="2026-03-10", lang="de").quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Es befinde sich nicht mehr in Lebensgefahr, hieß es am Sonntag aus dem Klinikum.",
     "Klinikum"),
    ("Velten sei friedlich eingeschlafen, hieß es in einer Erklärung der Familie.", "Familie"),
])
def test_an_impersonal_frame_names_its_source_after_the_verb(text, speaker):
    from chronik.pipeline import extract

    assert [q.speaker for q in extract(text, date="2025-10-21", lang="de").quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Der Täter sei nach Polizeiangaben 30 Jahre alt.", "Polizei"),
    ("Nach UNO-Angaben seien 300 Menschen geflohen.", "UNO"),
    # a generic giver is the organisation the text is about
    (("Verdi hat zu Streiks aufgerufen. Die Streiks sollen nach Gewerkschaftsangaben bis "
     "Mittwochabend dauern."), "Verdi"),
    (("Die GDL ruft zum Streik auf. Der Ausstand beginne am Abend, wie die Gewerkschaft am "
     "Dienstag mitteilte."), "GDL"),
])
def test_the_giver_of_a_compound_of_saying_is_the_source(text, speaker):
    from chronik.pipeline import extract

    assert [q.speaker for q in extract(text, date="2026-03-10", lang="de").quotes] == [speaker]


@pytest.mark.parametrize("continuation", [
    "Man traue Feldhoff zu, die Wende zu schaffen.",
    "Der Schaden belaufe sich auf rund 240 Millionen Euro.",
    "Man bedauere die Entscheidung.",
])
def test_konjunktiv_i_of_more_verbs_continues_the_report(continuation):
    from chronik.pipeline import extract

    doc = extract("Dirk Dufner sagte, der Abstand sei gewachsen. " + continuation,
                  date="2025-04-14", lang="de")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [("indirect", "Dirk Dufner")] * 2


def test_going_into_extra_time_is_no_report_and_a_counterfactual_after_it_no_quotation():
    from chronik.pipeline import extract

    doc = extract("Die Weltklimakonferenz geht in die Verlängerung. Eigentlich hätte das Treffen "
                  "am Freitag enden sollen, doch die Staaten konnten sich nicht einigen.",
                  date="2025-11-22", lang="de")
    assert doc.quotes == []
    # "geht … davon aus" still reports
    [q] = extract("Die Polizei geht davon aus, dass der Täter allein handelte.",
                  date="2025-11-22", lang="de").quotes
    assert q.speaker == "Polizei"


def test_an_as_frame_with_a_parenthesis_before_its_verb():
    from chronik.pipeline import extract

    doc = extract("Der Schriftsteller Martin Velten ist tot. Er starb am Sonntag, wie sein Verlag "
                  "heute, zwei Tage nach seinem Tod, mitteilte.", date="2025-10-21", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Verlag"]


def test_a_condition_alone_before_the_frame_is_not_what_was_said():
    from chronik.pipeline import extract

    doc = extract("Sollte es auch kommende Woche keine Einigung geben, droht Werneke mit "
                  "unbefristeten Streiks ab April.", date="2026-03-10", lang="de")
    assert [q.text for q in doc.quotes if q.text.startswith("Sollte")] == []
    # with a main clause of its own after the condition, the whole is what was said
    [q] = extract("Sollte die Regierung nicht handeln, komme es zum Kollaps, sagte der Minister.",
                  date="2026-03-10", lang="de").quotes
    assert q.text == "Sollte die Regierung nicht handeln, komme es zum Kollaps"


@pytest.mark.parametrize("colon_sentence", [
    "Die Allianz nehme das sehr ernst:",
    # a speech verb in the infinitive after the Konjunktiv is part of what was said
    "China werde seine Souveränität entschlossen verteidigen:",
])
def test_a_block_after_reported_speech_ending_in_a_colon_keeps_the_speaker(colon_sentence):
    from chronik.pipeline import extract

    doc = extract("Die Sprecherin Mao Ning sagte am Montag, die Übung sei eine Warnung. "
                  + colon_sentence + "\n\n»Wer mit dem Feuer spielt, verbrennt sich.«\n",
                  date="2024-10-15", lang="de")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Mao Ning"]


@pytest.mark.parametrize("text", [
    "Vertreter kommen heute in Ankara zusammen, um über den NATO-Beitritt Schwedens zu sprechen.",
    "Einzelheiten nannte er nicht.",
])
def test_a_purpose_and_a_denied_speech_act_report_nothing(text):
    from chronik.pipeline import extract

    assert extract(text, date="2023-06-06", lang="de").quotes == []


def test_a_clause_of_reported_speech_before_a_colon_is_reported_too():
    from chronik.pipeline import extract

    doc = extract("Linda Carvajal sagte, der Zeitplan lasse wenig Spielraum:\n\n"
                  "„Vor zwei Wochen haben sie noch die Software geändert.“\n",
                  date="2024-12-03", lang="de")
    assert [(q.kind, q.text[:25], q.speaker) for q in doc.quotes] == [
        ("indirect", "der Zeitplan lasse wenig ", "Linda Carvajal"),
        ("direct", "„Vor zwei Wochen haben si", "Linda Carvajal")]


def test_the_defender_is_the_defender_named_before():
    from chronik.pipeline import extract

    doc = extract("Der Verteidiger des zweiten Angeklagten, Rechtsanwalt Martin Olbrich, kündigte "
                  "an, sein Mandant werde sich äußern. Der Verteidiger sagte, das Verfahren sei "
                  "unfair.", date="2025-06-03", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Martin Olbrich", "Martin Olbrich"]


def test_a_konjunktiv_sentence_ending_in_a_colon_carries_on_the_report():
    from chronik.pipeline import extract

    doc = extract("Gründerin Eva Roth sagte am Montag, das Gerät wiege wenig. Es sei vor allem "
                  "für Handwerker gedacht, nicht für Kinder:\n\n„Wir bauen kein Spielzeug.“\n",
                  date="2024-09-10", lang="de")
    assert [(q.kind, q.text[:20], q.speaker) for q in doc.quotes] == [
        ("indirect", "das Gerät wiege weni", "Eva Roth"),
        ("indirect", "Es sei vor allem für", "Eva Roth"),
        ("direct", "„Wir bauen kein Spie", "Eva Roth")]


def test_company_figures_are_the_company_s():
    from chronik.pipeline import extract

    doc = extract("Das Start-up Lumio stellt heute seine Brille vor. Eine weitere "
                  "Finanzierungsrunde ist nach Firmenangaben für das Frühjahr geplant.",
                  date="2024-09-10", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Start-up Lumio"]


def test_a_named_apposition_is_not_traded_for_the_role_before_it():
    from chronik.pipeline import extract

    doc = extract("Oberstaatsanwältin Judith Marquardt sagte, die Firma habe Solarparks verkauft, "
                  "die nie gebaut worden seien. Das Geld sei über Konten in Zypern verschoben "
                  "worden. Der Verteidiger des zweiten Angeklagten, Rechtsanwalt Martin Olbrich, "
                  "kündigte an, sein Mandant werde sich am nächsten Verhandlungstag äußern.",
                  date="2025-05-20", lang="de")
    assert [q.speaker for q in doc.quotes][-1] == "Martin Olbrich"


def test_a_date_in_the_sentence_before_a_block_does_not_cut_its_frame():
    from chronik.pipeline import extract

    doc = extract("Der Sprecher des Ministeriums, Nasser Kanani, sagte am Montag, man sei zu "
                  "Gesprächen bereit. Die Gegenseite müsse jedoch ihre Zusagen vom 4. März "
                  "einhalten:\n\n„Wir sind nicht nach Wien gereist, um über Formalitäten zu "
                  "reden.“\n", date="2023-03-06", lang="de")
    # (the tagger knows "Kanani" only: "Nasser" is also an adjective)
    assert [(q.kind, q.speaker) for q in doc.quotes] == [
        ("indirect", "Kanani"), ("indirect", "Kanani"), ("direct", "Kanani")]
    assert doc.quotes[1].text.endswith("einhalten")


def test_a_konjunktiv_ii_sentence_with_a_speech_verb_before_a_colon_carries_on_the_report():
    from chronik.pipeline import extract

    doc = extract("Kremlberater Juri Uschakow sagte am Montag, im Mittelpunkt stehe Syrien. "
                  "Putin und Erdoğan würden zudem über den Export von Getreide sprechen:\n\n"
                  "„Wir sind der Türkei dankbar.“\n", date="2022-07-18", lang="de")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [
        ("indirect", "Juri Uschakow"), ("indirect", "Juri Uschakow"), ("direct", "Juri Uschakow")]


def test_a_name_in_the_genitive_after_a_noun_of_saying_is_the_source():
    from chronik.pipeline import extract

    doc = extract("Regierungssprecher Steffen Hebestreit äußerte sich am Morgen. Nach Angaben "
                  "Hebestreits ist das Treffen abgesagt.", date="2024-03-06", lang="de")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("ist das Treffen abgesagt", "Steffen Hebestreit")]
