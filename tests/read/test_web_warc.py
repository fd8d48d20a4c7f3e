"""WARC shards: HTML responses become documents; a damaged record is one error, the rest is read."""

from __future__ import annotations

import io
import re

from chronik.read import ReadError, read_path

PAGE = ("<html><head><title>Meldung {i}</title></head><body><article><p>Die Minister treffen "
        "sich am Montag in Genf zum Gespräch Nummer {i}. Weitere Treffen sind geplant.</p>"
        "</article></body></html>")


def write_warc(path, pages, *, gzip: bool, extra_records: bool = True) -> None:
    """Write a WARC with one response per (url, html, published meta or None) and noise records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, html in pages:
            if extra_records:
                writer.write_record(writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2022-01-05T10:00:00Z"}))
        if extra_records:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "http://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
                http_headers=image))


def pages(n):
    return [(f"http://example.org/{i}", PAGE.format(i=i)) for i in range(n)]


def test_each_html_response_record_becomes_one_document(tmp_path):
    for gz, name in ((False, "a.warc"), (True, "a.warc.gz")):
        path = tmp_path / name
        write_warc(path, pages(3), gzip=gz)
        docs = list(read_path(path))
        assert [d.url for d in docs] == [f"http://example.org/{i}" for i in range(3)]
        assert all(d.id.startswith("urn:uuid:") for d in docs)
        assert docs[1].title == "Meldung 1"
        assert "Gespräch Nummer 1" in docs[1].text
        assert docs[0].date_given == "2022-01-05"  # no date on the page: the crawl date
        assert docs[0].source.startswith(str(path) + "@")


def test_the_page_date_wins_over_the_crawl_date(tmp_path):
    html = ('<html><head><meta property="article:published_time" content="2021-12-30">'
            "</head><body><article><p>Am Donnerstag wurde der Vertrag unterzeichnet, wie das "
            "Ministerium mitteilte.</p></article></body></html>")
    path = tmp_path / "b.warc.gz"
    write_warc(path, [("http://example.org/v", html)], gzip=True)
    [doc] = list(read_path(path))
    assert doc.date_given == "2021-12-30"


def test_a_record_with_a_wrong_length_is_an_error_and_the_next_records_are_still_read(tmp_path):
    path = tmp_path / "c.warc"
    write_warc(path, pages(3), gzip=False, extra_records=False)
    raw = path.read_bytes().decode("latin-1")
    second = [m.start() for m in re.finditer(r"WARC/1\.\d\r\n", raw)][1]
    m = re.compile(r"Content-Length: (\d+)").search(raw, second)
    raw = raw[:m.start()] + f"Content-Length: {int(m.group(1)) + 40}" + raw[m.end():]
    path.write_bytes(raw.encode("latin-1"))
    items = list(read_path(path))
    errors = [i for i in items if isinstance(i, ReadError)]
    urls = [i.url for i in items if not isinstance(i, ReadError)]
    assert urls == ["http://example.org/0", "http://example.org/2"]
    assert len(errors) >= 1 and all(e.source == str(path) for e in errors)
    assert f"byte offset {second}" in errors[0].reason


def test_a_truncated_gzip_shard_keeps_the_complete_records(tmp_path):
    path = tmp_path / "d.warc.gz"
    write_warc(path, pages(3), gzip=True, extra_records=False)
    path.write_bytes(path.read_bytes()[:-40])
    items = list(read_path(path))
    urls = [i.url for i in items if not isinstance(i, ReadError)]
    assert urls == ["http://example.org/0", "http://example.org/1"]
    assert any(isinstance(i, ReadError) for i in items)


def test_a_missing_or_empty_warc_is_one_error(tmp_path):
    [missing] = list(read_path(tmp_path / "none.warc.gz"))
    assert isinstance(missing, ReadError) and "no such file" in missing.reason
    (tmp_path / "e.warc").write_bytes(b"")
    [empty] = list(read_path(tmp_path / "e.warc"))
    assert isinstance(empty, ReadError) and "empty" in empty.reason


def test_garbage_named_warc_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "f.warc"
    path.write_bytes(b"this is not a warc file\n" * 10)
    items = list(read_path(path))
    assert items and all(isinstance(i, ReadError) for i in items)
