"""Twentieth round: speakers named by a role noun (blind review 40, class H) and the
reported clause around an English partial quotation, as a specification.

Every sentence is hand-written.
"""

from chronik.pipeline import extract
from chronik.quotes.names import _is_role


def quotes(text, lang="de"):
    return [(q.kind, q.speaker, q.text) for q in extract(text, date="2026-06-09", lang=lang).quotes]


def speakers(text, lang="de"):
    return [speaker for _, speaker, _ in quotes(text, lang)]


def test_a_bare_role_no_one_was_introduced_with_is_the_person_named_before():
    found = speakers("Der Leiter des Krisenstabs, Tobias Renner, stellte den Plan vor. "
                     "Die Schulen blieben geschlossen, sagte der Bürgermeister.")
    assert found == ["Tobias Renner"]


def test_a_bare_feminine_role_after_an_apposition_with_another_role():
    found = speakers("Die Präsidentin des Landgerichts, Ruth Albers, eröffnete den Prozess. "
                     "Der Fall sei ungewöhnlich, sagte die Juristin.")
    assert found == ["Ruth Albers"]


def test_a_role_with_a_name_in_apposition_is_that_name():
    found = speakers("Der Sprecher des Ministeriums, Paul Ebert, war nicht zu erreichen. "
                     "Der Vorsitzende des Vereins, Jan Wolters, sagte, die Halle bleibe zu.")
    assert found == ["Jan Wolters"]


def test_a_plural_role_stays_the_group():
    found = speakers("Der Anwalt Felix Hahn vertritt die Familie. "
                     "Die Kosten seien zu hoch, sagten die Richter.")
    assert found == ["Richter"]


def test_a_contrasting_adverb_after_the_verb_keeps_the_subject():
    found = speakers("Kulturdezernent Lukas Brandt lobte das Fest. "
                     "Der Polizei zufolge blieb es ruhig. "
                     "Der Lärm sei zu groß gewesen, meinte hingegen der Dezernent.")
    assert found[-1] == "Lukas Brandt"


def test_a_regional_demonym_is_a_role():
    found = speakers("Anna Köhler gewann das Springen. „Das war mein bester Tag“, sagte die "
                     "Sächsin.")
    assert found == ["Anna Köhler"]


def test_a_demonym_the_entity_stage_takes_for_a_surname_is_still_a_role():
    found = speakers("Moritz Engel siegte im Sprint. „Ich hatte gute Beine“, sagte der Schwabe.")
    assert found == ["Moritz Engel"]


def test_a_region_named_like_the_plural_of_a_demonym_is_no_role():
    assert _is_role("de", "Sachse") and _is_role("de", "Fränkin")
    assert not any(_is_role("de", w) for w in ("Sachsen", "Niedersachsen", "Franken"))


def test_a_surname_that_is_also_a_demonym_stays_the_person():
    found = speakers("Die Ärztin Lea Franke leitet die Station. „Wir sind voll belegt“, sagte "
                     "Franke.")
    assert found == ["Lea Franke"]


def test_english_a_backshifted_clause_around_a_partial_quotation_is_reported():
    found = quotes('The ferry would resume service "by mid-April at the latest", her spokesman '
                   "Erik Lund told Reuters.", lang="en")
    assert ("indirect", "Erik Lund",
            'The ferry would resume service "by mid-April at the latest"') in found
    assert ("direct", "Erik Lund", '"by mid-April at the latest"') in found


def test_english_a_full_quotation_before_its_frame_is_only_direct():
    found = quotes('"We would never sign that," the mayor said.', lang="en")
    assert [kind for kind, _, _ in found] == ["direct"]


def test_a_name_known_under_a_translation_in_parentheses_is_no_quotation():
    found = quotes("Die Sängerin ist nur als „La Voce“ („die Stimme“) bekannt.")
    assert [kind for kind, _, _ in found if kind == "direct"] == []


def test_a_term_in_a_generic_present_passive_is_no_quotation():
    found = quotes("Der Strom geladener Teilchen, der als „Sonnenwind“ bezeichnet wird, "
                   "erreicht die Erde.")
    assert found == []


def test_a_word_called_so_by_someone_in_the_past_stays_a_quotation():
    found = quotes("Der Plan wurde von der Opposition als „Wortbruch“ bezeichnet.")
    assert [(kind, text) for kind, _, text in found] == [("direct", "„Wortbruch“")]


def test_a_noun_of_saying_with_a_topic_after_it_is_no_source():
    found = quotes("Nach Gerüchten über einen Rücktritt fiel der Kurs der Aktie deutlich.")
    assert found == []


def test_a_noun_of_saying_with_its_source_still_frames():
    found = quotes("Nach Angaben der Feuerwehr wurde niemand verletzt.")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("indirect", "Feuerwehr")]


def test_a_konjunktiv_condition_after_a_comma_belongs_to_its_main_clause():
    found = quotes("Die Stadt hätte die Halle nur vermietet, wenn der Verein die Kosten trage.")
    assert [text for _, _, text in found] == [
        "Die Stadt hätte die Halle nur vermietet, wenn der Verein die Kosten trage."]


def test_a_reported_verb_of_saying_right_after_a_continuation_carries_the_run_on():
    found = quotes("Die Geologin Mara Voss sagte, der Hang sei seit Jahren in Bewegung. Im Frühjahr "
                   "sei ein Teil abgerutscht. Die Risse seien dabei breiter geworden, von denen man "
                   "glaube, dass sie bis ins Tal reichten.")
    run = ("Im Frühjahr sei ein Teil abgerutscht. Die Risse seien dabei breiter geworden, von "
           "denen man glaube, dass sie bis ins Tal reichten")
    assert found[-1] == ("indirect", "Mara Voss", run)


def test_a_compound_law_names_the_source_like_a_law():
    found = quotes("Nach dem Landeswassergesetz müssen die Gemeinden die Deiche prüfen.")
    assert found == [("indirect", "Landeswassergesetz",
                      "müssen die Gemeinden die Deiche prüfen")]
