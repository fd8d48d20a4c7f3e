"""Tense and modality around a time expression: does the sentence speak of the past or the future?

A cheap, language-neutral scorer over cue words from the language data: every future
cue (`soll`, `geplant`, `wird`) and past cue (`hatte`, participles, preterite forms) in
the sentence votes, weighted by its closeness to the expression, so that in
"die am 7. Dezember diskutiert wurden und die am 10. Januar besprochen werden" each date
listens to its own verb.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from chronik.time.langdata import FoldedScan, LanguageData, fold_text, folded_scan, hinted

PAST, FUTURE, NONE = -1, 1, 0
TENSE_REACH = 400  # characters on either side of an expression that can vote on its tense

# Sentence ends: .!? not after a digit (ordinals like "10. Januar"), nor the dot of a
# short capitalised abbreviation before a number ("Dec. 28", "Art. 5"), nor a dot before a
# word in lower case ("7 a.m. on", "usw. und") or a parenthesis ("10:35 a.m. (0735 GMT)");
# or a line break.
# (`hinted`: the engine skips to the punctuation instead of trying every position)
_SENTENCE_END = hinted(re.compile(
    r"(?<!\d)(?:[!?]|\.(?!(?<=\b[A-Z][a-z]{2}\.)\s+\d)(?!(?<=\b[A-Z][a-z]{3}\.)\s+\d)"
    r"(?!\s+[a-zäöüß(]))"
    r"(?=[\s\"“”»«']|$)|\n"))

_DIGIT_DOT_END = hinted(re.compile(r"(?<=\d)\.(?=\s+[A-Z\"“])"))


def sentences_of(text: str, data: LanguageData) -> Sentences:
    """The sentences of `text` as the language cuts them: whether a dot after a number can
    end one (`[tense] sentence_end_after_digit`; not in German, where "10." is an ordinal),
    and the titles before a name whose dot ends none (`[tense] titles`)."""
    tense = data.raw.get("tense", {})
    return Sentences.of(text, bool(tense.get("sentence_end_after_digit")),
                        tuple(tense.get("titles", ())), tense.get("no_sentence_end", ""))


@cache
def _compiled_no_end(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _after_title(titles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\.$")


@dataclass
class Sentences:
    """Sentence boundaries of one text, found once, looked up by position."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str, digit_dot_ends: bool = False,
           titles: tuple[str, ...] = (), no_end: str = "") -> Sentences:
        """`digit_dot_ends`: a dot after a digit before a capital ends a sentence ("on April
        23. In ..."), for languages without ordinal dots (German "am 10. Januar" has them).
        `titles`: abbreviations before a name whose dot ends no sentence ("said Dr. Marcus
        Lee", `[tense] titles` of the language); `no_end`: a pattern that matches where a
        cut ends no sentence (`[tense] no_sentence_end`: "from 8 a.m. Sunday")."""
        starts, ends = [0], []
        cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
        if no_end:
            no_end_here = _compiled_no_end(no_end)
            cuts = [cut for cut in cuts if not no_end_here.match(text, cut)]
        if titles:
            after_title = _after_title(titles)
            cuts = [cut for cut in cuts if not after_title.search(text, max(0, cut - 8), cut)]
        if digit_dot_ends:
            cuts = sorted(set(cuts) | {m.end() for m in _DIGIT_DOT_END.finditer(text)})
        for cut in cuts:
            ends.append(cut)
            starts.append(cut)
        ends.append(len(text))
        return cls(starts, ends)

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        return self.starts[i], self.ends[i]


_OPENING = "„“«»‚\""
_CLOSING = "“”»«‘\""


def quotation_around(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The bounds of a quotation in [lo, hi) that holds [start, end), else (lo, hi)."""
    open_at = max(text.rfind(ch, lo, start) for ch in _OPENING)
    if open_at < 0:
        return lo, hi
    closes = [i for i in (text.find(ch, end, hi) for ch in _CLOSING) if i >= 0]
    if not closes:
        return lo, hi
    close_at = min(closes)
    # the mark before must open (no closing mark between it and the expression)
    if any(text.find(ch, open_at + 1, start) >= 0 for ch in "”»"):
        return lo, hi
    if len(text[open_at + 1:close_at].split()) <= _PARTIAL_QUOTE_WORDS:
        # a few words quoted inside the frame's own sentence ('expected to reach Hobart
        # "sometime Sunday afternoon"') have no verb of their own: the frame's words count
        return lo, hi
    return open_at + 1, close_at


_PARTIAL_QUOTE_WORDS = 4


def tense_at(text: str, start: int, end: int, sentences: Sentences, data: LanguageData) -> int:
    """PAST, FUTURE or NONE for the expression at text[start:end]."""
    score = tense_score(text, start, end, sentences, data)
    if score > 0.05:
        return FUTURE
    if score < -0.05:
        return PAST
    return NONE


def tense_score(text: str, start: int, end: int, sentences: Sentences,
                data: LanguageData) -> float:
    """The weighed vote of the cues around text[start:end]: > 0 future, < 0 past; its size
    says how sure (a cue right before the expression alone weighs up to
    `adjacent_weight`)."""
    s_start, s_end = sentences.bounds(start)
    # a cue 400 characters away weighs under 6%; the cap keeps a text without sentence
    # ends (a scraped table, a run-on page) linear instead of quadratic
    s_start, s_end = max(s_start, start - TENSE_REACH), min(s_end, end + TENSE_REACH)
    # inside quotation marks only the quotation's own words count ("'Ukraine needs our help
    # now, not in the spring,' he said": the frame's "said" is no cue for the spring)
    s_start, s_end = quotation_around(text, s_start, s_end, start, end)
    # a language may mark clause breaks ("... have been closed since March 16 and will stay
    # shut until Tuesday"): cues beyond one count less than those in the expression's clause
    opts = _options(data)
    # the cue scans run on the lowercased text (`FoldedScan`: same spans, less regex work)
    folded = fold_text(text)
    c_start, c_end = s_start, s_end
    if opts.breaks is not None:
        for _b_start, b_end in opts.breaks.spans(text, folded, s_start, start):
            c_start = b_end
        b = opts.breaks.spans(text, folded, end, s_end)
        if b:
            c_end = b[0][0]
    # "said on Wednesday it would ...": the verb the expression follows is the one it
    # modifies; a cue with only `adjacent_gap` between it and the expression counts more
    gap, boost, outside = opts.gap, opts.adjacent_weight, opts.outside_weight

    # the votes of the expression's own clause and of the rest of the sentence, apart
    # (`_clause_first`)
    votes = [0.0, 0.0]

    def weight_of(m_start: int, m_end: int) -> float:
        w = _weight(m_start, m_end, start, end)
        if gap is not None and m_end <= start and start - m_end <= 24 \
                and gap.fullmatch(text, m_end, start):
            w = boost  # adjacent whatever the words between: no decay with distance
        return w if c_start <= m_start < c_end else w * outside

    def vote(sign: int, m_start: int, m_end: int) -> None:
        votes[0 if c_start <= m_start < c_end else 1] += sign * weight_of(m_start, m_end)

    passive = opts.passive
    # "hat für Donnerstag einen Streik angekündigt": the perfect of announcing says nothing
    # of when what was announced happens (its words are no past cues)
    announced = [a.span() for a in opts.announce_perfect.finditer(text, s_start, s_end)] \
        if opts.announce_perfect is not None else ()
    if announced and opts.announcing_time is not None and (
            opts.announcing_time.search(text, max(s_start, start - 40), start)
            or (opts.announcing_time_after is not None
                and opts.announcing_time_after.match(text, end))):
        # "Die Gewerkschaft hat am Montag für Donnerstag … angekündigt": "am Montag" right
        # after the auxiliary (or before it) dates the announcing, which is past
        announced = ()
    # "hatte eine für Donnerstag angesetzte Debatte abgesagt werden müssen": a plan named
    # by an attribute in the past perfect was a plan then
    # "hätte am Freitag enden sollen": what should have been lies back; its modal is no cue
    counter = [c.span() for c in opts.counterfactual.finditer(text, s_start, s_end)] \
        if opts.counterfactual is not None else ()
    then = opts.plan_attributes is not None and opts.pluperfect is not None \
        and opts.pluperfect.search(text, c_start, c_end) is not None
    failed: bool | None = None  # whether this sentence or the next says a plan failed
    futures = opts.future.spans(text, folded, s_start, s_end)
    for m_start, m_end in futures:
        if start < m_start < end or (m_start < start and end <= m_end):
            continue  # a cue inside or around the expression is none for it
        # (but its first word is: "am kommenden Sonntag, 17. Mai" is one expression)
        if then and opts.plan_attributes.fullmatch(text, m_start, m_end):
            continue
        if end <= m_start and opts.ahead_only is not None \
                and opts.ahead_only.fullmatch(text, m_start, m_end):
            continue
        if counter and any(a <= m_start and m_end <= b for a, b in counter):
            continue
        if opts.past_support is not None and opts.past_support.search(
                text, max(s_start, m_start - 16), m_start):
            vote(-1, m_start, m_end)  # "did not meet on Monday": a past verb
            continue
        if opts.past_plan is not None and opts.past_plan.fullmatch(text, m_start, m_end):
            if failed is None:
                failed = _plan_failed(text, start, sentences, opts)
            if failed:
                # "Die Rakete sollte in der Nacht zu Mittwoch abheben. Der Start wurde
                # abgesagt.": what was to be, and was called off, is a past plan
                vote(-1, m_start, m_end)
                continue
        vote(+1, m_start, m_end)
    for m_start, m_end in opts.past.spans(text, folded, s_start, s_end):
        if start < m_start < end:
            continue
        cue = text[m_start:m_end]
        word = cue.lower()
        if word in data.past_form_exceptions or data.tense_future.fullmatch(cue):
            continue
        if passive is not None and passive.search(text, max(s_start, m_start - 48), m_start):
            # "will be held", "the case is heard": a passive, its tense is the "be"; one of
            # the future ("The road will be closed on Monday") points ahead as a verb would
            if opts.future_passive is not None and opts.future_passive.search(
                    text, max(s_start, m_start - 30), m_start):
                vote(+1, m_start, m_end)
            continue
        if opts.state_after is not None and opts.state_after.match(text, m_end):
            continue  # "sollten geöffnet bleiben", "gesperrt werden": a state or passive ahead
        if announced and any(a <= m_start and m_end <= b for a, b in announced):
            continue
        if any(a <= m_start and m_end <= b for a, b in futures):
            continue  # a past word inside a cue of what lies ahead: "did not rule out"
        if opts.participle_or_present is not None and opts.participle_or_present.fullmatch(word) \
                and (opts.perfect_auxiliary is None
                     or not opts.perfect_auxiliary.search(text, s_start, s_end)):
            continue  # "Am Freitag gehört das Stadion den Fans": a present, no participle
        weight = opts.past_form_weight if opts.past_form_weight != 1.0 and not (
            opts.past_words is not None and opts.past_words.fullmatch(word)) else 1.0
        votes[0 if c_start <= m_start < c_end else 1] -= weight * weight_of(m_start, m_end)
    for a_start, a_end in counter:
        if not start <= a_start < end:
            vote(-1, a_start, a_end)
    return _clause_first(votes[0], votes[1])


CLAUSE_SURE = 0.3  # a clause's own vote this strong is not overturned from outside it


def outside_weight(text: str, lo: int, hi: int, data: LanguageData) -> float:
    """The weight of a cue at one end of text[lo:hi] for an expression at the other:
    `clause_outside_weight` when a clause break lies between them, else 1."""
    opts = _options(data)
    if opts.breaks is None or hi <= lo or not opts.breaks.spans(text, fold_text(text), lo, hi):
        return 1.0
    return opts.outside_weight


def _clause_first(own: float, rest: float) -> float:
    """The vote of a sentence for an expression: its own clause's, plus the rest of the
    sentence's unless that would turn a clear vote of the clause round ("Lutz pleaded
    guilty in March and will be sentenced next month": the second conjunct's future is
    none of March's business)."""
    if abs(own) >= CLAUSE_SURE and own * rest < 0 and abs(rest) > abs(own):
        return own
    return own + rest


def _plan_failed(text: str, pos: int, sentences: Sentences, opts: _Options) -> bool:
    """Does the sentence at `pos`, or the next one, say that a plan was called off or put
    off (`[tense] plan_failed`: "abgesagt", "verschoben", "eigentlich")?"""
    if opts.plan_failed is None:
        return False
    i = sentences.index(pos)
    last = min(i + 1, len(sentences.starts) - 1)
    return opts.plan_failed.search(text, sentences.starts[i], sentences.ends[last]) is not None


@dataclass(frozen=True)
class _Options:
    """The `[tense]` options of a language, compiled once. Callers may pass any object
    with the three cue attributes (the event stage's fallback for languages without
    temporal data): it gets the neutral defaults."""

    future: FoldedScan | None = None  # the language's future and past cues
    past: FoldedScan | None = None
    breaks: FoldedScan | None = None  # `clause_breaks`
    outside_weight: float = 1.0  # `clause_outside_weight`
    gap: re.Pattern[str] | None = None  # `adjacent_gap`: "said | early on | Sunday"
    adjacent_weight: float = 1.0
    # `passive_before`: "will be held", "the case is heard": the participle is no past cue
    passive: re.Pattern[str] | None = None
    # `state_after`: "geöffnet bleiben", "gesperrt werden": the participle is no past cue
    state_after: re.Pattern[str] | None = None
    # `announce_perfect`: "hat … angekündigt": no past cue for what was announced
    announce_perfect: re.Pattern[str] | None = None
    # `announcing_time` (before the expression) / `announcing_time_after`: where a time
    # dates the announcing itself ("hat am Montag …", "Am Montag hat …")
    announcing_time: re.Pattern[str] | None = None
    announcing_time_after: re.Pattern[str] | None = None
    past_form_weight: float = 1.0
    past_words: re.Pattern[str] | None = None
    pluperfect: re.Pattern[str] | None = None  # `pluperfect`: "war … abgesagt worden"
    plan_attributes: re.Pattern[str] | None = None  # "für", "angesetzte": no cue in it
    counterfactual: re.Pattern[str] | None = None  # "hätte … sollen": one past cue
    future_passive: re.Pattern[str] | None = None  # "will be closed": a future verb
    past_support: re.Pattern[str] | None = None  # "did not meet": the verb is past
    # `participle_or_present`: "gehört", "genügt": a past cue only with an auxiliary
    # (`perfect_auxiliary`) in the sentence
    participle_or_present: re.Pattern[str] | None = None
    perfect_auxiliary: re.Pattern[str] | None = None
    # `past_plan`: "sollte": a future cue, unless `plan_failed` ("abgesagt", "verschoben")
    # in its sentence or the next says the plan failed: then it is a past one
    past_plan: re.Pattern[str] | None = None
    plan_failed: re.Pattern[str] | None = None
    # `ahead_only`: future cues that point only at what follows them ("auf … verschoben":
    # the new date, not "am Mittwochabend" before it, which dates the postponing)
    ahead_only: re.Pattern[str] | None = None


# per language-data object (kept alive here, so its id cannot be reused)
_OPTIONS: dict[int, tuple[object, _Options]] = {}


def _options(data: LanguageData) -> _Options:
    cached = _OPTIONS.get(id(data))
    if cached is None or cached[0] is not data:
        t = (getattr(data, "raw", None) or {}).get("tense", {})

        def compiled(key: str, wrap: str = "{}") -> re.Pattern[str] | None:
            return re.compile(wrap.format(t[key]), re.IGNORECASE) if t.get(key) else None

        breaks = compiled("clause_breaks")
        cached = _OPTIONS[id(data)] = (data, _Options(
            future=folded_scan(data.tense_future),
            past=folded_scan(data.tense_past),
            breaks=folded_scan(breaks) if breaks is not None else None,
            outside_weight=float(t.get("clause_outside_weight", 1.0)),
            gap=compiled("adjacent_gap"),
            adjacent_weight=float(t.get("adjacent_weight", 1.0)),
            passive=compiled("passive_before", r"\b(?:{})\s+(?:\w+ly\s+)?$"),
            state_after=compiled("state_after", r"\s+(?:{})\b"),
            announce_perfect=compiled("announce_perfect"),
            announcing_time=compiled("announcing_time", r"(?:{})$"),
            announcing_time_after=compiled("announcing_time_after"),
            past_form_weight=float(getattr(data, "past_form_weight", 1.0)),
            past_words=getattr(data, "tense_past_words", None),
            pluperfect=compiled("pluperfect"),
            plan_attributes=compiled("plan_attributes"),
            counterfactual=compiled("counterfactual"),
            future_passive=compiled("future_passive", r"\b(?:{})\s+(?:\S+\s+){{0,2}}?$"),
            past_support=compiled("past_support", r"\b(?:{})\s+(?:\w+\s+)?$"),
            participle_or_present=compiled("participle_or_present", r"(?:{})"),
            perfect_auxiliary=compiled("perfect_auxiliary", r"\b(?:{})\b"),
            past_plan=compiled("past_plan", r"(?:{})"),
            plan_failed=compiled("plan_failed", r"\b(?:{})\b"),
            ahead_only=compiled("ahead_only", r"(?:{})"),
        ))
    return cached[1]


def _weight(m_start: int, m_end: int, start: int, end: int) -> float:
    distance = start - m_end if m_end <= start else m_start - end
    return 1.0 / (1.0 + max(0, distance) / 25.0)
