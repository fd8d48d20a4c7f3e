"""HTML pages: main text, title and publication date, offline; broken pages are errors, not crashes."""

from __future__ import annotations

from chronik.read import ReadError, read_path
from chronik.read.errors import InputError
from chronik.read.web import document_from_html

ARTICLE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Gipfel in Genf angekündigt | Zeitung</title>
<meta property="article:published_time" content="2023-02-20T10:00:00+01:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Gipfel in Genf angekündigt</h1>
<p>Die Außenminister beider Länder wollen sich am kommenden Montag in Genf treffen.
Das teilte das Außenministerium am Sonntag mit.</p>
<p>Bereits im März hatte es ein erstes Gespräch gegeben, weitere Gespräche sind für
den Sommer geplant.</p></article>
<footer>Impressum · Datenschutz</footer>
</body></html>
"""


def test_given_an_article_page_the_document_holds_its_main_text_title_and_date(tmp_path):
    path = tmp_path / "gipfel.html"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = list(read_path(path))
    assert doc.id == "gipfel"
    assert doc.title == "Gipfel in Genf angekündigt"
    assert "am kommenden Montag in Genf treffen" in doc.text
    assert "Impressum" not in doc.text and "Startseite" not in doc.text
    assert doc.date_given == "2023-02-20"
    # offsets index the extracted fields
    body = next(r for r in doc.regions if r.kind == "body")
    assert doc.fields[body.field][body.start:body.end] == doc.text
    assert doc.fields["title"] == doc.title


def test_a_page_without_a_date_takes_the_given_date_and_never_invents_one():
    page = "<html><body><article><p>Die Delegation reist am Dienstag nach Korvin. " \
           "Dort soll über den Vertrag gesprochen werden.</p></article></body></html>"
    assert document_from_html(page, source="p.html").date_given is None
    assert document_from_html(page, source="p.html",
                              fallback_date="2022-01-05T10:00:00Z").date_given == "2022-01-05"


def test_a_page_with_no_article_text_is_a_read_error_naming_the_file(tmp_path):
    path = tmp_path / "leer.htm"
    path.write_text("<html><head><title>x</title></head><body></body></html>")
    [err] = list(read_path(path))
    assert isinstance(err, ReadError)
    assert err.source == str(path) and "no main text" in err.reason


def test_broken_and_binary_html_gives_a_read_error_not_an_exception(tmp_path):
    path = tmp_path / "kaputt.html"
    path.write_bytes(b"\x00\xff\xfe<<<</p>>>\x00" * 50)
    [item] = list(read_path(path))
    assert isinstance(item, ReadError) and item.source == str(path)


def test_deeply_nested_html_is_reported_or_read_but_never_crashes():
    deep = "<div>" * 200_000 + "<p>Am Montag beginnt das Treffen.</p>" + "</div>" * 200_000
    try:
        document_from_html(deep, source="tief.html")
    except InputError as err:  # a clear reason is the other acceptable outcome
        assert str(err)


def test_an_empty_page_is_an_error():
    try:
        document_from_html(b"  \n", source="leer.html")
    except InputError as err:
        assert "empty" in str(err)
    else:
        raise AssertionError("an empty page must not become a document")


def test_the_title_is_the_og_title_else_the_headline_else_the_page_title_without_site_name():
    body = "<article><p>Die Delegation reist am Dienstag nach Korvin, wie das Amt mitteilte.</p>" \
           "<p>Dort soll über den Vertrag gesprochen werden.</p></article>"
    og = ('<html><head><title>Kurz | Zeitung</title><meta property="og:title" '
          f'content="Delegation reist nach Korvin"></head><body><h1>Kurz</h1>{body}</body></html>')
    h1 = f"<html><head><title>Kurz | Zeitung</title></head><body><h1>Reise</h1>{body}</body></html>"
    bare = f"<html><head><title>Reise nach Korvin | Zeitung</title></head><body>{body}</body></html>"
    assert document_from_html(og, source="a.html").title == "Delegation reist nach Korvin"
    assert document_from_html(h1, source="b.html").title == "Reise"
    assert document_from_html(bare, source="c.html").title == "Reise nach Korvin"
