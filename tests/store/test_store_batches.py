"""A batch is written in one go; a document that fails makes the batch go again document by
document, and nothing of the failed document (not even a new entity row) is left behind."""

from __future__ import annotations

from chronik.store import ingest
from tests.store.helpers import article, as_is, entity, event


def _broken(doc_id: str, name: str):
    doc = article(doc_id, "2023-03-01", f"{name} sagte, der Gipfel fand statt.")
    entity(doc, name, "PER", name)
    event(doc, "der Gipfel fand statt", trigger="Gipfel", value="2023-03-01", status="happened")
    doc.events.append(doc.events[0].__class__(
        "e2", "text", 0, 3, "Der", "Der", "2023-03-01", None, None, []))  # status NULL: refused
    return doc


def test_a_new_entity_of_a_failed_document_is_created_again_for_the_next_one(store):
    good = article("good", "2023-03-01", "Maria Zorn sagte, das Treffen fand statt.")
    entity(good, "Maria Zorn", "PER", "Maria Zorn")
    report = ingest(store, [_broken("broken", "Maria Zorn"), good], analyse=as_is)
    assert (report.stored, report.failed) == (1, 1)
    rows = store.db.execute(
        "SELECT e.name FROM document_entities d JOIN entities e ON e.id = d.entity_id").fetchall()
    assert rows == [("Maria Zorn",)]  # linked to a row that exists


def test_a_batch_without_failures_stores_every_document_with_ids_in_input_order(store):
    docs = [article(f"d{i}", "2023-03-01", f"Am Montag sprachen Maria Zorn und Person {i}.") for i in range(5)]
    for i, doc in enumerate(docs):
        entity(doc, "Maria Zorn", "PER", "Maria Zorn")
        entity(doc, f"Person {i}", "PER", f"Person {i}")
    report = ingest(store, docs, analyse=as_is, batch_size=5)
    assert report.stored == 5
    assert store.db.execute("SELECT doc_id FROM documents ORDER BY id").fetchall() == \
        [(f"d{i}",) for i in range(5)]
    assert store.db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 6


def test_every_reference_written_by_a_batch_exists_and_enforcement_is_back_on(store):
    # `add` writes without foreign-key checks (its references are rows it has just
    # written); what it leaves must pass the check, also after a failed document
    good = article("good", "2023-03-01", "Maria Zorn sagte, das Treffen fand statt.")
    entity(good, "Maria Zorn", "PER", "Maria Zorn")
    event(good, "das Treffen fand statt", trigger="Treffen", value="2023-03-01",
          status="happened", participants=["Maria Zorn"])
    ingest(store, [_broken("broken", "Maria Zorn"), good], analyse=as_is)
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.db.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_merged_event_of_one_report_is_written_as_a_refresh_would_write_it(store):
    doc = article("one", "2023-03-01", "Maria Zorn sagte, das Treffen fand am Montag statt.")
    event(doc, "das Treffen fand am Montag statt", trigger="Treffen", value="2023-02-27",
          status="happened", location="Genf")
    ingest(store, [doc], analyse=as_is)
    before = store.db.execute("SELECT * FROM merged_events").fetchall()
    store._refresh_merged(before[0][0])
    assert store.db.execute("SELECT * FROM merged_events").fetchall() == before
