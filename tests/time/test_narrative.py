"""Narrative anchoring: a history dates what it leaves open by the time its story has
reached; a news text keeps its document date even when it tells some history."""

from chronik.time import tag

HISTORY = (
    "Der Krieg begann am 1. September 1939 mit dem Angriff auf Polen. Am 3. September "
    "erklärten Großbritannien und Frankreich den Krieg. Einen Tag später folgte die erste "
    "Schlacht. Im Winter 1939 kam es zu Kämpfen in Finnland, die bis März 1940 dauerten. "
    "Am 9. April begann die Besetzung Norwegens. Im Mai 1940 folgte der Westfeldzug, am "
    "22. Juni 1940 der Waffenstillstand. Im Jahr 1941 griff Deutschland die Sowjetunion an, "
    "im Dezember 1941 traten die USA in den Krieg ein. Die Wende kam 1942 und 1943. Im Juni "
    "1944 landeten die Alliierten in der Normandie, im Mai 1945 endete der Krieg in Europa. "
    "Noch heute erinnern Denkmäler an die Opfer.")


def values(text, date):
    return {t.text: t.value for t in tag(text, date=date)}


def test_a_history_dates_a_day_without_its_year_by_the_year_it_has_reached():
    got = values(HISTORY, "2011-02-16")
    assert got["3. September"] == "1939-09-03"
    assert got["Einen Tag später"] == "1939-09-04"
    assert got["9. April"] == "1940-04-09"  # after "März 1940"
    assert got["heute"] == "2011-02-16"  # the day of writing in a history too


def test_the_evidence_names_the_reference_time():
    [t] = [t for t in tag(HISTORY, date="2011-02-16") if t.text == "3. September"]
    assert t.evidence.anchor == "narrative reference time 1939-09-01"


def test_a_news_text_with_some_history_keeps_its_document_date():
    news = ("Am Montag gedachten Politiker in Warschau des Kriegsbeginns am 1. September 1939. "
            "Am 3. September wird der Bundespräsident in Danzig sprechen.")
    assert values(news, "2019-09-02")["3. September"] == "2019-09-03"


def test_a_text_without_a_document_date_takes_the_years_it_names():
    text = "Im Jahr 1914 begann der Krieg. Am 28. Juli erklärte Österreich Serbien den Krieg."
    assert values(text, None)["28. Juli"] == "1914-07-28"
