"""Years before the common era are DATEs with a BC value; the first year of a range
shares the era of the last."""

from chronik.time import tag


def values(text, lang="de"):
    return [(t.text, t.value) for t in tag(text, date="2011-02-16", lang=lang)]


def test_a_year_before_christ():
    assert values("Im Jahr 216 v. Chr. siegte Hannibal bei Cannae.") == [
        ("216 v. Chr.", "BC0216")]


def test_both_years_of_a_range_lie_before_christ():
    assert values("Der Krieg dauerte von 264–260 v. Chr.") == [
        ("264", "BC0264"), ("260 v. Chr.", "BC0260")]


def test_english_bc():
    assert values("The battle of Marathon took place in 490 BC.", lang="en") == [
        ("490 BC", "BC0490")]


def test_a_number_without_an_era_marker_is_no_year():
    assert values("Die Römer verloren 260 Schiffe.") == []
