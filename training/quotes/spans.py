"""Experiment: a learned span tagger, a linear-chain CRF over tokens, beside the rules.

Not shipped in the package: on train articles 451–700 no setting beat the rules alone
(quote F1 79.9; best with the tagger 79.7, docs/quotes.md, "Learned span tagger (tried,
not shipped)"). Kept here, with train_spans.py, so the result can be reproduced.

The rules (chronik/quotes/extract.py) propose quotations; a good share of the gold
quotations overlap nothing they propose (`forderte X, … zu <Infinitiv>`, `Gerüchten
zufolge …`, `ob` clauses, continuations without a Konjunktiv, sentences that describe a
speech act). The tagger labels the tokens of the sentences no rule quotation touches with
B/I/O (quotation begins, goes on, none), from string attributes: the word, its suffix and
shape, the language data's classes (speech verb, noun of saying, frame word, Konjunktiv
I/II, hearsay, plan), quotation marks, the clause opener before it (comma, colon, `dass`,
`ob`, `zu`, …) alone and with the cue word before it, where the nearest cue of the
sentence is, which rule (a silent report included) covers it, whether the sentences
around hold a rule quotation, how far the last one is and how densely the text quotes.
Its spans become quotations of their own (`rule` "learned: span tagger"); the speaker is
found the way the rules find it: the subject of a speech verb of the sentence outside the
span, else whoever spoke last. Settings (`SpanSettings`) can also let it look at every
sentence, or withhold the rules' quotations it does not support (a veto).

Trained with python-crfsuite (train_spans.py) and decoded with chronik's own numpy Viterbi
(`chronik.entities.crf`: the weight table, `load_weights`, `CrfDecoder._viterbi` reused
through a subclass), so shipping it would need no new dependency.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

import numpy as np

from chronik.entities.crf import CrfDecoder, CrfWeights, Lanes, load_weights
from chronik.quotes.extract import FieldText, Found, speaker_for_cue

MODEL_DIR = Path(__file__).resolve().parent / "models"  # experiment output, not shipped
LEARNED_RULE = "learned: span tagger"
LABELS = ("O", "B", "I")

# words, numbers with their inner dots and hyphens, single marks and punctuation
_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*|[^\w\s]")
_CLAUSE_PUNCT = frozenset(",:;()–—-")
_MARKS = frozenset("„“”\"»«‚‘’'")
_MAX_TOKENS = 150  # a longer sentence is not prose: left to the rules


@dataclass(frozen=True)
class SpanSettings:
    """How the tagger's spans are used (chosen on held-out training articles)."""

    o_bias: float = 0.0  # added to the O label's score: below 0 more spans to choose from
    min_margin: float = 0.0  # how much better a span scores than O on its tokens
    min_tokens: int = 3  # a shorter span is a fragment, not a quotation
    add: bool = True  # add the tagger's spans in sentences the rules left alone
    # withhold a rule quotation (it stays a silent report) when fewer of its tokens than
    # this share are inside the tagger's spans; 0: never
    veto_below: float = 0.0
    veto_rules: tuple[str, ...] = ()  # ... only these rules' quotations (empty: all)
    # look at every sentence, keeping spans that overlap no rule quotation (a second clause
    # beside the rules' one), not only at the sentences no rule quotation touches
    everywhere: bool = False
    # give a rule's reported speech (one span) the extent of the tagger's spans inside it:
    # one quotation per span, each with the rule's cue and speaker
    reshape: bool = False
    reshape_min_share: float = 0.0  # ... only when the spans cover at least this share


class SpanTagger(CrfDecoder):
    """The entity stage's CRF decoder, fed with per-token attribute rows.

    The NER decoder derives a token's attributes from its word alone (and caches them per
    word); a quotation's attributes depend on the sentence around the word (the rules'
    coverage, the cue before it), so here each token brings its own rows and only the
    Viterbi search is shared."""

    def __init__(self, weights: CrfWeights, settings: SpanSettings) -> None:
        super().__init__(weights, {}, max_words=1)
        self.settings = settings
        self.row = weights.index.get
        self.unknown = weights.unknown
        self.bias = np.zeros(len(weights.labels))
        self.bias[weights.labels.index("O")] = settings.o_bias
        self._word_rows: dict[str, list[int]] = {}

    def word_rows(self, word: str) -> list[int]:
        """The rows of the attributes a word has wherever it stands (cached per word)."""
        rows = self._word_rows.get(word)
        if rows is None:
            if len(self._word_rows) > 50_000:
                self._word_rows.clear()
            get, unknown = self.row, self.unknown
            rows = [r for r in (get(a, unknown) for a in word_attributes(word)) if r != unknown]
            self._word_rows[word] = rows
        return rows

    def tag_rows(self, runs: list[list[list[int]]]) -> tuple[list[list[int]], np.ndarray]:
        """Best label numbers for runs of tokens, each token given as its attribute rows,
        and the tokens' label scores (one row per token, runs one after another)."""
        lengths = [len(r) for r in runs]
        flat = [row for run in runs for token in run for row in token]
        counts = [len(token) + 1 for run in runs for token in run]
        n = len(counts)
        # each token's rows plus the all-zero row (so no token sums over nothing)
        rows = np.empty(sum(counts), dtype=np.intp)
        ends = np.fromiter(accumulate(counts), dtype=np.intp, count=n)
        starts = ends - np.asarray(counts, dtype=np.intp)
        mask = np.ones(len(rows), dtype=bool)
        mask[ends - 1] = False
        rows[mask] = flat
        rows[ends - 1] = self.unknown
        emit = np.add.reduceat(self.weights.state.take(rows, 0), starts, axis=0)
        emit += self.bias
        emit = np.concatenate([emit, np.zeros((1, emit.shape[1]))])
        lanes = Lanes(lengths)
        firsts = list(accumulate(lengths[:-1], initial=0))
        at = lanes.layout(firsts, pad=n)
        return self._viterbi(emit.take(at, 0), lanes), emit

    def margin(self, emit: np.ndarray, path: list[int], first: int, end: int) -> float:
        """How much more the path scores than the same path with tokens [first, end) of
        its run made O (`emit` holds the run's rows): the tagger's confidence in a span."""
        o = self.labels.index("O")
        trans = self.weights.transitions
        gain = float(sum(emit[t, path[t]] - emit[t, o] for t in range(first, end)))
        for t in range(max(first, 1), min(end + 1, len(path))):
            before = path[t - 1] if t - 1 < first or t - 1 >= end else o
            after = path[t] if t < first or t >= end else o
            gain += trans[path[t - 1], path[t]] - trans[before, after]
        return gain


@cache
def load_tagger(code: str) -> SpanTagger | None:
    """The shipped span tagger for a language, read once per process; None without one."""
    path = MODEL_DIR / f"spans-{code}.npz"
    if not path.exists():
        return None
    settings_path = path.with_suffix(".json")
    data = json.loads(settings_path.read_text(encoding="utf-8")) if settings_path.exists() else {}
    settings = SpanSettings(**{k: tuple(v) if isinstance(v, list) else v
                               for k, v in data.get("settings", {}).items()
                               if k in SpanSettings.__dataclass_fields__})
    return SpanTagger(load_weights(path), settings)


# --- attributes ---------------------------------------------------------------------------

def _shape(word: str) -> str:
    if word[0] in _MARKS:
        return "mark"
    if not word[0].isalnum():
        return "punct"
    if word.isdigit():
        return "num"
    if word.isupper() and len(word) > 1:
        return "CAPS"
    return "Cap" if word[0].isupper() else "low"


@cache
def word_attributes(word: str) -> tuple[str, ...]:
    """What a word says wherever it stands: its lowercase form, ending and shape."""
    low = word.lower()
    out = ["w=" + low, "sh=" + _shape(word)]
    if len(low) > 3 and word[0].isalpha():
        out.append("s3=" + low[-3:])
        out.append("s2=" + low[-2:])
    if "zu" in low[2:-2] and low.endswith("en"):
        out.append("zu_in")  # "einzustellen": an infinitive with its "zu" inside
    return tuple(out)


@dataclass
class Run:
    """The tokens of one sentence: character spans and attribute strings."""

    sentence: int
    spans: list[tuple[int, int]]
    attributes: list[list[str]]


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _covering(intervals: list[tuple[int, int, str]], starts: list[int], s: int, e: int) -> str | None:
    k = bisect.bisect_right(starts, s) - 1
    while k >= 0:
        a, b, name = intervals[k]
        if a <= s < b:
            return name
        if s - a > 4000:
            break
        k -= 1
    return None


def _mark_tokens(spans: list[tuple[int, int]], starts: list[int], hits, name: str,
                 marks: list[set[str]], ends_only: bool = False) -> None:
    """Give attribute `name` to every token a match overlaps (`ends_only`: to its first
    and last token: "forderte … auf" marks the verb and its particle, not the object)."""
    for m in hits:
        a, b = m.span()
        k = max(0, bisect.bisect_right(starts, a) - 1)
        inside = []
        while k < len(spans) and spans[k][0] < b:
            if spans[k][1] > a:
                inside.append(k)
            k += 1
        for k in (inside[:1] + inside[-1:] if ends_only else inside):
            marks[k].add(name)


def sentence_runs(ft: FieldText, found: list[Found], which: list[int] | None = None,
                  words_only: bool = False) -> list[Run]:
    """The runs of the sentences numbered `which` (all when None), each token with its
    attributes. `found` holds the rules' quotations, silent reports included."""
    text, lang = ft.text, ft.lang
    loud = sorted((s, e, f.rule) for f in found if not f.extra.get("silent") for s, e in f.spans)
    silent = sorted((s, e, f.rule) for f in found if f.extra.get("silent") for s, e in f.spans)
    loud_starts = [a for a, _, _ in loud]
    silent_starts = [a for a, _, _ in silent]
    cues = sorted(f.cue[0] for f in found if f.cue is not None)
    quoted_sentences = set()
    prev_rule: dict[int, str] = {}  # the last rule quotation each sentence holds
    for a, b, rule in loud:
        k = bisect.bisect_right(ft.sentence_starts, a) - 1
        while 0 <= k < len(ft.sentences) and ft.sentences[k][0] < b:
            quoted_sentences.add(k)
            prev_rule[k] = rule.replace(" ", "_")
            k += 1
    classes = [("cue", lang.speech_verb), ("k1", lang.subjunctive_re),
               ("k2", lang.subjunctive2_re), ("noun", lang.clause_noun_re),
               ("hearsay", lang.hearsay_re), ("planned", lang.planned_re),
               ("reported", lang.reported_verb), ("relrep", lang.report_relative_re)]
    classes += [("frame", p) for p in lang.frames_before]
    if lang.frames_after is not None:
        classes.append(("frame", lang.frames_after))
    out = []
    # how densely the rules found quotations in this text, and how far back the last one
    # is: the annotators marked a describing sentence more often amid reported speech
    density = "dens=" + _bucket(round(10 * len(quoted_sentences) / max(1, len(ft.sentences))))
    quoted_order = sorted(quoted_sentences)
    for k in (range(len(ft.sentences)) if which is None else which):
        lo, hi = ft.sentences[k]
        q = bisect.bisect_left(quoted_order, k)
        gap = "gap=" + (_bucket(k - quoted_order[q - 1]) if q else "none")
        gap_next = "gapn=" + (_bucket(quoted_order[q] - k) if q < len(quoted_order) else "none")
        spans = [m.span() for m in _TOKEN.finditer(text, lo, hi)]
        if not spans or len(spans) > _MAX_TOKENS:
            continue
        words = [text[a:b] for a, b in spans]
        if words_only:
            out.append(Run(k, spans, [list(word_attributes(w)) for w in words]))
            continue
        starts = [a for a, _ in spans]
        marks: list[set[str]] = [set() for _ in spans]
        for name, pat in classes:
            if pat is not None:
                _mark_tokens(spans, starts, ft.matches(pat, lo, hi), name, marks,
                             ends_only=name in ("cue", "reported"))
        cue_at = [i for i, m in enumerate(marks) if ("cue" in m or "noun" in m or "frame" in m)
                  and not ft.in_quote(spans[i][0])]
        mood = any("k1" in m or "k2" in m for m in marks)
        first_word = words[0].lower()
        sentence_attrs = [f"prev_q={k - 1 in quoted_sentences}", "first=" + first_word,
                          "prev_r=" + prev_rule.get(k - 1, "none"),
                          "len=" + _bucket(len(words) // 4), density, gap, gap_next,
                          f"{density}|{gap}",
                          f"prev2_q={k - 2 in quoted_sentences}",
                          f"next_q={k + 1 in quoted_sentences}",
                          f"s_cue={bool(cue_at)}", f"s_mood={mood}"]
        if lo == 0 or text[lo - 1] == "\n":
            sentence_attrs.append("para_start")
        attrs: list[list[str]] = []
        opener = "start"
        in_marks = False
        for i, (a, b) in enumerate(spans):
            w = words[i]
            own = list(word_attributes(w))
            own += sentence_attrs
            own += marks[i]
            quoted = ft.in_quote(a) is not None
            if quoted:
                own.append("inq")
            if w in _MARKS:
                in_marks = quoted
            rule = _covering(loud, loud_starts, a, b)
            own.append("r=" + (rule or "none").replace(" ", "_"))
            srule = _covering(silent, silent_starts, a, b)
            if srule:
                own.append("rs=" + srule.replace(" ", "_"))
            c = bisect.bisect_left(cues, a)
            if c < len(cues) and cues[c] == a:
                own.append("rule_cue")
            # the nearest cue of the sentence: before or after, how many tokens away
            before = [j for j in cue_at if j < i]
            after = [j for j in cue_at if j > i]
            if before:
                own.append("cue<" + _bucket(i - before[-1]))
                cw = words[before[-1]].lower()
                own.append("cw<=" + cw)
                own.append(f"op={opener}|cw<={cw}")
            if after:
                own.append("cue>" + _bucket(after[0] - i))
                own.append("cw>=" + words[after[0]].lower())
            own.append("op=" + opener)
            own.append(f"op={opener}|cue<={bool(before)}")
            own.append(f"i={_bucket(i)}")
            attrs.append(own)
            low = w.lower()
            if w in _CLAUSE_PUNCT:
                opener = w
            elif low in ("dass", "ob", "wonach", "zufolge", "laut", "wie", "zu", "um"):
                opener = low
        del in_marks
        # the neighbours' words and classes
        n = len(spans)
        for i in range(n):
            extra = []
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    extra.append(f"{d}w=" + words[j].lower())
                    if abs(d) == 1:
                        extra += [f"{d}{m}" for m in marks[j]]
                else:
                    extra.append(f"{d}edge")
            attrs[i] += extra
        out.append(Run(k, spans, attrs))
    return out


def candidate_sentences(ft: FieldText, found: list[Found]) -> list[int]:
    """The sentences the tagger looks at: those no quotation of the rules touches."""
    touched = set()
    starts = ft.sentence_starts
    for f in found:
        if f.extra.get("silent"):
            continue
        for a, b in f.spans:
            k = max(0, bisect.bisect_right(starts, a) - 1)
            while k < len(starts) and starts[k] < b:
                if ft.sentences[k][1] > a:
                    touched.add(k)
                k += 1
    return [k for k in range(len(ft.sentences)) if k not in touched]


def spans_of(labels: list[str] | list[int], names=LABELS) -> list[tuple[int, int, bool]]:
    """(first token, end token, continues) of each B I* / I+ run; `continues` when the run
    opens with I at the sentence's first token (it goes on from the sentence before).
    Labels may carry a kind ("B-S", "I-S"): a change of kind starts a new run."""
    out = []
    start = None
    cont = False
    kind = ""
    for i, lab in enumerate(labels):
        lab = names[lab] if not isinstance(lab, str) else lab
        if lab == "O":
            if start is not None:
                out.append((start, i, cont))
                start = None
            continue
        tag, _, this = lab.partition("-")
        if tag == "B" or start is None or this != kind:
            if start is not None:
                out.append((start, i, cont))
            start, cont, kind = i, (tag == "I" and i == 0), this
    if start is not None:
        out.append((start, len(labels), cont))
    return out


def veto(ft: FieldText, found: list[Found], tagger: SpanTagger) -> None:
    """Make the rules' quotations the tagger does not support silent reports."""
    settings = tagger.settings
    loud = [f for f in found if not f.extra.get("silent") and f.kind == "indirect"
            and (not settings.veto_rules or f.rule in settings.veto_rules)]
    if not loud:
        return
    starts = ft.sentence_starts
    which = sorted({k for f in loud for a, b in f.spans
                    for k in range(max(0, bisect.bisect_right(starts, a) - 1),
                                   bisect.bisect_left(starts, b))})
    runs = sentence_runs(ft, found, which)
    if not runs:
        return
    row, unknown = tagger.row, tagger.unknown
    rows = [[[r for r in map(row, token, [unknown] * len(token)) if r != unknown]
             for token in run.attributes] for run in runs]
    paths, _ = tagger.tag_rows(rows)
    inside: list[tuple[int, int]] = []
    for run, path in zip(runs, paths):
        inside += [sp for sp, lab in zip(run.spans, path) if tagger.labels[lab] != "O"]
    inside.sort()
    inside_starts = [a for a, _ in inside]
    for f in loud:
        n = hit = 0
        for a, b in f.spans:
            k = bisect.bisect_left(inside_starts, a)
            while k < len(inside) and inside[k][0] < b:
                hit += 1
                k += 1
            n += len(_TOKEN.findall(ft.text, a, b))
        if n and hit < settings.veto_below * n:
            f.extra["silent"] = True
            f.extra["vetoed"] = True


def _tag_runs(ft: FieldText, found: list[Found], tagger: SpanTagger, which: list[int]):
    """The sentence runs of `which`, the tagger's label paths over them and its emissions."""
    runs = sentence_runs(ft, found, which)
    if not runs:
        return [], [], None
    row, unknown = tagger.row, tagger.unknown
    rows = [[[r for r in map(row, token, [unknown] * len(token)) if r != unknown]
             for token in run.attributes] for run in runs]
    paths, emit = tagger.tag_rows(rows)
    return runs, paths, emit


def _tagged_spans(ft: FieldText, found: list[Found], tagger: SpanTagger,
                  which: list[int]) -> list[tuple[int, int, int, bool]]:
    """(start, end, sentence, continues) of the tagger's spans in sentences `which`."""
    runs, paths, _ = _tag_runs(ft, found, tagger, which)
    if not runs:
        return []
    text = ft.text
    out = []
    for run, path in zip(runs, paths):
        for first, end, cont in spans_of(path, tagger.labels):
            s, e = run.spans[first][0], run.spans[end - 1][1]
            while e > s and text[e - 1] in ".!?;:, ":
                e -= 1
            if e > s:
                out.append((s, e, run.sentence, cont))
    return out


def reshape(ft: FieldText, found: list[Found], tagger: SpanTagger) -> list[Found]:
    """The rules' one-span reported speech cut to the tagger's spans inside it."""
    settings = tagger.settings
    starts = ft.sentence_starts
    chosen = [f for f in found if not f.extra.get("silent") and f.kind == "indirect"
              and len(f.spans) == 1]
    which = sorted({k for f in chosen
                    for k in range(max(0, bisect.bisect_right(starts, f.start) - 1),
                                   bisect.bisect_left(starts, f.end))})
    if not which:
        return found
    tagged = _tagged_spans(ft, found, tagger, which)
    out = []
    for f in found:
        if f not in chosen:
            out.append(f)
            continue
        inside = [(s, e) for s, e, _, _ in tagged if s < f.end and f.start < e]
        # neighbouring spans of the tagger joined across a sentence end it opens with I
        merged: list[tuple[int, int]] = []
        for s, e in inside:
            if merged and not ft.text[merged[-1][1]:s].strip(" .!?\n\t"):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        covered = sum(min(e, f.end) - max(s, f.start) for s, e in merged)
        if not merged or covered < settings.reshape_min_share * (f.end - f.start) \
                or merged == [(f.start, f.end)]:
            out.append(f)
            continue
        for span in merged:
            # the rule's name stays: the speaker ranker reads it
            g = Found(f.kind, [span], cue=f.cue, mention=f.mention, rule=f.rule,
                      continues=f.continues, extra=dict(f.extra, reshaped=True))
            out.append(g)
    return out


def learned_quotes(ft: FieldText, found: list[Found], tagger: SpanTagger) -> list[Found]:
    """The tagger's quotations in the sentences the rules left alone."""
    if tagger.settings.veto_below > 0:
        veto(ft, found, tagger)
    if tagger.settings.reshape:
        found[:] = reshape(ft, found, tagger)
    if not tagger.settings.add:
        return []
    which = list(range(len(ft.sentences))) if tagger.settings.everywhere \
        else candidate_sentences(ft, found)
    if not which:
        return []
    taken = sorted((a, b) for f in found if not f.extra.get("silent") for a, b in f.spans)
    runs, paths, emit = _tag_runs(ft, found, tagger, which)
    if not runs:
        return []
    out: list[Found] = []
    text = ft.text
    settings = tagger.settings
    offset = 0
    for run, path in zip(runs, paths):
        here = emit[offset:offset + len(path)]
        offset += len(path)
        for first, end, cont in spans_of(path, tagger.labels):
            if end - first < settings.min_tokens:
                continue
            margin = tagger.margin(here, path, first, end)
            if margin < settings.min_margin:
                continue
            s, e = run.spans[first][0], run.spans[end - 1][1]
            while e > s and text[e - 1] in ".!?;:, ":
                e -= 1
            if taken and any(a < e and s < b for a, b in taken):
                continue
            prev = out[-1] if out else None
            lo, hi = ft.sentences[run.sentence]
            if cont and prev is not None and prev.extra.get("sentence") == run.sentence - 1 \
                    and not text[prev.end:s].strip(" .!?\n\t") and "\n\n" not in text[prev.end:s]:
                prev.spans[-1] = (prev.spans[-1][0], e)
                prev.extra["sentence"] = run.sentence
                continue
            out.append(_found(ft, s, e, lo, hi, run.sentence))
            out[-1].extra["margin"] = margin
            out[-1].extra["label"] = tagger.labels[path[first]]
    return out


def _found(ft: FieldText, s: int, e: int, lo: int, hi: int, sentence: int) -> Found:
    inside = sum(max(0, min(e, q.end) - max(s, q.start)) for q in ft.quoted
                 if q.start < e and q.end > s)
    kind = "direct" if inside * 2 > e - s else "indirect"
    # the speaker as the rules find it: the subject of a cue of the sentence outside the
    # span (a speech verb, else a frame word); none: whoever spoke last goes on
    lang = ft.lang
    cue = mention = None
    for pat in (lang.speech_verb, *lang.frames_before,
                *([lang.frames_after] if lang.frames_after is not None else [])):
        for m in ft.outside(pat, lo, hi):
            if not (s <= m.start() < e):
                cue = m.span()
                break
        if cue is not None:
            break
    if cue is not None and ft.lang.speech_verb.match(ft.text, cue[0]):
        mention = speaker_for_cue(ft, cue, lo, hi, skip=(s, e), loose=True)
    f = Found(kind, [(s, e)], cue=cue if mention is not None else None, mention=mention,
              rule=LEARNED_RULE, continues=mention is None)
    f.extra["sentence"] = sentence
    return f
