"""Learn distributional word clusters from unlabeled text (a cheap stand-in for Brown clusters).

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python training/ner/clusters.py de

Each frequent (lowercased) word is described by the words seen right before and right
after it; counts become positive PMI, are reduced to 100 dimensions (eigenvectors of the
context Gram matrix) and grouped by spherical k-means at three granularities (64, 256, 1024
clusters) with a fixed seed. The result, `training/ner/clusters.<lang>.tsv`, gives a word
features `c64=…`, `c256=…`, `c1024=…` in the NER lexicon: words that behave alike (first
names, city names, organisation heads) share a feature even when the labeled data never
saw them. Unlabeled text (German): the token column of the NER training set, the
quotation corpus' articles, the SmartData documents, KRAUTS and WikiWarsDE; (English): the
training sentences and the TimeBank/AQUAINT news texts. Dev/test text is never used.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chronik.entities.tokens import TOKEN
from chronik.eval.ner import read_sentences

SHARED = ROOT.parent / "shared" / "data"
SEED = 20141
_TAG = re.compile(r"<[^>]+>")


def texts(lang: str):
    """Token lists (lowercased) of every unlabeled sentence/document for `lang`."""
    if lang == "de":
        for s in read_sentences(SHARED / "ner-de" / "germeval2014-train.bioes"):
            yield [t.lower() for t in s.tokens]
        for name in ("train.jsonl", "dev.jsonl"):
            with open(SHARED / "quotes-de" / name, encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    yield [m.group().lower() for m in TOKEN.finditer(rec["text"])]
        with gzip.open(SHARED / "ner-de" / "smartdata-v1-train.json.gz", "rt",
                       encoding="utf-8") as fh:
            raw = fh.read()
        decoder, pos = json.JSONDecoder(), 0
        while True:
            start = raw.find("{", pos)
            if start < 0:
                break
            obj, pos = decoder.raw_decode(raw, start)
            text = _TAG.sub("", obj.get("raw", "")) if isinstance(obj, dict) else ""
            yield [m.group().lower() for m in TOKEN.finditer(text)]
        yield from _markup_texts(sorted((SHARED / "temporal-de").glob("KRAUTS*/*.tml")))
        yield from _markup_texts(sorted((SHARED / "temporal-de").glob("WikiWarsDE/in/*.sgm")))
    else:
        # wikigold minus its dev fifth (see train.py), so dev text stays unseen
        for i, s in enumerate(read_sentences(SHARED / "ner-en" / "wikigold.conllu")):
            if i % 5:
                yield [t.lower() for t in s.tokens]
        paths = [*sorted((SHARED / "ner-en" / "btc").glob("*.conll")),
                 SHARED / "ner-en" / "wnut17" / "wnut17train.conll"]
        for p in paths:
            for s in read_sentences(p):
                yield [t.lower() for t in s.tokens]
        yield from _markup_texts(sorted((SHARED / "temporal-en").glob("TBAQ-cleaned/*/*.tml")))


def _markup_texts(paths):
    """Plain text of TimeML/SGML files (tags removed), one token list per paragraph."""
    for path in paths:
        text = _TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
        for para in re.split(r"\n\s*\n", text):
            tokens = [m.group().lower() for m in TOKEN.finditer(para)]
            if tokens:
                yield tokens


def spherical_kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 15
                     ) -> np.ndarray:
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return assign


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    docs = list(texts(lang))
    freq = Counter(w for d in docs for w in d)
    vocab = [w for w, n in freq.most_common(40_000) if n >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, (w, _) in enumerate(freq.most_common(500))}
    counts = np.zeros((len(vocab), 2 * len(ctx) + 2), dtype=np.float32)
    boundary = 2 * len(ctx)  # sentence start/end are contexts too (capitalised first words)
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        cids = [ctx.get(w, -1) for w in d]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            left = cids[i - 1] if i else -2
            right = cids[i + 1] if i + 1 < len(d) else -2
            if left >= 0:
                counts[wid, left] += 1
            elif left == -2:
                counts[wid, boundary] += 1
            if right >= 0:
                counts[wid, len(ctx) + right] += 1
            elif right == -2:
                counts[wid, boundary + 1] += 1
    total = counts.sum()
    pw = counts.sum(axis=1, keepdims=True) / total
    pc = counts.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((counts / total) / (pw * pc))
    ppmi = np.nan_to_num(np.maximum(pmi, 0), posinf=0.0).astype(np.float64)
    gram = ppmi.T @ ppmi
    _, vecs = np.linalg.eigh(gram)
    emb = ppmi @ vecs[:, -100:]
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    columns = []
    for k in (64, 256, 1024):
        columns.append((k, spherical_kmeans(emb, k, rng)))
    out = Path(__file__).with_name(f"clusters.{lang}.tsv")
    with open(out, "w", encoding="utf-8") as fh:
        for i, w in enumerate(vocab):
            if "\t" in w:
                continue
            fh.write(w + "".join(f"\tc{k}={a[i]}" for k, a in columns) + "\n")
    print(f"{len(docs)} texts, {sum(freq.values())} tokens, {len(vocab)} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
