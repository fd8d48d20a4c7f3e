"""A corpus mixing German and English: every record is tagged with its own language's data,
whether the record names its language or chronik detects it."""

import json

from chronik.pipeline import analyse
from chronik.read import ReadError, read_path

RECORDS = [
    {"id": "de-given", "date": "2022-03-15", "lang": "de",
     "text": "Am Freitag wollen die Außenminister in Genf beraten. Das Treffen soll um 14.30 Uhr beginnen."},
    {"id": "en-given", "date": "2022-03-15", "lang": "en",
     "text": "The foreign ministers will meet in Geneva on Friday. The talks are due to start at 2 p.m."},
    {"id": "en-detected", "date": "2022-03-15",
     "text": "The government announced yesterday evening that the new bridge would open next month. "
             "Engineers have worked on it for two years, and traffic is expected to double."},
    {"id": "de-detected", "date": "2022-03-15",
     "text": "Die Regierung hat gestern Abend angekündigt, dass die neue Brücke im nächsten Monat "
             "eröffnet wird. Die Ingenieure haben zwei Jahre lang daran gearbeitet."},
]

EXPECTED = {
    "de-given": ("de", {"Freitag": "2022-03-18", "14.30 Uhr": "2022-03-18T14:30"}),
    "en-given": ("en", {"Friday": "2022-03-18", "2 p.m.": "2022-03-18T14:00"}),
    "en-detected": ("en", {"yesterday evening": "2022-03-14TEV", "next month": "2022-04",
                           "two years": "P2Y"}),
    "de-detected": ("de", {"gestern Abend": "2022-03-14TEV", "nächsten Monat": "2022-04",
                           "zwei Jahre lang": "P2Y"}),
}


def test_each_record_is_tagged_with_its_language(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n",
                    encoding="utf-8")
    docs = [analyse(item) for item in read_path(path) if not isinstance(item, ReadError)]
    assert len(docs) == len(RECORDS)
    for doc in docs:
        record_id = doc.to_dict()["id"]
        lang, values = EXPECTED[record_id]
        assert doc.lang == lang, (record_id, doc.lang_evidence)
        got = {t.text: t.value for t in doc.timexes}
        for phrase, value in values.items():
            assert got.get(phrase) == value, (record_id, phrase, got)
