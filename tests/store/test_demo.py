"""What `make demo` runs: ingest examples/ into a fresh store, then print the timeline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_ingests_every_example_and_prints_the_timeline(tmp_path):
    db = str(tmp_path / "demo.db")
    ingest = subprocess.run([sys.executable, "-m", "chronik", "ingest", "examples/", "--db", db],
                            capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert ingest.returncode == 0, ingest.stderr
    # 9 article files + 3 wire records; examples/README.md is not an article
    assert "12 stored, 0 already in the store, 0 failed" in ingest.stderr
    again = subprocess.run([sys.executable, "-m", "chronik", "ingest", "examples/", "--db", db],
                           capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert "0 stored, 12 already in the store" in again.stderr
    timeline = subprocess.run([sys.executable, "-m", "chronik", "timeline", "--db", db],
                              capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert timeline.returncode == 0, timeline.stderr
