"""entity_key: one key for all spellings of a referent, across documents and languages."""

import pytest

from chronik.entities import entity_key


@pytest.mark.parametrize("a, b, type", [
    ("Wladimir Putin", "Vladimir Putin", "PER"),
    ("Dmitri Peskow", "Dmitry Peskov", "PER"),
    ("Wolodymyr Selenskyj", "Volodymyr Zelensky", "PER"),
    ("Boris Jelzin", "Boris Yeltsin", "PER"),
    ("José Müller", "jose muller", "PER"),
    ("USA", "Vereinigte Staaten", "LOC"),
    ("United States", "Vereinigte Staaten", "LOC"),
    ("Moskau", "Moscow", "LOC"),
    ("Kiew", "Kyiv", "LOC"),
    ("NATO-Russland-Rat", "Nato Russland Rat", "ORG"),
])
def test_variants_share_a_key(a, b, type):
    assert entity_key(a, type, "de") == entity_key(b, type, "en")


@pytest.mark.parametrize("a, b, type", [
    ("Wladimir Putin", "Joe Biden", "PER"),
    ("Russland", "Weißrussland", "LOC"),
    ("Georgia", "Georgien", "PER"),  # a person named Georgia is no country
])
def test_different_referents_differ(a, b, type):
    assert entity_key(a, type, "de") != entity_key(b, "LOC", "de")


def test_countries_key_by_iso_code_from_cldr():
    assert entity_key("Vereinigte Staaten", "LOC", "de") == "LOC:US"
    assert entity_key("Deutschland", "LOC", "de") == entity_key("Germany", "LOC", "en") == "LOC:DE"


def test_marks_are_removed_exactly_as_a_test_of_every_character_removes_them():
    import unicodedata

    from chronik.entities.keys import without_marks

    names = ["Marović", "Erdoğan", "Dvořák", "Ḑ̣̄ab", "Ελληνικά", "Nguyễn Phú Trọng", "İstanbul",
             "Hồ Chí Minh", "ﬁnance", "Zoë", "plain", "", "ㄱ가각", "Saint‑Étienne"]
    names += [chr(c) + "a" for c in range(0x2ff, 0x380)]  # the combining block and around it
    for name in names:
        decomposed = unicodedata.normalize("NFKD", name.casefold())
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        assert without_marks(decomposed) == plain, name
