"""`--engine local`: a process pool. The reference every other engine is compared with."""

from __future__ import annotations

import itertools
from pathlib import Path

import duckdb

from chronik.batch import ReadOptions, WorkUnit, process_unit, read_tables, run_batch
from chronik.batch.process import write_unit
from chronik.batch.rows import document_rows, partition_of
from chronik.batch.units import plan_units, read_unit
from tests.batch.checks import (
    assert_output_equals_extract,
    assert_planted_errors_reported,
    error_rows,
    file_names,
)


def test_given_jsonl_and_warc_shards_the_tables_hold_what_extract_prints(shards, expected,
                                                                         out_dir):
    summary = run_batch(shards, out_dir, engine="local", workers=2, split_bytes=600)
    assert summary.units > 2  # the JSONL shard was split, so both workers had work
    assert summary.documents == len(expected)
    assert_output_equals_extract(out_dir, expected)
    assert_planted_errors_reported(out_dir)


def test_rerunning_over_the_same_input_replaces_its_output(shards, out_dir):
    run_batch(shards, out_dir, engine="local", workers=1)
    first = file_names(out_dir)
    run_batch(shards, out_dir, engine="local", workers=1)
    assert file_names(out_dir) == first
    assert len(list(read_tables(out_dir))) == sum(
        rows for name, rows in first.items() if name.startswith("documents/"))


def test_output_is_partitioned_by_language_and_publication_month(shards, out_dir):
    run_batch(shards, out_dir, engine="local", workers=1)
    partitions = {name.rsplit("/", 1)[0] for name in file_names(out_dir)
                  if name.startswith("documents/")}
    assert "documents/lang=de/month=2022-01" in partitions
    assert "documents/lang=en/month=2022-02" in partitions
    assert "documents/lang=de/month=unknown" in partitions  # a record without a date


def test_another_input_into_the_same_directory_adds_to_it(shards, out_dir):
    run_batch(shards[:1], out_dir, engine="local", workers=1)
    run_batch(shards[1:], out_dir, engine="local", workers=1)
    both = {d["id"] for d in read_tables(out_dir)}
    assert any(i.startswith("urn:uuid:") for i in both) and "de-0" in both


def test_a_document_whose_analysis_raises_goes_to_the_errors_table(shards, out_dir,
                                                                   monkeypatch):
    import chronik.pipeline

    real = chronik.pipeline.analyse

    def analyse(doc, **kw):
        if doc.id == "de-2":
            raise RuntimeError("planted failure")
        return real(doc, **kw)

    monkeypatch.setattr(chronik.pipeline, "analyse", analyse)
    result = process_unit(WorkUnit(shards[0]), out_dir, ReadOptions())
    errors = [e for e in error_rows(out_dir) if e["stage"] == "analyse"]
    # de-2 is the third line of the shard
    assert errors == [{"shard": shards[0], "shard_offset": 0, "position": 2,
                       "source": f"{shards[0]}:3", "line": None, "doc_id": "de-2",
                       "stage": "analyse",
                       "reason": "internal error: RuntimeError: planted failure"}]
    assert result["documents"] == 10 - 1  # ten good records less the one that raised
    assert "de-2" not in {d["id"] for d in read_tables(out_dir)}


def test_a_split_jsonl_shard_keeps_line_numbers_for_ids_and_errors(shards):
    whole = plan_units(shards[:1], split_bytes=10**9)
    pieces = plan_units(shards[:1], split_bytes=300)
    assert len(whole) == 1 and len(pieces) > 3
    assert pieces[0].first_line == 1 and pieces[0].start == 0
    assert all(a.end == b.start for a, b in itertools.pairwise(pieces))

    def read(units):
        return [getattr(i, "id", None) or (i.source, i.line, i.reason)
                for u in units for i in read_unit(u, ReadOptions())]

    assert read(pieces) == read(whole)
    assert "news.jsonl:8" in read(pieces)  # the id-less record on line 8 is named by its line


def test_duckdb_reads_the_tables_with_their_partitions(shards, out_dir):
    run_batch(shards, out_dir, engine="local", workers=1)
    glob = f"{out_dir}/timexes/*/*/*.parquet"
    by_month = dict(duckdb.sql(
        f"SELECT month, count(*) FROM read_parquet('{glob}', hive_partitioning = true) "
        "WHERE lang = 'de' GROUP BY month").fetchall())
    assert by_month["2022-01"] > 0


def documented_query(directory: str) -> str:
    """The DuckDB example of docs/batch.md, with its directory."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "batch.md").read_text("utf-8")
    query = text.split("```sql\n", 1)[1].split("```", 1)[0]
    return query.replace("'tables/", f"'{directory}/")


def test_the_documented_duckdb_query_finds_planned_nato_events_in_january_2022(tmp_path):
    """Given hand-made documents with events, the example query returns exactly the match."""
    def document(doc_id, published, events):
        return {"id": doc_id, "document": {"date": published, "date_given": published,
                                           "date_evidence": "given", "lang": "de",
                                           "title": None},
                "timexes": [], "quotes": [], "entities": [],
                "events": [{"id": f"e{i}", "field": "text", "start": 0, "end": 6,
                            "trigger": trigger, "summary": summary, "value": value,
                            "timex": None, "status": status, "participants": people,
                            "location": None}
                           for i, (trigger, summary, value, status, people)
                           in enumerate(events, start=1)]}

    docs = [
        document("a", "2021-12-20", [
            ("Gipfel", "NATO-Gipfel in Brüssel", "2022-01-12", "planned", ["NATO"]),
            ("Treffen", "Treffen in Genf", "2022-01-10", "planned", ["Russland", "USA"])]),
        document("b", "2022-01-05", [
            ("Manöver", "Manöver der NATO", "2022-01-20", "happened", ["NATO"]),
            ("Sitzung", "Sitzung des NATO-Russland-Rats", "2022-02-02", "planned", [])]),
    ]
    buffers = {}
    for position, doc in enumerate(docs):
        rows = document_rows(doc, shard="hand.jsonl", shard_offset=0, position=position)
        bucket = buffers.setdefault(partition_of(doc), {t: [] for t in rows})
        for table, table_rows in rows.items():
            bucket[table].extend(table_rows)
    write_unit(str(tmp_path), "0000000000000000-000000000000", buffers, [])
    found = duckdb.sql(documented_query(str(tmp_path))).fetchall()
    assert [(row[0], row[1], row[2]) for row in found] == [("a", "2021-12-20", "2022-01-12")]
