"""Killing `chronik ingest` with SIGKILL at any moment leaves a consistent store.

Given a corpus ingested into a reference store in one go, and the same corpus ingested
into a second store by runs that are killed at random moments: after every kill the
SQLite integrity check passes and every stored document is complete (it has exactly the
timexes the reference has for it); a final run resumes and ends with the same documents
as the reference, none twice.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

SENTENCES = [
    "Das Treffen soll am {d}. März in Genf stattfinden.",
    "Am Montag sagte die Ministerin, man sei bereit.",
    "Vor drei Wochen war die Sitzung um 21:30 Uhr MEZ abgesagt worden.",
    "The summit is scheduled for March {d} at 2 p.m. EST.",
    "Seit Jahren fließt jeden Dienstag weniger Wasser.",
]


def corpus(path, n: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(rng.choice(SENTENCES).format(d=rng.randint(1, 28))
                            for _ in range(rng.randint(3, 30)))
            f.write(json.dumps({"id": f"doc{i}", "date": "2023-02-20", "lang": "de",
                                "text": f"Meldung {i}. {text}"}, ensure_ascii=False) + "\n")


def ingest(src, db, **popen):
    cmd = [sys.executable, "-m", "chronik", "ingest", "--batch-size", "8", "--db", str(db),
           str(src)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def timex_counts(db) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT d.doc_id, COUNT(t.id) FROM documents d "
                           "LEFT JOIN timexes t ON t.document_id = d.id GROUP BY d.id").fetchall()
    finally:
        con.close()
    return dict(rows)


def integrity(db) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_sigkill_during_ingest_never_leaves_half_a_document(tmp_path):
    src = tmp_path / "corpus.jsonl"
    corpus(src, 200)
    reference = tmp_path / "reference.db"
    assert ingest(src, reference).wait(timeout=600) == 0
    want = timex_counts(reference)
    assert len(want) == 200

    db = tmp_path / "killed.db"
    rng = random.Random(11)
    kills = 0
    for _ in range(4):
        proc = ingest(src, db)
        time.sleep(rng.uniform(0.3, 1.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        if db.exists():
            assert integrity(db) == "ok"
            for doc_id, count in timex_counts(db).items():
                assert count == want[doc_id], f"{doc_id} stored half: {count} of {want[doc_id]}"
    assert kills >= 1, "the ingest was never interrupted; the test proved nothing"

    final = ingest(src, db)
    assert final.wait(timeout=600) == 0
    got = timex_counts(db)
    assert got == want
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM documents").fetchone() == (200, 200)
    con.close()
