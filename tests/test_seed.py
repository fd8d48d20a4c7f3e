"""The seed article (../shared/corpus/seed) read through the command line, against its hand annotation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_0c5df4d7e626345f.txt"
GOLD = SEED.with_name("000_0c5df4d7e626345f.expected.json")
CHECK = SHARED / "checks" / "check_seed.py"
CHRONIK = Path(sys.executable).with_name("chronik")  # the venv's console script

pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"seed article not found at {SEED} (the shared corpus is absent)")


@pytest.fixture(scope="module")
def text() -> str:
    with open(SEED, encoding="utf-8") as f:  # what offsets index
        return f.read()


@pytest.fixture(scope="module")
def output() -> dict:
    proc = subprocess.run([sys.executable, "-m", "chronik", "extract", "--format", "json", str(SEED)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert isinstance(got, dict), "one file gives one object"
    return got


def test_document_metadata(output):
    doc = output["document"]
    assert doc["date_given"] == "2021-12"
    assert doc["date"] == "2021-12-30"
    assert doc["lang"] == "de"
    assert doc["title"] == "Telefonat zwischen Putin und Biden heute am späten Abend"
    assert doc["date_evidence"], "a refined date says why"
    assert output["id"] == "000_0c5df4d7e626345f"


def test_every_emitted_offset_slices_the_file_text(output, text):
    fields = {"text": text}
    assert output["timexes"], "the seed article has time expressions"
    for t in output["timexes"]:
        assert fields[t["field"]][t["start"]:t["end"]] == t["text"], t
    for q in output["quotes"]:
        assert fields[q["field"]][q["start"]:q["end"]] == q["text"], q
    for n in output["entities"]:
        for m in n["mentions"]:
            assert fields[m["field"]][m["start"]:m["end"]] == m["text"], m
    for e in output["events"]:
        assert 0 <= e["start"] <= e["end"] <= len(fields[e["field"]]), e
        if e["end"] > e["start"]:
            assert e["trigger"] in fields[e["field"]][e["start"]:e["end"]], e


def gold_spans(text: str, gold: dict):
    """Gold timexes located in order in the file, as ../shared/checks/check_seed.py does."""
    pos = 0
    for g in gold["timexes"]:
        s = text.index(g["text"], pos)
        pos = s + 1
        yield g, s, s + len(g["text"])


def test_every_gold_timex_has_an_overlapping_prediction_with_the_same_value(output, text):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    preds = [t for t in output["timexes"] if t["field"] == "text"]
    misses = []
    for g, s, e in gold_spans(text, gold):
        cands = [t for t in preds if t["start"] < e and t["end"] > s]
        good = [t for t in cands if t["value"] == g["value"]
                and ("utc_offset" not in g or t.get("utc_offset") == g["utc_offset"])]
        if not good and g["value"] == "2021-12-30TEV" \
                and {"2021-12-30", "2021-12-30TEV"} <= {t["value"] for t in cands}:
            good = cands  # 'heute' + 'am späten Abend' as two timexes is acceptable
        if not good:
            misses.append((g["text"], s, g["value"], [(t["text"], t["value"]) for t in cands]))
    assert not misses, misses


def test_instants_of_gold_timexes_agree(output, text):
    """Where the annotation gives an absolute UTC instant, the prediction has the same one."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for g, s, e in gold_spans(text, gold):
        if "instant" in g:
            cands = [t for t in output["timexes"] if t["start"] < e and t["end"] > s]
            assert any(t.get("instant") == g["instant"] for t in cands), (g, cands)


@pytest.mark.skipif(not CHECK.exists(), reason=f"{CHECK} not found")
def test_shared_check_script_finds_the_date_and_all_timexes():
    cmd = [str(CHRONIK)] if CHRONIK.exists() else [sys.executable, "-m", "chronik"]
    proc = subprocess.run([sys.executable, str(CHECK), *cmd], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, check=False)
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr
    assert lines[-1].startswith("seed:"), proc.stdout
    assert "date 1/1, timexes 13/13" in lines[-1], proc.stdout
