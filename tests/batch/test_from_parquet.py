"""`chronik ingest --from-parquet`: a batch run's tables go into the store as they are.

Given the examples analysed by `chronik batch` and stored from its Parquet tables, the
store holds what ingesting the examples directly gives: the same documents (same content
hashes, so either route skips what the other stored) and the same timeline.
"""

from __future__ import annotations

import glob
import json
import sqlite3
from pathlib import Path

import pytest

from chronik.cli import main

pytest.importorskip("pyarrow", reason="chronik batch writes Parquet with pyarrow")
EXAMPLES = sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "examples" / "*.txt")))


def without_ids(entries: list[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k != "id"} for e in entries]


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_batch_output_stored_equals_a_direct_ingest(tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["batch", *EXAMPLES, "--out", str(out), "--engine", "local"]) == 0
    via_parquet, direct = tmp_path / "via.db", tmp_path / "direct.db"
    assert main(["ingest", "--from-parquet", str(out), "--db", str(via_parquet)]) == 0
    # the same arrival order (batch tables come by language and month): event merging is
    # greedy in that order
    arrival = [source for (source,) in rows(via_parquet, "SELECT source FROM documents ORDER BY id")]
    assert sorted(arrival) == EXAMPLES
    for path in arrival:
        assert main(["ingest", path, "--db", str(direct)]) == 0

    documents = "SELECT doc_id, content_hash, date, lang FROM documents ORDER BY content_hash"
    assert rows(via_parquet, documents) == rows(direct, documents)
    assert len(rows(direct, documents)) == len(EXAMPLES)
    counts = ("SELECT (SELECT COUNT(*) FROM timexes), (SELECT COUNT(*) FROM events), "
              "(SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM entities)")
    assert rows(via_parquet, counts) == rows(direct, counts)
    capsys.readouterr()
    main(["timeline", "--db", str(via_parquet), "--format", "json"])
    from_tables = json.loads(capsys.readouterr().out)
    main(["timeline", "--db", str(direct), "--format", "json"])
    from_texts = json.loads(capsys.readouterr().out)
    # merged-event ids are random per store; all else is the same
    assert without_ids(from_tables) == without_ids(from_texts)

    # either route knows what the other stored
    assert main(["ingest", *EXAMPLES, "--db", str(via_parquet)]) == 0
    assert "0 stored" in capsys.readouterr().err
    assert main(["ingest", "--from-parquet", str(out), "--db", str(direct)]) == 0
    assert "0 stored" in capsys.readouterr().err


def test_from_parquet_needs_a_batch_folder_and_no_paths_beside_it(tmp_path, capsys):
    assert main(["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "s.db")]) == 1
    assert "not a `chronik batch` output folder" in capsys.readouterr().err
    assert main(["ingest", "x.txt", "--from-parquet", str(tmp_path)]) == 2
    assert main(["ingest"]) == 2
    assert "(PATH...) or --from-parquet DIR" in capsys.readouterr().err
