"""The bundled demo corpus (examples/): every document reads, gets a date and a language, and its offsets slice.

One test case per document: each `.txt` file, and each line of each `.jsonl` file.
The language expected is the `_de_`/`_en_` in a file's name; for JSONL records it is the
record's `lang`, or for the record without one, German (see examples/README.md).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from chronik.model import Document
from chronik.pipeline import analyse
from chronik.read import ReadError, read_path
from chronik.text.langid import supported_languages

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HAVE_EN = "en" in supported_languages()

NO_ENGLISH = pytest.mark.xfail(strict=True, reason=(
    "no English language data (chronik/time/lang/en.toml) yet: English text is identified "
    "as 'de' and a record with lang 'en' is refused as 'unsupported language'"))


def _items() -> list[tuple[str, int | None, str]]:
    """(file name, JSONL line or None, expected language)."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        m = re.search(r"_(de|en)_", path.name)
        assert m, f"{path.name} names no language"
        out.append((path.name, None, m.group(1)))
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                out.append((path.name, number, json.loads(line).get("lang") or "de"))
    return out


ITEMS = _items()


def _id(item) -> str:
    name, line, _ = item
    return name if line is None else f"{name}:{line}"


def _params(extra_marks=lambda item: []):
    params = []
    for item in ITEMS:
        marks = list(extra_marks(item))
        if item[2] == "en" and item[1] is not None and not HAVE_EN:
            marks.append(NO_ENGLISH)  # a record that says lang 'en' cannot be analysed at all
        params.append(pytest.param(item, id=_id(item), marks=marks))
    return params


@lru_cache(maxsize=None)
def analysed(name: str, line: int | None) -> Document:
    items = list(read_path(EXAMPLES / name))
    item = items[line - 1] if line is not None else items[0]
    if isinstance(item, ReadError):
        raise AssertionError(str(item))
    return analyse(item)


def test_examples_are_present():
    assert len([i for i in ITEMS if i[1] is None]) >= 9
    assert any(i[1] is not None for i in ITEMS)


@pytest.mark.parametrize("item", _params())
def test_example_extracts_without_error(item):
    name, line, _ = item
    doc = analysed(name, line)
    assert doc.to_dict()["id"]


@pytest.mark.parametrize("item", _params())
def test_example_gets_a_day_date(item):
    """Every example is dated to a day; the month-only files `2023-03_*` are refined from their text."""
    name, line, _ = item
    doc = analysed(name, line)
    assert doc.date is not None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date), doc.date
    if re.match(r"\d{4}-\d{2}_", name):
        assert doc.date_given == name[:7]
        assert len(doc.date) == 10 and doc.date.startswith("2023-03"), (doc.date, doc.date_evidence)
    elif line is None:
        assert doc.date == name[:10]


def _english_file(item):
    return [NO_ENGLISH] if item[2] == "en" and item[1] is None and not HAVE_EN else []


@pytest.mark.parametrize("item", _params(_english_file))
def test_example_language_matches_its_name(item):
    name, line, lang = item
    assert analysed(name, line).lang == lang


@pytest.mark.parametrize("item", _params())
def test_example_offsets_slice(item):
    name, line, _ = item
    doc = analysed(name, line)
    if line is None:
        fields = {"text": open(EXAMPLES / name, encoding="utf-8").read()}
    else:
        rec = json.loads((EXAMPLES / name).read_text(encoding="utf-8").splitlines()[line - 1])
        fields = {"text": rec["text"], **({"title": rec["title"]} if rec.get("title") else {})}
    out = doc.to_dict()
    for t in out["timexes"]:
        assert fields[t["field"]][t["start"]:t["end"]] == t["text"], t
    for q in out["quotes"]:
        assert fields[q["field"]][q["start"]:q["end"]] == q["text"], q
    for n in out["entities"]:
        for m in n["mentions"]:
            assert fields[m["field"]][m["start"]:m["end"]] == m["text"], m


@pytest.mark.xfail(not HAVE_EN, strict=True, reason=(
    "`make demo` (chronik extract over all examples) exits 1: wire.jsonl:1 has lang 'en' "
    "and there is no English language data"))
def test_cli_over_all_examples_exits_0():
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt")) + sorted(str(p) for p in EXAMPLES.glob("*.jsonl"))
    proc = subprocess.run([sys.executable, "-m", "chronik", "extract", "--format", "jsonl", *paths],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.stderr == ""
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == len(ITEMS)
