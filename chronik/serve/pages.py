"""The web pages of `chronik serve`: small server-rendered HTML, enhanced by vanilla JS.

The timeline is drawn in the browser (static/timeline.js) from the JSON API; the entity and
document pages are rendered here, so they work without JavaScript. Everything is escaped
with html.escape; every asset comes from /static (nothing from other hosts).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from html import escape
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Path, Query
from fastapi.responses import HTMLResponse

from chronik.serve import queries
from chronik.serve.highlight import Mark, highlight

STATUS_LABELS = {"happened": "happened", "planned": "planned", "ongoing": "ongoing",
                 "cancelled": "cancelled", "uncertain": "uncertain"}


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def layout(title: str, body: str, *, scripts: tuple[str, ...] = (), active: str = "") -> str:
    nav = "".join(
        f'<a href="{href}"{" aria-current=page" if key == active else ""}>{label}</a>'
        for key, href, label in (("timeline", "/", "Timeline"), ("entities", "/entities",
                                 "Entities"), ("documents", "/documents", "Documents"),
                                 ("api", "/docs", "API")))
    tags = "".join(f'<script src="/static/{s}" defer></script>' for s in scripts)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)} · chronik</title>
<link rel="stylesheet" href="/static/style.css">{tags}
</head><body>
<header class="top"><a class="brand" href="/">chronik</a><nav>{nav}</nav></header>
<main id="main">{body}</main>
</body></html>"""


def error_page(status: int, message: str) -> str:
    return layout(f"{status}", f"<h1>{status}</h1><p>{_e(message)}</p>"
                               '<p><a href="/">Back to the timeline</a></p>')


def _status_badge(status: str) -> str:
    return (f'<span class="badge st-{_e(status)}"><svg aria-hidden="true" width="14" '
            f'height="14"><use href="/static/symbols.svg#{_e(status)}"/></svg>'
            f"{_e(STATUS_LABELS.get(status, status))}</span>")


def timeline_page(stats: dict[str, Any]) -> str:
    options = "".join(f'<option value="{s}">{s}</option>' for s in STATUS_LABELS)
    legend = "".join(f"<li>{_status_badge(s)}</li>" for s in STATUS_LABELS)
    n = stats["counts"]
    off_axis = n["merged_events"] - n["on_timeline"]
    untimed = (f" ({off_axis:,} more without a calendar time are on their documents' pages)"
               if off_axis else "")
    body = f"""
<h1>Timeline</h1>
<p class="lede">{n["on_timeline"]:,} events on the timeline, from {n["documents"]:,}
documents{untimed}.</p>
<form id="filters" class="filters" action="/" method="get" role="search">
  <label>Entity <input name="entity" list="entity-names" autocomplete="off"
         placeholder="e.g. Dascu"></label>
  <datalist id="entity-names"></datalist>
  <label>From <input name="from" placeholder="YYYY-MM-DD" pattern="\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?"
         inputmode="numeric" size="10"></label>
  <label>To <input name="to" placeholder="YYYY-MM-DD" pattern="\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?"
         inputmode="numeric" size="10"></label>
  <label>Status <select name="status"><option value="">any</option>{options}</select></label>
  <label>Text <input name="q" type="search" placeholder="words"></label>
  <label>Language <input name="lang" size="3" placeholder="de" pattern="[a-z]{{2,3}}"></label>
  <button type="submit">Apply</button> <a class="reset" href="/">Reset</a>
</form>
<ul class="legend" aria-label="Legend">{legend}</ul>
<section id="timeline" class="timeline" data-api="/api/events" data-sync-url="1"
         aria-label="Time axis of events">
  <div class="zoom" role="group" aria-label="Zoom">
    <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
    <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
    <button type="button" data-zoom="reset">Fit</button>
    <span class="hint">Ctrl+scroll, pinch or +/− to zoom, drag or ←/→ to move, Tab to an event and Enter
    to open it.</span>
  </div>
  <div class="axis-wrap"><noscript>The time axis needs JavaScript; the list below does
  not.</noscript></div>
  <p class="status-line" aria-live="polite"></p>
  <div class="tip" role="tooltip" hidden></div>
</section>
<section id="details" class="details" aria-live="polite" tabindex="-1" hidden></section>
<h2>Events</h2>
<ol id="event-list" class="event-list"></ol>
<div class="pager"><button type="button" id="more" hidden>More events</button></div>
"""
    return layout("Timeline", body, scripts=("timeline.js",), active="timeline")


def _pager(base: str, params: dict[str, Any], total: int, limit: int, offset: int) -> str:
    links = []
    if offset > 0:
        prev = {**params, "offset": max(0, offset - limit)}
        links.append(f'<a rel="prev" href="{base}?{_e(urlencode(prev))}">← previous</a>')
    if offset + limit < total:
        nxt = {**params, "offset": offset + limit}
        links.append(f'<a rel="next" href="{base}?{_e(urlencode(nxt))}">next →</a>')
    shown = f"{min(total, offset + 1) if total else 0}–{min(total, offset + limit)} of {total:,}"
    return f'<nav class="pager" aria-label="Pages">{shown} {" ".join(links)}</nav>'


def entities_page(page: queries.Page, q: str | None) -> str:
    rows = "".join(
        f'<tr><td><a href="/entity/{it["id"]}">{_e(it["name"])}</a></td><td>{_e(it["type"])}'
        f'</td><td class="num">{it["n_documents"]}</td><td class="num">{it["n_mentions"]}'
        f"</td></tr>" for it in page.items)
    params = {"q": q} if q else {}
    body = f"""<h1>Entities</h1>
<form class="filters" action="/entities" method="get" role="search">
<label>Name <input name="q" value="{_e(q)}" type="search"></label><button>Search</button></form>
<div class="table-wrap"><table class="list"><thead><tr><th>Name</th><th>Type</th><th class="num">Documents</th>
<th class="num">Mentions</th></tr></thead><tbody>{rows}</tbody></table></div>
{_pager("/entities", params, page.total, page.limit, page.offset)}"""
    return layout("Entities", body, active="entities")


def documents_page(page: queries.Page, q: str | None) -> str:
    rows = "".join(
        f'<tr><td>{_e(it["date"])}</td><td><a href="/document/{it["id"]}">'
        f'{_e(it["title"] or it["doc_id"])}</a></td><td>{_e(it["lang"])}</td>'
        f'<td class="num">{it["counts"]["timexes"]}</td><td class="num">'
        f'{it["counts"]["events"]}</td><td class="num">{it["counts"]["quotes"]}</td></tr>'
        for it in page.items)
    params = {"q": q} if q else {}
    body = f"""<h1>Documents</h1>
<form class="filters" action="/documents" method="get" role="search">
<label>Words <input name="q" value="{_e(q)}" type="search"></label><button>Search</button></form>
<div class="table-wrap"><table class="list"><thead><tr><th>Date</th><th>Title</th><th>Lang</th>
<th class="num">Times</th><th class="num">Events</th><th class="num">Quotes</th></tr></thead>
<tbody>{rows}</tbody></table></div>
{_pager("/documents", params, page.total, page.limit, page.offset)}"""
    return layout("Documents", body, active="documents")


def entity_page(ent: dict[str, Any], limit: int, offset: int) -> str:
    quotes = "".join(
        f'<li><span class="date">{_e(q["date"])}</span> <q>{_e(q["text"])}</q> '
        f'<span class="meta">({_e(q["kind"])}{", " + _e(q["cue"]) if q["cue"] else ""}; '
        f'<a href="/document/{q["document"]}?mark={q["start"]}-{q["end"]}#mark">'
        f'{_e(q["title"] or q["doc_id"])}</a>)</span></li>'
        for q in ent["quotes"]["items"]) or "<li>No quotations of this speaker.</li>"
    mentions = "".join(
        f'<li><span class="date">{_e(m["date"])}</span> '
        f'<a href="/document/{m["document"]}?mark={m["start"]}-{m["end"]}#mark">'
        f'{_e(m["text"])}</a> in {_e(m["title"] or m["doc_id"])}</li>'
        for m in ent["mentions"]["items"]) or "<li>No mentions.</li>"
    events = "".join(
        f'<li><span class="date">{_e(ev["when"])}</span> {_status_badge(ev["status"])} '
        f'<a href="/?{_e(urlencode({"entity": ent["name"], "event": ev["id"]}))}">'
        f'{_e(ev["summary"])}</a></li>' for ev in ent["events"]["items"]) \
        or "<li>No events with this participant.</li>"
    # the quotations on the time axis too (by their article's date), as data for timeline.js
    points = [{"date": q["date"], "text": q["text"], "speaker": q["speaker"] or ent["name"],
               "href": f'/document/{q["document"]}?mark={q["start"]}-{q["end"]}#mark'}
              for q in ent["quotes"]["items"] if q["date"]]
    # "</" cannot end the script element early once "<" is escaped
    points_json = json.dumps(points, ensure_ascii=False).replace("<", "\\u003c")
    legend = "".join(f"<li>{_status_badge(s)}</li>" for s in STATUS_LABELS)
    biggest = max(ent[k]["total"] for k in ("quotes", "mentions", "events"))
    body = f"""<h1>{_e(ent["name"])} <small>{_e(ent["type"])}</small></h1>
<p><a href="/?{_e(urlencode({"entity": ent["name"]}))}">Show on the timeline</a></p>
<ul class="legend" aria-label="Legend">{legend}<li><span class="badge"><svg aria-hidden="true"
 width="14" height="14" viewBox="-8 -8 16 16"><path d="M-7-6H7V3H-1L-5 7V3H-7Z" fill="#444"/>
</svg>quotation</span></li></ul>
<section id="timeline" class="timeline" data-api="/api/events"
   data-query="{_e(urlencode({"entity": ent["name"]}))}" aria-label="Events over time">
  <div class="zoom" role="group" aria-label="Zoom">
    <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
    <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
    <button type="button" data-zoom="reset">Fit</button></div>
  <div class="axis-wrap"></div><p class="status-line" aria-live="polite"></p>
  <div class="tip" role="tooltip" hidden></div>
</section>
<script type="application/json" id="timeline-quotes">{points_json}</script>
<section id="details" class="details" aria-live="polite" tabindex="-1" hidden></section>
<div class="columns">
<section><h2>Events ({ent["events"]["total"]})</h2><ol class="plain">{events}</ol></section>
<section><h2>Quotations ({ent["quotes"]["total"]})</h2><ol class="plain">{quotes}</ol></section>
<section><h2>Mentions ({ent["mentions"]["total"]})</h2><ol class="plain">{mentions}</ol>
</section></div>
{_pager(f"/entity/{ent['id']}", {}, biggest, limit, offset)}"""
    return layout(ent["name"], body, scripts=("timeline.js",), active="entities")


def _marks(doc: dict[str, Any], fld: str, target: tuple[int, int] | None) -> list[Mark]:
    marks: list[Mark] = []
    for t in doc["timexes"]:
        if t["field"] == fld:
            tip = f'{t["type"]} {t["value"]}' + (f' ({t["mod"]})' if t["mod"] else "")
            if t.get("instant"):
                tip += f' = {t["instant"]} UTC'
            marks.append(Mark(t["start"], t["end"], "timex", tip, {"data-value": t["value"]}))
    for q in doc["quotes"]:
        if q["field"] == fld:
            who = q["speaker"] or q["speaker_mention"] or "unknown speaker"
            marks.append(Mark(q["start"], q["end"], "quote", f'{q["kind"]} quote: {who}'))
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            if m["field"] == fld:
                marks.append(Mark(m["start"], m["end"], "entity",
                                  f'{ent["type"]} {ent["name"]}', {"data-type": ent["type"]}))
    for ev in doc["events"]:
        if ev["field"] == fld:
            marks.append(Mark(ev["start"], ev["end"], f'event st-{ev["status"]}',
                              f'{ev["status"]} event: {ev["summary"]} ({ev["value"] or "?"})'))
    if target and fld == "text":
        marks.append(Mark(target[0], target[1], "target", "the passage you came from",
                          {"id": "mark"}))
    return marks


def document_page(doc: dict[str, Any], target: tuple[int, int] | None) -> str:
    meta = doc["document"]
    fields = doc["fields"]
    title_html = (f'<h1 class="doc-title">{highlight(fields["title"], _marks(doc, "title", None))}'
                  "</h1>") if "title" in fields else f'<h1>{_e(meta["title"] or doc["id"])}</h1>'
    text_html = highlight(fields.get("text", ""), _marks(doc, "text", target))
    people = "".join(f'<li><a href="/entity/{n["entity"]}">{_e(n["name"])}</a> '
                     f'<small>{_e(n["type"])}</small></li>'
                     for n in doc["entities"] if n.get("entity"))
    link = f' · <a href="{_e(meta["url"])}" rel="noopener">source</a>' \
        if meta.get("url", "").startswith(("http://", "https://")) else ""
    body = f"""{title_html}
<p class="lede">{_e(meta["date"])} · {_e(meta["lang"])} · {_e(meta.get("source"))}{link}</p>
<ul class="legend" aria-label="Legend"><li><mark class="hl timex">time</mark> normalised
value</li><li><mark class="hl quote">quotation</mark> speaker</li><li><mark class="hl entity">
name</mark> entity</li><li><mark class="hl event">event</mark> status</li></ul>
<p class="hint">Hover over or Tab to a highlight to see its value.</p>
<article class="doc-text">{text_html}</article>
<section><h2>Entities</h2><ul class="plain inline">{people or "<li>none</li>"}</ul></section>
<p><a href="/api/documents/{doc["row"]}">This document as JSON</a></p>"""
    return layout(meta["title"] or doc["id"], body, active="documents")


def docs_page() -> str:
    body = """<h1>API</h1>
<p>The JSON API of this server, described by its OpenAPI schema
(<a href="/openapi.json">/openapi.json</a>). Errors are JSON:
<code>{"error": {"status": 422, "message": "…", "details": […]}}</code>.</p>
<div id="api-docs"><noscript>Read /openapi.json directly.</noscript></div>"""
    return layout("API", body, scripts=("docs.js",), active="api")


RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _target(raw: str | None) -> tuple[int, int] | None:
    """`?mark=120-180`: a passage to highlight (from an event's or a mention's link)."""
    if not raw:
        return None
    start, _, end = raw.partition("-")
    if start.isdigit() and end.isdigit() and int(start) < int(end):
        return int(start), int(end)
    return None


def register(app: FastAPI, conn: Callable[[], sqlite3.Connection]) -> None:
    def html(text: str) -> HTMLResponse:
        return HTMLResponse(text)

    @app.get("/", include_in_schema=False)
    def home() -> HTMLResponse:
        c = conn()
        first, last = queries.time_span(c)
        return html(timeline_page({"counts": queries.counts(c), "first": first,
                                   "last": last}))

    @app.get("/entities", include_in_schema=False)
    def entity_list(q: str | None = Query(None, max_length=200),
                    offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        return html(entities_page(queries.entities(conn(), q=q or None, type_=None, limit=100,
                                                   offset=offset), q))

    @app.get("/entity/{entity_id}", include_in_schema=False)
    def entity_view(entity_id: RowId, offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        found = queries.entity(conn(), entity_id, 100, offset)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no entity {entity_id}")
        return html(entity_page(found, 100, offset))

    @app.get("/documents", include_in_schema=False)
    def document_list(q: str | None = Query(None, max_length=500),
                      offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        try:
            page = queries.documents(conn(), q=q or None, lang=None, date_from=None,
                                     date_to=None, limit=100, offset=offset)
        except queries.BadQuery as err:
            raise HTTPException(status_code=400, detail=str(err)) from None
        return html(documents_page(page, q))

    @app.get("/document/{document_id}", include_in_schema=False)
    def document_view(document_id: RowId, mark: str | None = None) -> HTMLResponse:
        found = queries.document(conn(), document_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no document {document_id}")
        return html(document_page(found, _target(mark)))

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return html(docs_page())
