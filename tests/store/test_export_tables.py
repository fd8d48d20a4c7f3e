"""Flat tables of the timeline (CSV, Markdown, the terminal listing)."""

from chronik.export.tables import timeline_rows
from chronik.store.query import SourceRef, TimelineEntry


def _report(doc: str, summary: str, title: str = "Senate passes bill") -> SourceRef:
    return SourceRef(doc, title, "2024-03-15", "en", None, None, "2024-03-13", None,
                     "happened", summary)


def test_two_reports_of_one_event_in_one_article_are_one_source():
    entry = TimelineEntry(1, "u1", "2024-03-13", None, None, "happened", "approved", None, False,
                          sources=[_report("d1", "approved"), _report("d1", "vote"),
                                   _report("d2", "passed", "Shutdown averted")])
    [row] = timeline_rows([entry])
    assert row["sources"] == ("Senate passes bill (2024-03-15); "
                              "Shutdown averted (2024-03-15)")
    assert row["n_sources"] == 2


def test_two_articles_with_the_same_title_stay_two_sources():
    entry = TimelineEntry(1, "u1", "2024-03-13", None, None, "happened", "approved", None, False,
                          sources=[_report("d1", "approved"), _report("d2", "approved")])
    [row] = timeline_rows([entry])
    assert row["sources"].count("Senate passes bill") == 2
