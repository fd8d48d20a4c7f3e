"""Readers: seed format, plain text, JSON Lines, encodings and given-date validation.

The readers turn bytes into `Document`s (or `ReadError`s, never exceptions) whose
offsets index the text exactly as `open(path, encoding="utf-8").read()` returns it.
"""

from __future__ import annotations

import json

import pytest

import chronik
from chronik.model import Document
from chronik.pipeline import analyse
from chronik.read import DEFAULT_MAX_BYTES, ReadError, parse_given_date, read_bytes, read_path
from chronik.read.errors import InputError
from chronik.read.files import document_from_record, document_from_text

BODY = "Das Treffen soll am 10. Januar in Genf stattfinden. Heute am späten Abend telefonieren sie.\n"


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def read_one(data: bytes, source: str = "doc.txt", **options) -> Document:
    item = only(read_bytes(data, source=source, **options))
    assert isinstance(item, Document), item
    return item


def region(doc: Document, kind: str):
    found = [r for r in doc.regions if r.kind == kind]
    assert len(found) == 1, doc.regions
    return found[0]


def python_reads(path) -> str:
    """The text offsets index: what `open(path, encoding="utf-8").read()` returns."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def assert_timexes_slice(doc: Document, text_by_field: dict[str, str] | None = None) -> None:
    fields = text_by_field or doc.fields
    for t in doc.timexes:
        assert fields[t.field][t.start:t.end] == t.text, t


# --- seed format ------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", [" ", ""], ids=["leading-space", "no-leading-space"])
def test_seed_header_gives_date_and_title_whose_region_slices_the_title(lead):
    """` date 2021-12 Title` (leading space optional): the date is given, the title is the rest of the line."""
    text = f"{lead}date 2021-12 Telefonat zwischen Putin und Biden heute am späten Abend\n\n{BODY}"
    doc = read_one(text.encode())
    assert doc.date_given == "2021-12"
    assert doc.title == "Telefonat zwischen Putin und Biden heute am späten Abend"
    title = region(doc, "title")
    assert title.field == "text"
    assert doc.text[title.start:title.end] == doc.title
    body = region(doc, "body")
    assert doc.text[body.start:body.end].lstrip("\n") == BODY
    assert doc.fields == {"text": text}, "the field is the whole file, header included"


def test_seed_header_title_offsets_survive_analysis():
    """After analysis, a timex in the title points into the header line of the whole text."""
    text = f" date 2021-12 Telefonat heute am späten Abend\n\n{BODY}"
    doc = analyse(read_one(text.encode()))
    in_title = [t for t in doc.timexes if t.end <= text.index("\n")]
    assert in_title, doc.timexes
    assert_timexes_slice(doc)


def test_seed_header_with_a_full_day_and_trailing_blanks():
    doc = read_one(b" date 2021-12-30 Titel  \t\n\nText.\n")
    assert doc.date_given == "2021-12-30"
    assert doc.title == "Titel"
    title = region(doc, "title")
    assert doc.text[title.start:title.end] == "Titel"


def test_seed_header_without_a_title_has_no_title_region():
    doc = read_one(b" date 2021-12\n\nText am 10. Januar.\n")
    assert doc.date_given == "2021-12"
    assert doc.title is None
    assert [r.kind for r in doc.regions] == ["body"]


def test_seed_header_alone_without_body_is_read():
    doc = read_one(b" date 2021-12-30 Nur ein Titel am 10. Januar")
    assert doc.title == "Nur ein Titel am 10. Januar"
    analysed = analyse(doc)
    assert [t.text for t in analysed.timexes] == ["10. Januar"]
    assert_timexes_slice(analysed)


def test_seed_header_with_malformed_date_is_a_read_error_naming_the_reason():
    err = only(read_bytes(b" date 2021-13 Titel\n\nText.\n", source="bad.txt"))
    assert isinstance(err, ReadError)
    assert err.source == "bad.txt" and err.line is None
    assert "2021-13" in err.reason and "month" in err.reason


def test_explicit_date_overrides_the_header_date():
    doc = read_one(b" date 2021-12 Titel\n\nText.\n", date="2021-12-30")
    assert doc.date_given == "2021-12-30"
    assert doc.title == "Titel"


def test_plain_text_starting_with_the_word_date_is_not_a_header():
    """A first line `date <word> ...` without a date after `date` is body text, not a broken header."""
    text = "date palms grow in Egypt.\n\nThey are harvested in autumn.\n"
    doc = read_one(text.encode(), date="2021-12-30")
    assert doc.date_given == "2021-12-30"
    assert doc.title is None
    assert [(r.kind, r.start, r.end) for r in doc.regions] == [("body", 0, len(text))]


# --- plain text -------------------------------------------------------------------------------

def test_plain_text_with_date_is_all_body_and_has_no_title():
    doc = read_one(BODY.encode(), date="2021-12-30")
    assert doc.date_given == "2021-12-30"
    assert doc.title is None
    assert [(r.kind, r.start, r.end) for r in doc.regions] == [("body", 0, len(BODY))]
    analysed = analyse(doc)
    assert analysed.date == "2021-12-30"
    assert ("10. Januar", "2022-01-10") in [(t.text, t.value) for t in analysed.timexes]
    assert_timexes_slice(analysed)


def test_plain_text_without_date_has_no_given_date():
    doc = read_one(BODY.encode())
    assert doc.date_given is None


def test_document_id_is_the_file_name_without_extension():
    doc = only(read_bytes(BODY.encode(), source="dir/article-7.txt"))
    assert doc.id == "article-7"


def test_lang_option_is_passed_to_the_document():
    assert read_one(BODY.encode(), lang="de").lang == "de"


# --- encodings and line endings ---------------------------------------------------------------

def test_bom_and_crlf_offsets_slice_the_text_python_reads(tmp_path):
    """A UTF-8 BOM stays as U+FEFF at offset 0 and CRLF reads as LF: offsets slice `open().read()`."""
    path = tmp_path / "bom_crlf.txt"
    content = (" date 2021-12-30 Telefonat heute am späten Abend\r\n\r\n"
               "Am 10. Januar soll in Genf ein Treffen stattfinden.\r\n"
               "Heute um 21:30 Uhr MEZ telefonieren die Präsidenten.\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    expected = python_reads(path)
    assert expected.startswith("\ufeff") and "\r" not in expected

    doc = analyse(only(read_path(path)))
    assert doc.text == expected
    assert doc.date_given == "2021-12-30"
    assert doc.title == "Telefonat heute am späten Abend"
    title = region(doc, "title")
    assert expected[title.start:title.end] == doc.title
    assert len(doc.timexes) >= 4
    for t in doc.timexes:
        assert expected[t.start:t.end] == t.text, t
    for s in doc.sentences:
        assert expected[s.start:s.end].strip() == expected[s.start:s.end]


def test_old_mac_line_endings_read_as_newlines(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes(b" date 2021-12-30 Titel\r\rAm 10. Januar.\r")
    expected = python_reads(path)
    doc = analyse(only(read_path(path)))
    assert doc.text == expected
    assert doc.title == "Titel"
    assert [t.text for t in doc.timexes] == ["10. Januar"]
    assert_timexes_slice(doc, {"text": expected})


def test_non_utf8_file_is_an_error_naming_the_byte_and_a_fix():
    err = only(read_bytes(" date 2021-12 Köln\n\nIn Köln.".encode("latin-1"), source="latin.txt"))
    assert isinstance(err, ReadError)
    assert "UTF-8" in err.reason and "0xf6" in err.reason


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\r\n", "white space"),
    (b"\x00\x01binary\x00" + bytes(range(256)), "binary"),
])
def test_empty_blank_and_binary_inputs_are_errors(data, reason):
    err = only(read_bytes(data, source="x.txt"))
    assert isinstance(err, ReadError)
    assert reason in err.reason


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n  "])
def test_file_with_only_a_bom_and_white_space_is_an_error(data):
    err = only(read_bytes(data, source="bom-only.txt"))
    assert isinstance(err, ReadError)
    assert "empty" in err.reason or "white space" in err.reason


def test_files_over_the_size_limit_are_refused_without_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: size is what counts
    err = only(read_path(path))
    assert isinstance(err, ReadError)
    assert "too large" in err.reason and "--max-bytes" in err.reason
    err = only(read_bytes(b"x" * 101, source="small.txt", max_bytes=100))
    assert isinstance(err, ReadError) and "too large" in err.reason


def test_missing_file_and_directory_are_errors(tmp_path):
    err = only(read_path(tmp_path / "nope.txt"))
    assert isinstance(err, ReadError) and err.reason == "no such file"
    err = only(read_path(tmp_path))
    assert isinstance(err, ReadError) and "directory" in err.reason


def test_read_error_prints_as_one_line_with_source_and_line():
    assert str(ReadError("a.jsonl", "not valid JSON", line=3)) == "a.jsonl:3: not valid JSON"
    assert str(ReadError("a.txt", "empty file")) == "a.txt: empty file"


# --- JSON Lines -------------------------------------------------------------------------------

def jsonl(*records) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records).encode()


def test_jsonl_record_gives_id_date_lang_title_url_and_separate_fields():
    rec = {"id": "r1", "date": "2021-12-30", "lang": "de", "title": "Treffen am 10. Januar",
           "text": BODY, "url": "https://example.org/a"}
    doc = read_one(jsonl(rec), source="feed.jsonl")
    assert doc.id == "r1"
    assert doc.date_given == "2021-12-30"
    assert doc.lang == "de"
    assert doc.title == "Treffen am 10. Januar"
    assert doc.url == "https://example.org/a"
    assert doc.fields == {"text": BODY, "title": "Treffen am 10. Januar"}
    assert doc.source == "feed.jsonl:1"
    analysed = analyse(doc)
    assert {t.field for t in analysed.timexes} == {"text", "title"}
    assert_timexes_slice(analysed)
    out = analysed.to_dict()
    assert out["document"]["url"] == "https://example.org/a"
    assert all(t["field"] in ("text", "title") for t in out["timexes"])


@pytest.mark.parametrize("raw, given", [
    ("2021", "2021"),
    ("2021-12", "2021-12"),
    ("2021-12-30", "2021-12-30"),
    ("2021-12-30T17:45:00+02:00", "2021-12-30"),
    ("2021-12-30T23:59:59Z", "2021-12-30"),
    (2021, "2021"),
])
def test_jsonl_date_forms(raw, given):
    doc = read_one(jsonl({"date": raw, "text": BODY}), source="f.jsonl")
    assert doc.date_given == given


def test_jsonl_record_without_id_is_named_by_file_and_line_and_optional_fields_may_lack():
    doc = read_one(jsonl({"text": BODY}), source="dir/feed.jsonl")
    assert doc.id == "feed.jsonl:1"
    assert doc.date_given is None and doc.title is None and doc.lang is None and doc.url is None
    assert list(doc.fields) == ["text"]


def test_jsonl_blank_lines_are_skipped_and_line_numbers_are_file_lines():
    data = jsonl({"id": "a", "text": "A"}, "", "   ", "{", {"id": "b", "text": "B"})
    items = list(read_bytes(data, source="f.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert items[1].line == 4
    assert items[2].source == "f.jsonl:5"


@pytest.mark.parametrize("line, reason", [
    ("not json", "not valid JSON"),
    ('{"id": "x"}', "no `text`"),
    ('{"text": 5}', "not a string"),
    ('{"text": "   "}', "empty"),
    ('{"text": "a", "title": 3}', "title"),
    ('[1, 2]', "not an object"),
    ('{"text": "a", "date": "2021-13"}', "month 13"),
    ('{"text": "a", "date": "2021-02-30"}', "day 30"),
    ('{"text": "a", "date": "gestern"}', "malformed date"),
])
def test_bad_jsonl_records_are_errors_with_line_and_reason_and_the_rest_is_read(line, reason):
    data = jsonl({"id": "good1", "text": BODY}, line, {"id": "good2", "text": BODY})
    items = list(read_bytes(data, source="f.jsonl"))
    assert [i.id for i in items if isinstance(i, Document)] == ["good1", "good2"]
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert err.source == "f.jsonl" and err.line == 2
    assert reason in err.reason


def test_jsonl_format_is_chosen_by_extension_or_option():
    data = jsonl({"id": "a", "text": BODY})
    assert read_one(data, source="x.ndjson").id == "a"
    assert read_one(data, source="x.dat", input_format="jsonl").id == "a"
    assert read_one(data, source="x.jsonl", input_format="text").fields["text"] == data.decode()


def test_jsonl_with_a_bom_and_crlf_reads_every_record():
    """A BOM before line 1 is not part of any record; record offsets index the record's fields."""
    data = b"\xef\xbb\xbf" + jsonl({"id": "a", "text": BODY}, {"id": "b", "text": BODY}).replace(b"\n", b"\r\n")
    items = list(read_bytes(data, source="bom.jsonl"))
    assert [i.id for i in items] == ["a", "b"]
    assert items[0].fields["text"] == BODY


def test_jsonl_record_lang_is_normalised():
    doc = analyse(read_one(jsonl({"lang": " DE ", "date": "2021-12-30", "text": BODY}), source="f.jsonl"))
    assert doc.lang == "de"
    assert doc.timexes


def test_jsonl_record_with_a_non_string_lang_is_a_clear_read_error():
    err = only(read_bytes(jsonl({"lang": 5, "text": BODY}), source="f.jsonl"))
    assert isinstance(err, ReadError) and err.line == 1
    assert "lang" in err.reason


def test_jsonl_record_with_a_non_string_url_is_a_clear_read_error():
    err = only(read_bytes(jsonl({"url": 5, "text": BODY}), source="f.jsonl"))
    assert isinstance(err, ReadError) and err.line == 1
    assert "url" in err.reason


def test_document_from_record_rejects_non_objects_directly():
    with pytest.raises(InputError):
        document_from_record("text", source="f.jsonl", line=1)


# --- given dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, canonical", [
    ("2021", "2021"),
    ("2021-12", "2021-12"),
    ("2021-12-30", "2021-12-30"),
    ("2021-1-5", "2021-01-05"),
    ("  2021-12 ", "2021-12"),
    ("2024-02-29", "2024-02-29"),
    ("0001-01-01", "0001-01-01"),
    ("9999-12-31", "9999-12-31"),
    ("2021-12-30T17:45:00+02:00", "2021-12-30"),
    ("2021-12-30T23:45:00Z", "2021-12-30"),
    ("2021-12-30T08:00", "2021-12-30"),
])
def test_parse_given_date_accepts_and_canonicalises(raw, canonical):
    assert parse_given_date(raw) == canonical


@pytest.mark.parametrize("raw, why", [
    ("2021-13", "month 13"),
    ("2021-00", "month 0"),
    ("2021-02-30", "day 30"),
    ("2023-02-29", "day 29"),
    ("2021-12-32", "day 32"),
    ("gestern", "expected YYYY"),
    ("", "expected YYYY"),
    ("   ", "expected YYYY"),
    ("0000", "year 0"),
    ("0000-01-01", "year 0"),
    ("2021-12-30T25:00", "expected YYYY"),
    ("30.12.2021", "expected YYYY"),
])
def test_parse_given_date_rejects_with_a_reason(raw, why):
    with pytest.raises(InputError) as err:
        parse_given_date(raw)
    assert why in str(err.value)
    assert repr(raw) in str(err.value), "the message quotes the bad value"


def test_extract_rejects_a_malformed_date():
    with pytest.raises(ValueError):
        chronik.extract(BODY, date="2021-02-30")


def test_document_from_text_validates_an_explicit_date():
    with pytest.raises(InputError):
        document_from_text(BODY, source="x.txt", date="2021-13")
