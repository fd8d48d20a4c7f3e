"""A short coverage-guided fuzzing run of each fuzzer (longer runs: fuzz/README.md)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
atheris = pytest.importorskip("atheris", reason="atheris not installed (pip install atheris)")


@pytest.mark.parametrize(("fuzzer", "runs", "max_len"), [
    ("fuzz_extract.py", 1500, 2048),
    ("fuzz_read.py", 3000, 8192),
])
def test_fuzzer_finds_no_crash_in_a_short_run(fuzzer, runs, max_len, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus" / fuzzer.removeprefix("fuzz_").removesuffix(".py"), corpus)
    proc = subprocess.run(
        [sys.executable, str(FUZZ / fuzzer), f"-runs={runs}", f"-max_len={max_len}",
         "-seed=1", str(corpus)],
        check=False, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    crashes = list(tmp_path.glob("crash-*"))
    assert proc.returncode == 0 and not crashes, proc.stderr[-3000:]
