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


def test_an_english_history_too():
    text = ("The war began on September 1, 1939, when Germany invaded Poland. On September 3, "
            "Britain and France declared war. In the winter of 1939 fighting spread to Finland, "
            "which lasted until March 1940. On April 9, Germany invaded Norway. In May 1940 the "
            "campaign in the west began, and on June 22, 1940 France signed an armistice. In 1941 "
            "Germany attacked the Soviet Union; in December 1941 the United States entered the "
            "war. The turning point came in 1942 and 1943. In June 1944 the Allies landed in "
            "Normandy; in May 1945 the war ended in Europe.")
    got = {t.text: t.value for t in tag(text, date="2011-02-16", lang="en")}
    assert got["September 3"] == "1939-09-03"
    assert got["April 9"] == "1940-04-09"
