"""The HTML pages, read as text: what a person sees without running JavaScript."""

from __future__ import annotations

import re
from html import unescape

import pytest

from chronik.serve.highlight import Mark, highlight


def _doc_row(client, doc_id: str) -> int:
    items = client.get("/api/documents", params={"limit": 500}).json()["items"]
    return next(d["id"] for d in items if d["doc_id"] == doc_id)


def test_timeline_page_has_filters_legend_and_only_local_assets(client):
    html = client.get("/").text
    for name in ("entity", "from", "to", "status", "q"):
        assert f'name="{name}"' in html
    for status in ("happened", "planned", "ongoing", "cancelled", "uncertain"):
        assert f"st-{status}" in html
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith(("/", "?")) for a in assets), assets


def test_static_assets_are_served_by_chronik(client):
    for name in ("timeline.js", "style.css", "docs.js", "symbols.svg"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200, name
        assert "http://" not in response.text.replace('xmlns="http://www.w3.org/2000/svg"', "") \
            .replace('"http://www.w3.org/2000/svg"', "")


def test_api_docs_page_is_offline(client):
    html = client.get("/docs").text
    assert '/static/docs.js' in html and "/openapi.json" in html
    assert "cdn" not in html.lower()


def test_document_page_highlights_timexes_quotes_and_entities_with_their_values(client):
    html = client.get(f"/document/{_doc_row(client, 'hand-absage')}").text
    assert 'data-tip="DATE 2023-05-20"' in html
    assert 'data-tip="direct quote: Ida Varga"' in html
    assert 'data-tip="PER Ida Varga"' in html
    assert 'tabindex="0"' in html  # each highlight is reachable by keyboard


def test_document_page_marks_the_passage_it_was_opened_for(client):
    row = _doc_row(client, "hand-talks")
    html = client.get(f"/document/{row}?mark=0-11").text
    target = re.search(r'<mark class="hl target"[^>]*id="mark"[^>]*>(.*?)</mark>', html)
    assert target and unescape(re.sub("<[^>]+>", "", target.group(1))) == "Delegations"


def test_entity_page_lists_quotes_and_events_over_time(client):
    varga = client.get("/api/entities", params={"q": "Ida Varga"}).json()["items"][0]
    html = client.get(f"/entity/{varga['id']}").text
    assert "Ida Varga" in html and "a first step" in html
    assert html.index("2023-05-02") < html.index("2023-05-21") < html.index("2023-06-10")
    norland = client.get("/api/entities", params={"q": "Norland"}).json()["items"][0]
    html = client.get(f"/entity/{norland['id']}").text
    assert "Treffen von Norland und Südmark abgesagt" in html


def test_list_pages(client):
    assert "Ida Varga" in client.get("/entities").text
    assert "Norland sagt Treffen ab" in client.get("/documents").text


def test_unknown_pages_are_html_404(client):
    response = client.get("/document/999999")
    assert response.status_code == 404 and "<h1>404</h1>" in response.text


@pytest.mark.parametrize("url", ["/entity/99999999999999999999", "/documents?offset=-1",
                                 "/entities?offset=99999999999999999999"])
def test_impossible_page_parameters_are_4xx(client, url):
    assert client.get(url).status_code == 422


# -- the highlighter ------------------------------------------------------------------------

def test_highlight_escapes_text_and_values():
    html = highlight("a <b> & c", [Mark(2, 5, "entity", 'x"y<z')])
    assert html.startswith("a <mark ") and "&lt;b&gt;</mark> &amp; c" in html
    assert 'data-tip="x&quot;y&lt;z"' in html


def test_nested_spans_nest():
    text = "Sie sagte: „Am Montag kommen wir.“"
    quote = Mark(text.index("„"), len(text), "quote", "q")
    monday = Mark(text.index("Montag"), text.index("Montag") + 6, "timex", "t")
    html = highlight(text, [monday, quote])
    assert html.index('class="hl quote"') < html.index('class="hl timex"')
    assert html.count("</mark>") == 2


@pytest.mark.parametrize("order", [0, 1])
def test_crossing_spans_are_split_and_the_text_is_kept(order):
    text = "abcdefgh"
    marks = [Mark(1, 5, "quote", "q"), Mark(3, 7, "entity", "n")]
    html = highlight(text, marks if order else marks[::-1])
    assert re.sub("<[^>]+>", "", html) == text
    assert html.count("<mark") == 3 and html.count("</mark>") == 3
    assert html.count('data-cont="1"') == 1
