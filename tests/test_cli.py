"""The `chronik extract` command line: output formats, standard input and bad input.

Bad input gives exactly one line on stderr naming the file (and line) and the reason;
every other document of the call is still processed and printed; the exit code is 1.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronik.cli import main

GOOD_TEXT = (" date 2021-12-30 Treffen in Genf am 10. Januar\n\n"
             "Das Treffen soll am 10. Januar in Genf stattfinden. Heute um 21:30 Uhr MEZ "
             "telefonieren die Präsidenten.\n")
CONTRACT_KEYS = {"id", "document", "timexes", "events", "quotes", "entities"}
DOCUMENT_KEYS = {"date", "date_given", "date_evidence", "lang", "title"}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl_out(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def assert_slices(obj: dict, text_by_field: dict[str, str]) -> None:
    for t in obj["timexes"]:
        assert text_by_field[t["field"]][t["start"]:t["end"]] == t["text"], t


# --- formats ----------------------------------------------------------------------------------

def test_json_for_one_seed_file_is_one_contract_object(capsys, good):
    code, out, err = run(capsys, "--format", "json", str(good))
    assert code == 0 and err == ""
    obj = json.loads(out)
    assert isinstance(obj, dict)
    assert CONTRACT_KEYS <= set(obj)
    assert DOCUMENT_KEYS <= set(obj["document"])
    assert obj["id"] == "good"
    doc = obj["document"]
    assert doc["date"] == "2021-12-30" and doc["date_given"] == "2021-12-30"
    assert doc["lang"] == "de" and doc["title"] == "Treffen in Genf am 10. Januar"
    assert isinstance(doc["date_evidence"], str) and doc["date_evidence"]
    assert isinstance(obj["events"], list) and isinstance(obj["quotes"], list)
    for n in obj["entities"]:  # contract shape; what is found is tested in tests/entities
        assert {"id", "name", "type", "mentions"} <= set(n)
    values = {(t["text"], t["value"]) for t in obj["timexes"]}
    assert ("10. Januar", "2022-01-10") in values
    mez = [t for t in obj["timexes"] if t["text"] == "21:30 Uhr MEZ"]
    assert mez and mez[0]["utc_offset"] == "+01:00" and mez[0]["instant"] == "2021-12-30T20:30:00Z"
    for t in obj["timexes"]:
        assert {"id", "field", "start", "end", "text", "type", "value", "mod"} <= set(t)
    assert_slices(obj, {"text": good.read_text(encoding="utf-8")})


def test_jsonl_prints_one_object_per_line_in_input_order(capsys, good, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(" date 2022-03 Zweiter\n\nAm 1. März.\n", encoding="utf-8")
    code, out, err = run(capsys, "--format", "jsonl", str(second), str(good))
    assert code == 0 and err == ""
    objs = jsonl_out(out)
    assert [o["id"] for o in objs] == ["second", "good"]
    assert all(CONTRACT_KEYS <= set(o) for o in objs)


def test_json_for_several_files_is_an_array(capsys, good, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(GOOD_TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "--format", "json", str(good), str(second))
    assert code == 0
    assert [o["id"] for o in json.loads(out)] == ["good", "second"]


def test_text_report_shows_the_date_and_a_timex_table(capsys, good):
    code, out, err = run(capsys, "--format", "text", str(good))
    assert code == 0 and err == ""
    assert "2021-12-30" in out
    header = [line for line in out.splitlines() if line.split()[:3] == ["id", "where", "text"]]
    assert header, out
    assert "type" in header[0] and "value" in header[0]
    row = [line for line in out.splitlines() if "10. Januar" in line and "2022-01-10" in line]
    assert row, out


def test_text_is_the_default_format(capsys, good):
    code, out, _ = run(capsys, str(good))
    assert code == 0 and out.startswith("== good")


def test_stdin_with_date(capsys, monkeypatch):
    data = "Das Treffen soll am 10. Januar stattfinden.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    code, out, err = run(capsys, "--format", "json", "--date", "2021-12-30", "-")
    assert code == 0 and err == ""
    obj = json.loads(out)
    assert obj["document"]["date"] == "2021-12-30"
    assert [(t["text"], t["value"]) for t in obj["timexes"]] == [("10. Januar", "2022-01-10")]
    assert_slices(obj, {"text": data})


def test_jsonl_input_gives_a_json_array_even_for_one_record(capsys, tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "r1", "date": "2021-12-30", "title": "Am 10. Januar",
                                "text": "Das Treffen soll am 10. Januar stattfinden."}) + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "--format", "json", str(path))
    assert code == 0 and err == ""
    arr = json.loads(out)
    assert isinstance(arr, list) and [o["id"] for o in arr] == ["r1"]
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert {t["field"] for t in arr[0]["timexes"]} == {"text", "title"}
    assert_slices(arr[0], {"text": rec["text"], "title": rec["title"]})


def test_jsonl_input_with_several_records_gives_an_array_in_order(capsys, tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "date": "2021-12-30",
                                        "text": f"Am {i}. Januar."}) + "\n" for i in range(1, 4)),
                    encoding="utf-8")
    code, out, _ = run(capsys, "--format", "json", str(path))
    assert code == 0
    assert [o["id"] for o in json.loads(out)] == ["r1", "r2", "r3"]


def test_subprocess_python_m_chronik(good):
    proc = subprocess.run([sys.executable, "-m", "chronik", "extract", "--format", "json", str(good)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    obj = json.loads(proc.stdout)
    assert obj["document"]["date"] == "2021-12-30"
    assert CONTRACT_KEYS <= set(obj)


def test_subprocess_reports_bad_input_and_still_prints_good(good, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "chronik", "extract", "--format", "jsonl",
                           str(empty), str(good)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"chronik: error: {empty}: empty file"]
    assert [o["id"] for o in jsonl_out(proc.stdout)] == ["good"]


# --- bad input --------------------------------------------------------------------------------

def _empty(tmp_path: Path) -> Path:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    return p


def _binary(tmp_path: Path) -> Path:
    p = tmp_path / "random.bin"
    rnd = random.Random(7)
    p.write_bytes(b"\x00" + bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00\x00")
    return p


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "does-not-exist.txt"


def _bad_header_date(tmp_path: Path) -> Path:
    p = tmp_path / "bad-date.txt"
    p.write_text(" date 2021-13 Titel\n\nAm 10. Januar.\n", encoding="utf-8")
    return p


def _latin1(tmp_path: Path) -> Path:
    p = tmp_path / "latin1.txt"
    p.write_bytes(" date 2021-12-30 Köln\n\nIn Köln am 10. Januar.\n".encode("latin-1"))
    return p


BAD_FILES = {
    "empty": (_empty, "empty"),
    "binary": (_binary, "binary"),
    "missing": (_missing, "no such file"),
    "malformed-header-date": (_bad_header_date, "malformed date '2021-13'"),
    "latin-1": (_latin1, "not UTF-8"),
}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_gives_one_error_line_and_the_good_file_is_still_printed(capsys, good, tmp_path, kind, fmt):
    make, reason = BAD_FILES[kind]
    bad = make(tmp_path)
    code, out, err = run(capsys, "--format", fmt, str(bad), str(good))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"chronik: error: {bad}: ")
    assert reason in lines[0]
    objs = json.loads(out) if fmt == "json" else jsonl_out(out)
    assert [o["id"] for o in objs] == ["good"]


def test_bad_file_alone_gives_exit_1_and_an_empty_array(capsys, tmp_path):
    code, out, err = run(capsys, "--format", "json", str(_empty(tmp_path)))
    assert code == 1
    assert json.loads(out) == []
    assert len(err.splitlines()) == 1


def test_text_format_also_reports_errors_on_stderr_only(capsys, good, tmp_path):
    code, out, err = run(capsys, str(_missing(tmp_path)), str(good))
    assert code == 1
    assert "no such file" in err and "no such file" not in out
    assert out.startswith("== good")


def test_50_mb_file_is_refused_fast(capsys, good, tmp_path):
    big = tmp_path / "big.txt"
    chunk = (" Am 10. Januar soll das Treffen stattfinden." * 1000 + "\n").encode()
    with open(big, "wb") as f:
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    t0 = time.perf_counter()
    code, out, err = run(capsys, "--format", "jsonl", str(big), str(good))
    elapsed = time.perf_counter() - t0
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"chronik: error: {big}: file too large")
    assert "--max-bytes" in lines[0]
    assert [o["id"] for o in jsonl_out(out)] == ["good"]
    assert elapsed < 10, f"refusing a 50 MB file took {elapsed:.1f}s"


def test_max_bytes_option_lowers_the_limit(capsys, good):
    code, out, err = run(capsys, "--format", "jsonl", "--max-bytes", "10", str(good))
    assert code == 1 and "file too large" in err and out == ""


BAD_RECORDS = {
    "not-json": ("{not json", "not valid JSON"),
    "no-text": (json.dumps({"id": "x", "date": "2021-12-30"}), "no `text`"),
    "bad-date": (json.dumps({"id": "x", "date": "2021-02-30", "text": "Am 10. Januar."}),
                 "malformed date '2021-02-30'"),
}


@pytest.mark.parametrize("kind", list(BAD_RECORDS))
def test_bad_jsonl_record_names_file_and_line_and_other_records_and_files_are_printed(
        capsys, good, tmp_path, kind):
    line, reason = BAD_RECORDS[kind]
    path = tmp_path / "feed.jsonl"
    ok1 = json.dumps({"id": "ok1", "date": "2021-12-30", "text": "Am 10. Januar."})
    ok2 = json.dumps({"id": "ok2", "date": "2021-12-30", "text": "Am 12. Januar."})
    path.write_text(f"{ok1}\n{line}\n{ok2}\n", encoding="utf-8")
    code, out, err = run(capsys, "--format", "json", str(path), str(good))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"chronik: error: {path}:2: ")
    assert reason in lines[0]
    assert [o["id"] for o in json.loads(out)] == ["ok1", "ok2", "good"]


def test_several_bad_inputs_give_one_line_each(capsys, good, tmp_path):
    bads = [_empty(tmp_path), _binary(tmp_path), _missing(tmp_path), _latin1(tmp_path)]
    code, out, err = run(capsys, "--format", "jsonl", *map(str, bads), str(good))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == len(bads)
    for path, line in zip(bads, lines):
        assert line.startswith(f"chronik: error: {path}: ")
    assert [o["id"] for o in jsonl_out(out)] == ["good"]


def test_bad_date_option_is_reported_per_file(capsys, good):
    code, out, err = run(capsys, "--format", "jsonl", "--date", "2021-13", str(good))
    assert code == 1
    assert err.splitlines() == [f"chronik: error: {good}: malformed date '2021-13': month 13 is not in 1..12"]
    assert out == ""


def test_language_without_data_keeps_the_document_and_invents_nothing(capsys, good):
    """A language chronik has no temporal data for: the document is printed, dated as given, untagged."""
    code, out, err = run(capsys, "--format", "jsonl", "--lang", "xx", str(good))
    assert code == 0 and err == ""
    (obj,) = jsonl_out(out)
    assert obj["document"]["lang"] == "xx"
    assert obj["document"]["date"] == "2021-12-30"
    assert "xx" in obj["document"]["date_evidence"]
    assert obj["timexes"] == [] and obj["events"] == [] and obj["quotes"] == [] and obj["entities"] == []


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_over_the_limit_is_refused(capsys, monkeypatch):
    _stdin(monkeypatch, b"Am 10. Januar. " * 100)
    code, out, err = run(capsys, "--format", "jsonl", "--max-bytes", "100", "-")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("chronik: error: <stdin>: file too large")


def test_stdin_over_the_limit_does_not_misstate_its_size(capsys, monkeypatch):
    _stdin(monkeypatch, b"x" * 1500)
    code, _, err = run(capsys, "--format", "jsonl", "--max-bytes", "100", "-")
    assert code == 1
    assert "1,500 bytes" in err or "more than" in err, err


def test_max_bytes_zero_never_truncates_standard_input(capsys, monkeypatch):
    from chronik.read import DEFAULT_MAX_BYTES
    head = b"Am 10. Januar. "
    _stdin(monkeypatch, head + b"a" * (DEFAULT_MAX_BYTES - len(head)) + "ä ende".encode())
    try:
        code, _, err = run(capsys, "--format", "jsonl", "--max-bytes", "0", "--lang", "xx",
                             "--no-segment", "-")
    except SystemExit as stop:  # rejecting 0 as a usage error is fine too
        assert stop.code == 2
        return
    assert "not UTF-8" not in err
    assert code == 0 or "too large" in err, err


def test_negative_max_bytes_is_a_usage_error(capsys, good):
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--max-bytes", "-1", str(good)])
    assert stop.value.code == 2
