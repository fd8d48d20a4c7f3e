"""A per-document time budget: a runaway document fails alone with a `timeout` error."""

import time

import pytest

from chronik.budget import DocumentTimeout, budget_for, time_budget
from chronik.cli import main


def test_a_block_that_overruns_its_budget_raises_a_timeout_naming_the_document():
    expected = r"timeout: analysis of doc.txt took longer"
    with pytest.raises(DocumentTimeout, match=expected), time_budget(0.05, "doc.txt"):
        time.sleep(1)


def test_a_block_within_budget_is_untouched_and_the_timer_is_cleared():
    with time_budget(5, "doc.txt"):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.01)  # a stale timer would fire here


def test_budget_grows_linearly_with_size():
    assert budget_for(0) == 30
    assert budget_for(10_000_000) == pytest.approx(30 + 200)


def test_budget_must_be_positive():
    with pytest.raises(ValueError), time_budget(0, "x"):
        pass


def test_cli_reports_a_timeout_and_goes_on_with_the_batch(tmp_path, capsys, monkeypatch):
    import chronik.commands.extract as extract_command

    slow = tmp_path / "slow.txt"
    slow.write_text(" date 2022-01-10 Langsam\n\nHeute.", encoding="utf-8")
    fast = tmp_path / "fast.txt"
    fast.write_text(" date 2022-01-10 Schnell\n\nHeute.", encoding="utf-8")
    from chronik import pipeline

    real = pipeline.analyse

    # a stage that hangs on one document: analyse_safely's budget (forced small) ends it
    def stuck(doc, *, segment=True, budget=None):
        if doc.source.endswith("slow.txt"):
            time.sleep(budget + 1)
        return real(doc, segment=segment, budget=budget)

    monkeypatch.setattr(pipeline, "analyse", stuck)
    monkeypatch.setattr(extract_command, "analyse_safely", lambda doc, **kw: pipeline.analyse_safely(
        doc, segment=True, timeout=0.05 if doc.source.endswith("slow.txt") else None))
    code = main(["extract", "--format", "jsonl", str(slow), str(fast)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "slow.txt" in err and "timeout" in err
    assert '"Schnell"' in out
