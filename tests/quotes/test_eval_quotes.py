"""`chronik eval-quotes` and its scorer, on a tiny hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

from chronik.cli import main
from chronik.eval.quotes import GoldQuote, match, speaker_correct
from chronik.model import Quote, Span

TINY = Path(__file__).resolve().parents[1] / "data" / "quotes" / "tiny.jsonl"


def test_text_report_has_scores_recall_by_type_and_speaker_accuracy(capsys):
    assert main(["eval-quotes", str(TINY)]) == 0
    out = capsys.readouterr().out
    # 4 gold quotations; the three with a speech verb or frame are found, the reported
    # sentence without a clause ("äußerte sich am Morgen") is not
    assert "4 gold, 3 predicted, 3 matched" in out
    assert "precision 100.0  recall 75.0  F1 85.7" in out
    assert "speaker accuracy 100.0%" in out
    assert "Reported" in out and "Direct" in out


def test_json_report_is_machine_readable(capsys):
    assert main(["eval-quotes", "--format", "json", str(TINY)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["gold"] == 4 and report["matched"] == 3
    assert report["recall_by_type"]["Reported"] == 0.0
    assert report["speaker_accuracy"] == 100.0


def test_errors_lists_the_missed_quotation(capsys):
    assert main(["eval-quotes", "--errors", str(TINY)]) == 0
    out = capsys.readouterr().out
    assert "missed" in out and "[[Kremlsprecher Dmitri Peskow äußerte sich am Morgen.]]" in out


def test_bad_gold_line_is_reported_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "quotes": []}\n{not json\n', encoding="utf-8")
    assert main(["eval-quotes", str(bad)]) == 2
    assert f"{bad}:2" in capsys.readouterr().err


def test_match_needs_half_of_the_longer_span_and_is_one_to_one():
    gold = [[(0, 100)], [(200, 220)]]
    assert match([[(0, 60)]], gold) == [(0, 0)]  # 60 of 100 shared
    assert match([[(0, 40)]], gold) == []  # 40 of 100: not enough
    assert match([[(0, 100)], [(10, 90)]], gold) == [(0, 0)]  # one prediction per gold
    # two spans of one quotation count together
    assert match([[(200, 210), (212, 220)]], gold) == [(0, 1)]


def test_speaker_is_right_by_mention_overlap_or_surname():
    gold = GoldQuote([(50, 80)], "Direct", [(0, 6)], "Peskow")
    by_overlap = Quote("q1", "direct", "text", 50, 80, "", "Dmitri Peskow", "Peskow", "sagte",
                       speaker_span=Span("text", 0, 6))
    by_name = Quote("q1", "direct", "text", 50, 80, "", "Dmitri Peskow", "er", "sagte",
                    speaker_span=Span("text", 90, 92))
    wrong = Quote("q1", "direct", "text", 50, 80, "", "Joe Biden", "Biden", "sagte",
                  speaker_span=Span("text", 90, 95))
    unknown = Quote("q1", "direct", "text", 50, 80, "", None, None, None)
    assert speaker_correct(by_overlap, gold, "")
    assert speaker_correct(by_name, gold, "")
    assert not speaker_correct(wrong, gold, "")
    assert not speaker_correct(unknown, gold, "")
