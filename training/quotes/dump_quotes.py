"""Write every quotation the pipeline finds in a fixed corpus, all fields, one document a line:
the check that a change meant only to be faster changes nothing.

    .venv/bin/python training/quotes/dump_quotes.py before.jsonl    # on the old tree
    .venv/bin/python training/quotes/dump_quotes.py after.jsonl     # on the new one
    cmp before.jsonl after.jsonl

The corpus (read from ../shared/data when present): the quotes-de dev articles with and
without their titles, the quotes-de train articles, the files of examples/, every second
English TimeBank/AQUAINT text, and 600 articles generated as benchmarks/ingest.py
generates them (German and English, recombined paragraphs). Each document runs through
`chronik.pipeline` exactly as `chronik extract` would; the SHA-256 of the file is printed.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from chronik.eval.timeml import read_timeml
from chronik.pipeline import analyse, extract
from chronik.read import read_paths

SHARED = REPO.parent / "shared" / "data"


def documents():
    """(name, analysed document) for the whole corpus, in a fixed order."""
    for part in ("dev", "train"):
        path = SHARED / "quotes-de" / f"{part}.jsonl"
        if not path.exists():
            print(f"note: {path} not found, skipped", file=sys.stderr)
            continue
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            date = rec["date"][:10]
            yield part + rec["id"], extract(rec["text"], date=date, lang="de", title=rec["title"])
            if part == "dev":
                yield part + rec["id"] + "-notitle", extract(rec["text"], date=date, lang="de")
    for path in sorted((REPO / "examples").iterdir()):
        if path.suffix != ".md":
            for doc in read_paths([str(path)]):
                if hasattr(doc, "fields"):
                    yield path.name + doc.id, analyse(doc)
    for path in sorted((SHARED / "temporal-en").glob("*/*/*.tml"))[::2]:
        tml = read_timeml(path)
        yield path.name, extract(tml.text, date=tml.dct, lang="en")
    import ingest  # benchmarks/ingest.py: the generated ingest documents

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "generated.jsonl"
        ingest.generate(600, corpus)
        for line in corpus.open(encoding="utf-8"):
            rec = json.loads(line)
            yield rec["id"], extract(rec["text"], date=rec["date"], title=rec["title"])


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    documents_seen = quotes_seen = 0
    with open(argv[0], "w", encoding="utf-8") as out:
        for name, doc in documents():
            quotes = [q.to_dict() for q in doc.quotes]
            out.write(json.dumps({"doc": name, "quotes": quotes}, ensure_ascii=False,
                                 sort_keys=True) + "\n")
            documents_seen += 1
            quotes_seen += len(quotes)
    digest = hashlib.sha256(Path(argv[0]).read_bytes()).hexdigest()
    print(f"{documents_seen} documents, {quotes_seen} quotations, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
