"""Loading a language's event lexicon (`lang/<lang>.toml`) and compiling it once per process.

The code knows section names (`trigger`, `anaphora`, `clauses`, `status`, ...); the
language file knows the words. Triggers are found by a `TriggerFinder` (see
triggers.py for why it is not one big alternation).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from chronik.events.triggers import Compound, Phrase, TriggerFinder, literal_prefixes
from chronik.time.langdata import hinted

LANG_DIR = Path(__file__).resolve().parent / "lang"

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry: word forms of one kind and part of speech."""

    kind: str
    pos: str  # "noun" or "verb"
    weak: bool  # yields to any other trigger competing for the same time expression
    reporting: bool  # dated only by an expression before it or directly after it
    needs: re.Pattern[str] | None  # must also occur in the clause
    needs_not: re.Pattern[str] | None  # must not occur in the clause


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once, used as a cache key
class EventLanguage:
    lang: str
    triggers: TriggerFinder
    entries: tuple[TriggerEntry, ...]
    not_triggers: frozenset[str]
    not_trigger_endings: tuple[str, ...]
    verbs_lower_case: bool
    nouns_lower_case: bool  # English: a capitalised noun inside a sentence is a name's
    anaphora_before: re.Pattern[str] | None
    negated_before: re.Pattern[str] | None  # "ohne", "keine": a noun right after names no event
    topic_link: re.Pattern[str] | None  # "Verhandlungen über eine Waffenruhe": the topic
    topic_of_speech: re.Pattern[str] | None  # "sprach über den Krieg": what was talked about
    anaphora_window: int
    link_between: re.Pattern[str]
    period_start: re.Pattern[str]  # "since June": the start of a period, no event's date
    last_time: re.Pattern[str]  # "erstmals seit 2019": when it last happened, no date
    comparison: re.Pattern[str]  # "nach 1,10 Euro im Vorjahr": a figure compared, no date
    kin: frozenset[frozenset[str]]  # kinds one happening may be told as ("call", "talks")
    attributive_after: re.Pattern[str] | None  # "second-quarter report": a time naming a noun
    planned_attribute: re.Pattern[str] | None  # "für Freitag geplante Sitzung": the noun's time
    attributive_set: re.Pattern[str] | None  # "a weekly cap": a set naming another noun
    attribute_of_noun: re.Pattern[str] | None  # "den Etat für 2026": a time a noun is for
    rate_set: re.Pattern[str] | None  # "per hour", "pro Stunde": a rate, no habit
    previous_sentence: re.Pattern[str]
    reported_clause: re.Pattern[str]
    clause_hard: re.Pattern[str]
    clause_introducer: re.Pattern[str]
    relative_introducer: re.Pattern[str]
    clause_opener: re.Pattern[str]
    # ", am Donnerstag," then ", das Gesetz": an article after a time in apposition opens no
    # clause (see [clauses] in the language data)
    time_apposition: re.Pattern[str] | None
    # `[fallback]`: the verb closing a clause with a time expression and no trigger of the
    # lexicon ("Die Debatte war am Vortag unterbrochen worden"); a weak trigger of its own
    fallback_verb: re.Pattern[str] | None
    counterfactual: re.Pattern[str] | None  # "hätte … enden sollen": it was not
    reported_future: re.Pattern[str] | None  # "würden … fortgesetzt": ahead, as reported
    negated_verb: re.Pattern[str] | None  # "nicht" before a verb trigger: it did not happen
    negated_until: re.Pattern[str] | None  # "not … until October": then it happens
    # "nicht" after a finite verb trigger of its clause (verb-second languages): "reist am
    # Donnerstag nicht nach Paris" did not happen
    negated_after: re.Pattern[str] | None
    no_subject: re.Pattern[str] | None  # "No candidate won": nobody did it
    until_before: re.Pattern[str] | None  # "läuft bis zum 30. August": the end, not the time
    fallback_entry: TriggerEntry | None
    fallback_not: frozenset[str]  # auxiliaries and words of planning: never such an event
    # the finite verb right after a clause's first part (verb-second languages: "Die Liga
    # stimmte der Verlegung am Freitag zu"), group "verb"; matched at the clause start and
    # after a time expression that opens it ("Am Rosenmontag platzte ein Rohr")
    fallback_finite: tuple[re.Pattern[str], ...]
    fallback_after_time: re.Pattern[str] | None
    fallback_adjective: re.Pattern[str] | None  # such a word before a noun is its adjective
    fallback_noun_next: re.Pattern[str] | None  # what follows an adjective: its noun
    fallback_finite_not: frozenset[str]  # function words, auxiliaries, modals: no such verb
    # ", but that meeting was called off": a clause that points back to the one before
    back_reference: re.Pattern[str] | None
    noun_complement: re.Pattern[str] | None  # "des Haushaltsausschusses": the noun's own
    date_apposition: re.Pattern[str] | None  # ", dem 9. November,": a date, no clause
    article_after_apposition: re.Pattern[str] | None
    # a relative clause without commas ("A prisoner who failed to return … on Christmas
    # Eve was recaptured"): a time in it is not the main verb's
    bare_relative: re.Pattern[str] | None
    cancelled: re.Pattern[str]
    superseded: re.Pattern[str] | None  # "originally set for": the time after is an old plan
    # an auxiliary of the active perfect ("hat … abgesagt", "had postponed"): a cancelling
    # verb with it tells the calling off, done by its subject
    active_perfect: re.Pattern[str] | None
    # a state going on, in the present ("bleiben … geschlossen", "remains closed")
    remains: re.Pattern[str] | None
    rescheduled_to: re.Pattern[str]
    postponed: re.Pattern[str] | None  # "verschoben", "postponed": the event moves
    cancelled_back: re.Pattern[str] | None  # "hat sie abgesagt": the sentence before's plan
    not_cancelled_kinds: frozenset[str]  # kinds a later cancellation does not undo
    # "were suspended … and resumed": a conjunction between a cancelling word and a verb
    # after it; the word is the other verb's
    coordinator: re.Pattern[str] | None
    # "Vier Tage nach der Landtagswahl … sind die Gespräche geplatzt": a noun after these
    # is named as a point of reference; the clause's cancelling word is another event's
    reference_before: re.Pattern[str] | None
    # "has been cancelled after the lead actor broke his ankle": a clause of cause or time
    # opened by these between a cancelling word and a trigger after it; the cause happened
    cause_opener: re.Pattern[str] | None
    # "If convicted, Brennan would be sentenced …": a sentence opening with a condition
    condition_opener: re.Pattern[str] | None
    reported_from: re.Pattern[str]
    uncertain: re.Pattern[str]
    plan_modals: frozenset[str]  # "soll": hearsay of the past, or a plan for a later date
    plan_deadline: frozenset[str]  # "bis": "soll bis Ende 2027 abgeschlossen sein" is a plan
    ongoing: re.Pattern[str]
    planned: re.Pattern[str]
    planned_past: re.Pattern[str]
    announced: re.Pattern[str]
    announced_for: frozenset[str]  # "announced for Monday": the time of what is announced
    demanded: re.Pattern[str]  # a demand before the trigger in its sentence
    announced_venue: re.Pattern[str]  # a preposition + article right before the trigger
    call_to: re.Pattern[str]  # "zu einem": a call to the event right before the trigger
    call_verb: re.Pattern[str]  # the calling verb ("aufgerufen")
    call_date: re.Pattern[str]  # "für Montag": the day a call is for, right before a time
    # "hat am Montag für Donnerstag einen Warnstreik angekündigt": an announcing verb whose
    # object is the event; with a day it is for, the other times date the announcing
    announce_verb: re.Pattern[str] | None
    future_passive: re.Pattern[str]  # "wird ... gewählt": the participle is no past tense
    past_auxiliary: re.Pattern[str]  # "wurde", "worden": it is
    deadline: re.Pattern[str] | None  # "müsse bis 8 Uhr geräumt sein": a deadline ahead
    deadline_before: re.Pattern[str] | None  # "bis", "by": the time is a deadline's
    past_form: re.Pattern[str]  # a trigger in the simple past ("streikten", "struck")
    past: re.Pattern[str]
    # "speaking at a briefing on Tuesday, said": a clause opening with a participle is told
    # in the tense of the verb after it
    participle_opener: re.Pattern[str] | None
    tense_fallback: dict[str, str]
    participant_frames: re.Pattern[str]
    object_gap: re.Pattern[str]  # between a verb and its object: "griff | die | Ukraine"
    known_names: re.Pattern[str] | None
    titled_name: re.Pattern[str] | None
    capitalised_names: bool
    not_names: re.Pattern[str]
    location_prepositions: str
    location_modified: re.Pattern[str]  # a noun after a name that makes it a modifier
    location_topic: re.Pattern[str] | None  # "die Lage in der Ukraine": a topic, no place
    place_heads: re.Pattern[str] | None  # "Prager Straße": a place whatever its tag
    raw: dict[str, Any]


_WORD_BEFORE, _WORD_AFTER = r"(?<![\w-])(?:", r")(?![\w-])"  # whole words


def _optional(section: dict[str, Any], key: str, before: str = "(?:", after: str = ")",
              flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """`section[key]` of the language data between `before` and `after`, compiled; None
    when the language has no such entry."""
    fragment = section.get(key)
    return re.compile(before + fragment + after, flags) if fragment else None


def _words(fragment: str | None) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern; an empty fragment never matches."""
    return re.compile(r"(?<![\w-])(?:" + (fragment or "(?!)") + r")(?![\w-])", re.IGNORECASE)


def _trigger_finder(specs: list[dict[str, Any]], path: Path) -> TriggerFinder:
    compounds, phrases = [], []
    for i, spec in enumerate(specs):
        forms = spec["forms"]
        try:
            if spec.get("pos") == "noun" and spec.get("compound"):
                # a German noun is capitalised; as the head of a compound its form is lower
                # case: "Gipfeltreffen" ends in "treffen"
                words = tuple(w.strip().lower() for w in forms.split("|"))
                if not all(_WORD.fullmatch(w) for w in words):
                    raise ValueError(f"compound forms must be plain words: {forms!r}")
                compounds.append(Compound(i, words))
            else:
                pattern = re.compile(r"(?i:" + forms + r")(?![\w-])")
                phrases.append((Phrase(i, pattern), literal_prefixes(forms)))
        except (ValueError, re.error) as err:
            raise ValueError(f"{path}: trigger {i + 1} ({spec.get('kind')}): {err}") from err
    return TriggerFinder(compounds, phrases)


@cache
def load_event_language(lang: str) -> EventLanguage | None:
    """The compiled event lexicon of `lang`, or None when there is none (no events then)."""
    path = LANG_DIR / f"{lang}.toml"
    if not path.exists():
        return None
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    specs = raw.get("trigger", [])
    entries = tuple(
        TriggerEntry(kind=s["kind"], pos=s.get("pos", "noun"), weak=bool(s.get("weak")),
                     reporting=bool(s.get("reporting")),
                     needs=_words(s["needs"]) if s.get("needs") else None,
                     needs_not=re.compile(s["needs_not"], re.IGNORECASE) if s.get("needs_not") else None)
        for s in specs)
    triggers = _trigger_finder(specs, path)
    status = raw.get("status", {})
    clauses = raw.get("clauses", {})
    parts = raw.get("participants", {})
    names = parts.get("names") or []
    titles = parts.get("titles")
    anaphora = raw.get("anaphora", {})
    fallback = raw.get("fallback", {})
    return EventLanguage(
        lang=lang,
        # `hinted`: the same matches; the engine skips the positions where none can begin
        # (the pattern opens with "not inside a word", which gets no such hint otherwise)
        fallback_verb=hinted(re.compile(fallback["verb"])) if fallback.get("verb") else None,
        fallback_entry=TriggerEntry(kind=fallback.get("kind", "other"), pos="verb", weak=True,
                                    reporting=False, needs=None, needs_not=None)
        if fallback.get("verb") else None,
        fallback_not=frozenset(w.lower() for w in fallback.get("not_words", [])),
        fallback_finite=tuple(re.compile(p) for p in (
            [fallback["finite"]] if isinstance(fallback.get("finite"), str)
            else fallback.get("finite", []))),
        fallback_after_time=re.compile(fallback["after_time"]) if fallback.get("after_time")
        else None,
        fallback_adjective=re.compile(fallback["adjective"]) if fallback.get("adjective")
        else None,
        fallback_noun_next=re.compile(fallback["noun_next"]) if fallback.get("noun_next")
        else None,
        fallback_finite_not=frozenset(w.lower() for w in fallback.get("finite_not_words", [])),
        triggers=triggers,
        entries=entries,
        verbs_lower_case=bool(raw.get("verbs_lower_case")),
        nouns_lower_case=bool(raw.get("nouns_lower_case")),
        not_trigger_endings=tuple(w.lower() for w in raw.get("not_triggers", {}).get("endings", [])),
        not_triggers=frozenset(w.lower() for w in raw.get("not_triggers", {}).get("words", [])),
        anaphora_before=_words(anaphora["before"]) if anaphora.get("before") else None,
        topic_of_speech=_optional(raw.get("negation", {}), "topic_of_speech", r"(?<![\w-])(?:",
                                  r")\s+$"),
        topic_link=re.compile(r"\s+(?:" + raw["negation"]["topic_links"] + r")\s+(?:\S+\s+)?",
                              re.IGNORECASE)
        if raw.get("negation", {}).get("topic_links") else None,
        negated_before=re.compile(r"(?<![\w-])(?:" + raw["negation"]["before"] + r")\s+$",
                                  re.IGNORECASE)
        if raw.get("negation", {}).get("before") else None,
        anaphora_window=int(anaphora.get("window", 2)),
        period_start=re.compile(r"(?<![\w-])(?:" + raw.get("link", {}).get("period_start", "(?!)")
                                + r")\s+$", re.IGNORECASE),
        last_time=re.compile(r"(?<![\w-])(?:" + raw.get("link", {}).get("last_time", "(?!)")
                             + r")\s+$", re.IGNORECASE),
        rate_set=_optional(raw.get("link", {}), "rate_set", after=r")(?![\w-])"),
        attribute_of_noun=_optional(raw.get("link", {}), "attribute_of_noun", after=r")\s+$"),
        attributive_set=_optional(raw.get("link", {}), "attributive_set"),
        planned_attribute=_optional(raw.get("link", {}), "planned_attribute", before=r"\s+(?:",
                                    # (a name may follow the noun, `planned_name`: "Die
                                    # für Samstag geplante Führung „Nachts im Tierpark“")
                                    after=r")\s+(?:[\w-]+\s+){0,2}(?:(?:"
                                          + raw.get("link", {}).get("planned_name", "(?!)")
                                          + r")\s+(?:[\w-]+\s+){0,2})?"),
        attributive_after=re.compile(r"[\s-]+(?:" + raw["link"]["attributive_after"] + r")\b",
                                     re.IGNORECASE)
        if raw.get("link", {}).get("attributive_after") else None,
        kin=frozenset(frozenset(pair) for pair in raw.get("merge", {}).get("kin", [])),
        comparison=re.compile(r"(?<![\w-])(?:" + raw.get("link", {}).get("comparison", "(?!)")
                              + r")\s+$", re.IGNORECASE),
        link_between=re.compile(r"(?:\s*(?:" + raw.get("link", {}).get("between", "(?!)")
                                + r"))*\s*$", re.IGNORECASE),
        previous_sentence=re.compile(r"\W*(?:" + raw.get("link", {}).get("previous_sentence", "(?!)")
                                     + r")(?![\w-])", re.IGNORECASE),
        reported_clause=_words(raw.get("link", {}).get("reported_clause")),
        clause_hard=hinted(re.compile(clauses.get("hard", "(?!)"))),
        clause_introducer=re.compile(r",\s*(?:" + clauses.get("introducers", "(?!)") + r")(?![\w-])",
                                     re.IGNORECASE),
        relative_introducer=re.compile(r",\s*(?:" + clauses.get("relative", "(?!)") + r")(?![\w-])",
                                       re.IGNORECASE),
        clause_opener=re.compile(r"\W*(?:" + clauses.get("openers", "(?!)") + r")(?![\w-])",
                                 re.IGNORECASE),
        date_apposition=_optional(clauses, "date_apposition", r",\s*(?:", flags=0),
        noun_complement=_optional(clauses, "noun_complement"),
        back_reference=_optional(clauses, "back_reference", r"\s*(?:", r")(?![\w-])"),
        time_apposition=_optional(clauses, "time_apposition", r"\s*(?:", r")\s*"),
        bare_relative=_optional(clauses, "bare_relative", r"(?<![,\s])\s+(?:", r")\s"),
        article_after_apposition=_optional(clauses, "article_after_apposition", r",\s*(?:",
                                           flags=0),
        cancelled=_words(status.get("cancelled")),
        counterfactual=_optional(status, "counterfactual", _WORD_BEFORE, _WORD_AFTER),
        negated_until=_optional(status, "negated_until", _WORD_BEFORE, r")\s+(?:\S+\s+)?$"),
        until_before=_optional(status, "until_before", _WORD_BEFORE, r")\s+(?:\S+\s+)?$"),
        no_subject=_optional(status, "no_subject", r"\W*(?:", _WORD_AFTER, flags=0),
        reported_future=_optional(status, "reported_future", _WORD_BEFORE, _WORD_AFTER),
        negated_verb=_optional(status, "negated_verb", _WORD_BEFORE, _WORD_AFTER),
        negated_after=_optional(status, "negated_after", _WORD_BEFORE, _WORD_AFTER),
        superseded=_words(status["superseded"]) if status.get("superseded") else None,
        active_perfect=_words(status["active_perfect"]) if status.get("active_perfect") else None,
        remains=_words(status["remains"]) if status.get("remains") else None,
        postponed=_words(status.get("postponed")),
        cancelled_back=_words(status.get("cancelled_back")) if status.get("cancelled_back") else None,
        not_cancelled_kinds=frozenset(status.get("not_cancelled_kinds", [])),
        coordinator=_words(status["coordinator"]) if status.get("coordinator") else None,
        cause_opener=_words(status["cause_opener"]) if status.get("cause_opener") else None,
        condition_opener=re.compile(r"[\s\"„“]*(?:" + status["condition_opener"] + r")\b")
        if status.get("condition_opener") else None,
        reference_before=re.compile(r"(?<![\w-])(?:" + status["reference_before"] + r")$",
                                    re.IGNORECASE) if status.get("reference_before") else None,
        rescheduled_to=re.compile(r"(?:" + status.get("rescheduled_to", "(?!)") + r")\s+\S*\s*$",
                                  re.IGNORECASE),
        reported_from=_words(status.get("reported_from")),
        uncertain=_words(status.get("uncertain")),
        plan_modals=frozenset(w.lower() for w in status.get("plan_modals", [])),
        plan_deadline=frozenset(w.lower() for w in status.get("plan_deadline", [])),
        ongoing=_words(status.get("ongoing")),
        planned=_words(status.get("planned")),
        planned_past=_words(status.get("planned_past")),
        announced=_words(status.get("announced")),
        announced_for=frozenset(w.lower() for w in status.get("announced_for", [])),
        demanded=_words(status.get("demanded")),
        announced_venue=re.compile(r"(?<![\w-])(?:" + status.get("announced_venue", "(?!)")
                                   + r")\s+(?:\S+\s+){0,2}$", re.IGNORECASE),
        call_to=re.compile(r"(?<![\w-])(?:" + status.get("call_to", "(?!)")
                           + r")\s+(?:\S+\s+){0,2}$", re.IGNORECASE),
        call_verb=_words(status.get("call_verb")),
        call_date=re.compile(r"(?<![\w-])(?:" + status.get("call_date", "(?!)")
                             + r")\s+(?:\S+\s+)?$", re.IGNORECASE),
        announce_verb=_optional(status, "announce_verb", r"(?<![\w-])(?:", r")(?![\w-])"),
        future_passive=_words(status.get("future_passive")),
        past_auxiliary=_words(status.get("past_auxiliary")),
        deadline=_optional(status, "deadline", _WORD_BEFORE, _WORD_AFTER),
        deadline_before=_optional(status, "deadline_before", _WORD_BEFORE, r")\s+(?:\S+\s+)?$"),
        past_form=re.compile(status.get("past_form", "(?!)"), re.IGNORECASE),
        past=_words(status.get("past")),
        participle_opener=_optional(status, "participle_opener", r"(?:^|,)\s*(?:", r")(?![\w-])"),
        tense_fallback=dict(raw.get("tense_fallback", {})),
        participant_frames=re.compile(r"\s*(?:" + parts.get("frames", "(?!)") + r")\s", re.IGNORECASE),
        object_gap=re.compile(r"\s+(?:(?:" + parts.get("articles", "(?!)") + r")\s+)?", re.IGNORECASE),
        known_names=(re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w])")
            if names else None),
        # the title in any case and inflection ("US-Präsidenten"), the name capitalised
        titled_name=(re.compile(r"(?<![\w-])(?i:" + titles + r")\w{0,3}\s+((?:[A-ZÄÖÜ][\w.'-]*\s?){1,3})")
                     if titles else None),
        capitalised_names=bool(parts.get("capitalised_names")),
        not_names=re.compile(r"(?:" + parts.get("not_names", "(?!)") + r")$", re.IGNORECASE),
        location_prepositions=raw.get("location", {}).get("prepositions", "(?!)"),
        location_modified=re.compile(r"\s+(?:" + raw.get("location", {}).get("modified", "(?!)")
                                     + r")(?![\w-])", re.IGNORECASE),
        place_heads=_optional(raw.get("location", {}), "place_heads", after=")$", flags=0),
        location_topic=_optional(raw.get("location", {}), "topic", _WORD_BEFORE, r")\s+(?:"
                                 + raw.get("location", {}).get("prepositions", "(?!)") + r")\s+$"),
        raw=raw,
    )
