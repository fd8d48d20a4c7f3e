"""A weekday of a week not known (an article dated only to its month) on the timeline."""

from chronik.store import Store, ingest_paths
from chronik.store.merge import sort_key
from chronik.store.query import TimelineQuery, timeline


def test_an_open_weekday_sorts_at_the_end_of_its_articles_month():
    assert sort_key("XXXX-WXX-1", "2022-02") == "2022-02-~1"
    assert sort_key("XXXX-WXX-3T18:00", "2023-11") < sort_key("XXXX-WXX-3T22:00", "2023-11")
    assert sort_key("2022-02-28", "2022-02") < sort_key("XXXX-WXX-1", "2022-02") < "2022-03"
    assert sort_key("XXXX-WXX-1") is None  # no article month: no place on the timeline


def test_a_month_dated_article_puts_its_weekday_events_in_its_month(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(
        " date 2023-11 GDL kündigt neuen Streik an\n\n"
        "Die GDL hat für Mittwochabend einen neuen Streik angekündigt. Der Ausstand soll um "
        "22 Uhr beginnen. Für Freitagabend ist eine Kundgebung geplant.\n", encoding="utf-8")
    with Store(tmp_path / "c.db") as store:
        ingest_paths(store, [str(article)])
        rows = timeline(store, TimelineQuery(date_from="2023-11", date_to="2023-11"))
    # the strike on Wednesday evening and the walkout at 22:00 are one event
    assert [(r.value, r.when) for r in rows] == [
        ("XXXX-WXX-3T22:00", "2023-11, a Wednesday 22:00"),
        ("XXXX-WXX-5TEV", "2023-11, a Friday evening")]
