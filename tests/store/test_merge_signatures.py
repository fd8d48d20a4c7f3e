"""The store keeps the merge signatures of the day buckets it has read (what an event is
compared with) and the reports of their merged events between batches; whatever happens
meanwhile, an event joins exactly the merged event a fresh read of the store would give it,
and the merged event is written as from a fresh read of its reports."""

from __future__ import annotations

from chronik.store import Store, ingest
from tests.store.helpers import article, as_is, entity, event


def _report(doc_id: str, who: str, *, trigger: str = "Treffen", location: str | None = None,
            value: str = "2023-02-27", date: str = "2023-03-01"):
    doc = article(doc_id, date, f"{who} sagte ({doc_id}), das Treffen fand am Montag statt.")
    entity(doc, who, "PER", who)
    event(doc, "das Treffen fand am Montag statt", trigger=trigger, value=value,
          status="happened", participants=[who], location=location)
    return doc


def _broken(doc_id: str, who: str):
    doc = _report(doc_id, who, trigger="Gipfel")
    doc.events.append(doc.events[0].__class__(
        "e2", "text", 0, 3, "Der", "Der", "2023-02-27", None, None, []))  # status NULL: refused
    return doc


def _merged(store: Store) -> list[tuple]:
    return store.db.execute("SELECT e.eid, d.doc_id, e.merged_id FROM events e "
                            "JOIN documents d ON d.id = e.document_id ORDER BY e.id").fetchall()


def test_kept_signatures_merge_as_a_fresh_read_of_the_store_would(tmp_path):
    docs = [_report("a", "Maria Zorn", trigger="Gipfel"), _report("b", "Paul Kern"),
            _report("c", "Maria Zorn", value="2023-02-27T10:00", location="Genf"),
            _report("d", "Ida Roth", trigger="Gipfel", value="2023-02-27T09:30",
                    date="2023-03-02"),
            _report("e", "Paul Kern", location="Wien", date="2023-02-28")]
    with Store(tmp_path / "kept.db") as kept:
        for doc in docs:  # one batch each: the signatures are kept between them
            ingest(kept, [doc], analyse=as_is)
        got = _merged(kept)
        rows = kept.db.execute("SELECT * FROM merged_events ORDER BY id").fetchall()
    with Store(tmp_path / "fresh.db") as fresh:
        for doc in docs:
            fresh._forget_kept()  # as if every batch read the store again
            ingest(fresh, [doc], analyse=as_is)
        assert _merged(fresh) == got
        assert fresh.db.execute("SELECT * FROM merged_events ORDER BY id").fetchall() == rows
    # "c" joins "a" (Maria Zorn) rather than "b" (the same trigger), the first in id order;
    # "d" joins "a" by its trigger, and contradicts "c"'s time; "e" joins "b"
    assert [m for *_, m in got] == [1, 2, 1, 1, 2]
    assert [r[9] for r in rows] == [1, 0]  # the contradiction column


def test_an_event_written_by_another_connection_is_seen_by_the_next_batch(tmp_path):
    path = tmp_path / "two.db"
    with Store(path) as first, Store(path) as second:
        ingest(first, [_report("a", "Maria Zorn", trigger="Gipfel")], analyse=as_is)
        # the other writer adds a merged event to the bucket the first has kept
        ingest(second, [_report("b", "Paul Kern", trigger="Pressekonferenz")], analyse=as_is)
        ingest(first, [_report("c", "Paul Kern", trigger="Rede")], analyse=as_is)
        assert [m for *_, m in _merged(first)] == [1, 2, 2]


def test_a_document_rolled_back_leaves_nothing_in_the_kept_signatures(tmp_path):
    with Store(tmp_path / "rollback.db") as store:
        ingest(store, [_report("a", "Maria Zorn", trigger="Gipfel")], analyse=as_is)
        # "broken" would have joined "a" with Ida Roth; it fails and is rolled back
        report = ingest(store, [_broken("broken", "Ida Roth")], analyse=as_is)
        assert report.failed == 1
        ingest(store, [_report("c", "Ida Roth", trigger="Rede")], analyse=as_is)
        # "c" shares nothing with "a" once the failed document is gone: a merged event of its own
        assert [(d, m) for _, d, m in _merged(store)] == [("a", 1), ("c", 2)]


def test_a_single_report_resolves_as_the_general_rule_resolves_it():
    from itertools import product

    from chronik.store import merge

    for value, offset, instant, location in product(
            ["2023-02-27", "2023-02-27T10:00", "", None], ["+01:00", None],
            ["2023-02-27T09:00Z", None], ["Genf", "", None]):
        report = merge.Report(value, offset, instant, "happened", "das Treffen", location,
                              "2023-03-01", order=3, identity="abc:e1")
        assert merge.resolve_one(report) == merge.resolve([report])


def test_a_growing_list_of_reports_resolves_as_the_whole_list_does():
    import random

    from chronik.store import merge

    rng = random.Random(5)
    values = ["2023-02-27", "2023-02-27T10:00", "2023-02-27T09:30", "2023-02", "", None]
    for _ in range(300):
        resolver, reports = merge.Resolver(), []
        for _ in range(rng.randint(1, 9)):
            report = merge.Report(
                rng.choice(values), rng.choice([None, "+01:00", "-05:00"]),
                rng.choice([None, "2023-02-27T09:00Z", "2023-02-27T08:30Z"]),
                rng.choice(["planned", "happened", "cancelled"]), rng.choice(["a", "b", "c"]),
                rng.choice(["Genf", "Wien", "", None]),
                rng.choice(["2023-03-01", "2023-02-28", "", None]), order=rng.randint(1, 4),
                identity=f"{rng.choice('xyz')}:e{rng.randint(1, 3)}")
            reports.append(report)
            resolver.add(report)
            assert resolver.resolution() == merge.resolve(reports)
            assert resolver.documents == {r.identity.split(":")[0] for r in reports}


def test_a_merged_event_joined_before_a_failing_document_is_written_from_its_rows(tmp_path):
    # "b" joins "a"'s merged event, then "broken" joins it too and fails: the merged row and
    # its members are those of "a" and "b" only, as a fresh read of the store gives them
    docs = [_report("a", "Maria Zorn", trigger="Gipfel", date="2023-03-02"),
            _report("b", "Maria Zorn", value="2023-02-27T10:00", location="Genf"),
            _broken("broken", "Maria Zorn"),
            _report("c", "Paul Kern", trigger="Rede")]
    with Store(tmp_path / "batch.db") as batch:
        ingest(batch, [docs[0]], analyse=as_is)
        report = ingest(batch, docs[1:], analyse=as_is)
        assert report.failed == 1
        rows = batch.db.execute("SELECT * FROM merged_events ORDER BY id").fetchall()
    with Store(tmp_path / "alone.db") as alone:
        for doc in docs[:2] + docs[3:]:
            alone._forget_kept()
            ingest(alone, [doc], analyse=as_is)
        assert alone.db.execute("SELECT * FROM merged_events ORDER BY id").fetchall() == rows
    assert [r[10] for r in rows] == [2, 1]  # n_sources
