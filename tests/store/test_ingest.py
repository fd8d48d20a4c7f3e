"""Ingest: stored once per content, resumable, one bad document never stops the batch,
two ingests into one store take turns, and workers do not change the result."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from chronik.read import ReadError
from chronik.store import Store, StoreError, expand_paths, ingest, ingest_paths
from tests.store.helpers import article, as_is, event, summit_reports

ARTICLE = (" date 2023-03-01 Gipfel angekündigt\n\n"
           "Das Treffen der Außenminister soll am 9. März in Genf stattfinden.\n")
OTHER = (" date 2023-03-10 Gipfel vorbei\n\n"
         "Am Donnerstag trafen sich die Außenminister in Genf.\n")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_file_ingested_twice_is_one_document(tmp_path, store):
    f = write(tmp_path / "a.txt", ARTICLE)
    first = ingest_paths(store, [str(f)])
    second = ingest_paths(store, [str(f)])
    assert (first.stored, second.stored, second.duplicates) == (1, 0, 1)
    assert store.counts()["documents"] == 1
    assert store.counts()["timexes"] >= 1  # the pipeline ran: "9. März" was tagged


def test_the_same_content_under_two_names_is_stored_once(tmp_path, store):
    a = write(tmp_path / "a.txt", ARTICLE)
    b = write(tmp_path / "copy-of-a.txt", ARTICLE)
    report = ingest_paths(store, [str(a), str(b)])
    assert (report.stored, report.duplicates) == (1, 1)


def test_the_same_text_with_another_given_date_is_another_document(store):
    text = "Das Treffen findet morgen statt."
    report = ingest(store, [article("x", "2023-03-01", text), article("y", "2023-03-02", text)],
                    analyse=as_is)
    assert report.stored == 2


def test_an_interrupted_ingest_resumes_skipping_stored_documents(tmp_path, db_path):
    a, b = write(tmp_path / "a.txt", ARTICLE), write(tmp_path / "b.txt", OTHER)
    analysed: list[str] = []

    def counting(doc):
        analysed.append(doc.id)
        return as_is(doc)

    with Store(db_path) as s:  # the first run stored a, then stopped
        ingest_paths(s, [str(a)], analyse=counting)
    with Store(db_path) as s:
        report = ingest_paths(s, [str(a), str(b)], analyse=counting)
    assert analysed == ["a", "b"]  # a was not analysed again
    assert (report.stored, report.duplicates) == (1, 1)


def test_a_bad_document_is_reported_and_the_others_are_stored(tmp_path, store):
    good = write(tmp_path / "good.txt", ARTICLE)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(" date 2023-03-01 Gr\xfc\xdfe\n\nK\xf6ln".encode("latin-1"))
    errors: list[ReadError] = []
    report = ingest_paths(store, [str(bad), str(good)], on_error=errors.append)
    assert (report.stored, report.failed) == (1, 1)
    assert "latin1.txt" in str(errors[0]) and "not UTF-8" in str(errors[0])


def test_a_document_that_fails_in_analysis_is_skipped(store):
    docs = [article("ok", "2023-03-01", "Gut."), article("boom", "2023-03-01", "Schlecht.")]
    report = ingest(store, docs, analyse=_explode_on_boom)
    assert (report.stored, report.failed) == (1, 1)
    assert "boom" in str(report.errors[0]) and "internal error" not in str(report.errors[0])


def _explode_on_boom(doc):
    if doc.id == "boom":
        return ReadError(doc.source or doc.id, "cannot analyse: broken on purpose")
    return doc


def test_a_document_that_cannot_be_stored_leaves_nothing_half_written(store):
    good = article("ok", "2023-03-01", "Das Treffen fand statt.")
    event(good, "Das Treffen fand statt", trigger="Treffen", value="2023-03-01", status="happened")
    broken = article("broken", "2023-03-01", "Der Gipfel fand statt.")
    event(broken, "Der Gipfel fand statt", trigger="Gipfel", value="2023-03-01", status="happened")
    broken.events.append(broken.events[0].__class__(
        "e2", "text", 0, 3, "Der", "Der", "2023-03-01", None, None, []))  # status NULL: refused
    report = ingest(store, [broken, good], analyse=as_is)
    assert (report.stored, report.failed) == (1, 1)
    assert "broken" in str(report.errors[0])
    counts = store.counts()
    assert (counts["documents"], counts["events"]) == (1, 1)  # none of "broken" is left


def _ingest_in_process(db: str, paths: list[str], queue) -> None:
    with Store(db) as s:
        report = ingest_paths(s, paths, analyse=as_is, batch_size=1)
    queue.put((report.stored, report.duplicates, report.failed))


def test_two_concurrent_ingests_into_one_store_take_turns(tmp_path, db_path):
    files = [str(write(tmp_path / f"d{i}.txt", f" date 2023-03-{i + 1:02d} T{i}\n\nText {i}.\n"))
             for i in range(12)]
    Store(db_path).close()
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_ingest_in_process, args=(str(db_path), files, queue))
             for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    results = [queue.get(timeout=5) for _ in procs]
    assert all(failed == 0 for _, _, failed in results)
    assert sum(stored for stored, _, _ in results) == 12  # each document exactly once
    with Store(db_path) as s:
        assert s.counts()["documents"] == 12


def test_a_store_locked_longer_than_the_busy_timeout_refuses_with_a_clear_message(db_path):
    Store(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer in the middle of a batch
    try:
        with Store(db_path, busy_timeout=0.1) as s, pytest.raises(StoreError, match="busy"):
            s.add([article("x", "2023-03-01", "Text.")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _dump(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    out = {}
    for table in ["documents", "timexes", "events", "merged_events", "event_participants",
                  "entities", "document_entities", "mentions", "quotes", "sources"]:
        cur = con.execute(f"SELECT * FROM {table} ORDER BY rowid")
        names = [c[0] for c in cur.description]
        out[table] = [tuple(v for n, v in zip(names, row, strict=True) if n != "ingested_at")
                      for row in cur]
    con.close()
    return out


def test_two_workers_give_the_same_store_as_one(tmp_path):
    examples = Path(__file__).resolve().parents[2] / "examples"
    dbs = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Store(db) as s:
            report = ingest_paths(s, [str(examples)], workers=workers, batch_size=4)
        assert report.failed == 0 and report.stored > 10
        dbs.append(db)
    assert _dump(dbs[0]) == _dump(dbs[1])


def test_workers_with_hand_made_documents_give_the_same_merges(tmp_path):
    dumps = []
    for workers in (1, 2):
        db = tmp_path / f"m{workers}.db"
        with Store(db) as s:
            ingest(s, summit_reports(), workers=workers, analyse=as_is, batch_size=1)
        dumps.append(_dump(db))
    assert dumps[0] == dumps[1]


def test_directories_are_read_recursively_and_globs_expanded(tmp_path):
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for name in ["a.txt", "sub/b.jsonl", "sub/feed.rss", "README.md", "sub/.hidden/c.txt",
                 "notes.odt"]:
        write(tmp_path / name, "x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert found == ["a.txt", "sub/b.jsonl", "sub/feed.rss"]
    globbed = [Path(p).name for p in expand_paths([str(tmp_path / "**" / "*.txt")])]
    assert globbed == ["a.txt"]
    assert list(expand_paths(["-", "missing.txt"])) == ["-", "missing.txt"]


def test_ingest_command_reads_stdin_and_reports_bad_files(tmp_path, db_path, capsys,
                                                          monkeypatch):
    import io

    from chronik.cli import main

    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    stdin = io.TextIOWrapper(io.BytesIO(b"Das Treffen findet morgen statt.\n"))
    monkeypatch.setattr("sys.stdin", stdin)
    code = main(["ingest", "-", str(bad), "--db", str(db_path), "--date", "2023-03-01",
                 "--lang", "de"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"chronik: error: {bad}: empty file" in err
    assert "1 stored, 0 already in the store, 1 failed" in err
    with Store(db_path) as s:
        [doc] = s.documents()
        assert (doc.source, doc.date_given) == ("<stdin>", "2023-03-01")
        assert [t.value for t in doc.timexes] == ["2023-03-02"]
        assert s.db.execute("SELECT name, kind FROM sources").fetchall() == [("<stdin>", "stdin")]


def test_ingest_command_refuses_a_file_that_is_not_a_store(tmp_path, capsys):
    from chronik.cli import main

    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not SQLite " * 100, encoding="utf-8")
    code = main(["ingest", "-", "--db", str(not_db)])
    assert code == 2 and "not a usable chronik store" in capsys.readouterr().err
