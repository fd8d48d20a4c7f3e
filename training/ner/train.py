"""Train chronik's CRF NER model for one language, reproducibly, on one CPU core.

    nice -n 10 .venv/bin/python training/ner/train.py de   # -> chronik/entities/models/de.*
    nice -n 10 .venv/bin/python training/ner/train.py en

Data come from ../shared/data/ (never copied into the repository). The model is a linear-
chain CRF (python-crfsuite, L-BFGS with elastic-net regularisation, deterministic: the same
data and parameters give the same model) over the features in chronik/entities/features.py,
plus a word lexicon written next to the model: CLDR territory and city names from Babel
(gazetteer) and distributional word clusters learned from unlabeled text (clusters.py).
Tags are trained as BIOES over the four outer classes PER/ORG/LOC/MISC; GermEval's
*deriv/*part tags are read as O (see chronik/eval/ner.py for why). Training them as classes
of their own (`--scheme fine`, 33 instead of 17 labels) gained 0.3 F1 on dev but made
tagging 3x slower (Viterbi is quadratic in the labels), so the shipped model does not.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chronik.entities.features import FEATURE_VERSION, FeatureCache
from chronik.entities.lexicon import build_gazetteer, load_lexicon
from chronik.eval.ner import Sentence, format_report, read_sentences, score, spans

SHARED = ROOT.parent / "shared" / "data"
MODELS = ROOT / "chronik" / "entities" / "models"


def to_bioes(tags: list[str], scheme: str = "outer4") -> list[str]:
    """BIOES tags over the scheme's classes for any input tag sequence (OTH -> MISC)."""
    out = ["O"] * len(tags)
    for start, end, typ in spans(tags, scheme):
        if end - start == 1:
            out[start] = "S-" + typ
        else:
            out[start] = "B-" + typ
            for i in range(start + 1, end - 1):
                out[i] = "I-" + typ
            out[end - 1] = "E-" + typ
    return out


def corpus(lang: str) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences for a language."""
    if lang == "de":
        train = list(read_sentences(SHARED / "ner-de" / "germeval2014-train.bioes"))
        dev = list(read_sentences(SHARED / "ner-de" / "germeval2014-dev.tsv"))
        return train, dev
    if lang == "en":
        wiki = list(read_sentences(SHARED / "ner-en" / "wikigold.conllu"))
        # fixed split: every fifth wikigold sentence is dev (same genre as news prose)
        dev = [s for i, s in enumerate(wiki) if i % 5 == 0]
        train = [s for i, s in enumerate(wiki) if i % 5 != 0]
        for path in sorted((SHARED / "ner-en" / "btc").glob("*.conll")):
            train += read_sentences(path)
        train += read_sentences(SHARED / "ner-en" / "wnut17" / "wnut17train.conll")
        return train, dev
    raise SystemExit(f"no training recipe for language {lang!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lang", choices=["de", "en"])
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--scheme", choices=["outer4", "fine"], default="outer4")
    ap.add_argument("--out", type=Path, default=MODELS)
    args = ap.parse_args()

    t0 = time.time()
    train, dev = corpus(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    lexicon_path = args.out / f"{args.lang}.lexicon.tsv.gz"
    clusters_path = Path(__file__).with_name(f"clusters.{args.lang}.tsv")
    write_lexicon(lexicon_path, args.lang, clusters_path)
    feats = FeatureCache(load_lexicon(lexicon_path))

    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        trainer.append(feats.sentence(s.tokens), to_bioes(s.tags, args.scheme))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    model_path = args.out / f"{args.lang}.crfsuite"
    t1 = time.time()
    trainer.train(str(model_path))
    train_seconds = time.time() - t1

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    t2 = time.time()
    pairs = [(s.tags, tagger.tag(feats.sentence(s.tokens))) for s in dev]
    tag_seconds = time.time() - t2
    report = score(pairs)
    report.seconds = tag_seconds
    print(format_report(report, f"{args.lang} dev (outer4)"))
    meta = {
        "lang": args.lang, "feature_version": FEATURE_VERSION,
        "params": {"c1": args.c1, "c2": args.c2, "iterations": args.iterations,
                   "scheme": args.scheme, "algorithm": "lbfgs"},
        "train_sentences": len(train), "dev_sentences": len(dev),
        "train_seconds": round(train_seconds, 1), "total_seconds": round(time.time() - t0, 1),
        "dev": report.to_dict(), "model_bytes": model_path.stat().st_size,
        "lexicon": lexicon_path.name,
    }
    (args.out / f"{args.lang}.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps({k: v for k, v in meta.items() if k != "dev"}, indent=2))
    return 0


def write_lexicon(path: Path, lang: str, clusters_path: Path) -> None:
    """word<TAB>feature... lines: the gazetteer plus word clusters (when trained)."""
    entries: dict[str, list[str]] = {}
    for word, feats in build_gazetteer(("de", "en")).items():
        entries.setdefault(word, []).extend(feats)
    if clusters_path.exists():
        for line in clusters_path.read_text(encoding="utf-8").splitlines():
            word, *feats = line.split("\t")
            entries.setdefault(word, []).extend(feats)
    text = "".join(word + "\t" + "\t".join(entries[word]) + "\n" for word in sorted(entries))
    # mtime=0 and sorted lines: the file is byte-identical whenever the data are
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(text.encode("utf-8"))


if __name__ == "__main__":
    raise SystemExit(main())
