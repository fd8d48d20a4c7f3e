"""Language identification: function words first, the statistical model for the rest."""

from __future__ import annotations

import pytest

from chronik.text.langid import identify_language

GERMAN = (
    "Die Regierung hat am Montag in Berlin einen neuen Plan für die Energieversorgung "
    "vorgestellt. Nach Angaben des Ministeriums sollen die Kosten für die Haushalte bis zum "
    "Herbst sinken, auch wenn die Opposition von einem Wahlgeschenk spricht und mit einer "
    "Klage vor dem Verfassungsgericht droht."
)
ENGLISH = (
    "The government presented a new plan for the energy supply in Berlin on Monday. "
    "According to the ministry, the costs for households are to fall by the autumn, even "
    "though the opposition speaks of an election gift and has threatened to take the plan "
    "to the constitutional court, officials said."
)
# Languages chronik has no temporal data for must not be forced into German or English.
OTHERS = {
    "nl": ("De regering heeft maandag in Berlijn een nieuw plan voor de energievoorziening "
           "gepresenteerd. Volgens het ministerie moeten de kosten voor de huishoudens tegen "
           "de herfst dalen, ook al spreekt de oppositie van een verkiezingscadeau en dreigt "
           "zij met een rechtszaak bij het grondwettelijk hof."),
    "da": ("Regeringen har mandag i Berlin fremlagt en ny plan for energiforsyningen. Ifølge "
           "ministeriet skal omkostningerne for husholdningerne falde inden efteråret, selv om "
           "oppositionen taler om en valggave og truer med et søgsmål ved forfatningsdomstolen, "
           "og der er stor uenighed om det."),
    "fr": ("Le gouvernement a présenté lundi à Berlin un nouveau plan pour l'approvisionnement "
           "en énergie. Selon le ministère, les coûts pour les ménages devraient baisser d'ici "
           "l'automne, même si l'opposition parle d'un cadeau électoral et menace de saisir la "
           "cour constitutionnelle."),
}


def test_german_prose_is_decided_by_its_function_words():
    lang, evidence = identify_language(GERMAN)
    assert lang == "de"
    assert evidence.startswith("function words:")


def test_english_prose_is_decided_by_its_function_words():
    lang, evidence = identify_language(ENGLISH)
    assert lang == "en"
    assert evidence.startswith("function words:")


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_go_to_the_statistical_model(code):
    lang, evidence = identify_language(OTHERS[code])
    assert lang == code, evidence
    assert evidence.startswith("py3langid:")


def test_a_short_text_goes_to_the_statistical_model():
    lang, evidence = identify_language("Der Gipfel findet morgen in Genf statt.")
    assert lang == "de"
    assert evidence.startswith("py3langid:")


def test_a_mixed_text_is_left_to_the_statistical_model():
    # half German, half English: neither list leaves no doubt
    lang, evidence = identify_language(GERMAN[:300] + " " + ENGLISH[:300])
    assert evidence.startswith("py3langid:")
    assert lang in {"de", "en"}


def test_text_without_letters_gets_the_default():
    assert identify_language("12:30 -- 4711 !!!", default="en") == (
        "en", "too little text to identify; default en")


def test_warm_up_loads_the_statistical_identifier_too():
    from chronik.pipeline import warm_up
    from chronik.text.langid import _identifier

    warm_up(["de"])
    assert _identifier.cache_info().currsize == 1


def test_warm_up_compiles_the_time_rules_ahead():
    from chronik.pipeline import warm_up
    from chronik.time import load_language

    warm_up(["de"])
    data = load_language("de")
    assert all(rule._pattern is not None for rule in data.rules)
