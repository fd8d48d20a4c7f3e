"""A sample store for the serve tests: the examples/ corpus through the real pipeline, plus
three short hand-written articles annotated by hand with the events, quotes, entities and
time expressions the later stages would find.

The hand annotations make the tests independent of how good those stages are today (and
of whether they are merged yet): the pages must show whatever the store holds, so the
tests give it exactly what they assert on. All names are fictional.
"""

from __future__ import annotations

from pathlib import Path

from chronik.model import Document, Entity, Event, Mention, Quote, Region, Timex
from chronik.store import Store, ingest_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class _Article:
    """Build one annotated document; every span is found by its phrase in the text."""

    def __init__(self, doc_id: str, date: str, lang: str, title: str, text: str) -> None:
        self.doc = Document(id=doc_id, fields={"text": text, "title": title},
                            regions=[Region("title", 0, len(title), "title"),
                                     Region("text", 0, len(text), "body")],
                            title=title, lang=lang, date_given=date, date=date,
                            date_evidence="given by the source", source=f"hand/{doc_id}.txt")

    def _at(self, phrase: str) -> tuple[int, int]:
        start = self.doc.text.index(phrase)
        return start, start + len(phrase)

    def timex(self, phrase: str, type_: str, value: str) -> str:
        s, e = self._at(phrase)
        tid = f"t{len(self.doc.timexes) + 1}"
        self.doc.timexes.append(Timex(tid, "text", s, e, phrase, type_, value))
        return tid

    def event(self, phrase: str, trigger: str, summary: str, value: str, status: str,
              participants: list[str], location: str | None = None,
              timex: str | None = None) -> None:
        s, e = self._at(phrase)
        self.doc.events.append(Event(f"e{len(self.doc.events) + 1}", "text", s, e, trigger,
                                     summary, value, timex, status, participants, location))

    def quote(self, said: str, speaker: str, mention: str, cue: str, kind: str = "direct"
              ) -> None:
        s, e = self._at(said)
        self.doc.quotes.append(Quote(f"q{len(self.doc.quotes) + 1}", kind, "text", s, e, said,
                                     speaker, mention, cue))

    def entity(self, name: str, type_: str, *mentions: str) -> None:
        found = []
        for m in mentions:
            s, e = self._at(m)
            found.append(Mention("text", s, e, m))
        self.doc.entities.append(Entity(f"n{len(self.doc.entities) + 1}", name, type_, found))


def annotated_articles() -> list[Document]:
    a = _Article(
        "hand-absage", "2023-05-02", "de", "Norland sagt Treffen ab",
        "Die Regierung von Norland hat das für Donnerstag geplante Treffen mit Südmark "
        "abgesagt. Außenministerin Ida Varga sagte, man werde „keine Gespräche unter Druck "
        "führen“. Ein neues Treffen ist am 20. Mai 2023 in Bern geplant.")
    thursday = a.timex("Donnerstag", "DATE", "2023-05-04")
    may20 = a.timex("20. Mai 2023", "DATE", "2023-05-20")
    a.event("das für Donnerstag geplante Treffen mit Südmark abgesagt", "abgesagt",
            "Treffen von Norland und Südmark abgesagt", "2023-05-04", "cancelled",
            ["Norland", "Südmark"], timex=thursday)
    a.event("Ein neues Treffen ist am 20. Mai 2023 in Bern geplant", "Treffen",
            "Neues Treffen von Norland und Südmark in Bern", "2023-05-20", "planned",
            ["Norland", "Südmark"], "Bern", timex=may20)
    a.quote("keine Gespräche unter Druck führen", "Ida Varga", "Ida Varga", "sagte")
    a.entity("Ida Varga", "PER", "Außenministerin Ida Varga")
    a.entity("Norland", "LOC", "Norland")
    a.entity("Südmark", "LOC", "Südmark")
    a.entity("Bern", "LOC", "Bern")

    b = _Article(
        "hand-talks", "2023-05-21", "en", "Norland and Südmark meet in Bern",
        "Delegations from Norland and Südmark met in Bern on May 20, 2023. Foreign minister "
        "Ida Varga called the talks \"a first step\". The negotiations are continuing on "
        "Monday.")
    b_may20 = b.timex("May 20, 2023", "DATE", "2023-05-20")
    monday = b.timex("Monday", "DATE", "2023-05-22")
    b.event("Delegations from Norland and Südmark met in Bern on May 20, 2023", "met",
            "Delegations of Norland and Südmark meet in Bern", "2023-05-20", "happened",
            ["Norland", "Südmark"], "Bern", timex=b_may20)
    b.event("The negotiations are continuing on Monday", "negotiations",
            "Negotiations between Norland and Südmark continue", "2023-05-22", "ongoing",
            ["Norland", "Südmark"], timex=monday)
    b.quote("a first step", "Ida Varga", "Ida Varga", "called")
    b.entity("Ida Varga", "PER", "Foreign minister Ida Varga")
    b.entity("Norland", "LOC", "Norland")
    b.entity("Südmark", "LOC", "Südmark")

    c = _Article(
        "hand-vertrag", "2023-06-10", "de", "Vertrag ungewiss",
        "Ob Norland den Vertrag mit Südmark im Juli unterzeichnet, ist nach Angaben von "
        "Diplomaten unklar. Ida Varga erklärte, sie sei zuversichtlich.")
    july = c.timex("im Juli", "DATE", "2023-07")
    c.event("Ob Norland den Vertrag mit Südmark im Juli unterzeichnet, ist nach Angaben von "
            "Diplomaten unklar", "unterzeichnet", "Unterzeichnung des Vertrags ungewiss",
            "2023-07", "uncertain", ["Norland", "Südmark"], timex=july)
    c.quote("sie sei zuversichtlich", "Ida Varga", "Ida Varga", "erklärte", kind="indirect")
    c.entity("Ida Varga", "PER", "Ida Varga")
    c.entity("Norland", "LOC", "Norland")
    c.entity("Südmark", "LOC", "Südmark")
    return [a.doc, b.doc, c.doc]


def build_sample_store(path: Path, *, examples: bool = True) -> Path:
    """Ingest examples/ (real pipeline) and add the hand-annotated articles."""
    with Store(path) as store:
        if examples and EXAMPLES.is_dir():
            ingest_paths(store, [str(EXAMPLES)])
        results = store.add(annotated_articles())
        assert all(r.status == "stored" for r in results), results
    return path
