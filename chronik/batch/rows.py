"""Document (contract dict) <-> table rows: the one flattening every engine uses.

Rows are built from `Document.to_dict()`, the output contract, not from the dataclasses,
so a table row says exactly what `chronik extract --format jsonl` says, and
`rows_to_document` rebuilds that object from the rows. A key a later stage adds to an
item's dict, and that has no column here yet, is kept in the row's `extra` column (JSON)
so nothing is lost and the schema never has to change in lock-step with the model.

`lang` and `month` are not columns of the files: they are the hive partition directories
(`lang=de/month=2022-01`), which Spark, Dask, pandas and DuckDB read back as columns.
"""

from __future__ import annotations

import json
import re
from typing import Any

TABLES = ("documents", "timexes", "events", "quotes", "entities", "errors")

# Columns every item table starts with: where the row belongs, and its order in the input.
_POSITION = ["doc_id", "shard", "shard_offset", "position"]

# Per table: contract keys with their own column, in contract order.
DOCUMENT_KEYS = ["date", "date_given", "date_evidence", "title", "url", "source"]
ITEM_KEYS: dict[str, list[str]] = {
    "timexes": ["id", "field", "start", "end", "text", "type", "value", "mod",
                "utc_offset", "instant", "evidence"],
    "events": ["id", "field", "start", "end", "trigger", "summary", "value", "timex", "status",
               "participants", "location"],
    "quotes": ["id", "kind", "field", "start", "end", "text", "speaker", "speaker_mention", "cue"],
    "entities": ["id", "name", "type", "mentions"],
}
ERROR_COLUMNS = ["shard", "shard_offset", "position", "source", "line", "doc_id", "stage",
                 "reason"]

UNKNOWN_LANG = "und"  # BCP 47 "undetermined"
UNKNOWN_MONTH = "unknown"
_MONTH = re.compile(r"^(\d{4}-\d{2})")


def partition_of(document: dict[str, Any]) -> tuple[str, str]:
    """(lang, month) of a contract dict: the month of publication, `unknown` if not known."""
    meta = document["document"]
    m = _MONTH.match(meta.get("date") or "")
    return (meta.get("lang") or UNKNOWN_LANG, m.group(1) if m else UNKNOWN_MONTH)


def _extra(item: dict[str, Any], known: list[str]) -> str | None:
    rest = {k: v for k, v in item.items() if k not in known}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else None


def _item_row(table: str, item: dict[str, Any]) -> dict[str, Any]:
    keys = ITEM_KEYS[table]
    row: dict[str, Any] = {}
    for key in keys:
        value = item.get(key)
        if key == "evidence":
            value = value or {}
            row["evidence_rule"] = value.get("rule")
            row["evidence_anchor"] = value.get("anchor")
            row["evidence_note"] = value.get("note")
        else:
            row[key] = value
    row["extra"] = _extra(item, keys)
    return row


def document_rows(document: dict[str, Any], *, shard: str, shard_offset: int,
                  position: int) -> dict[str, list[dict[str, Any]]]:
    """Flatten one contract dict into rows per table (without the partition columns)."""
    where = {"doc_id": document["id"], "shard": shard, "shard_offset": shard_offset,
             "position": position}
    meta = document["document"]
    doc_row = dict(where)
    for key in DOCUMENT_KEYS:
        doc_row[key] = meta.get(key)
    doc_row["has_lang"] = meta.get("lang") is not None
    doc_row["extra"] = _extra(meta, [*DOCUMENT_KEYS, "lang"])
    tables: dict[str, list[dict[str, Any]]] = {"documents": [doc_row]}
    for table in ITEM_KEYS:
        tables[table] = [{**where, **_item_row(table, item)} for item in document[table]]
    return tables


def _item_from_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for key in ITEM_KEYS[table]:
        if key == "evidence":
            if row.get("evidence_rule") is not None:
                item["evidence"] = {"rule": row["evidence_rule"],
                                    "anchor": row.get("evidence_anchor"),
                                    "note": row.get("evidence_note")}
        elif key in ("utc_offset", "instant"):
            # the contract has both keys exactly when a time zone was fixed
            if row.get("utc_offset") is not None:
                item[key] = row.get(key)
        elif key == "participants":
            item[key] = list(row.get(key) or [])
        elif key == "mentions":
            item[key] = [dict(m) for m in (row.get(key) or [])]
        else:
            item[key] = row.get(key)
    if row.get("extra"):
        item.update(json.loads(row["extra"]))
    return item


def rows_to_document(doc_row: dict[str, Any], lang: str,
                     items: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The contract dict again, from a documents row, its partition lang and its item rows."""
    meta: dict[str, Any] = {"date": doc_row.get("date"), "date_given": doc_row.get("date_given"),
                            "date_evidence": doc_row.get("date_evidence"),
                            "lang": lang if doc_row.get("has_lang", True) else None,
                            "title": doc_row.get("title")}
    for key in ("url", "source"):  # the contract omits these when they are empty
        if doc_row.get(key):
            meta[key] = doc_row[key]
    if doc_row.get("extra"):
        meta.update(json.loads(doc_row["extra"]))
    out: dict[str, Any] = {"id": doc_row["doc_id"], "document": meta}
    for table in ITEM_KEYS:
        # one document's items sit in one file, in the order the contract lists them
        out[table] = [_item_from_row(table, r) for r in items.get(table, [])]
    return out


def arrow_schemas():
    """pyarrow schemas of the six tables (explicit, so an all-null column keeps its type)."""
    import pyarrow as pa

    s, i64, i32 = pa.string(), pa.int64(), pa.int32()
    where = [("doc_id", s), ("shard", s), ("shard_offset", i64), ("position", i32)]
    item_start = [("id", s), ("field", s), ("start", i32), ("end", i32)]
    mention = pa.struct([("field", s), ("start", i32), ("end", i32), ("text", s)])
    return {
        "documents": pa.schema([*where, *[(k, s) for k in DOCUMENT_KEYS],
                                ("has_lang", pa.bool_()), ("extra", s)]),
        "timexes": pa.schema([*where, *item_start, ("text", s), ("type", s), ("value", s),
                              ("mod", s), ("utc_offset", s), ("instant", s),
                              ("evidence_rule", s), ("evidence_anchor", s),
                              ("evidence_note", s), ("extra", s)]),
        "events": pa.schema([*where, *item_start, ("trigger", s), ("summary", s),
                             ("value", s), ("timex", s), ("status", s),
                             ("participants", pa.list_(s)), ("location", s), ("extra", s)]),
        "quotes": pa.schema([*where, ("id", s), ("kind", s), ("field", s), ("start", i32),
                             ("end", i32), ("text", s), ("speaker", s),
                             ("speaker_mention", s), ("cue", s), ("extra", s)]),
        "entities": pa.schema([*where, ("id", s), ("name", s), ("type", s),
                               ("mentions", pa.list_(mention)), ("extra", s)]),
        "errors": pa.schema([("shard", s), ("shard_offset", i64), ("position", i32),
                             ("source", s), ("line", i32), ("doc_id", s), ("stage", s),
                             ("reason", s)]),
    }
