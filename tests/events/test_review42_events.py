"""Events from blind review 42, as a specification. Every sentence is hand-written."""

from chronik.pipeline import extract


def events(text, date):
    return [(e.trigger, e.status) for e in extract(text, date=date, lang="de").events]


def test_church_rites_are_events():
    found = events("Die für Sonntag geplante Konfirmation in der Stadtkirche fällt nicht aus.",
                   "2026-03-11")
    assert ("Konfirmation", "planned") in found, found


def test_a_search_told_in_the_preterite_is_an_event():
    found = events("Steuerfahnder durchsuchten am Dienstag zwölf Büros.", "2026-03-11")
    assert ("durchsuchten", "happened") in found, found
