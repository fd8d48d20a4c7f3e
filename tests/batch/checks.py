"""What every engine's output must satisfy (shared by the engine tests)."""

from __future__ import annotations

import pyarrow.parquet as pq

from chronik.batch import read_tables


def assert_output_equals_extract(out_dir: str, expected: dict[str, dict]) -> None:
    """Each document's rows, read back, are exactly what `chronik extract --format jsonl` gives."""
    got = {d["id"]: d for d in read_tables(out_dir)}
    assert sorted(got) == sorted(expected)
    for doc_id, document in expected.items():
        assert got[doc_id] == document, doc_id


def error_rows(out_dir: str) -> list[dict]:
    table = pq.read_table(f"{out_dir}/errors")
    return table.to_pylist()


def assert_planted_errors_reported(out_dir: str) -> None:
    errors = error_rows(out_dir)
    reasons = sorted(f"{e['stage']}:{e['line']}:{e['reason'][:20]}" for e in errors)
    assert any("not valid JSON" in e["reason"] and e["line"] == 4 for e in errors), reasons
    assert any("month 13" in e["reason"] for e in errors), reasons
    assert any(e["source"].endswith("crawl.warc.gz") and "byte offset" in e["reason"]
               for e in errors), reasons
    assert len(errors) == 3, reasons


def file_names(out_dir: str) -> dict[str, int]:
    """Every output file with its size in rows, to compare two runs."""
    import os

    names = {}
    for root, _dirs, files in os.walk(out_dir):
        for name in files:
            if name.endswith(".parquet"):
                path = os.path.join(root, name)
                names[os.path.relpath(path, out_dir)] = pq.read_metadata(path).num_rows
    return names
