"""`chronik eval` on a TimeML file: prints the TempEval-3 table and, with --errors, each miss."""

import json
from pathlib import Path

from chronik.cli import main

TINY = Path(__file__).resolve().parents[1] / "data" / "timeml" / "tiny.tml"


def test_eval_prints_scores_and_per_type_table(capsys):
    assert main(["eval", str(TINY)]) == 0
    out = capsys.readouterr().out
    for label in ("strict", "relaxed", "value", "type", "DATE"):
        assert label in out


def test_eval_json_scores_are_numbers_in_range(capsys):
    assert main(["eval", "--format", "json", str(TINY)]) == 0
    report = json.loads(capsys.readouterr().out)
    flat = json.dumps(report)
    assert "value_f1" in flat
    assert 0 <= report.get("value_f1", report.get("scores", {}).get("value_f1", 0)) <= 100


def test_eval_errors_lists_context(capsys):
    assert main(["eval", "--errors", str(TINY)]) == 0
    out = capsys.readouterr().out
    assert "[[" in out or "errors (0)" in out.lower()
