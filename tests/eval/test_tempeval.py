"""Tests for reading TimeML gold files and TempEval-3 scoring."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from chronik.eval.tempeval import evaluate, format_report, score
from chronik.eval.timeml import (
    GoldTimex,
    TimeMLDocument,
    iter_timeml,
    normalize_value,
    read_timeml,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "timeml"
TINY = DATA / "tiny.tml"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
KRAUTS = SHARED / "data" / "temporal-de" / "KRAUTS-Dolomiten-100"
TBAQ = SHARED / "data" / "temporal-en" / "TBAQ-cleaned"


@dataclass
class Pred:
    start: int
    end: int
    type: str
    value: str


def pred_at(text: str, phrase: str, type_: str, value: str) -> Pred:
    start = text.index(phrase)
    return Pred(start, start + len(phrase), type_, value)


def pct(part: float, whole: float) -> float:
    return 100 * part / whole


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r)


# --- reading ----------------------------------------------------------------------------


def test_tiny_offsets_slice_the_text():
    doc = read_timeml(TINY)
    assert doc.doc_id == "tiny"
    assert doc.text.startswith("\nBozen & Meran.  Am Montag")  # entity resolved, EVENT dropped
    assert "getagt." in doc.text and "<" not in doc.text
    assert [t.text for t in doc.timexes] == [
        "Montag",
        "20.30 Uhr",
        "drei Stunden",
        "Jahr 2022",
        "jeden Freitag",
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    assert doc.timexes[0] == GoldTimex(20, 26, "Montag", "DATE", "2021-11-29", None, "t1")


def test_dct_is_reduced_to_a_date_and_empty_timexes_are_skipped():
    doc = read_timeml(TINY)
    assert doc.dct == "2021-12-03"  # gold DCT value is 2021-12-03T08:30:00
    assert "t6" not in {t.tid for t in doc.timexes}  # empty PAST_REF outside TEXT
    assert "t0" not in {t.tid for t in doc.timexes}


def test_krauts_clock_times_are_normalized():
    assert normalize_value("2021-11-29T20.30") == "2021-11-29T20:30"
    assert normalize_value("T08.05 ") == "T08:05"
    assert normalize_value("PT1.5H") == "PT1.5H"  # decimal durations are not clock times
    doc = read_timeml(TINY)
    assert doc.timexes[1].value == "2021-11-29T20:30"


def test_html_entities_fall_back_to_tolerant_parsing():
    doc = read_timeml(DATA / "entities.tml")
    assert doc.text.startswith("\nBrüssel.\xa0Seit März 2019 verhandeln die Minister – zuletzt am")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("März 2019", "2019-03"),
        ("Donnerstag um 14.15 Uhr", "2019-11-07T14:15"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    # The creation time may also sit inside TEXT; it is the DCT, not a gold timex.
    assert doc.dct == "2019-11-08"


def test_latin1_file_with_crlf_is_read(tmp_path: Path):
    source = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<TimeML><DOCID>l1</DOCID>\r\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-02" '
        'functionInDocument="CREATION_TIME">2.1.</TIMEX3></DCT>\r\n'
        '<TEXT>Grüße\r\nvom <TIMEX3 tid="t1" type="DATE" value="2020-01-01">1. Jänner</TIMEX3>.'
        "</TEXT></TimeML>"
    )
    path = tmp_path / "latin1.tml"
    path.write_bytes(source.encode("latin-1"))
    doc = read_timeml(path)
    assert doc.text == "Grüße\nvom 1. Jänner."
    assert [(t.start, t.end, t.text) for t in doc.timexes] == [(10, 19, "1. Jänner")]


@pytest.mark.parametrize(
    "body, reason",
    [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ("<TimeML><TEXT>am <TIMEX3 tid='t1'>Montag &nbsp;</TEXT></TimeML>", "unclosed <TIMEX3>"),
    ],
)
def test_broken_files_raise_value_error_naming_the_file(tmp_path: Path, body: str, reason: str):
    path = tmp_path / "broken.tml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=reason) as info:
        read_timeml(path)
    assert "broken.tml" in str(info.value)


def test_iter_timeml_reads_a_directory_sorted():
    docs = list(iter_timeml(DATA))
    assert [d.doc_id for d in docs] == ["entities", "tiny"]
    assert [d.doc_id for d in iter_timeml(TINY)] == ["tiny"]


# --- scoring ----------------------------------------------------------------------------


def tiny_tagger(text: str, dct: str | None) -> list[Pred]:
    """Predictions with a known outcome against tiny.tml (5 gold timexes)."""
    assert dct == "2021-12-03"
    return [
        pred_at(text, "Montag", "DATE", "2021-11-29"),  # strict, value and type right
        pred_at(text, "20.30", "TIME", "2021-11-29T20.30"),  # partial; value right once normalized
        pred_at(text, "drei Stunden", "DURATION", "P3H"),  # strict, wrong value
        pred_at(text, "Jahr", "DURATION", "2022"),  # partial, right value, wrong type
        pred_at(text, "Gemeinderat", "DATE", "XXXX"),  # spurious
        pred_at(text, "Kolpinghaus", "DATE", "PRESENT_REF"),  # spurious
        # "jeden Freitag" is missing
    ]


def test_scores_match_hand_computation():
    report = evaluate([read_timeml(TINY)], tiny_tagger)
    assert (report.n_docs, report.n_gold, report.n_pred) == (1, 5, 6)
    assert (report.strict_tp, report.relaxed_tp) == (2, 4)
    assert (report.value_correct, report.type_correct) == (3, 3)

    strict_p, strict_r = pct(2, 6), pct(2, 5)
    relaxed_p, relaxed_r = pct(4, 6), pct(4, 5)
    assert report.strict_precision == pytest.approx(33.333, abs=1e-3)
    assert report.strict_recall == pytest.approx(strict_r)
    assert report.strict_f1 == pytest.approx(f1(strict_p, strict_r))  # 36.36
    assert report.relaxed_precision == pytest.approx(relaxed_p)
    assert report.relaxed_recall == pytest.approx(80.0)
    assert report.relaxed_f1 == pytest.approx(f1(relaxed_p, relaxed_r))  # 72.73
    assert report.value_accuracy == pytest.approx(75.0)
    assert report.value_f1 == pytest.approx(f1(relaxed_p, relaxed_r) * 3 / 4)  # 54.55
    assert report.type_f1 == pytest.approx(f1(relaxed_p, relaxed_r) * 3 / 4)


def test_per_type_table():
    per_type = evaluate([read_timeml(TINY)], tiny_tagger).per_type
    summary = {name: (s.count, s.relaxed_recall, s.value_accuracy) for name, s in per_type.items()}
    assert summary == {
        "DATE": (2, 100.0, 100.0),
        "DURATION": (1, 100.0, 0.0),
        "SET": (1, 0.0, None),
        "TIME": (1, 100.0, 100.0),
    }


def test_errors_are_listed_in_text_order_with_context():
    report = evaluate([read_timeml(TINY)], tiny_tagger)
    kinds = [(e.kind, e.gold_text, e.pred_text) for e in report.errors]
    assert kinds == [
        ("spurious", None, "Gemeinderat"),
        ("wrong_value", "drei Stunden", "drei Stunden"),
        ("wrong_type", "Jahr 2022", "Jahr"),
        ("missing", "jeden Freitag", None),
        ("spurious", None, "Kolpinghaus"),
    ]
    wrong_value = report.errors[1]
    assert (wrong_value.gold_value, wrong_value.pred_value) == ("PT3H", "P3H")
    assert "und dauerte [[drei Stunden]]. Im Jahr" in wrong_value.context
    assert "\n" not in wrong_value.context
    assert len(wrong_value.context) <= 60 + 60 + len("[[drei Stunden]]")


def _one_gold_doc(text: str, phrase: str, value: str) -> TimeMLDocument:
    start = text.index(phrase)
    gold = GoldTimex(start, start + len(phrase), phrase, "DATE", value, None, "t1")
    return TimeMLDocument("g", "", text, None, [gold])


def test_greedy_matching_is_one_to_one_and_prefers_larger_overlap():
    text = "Im Jahr 2022 soll die Brücke fertig sein."
    doc = _one_gold_doc(text, "Jahr 2022", "2022")
    preds = [
        pred_at(text, "Jahr", "DATE", "2021"),  # overlap 4, listed first
        pred_at(text, "Jahr 2022 soll", "DATE", "2022"),  # overlap 9: wins
    ]
    report = score({"g": doc}, {"g": preds})
    assert (report.relaxed_tp, report.strict_tp, report.value_correct) == (1, 0, 1)
    assert report.relaxed_precision == pytest.approx(50.0)
    assert report.relaxed_recall == pytest.approx(100.0)
    assert [(e.kind, e.pred_text) for e in report.errors] == [("spurious", "Jahr")]


def test_one_prediction_cannot_match_two_golds():
    text = "Am Montag und Dienstag wird gestreikt."
    doc = _one_gold_doc(text, "Montag", "2021-11-29")
    start = text.index("Dienstag")
    doc.timexes.append(GoldTimex(start, start + 8, "Dienstag", "DATE", "2021-11-30", None, "t2"))
    preds = [pred_at(text, "Montag und Dienstag", "DATE", "2021-11-29")]
    report = score({"g": doc}, {"g": preds})
    assert (report.n_gold, report.relaxed_tp) == (2, 1)
    assert [e.gold_text for e in report.errors if e.kind == "missing"] == ["Montag"]


def test_duplicate_predictions_count_once_for_strict():
    text = "Am Montag wird gestreikt."
    doc = _one_gold_doc(text, "Montag", "2021-11-29")
    pred = pred_at(text, "Montag", "DATE", "2021-11-29")
    report = score({"g": doc}, {"g": [pred, pred]})
    assert (report.strict_tp, report.relaxed_tp, report.n_pred) == (1, 1, 2)
    assert report.strict_precision == pytest.approx(50.0)


def test_score_without_predictions_and_unknown_documents():
    doc = read_timeml(TINY)
    report = score({"tiny": doc}, {})
    assert (report.n_gold, report.n_pred, report.relaxed_f1, report.value_f1) == (5, 0, 0.0, 0.0)
    with pytest.raises(ValueError, match="not in the gold set"):
        score({"tiny": doc}, {"other": []})


def test_prediction_outside_text_is_rejected():
    doc = read_timeml(TINY)
    with pytest.raises(ValueError, match="outside"):
        evaluate([doc], lambda text, dct: [Pred(0, len(text) + 1, "DATE", "2021")])


def test_format_report_and_to_dict():
    report = evaluate([read_timeml(TINY)], tiny_tagger)
    text = format_report(report, errors=True, max_errors=2)
    assert "documents 1   gold timexes 5   predicted 6" in text
    assert re.search(r"strict\s+33\.3\s+40\.0\s+36\.4", text)
    assert re.search(r"relaxed\s+66\.7\s+80\.0\s+72\.7", text)
    assert re.search(r"value\s+54\.5", text)
    assert re.search(r"SET\s+1\s+0\.0\s+-", text)
    assert "errors (5)" in text and "... 3 more" in text
    assert "[[Gemeinderat]]" in text and "[[Kolpinghaus]]" not in text
    assert "errors" not in format_report(report)

    data = json.loads(json.dumps(report.to_dict()))
    assert data["relaxed_tp"] == 4 and data["value_f1"] == pytest.approx(report.value_f1)
    assert data["per_type"]["SET"]["value_accuracy"] is None
    assert data["errors"][0]["kind"] == "spurious"


# --- the shared corpora -----------------------------------------------------------------


def _require(path: Path) -> None:
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path} (expected ../shared next to the project)")


def _inline_timex_texts(path: Path) -> list[str]:
    """An independent read of the gold: tag contents inside <TEXT>, via regex only."""
    source = path.read_text(encoding="utf-8")
    inner = re.search(r"<TEXT>(.*)</TEXT>", source, re.DOTALL).group(1)
    texts = []
    for match in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", inner, re.DOTALL):
        content = html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip()
        if content and "CREATION_TIME" not in match.group(1):
            texts.append(content)
    return texts


def _check_corpus(files: list[Path]) -> int:
    total = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.dct and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.dct), path
        for timex in doc.timexes:
            assert doc.text[timex.start : timex.end] == timex.text, (path, timex)
            assert timex.type in {"DATE", "TIME", "DURATION", "SET"}, (path, timex)
            assert timex.value and timex.value == timex.value.strip(), (path, timex)
            assert not re.search(r"T\d\d\.\d\d", timex.value), (path, timex)
        assert [t.text for t in doc.timexes] == _inline_timex_texts(path), path
        total += len(doc.timexes)
    return total


def test_every_krauts_file_reads_with_exact_spans():
    _require(KRAUTS)
    files = sorted(KRAUTS.glob("*.tml"))
    assert len(files) == 100
    assert _check_corpus(files) > 300


def test_tbaq_sample_reads_with_exact_spans():
    _require(TBAQ)
    files = sorted(TBAQ.rglob("*.tml"))
    sample = files[::5]
    assert Counter(p.parent.name for p in sample)["AQUAINT"] > 0
    assert _check_corpus(sample) > 300
