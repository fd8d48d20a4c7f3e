"""The ASGI app of `chronik serve`: a read-only JSON API over one store, and web pages.

    from chronik.serve import create_app
    app = create_app("chronik.db")          # run with uvicorn, or test with TestClient

Every list is paginated (`limit` ≤ MAX_LIMIT, `offset` ≥ 0), every request body is capped
(`max_body`, default 1 MB), and the store is opened read-only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronik import __version__
from chronik.serve import pages, queries, schemas
from chronik.serve.limits import BodySizeLimit
from chronik.store.query import TimelineQuery

STATIC_DIR = Path(__file__).with_name("static")
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000
DEFAULT_MAX_BODY = 1_000_000  # bytes: a long article is ~50 kB; a megabyte is generous

Status = Annotated[str | None, Query(
    description="only events of this status", pattern="^(planned|happened|ongoing|cancelled"
                                                      "|uncertain)$")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items per page (1–{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip (≥ 0)")]
Period = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# SQLite row ids are 64-bit: a larger number is refused as a bad request, not a crash
RowId = Annotated[int, PathParam(ge=1, le=2**63 - 1, description="row id")]
Lang = Annotated[str | None, Query(pattern="^[a-z]{2,3}$", description="language code: de, en")]


class ErrorBody(BaseModel):
    status: int
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ExtractRequest(BaseModel):
    text: str = Field(description="the article text (seed-format header allowed)",
                      min_length=1)
    date: str | None = Field(None, pattern=Period, description="document date YYYY[-MM[-DD]]")
    lang: str | None = Field(None, pattern="^[a-z]{2,3}$", description="de, en; detected if "
                                                                         "absent")
    title: str | None = Field(None, description="a headline, analysed as its own field")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "a meaningless parameter"},
    422: {"model": ErrorResponse, "description": "a parameter of the wrong form"},
}


class _Connections:
    """One read-only connection per worker thread (sqlite3 connections are not shared)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        queries.connect(path).close()  # refuse a missing or foreign file at start-up
        self._local = threading.local()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = queries.connect(self.path)
        return conn


def _json(data: Any) -> Response:
    """Send a built answer as is: its shape is documented by chronik.serve.schemas, and
    validating it again on every request would cost more than the query."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                    media_type="application/json")


def _ok(model: type) -> Response:
    return {"response_model": None, "responses": {200: {"model": model}}}


def _bad(err: ValueError) -> HTTPException:
    return HTTPException(status_code=400, detail=str(err))


def _period(raw: str | None, name: str) -> str | None:
    try:
        return queries.check_period(raw, name)
    except queries.BadQuery as err:
        raise HTTPException(status_code=422, detail=str(err)) from None


def create_app(db: str | Path, *, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app for one store file (raises queries.StoreUnavailable if it cannot be read)."""
    conns = _Connections(Path(db))
    app = FastAPI(title="chronik", version=__version__, docs_url=None, redoc_url=None,
                  description="A read-only chronicle of dated news: events on a time axis, "
                              "their sources and quotations, entities, documents. Errors "
                              "are JSON: `{\"error\": {\"status\", \"message\", \"details\"}}`.")
    app.state.db_path = Path(db)
    app.add_middleware(BodySizeLimit, max_bytes=max_body)
    api = APIRouter(prefix="/api", responses=ERRORS)

    @api.get("/events", summary="Events on the timeline, chronological", **_ok(schemas.EventPage))
    def list_events(
        date_from: Annotated[str | None, Query(alias="from", description="YYYY[-MM[-DD]], "
                                                                         "inclusive")] = None,
        date_to: Annotated[str | None, Query(alias="to", description="YYYY[-MM[-DD]], "
                                                                     "inclusive")] = None,
        entity: Annotated[str | None, Query(description="a participant: any word of a name",
                                            max_length=200)] = None,
        status: Status = None,
        lang: Lang = None,
        q: Annotated[str | None, Query(description="words in summary, trigger, participants "
                                                   "or location", max_length=500)] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Response:
        f = TimelineQuery(date_from=_period(date_from, "from"), date_to=_period(date_to, "to"),
                          who=entity or None, status=status, lang=lang, about=q or None)
        try:
            return _json(queries.events(conns.get(), f, limit, offset).to_dict())
        except queries.BadQuery as err:
            raise _bad(err) from None

    @api.get("/events/{event_id}", summary="One event with its sources and quotations "
                                           "(`limit`/`offset` page through its reports)",
             response_model=None,
             responses={200: {"model": schemas.EventDetail}, 404: {"model": ErrorResponse}})
    def get_event(event_id: RowId, limit: Limit = DEFAULT_LIMIT,
                  offset: Offset = 0) -> Response:
        found = queries.event(conns.get(), event_id, limit, offset)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return _json(found)

    @api.get("/entities", summary="Entities, most mentioned first", **_ok(schemas.EntityPage))
    def list_entities(
        q: Annotated[str | None, Query(description="a name or a word of it",
                                       max_length=200)] = None,
        type: Annotated[str | None, Query(pattern="^[A-Z]{2,5}$",
                                          description="PER, ORG, LOC, MISC")] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Response:
        return _json(queries.entities(conns.get(), q=q or None, type_=type, limit=limit,
                                      offset=offset).to_dict())

    @api.get("/entities/{entity_id}",
             summary="One entity with its mentions, quotations and events (each paginated)",
             response_model=None,
             responses={200: {"model": schemas.EntityDetail}, 404: {"model": ErrorResponse}})
    def get_entity(entity_id: RowId, limit: Limit = DEFAULT_LIMIT,
                   offset: Offset = 0) -> Response:
        found = queries.entity(conns.get(), entity_id, limit, offset)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no entity {entity_id}")
        return _json(found)

    @api.get("/documents", summary="Documents by date", **_ok(schemas.DocumentPage))
    def list_documents(
        q: Annotated[str | None, Query(description="words of the title or text",
                                       max_length=500)] = None,
        lang: Lang = None,
        date_from: Annotated[str | None, Query(alias="from")] = None,
        date_to: Annotated[str | None, Query(alias="to")] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Response:
        try:
            return _json(queries.documents(conns.get(), q=q or None, lang=lang,
                                           date_from=_period(date_from, "from"),
                                           date_to=_period(date_to, "to"), limit=limit,
                                           offset=offset).to_dict())
        except queries.BadQuery as err:
            raise _bad(err) from None

    @api.get("/documents/{document_id}",
             summary="One document with its extractions (output contract shape + fields)",
             response_model=None,
             responses={200: {"model": schemas.DocumentDetail}, 404: {"model": ErrorResponse}})
    def get_document(document_id: RowId) -> Response:
        found = queries.document(conns.get(), document_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no document {document_id}")
        return _json(found)

    @api.post("/extract", summary="Analyse one text (not stored); output contract shape",
              response_model=None,
              responses={200: {"model": schemas.Contract},
                         413: {"model": ErrorResponse, "description": "body too large"}})
    def post_extract(body: ExtractRequest) -> Response:
        from chronik.pipeline import extract
        from chronik.read.errors import InputError

        try:
            doc = extract(body.text, date=_period(body.date, "date"), lang=body.lang,
                          title=body.title, doc_id="request")
        except (InputError, ValueError) as err:
            raise HTTPException(status_code=422, detail=str(err)) from None
        return _json(doc.to_dict())

    @api.get("/stats", summary="What the store holds, and its first and last event time",
             **_ok(schemas.Stats))
    def stats() -> Response:
        conn = conns.get()
        first, last = queries.time_span(conn)
        return _json({"counts": queries.counts(conn), "first": first, "last": last})

    app.include_router(api)
    _error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    pages.register(app, conns.get)
    return app


def app_from_env() -> FastAPI:
    """Factory for several worker processes (`chronik serve --workers N`): each process
    builds its app from the environment set by the command."""
    return create_app(os.environ["CHRONIK_SERVE_DB"],
                      max_body=int(os.environ.get("CHRONIK_SERVE_MAX_BODY", DEFAULT_MAX_BODY)))


def _error_handlers(app: FastAPI) -> None:
    """Every error is JSON of one shape under /api; pages get a short HTML page."""

    def respond(request: Request, status: int, message: str,
                details: list[dict[str, Any]] | None = None) -> Response:
        if not request.url.path.startswith("/api"):
            return HTMLResponse(pages.error_page(status, message), status_code=status)
        body: dict[str, Any] = {"status": status, "message": message}
        if details is not None:
            body["details"] = details
        return JSONResponse({"error": body}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [{"where": ".".join(str(p) for p in err.get("loc", ())),
                    "message": err.get("msg", ""), "input": _short(err.get("input"))}
                   for err in exc.errors()]
        summary = "; ".join(f"{d['where']}: {d['message']}" for d in details)
        return respond(request, 422, f"invalid request: {summary}", details)


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 80:
        return value[:80] + "…"
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return None
