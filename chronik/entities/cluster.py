"""Grouping entity mentions of one document into one entity per referent.

Given the tagger's spans, this stage
1. normalises each name mention: titles (`Herr`, `Dr.`) off, possessive/genitive endings
   off when the bare form is known (`Putins` -> `Putin`, `des NATO-Russland-Rates` ->
   `NATO-Russland-Rat`, `Russlands` -> `Russland` via CLDR place names);
2. finds role appositions right before a person's name (`der russische Präsident Wladimir
   Putin`, `Kremlsprecher Dmitri Peskow`, `US-Präsident Joe Biden`) and extends the mention
   over the role, remembering (role, nationality) for the person;
3. groups person mentions by name containment (`Putin` is part of `Wladimir Putin`;
   ambiguity goes to the nearest earlier full name) — the canonical name is the fullest;
4. links role descriptions without a name (`der russische Präsident`, `Der Sprecher des
   Präsidenten`, `dem Sprecher`) to the person known under that role, agreeing in
   nationality, nearest earlier first; a description matching nobody is not an entity;
5. groups other mentions by `entity_key` (so `USA` and `Vereinigte Staaten` are one).
All words (roles, titles, determiners, nationality adjectives) come from lang/<lang>.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from chronik.entities.keys import entity_key, place_code
from chronik.model import Entity, Mention
from chronik.time.langdata import casefolded, fold_text, hinted

LANG_DIR = Path(__file__).resolve().parent / "lang"


@dataclass(slots=True)
class RawMention:
    """One tagged name span before grouping."""

    field: str
    start: int
    end: int
    type: str
    name: str  # the normalised name form (titles/genitive endings removed)
    role: tuple[str, str | None] | None = None  # (role lemma, nationality code)


@dataclass(slots=True)
class _Group:
    type: str
    name: str
    mentions: list[RawMention] = field(default_factory=list)
    roles: set[tuple[str, str | None]] = field(default_factory=set)
    first: tuple[str, int] = ("", 0)


@dataclass(frozen=True)
class LangData:
    determiners: frozenset[str]
    age_description: re.Pattern[str] | None  # "der 35-Jährige", "the 20-year-old Spaniard"
    genitive_determiners: frozenset[str]
    plural_determiners: frozenset[str]
    # "Ein Sprecher des Ministeriums": someone not named, never the person known by the role
    indefinite_determiners: frozenset[str]
    feminine_suffixes: tuple[str, ...]
    genitive_suffixes: tuple[str, ...]
    possessive_suffixes: tuple[str, ...]
    titles: frozenset[str]
    role_forms: dict[str, str]  # inflected form (lowercase) -> lemma
    adjectives: dict[str, str]  # nationality adjective stem (lowercase) -> code
    prefixes: dict[str, str]  # compound prefix (as written) -> code
    role_re: re.Pattern[str]  # a role word: optional prefix + a role form at the word end
    role_search: re.Pattern[str]  # finds role forms in lower-cased running text
    adj_re: re.Pattern[str]
    # a word ending in one of these right before a name makes it an organisation
    # ("Windkrafttochter Gamesa", "automaker Tesla")
    org_before: re.Pattern[str]
    # the heads as the text they end with, lowercased (a cheap test before `org_before`)
    org_ends: tuple[str, ...]
    # a determiner and the white space after it, when all determiners are single words
    determiner_scan: re.Pattern[str] | None
    former: frozenset[str]  # "former", "ehemalige": the role is not held any more
    org_words: frozenset[str]  # organisation nouns that are words of their own ("bank")
    # the last word of a name of several words that makes it an organisation ("… Center")
    org_name_ends: re.Pattern[str] | None = None
    misc_name_starts: re.Pattern[str] | None = None  # "Storm Freya", "Hurricane Milton"
    # a title of several capitalised words before a name ("Secretary of State"), followed
    # by the white space before the name
    title_phrases: re.Pattern[str] | None = None
    # one or two lower-case words inside a person's name, between single spaces
    name_particles: re.Pattern[str] | None = None
    # a capitalised role right before two or three capitalised words: a person the tagger
    # may miss ("Chilean President Rodrigo Salcedo arrived"; `names_after_roles`)
    names_after_roles: re.Pattern[str] | None = None
    # ... only to make a name tagged an organisation after a role a person (`"retype"`:
    # German, whose capitalised nouns would make any two words after a role a name)
    names_after_roles_retype_only: bool = False
    # "analyst Priya Natarajan of Harbor Securities" tagged as one name: the word that joins a
    # person to where they work (`affiliation_words`)
    affiliation: re.Pattern[str] | None = None
    # capitalised words that never end a person's name after a role ("President Biden
    # Tuesday"): a person the tagger found by the given name alone is not extended over them
    not_surnames: frozenset[str] = frozenset()
    # names of a shape the tagger hardly saw, a person wherever no span covers them
    # ("Park Ji-won": a family name, then a hyphenated given name)
    person_shapes: re.Pattern[str] | None = None
    # one word ending in one of these after three letters or more is a common noun, whatever
    # the tagger guessed ("Mietpreisgesetz", "Warnstreik" in a headline)
    common_noun_ends: re.Pattern[str] | None = None
    # a mention without a capital letter is no name, unless the language data lists it
    names_have_capitals: bool = False
    # endings of an adjective that opens a name of several words ("Weiße/Weißen/Weißes
    # Haus"): the forms of one name, the first listed is preferred
    name_adjective_endings: tuple[str, ...] = ()
    lower_case_names: frozenset[str] = frozenset()  # "dpa", "taz"
    # names whose type the language data knows ("UN": ORG, "Brexit": MISC), whatever the
    # tagger guessed for them
    name_types: dict[str, str] | None = None
    # English (CoNLL): "Ukrainian", "Moldovan" tagged alone are MISC, not places
    adjectives_misc: bool = False
    # `determiner_scan` for texts lowercased by `fold_text`: case-sensitive, the same spans
    determiner_folded: re.Pattern[str] | None = None
    # word -> `parse_role` of it: the same few hundred words come back in every article,
    # and each costs a match of all role forms after every possible prefix
    roles_parsed: dict[str, tuple[str, str | None] | None] = field(
        default_factory=dict, compare=False, repr=False)


@cache
def lang_data(lang: str) -> LangData | None:
    path = LANG_DIR / f"{lang}.toml"
    if not path.exists():
        return None
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    forms = {f.lower(): lemma for lemma, fs in d.get("roles", {}).items() for f in fs}
    adjectives = {k.lower(): v for k, v in d.get("nationality_adjectives", {}).items()}
    endings = "|".join(re.escape(e) for e in d.get("adjective_endings", [""]))
    alt_forms = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    alt_adj = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    determiner_scan = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w.lower()) for w in d["determiners"])
        + r")\s+", re.IGNORECASE) \
        if d.get("determiners") and all(re.fullmatch(r"\w+", w) for w in d["determiners"]) \
        else None
    return LangData(
        determiners=frozenset(w.lower() for w in d.get("determiners", [])),
        genitive_determiners=frozenset(w.lower() for w in d.get("genitive_determiners", [])),
        plural_determiners=frozenset(w.lower() for w in d.get("plural_determiners", [])),
        indefinite_determiners=frozenset(w.lower() for w in d.get("indefinite_determiners", [])),
        feminine_suffixes=tuple(d.get("feminine_suffixes", [])),
        genitive_suffixes=tuple(d.get("genitive_suffixes", [])),
        name_adjective_endings=tuple(d.get("name_adjective_endings", [])),
        possessive_suffixes=tuple(d.get("possessive_suffixes", [])),
        titles=frozenset(d.get("titles", [])),
        role_forms=forms,
        adjectives=adjectives,
        prefixes=dict(d.get("nationality_prefixes", {})),
        role_re=re.compile(rf"(?i)^(?P<prefix>[\w.]*?)-?(?P<form>{alt_forms})$") if forms
        else re.compile(r"(?!)"),
        # `hinted`: the same matches, the role forms factored by first letter (a trie) and
        # the positions where none can begin skipped (~3x faster on German news)
        role_search=hinted(re.compile(rf"(?:{alt_forms})(?![\w-])")) if forms
        else re.compile(r"(?!)"),
        adj_re=re.compile(rf"(?i)^(?P<stem>{alt_adj})(?:{endings})$") if adjectives
        else re.compile(r"(?!)"),
        org_ends=tuple(h.removeprefix("-").lower() for h in d.get("organisation_heads", [])),
        determiner_scan=determiner_scan,
        determiner_folded=casefolded(determiner_scan),
        former=frozenset(w.lower() for w in d.get("former", [])),
        org_words=frozenset(h.lower() for h in d.get("organisation_heads", [])
                            if not h.startswith("-")),
        name_types=dict(d.get("name_types", {})) or None,
        adjectives_misc=bool(d.get("nationality_adjectives_are_misc")),
        names_have_capitals=bool(d.get("names_have_capitals")),
        lower_case_names=frozenset(d.get("lower_case_names", [])),
        misc_name_starts=re.compile(r"(?:" + "|".join(re.escape(w) for w in d["misc_name_starts"])
                                    + r")\s") if d.get("misc_name_starts") else None,
        name_particles=re.compile(r" (?:(?:" + "|".join(map(re.escape, d["name_particles"]))
                                  + r") ){1,2}") if d.get("name_particles") else None,
        names_after_roles=_names_after_roles_pattern(d) if d.get("names_after_roles") else None,
        names_after_roles_retype_only=d.get("names_after_roles") == "retype",
        not_surnames=frozenset(d.get("not_surnames", [])),
        affiliation=re.compile(r" (?:" + "|".join(map(re.escape, d["affiliation_words"]))
                               + r") (?=[A-ZÄÖÜ])") if d.get("affiliation_words") else None,
        # `hinted` here and in `_names_after_roles_pattern`: both open with a lookbehind,
        # which left the engine to try every position of every sentence (0.04 ms per German
        # document for the shapes); with the hint it skips to the capitals
        person_shapes=hinted(re.compile(d["person_shapes"])) if d.get("person_shapes") else None,
        # (with start hints: the sentence scan skips to a title's first letters)
        title_phrases=hinted(re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(w) for w in sorted(d["title_phrases"], key=len, reverse=True))
            + r")(?![\w-])\s*")) if d.get("title_phrases") else None,
        common_noun_ends=re.compile(r"[^\W\d]{3,}(?:" + "|".join(re.escape(w) for w in d["common_noun_ends"])
                                    + r")", re.IGNORECASE) if d.get("common_noun_ends") else None,
        org_name_ends=re.compile(r"\s(?:" + "|".join(re.escape(w) for w in d["organisation_name_ends"])
                                 + r")$") if d.get("organisation_name_ends") else None,
        # the age first: the scan skips to digits instead of trying every determiner
        age_description=hinted(re.compile(
            r"(?<![\w-])(?:" + d["age_description"] + r")(?![\w-])"))
        if d.get("age_description") else None,
        org_before=re.compile(
            "(?i)(?:" + "|".join(_head(h) for h in d["organisation_heads"]) + r")\s+$")
        if d.get("organisation_heads") else re.compile(r"(?!)"),
    )


def _head(entry: str) -> str:
    """A head noun as a pattern for the end of a word: `-tochter` only as the head of a
    compound (`Windkrafttochter`, not `Tochter`), otherwise also the whole word."""
    if entry.startswith("-"):
        return r"\w" + re.escape(entry[1:])
    return r"(?<![^\W\d_])" + re.escape(entry) + "|" + r"\w" + re.escape(entry)


_WORD = re.compile(r"[\w.]+(?:-[\w.]+)*")


def parse_role(word: str, data: LangData) -> tuple[str, str | None] | None:
    """(role lemma, nationality) of a role word: `Kremlsprecher` -> (`sprecher`, `RU`)."""
    known = data.roles_parsed
    if word in known:
        return known[word]
    if len(known) >= _ROLES_PARSED_MAX:  # bounded: a long ingest meets ever new words
        known.clear()
    role = known[word] = _parse_role(word, data)
    return role


_ROLES_PARSED_MAX = 1 << 15


def _parse_role(word: str, data: LangData) -> tuple[str, str | None] | None:
    m = data.role_re.match(word)
    if not m:
        return None
    prefix = m.group("prefix")
    nationality = None
    if prefix and prefix.lower() in data.former:  # "Ex-Kanzler": no longer in office
        return FORMER + data.role_forms[m.group("form").lower()], None
    if prefix:
        nationality = data.prefixes.get(prefix)
        if nationality is None and prefix.lower() in data.adjectives:
            nationality = data.adjectives[prefix.lower()]
        if nationality is None and prefix[:1].islower():
            return None  # `Ehrenpräsident` is fine, but `bundespräsident`-like lowercase is no role word
    return data.role_forms[m.group("form").lower()], nationality


def nationality_of(word: str, data: LangData) -> str | None:
    m = data.adj_re.match(word)
    return data.adjectives[m.group("stem").lower()] if m else None


def _words_before(text: str, end: int, limit: int = 4) -> list[tuple[int, int, str]]:
    """Up to `limit` words `(start, end, text)` directly before `end`, nearest last.

    Stops at punctuation: an apposition never reaches across a comma or a sentence end.
    The words are what `_WORD` finds in the 80 characters before `end` (its matches that
    only white space separates from `end` and from each other), read backwards from `end`:
    a few character tests per word instead of a scan of the whole window.
    """
    window_start = max(0, end - 80)
    out: list[tuple[int, int, str]] = []
    pos = end
    while len(out) < limit:
        p = pos
        while p > window_start and text[p - 1].isspace():
            p -= 1
        if p == window_start:
            break
        c = text[p - 1]
        if not (c.isalnum() or c in "_."):
            break  # punctuation (or a hyphen, which no word ends with) before the gap
        # the run of word characters, dots and hyphens that ends here; `_WORD` read
        # forward from its start gives its last word (a hyphen may split the run)
        q = p - 1
        hyphen = False
        while q > window_start:
            c = text[q - 1]
            if c.isalnum() or c in "_.":
                q -= 1
            elif c == "-":
                hyphen = True
                q -= 1
            else:
                break
        if hyphen:
            *_, last = _WORD.finditer(text, q, p)
            q = last.start()
        out.append((q, p, text[q:p]))
        pos = q
    out.reverse()
    return out


def apposition(text: str, start: int, data: LangData
               ) -> tuple[int, tuple[str, str | None]] | None:
    """A role phrase right before a name at `start`: (new mention start, (role, nationality))."""
    # the word before the name first: most names have no role before them, and only
    # the two nearest words matter (the nearest ones `_words_before` reads at any limit)
    words = _words_before(text, start, limit=1)
    if not words:
        return None
    role = parse_role(words[-1][2], data)
    if role is None:
        return None
    words = _words_before(text, start, limit=3)
    if len(words) >= 2 and f"{words[-2][2]} {words[-1][2]}".lower() in data.role_forms:
        # a role of two words ("Prime Minister") is that role, not its last word's
        lemma, nationality = data.role_forms[f"{words[-2][2]} {words[-1][2]}".lower()], None
        words = words[:-1]
    else:
        lemma, nationality = role
    new_start = words[-1][0]
    if len(words) >= 2:
        adj = nationality_of(words[-2][2], data)
        if adj is not None:
            new_start = words[-2][0]
            nationality = nationality or adj
        elif words[-2][2].lower() in data.former and not lemma.startswith(FORMER):
            # "former President Donald Trump" is not who "the president" refers to
            new_start, lemma = words[-2][0], FORMER + lemma
    return new_start, (lemma, nationality)


FORMER = "former "  # marks a role its holder has left: never matched by a description


def normalise_name(text: str, type: str, preceding: str, data: LangData,
                   known: set[str]) -> str:
    """Titles off; genitive/possessive endings off where the bare form is known or implied."""
    words = text.split()
    # titles, and for persons role words the tagger took into the name ("Chancellor Olaf
    # Scholz"), are not part of the name
    while len(words) > 1 and (words[0] in data.titles
                              or (type == "PER" and parse_role(words[0], data) is not None)):
        words = words[1:]
    # "Die Europäische Zentralbank" at a sentence start: the article is not part of the
    # name, unless it is all the name has besides one word ("Die Linke", "Der Spiegel")
    if type != "PER" and len(words) > 2 and words[0].lower() in data.determiners:
        words = words[1:]
    if type != "PER" and len(words) > 1 and data.name_adjective_endings \
            and words[0].endswith(data.name_adjective_endings):
        words = _adjective_form_known(words, data, known)
    name = " ".join(words)
    after_genitive_article = preceding.lower() in data.genitive_determiners
    suffixes = data.possessive_suffixes + data.genitive_suffixes
    # one test for all endings first: most names end in none of them
    for suffix in suffixes if name.endswith(suffixes) else ():
        if len(name) <= len(suffix) + 2 or not name.endswith(suffix):
            continue
        bare = name[: -len(suffix)]
        if bare in known or (type == "LOC" and place_code(bare) is not None):
            return bare
    if after_genitive_article and type != "PER":
        for suffix in data.genitive_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + 2 and name[-len(suffix) - 1] != "e":
                return name[: -len(suffix)]
    return name


def _adjective_form_known(words: list[str], data: LangData, known: set[str]) -> list[str]:
    """"im Weißen Haus" after "Das Weiße Haus": the form of the name the document has with
    the first ending listed (else the first in alphabetical order), so that the inflected
    forms of one name are one entity."""
    endings = data.name_adjective_endings
    ending = next(e for e in sorted(endings, key=len, reverse=True) if words[0].endswith(e))
    stem, rest = words[0][: -len(ending)], " ".join(words[1:])
    if len(stem) < 3:
        return words
    forms = [stem + e for e in endings if f"{stem}{e} {rest}" in known]
    if len(forms) < 2:
        return words
    preferred = forms[0] if forms[0] == stem + endings[0] else min(forms)
    return [preferred, *words[1:]]


def descriptions(text: str, start: int, end: int, data: LangData, field_name: str
                 ) -> list[tuple[int, int, tuple[str, str | None]]]:
    """Role descriptions with a determiner (`der russische Präsident`) in text[start:end].

    A genitive complement that is itself a role (`des Präsidenten` in `Der Sprecher des
    Präsidenten`) belongs to the description and is not a description of its own.
    Only words that end in a role form are looked at (one compiled regex finds them).
    """
    out: list[tuple[int, int, tuple[str, str | None]]] = []
    consumed = start
    # searching lower-cased text case-sensitively is ~8x faster than IGNORECASE; the rare
    # text whose lower-casing changes its length (`İ`) is searched in a lower-cased copy
    # that keeps offsets by mapping such characters one to one
    # (`fold_text` is that lowercased text, remembered from the time stage, or None)
    lowered = fold_text(text) or text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for hit in data.role_search.finditer(lowered, start, end):
        word_start = hit.start()  # the role form ends a word: walk back to its start
        while word_start > start and (text[word_start - 1].isalnum()
                                      or text[word_start - 1] in "-."):
            word_start -= 1
        word = text[word_start:hit.end()]
        if word_start < consumed:
            continue
        role = parse_role(word, data)
        if role is None:
            continue
        before = _words_before(text, word_start, limit=2)
        if not before:
            continue
        nationality = None
        if nationality_of(before[-1][2], data) is not None and len(before) == 2:
            nationality = nationality_of(before[-1][2], data)
            before = before[:-1]
        det = before[-1][2].lower()
        if det not in data.determiners:
            continue
        if det in data.plural_determiners and not word.lower().endswith(
                data.feminine_suffixes or ("\0",)):
            continue  # `die Präsidenten`: a plural, not one person
        desc_end = hit.end()
        comp = _GENITIVE_COMPLEMENT.match(text, desc_end)
        if comp and comp.group(1).lower() in data.genitive_determiners \
                and parse_role(comp.group(2), data) is not None:
            desc_end = comp.end()
        lemma, role_nat = role
        out.append((before[-1][0], desc_end, (lemma, nationality or role_nat)))
        consumed = desc_end
    return out


_GENITIVE_COMPLEMENT = re.compile(r"\s+(\w+)\s+([\w.]+(?:-[\w.]+)*)")


def cluster(spans: list[tuple[str, int, int, str]], fields: dict[str, str], lang: str
            ) -> list[Entity]:
    """Entities (ids n1.. in order of first mention) from typed spans `(field, start, end, type)`."""
    data = lang_data(lang)
    if data is None:
        data = lang_data("en")
    assert data is not None
    ordered = sorted(spans, key=lambda s: (s[0] != "title", s[0], s[1]))
    surface = {fields[f][a:b] for f, a, b, _ in ordered}
    known = surface | {w for s in surface for w in s.split()}
    named = []
    genitive = data.genitive_suffixes
    for f, a, b, typ in ordered:
        surface_text = fields[f][a:b]
        preceding = ""
        # the word before matters only for a name that may carry a genitive ending after
        # a genitive article ("des Bundestages"): never a person's, never without one
        if typ != "PER" and genitive and surface_text.rstrip().endswith(genitive):
            before = _words_before(fields[f], a, limit=1)
            preceding = before[0][2] if before else ""
        named.append((f, a, b, typ, normalise_name(surface_text, typ, preceding, data, known)))
    named = _consistent_types(named)
    mentions: list[RawMention] = []
    for f, a, b, typ, name in named:
        text = fields[f]
        m = RawMention(f, a, b, typ, name)
        if typ == "PER":
            app = apposition(text, a, data)
            if app is not None:
                m.start, m.role = app
            else:
                first = text[a:b].split(maxsplit=1)[0]
                m.role = parse_role(first, data) if first != m.name else None
        mentions.append(m)

    groups: list[_Group] = []
    # persons: fullest names first, so shorter mentions find the full name they belong to
    persons = [m for m in mentions if m.type == "PER"]
    for m in sorted(persons, key=lambda m: (-len(m.name.split()), m.field, m.start)):
        target = _person_for(m, groups)
        if target is None:
            target = _Group("PER", m.name)
            groups.append(target)
        target.mentions.append(m)
        if m.role:
            target.roles.add(m.role)
    person_words = {g.name.split()[-1]: g for g in groups}
    by_key: dict[str, _Group] = {}
    for m in mentions:
        if m.type == "PER":
            continue
        if m.name in person_words:  # a tagger slip: the person's surname read as a place
            person_words[m.name].mentions.append(m)
            continue
        key = entity_key(m.name, m.type, lang)
        g = by_key.get(key)
        if g is None:
            g = by_key[key] = _Group(m.type, m.name)
            groups.append(g)
        g.mentions.append(m)

    _merge_acronyms(groups, fields)

    # role descriptions without a name, linked to the person known under that role (only
    # a person named with a role can be the one a description refers to: without one, no
    # description can be linked and the search is skipped)
    with_roles = any(g.roles for g in groups if g.type == "PER")
    taken = {(m.field, m.start) for m in mentions} | {(m.field, m.end) for m in mentions} \
        if with_roles else set()
    for f, text in fields.items() if with_roles else ():
        for a, b, (lemma, nat) in descriptions(text, 0, len(text), data, f):
            if any(m.field == f and m.start < b and a < m.end for g in groups for m in g.mentions):
                continue
            if (f, b) in taken or _followed_by_name(text, b, mentions, f):
                continue
            if text[a:b].split(maxsplit=1)[0].lower() in data.indefinite_determiners:
                continue  # "Ein Sprecher des Finanzministeriums" is not the named spokesman
            target = _person_with_role(groups, lemma, nat, f, a)
            if target is not None:
                target.mentions.append(RawMention(f, a, b, "PER", text[a:b], (lemma, nat)))
    _organisation_descriptions(fields, groups, data)
    _age_descriptions(fields, groups, data)

    entities: list[Entity] = []
    for g in groups:
        g.mentions.sort(key=lambda m: (m.field != "title", m.field, m.start))
        g.first = (g.mentions[0].field != "title", g.mentions[0].start)  # type: ignore[assignment]
    for g in sorted(groups, key=lambda g: g.first):
        if g.type != "PER":
            g.type = _majority_type(g)
            g.name = _canonical_form(g)
        entities.append(Entity(
            id=f"n{len(entities) + 1}", name=g.name, type=g.type,
            mentions=[Mention(m.field, m.start, m.end, fields[m.field][m.start:m.end])
                      for m in g.mentions]))
    return entities


_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,9})\)")


def _merge_acronyms(groups: list[_Group], fields: dict[str, str]) -> None:
    """"Die Europäische Zentralbank (EZB)": the name and its acronym in brackets right
    after it are one organisation (or place), whatever the tagger made of each."""
    by_name = {g.name: g for g in groups if g.type != "PER"}
    merged: set[int] = set()  # ids of the groups merged into another (compared by identity:
    # `in` on the list would compare groups field by field, mention lists included)
    for g in groups:
        if g.type == "PER" or id(g) in merged:
            continue
        for m in g.mentions:
            bracket = _BRACKETED_ACRONYM.match(fields[m.field], m.end)
            other = by_name.get(bracket.group(1)) if bracket else None
            if other is not None and other is not g and id(other) not in merged:
                g.mentions.extend(other.mentions)
                merged.add(id(other))
                break
    if merged:
        groups[:] = [g for g in groups if id(g) not in merged]


def _person_for(m: RawMention, groups: list[_Group]) -> _Group | None:
    words = m.name.split()
    candidates = [g for g in groups if g.type == "PER" and _contained(words, g.name.split())]
    if not candidates and len(words) == 1:
        # "Daniel ist genau der Spielertyp" (a coach on his new player): a first name alone
        # is the one person named in full with it, if only one is
        first = [g for g in groups if g.type == "PER" and len(g.name.split()) >= 2
                 and g.name.split()[0] == words[0]]
        return first[0] if len(first) == 1 else None
    if not candidates:
        return None
    earlier = [g for g in candidates if any(x.field == m.field and x.start < m.start
                                            for x in g.mentions)]
    pool = earlier or candidates
    if len(pool) > 1 and len(words) == 1:
        # a surname two people share ("Eleanor Whitcombe … her son, Thomas Whitcombe …
        # Whitcombe studied"): the one the article introduced first, its subject
        return min(pool, key=lambda g: min((x.start for x in g.mentions if x.field == m.field),
                                           default=len(m.name) + m.start))
    return max(pool, key=lambda g: max((x.start for x in g.mentions if x.field == m.field
                                        and x.start < m.start), default=-1))


def _contained(words: list[str], full: list[str]) -> bool:
    """`Putin` in `Wladimir Putin`; the surname must match (`Wladimir` alone does not)."""
    if not words or len(words) > len(full):
        return False
    if words == full:
        return True
    return words[-1] == full[-1] and all(w in full for w in words)


def _person_with_role(groups: list[_Group], lemma: str, nat: str | None, field_name: str,
                      pos: int) -> _Group | None:
    def fits(g: _Group) -> bool:
        return g.type == "PER" and any(r == lemma and (nat is None or n is None or n == nat)
                                       for r, n in g.roles)

    def named_before(g: _Group) -> bool:
        return any(x.field == field_name and x.start < pos for x in g.mentions)

    # only a person named before the description: "Ein Sprecher des Unternehmens sagte …"
    # is not the "DWD-Sprecher Andreas Friedrich" of two sentences later
    candidates = [g for g in groups if fits(g) and named_before(g)]
    if nat is not None:
        exact = [g for g in candidates if (lemma, nat) in g.roles]
        candidates = exact or candidates
    if not candidates:
        return None

    def last_before(g: _Group) -> int:
        return max((x.start for x in g.mentions if x.field == field_name and x.start < pos),
                   default=-1)

    return max(candidates, key=last_before)


_DESCRIPTION = ("description", None)  # marks a mention that names no one by name


_AGE_REACH = 600  # characters back to the person an age description points to


def _age_descriptions(fields: dict[str, str], groups: list[_Group], data: LangData) -> None:
    """`sagte der 35-Jährige`, `the 20-year-old Spaniard said`: news names a person it has
    just named by age; the description joins the person named last before it (within a
    few sentences), never one named after it."""
    if data.age_description is None:
        return
    people = [(m.field, m.start, g) for g in groups if g.type == "PER" for m in g.mentions]
    if not people:
        return
    people.sort(key=lambda p: (p[0], p[1]))
    taken = {(m.field, m.start) for g in groups for m in g.mentions}
    for f, text in fields.items():
        for d in data.age_description.finditer(text):
            article = _words_before(text, d.start(), limit=1)
            if not article or article[0][2].lower() not in data.determiners:
                continue
            if article[0][2].lower() in data.indefinite_determiners:
                continue  # "sagte eine 63-jährige Frau": someone new, not named
            start = article[0][0]
            if (f, start) in taken:
                continue
            before = [p for p in people if p[0] == f and start - _AGE_REACH <= p[1] < start]
            if before:
                before[-1][2].mentions.append(
                    RawMention(f, start, d.end(), "PER", text[start:d.end()], _DESCRIPTION))


def _may_be_head(word: str, data: LangData) -> bool:
    """False when `org_before` cannot match `word + " "`: the word does not end in a head.
    Decided with `str.lower` only where that agrees with the pattern's case-insensitive
    matching (`PLAIN`); any other word goes to the pattern."""
    return not PLAIN.fullmatch(word) or word.lower().endswith(data.org_ends)


def _organisation_descriptions(fields: dict[str, str], groups: list[_Group],
                               data: LangData) -> None:
    """`die Gewerkschaft` after `Die Gewerkschaft EVG`: the organisation named with that
    noun before. An organisation introduced with a head noun from `organisation_heads`
    (`Gewerkschaft EVG`, `the company Apple`) takes later determiner + noun phrases of the
    same noun as mentions, the nearest earlier one when two share the noun."""
    heads: dict[str, list[tuple[str, int, _Group]]] = {}
    for g in groups:
        if g.type != "ORG":
            continue
        for m in g.mentions:
            # the word before must end in a head noun ("Die Gewerkschaft EVG"): read it
            # alone first; the word before it only if it may
            nearest = _words_before(fields[m.field], m.start, limit=1)
            if nearest and _may_be_head(nearest[0][2], data) and len(
                    before := _words_before(fields[m.field], m.start, limit=2)) == 2 \
                    and before[0][2].lower() in data.determiners \
                    and data.org_before.search(before[1][2] + " "):
                heads.setdefault(before[1][2].lower(), []).append((m.field, m.start, g))
            # the noun may be part of the name itself: "European Central Bank" -> "the bank"
            for word in fields[m.field][m.start:m.end].split():
                if word.lower() in data.org_words:
                    heads.setdefault(word.lower(), []).append((m.field, m.start, g))
    if not heads:
        return
    taken = [(m.field, m.start, m.end) for g in groups for m in g.mentions]
    for f, text in fields.items():
        for a, b, noun in _noun_phrases(text, heads, data):
            if any(tf == f and ta < b + 2 and a < te for tf, ta, te in taken):
                continue  # the introduction itself ("Die Gewerkschaft EVG") or a name
            earlier = [(start, g) for hf, start, g in heads[noun.lower()]
                       if hf == f and start < a]
            if earlier:
                group = max(earlier, key=lambda e: e[0])[1]
                group.mentions.append(RawMention(f, a, b, "ORG", text[a:b], _DESCRIPTION))


# characters whose case-insensitive matching in `re` is exactly equality after `str.lower`
# (unlike `ſ`, `ı`, `İ`, the Kelvin sign, which `re` matches to ASCII letters): ASCII, the
# Latin letters of German and its neighbours, quotation marks and dashes
PLAIN = re.compile("[\x00-\x7fäöüßÄÖÜàáâèéêëìíîïòóôùúûçñÀÁÂÈÉÊËÌÍÎÏÒÓÔÙÚÛÇÑ"
                   "„“”‚‘’«»–—…\u00a0]*")
_RUN = re.compile(r"[\w-]+")


def _noun_phrases(text: str, heads: dict[str, object], data: LangData
                  ) -> list[tuple[int, int, str]]:
    r"""(start, end, noun) of each determiner + noun phrase in `text` whose noun is one of
    `heads` (lowercased), left to right and not overlapping.

    The phrases are those of the pattern `determiner\s+(head)(?![\w-])`, matched without
    case; rather than compiling that pattern for each document's heads, the language's
    determiner scan finds the determiners and the word after each is looked up. Where
    case-insensitive matching and `str.lower` could disagree (a head or noun with other
    letters, a head that is not one word), the pattern is compiled after all."""
    scan = data.determiner_scan
    if scan is not None and all(_RUN.fullmatch(h) and PLAIN.fullmatch(h) for h in heads):
        out: list[tuple[int, int, str]] = []
        last = 0
        folded = fold_text(text) if data.determiner_folded is not None else None
        for m in (data.determiner_folded.finditer(folded) if folded is not None
                  else scan.finditer(text)):
            a = m.start()
            word = _RUN.match(text, m.end())
            if a < last or word is None:
                continue
            noun = word.group()
            if not PLAIN.fullmatch(noun):
                break  # the pattern decides
            if noun.lower() in heads:
                out.append((a, word.end(), noun))
                last = word.end()
        else:
            return out
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, data.determiners))
                         + r")\s+(" + "|".join(map(re.escape, heads)) + r")(?![\w-])",
                         re.IGNORECASE)
    return [(hit.start(), hit.end(), hit.group(1)) for hit in pattern.finditer(text)]


def _followed_by_name(text: str, end: int, mentions: list[RawMention], field_name: str) -> bool:
    rest = text[end:end + 3]
    stripped = len(rest) - len(rest.lstrip())
    return any(m.field == field_name and m.start in (end + stripped, end)
               for m in mentions)


# a hyphenated given name in lower case after its hyphen ("Ji-won", "Jong-un") follows the
# family name ("Park Ji-won": Park is the name the person goes by)
GIVEN_AFTER_FAMILY = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def _consistent_types(named: list[tuple[str, int, int, str, str]]
                      ) -> list[tuple[str, int, int, str, str]]:
    """One type per one-word name in a document: the type most of its mentions got.

    The tagger sees one sentence at a time and may read `Moskau macht …` as a person
    although three other sentences tag *Moskau* as a place; the document's majority
    decides (a tie keeps each mention's own type).
    """
    # "Park Ji-won … Park said": the family name of a name told family name first (a
    # hyphenated given name after it) is that person wherever it stands alone
    family_first = {name.split()[0] for *_, typ, name in named
                    if typ == "PER" and len(name.split()) == 2
                    and GIVEN_AFTER_FAMILY.fullmatch(name.split()[1])}
    if family_first:
        named = [(f, a, b, "PER" if name in family_first else typ, name)
                 for f, a, b, typ, name in named]
    # "der eingewechselte Leon Bachmann" (tagged ORG) … "Bachmann selbst" (PER): a name of
    # two or three words ending in a one-word person of the document is that person
    single_persons = {name for *_, typ, name in named if typ == "PER" and " " not in name}
    if single_persons:
        named = [(f, a, b, "PER" if typ in ("ORG", "LOC") and " " in name
                  and len(name.split()) <= 3 and name.split()[-1] in single_persons
                  and name.split()[0][:1].isupper() else typ, name)
                 for f, a, b, typ, name in named]
    votes: dict[str, dict[str, int]] = {}
    for *_, typ, name in named:
        if " " not in name:
            counts = votes.setdefault(name, {})
            counts[typ] = counts.get(typ, 0) + 1
    out = []
    for f, a, b, typ, name in named:
        counts = votes.get(name)
        if counts and len(counts) > 1:
            best = max(counts.values())
            leaders = [t for t, n in counts.items() if n == best]
            if len(leaders) == 1:
                typ = leaders[0]
        out.append((f, a, b, typ, name))
    return out


def _majority_type(g: _Group) -> str:
    counts: dict[str, int] = {}
    for m in g.mentions:
        counts[m.type] = counts.get(m.type, 0) + 1
    return max(counts, key=lambda t: (counts[t], t == g.type))


def _canonical_form(g: _Group) -> str:
    counts: dict[str, int] = {}
    for m in g.mentions:
        if m.role != _DESCRIPTION:  # "die Gewerkschaft" is how EVG is named again, not its name
            counts[m.name] = counts.get(m.name, 0) + 1
    # a dateline's capitals (`LONDON`) are typography: the name as it is written in
    # running text wins when both occur, then the most frequent, then the longest
    return max(counts, key=lambda n: (not (n.isupper() and len(n) > 4 and
                                           any(o.upper() == n and o != n for o in counts)),
                                      counts[n], len(n)))


def _names_after_roles_pattern(d: dict) -> re.Pattern[str]:
    """A capitalised role form (`[roles]`, one word) and the two or three capitalised words
    of a name after it (group "name"); a name word has a lower-case letter after its
    first, so "President Joe BIDEN" or an acronym is left to the tagger."""
    forms = sorted({f for fs in d.get("roles", {}).values() for f in fs if " " not in f},
                   key=len, reverse=True)
    roles = "|".join(re.escape(f[:1].upper() + f[1:]) for f in forms)
    if d.get("role_compounds"):
        # a role closing a compound noun ("Firmengründer Leon Baumgart", `role_compounds`)
        roles += r"|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+-?(?:" + "|".join(re.escape(f) for f in forms) + ")"
    word = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
    return hinted(re.compile(r"(?<![\w-])(?:" + roles + r")\s+(?P<name>" + word + r"(?:\s+"
                             + word + r"){1,2})(?![\w-])"))
