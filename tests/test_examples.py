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
from functools import cache
from pathlib import Path

import pytest

from chronik.model import Document
from chronik.pipeline import analyse
from chronik.read import ReadError, read_path
from chronik.text.langid import supported_languages

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


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


def _params():
    return [pytest.param(item, id=_id(item)) for item in ITEMS]


@cache
def analysed(name: str, line: int | None) -> Document:
    items = list(read_path(EXAMPLES / name))
    if line is None:
        (item,) = items
    else:
        (item,) = [i for i in items if (i.line if isinstance(i, ReadError) else
                                        int(i.source.rsplit(":", 1)[1])) == line]
    if isinstance(item, ReadError):
        pytest.fail(str(item))
    return analyse(item)


def test_examples_are_present():
    assert len([i for i in ITEMS if i[1] is None]) >= 9
    assert any(i[1] is not None for i in ITEMS)


@pytest.mark.parametrize("item", _params())
def test_example_extracts_without_error(item):
    name, line, lang = item
    doc = analysed(name, line)
    assert doc.to_dict()["id"]
    if lang in supported_languages():
        assert doc.timexes, "every example article has time expressions"


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


@pytest.mark.parametrize("item", _params())
def test_example_language_matches_its_name(item):
    """Each article is tagged with its own language's data (English and German alike)."""
    name, line, lang = item
    doc = analysed(name, line)
    assert doc.lang == lang, doc.lang_evidence
    assert lang in supported_languages()
    assert doc.timexes, "both languages have temporal data"


@pytest.mark.parametrize("item", _params())
def test_example_offsets_slice(item):
    name, line, _ = item
    doc = analysed(name, line)
    if line is None:
        with open(EXAMPLES / name, encoding="utf-8") as f:  # what offsets index
            fields = {"text": f.read()}
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


def test_cli_over_all_examples_exits_0():
    """What `make demo` runs: every example is printed, nothing on stderr."""
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt")) + sorted(str(p) for p in EXAMPLES.glob("*.jsonl"))
    proc = subprocess.run([sys.executable, "-m", "chronik", "extract", "--format", "jsonl", *paths],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert proc.stderr == ""
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == len(ITEMS)


@pytest.mark.parametrize("name, line, phrase, value, utc_offset, instant", [
    ("2023-02-20_de_gipfel-angekuendigt.txt", None, "Donnerstag, 9. März", "2023-03-09", None, None),
    ("2023-03_de_delegation-in-korvin.txt", None, "10 Uhr Ortszeit", "2023-03-02T10:00", None, None),
    ("2023-03-09_de_gipfel-abgesagt.txt", None, "14:30 Uhr MEZ", "2023-03-08T14:30", "+01:00",
     "2023-03-08T13:30:00Z"),
    ("2023-03-09_de_gipfel-abgesagt.txt", None, "14.03.2023", "2023-03-14", None, None),
    ("2023-03_de_parlament-tamasch.txt", None, "18:00 Uhr Moskauer Zeit", "2023-03-28T18:00", "+03:00",
     "2023-03-28T15:00:00Z"),
    ("2023-03_de_parlament-tamasch.txt", None, "17 Uhr MESZ", "2023-03-28T17:00", "+02:00",
     "2023-03-28T15:00:00Z"),
    ("2023-03-24_de_einigung-in-genf.txt", None, "5. April", "2023-04-05", None, None),
    ("2023-04-14_de_ratifizierung-korvin.txt", None, "02.05.2023", "2023-05-02", None, None),
    ("2023-04-14_de_ratifizierung-korvin.txt", None, "jährlich", "P1Y", None, None),
    pytest.param("wire.jsonl", 2, "Morgen", "2023-04-05", None, None,
                 id="wire.jsonl:2-Morgen"),
    ("wire.jsonl", 3, "8 Uhr Ortszeit", "2023-04-07T08:00", None, None),
    # the English articles of the storyline
    ("2023-02-24_en_farmers-march.txt", None, "yesterday evening", "2023-02-23TEV", None, None),
    ("2023-02-24_en_farmers-march.txt", None, "every Tuesday", "XXXX-WXX-2", None, None),
    ("2023-02-24_en_farmers-march.txt", None, "two years", "P2Y", None, None),
    ("2023-02-24_en_farmers-march.txt", None, "March 9", "2023-03-09", None, None),
    ("2023-03-24_en_geneva-deal.txt", None, "Thursday", "2023-03-23", None, None),
    ("2023-03-24_en_geneva-deal.txt", None, "twelve hours", "PT12H", None, None),
    ("2023-03-24_en_geneva-deal.txt", None, "21:30 CET", "2023-03-23T21:30", "+01:00",
     "2023-03-23T20:30:00Z"),
    ("2023-03-24_en_geneva-deal.txt", None, "March 22", "2023-03-22", None, None),
    ("2023-03-24_en_geneva-deal.txt", None, "Feb. 23, 2023", "2023-02-23", None, None),
    ("2023-03-24_en_geneva-deal.txt", None, "April 5", "2023-04-05", None, None),
    ("2023-04-05_en_treaty-signed.txt", None, "11 a.m. local time", "2023-04-05T11:00", "+02:00",
     "2023-04-05T09:00:00Z"),
    ("2023-04-05_en_treaty-signed.txt", None, "tonight", "2023-04-05TNI", None, None),
    ("2023-04-05_en_treaty-signed.txt", None, "Friday", "2023-04-07", None, None),
    ("2023-04-05_en_treaty-signed.txt", None, "next week", "2023-W15", None, None),
    ("wire.jsonl", 1, "9 a.m. Kyiv time", "2023-03-06T09:00", "+02:00", "2023-03-06T07:00:00Z"),
    ("wire.jsonl", 1, "2 p.m. EST", "2023-03-08T14:00", "-05:00", "2023-03-08T19:00:00Z"),
])
def test_example_storyline_values(name, line, phrase, value, utc_offset, instant):
    """The values examples/README.md tells in its storyline are the ones chronik gives."""
    doc = analysed(name, line)
    found = [t for t in doc.timexes if t.field == "text" and t.text == phrase]
    assert found, [(t.text, t.value) for t in doc.timexes]
    t = found[0]
    assert (t.value, t.utc_offset, t.instant) == (value, utc_offset, instant)
