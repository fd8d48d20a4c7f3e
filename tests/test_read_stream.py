"""JSON Lines stream through in constant memory; the size limit applies per record."""

import io
import json

from chronik.read import ReadError, read_paths
from chronik.read.files import iter_jsonl_stream


def records(n: int) -> bytes:
    return b"".join(json.dumps({"id": f"r{i}", "date": "2022-01-10",
                                "text": f"Am Montag, Meldung {i}."}).encode() + b"\n"
                    for i in range(n))


def test_an_oversized_record_is_reported_and_the_rest_is_read(tmp_path):
    big = json.dumps({"id": "big", "text": "x" * 5000}).encode() + b"\n"
    path = tmp_path / "feed.jsonl"
    path.write_bytes(records(2) + big + records(3))
    got = list(read_paths([str(path)], max_bytes=1000))
    errors = [g for g in got if isinstance(g, ReadError)]
    assert len(got) == 6 and len(errors) == 1
    assert errors[0].line == 3 and "record too large" in errors[0].reason
    assert [g.id for g in got if not isinstance(g, ReadError)] == ["r0", "r1", "r0", "r1", "r2"]


def test_a_file_larger_than_the_limit_streams_when_each_record_fits(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_bytes(records(3000))
    assert path.stat().st_size > 100_000
    got = list(read_paths([str(path)], max_bytes=100_000))
    assert len(got) == 3000 and not any(isinstance(g, ReadError) for g in got)
    assert got[-1].source.endswith("many.jsonl:3000")


def test_bad_lines_are_reported_with_their_numbers():
    data = b"\xef\xbb\xbf" + records(1) + b"\x00\x01garbage\n" + b'{"text": "caf\xe9"}\n' + \
        b"\n" + b"[1, 2]\n" + records(1)
    got = list(iter_jsonl_stream(io.BytesIO(data), source="s.jsonl"))
    kinds = [(g.line, g.reason.split(":")[0].split(" (")[0]) if isinstance(g, ReadError)
             else g.id for g in got]
    assert kinds == ["r0", (2, "binary data"), (3, "not UTF-8"),
                     (5, "record is a JSON list, not an object"), "r0"]


def test_an_empty_or_blank_jsonl_file_is_an_error(tmp_path):
    for content in (b"", b"\n\n  \n", b"\xef\xbb\xbf"):
        path = tmp_path / "empty.jsonl"
        path.write_bytes(content)
        (err,) = read_paths([str(path)])
        assert isinstance(err, ReadError) and err.reason == "empty file"


def test_missing_file_and_directory(tmp_path):
    (missing,) = read_paths([str(tmp_path / "nope.jsonl")])
    assert missing.reason == "no such file"
    d = tmp_path / "dir.jsonl"
    d.mkdir()
    (isdir,) = read_paths([str(d)])
    assert "is a directory" in isdir.reason
