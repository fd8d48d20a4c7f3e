"""The JSON API: given the sample store, each endpoint answers as documented, and every bad
parameter gets a clear 4xx JSON error, never a 500 or an unbounded list."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from chronik.serve import MAX_LIMIT, create_app


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()["error"]
    assert body["status"] == status
    return body["message"]


def _event_named(client, summary: str) -> dict:
    items = client.get("/api/events", params={"limit": MAX_LIMIT}).json()["items"]
    return next(e for e in items if e["summary"] == summary)


# -- events -----------------------------------------------------------------------------------

def test_events_are_chronological_with_participants_and_sources(client):
    page = client.get("/api/events", params={"entity": "Norland"}).json()
    values = [e["value"] for e in page["items"]]
    assert values == ["2023-05-04", "2023-05-20", "2023-05-22", "2023-07"]
    assert page["total"] == 4 and page["offset"] == 0
    cancelled = page["items"][0]
    assert cancelled["status"] == "cancelled"
    assert cancelled["participants"] == ["Norland", "Südmark"]
    assert [s["doc_id"] for s in cancelled["sources"]] == ["hand-absage"]


def test_the_planned_and_the_reported_meeting_are_one_event_with_two_sources(client):
    meeting = client.get("/api/events", params={"entity": "Südmark", "from": "2023-05-20",
                                                "to": "2023-05-20"}).json()["items"]
    assert len(meeting) == 1
    assert meeting[0]["status"] == "happened"  # the latest report wins
    assert [s["doc_id"] for s in meeting[0]["sources"]] == ["hand-absage", "hand-talks"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"from": "2023-05-21"}, ["2023-05-22", "2023-07"]),
    ({"to": "2023-05"}, ["2023-05-04", "2023-05-20", "2023-05-22"]),
    ({"status": "ongoing"}, ["2023-05-22"]),
    ({"lang": "en"}, ["2023-05-20", "2023-05-22"]),
    ({"q": "Bern"}, ["2023-05-20"]),
])
def test_event_filters(client, params, expected):
    page = client.get("/api/events", params={"entity": "Norland", **params}).json()
    assert [e["value"] for e in page["items"]] == expected


def test_event_pages_cover_the_list_without_overlap(client):
    whole = client.get("/api/events", params={"entity": "Norland"}).json()["items"]
    first = client.get("/api/events", params={"entity": "Norland", "limit": 3}).json()
    second = client.get("/api/events", params={"entity": "Norland", "limit": 3,
                                               "offset": 3}).json()
    assert first["total"] == second["total"] == 4
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in whole]


def test_one_event_has_its_reports_with_the_sentence_around_their_offsets(client):
    meeting = _event_named(client, "Delegations of Norland and Südmark meet in Bern")
    event = client.get(f"/api/events/{meeting['id']}").json()
    report = next(r for r in event["reports"] if r["doc_id"] == "hand-talks")
    sentence = report["sentence"]
    assert sentence["text"] == "Delegations from Norland and Südmark met in Bern on May 20, 2023."
    assert sentence["start"] <= report["start"] < report["end"] <= sentence["end"]
    german = next(r for r in event["reports"] if r["doc_id"] == "hand-absage")
    assert german["sentence"]["text"] == "Ein neues Treffen ist am 20. Mai 2023 in Bern geplant."
    assert german["status"] == "planned"
    assert [q["text"] for q in german["quotes"]] == ["keine Gespräche unter Druck führen"]


def test_the_reports_of_an_event_are_paginated(client):
    meeting = _event_named(client, "Delegations of Norland and Südmark meet in Bern")
    assert meeting["n_sources"] == 2
    first = client.get(f"/api/events/{meeting['id']}", params={"limit": 1}).json()
    second = client.get(f"/api/events/{meeting['id']}",
                        params={"limit": 1, "offset": 1}).json()
    assert first["reports_total"] == second["reports_total"] == 2
    assert [r["doc_id"] for r in first["reports"] + second["reports"]] == [
        "hand-absage", "hand-talks"]


def test_an_unknown_event_is_404_json(client):
    assert "no event" in _error(client.get("/api/events/999999"), 404)


# -- entities and documents ---------------------------------------------------------------------

def test_entity_with_mentions_quotes_and_events(client):
    found = client.get("/api/entities", params={"q": "Ida Varga"}).json()["items"]
    assert [e["name"] for e in found] == ["Ida Varga"]
    assert found[0]["n_documents"] == 3
    varga = client.get(f"/api/entities/{found[0]['id']}").json()
    assert [q["text"] for q in varga["quotes"]["items"]] == [
        "keine Gespräche unter Druck führen", "a first step", "sie sei zuversichtlich"]
    assert varga["mentions"]["total"] == 3
    mention = varga["mentions"]["items"][0]
    assert mention["text"] == "Außenministerin Ida Varga"
    norland = client.get("/api/entities", params={"q": "Norland"}).json()["items"][0]
    events = client.get(f"/api/entities/{norland['id']}").json()["events"]
    assert events["total"] == 4


def test_document_in_contract_shape_with_offsets_into_its_fields(client):
    docs = client.get("/api/documents", params={"q": "Bern", "limit": 10}).json()["items"]
    row = next(d for d in docs if d["doc_id"] == "hand-absage")
    assert row["counts"] == {"timexes": 2, "events": 2, "quotes": 1, "entities": 4}
    doc = client.get(f"/api/documents/{row['id']}").json()
    assert doc["id"] == "hand-absage" and doc["document"]["date"] == "2023-05-02"
    for key in ("timexes", "events", "quotes", "entities"):
        assert doc[key], key
    text = doc["fields"]["text"]
    for item in doc["timexes"] + doc["events"] + doc["quotes"]:
        if "text" in item:
            assert text[item["start"]:item["end"]] == item["text"]
    assert doc["timexes"][1]["value"] == "2023-05-20"


def test_examples_corpus_is_served(client):
    docs = client.get("/api/documents", params={"lang": "en", "limit": 50}).json()
    assert any(d["doc_id"].startswith("2023-03-24_en") for d in docs["items"])


# -- extract --------------------------------------------------------------------------------

def test_extract_one_text(client):
    response = client.post("/api/extract", json={
        "text": "Der Rat tagt am 9. März 2023 in Genf.", "date": "2023-03-01", "lang": "de"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert [t["value"] for t in doc["timexes"]] == ["2023-03-09"]
    assert set(doc) >= {"id", "document", "timexes", "events", "quotes", "entities"}


def test_extract_refuses_a_10_mb_body_with_413(client):
    message = _error(client.post("/api/extract", content=b"x" * (10 * 1024 * 1024),
                                 headers={"content-type": "application/json"}), 413)
    assert "larger than" in message


def test_extract_refuses_a_streamed_body_over_the_limit(sample_db):
    from fastapi.testclient import TestClient

    small = TestClient(create_app(sample_db, max_body=1000))

    def chunks():  # no Content-Length: the limit must hold while reading
        for _ in range(10):
            yield b'{"text": "' + b"a" * 500

    _error(small.post("/api/extract", content=chunks(),
                      headers={"content-type": "application/json"}), 413)


@pytest.mark.parametrize("body", [
    {"text": ""}, {"date": "2023-01-01"}, {"text": "x", "date": "2023-13"},
    {"text": "x", "date": "yesterday"}, {"text": "x", "lang": "German!"}, [1, 2],
])
def test_extract_bad_bodies_are_422(client, body):
    _error(client.post("/api/extract", json=body), 422)


def test_extract_invalid_json_is_422(client):
    _error(client.post("/api/extract", content=b"{not json",
                       headers={"content-type": "application/json"}), 422)


# -- bad parameters ---------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "status", "says"), [
    ("/api/events?from=2022-13", 422, "from"),
    ("/api/events?to=2022-02-30", 422, "to"),
    ("/api/events?from=last+week", 422, "from"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?limit=0", 422, "limit"),
    (f"/api/events?limit={MAX_LIMIT + 1}", 422, "limit"),
    ("/api/events?limit=many", 422, "limit"),
    ("/api/events?status=done", 422, "status"),
    ("/api/events?q=%22%22", 400, "q"),
    ("/api/entities?offset=-5", 422, "offset"),
    ("/api/entities/1?limit=100000", 422, "limit"),
    ("/api/documents?from=2023-00", 422, "from"),
    ("/api/documents/abc", 422, "document_id"),
    ("/api/documents/9223372036854775808", 422, "document_id"),  # beyond SQLite's integers
    ("/api/events/0", 422, "event_id"),
])
def test_bad_parameters_get_clear_json_errors(client, url, status, says):
    assert says in _error(client.get(url), status)


def test_every_list_is_bounded_in_the_schema(client):
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for p in op.get("parameters", []):
                if p["name"] == "limit":
                    assert p["schema"]["maximum"] == MAX_LIMIT, path
                if p["name"] == "offset":
                    assert p["schema"]["minimum"] == 0, path


# -- safety ------------------------------------------------------------------------------------

def test_the_store_file_is_unchanged_by_serving(tmp_path: Path):
    from fastapi.testclient import TestClient

    from tests.serve.sample import build_sample_store

    db = build_sample_store(tmp_path / "ro.db", examples=False)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with TestClient(create_app(db)) as c:
        for url in ("/", "/api/events", "/api/events/1", "/api/entities", "/api/entities/1",
                    "/api/documents", "/api/documents/1", "/document/1", "/entity/1"):
            assert c.get(url).status_code == 200, url
        c.post("/api/extract", json={"text": "Am Montag."})
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_connection_cannot_write(sample_db: Path):
    import sqlite3

    from chronik.serve.queries import connect

    conn = connect(sample_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM documents")


def test_a_missing_store_is_refused_clearly(tmp_path: Path):
    from chronik.serve import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="no such store"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_no_store_is_refused(tmp_path: Path):
    from chronik.serve import StoreUnavailable

    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    with pytest.raises(StoreUnavailable, match="not a usable chronik store"):
        create_app(bogus)


# -- the documented shapes --------------------------------------------------------------------

def test_answers_have_the_documented_shapes(client):
    from chronik.serve import schemas

    event_id = client.get("/api/events").json()["items"][0]["id"]
    entity_id = client.get("/api/entities").json()["items"][0]["id"]
    document_id = client.get("/api/documents").json()["items"][0]["id"]
    for url, model in [("/api/events", schemas.EventPage),
                       (f"/api/events/{event_id}", schemas.EventDetail),
                       ("/api/entities", schemas.EntityPage),
                       (f"/api/entities/{entity_id}", schemas.EntityDetail),
                       ("/api/documents", schemas.DocumentPage),
                       (f"/api/documents/{document_id}", schemas.DocumentDetail),
                       ("/api/stats", schemas.Stats)]:
        model.model_validate(client.get(url).json(), strict=True)
    schemas.Contract.model_validate(
        client.post("/api/extract", json={"text": "Am Montag."}).json())
