"""Entities: people, organisations, places (and other names), one entity per referent.

    from chronik.entities import annotate, tag_spans, entity_key
    annotate(doc)            # fills doc.entities (after segmentation and time tagging)

The tagger is a CRF trained here (training/ner/, see docs/models.md); grouping mentions
into referents is cluster.py; the cross-document key is keys.py.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import cache

from chronik.entities.cluster import PLAIN, cluster, lang_data, parse_role
from chronik.entities.keys import entity_key, load_key_data, place_code
from chronik.entities.lexicon import place_names
from chronik.entities.tagger import TaggedSpan, load_model
from chronik.model import Document

__all__ = ["TaggedSpan", "annotate", "annotate_all", "dateline_place", "entity_key", "organisation_after_head",
           "repeated_names",
           "split_at_dashes", "tag_spans", "tag_units"]


def tag_spans(text: str, lang: str, start: int = 0, end: int | None = None) -> list[TaggedSpan]:
    """Name spans in `text[start:end]` (offsets into `text`), typed PER/ORG/LOC/MISC.

    Besides the CRF's spans, the named first element of a hyphenated compound is a
    mention of its own (`NATO-Staaten` -> ORG `NATO`, `Ukraine-Krise` -> LOC `Ukraine`),
    see `compound_parts`.
    """
    return tag_units([(text, start, end)], lang)[0]


def tag_units(units: list[tuple[str, int, int | None]], lang: str) -> list[list[TaggedSpan]]:
    """`tag_spans` for many `(text, start, end)` units at once (a document's sentences):
    the CRF decodes them in one batch, which is several times faster than one by one."""
    model = load_model(lang)
    if model is None:
        return [[] for _ in units]
    out = []
    data = lang_data(lang)
    for (text, start, end), found in zip(units, model.tag_units(units)):
        if data is not None and data.names_after_roles is not None:
            found = _names_after_roles(data.names_after_roles, text, start, end, found,
                                       place_names(lang), data.not_surnames,
                                       data.names_after_roles_retype_only)
        if data is not None and data.person_shapes is not None:
            found = _names_after_roles(data.person_shapes, text, start, end, found, {})
        if not found:  # most sentences name no one: every check below is about a span
            out.append(compound_parts(text, start, end, found))
            continue
        if any(s.type == "PER" and _FOREIGN_NAME_PART.match(text, s.end) for s in found):
            # "Recep Tayyip Erdoğan": a last name with letters the training data hardly had
            # is still part of the name
            found = [replace(s, end=_FOREIGN_NAME_PART.match(text, s.end).end())
                     if s.type == "PER" and _FOREIGN_NAME_PART.match(text, s.end) else s
                     for s in found]
        if any(s.type == "PER" and _SURNAME_AFTER.match(text, s.end) for s in found):
            # "sagte Miriam Kohlhase", "Katrin | Ostendorf" (LOC by its ending): a
            # capitalised word the tagger's lexicon does not know, right after a person,
            # is the rest of the name
            found = _with_surnames(text, found, model.decoder.lexicon, place_names(lang))
        if len(found) > 1 and any(a.type == b.type == "PER" and b.start == a.end + 1
                                  and text[a.end] == " " for a, b in itertools.pairwise(found)):
            # "Senator Ruth | Alvarez" cut in two by the tagger: one name
            found = _join_person_halves(text, found)
        particles = data.name_particles if data is not None else None
        if particles is not None and len(found) > 1 and any(
                _particle_between(particles, text, a, b) for a, b in itertools.pairwise(found)):
            # "Luiz Inacio Lula | da | Silva": one name around its particle
            found = _join_at_particles(particles, data, text, found)
        # the checks of single spans, each span through all of them in turn (the same as
        # one pass over the list per check: none of them looks at another span), in two
        # halves around the one check whose guard looks at all spans
        checks = _SpanChecks(data, lang, text, start, end)
        found = [kept for s in found if (kept := checks.first(s)) is not None]
        if data is not None and any(s.type == "PER" and " " in text[s.start:s.end]
                                    for s in found):
            # "Indian Prime Minister Narendra Modi": the nationality and the role before a
            # name are no part of it (the role still links "the prime minister" to him)
            found = [_without_leading_roles(data, text, s) if s.type == "PER" else s
                     for s in found]
        found = [piece for s in found for piece in checks.second(s)]
        if found and found[0].type != "LOC" and _DATELINE.match(text, found[0].end):
            found[0] = dateline_place(text, found[0])
        if data is not None:
            found = [organisation_after_head(text, s, lang) if s.type in ("PER", "LOC") else s
                     for s in found]
        parts = compound_parts(text, start, end, found)
        out.append(sorted(found + parts, key=lambda s: s.start) if parts else found)
    return out


def _names_after_roles(pattern: re.Pattern[str], text: str, start: int, end: int | None,
                       found: list[TaggedSpan], places: dict[str, str],
                       not_surnames: frozenset[str] | None = None,
                       retype_only: bool = False) -> list[TaggedSpan]:
    """The tagger's spans plus a person for each name right after a capitalised role that
    no span touches ("Chilean President Rodrigo Salcedo arrived in Ottawa"); not a place
    ("Governor New York")."""
    added, covered = [], []
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        lo, hi = m.span("name")
        touching = [s for s in found if s.start < hi and lo < s.end]
        if m.group("name") in places:
            continue
        if retype_only and not (len(touching) == 1 and touching[0].type == "ORG"):
            continue
        if not touching:
            added.append(TaggedSpan(lo, hi, "PER"))
        elif len(touching) == 1 and touching[0].type == "ORG" \
                and (touching[0].start, touching[0].end) == (lo, hi):
            # "teilte Firmengründer | Leon Baumgart mit", the name tagged an organisation
            # after a role the tagger took for a person: the name is the person, the role
            # word alone is none (not a place: "Governor Quebec City officials")
            added.append(TaggedSpan(lo, hi, "PER"))
            covered.extend(touching)
            covered.extend(s for s in found if s.type == "PER"
                           and (s.start, s.end) == (m.start(), m.start() + len(
                               text[m.start():lo].rstrip())))
        elif len(touching) == 1 and touching[0].type == "PER" and touching[0].end == hi \
                and text.count(" ", lo, hi) == 1 and touching[0].start == text.index(" ", lo) + 1:
            # "Councillor Ruth | Ellery": the tagger found the surname of a two-word name
            # after a role a person; the whole name is (not a name it ended earlier:
            # "President Joe Biden Tuesday"; not a second role word before a name it
            # found whole: "Chief | Executive Rachel Donovan")
            added.append(TaggedSpan(lo, hi, "PER"))
            covered.extend(touching)
        elif not_surnames is not None and len(touching) == 1 and touching[0].type == "PER" \
                and m.start() <= touching[0].start <= lo and text.count(" ", lo, hi) == 1 \
                and touching[0].end == text.index(" ", lo) \
                and text[touching[0].end + 1:hi] not in not_surnames:
            # "U.S. District Judge Harriet | Lang set …": a given name after a role (the
            # role may be in the tagger's span) and one capitalised word it left out (a
            # word of the language besides, "lang") are the whole name; not a time
            # ("President Biden Tuesday") nor an organisation's word (`not_surnames`)
            added.append(TaggedSpan(touching[0].start, hi, "PER"))
            covered.append(touching[0])
    if covered:
        found = [s for s in found if s not in covered]
    return sorted(found + added, key=lambda s: s.start) if added else found


class _SpanChecks:
    """The post-CRF checks of single spans, in the order `tag_units` makes them: `first`
    (None when the span is no name), then, after the leading roles came off, `second`.

    Each check used to be one pass over a sentence's spans; none of them looks at another
    span, so taking each span through them in turn gives the same spans in the same order,
    with one Python call per span instead of a pass per check."""

    __slots__ = ("_title_in_unit", "data", "end", "lang", "start", "text")

    def __init__(self, data, lang: str, text: str, start: int, end: int | None) -> None:
        self.data, self.lang, self.text, self.start, self.end = data, lang, text, start, end
        self._title_in_unit: bool | None = None

    def _title_here(self, titles: re.Pattern[str]) -> bool:
        """Whether a title phrase occurs in the unit at all (looked for once)."""
        if self._title_in_unit is None:
            text = self.text
            self._title_in_unit = titles.search(
                text, self.start, len(text) if self.end is None else self.end) is not None
        return self._title_in_unit

    def first(self, s: TaggedSpan) -> TaggedSpan | None:
        """The checks before the leading roles come off (None: the span is no name)."""
        text, data = self.text, self.data
        if _LOWER_PHRASE.fullmatch(text, s.start, s.end):
            # "the labor market": words in lower case are no name ("dpa", one word, is)
            return None
        if _LOWER_TAIL.search(text, s.start, s.end):
            # "Hurricane Milton strengthens" (a headline): a name ends in a capital word
            s = _without_lower_tail(text, s)
        if data is not None:
            ends = data.org_name_ends
            if ends is not None and s.type != "ORG" and ends.search(text, s.start, s.end):
                # "Deutsche Bahn", "National Hurricane Center": the last word says organisation
                s = replace(s, type="ORG")
            known = data.name_types
            if known:
                # "UN" tagged as a place, "Senate" as a person: the language data knows better
                typ = known.get(text[s.start:s.end], s.type)
                if typ != s.type:
                    s = replace(s, type=typ)
            roles = data.names_after_roles
            if roles is not None and s.type != "PER" and (m := roles.match(text, s.start)) \
                    and m.end("name") == s.end and not (ends and ends.search(text, s.start, s.end)):
                # "Councillor Ruth Ellery" tagged as an organisation: a capitalised role and
                # the two or three words of a name after it are a person (the role comes off
                # with the leading roles below)
                s = replace(s, type="PER")
            if data.adjectives_misc and s.type != "MISC" \
                    and text[s.start:s.end].lower() in data.adjectives:
                # "Ukrainian officials": a nationality adjective alone is MISC (CoNLL)
                s = replace(s, type="MISC")
            if s.type == "PER" and (text[s.start:s.end] in data.titles
                                    or text[s.start:s.end + 1] in data.titles):
                return None  # "Sen." tagged apart from "Mike Lowe": a title is no name
            if data.names_have_capitals and _lower_case_word(data, text, s):
                # "Warnstreik legt Flughafen lahm": a word in lower case is no name ("dpa" is)
                return None
            nouns = data.common_noun_ends
            if nouns is not None and nouns.fullmatch(text, s.start, s.end):
                # "Bundestag beschließt Mietpreisgesetz": a compound noun of a headline is
                # no name
                return None
            titles = data.title_phrases
            if titles is not None and self._title_here(titles):
                # "Secretary of State Antony Blinken": the title's last words are no part of
                # the name the tagger found after them, and what follows the title is a person
                kept = _after_title(titles, text, s)
                if kept is None:
                    return None
                s = kept
            if s.type == "PER" and data.genitive_suffixes and (
                    p := _genitive_place_at_end(data, self.lang, text, s)) is not None:
                # "der Emir Katars", "die Regierung Katars": a person's name does not end in
                # a country in the genitive; the country is the name, a word before it a title
                s = replace(s, start=p, type="LOC")
        return s

    def second(self, s: TaggedSpan) -> list[TaggedSpan]:
        """The checks after the leading roles came off: what is left of the span."""
        text, data = self.text, self.data
        if data is not None:
            starts = data.misc_name_starts
            if starts is not None and s.type != "MISC" and _misc_start(starts, text, s):
                # "Storm Freya", "Sturmtief Zoltan": the first word says a storm, not a person
                s = replace(s, type="MISC")
            if data.possessive_suffixes and (
                    parts := _split_after_place_possessive(data, self.lang, text, s)):
                return parts
            if data.affiliation is not None and (
                    parts := _split_at_affiliation(data, text, s)):
                return parts
        if _FREE_DASH.search(text, s.start, s.end):
            return split_at_dashes(text, s, self.lang)
        return [s]


def _split_at_affiliation(data, text: str, span: TaggedSpan) -> list[TaggedSpan] | None:
    """"analyst Priya Natarajan of Harbor Securities" tagged as one name: after a role, two
    or three capitalised words, the joining word and a name are a person and where they
    work."""
    m = data.affiliation.search(text, span.start, span.end)
    if m is None or not _after_role(data, text, span.start):
        return None
    person = text[span.start:m.start()].split()
    if not 2 <= len(person) <= 3 or not all(w[:1].isupper() for w in person):
        return None
    return [TaggedSpan(span.start, m.start(), "PER"), TaggedSpan(m.end(), span.end, "ORG")]


def _split_after_place_possessive(data, lang: str, text: str, span: TaggedSpan
                                  ) -> list[TaggedSpan] | None:
    """"Ethiopia's Tesfaye Alemu" tagged as one name: a known place in the possessive
    opening a span is a name of its own, and two or more words after it name a person
    (one word keeps the tagger's type: "Brazil's Petrobras")."""
    cut = text.find(" ", span.start, span.end)
    if cut < 0:
        return None
    word = text[span.start:cut]
    suffix = next((x for x in data.possessive_suffixes if word.endswith(x)), None)
    if suffix is None or word[:-len(suffix)] not in place_names(lang):
        return None
    rest = text[cut + 1:span.end]
    if not rest[:1].isupper():
        return None
    typ = "PER" if " " in rest and span.type == "LOC" else span.type
    return [TaggedSpan(span.start, cut - len(suffix), "LOC"), TaggedSpan(cut + 1, span.end, typ)]


# a capitalised word right after a name, with a letter outside English and German
# ("Erdoğan", "Kalın", "Dvořák")
_FOREIGN_NAME_PART = re.compile(r" (?=[A-ZÀ-ÖØ-ÞĀ-ſ])(?=[^\W\d_]*[^\W\d_a-zA-ZäöüÄÖÜß])[^\W\d_]+(?![\w-])")


def _after_title(titles: re.Pattern[str], text: str, span: TaggedSpan) -> TaggedSpan | None:
    """The part of `span` after a title phrase that overlaps its start; None when the
    title is all there is. A span the title does not reach is returned as it is."""
    lo = max(0, span.start - 60)
    for m in titles.finditer(text, lo, span.end):
        if m.start() > span.start:
            break
        if m.end() <= span.start:
            continue
        if m.end() >= span.end:
            return None
        return replace(span, start=m.end(), type="PER")
    return span


_WORD = re.compile(r"\S+")


def _without_leading_roles(data, text: str, span: TaggedSpan) -> TaggedSpan:
    """`span` without the nationality adjectives and role words it starts with, as long as
    a word is left."""
    words = [m.span() for m in _WORD.finditer(text, span.start, span.end)]
    i = 0
    while i < len(words) - 1:
        word = text[words[i][0]:words[i][1]]
        if i + 2 < len(words) and \
                text[words[i][0]:words[i + 1][1]].lower() in data.role_forms:
            i += 2  # "Prime Minister"
        elif word.lower() in data.adjectives or parse_role(word, data) is not None:
            i += 1
        else:
            break
    return replace(span, start=words[i][0]) if i else span


def _genitive_place_at_end(data, lang: str, text: str, span: TaggedSpan) -> int | None:
    """Where the last word of a span starts, when that word is a known place with a
    genitive ending ("Katars", "Irans")."""
    cut = text.rfind(" ", span.start, span.end)
    first = cut + 1 if cut >= 0 else span.start
    word = text[first:span.end]
    places = place_names(lang)
    for suffix in data.genitive_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2 \
                and word[:-len(suffix)] in places:
            return first
    return None


def _lower_case_word(data, text: str, span: TaggedSpan) -> bool:
    word = text[span.start:span.end]
    return word.islower() and word not in data.lower_case_names


_SURNAME_AFTER = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])")


def _with_surnames(text: str, found: list[TaggedSpan], lexicon, places) -> list[TaggedSpan]:
    """Each person span followed by an unknown capitalised word (not in the lexicon, or
    known there only as part of a person's name), untagged or tagged as a one-word place
    that is no known place, extended over it."""
    out: list[TaggedSpan] = []
    skip: set[int] = set()
    for k, s in enumerate(found):
        if k in skip:
            continue
        m = _SURNAME_AFTER.match(text, s.end) if s.type == "PER" else None
        if m is not None and _unknown_or_name(m.group(1), lexicon) \
                and m.group(1) not in places:
            nxt = found[k + 1] if k + 1 < len(found) else None
            if nxt is None or nxt.start >= m.end():
                s = replace(s, end=m.end())
            elif nxt.start == m.start(1) and nxt.end == m.end() and nxt.type in ("LOC", "ORG"):
                s = replace(s, end=m.end())
                skip.add(k + 1)
        out.append(s)
    return out


def _unknown_or_name(word: str, lexicon) -> bool:
    feats = lexicon.get(word.lower())
    if feats is None:
        return True
    # known as (the end of) a person's name and never as anything else
    return ("neE=PER" in feats or "neS=PER" in feats) and not any(
        f.startswith("ne=") and f != "ne=PER" for f in feats) and "lc=never" not in feats


def _join_person_halves(text: str, found: list[TaggedSpan]) -> list[TaggedSpan]:
    out: list[TaggedSpan] = []
    for s in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == s.type == "PER" and s.start == prev.end + 1 \
                and text[prev.end] == " ":
            out[-1] = replace(prev, end=s.end)
        else:
            out.append(s)
    return out


def _particle_between(particles: re.Pattern[str], text: str, a: TaggedSpan, b: TaggedSpan
                      ) -> bool:
    """`a particle b` ("Lula da Silva") or `a` then `b` starting with its particle
    ("Lula" "da Silva"), with nothing else between them."""
    if a.type == "ORG" or b.type == "ORG":
        return False
    if particles.fullmatch(text, a.end, b.start):
        return True
    lead = particles.match(text, a.end)
    return b.start == a.end + 1 and lead is not None and lead.end() < b.end \
        and text[lead.end()].isupper() and particles.match(text, b.start - 1) is not None


def _join_at_particles(particles: re.Pattern[str], data, text: str, found: list[TaggedSpan]
                       ) -> list[TaggedSpan]:
    """Join the halves of a name around its particle when one half is a person or a role
    word stands right before it ("Brazil's President Luiz Inacio Lula da Silva")."""
    out: list[TaggedSpan] = []
    for s in found:
        prev = out[-1] if out else None
        if prev is not None and _particle_between(particles, text, prev, s) and (
                "PER" in (prev.type, s.type) or _after_role(data, text, prev.start)):
            out[-1] = replace(prev, end=s.end, type="PER")
        else:
            out.append(s)
    return out


def _after_role(data, text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].split()
    return bool(before) and parse_role(before[-1], data) is not None


def _misc_start(starts: re.Pattern[str], text: str, span: TaggedSpan) -> bool:
    """The span opens with such a word, or follows it right away ("Sturmtief Zoltan" with
    only "Zoltan" tagged)."""
    if starts.match(text, span.start, span.end):
        return True
    before = text.rfind(" ", 0, max(0, span.start - 1)) + 1
    return span.start > 0 and text[span.start - 1] == " " \
        and starts.fullmatch(text, before, span.start) is not None


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{3,6}")
# the words in lower case that end a span of several words (searched within the span)
_LOWER_TAIL = re.compile(r"(?:\s+[^\WA-ZÄÖÜ\d][^\W\d]*)+$")


def _without_lower_tail(text: str, span: TaggedSpan) -> TaggedSpan:
    tail = _LOWER_TAIL.search(text, span.start, span.end)
    if tail is None or tail.start() <= span.start:
        return span
    # (the pattern knows only A-Z and ÄÖÜ as capitals: "Gunnar Ólafsson" keeps its last
    # name; the tail starts at the first word after which every word is in lower case)
    words = list(re.finditer(r"\S+", text[tail.start():span.end]))
    cut = tail.start()
    for w in words:
        if not w.group()[0].islower():
            cut = tail.start() + w.end()
    if cut >= span.end:
        return span
    return replace(span, end=cut)


# two or more words, none with a capital letter or a digit
_LOWER_PHRASE = re.compile(r"[^\WA-ZÄÖÜ\d]+(?:[\s\-]+[^\WA-ZÄÖÜ\d]+)+")
# a dash with space on both sides separates, it never joins parts of one name
_FREE_DASH = re.compile(r"\s[-–—]+\s")


def organisation_after_head(text: str, span: TaggedSpan, lang: str) -> TaggedSpan:
    """A PER or LOC span right after an organisation noun is an organisation.

    The tagger reads an unknown capitalised word as a person's name by default; the word
    before it often says otherwise: `Windkrafttochter Gamesa`, `Autobauer Tesla`, `the
    chipmaker Nvidia`, `Katastrophenschutzbehörde Afad` (`organisation_heads` in
    `lang/<lang>.toml`, matched at the end of the word before the name).
    """
    if span.type not in ("PER", "LOC"):
        return span
    data = lang_data(lang)
    if data is None:
        return span
    window = max(0, span.start - 40)
    if not _may_end_in_head(text, window, span.start, data.org_ends):
        return span
    if not data.org_before.search(text, window, span.start):
        return span
    return TaggedSpan(span.start, span.end, "ORG")


def _may_end_in_head(text: str, window: int, end: int, heads: tuple[str, ...]) -> bool:
    """False when no organisation head can end the word before `end` (white space between),
    as `org_before` requires: the word's last letters are none of the heads. A search of
    that pattern tries every position of its window; most words fail this test first."""
    p = end
    while p > window and text[p - 1].isspace():
        p -= 1
    if p == end or p == window:
        return False  # no white space before the name, or nothing but white space
    longest = max(map(len, heads), default=0)
    tail = text[max(window, p - longest):p]
    return not PLAIN.fullmatch(tail) or tail.lower().endswith(heads)


# what follows a dateline's place: an agency in brackets, then a dash ("ATLANTA (AP) —")
_DATELINE = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s+[–—-]+\s")


def dateline_place(text: str, span: TaggedSpan) -> TaggedSpan:
    """The place of a dateline the tagger typed otherwise (`ATLANTA —` read as ORG).

    Only a single word opening its paragraph, in capitals or a CLDR place, and followed
    by a dash (an agency in brackets may come between) counts as a dateline."""
    word = text[span.start:span.end]
    if (" " in word or not _opens_paragraph(text, span.start)
            or not (len(word) > 1 and word.isupper() or place_code(word))):
        return span
    return TaggedSpan(span.start, span.end, "LOC")


def _opens_paragraph(text: str, pos: int) -> bool:
    """Only spaces or tabs between the start of the text or a line break and `pos`."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def split_at_dashes(text: str, span: TaggedSpan, lang: str) -> list[TaggedSpan]:
    """A span the tagger ran from a dateline across its dash, cut into place and name.

    News datelines run into the first sentence (`LONDON — The Bank of England kept…`,
    `Berlin – Die Regierung…`); the CRF sometimes reads both as one name. Only a span that
    opens a paragraph with one word in capitals or a CLDR place before the dash is cut
    (titles and party names keep their dashes: `Schule ohne Rassismus – Schule mit
    Courage`); the place becomes LOC, the rest keeps the tagger's type without the
    capitalised article that opened the sentence (`The`, `Die`).
    """
    m = _FREE_DASH.search(text, span.start, span.end)
    if m is None or not _opens_paragraph(text, span.start):
        return [span]
    place = text[span.start:m.start()]
    if " " in place or not (len(place) > 1 and place.isupper() or place_code(place)):
        return [span]
    data = lang_data(lang)
    articles = data.determiners if data is not None else frozenset()
    a, words = m.end(), text[m.end():span.end].split()
    if len(words) > 1 and words[0].lower() in articles:
        a = text.index(words[1], a + len(words[0]))
    out = [TaggedSpan(span.start, m.start(), "LOC")]
    if any(w[:1].isupper() for w in text[a:span.end].split()):
        out.append(TaggedSpan(a, span.end, span.type))
    return out


def compound_parts(text: str, start: int, end: int | None, found: list[TaggedSpan]
                   ) -> list[TaggedSpan]:
    """Names that open a hyphenated compound outside any tagged span.

    GermEval calls these *part* names (`NATO-Osterweiterung`); the model is not trained on
    them (it would cost a third of its speed), so a cheap rule recovers the two clear cases:
    a place CLDR knows (`Ukraine-Krise`, `US-Präsident`) is LOC, an acronym of three to six
    capitals (`NATO-Staaten`, `SPD-Chef`) is ORG.
    """
    out: list[TaggedSpan] = []
    stop = len(text) if end is None else end
    if text.find("-", start, stop) < 0:
        return out  # no hyphen, no compound: skip the regex scan
    for m in _COMPOUND.finditer(text, start, stop):
        a, b = m.span(1)
        if any(s.start < m.end() and m.start() < s.end for s in found):
            continue
        first = m.group(1)
        if place_code(first) is not None and not first.islower():
            out.append(TaggedSpan(a, b, "LOC"))
        elif _ACRONYM.fullmatch(first):
            out.append(TaggedSpan(a, b, "ORG"))
    return out


# (`\w++`: giving letters back cannot help, a shorter run is followed by a letter, not the
# hyphen; without backtracking through each word the scan is ~20 % cheaper, same matches)
_COMPOUND = re.compile(r"(?<![\w-])(\w++)-\w[\w-]*")


def annotate(doc: Document) -> None:
    """Fill `doc.entities` from the document's sentences (or its regions, if unsegmented)."""
    if not doc.lang or not _stage_loaded(doc.lang):
        return
    units = doc.sentences or doc.regions
    _annotate_tagged(doc, units, tag_units(
        [(doc.fields[u.field], u.start, u.end) for u in units], doc.lang))


# sentences whose words the tagger decodes together at most (see `annotate_all`): more
# saves little, and the decoder's word table is bounded by the words of one batch
_TOKENS_TOGETHER = 6000


def annotate_all(docs: list[Document]) -> None:
    """`annotate` for each document, the tagger decoding several documents' sentences at
    once: Viterbi's numpy steps are per token position, whatever the number of sentences
    (each sentence is decoded on its own, so the names are the same)."""
    by_lang: dict[str, list[Document]] = {}
    for doc in docs:
        if doc.lang and _stage_loaded(doc.lang):
            by_lang.setdefault(doc.lang, []).append(doc)
    for lang, group in by_lang.items():
        batch: list[Document] = []
        tokens = 0
        for doc in group:
            size = sum(u.end - u.start for u in (doc.sentences or doc.regions)) // 6
            if batch and tokens + size > _TOKENS_TOGETHER:
                _annotate_together(batch, lang)
                batch, tokens = [], 0
            batch.append(doc)
            tokens += size
        _annotate_together(batch, lang)


def _annotate_together(docs: list[Document], lang: str) -> None:
    units = [doc.sentences or doc.regions for doc in docs]
    tagged = tag_units([(doc.fields[u.field], u.start, u.end)
                        for doc, doc_units in zip(docs, units) for u in doc_units], lang)
    at = 0
    for doc, doc_units in zip(docs, units):
        _annotate_tagged(doc, doc_units, tagged[at:at + len(doc_units)])
        at += len(doc_units)


def _annotate_tagged(doc: Document, units, tagged) -> None:
    """`doc.entities` from the tagger's spans of each of its units."""
    spans = [(u.field, s.start, s.end, s.type) for u, found in zip(units, tagged) for s in found]
    if doc.timexes:
        # a word inside a time expression names no one ("260 v. Chr.", "an Ostern")
        inside = _inside_timexes(doc)
        spans = [sp for sp in spans if not inside(sp[0], sp[1], sp[2])]
    spans += repeated_names(spans, doc.fields, doc.lang)
    doc.entities = cluster(spans, doc.fields, doc.lang)


def _inside_timexes(doc: Document):
    """A test `(field, start, end) -> bool`: does one of the document's time expressions
    hold the span? Per field, the time expressions sorted by start and the furthest end
    of those starting at or before each: some expression holds [start, end) exactly when
    the furthest end of those starting at or before `start` reaches `end` (a bisection
    instead of a look at every expression)."""
    by_field: dict[str, list[tuple[int, int]]] = {}
    for t in doc.timexes:
        by_field.setdefault(t.field, []).append((t.start, t.end))
    tables: dict[str, tuple[list[int], list[int]]] = {}
    for f, found in by_field.items():
        found.sort()
        tables[f] = ([a for a, _ in found], list(itertools.accumulate(
            (b for _, b in found), max)))

    def inside(field_name: str, start: int, end: int) -> bool:
        table = tables.get(field_name)
        if table is None:
            return False
        k = bisect.bisect_right(table[0], start)
        return k > 0 and table[1][k - 1] >= end

    return inside


@cache
def _stage_loaded(lang: str) -> bool:
    """Load what the stage needs for `lang` once: the CRF and the data its rules look up
    (place names, the language's role words). Whether `lang` has a model."""
    if load_model(lang) is None:
        return False
    load_key_data()
    lang_data(lang)
    return True


def repeated_names(spans: list[tuple[str, int, int, str]], fields: dict[str, str], lang: str
                   ) -> list[tuple[str, int, int, str]]:
    """Untagged repetitions of a name the tagger found elsewhere in the document.

    One name is one name throughout an article, but a CRF decides each sentence on its
    own and misses some ("Am Montag reist Selenskyj zur Sicherheitskonferenz" after
    "Präsident Wolodymyr Selenskyj"). A surname of a tagged person or a one-word tagged
    name is tagged wherever it recurs outside the spans found, with the type it had; a
    word tagged with two types is left alone, and a surname right after a determiner is a
    noun ("der Koch"), not the person.
    """
    keys: dict[str, str] = {}
    clashes: set[str] = set()
    for field_name, start, end, type_ in spans:
        words = fields[field_name][start:end].split()
        if type_ == "PER" and len(words) >= 2:
            word = words[-1]
        elif len(words) == 1:
            word = words[0]
        else:
            continue
        if len(word) < 3 or not word[0].isupper() or not word.isalnum():
            continue
        if keys.setdefault(word, type_) != type_:
            clashes.add(word)
    for word in clashes:
        del keys[word]
    if not keys:
        return []
    data = lang_data(lang)
    determiners = data.determiners if data else frozenset()
    taken: dict[str, list[tuple[int, int]]] = {}
    for field_name, start, end, _ in spans:
        taken.setdefault(field_name, []).append((start, end))
    out = []
    for field_name, text in fields.items():
        covered = sorted(taken.get(field_name, []))
        starts = [s for s, _ in covered]
        # a few names, each found with str.find (C speed), not every word looked up
        for word, type_ in keys.items():
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                if _free(text, start, end, covered, starts) and not (
                        type_ == "PER" and _after_determiner(text, start, determiners)):
                    out.append((field_name, start, end, type_))
                start = text.find(word, end)
    out.sort()
    return out


def _free(text: str, start: int, end: int, covered: list[tuple[int, int]],
          starts: list[int]) -> bool:
    """A whole word outside every span the tagger found."""
    if (start and (text[start - 1].isalnum() or text[start - 1] in "-_")) or (
            end < len(text) and (text[end].isalnum() or text[end] in "-_")):
        return False
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and covered[k][1] > start:
        return False
    return not (k + 1 < len(covered) and covered[k + 1][0] < end)


def _after_determiner(text: str, start: int, determiners: frozenset[str]) -> bool:
    """"der Koch": a surname right after a determiner is a noun."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in determiners
