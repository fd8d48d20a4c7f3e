"""Mine word forms from the German training data that the quotation lexicon lacks.

    .venv/bin/python training/quotes/mine_cues.py TRAIN.jsonl [--first N]
    .venv/bin/python training/quotes/mine_cues.py TRAIN.jsonl --konjunktiv

Without --konjunktiv, three lists, each checked for precision on the same articles:

- gold cues: single-word cue texts of gold quotations that `speech_verb` does not match,
  with how often the form is a cue among all its occurrences outside quotation marks;
- silent reports: speech verbs the rules found with a subject but no clause, and how
  often such a sentence is a gold quotation (would it pay to output them?);
- report triggers: lower-case words of sentences the rules leave without a quotation,
  with how often such a sentence, taken whole, is a gold quotation (a "Reported" speech
  act such as "Der Minister kritisierte die Entscheidung" is annotated as the sentence).

With --konjunktiv: -e forms missing from the Konjunktiv I list whose indicative (-t/-et)
occurs in the articles too and that stand in gold reported speech at least half of the
time. Forms that pass are copied into lang/de.toml by hand (they are data, reviewed).
"""

from __future__ import annotations

import collections
import json
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from chronik.eval.quotes import match
from chronik.pipeline import extract
from chronik.quotes import rule_quotes
from chronik.quotes.langdata import load

_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"[„“”\"»«].*?[“”\"«»]")


def main(argv: list[str]) -> int:
    path = argv[0]
    first = int(argv[argv.index("--first") + 1]) if "--first" in argv else None
    lang = load("de")
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if first:
        rows = rows[:first]
    cue_hits: collections.Counter[str] = collections.Counter()
    form_total: collections.Counter[str] = collections.Counter()
    trig_good: collections.Counter[str] = collections.Counter()
    trig_all: collections.Counter[str] = collections.Counter()
    silent_good: collections.Counter[str] = collections.Counter()
    silent_all: collections.Counter[str] = collections.Counter()
    for row in rows:
        text = row["text"]
        for q in row["quotes"]:
            cue = q.get("cue_text", "").strip()
            if cue and " " not in cue and cue[0].islower() and not lang.speech_verb.fullmatch(cue):
                cue_hits[cue] += 1
        bare = _QUOTED.sub(" ", text)
        for w in _WORD.findall(bare):
            if w[0].islower():
                form_total[w] += 1
        doc = extract(text, date=row.get("date"), lang="de")
        preds = [[(s.start, s.end) for s in q.spans] or [(q.start, q.end)] for q in doc.quotes]
        gold = [[tuple(s) for s in q["quote"]] for q in row["quotes"]]
        matched_g = {j for _, j in match(preds, gold)}
        open_gold = [g for j, g in enumerate(gold) if j not in matched_g]
        _, found = rule_quotes(doc, "text")
        for f in found:
            if f.extra.get("silent") and f.cue:
                verb = text[f.cue[0]:f.cue[1]].lower()
                silent_all[verb] += 1
                silent_good[verb] += bool(match([f.spans], open_gold))
        for sent in doc.sentences:
            lo, hi = sent.start, sent.end
            if any(s < hi and lo < e for p in preds for s, e in p):
                continue
            words = {w for w in _WORD.findall(_QUOTED.sub(" ", text[lo:hi])) if w[0].islower()}
            good = bool(match([[(lo, hi)]], open_gold))
            for w in words:
                trig_all[w] += 1
                trig_good[w] += good
    if "--konjunktiv" in argv:
        print("# -e forms missing from the Konjunktiv I list: form, in reported speech, all")
        for w, n, total in guessed_konjunktiv(path, first):
            if n >= 1 and n / total >= 0.5:
                print(f"{w}\t{n}\t{total}\t{n / total:.2f}")
        return 0
    print("# gold cues missing from the lexicon: form, as cue, occurrences")
    for form, n in cue_hits.most_common():
        if n >= 2:
            print(f"{form}\t{n}\t{form_total[form]}\t{n / max(form_total[form], 1):.2f}")
    print("# silent reports (speech verb with a subject, no clause): verb, good, all")
    for w, n in sorted(silent_all.items(), key=lambda kv: -kv[1]):
        if n >= 2:
            print(f"{w}\t{silent_good[w]}\t{n}\t{silent_good[w] / n:.2f}")
    print("# report triggers: word, good sentences, sentences, precision")
    for w, n in sorted(trig_good.items(), key=lambda kv: -kv[1]):
        if n >= 2 and n / trig_all[w] >= 0.4:
            print(f"{w}\t{n}\t{trig_all[w]}\t{n / trig_all[w]:.2f}")
    return 0



def konjunktiv_forms(path: str, first: int | None = None) -> list[tuple[str, int, int]]:
    """Lower-case words ending in -e that the Konjunktiv list lacks, with how often they
    stand inside a gold reported-speech span and how often outside quotation marks at all:
    a form inside reported speech most of the time is a Konjunktiv I ("funktioniere",
    "drohe")."""
    known = set(tomllib.loads((REPO / "chronik/quotes/lang/de.toml").read_text(encoding="utf-8"))
                ["mood"]["subjunctive_1"])
    inside: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows[:first] if first else rows:
        text = row["text"]
        spans = [(q["quote"][0][0], q["quote"][-1][1]) for q in row["quotes"]
                 if q["type"] in ("Indirect", "IndirectFreeIndirect", "FreeIndirect")]
        for m in re.finditer(r"\b[a-zäöüß]{3,}e\b", text):
            w = m.group()
            if w in known:
                continue
            total[w] += 1
            inside[w] += any(s <= m.start() < e for s, e in spans)
    return [(w, inside[w], total[w]) for w in sorted(inside, key=lambda w: -inside[w])]



def guessed_konjunktiv(path: str, first: int | None = None) -> list[tuple[str, int, int]]:
    """Konjunktiv I forms by their shape: an -e form whose indicative (-t, -et) occurs in
    the same articles ("betreibe" / "betreibt", "arbeite" / "arbeitet"), and that is not a
    past tense (-te, -de). Adjectives fail the test ("illegale" / *"illegalt")."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = rows[:first] if first else rows
    words: collections.Counter[str] = collections.Counter()
    for row in rows:
        words.update(re.findall(r"\b[a-zäöüß]{3,}\b", row["text"]))
    found = {w for w in words if w.endswith("e") and not w.endswith(("te", "de"))
             and (w[:-1] + "t" in words or w[:-1] + "et" in words)}
    return [(w, n, total) for w, n, total in konjunktiv_forms(path, first) if w in found]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
