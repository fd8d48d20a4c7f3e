"""What `make demo` runs: ingest examples/ into a fresh store, then print the timeline."""

from __future__ import annotations

from pathlib import Path

from chronik.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_demo_ingests_every_example_and_prints_the_timeline(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    assert main(["ingest", str(EXAMPLES), "--db", db]) == 0
    # 9 article files + 3 wire records; examples/README.md is not an article
    assert "12 stored, 0 already in the store, 0 failed" in capsys.readouterr().err
    assert main(["timeline", "--db", db]) == 0
    out = capsys.readouterr().out
    assert all(line.count("\t") == 4 for line in out.splitlines())  # piped: plain lines
