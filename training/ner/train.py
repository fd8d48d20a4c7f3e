"""Train chronik's CRF NER model for one language, reproducibly, on one CPU core.

    nice -n 10 .venv/bin/python training/ner/train.py de   # -> chronik/entities/models/de.*
    nice -n 10 .venv/bin/python training/ner/train.py en

Data come from ../shared/data/ (never copied into the repository). The model is a linear-
chain CRF (python-crfsuite, L-BFGS with elastic-net regularisation, deterministic: the same
data and parameters give the same model) over the features in chronik/entities/features.py,
exported to the weight table chronik decodes with (`<lang>.crf.npz`, chronik/entities/crf.py;
crfsuite's own file stays in training/ner/, gitignored), plus a word lexicon written next
to the model: CLDR territory and city names from Babel
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
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from chronik.entities.crf import CrfDecoder, export_crfsuite, load_weights
from chronik.entities.features import FEATURE_VERSION, FeatureCache
from chronik.entities.lexicon import build_gazetteer, load_lexicon
from chronik.entities.tokens import TOKEN, tokenize
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
    ap.add_argument("--smartdata", action="store_true",
                    help="add SmartData news/RSS sentences (German) to the training data")
    ap.add_argument("--verbose", action="store_true", help="print each L-BFGS iteration")
    ap.add_argument("--holdout", type=int, default=0, metavar="N",
                    help="train without the last N training sentences and score on them: the "
                         "number to choose features/settings by (dev is never tuned on)")
    args = ap.parse_args()

    t0 = time.time()
    train, dev = corpus(args.lang)
    held: list[Sentence] = []
    if args.holdout:
        # a contiguous block, not every k-th sentence: neighbouring sentences share names
        train, held = train[:-args.holdout], train[-args.holdout:]
    args.out.mkdir(parents=True, exist_ok=True)
    lexicon_path = args.out / f"{args.lang}.lexicon.tsv.gz"
    clusters_path = Path(__file__).with_name(f"clusters.{args.lang}.tsv")
    case = case_lexicon(train, args.lang)
    base = merge_lexicons(read_lexicon_entries(args.lang, clusters_path), case)
    # The shipped lexicon knows every training entity; the training sentences themselves
    # are featurised with a lexicon built from the *other* folds only (cross-fitting), so
    # the CRF learns how far to trust a lexicon hit on a word it has not seen labeled.
    write_lexicon(lexicon_path, merge_lexicons(base, entity_lexicon(train, args.scheme)))
    feats = FeatureCache(load_lexicon(lexicon_path))

    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    extra = smartdata_sentences(train) if args.smartdata and args.lang == "de" else []
    for s in extra:  # featurised with the full-train lexicon, like any unseen text
        trainer.append(feats.sentence(s.tokens), s.tags)
    for fold in range(FOLDS):
        others = [s for i, s in enumerate(train) if i % FOLDS != fold]
        fold_feats = FeatureCache(merge_lexicons(base, entity_lexicon(others, args.scheme)))
        for i in range(fold, len(train), FOLDS):
            s = train[i]
            trainer.append(fold_feats.sentence(s.tokens), to_bioes(s.tags, args.scheme))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    # crfsuite's own model file is a training artefact (gitignored); what ships is the
    # weight table chronik decodes with (chronik/entities/crf.py), a seventh of the size
    model_path = Path(__file__).with_name(f"{args.lang}.crfsuite") if args.out == MODELS \
        else args.out / f"{args.lang}.crfsuite"
    weights_path = args.out / f"{args.lang}.crf.npz"
    t1 = time.time()
    trainer.train(str(model_path))
    train_seconds = time.time() - t1
    export_crfsuite(model_path, weights_path)

    decoder = CrfDecoder(load_weights(weights_path), load_lexicon(lexicon_path))
    t2 = time.time()
    predicted = [tags for i in range(0, len(dev), 16)
                 for tags in decoder.tag([s.tokens for s in dev[i:i + 16]])]
    tag_seconds = time.time() - t2
    report = score((s.tags, p) for s, p in zip(dev, predicted))
    report.seconds = tag_seconds
    print(format_report(report, f"{args.lang} dev (outer4)"))
    # the exported table must decode exactly as crfsuite does
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    disagreements = sum(p != tagger.tag(feats.sentence(s.tokens)) for s, p in zip(dev, predicted))
    print(f"sentences where chronik's decoder and crfsuite differ: {disagreements}")
    held_report = None
    if held:
        held_report = score((s.tags, decoder.tag([s.tokens])[0]) for s in held)
        print(format_report(held_report, f"{args.lang} held-out train tail ({len(held)})"))
    meta = {
        "lang": args.lang, "feature_version": FEATURE_VERSION,
        "params": {"c1": args.c1, "c2": args.c2, "iterations": args.iterations,
                   "scheme": args.scheme, "algorithm": "lbfgs",
                   "entity_lexicon_folds": FOLDS, "smartdata": bool(extra)},
        "train_sentences": len(train), "extra_sentences": len(extra), "dev_sentences": len(dev),
        "train_seconds": round(train_seconds, 1), "total_seconds": round(time.time() - t0, 1),
        "dev": report.to_dict(),
        "holdout": held_report.to_dict() if held_report else None,
        "holdout_sentences": len(held), "decoder_disagreements": disagreements,
        "model_bytes": weights_path.stat().st_size,
        "lexicon": lexicon_path.name,
    }
    (args.out / f"{args.lang}.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps({k: v for k, v in meta.items() if k != "dev"}, indent=2))
    return 0


FOLDS = 5

# SmartData (Schiersch et al. 2018) types that are names in GermEval's sense; the rest
# (dates, numbers, triggers, routes like `ICE 1716`, positions) are not.
SMARTDATA_TYPES = {
    "person": "PER", "organization": "ORG", "organization-company": "ORG",
    "location": "LOC", "location-city": "LOC", "location-stop": "LOC",
    "location-street": "LOC",
}
SMARTDATA_SKIP = {"location-route", "org-position"}
_SENTENCE_END = re.compile(r"[.!?]|\n")


def smartdata_sentences(train: list[Sentence], sources=("news", "rss")) -> list[Sentence]:
    """SmartData news/RSS documents as BIOES-taggable sentences in GermEval's conventions.

    SmartData also labels anaphoric nouns (`Gruppe` as a company) and derived adjectives
    (`dänischen` as a place), which GermEval does not; such a mention — lower case, or a
    word GermEval train knows (seen 3+ times) and never inside a name — makes its whole
    sentence ambiguous, so the sentence is left out, as is any sentence with a route or
    position mention, a mention not on token boundaries, or a tweet-like layout.
    """
    known = Counter(t.lower() for s in train for t in s.tokens)
    in_names = entity_lexicon(train)
    with gzip.open(SHARED / "ner-de" / "smartdata-v1-train.json.gz", "rt",
                   encoding="utf-8") as fh:
        raw = fh.read()
    decoder, pos, out = json.JSONDecoder(), 0, []
    while True:
        start = raw.find("{", pos)
        if start < 0:
            break
        doc, pos = decoder.raw_decode(raw, start)
        if not isinstance(doc, dict):
            continue
        if (doc.get("refids") or {}).get("map", {}).get("source") not in sources:
            continue
        text = doc["text"]["string"]
        mentions = [(m["span"]["start"], m["span"]["end"], m["type"])
                    for m in (doc.get("conceptMentions") or {}).get("array", [])]
        sent_start = 0
        bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
        for sent_end in bounds:
            sent = _smartdata_sentence(text, sent_start, sent_end, mentions, known, in_names)
            if sent is not None:
                out.append(sent)
            sent_start = sent_end
    return out


def _smartdata_sentence(text, start, end, mentions, known, in_names):
    offsets = tokenize(text, start, end)
    if len(offsets) < 5:
        return None
    index_start = {a: i for i, (a, _) in enumerate(offsets)}
    index_end = {b: i for i, (_, b) in enumerate(offsets)}
    tags = ["O"] * len(offsets)
    for a, b, typ in mentions:
        if b <= start or a >= end or typ not in SMARTDATA_TYPES and typ not in SMARTDATA_SKIP:
            continue
        if typ in SMARTDATA_SKIP or a not in index_start or b not in index_end:
            return None
        words = text[a:b].split()
        first = words[0].lower()
        if not text[a:b][:1].isupper():
            return None
        if len(words) == 1 and known[first] >= 3 and first not in in_names:
            return None
        i, j = index_start[a], index_end[b]
        label = SMARTDATA_TYPES[typ]
        if j == i:
            tags[i] = "S-" + label
        else:
            tags[i] = "B-" + label
            for k in range(i + 1, j):
                tags[k] = "I-" + label
            tags[j] = "E-" + label
    return Sentence([text[a:b] for a, b in offsets], tags)


def entity_lexicon(sentences: list[Sentence], scheme: str = "outer4") -> dict[str, list[str]]:
    """Word -> features saying how often the word is part of a labeled name of each type.

    `ne=PER` when at least half of the word's occurrences lie inside a PER name, `ne~PER`
    when at least a tenth do; `neB=PER` / `neE=PER` / `neS=PER` / `neI=PER` give the
    position the word most often holds in such names (first, last, alone, inside).
    """
    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in sentences:
        lows = [t.lower() for t in s.tokens]
        total.update(lows)
        for start, end, typ in spans(s.tags, scheme):
            for i in range(start, end):
                role = ("S" if end - start == 1 else "B" if i == start
                        else "E" if i == end - 1 else "I")
                typed[lows[i]][typ] += 1
                roles[(lows[i], typ)][role] += 1
    out: dict[str, list[str]] = {}
    for word, by_type in typed.items():
        feats = []
        for typ, n in sorted(by_type.items()):
            ratio = n / total[word]
            if ratio < 0.1:
                continue
            feats.append(("ne=" if ratio >= 0.5 else "ne~") + typ)
            role = roles[(word, typ)].most_common(1)[0][0]
            feats.append(f"ne{role}={typ}")
        if feats:
            out[word] = feats
    return out


def case_texts(train: list[Sentence], lang: str):
    """Case-preserving unlabeled token lists: the training sentences and news articles."""
    for s in train:
        yield s.tokens
    if lang == "de":
        for name in ("train.jsonl", "dev.jsonl"):
            path = SHARED / "quotes-de" / name
            if path.exists():
                with open(path, encoding="utf-8") as fh:
                    for line in fh:
                        text = json.loads(line)["text"]
                        yield [m.group() for m in TOKEN.finditer(text)]


def case_lexicon(train: list[Sentence], lang: str) -> dict[str, list[str]]:
    """Word -> `lc=…`: is this word ever written in lower case (away from a sentence start)?

    German capitalises every noun, so capitalisation alone says little; a capitalised word
    that is also seen in lower case (`Neue`/`neue`) is an adjective or verb at a sentence
    start or inside a name, one never seen lower case is a noun or a name.
    """
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for tokens in case_texts(train, lang):
        for i, tok in enumerate(tokens):
            if not tok[:1].isalpha():
                continue
            if tok[:1].islower():
                lower[tok.lower()] += 1
            elif i:
                upper[tok.lower()] += 1
    out: dict[str, list[str]] = {}
    for word in set(lower) | set(upper):
        lo, up = lower[word], upper[word]
        if lo + up < 2:
            continue
        share = lo / (lo + up)
        out[word] = ["lc=never" if share == 0 else "lc=mostly" if share >= 0.5 else "lc=some"]
    return out


def read_lexicon_entries(lang: str, clusters_path: Path) -> dict[str, list[str]]:
    """The CLDR gazetteer plus word clusters (when trained)."""
    entries: dict[str, list[str]] = {}
    for word, feats in build_gazetteer(("de", "en")).items():
        entries.setdefault(word, []).extend(feats)
    if clusters_path.exists():
        for line in clusters_path.read_text(encoding="utf-8").splitlines():
            word, *feats = line.split("\t")
            entries.setdefault(word, []).extend(feats)
    return entries


def merge_lexicons(*lexicons: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lex in lexicons:
        for word, feats in lex.items():
            out.setdefault(word, []).extend(feats)
    return out


def write_lexicon(path: Path, entries: dict[str, list[str]]) -> None:
    """word<TAB>feature... lines, sorted, gzip without timestamp."""
    text = "".join(word + "\t" + "\t".join(entries[word]) + "\n" for word in sorted(entries))
    # mtime=0 and sorted lines: the file is byte-identical whenever the data are
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(text.encode("utf-8"))


if __name__ == "__main__":
    raise SystemExit(main())
