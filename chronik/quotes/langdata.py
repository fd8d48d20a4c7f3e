"""Loading a language's quotation knowledge (lang/<code>.toml) and compiling it once.

The file knows words (speech verbs, frames, Konjunktiv forms, role nouns, quotation
marks); this module turns them into compiled regular expressions. Nothing here names a
word of any language, so adding a language means adding a TOML file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from chronik.time.langdata import hinted

LANG_DIR = Path(__file__).resolve().parent / "lang"

# Letters of the Latin script including the umlauts and accents news text uses.
UPPER = "A-ZÄÖÜÀ-ÖØ-Þ"
LOWER = "a-zäöüßà-öø-ÿ"
# A capitalised word: names, nouns, acronyms, hyphenated compounds (US-Präsident,
# NATO-Russland-Rat) and lower-case-led compounds of a name (verdi-Verhandlungsführer).
# (an abbreviation before a name keeps its full stop: "Mr. Johnson", "Dr. Beckmann")
CAP_WORD = (rf"(?:[{UPPER}][{LOWER}]{{1,3}}\.(?=\s+[{UPPER}])|[{UPPER}][\w’'.\-]*\w|[{UPPER}]"
            rf"|[{LOWER}]+-[{UPPER}][\w\-]*\w)")


# Put after a word's first character, this is the word boundary before it: the character
# before the first one is not a word character. A pattern that opens with `\b` makes
# Python's `re` try the whole pattern at every position of the text; opening with a
# literal (or a set of literals) lets it skip ahead to where the first character occurs,
# 10 to 25 times faster over a news article.
WORD_START = r"(?<!\w.)"


def _word_start_first(src: str) -> str:
    r"""`\bX…` → `X(?<!\w.)…` for a pattern opening with `\b` and one letter or one
    bracketed set of letters: the same matches, found by the fast literal scan."""
    m = re.match(r"\\b(\[[^\]\\]+\]|[^\W\d_])", src)
    if not m:
        return src
    return m.group(1) + WORD_START + src[m.end():]


def _trie(words: list[str], word_start: str = "") -> str:
    r"""A regex alternation of literal words shaped as a prefix tree. Python's `re` tries
    alternatives one by one; sharing prefixes makes a 1,500-word verb list cheap to scan.
    `word_start` goes after each word's first character (WORD_START replaces a leading
    `\b`; a lookbehind on the words before can join it)."""
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, after: str = "") -> str:
        end = "" in node
        branches = [re.escape(ch) + after + build(child) for ch, child in sorted(node.items())
                    if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(tree, word_start) + ")"


def _word_bounded_trie(words: list[str]) -> str:
    r"""`_trie(words)` matched only at a word start. For a list whose words begin with
    nearly every letter (the Konjunktiv II forms) a leading `\b` scans faster than
    WORD_START (a third less over news text): the literal scan would stop at almost every
    letter anyway. The same matches, as long as every word begins with a word character."""
    if all(re.match(r"\w", w) for w in words):
        return r"\b" + _trie(words)
    return _trie(words, WORD_START)


def _alt(words: list[str], word_start: str = "", *, case_sensitive: bool = False,
         ignore_case: bool = False) -> str:
    """A regex alternation of literal words, longest first so that prefixes do not win.

    Written as a prefix tree (`_trie`) where that matches the same strings in the same
    order: Python's `re` tries a plain alternation's words one by one, so a 300-word
    list inside a repeated group (the noun phrase's blocked adjectives, its role nouns)
    cost most of the noun-phrase pattern's time. Of the words that match at a position
    each is a prefix of the next longer one, and the tree tries them longest first too
    (its optional endings are greedy). Under IGNORECASE that holds only when no two words
    differ in case alone or in a prefix's case (`_tree_keeps_order`); `case_sensitive`
    says the caller never compiles the alternation so; `ignore_case` that it always
    does (then "der" and "Der" are one word: they match the same text, neither has groups)."""
    unique = set(words)
    if ignore_case and all(ch in _PLAIN_CASE for w in unique for ch in w):
        unique = {w.lower() for w in unique}
    if (case_sensitive or _tree_keeps_order(unique)) and not ("" in unique and word_start):
        return _trie(sorted(unique), word_start)
    return "(?:" + "|".join(re.escape(w[:1]) + word_start + re.escape(w[1:])
                            for w in sorted(unique, key=len, reverse=True)) + ")"


# characters whose case `str.lower` maps as `re.IGNORECASE` compares them
_PLAIN_CASE = frozenset("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"
                        "0123456789 -.'’")


def _tree_keeps_order(words: set[str]) -> bool:
    """Whether a prefix tree of `words` tries them in the alternation's order under
    IGNORECASE too: no two words alike but for case, and a word that is a prefix of
    another ignoring case is one exactly (so both lie on one path of the tree)."""
    if any(ch not in _PLAIN_CASE for w in words for ch in w):
        return False
    lower: dict[str, str] = {}
    for w in words:
        if lower.setdefault(w.lower(), w) != w:
            return False
    for w in words:
        low = w.lower()
        for k in range(1, len(w)):
            shorter = lower.get(low[:k])
            if shorter is not None and not w.startswith(shorter):
                return False
    return True


@dataclass(frozen=True)
class QuoteLanguage:
    """Everything the quotation engine needs to know about one language, compiled."""

    code: str
    mark_pairs: tuple[tuple[str, str], ...]  # (opener, closers)
    max_quote_chars: int
    verb_forms: frozenset[str]  # lower-case speech-verb forms that count on their own
    speech_verb: re.Pattern[str]  # any speech-verb form, or a separable verb with its particle
    np: str  # regex source of a noun phrase that can name a source
    np_re: re.Pattern[str]
    pronoun_re: re.Pattern[str]
    frames_before: tuple[re.Pattern[str], ...]
    frames_after: re.Pattern[str] | None  # postposition words ("zufolge")
    np_before_re: re.Pattern[str]  # a noun phrase ending where the search window ends
    so_frame: re.Pattern[str] | None
    # a literal part of every `so_frame` match: found once per field (a fast literal scan),
    # it tells the many sentences without one from the few worth the full search
    so_frame_anchor: re.Pattern[str] | None
    # between a clause and its frame's speech verb after it: ", " (", so ", " – das ", …)
    tail_verb_lead_re: re.Pattern[str]
    continuation_re: re.Pattern[str] | None
    participle_cue_re: re.Pattern[str] | None  # ", saying (that) …": the subject reports
    noun_cue_re: re.Pattern[str] | None  # "the April jobs report": a noun, no speech verb
    impersonal_re: re.Pattern[str] | None  # "Aus Regierungskreisen hieß es": the source
    impersonal_verbs: tuple[str, ...]  # ... before these ("hieß es")
    impersonal_after_re: re.Pattern[str] | None  # "hieß es aus dem Klinikum": the source
    first_person_re: re.Pattern[str] | None  # "ich": a clause with it speaks for itself
    subjunctive_re: re.Pattern[str] | None  # Konjunktiv I (or any reported-speech mood marker)
    subjunctive2_re: re.Pattern[str] | None
    hedges: frozenset[str]  # Konjunktiv II forms that are as often the writer's own hedge
    hearsay_re: re.Pattern[str] | None
    complementizer_re: re.Pattern[str]
    role_re: re.Pattern[str]  # a role noun (matches a whole word)
    role_look_alike_places: tuple[str, ...]  # "Sachsen": "Sachse" + "n", a region, no role
    role_heads: tuple[str, ...]
    stop_caps: frozenset[str]
    determiner_re: re.Pattern[str]
    not_person: frozenset[str]
    that_clause: bool  # English: "said (that) …" needs no comma
    partial_quotes_are_reporters: bool  # "said Beijing had "nothing to announce"": Mao's
    speech_nouns_re: re.Pattern[str] | None
    source_of_re: re.Pattern[str]  # "Angaben der Polizei": noun of saying, link, source
    head_of_re: re.Pattern[str]  # "An institute in Kyiv": the phrase before its first link
    given_names: frozenset[str]
    leading_particles: frozenset[str]  # "von" may open a name ("von der Leyen"), "der" not
    clause_end_re: re.Pattern[str] | None  # "und fügte hinzu:", a colon before a quotation
    short_attribution_re: re.Pattern[str] | None
    infinitive_re: re.Pattern[str] | None
    clause_start_re: re.Pattern[str]  # where a comma-less reported clause starts (English)
    that_re: re.Pattern[str] | None  # the clause opener as a word ("that")
    name_seq_re: re.Pattern[str]  # two to four name words, particles allowed
    # a determiner, up to two adjectives and one to three capitalised words ("der
    # russische Präsident", "die Polizei"): cheap candidate speakers for the ranker
    simple_np_re: re.Pattern[str]
    planned_re: re.Pattern[str] | None  # "soll … werden": a report only right after one
    not_speaker_endings: tuple[str, ...]
    speakers_despite_ending: frozenset[str]
    # compound heads that speak despite their ending ("-leitung": "die Armeeleitung")
    speaker_heads_despite_ending: tuple[str, ...]
    report_adverb_re: re.Pattern[str] | None
    clause_verb_re: re.Pattern[str] | None  # a likely Konjunktiv-I verb of any lemma
    reported_verb: re.Pattern[str]  # speech verbs that report speech without a clause
    after_verb_skip: re.Pattern[str]
    object_determiner_re: re.Pattern[str] | None  # "einen …" after the verb is an object
    before_verb_skip: re.Pattern[str] | None  # adverbs between subject and verb ("also")
    object_verb_re: re.Pattern[str] | None  # speech verbs that also take a plain object
    finite_re: re.Pattern[str] | None  # a word that makes a clause ("would", "has")
    before_subject_skip: re.Pattern[str]
    loose_subject_skip: re.Pattern[str]  # "Wie die ESA mitteilte": words before a subject
    loose_after_verb_skip: re.Pattern[str]  # "sah es Köhler an"
    relative_pronoun_re: re.Pattern[str]
    # "Dieser hatte gesagt": the person last named, not the subject before ("the latter")
    demonstratives: frozenset[str]
    quoting_verb_re: re.Pattern[str]
    subordinators: frozenset[str]
    concessive_openers: frozenset[str]  # "Obwohl …,": a concession, the writer's
    condition_openers: frozenset[str]  # ", wenn …": part of the main clause before it
    coordinators: frozenset[str]  # "und", "aber": no main clause of its own opens with one
    subordinating_prepositions: frozenset[str]  # "Seit": "Seit dem 19. Juni", "Seit er …"
    clause_noun_re: re.Pattern[str]  # "die Forderung, " before a reported clause
    noun_clause_openers: frozenset[str]
    # ", wonach …" / ", nach denen …": a relative clause giving what a report says
    report_relative_re: re.Pattern[str]
    # ", sorgte": a comma and a lower-case word that does not open an inner clause
    main_clause_resumes_re: re.Pattern[str]
    anaphor_report_re: re.Pattern[str]  # "Dies" + speech verb: the sentence before was said
    frame_clause_openers: frozenset[str]  # a frame in a clause opened by these
    name_abbreviations: frozenset[str]  # "Mr", "Dr": their full stop ends no sentence
    as_frame_openers: frozenset[str]  # "wie X mitteilte": a frame, not what was said
    frame_clause_prepositions: frozenset[str]  # … or by one of these before them
    frame_clause_links: frozenset[str]  # "…, jedoch": the clause goes on from before
    passive_agent_prepositions: frozenset[str]  # "von X": the agent of a passive speaks
    adverbial_openers: frozenset[str]  # a clause after a speech verb opened by these is no report
    adverbial_opener_endings: tuple[str, ...]  # ... nor one opened by a word ending so
    time_nouns: frozenset[str]  # months and parts of the day never speak
    name_noun_ends: tuple[str, ...]  # "Film" before „2001: Odyssee im Weltraum“: a name
    # (text before, text after) a quotation that make it a name: "als „…“ bekannt"
    name_contexts: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    title_function_words: frozenset[str]  # lower-case words inside names and titles  # a clause opening with one is not reported speech  # "zitiert X Y": the person after the subject speaks  # "der", "welche", "dieser" as a whole subject
    # "bezeichnete die Pläne als „Wortbruch“": a short quoted phrase right after one of
    # these words, in a sentence with a speech verb, is what someone called something
    naming_words: frozenset[str] = frozenset()
    # "nannte die Einigung einen „Durchbruch“", "called the reform "a betrayal"": a verb
    # of naming a few words before a quotation is its cue
    naming_verbs: frozenset[str] = frozenset()
    # "das Unternehmen", "the company": a definite generic noun for the organisation named last
    generic_org_nouns: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()  # "ein", "a": someone not named
    own_source_words: frozenset[str] = frozenset()  # "nach eigenen Angaben": the subject
    # "nach ihren Worten", "seiner Meinung nach": the person a pronoun would point to
    possessive_words: frozenset[str] = frozenset()
    owner_voices: frozenset[str] = frozenset()  # "her office" speaks for her; "her lawyer" not
    # roles that say what someone is, not an office ("der Professor"): a definite one no one
    # was introduced with is the person named just before
    roles_of_who_one_is: tuple[str, ...] = ()
    # "sagte der Professor der Nachrichtenagentur dpa": a dative addressee after the
    # speaker, not a genitive of it
    addressee_after_re: re.Pattern[str] | None = None
    # "Gewerkschaftsangaben": compounds of a giver and a noun of saying, and the endings
    # after which the giver takes a linking "s"
    compound_source_ends: tuple[str, ...] = ()
    conditional_openers: frozenset[str] = frozenset()  # "Sollte es …, droht X": a condition
    purpose_openers: frozenset[str] = frozenset()  # "um … zu sprechen": a purpose
    negations: frozenset[str] = frozenset()  # "nannte er nicht": nothing said
    linking_s_after: tuple[str, ...] = ()
    # ... those that do so only with one of some words in their clause ("sprach von …")
    reported_needs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    # "nach der Mitteilung": a frame word that is also a preposition of time, and the
    # articles after which a bare noun makes it one
    temporal_frame_words: frozenset[str] = frozenset()
    temporal_frame_articles: frozenset[str] = frozenset()
    temporal_frame_nouns: frozenset[str] = frozenset()
    genitive_endings: tuple[str, ...] = ()  # "Landesgesundheitsamts" -> "Landesgesundheitsamt"
    genitive_article_re: re.Pattern[str] | None = None  # "des", "eines" before the speaker
    # "was confirmed by X": the agent of a passive speech verb follows it, no clause
    agent_after_verb_re: re.Pattern[str] | None = None
    # "secretary of state", "the report": a word before a speech verb form that makes it a noun
    noun_before_verb_re: re.Pattern[str] | None = None
    # "told analysts on a conference call": verbs whose object is the addressee
    addressee_verb_re: re.Pattern[str] | None = None
    # ", announced in June 2024,": a participle apposition after a noun, no speech act
    participle_apposition_re: re.Pattern[str] | None = None
    # "were told": a passive auxiliary right before a speech verb, whose subject did not speak
    passive_before_verb_re: re.Pattern[str] | None = None
    # "warnte vor den „…“", "sprach von einer „…“": prepositions after a speech verb that
    # make a short quoted phrase what was said, not a name
    quote_object_links: frozenset[str] = frozenset()
    # "von „Ärzte ohne Grenzen“": words after which a capitalised quoted phrase is a name
    name_links: frozenset[str] = frozenset()
    # "Parolen wie „Thaksin raus!“", "mit der Aufschrift „…“": a quotation right after one
    # of these nouns (and the optional words after it) is words someone chanted or wrote
    slogan_re: re.Pattern[str] | None = None
    # ", was …", ", wobei …": a clause about the whole sentence, the writer's comment
    commentary_re: re.Pattern[str] | None = None
    # "ist noch nicht bekannt, ob …", "konnte nicht bestätigen, dass …": a negation right
    # before the speech verb, in its clause, means nobody said the clause
    negation_re: re.Pattern[str] | None = None
    not_speech_re: re.Pattern[str] | None = None  # "sieht … vor": no speech act
    finite_opener_re: re.Pattern[str] | None = None  # "…, wird …": the main clause goes on
    definite_re: re.Pattern[str] | None = None  # "der", "the": a definite description
    object_pronoun_re: re.Pattern[str] | None = None  # "Ihm zufolge": a person named before
    existential_re: re.Pattern[str] | None = None  # "es gibt": no speech act
    noun_endings_re: re.Pattern[str] | None = None  # "…verbände": a long word that is a noun
    auxiliary_re: re.Pattern[str] | None = None  # "hat", "wurde": a participle closes the bracket
    # "zu erhöhen", "zurückzutreten" closing a clause: an infinitive clause ends there
    infinitive_end_re: re.Pattern[str] | None = None
    infinitive_form_re: re.Pattern[str] | None = None  # "verteidigen": a verb's infinitive
    participle_re: re.Pattern[str] = re.compile("(?!)")  # a speech verb's participle form
    # "kam es", "hätte man": words that follow the finite verb of a main clause as its subject
    inverted_subjects: frozenset[str] = frozenset()
    modal_clause_re: re.Pattern[str] | None = None  # "soll": a plan or hearsay as the verb
    # Named patterns of the `[patterns]` table (one rule each; a language without one
    # simply lacks the rule): see `pattern()` and the table's comments in lang/de.toml.
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, hash=False, compare=False)

    def pattern(self, name: str) -> re.Pattern[str] | None:
        return self.patterns.get(name)


def _verb_forms(sv: dict) -> tuple[set[str], list[tuple[str, str]]]:
    """Expand weak stems with endings and participles; add strong forms; list separables."""
    forms: set[str] = set()
    endings = sv.get("weak_endings", [])
    prefix = sv.get("participle_prefix", "")
    suffixes = sv.get("participle_suffixes", [])
    inseparable = tuple(sv.get("no_participle_prefix", []))
    plain_endings = tuple(sv.get("no_participle_prefix_endings", []))

    def participles(stem: str) -> list[str]:
        bare = stem.startswith(inseparable) or stem.endswith(plain_endings)
        return [(stem if bare else prefix + stem) + s for s in suffixes]

    for stem in sv.get("weak", []):
        forms.update(stem + e for e in endings)
        forms.update(participles(stem))
    forms.update(sv.get("strong", []))
    forms.update(sv.get("forms", []))  # languages that simply list every form
    separable: list[tuple[str, str]] = []
    for stem, particle in sv.get("separable", []):
        if "|" in stem:  # strong verb: its forms are given
            finite = stem.split("|")
            forms.update(particle + f for f in finite)  # subordinate clause: "wie er angab"
        else:
            finite = [stem + e for e in endings]
            forms.update(particle + f for f in finite)
            forms.update(particle + p for p in participles(stem))
        separable.append(("|".join(sorted(finite, key=len, reverse=True)), particle))
    return {f.lower() for f in forms if f}, separable


@cache
def load(code: str) -> QuoteLanguage | None:
    """The compiled quotation data for a language, or None when there is no file for it."""
    lang = _load(code)
    return None if lang is None else _with_start_hints(lang)


# A pattern opening with a word boundary or a lookaround gets no "where a match can begin"
# hint from the standard compiler: each search in a window then started it at every
# character. `hinted` compiles it again with the characters a match can begin with (and
# its word lists grouped by first letter): the same matches in the same order. Only the
# short patterns here (compiling again costs ~1 ms each); the long ones that are run over
# whole fields get theirs on first use (`extract._field_scanner`), the rest are left alone,
# since compiling them again would cost more load time than it saves.
_UNHINTED_OPENINGS = ("\\b", "(?<", "(?=", "(?!")
_MAX_HINTED_AT_LOAD = 2000  # characters of pattern


def _with_start_hints(lang: QuoteLanguage) -> QuoteLanguage:
    changes = {name: hinted(value) for name, value in vars(lang).items()
               if isinstance(value, re.Pattern) and len(value.pattern) <= _MAX_HINTED_AT_LOAD
               and value.pattern.startswith(_UNHINTED_OPENINGS)}
    return replace(lang, **changes)


def _load(code: str) -> QuoteLanguage | None:
    path = LANG_DIR / f"{code}.toml"
    if not path.exists():
        return None
    with open(path, "rb") as f:
        data = tomllib.load(f)
    marks = data.get("marks", {})
    pairs = tuple((o, c) for o, c in marks.get("pairs", []))
    sv = data.get("speech_verbs", {})
    forms, separable = _verb_forms(sv)
    verb_alt = _trie(sorted(forms))
    by_particle: dict[str, list[str]] = {}
    for finite, part in separable:
        by_particle.setdefault(part, []).extend(finite.split("|"))
    # an apposition may stand between verb and particle: "gab der Leiter der Dienststelle,
    # Andreas Huber, bekannt" (a comma only before a capitalised word or after a name)
    # (a full stop inside a word, "gegenüber space.com aus", does not end the search)
    sep_alts = [rf"{_trie(finite)}\b(?:[^,.;:!?„“\"»«]|\.(?=\w)|,(?=\s+(?:[A-ZÄÖÜ]|{re.escape(part)}\b))){{0,80}}?\b{re.escape(part)}"
                for part, finite in by_particle.items()]
    # case-sensitive: "Frage" (a noun) is not "frage" (a verb). A leading \b here beats
    # WORD_START: nearly every lower-case letter begins some verb form.
    if sep_alts:
        # one look at all separable verbs' finite forms first: without it each particle's
        # alternative was tried in turn at every word start (the same matches, in order)
        any_finite = _trie(sorted({f for finite in by_particle.values() for f in finite}))
        sep_alts = [rf"(?={any_finite}\b)(?:" + "|".join(sep_alts) + ")"]
    # checked only where a form matched: "state officials said" (a noun's modifier)
    not_followed = f"(?!{sv['not_followed_by']})" if sv.get("not_followed_by") else ""
    speech_verb = re.compile(r"\b(?:" + "|".join(sep_alts + [verb_alt]) + r")\b" + not_followed)
    coordinated_separable = f"|{any_finite}" if by_particle else ""

    nominal = data.get("nominal", {})
    # sentence-initial forms are capitalised: "Der Sprecher", "Er sagte"
    dets = nominal.get("determiners", [])
    # (in the noun phrase, case-sensitive: a prefix tree; the determiner and pronoun tests
    # compiled with IGNORECASE below keep the plain alternation)
    det = _alt(dets + [w.capitalize() for w in dets], case_sensitive=True)
    prons = nominal.get("pronouns", [])
    pron = _alt(prons + [w.capitalize() for w in prons], case_sensitive=True)
    # an inflected adjective; function words and auxiliaries share its endings
    mood_words = data.get("mood", {}).get("subjunctive_1", []) + data.get("mood", {}).get(
        "subjunctive_2", [])
    blocked = _alt(nominal.get("not_adjectives", []) + dets + mood_words, case_sensitive=True)
    adj_shape = nominal.get("adjective", rf"[{LOWER}]{{2,}}(?:e|en|er|es|em)")
    adj = rf"(?!{blocked}\b){adj_shape}"
    # a name may be quoted: die „Süddeutsche Zeitung“, Das „National Hurricane Centre“
    capq = rf"[„»\"]?{CAP_WORD}[“«\"]?"
    cap_seq = rf"{capq}(?:\s+{capq}){{0,4}}"  # "Senate Majority Leader Chuck Schumer"
    genitive = nominal.get("genitive_links", ["des", "der", "von", "vom"])
    link = _alt(genitive)
    roles_alt = _alt([r.lower() for r in nominal.get("role_heads", [])])
    # a role noun heads a phrase even in lower case ("the minister", "der Sprecher")
    role_word = rf"(?i:[\w\-]*{roles_alt}(?:s|es|en|n|in|innen)?)\b"
    # a possessive before a phrase stands where its article would ("the country's civil
    # aviation authority", "Europe's largest carrier"; `possessive` in the language data)
    det_any_case = _alt(dets, ignore_case=True)  # for determiner_re
    if nominal.get("possessive"):
        det = rf"(?:{det}|{nominal['possessive']})"
        det_any_case = rf"(?:{det_any_case}|{nominal['possessive']})"
    # (a name in the possessive is a determiner, not the phrase: "Bell's spokeswoman")
    core = (rf"(?:(?:{det}\s+)?(?:{adj}\s+){{0,3}}{cap_seq}(?![\w'’])(?<!['’]s)"
            rf"|(?:{det}\s+(?:{adj}\s+){{0,3}})?(?:{capq}\s+)?{role_word}(?:\s+{cap_seq})?")
    if nominal.get("common_noun"):  # English writes nouns in lower case: "the police"
        # ... but never a function word ("The company also said": the noun is "company")
        core += (rf"|{det}\s+(?:{adj}\s+){{0,2}}(?!{blocked}\b)"
                 rf"{nominal['common_noun']}")
    core += ")"
    paren = r"(?:\s+\([^()\n]{1,40}\))?"
    # set phrases that name an anonymous source ("two people familiar with the matter")
    sources = "".join(rf"{p}|" for p in nominal.get("source_phrases", []))
    np = (rf"(?<![\w\-])(?:{sources}{core}{paren}(?:\s+{link}\s+{core}{paren})?(?:,\s+{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}(?=,|\.(?:\s|$)))?"
          rf"|\b{pron}\b)")
    np_re = re.compile(np)

    frames = data.get("frames", {})

    noun_alt = _trie(frames.get("speech_nouns", [])) if frames.get("speech_nouns") else "(?!)"

    def frame(src: str) -> re.Pattern[str]:
        return re.compile(_word_start_first(src).replace("{np}", np).replace("{verb}", verb_alt)
                          .replace("{noun}", noun_alt))

    mood = data.get("mood", {})
    subj1 = mood.get("subjunctive_1", [])
    subj_parts = []
    if subj1:
        me = mood.get("first_person")
        # checked after the form's first letter, so only where a form can start: not
        # after "ich " (first person: "ich habe" is no reported speech)
        not_me = rf"(?<!\b{me} .)(?<!\b{me.capitalize()} .)" if me else ""
        after_me = rf"(?!\s+{me}\b)" if me else ""
        subj_parts.append(rf"\b{_trie(subj1, not_me)}\b{after_me}")
    if mood.get("inverted_subjunctive"):
        subj_parts.append(mood["inverted_subjunctive"])
    subj2 = mood.get("subjunctive_2", [])
    cont = frames.get("continuation_adverbs", [])
    roles = [r.lower() for r in nominal.get("role_heads", [])]
    role_endings = nominal.get("role_endings", [""])
    role_re = re.compile(rf"(?:[\w\-]*?){_alt(roles)}(?:{_alt(role_endings)})?\b", re.IGNORECASE)
    nouns = frames.get("speech_nouns", [])
    patterns = {name: re.compile(src) for name, src in data.get("patterns", {}).items()}
    return QuoteLanguage(
        patterns=patterns,
        code=code,
        mark_pairs=pairs,
        max_quote_chars=int(marks.get("max_quote_chars", 6000)),
        verb_forms=frozenset(forms),
        speech_verb=speech_verb,
        impersonal_re=frame(frames["impersonal"]) if frames.get("impersonal") else None,
        impersonal_verbs=tuple(frames.get("impersonal_verbs", [])),
        impersonal_after_re=frame(frames["impersonal_after"]) if frames.get("impersonal_after") else None,
        first_person_re=re.compile(rf"\b{re.escape(mood['first_person'])}\b", re.IGNORECASE)
        if mood.get("first_person") else None,
        noun_cue_re=re.compile(
            rf"(?<![\w-])(?i:{_alt(dets)})\s+(?:[\w-]+\s+){{0,2}}"
            rf"{_alt(data['speech_verbs']['also_nouns'])}$"
            # "emergency declarations for several states": a quantifier before a plural
            + (rf"|(?<![\w-])(?i:{_alt(data['speech_verbs']['noun_quantifiers'])})\s+"
               rf"(?:[\w-]+\s+)?{_alt(data['speech_verbs']['also_plural_nouns'])}$"
               if data["speech_verbs"].get("noun_quantifiers") else ""))
        if data.get("speech_verbs", {}).get("also_nouns") else None,
        np=np,
        np_re=np_re,
        pronoun_re=re.compile(_alt(prons, ignore_case=True), re.IGNORECASE),
        frames_before=tuple(frame(s) for s in frames.get("before", [])),
        frames_after=re.compile(rf"{_alt(frames['after'], WORD_START)}\b")
        if frames.get("after") else None,
        np_before_re=re.compile(rf"(?P<src>{np})\s+$"),
        so_frame=frame(frames["so_frame"]) if frames.get("so_frame") else None,
        so_frame_anchor=re.compile(frames["so_frame_anchor"])
        if frames.get("so_frame") and frames.get("so_frame_anchor") else None,
        tail_verb_lead_re=re.compile(frames.get("tail_verb_lead", r",\s*$")),
        continuation_re=re.compile(rf"^\W*{_alt(cont)}\b", re.IGNORECASE) if cont else None,
        participle_cue_re=re.compile(
            rf",\s+(?P<cue>{_alt(data['syntax']['participle_cues'])})\s+"
            + (rf"(?:{re.escape(data['syntax']['clause_opener'])}\s+)?"
               if data["syntax"].get("clause_opener") else ""))
        if data.get("syntax", {}).get("participle_cues") else None,
        subjunctive_re=re.compile("|".join(subj_parts)) if subj_parts else None,
        subjunctive2_re=re.compile(rf"{_word_bounded_trie(subj2)}\b") if subj2 else None,
        hedges=frozenset(mood.get("hedges", [])),
        hearsay_re=re.compile(_word_start_first(mood["hearsay"])) if mood.get("hearsay")
        else None,
        complementizer_re=re.compile(rf"{_alt(mood.get('complementizers', []))}\b", re.IGNORECASE),
        role_re=role_re,
        role_look_alike_places=tuple(nominal.get("role_look_alike_places", [])),
        role_heads=tuple(sorted(set(roles), key=len, reverse=True)),
        stop_caps=frozenset(nominal.get("stop_caps", [])),
        determiner_re=re.compile(rf"^{det_any_case}\s+", re.IGNORECASE),
        not_person=frozenset(nominal.get("not_person", [])),
        that_clause=bool(data.get("syntax", {}).get("clause_without_comma", False)),
        partial_quotes_are_reporters=bool(
            data.get("syntax", {}).get("partial_quotes_are_reporters", False)),
        object_verb_re=re.compile(r"(?i:" + "|".join(data["syntax"]["object_verbs"]) + r")")
        if data.get("syntax", {}).get("object_verbs") else None,
        finite_re=re.compile(r"(?<![\w-])(?:" + "|".join(data["syntax"]["finite_words"])
                             + r")(?![\w-])", re.IGNORECASE)
        if data.get("syntax", {}).get("finite_words") else None,
        before_verb_skip=re.compile(
            r"(?:\s+(?:" + "|".join(nominal["before_verb_skip"]) + r"))+\s*$")
        if nominal.get("before_verb_skip") else None,
        object_determiner_re=re.compile(
            "(?:" + "|".join(map(re.escape, nominal["object_determiners"])) + r")\s")
        if nominal.get("object_determiners") else None,
        after_verb_skip=re.compile(
            r"\s*(?:(?:" + "|".join(nominal.get("after_verb_skip", []) or ["(?!)"]) + r")\s+){0,3}"),
        before_subject_skip=re.compile(
            r"(?:" + "|".join(nominal.get("before_subject_skip", []) or ["(?!)"]) + r")\s+"),
        loose_subject_skip=re.compile(
            r"(?:" + "|".join(nominal.get("loose_subject_skip", []) or ["(?!)"]) + r")\s+"),
        loose_after_verb_skip=re.compile(
            r"\s*(?:(?:" + "|".join(nominal.get("loose_after_verb_skip", []) or ["(?!)"])
            + r")\s+){0,3}"),
        demonstratives=frozenset(w.lower() for w in nominal.get("demonstrative_pronouns", [])),
        relative_pronoun_re=re.compile(_alt(nominal.get("relative_pronouns", [])) + r"\b"
                                       if nominal.get("relative_pronouns") else "(?!)",
                                       re.IGNORECASE),
        quoting_verb_re=re.compile(_alt(frames.get("quoting_verbs", [])) + r"\b"
                                   if frames.get("quoting_verbs") else "(?!)"),
        subordinators=frozenset(data.get("syntax", {}).get("subordinators", [])),
        concessive_openers=frozenset(data.get("syntax", {}).get("concessive_openers", [])),
        condition_openers=frozenset(data.get("syntax", {}).get("condition_openers", [])),
        coordinators=frozenset(data.get("syntax", {}).get("coordinators", [])),
        subordinating_prepositions=frozenset(
            data.get("syntax", {}).get("subordinating_prepositions", [])),
        title_function_words=frozenset(nominal.get("title_function_words", [])),
        name_noun_ends=tuple(nominal.get("name_noun_ends", [])),
        name_contexts=tuple((re.compile(f"(?:{b})\\s*$"), re.compile(f"\\s*(?:{a})"))
                            for b, a in nominal.get("name_contexts", [])),
        naming_words=frozenset(nominal.get("naming_words", [])),
        naming_verbs=frozenset(nominal.get("naming_verbs", [])),
        genitive_endings=tuple(nominal.get("genitive_endings", [])),
        indefinite_articles=frozenset(nominal.get("indefinite_articles", [])),
        own_source_words=frozenset(nominal.get("own_source_words", [])),
        possessive_words=frozenset(nominal.get("possessive_words", [])),
        owner_voices=frozenset(nominal.get("owner_voices", [])),
        roles_of_who_one_is=tuple(nominal.get("roles_of_who_one_is", [])),
        compound_source_ends=tuple(nominal.get("compound_source_ends", [])),
        conditional_openers=frozenset(data.get("syntax", {}).get("conditional_openers", [])),
        purpose_openers=frozenset(data.get("syntax", {}).get("purpose_openers", [])),
        negations=frozenset(data.get("syntax", {}).get("negations", [])),
        linking_s_after=tuple(nominal.get("linking_s_after", [])),
        addressee_after_re=re.compile(r"\s+(?:" + nominal["addressee_after"] + r")\b")
        if nominal.get("addressee_after") else None,
        temporal_frame_words=frozenset(frames.get("temporal_frame_words", [])),
        temporal_frame_articles=frozenset(frames.get("temporal_frame_articles", [])),
        temporal_frame_nouns=frozenset(frames.get("temporal_frame_nouns", [])),
        generic_org_nouns=frozenset(nominal.get("generic_org_nouns", [])),
        genitive_article_re=re.compile(rf"\b(?:{_alt(nominal['genitive_articles'])})\s+\S+$")
        if nominal.get("genitive_articles") else None,
        agent_after_verb_re=re.compile(data["syntax"]["agent_after_verb"])
        if data.get("syntax", {}).get("agent_after_verb") else None,
        addressee_verb_re=re.compile(r"(?:" + "|".join(data["syntax"]["addressee_verbs"]) + r")\b")
        if data.get("syntax", {}).get("addressee_verbs") else None,
        noun_before_verb_re=re.compile(
            r"\b(?:" + "|".join(data["syntax"]["noun_before_verb"]) + r")\s+$")
        if data.get("syntax", {}).get("noun_before_verb") else None,
        participle_apposition_re=re.compile(
            r"\s+(?:" + "|".join(data["syntax"]["participle_apposition_next"]) + r")\s")
        if data.get("syntax", {}).get("participle_apposition_next") else None,
        passive_before_verb_re=re.compile(r"\b(?:" + data["syntax"]["passive_before_verb"] + r")\s+$")
        if data.get("syntax", {}).get("passive_before_verb") else None,
        quote_object_links=frozenset(nominal.get("quote_object_links", [])),
        name_links=frozenset(nominal.get("name_links", [])),
        commentary_re=re.compile(rf",\s+{_alt(data['syntax']['commentary_openers'])}\b")
        if data.get("syntax", {}).get("commentary_openers") else None,
        # in the verb's own clause: "wollte das nicht akzeptieren und gab vor, …" is a report
        infinitive_form_re=re.compile(mood["infinitive_form"]) if mood.get("infinitive_form") else None,
        infinitive_end_re=re.compile(mood["infinitive_end"]) if mood.get("infinitive_end")
        else None,
        participle_re=re.compile(r"\w+(?:" + "|".join(map(re.escape, sv.get("participle_suffixes", [])))
                                 + r")" if sv.get("participle_suffixes") else "(?!)"),
        inverted_subjects=frozenset(data.get("syntax", {}).get("inverted_subjects", [])),
        auxiliary_re=re.compile(rf"\b{_alt(data['syntax']['auxiliaries'])}\b")
        if data.get("syntax", {}).get("auxiliaries") else None,
        not_speech_re=re.compile(sv["not_speech"]) if sv.get("not_speech") else None,
        existential_re=re.compile(sv["existential"]) if sv.get("existential") else None,
        finite_opener_re=re.compile(rf"{_alt(data['syntax']['finite_openers'])}\b")
        if data.get("syntax", {}).get("finite_openers") else None,
        noun_endings_re=re.compile(r"^[A-ZÄÖÜ]\w{5,}(?:" + "|".join(nominal["subject_noun_endings"])
                                   + r")$") if nominal.get("subject_noun_endings") else None,
        negation_re=re.compile(
            rf"\b{_alt(data['syntax']['negations'])}\b"
            rf"(?:(?!\b{_alt(data['syntax'].get('coordinators', []) or ['(?!)'])}\b)[^,;:.!?]){{0,20}}$")
        if data.get("syntax", {}).get("negations") else None,
        slogan_re=re.compile(rf"\b{_alt(nominal['slogan_nouns'])}\s+"
                             rf"(?:{_alt(nominal.get('slogan_links', []))}\s+)*$")
        if nominal.get("slogan_nouns") else None,
        time_nouns=frozenset(nominal.get("time_nouns", [])),
        frame_clause_openers=frozenset(frames.get("frame_clause_openers", [])),
        name_abbreviations=frozenset(data.get("nominal", {}).get("name_abbreviations", [])),
        object_pronoun_re=re.compile(_alt(data["nominal"]["object_pronouns"]), re.IGNORECASE)
        if data.get("nominal", {}).get("object_pronouns") else None,
        definite_re=re.compile(rf"(?:{_alt(data['nominal']['definite_articles'])})\s", re.IGNORECASE)
        if data.get("nominal", {}).get("definite_articles") else None,
        as_frame_openers=frozenset(frames.get("as_frame_openers", [])),
        frame_clause_prepositions=frozenset(frames.get("frame_clause_prepositions", [])),
        frame_clause_links=frozenset(frames.get("frame_clause_links", [])),
        passive_agent_prepositions=frozenset(frames.get("passive_agent_prepositions", [])),
        adverbial_openers=frozenset(data.get("syntax", {}).get("adverbial_openers", [])),
        adverbial_opener_endings=tuple(data.get("syntax", {}).get("adverbial_opener_endings", [])),
        anaphor_report_re=re.compile(_alt(frames.get("anaphor_reports", [])) + r"\s+"
                                     if frames.get("anaphor_reports") else "(?!)"),
        # a prefix tree: the same matches as the plain alternation, a third cheaper to scan
        clause_noun_re=re.compile(_trie(frames.get("clause_nouns", []), WORD_START)
                                  # "Zweifel daran, ob …": a pronoun-adverb may stand between
                                  + (rf"(?:\s+{_alt(frames['clause_noun_links'])}\b)?"
                                     if frames.get("clause_noun_links") else "")
                                  # "die Forderung des Vorsitzenden, …": or whose it is
                                  + (f"(?:{frames['clause_noun_owner']})?"
                                     if frames.get("clause_noun_owner") else "") + r",\s*"
                                  if frames.get("clause_nouns") else "(?!)"),
        noun_clause_openers=frozenset(frames.get("noun_clause_openers", [])),
        report_relative_re=re.compile(
            r",\s*" + _alt(frames["report_relatives"]) + r"\s+(?=\w)"
            if frames.get("report_relatives") else "(?!)"),
        main_clause_resumes_re=re.compile(
            rf",\s+(?!{_alt(data['syntax']['inner_clause_openers'])}\b)[{LOWER}]"
            if data.get("syntax", {}).get("inner_clause_openers") else "(?!)"),
        reported_verb=re.compile(_alt(sv.get("reported_without_clause", [])) + r"\b"
                                 if sv.get("reported_without_clause") else "(?!)"),
        reported_needs=tuple((re.compile(rf"(?:{verbs})\b"), re.compile(words))
                             for verbs, words in sv.get("reported_needs", {}).items()),
        clause_verb_re=re.compile(mood["clause_verb"]) if mood.get("clause_verb") else None,
        report_adverb_re=re.compile(rf"{_alt(frames['report_adverbs'])}\b\s*")
        if frames.get("report_adverbs") else None,
        not_speaker_endings=tuple(nominal.get("not_speaker_endings", [])),
        speakers_despite_ending=frozenset(nominal.get("speakers_despite_ending", [])),
        speaker_heads_despite_ending=tuple(
            h.lower() for h in nominal.get("speaker_heads_despite_ending", [])),
        modal_clause_re=re.compile(mood["modal_clause"]) if mood.get("modal_clause") else None,
        planned_re=re.compile(_word_start_first(mood["planned"])) if mood.get("planned")
        else None,
        short_attribution_re=re.compile(rf"\s*,?\s*{_alt(frames['short_attribution'])}\b")
        if frames.get("short_attribution") else None,
        infinitive_re=re.compile(mood["infinitive_clause"]) if mood.get("infinitive_clause")
        else None,
        clause_start_re=_clause_start(data.get("syntax", {}).get("clause_opener")),
        that_re=re.compile(r"(?<![\w-])" + re.escape(data["syntax"]["clause_opener"]) + r"\s+")
        if data.get("syntax", {}).get("clause_opener") else None,
        name_seq_re=_name_seq(data.get("names", {})),
        # the determiners as a prefix tree: same matches as the alternation, scanned in half the time
        simple_np_re=re.compile(rf"{_trie(dets + [w.capitalize() for w in dets], WORD_START)}"
                                rf"\s+(?:{adj}\s+){{0,2}}{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"),
        clause_end_re=re.compile(
            # (a separable verb's finite form too: "…, und fügte hinzu, dass …")
            rf"\s+{_alt(data['syntax']['coordinators'])}\s+(?:{verb_alt}{coordinated_separable})\b"
            rf"|:\s*[„“\"»«]"
            rf"|,\s+(?:{verb_alt})\b(?!\s+(?:{pron})\b)"
            + (f"|{data['syntax']['clause_break']}" if data["syntax"].get("clause_break") else ""))
        if data.get("syntax", {}).get("coordinators") else None,
        given_names=_given_names(data.get("names", {}).get("given_names_file")),
        leading_particles=frozenset(data.get("names", {}).get("leading_name_particles", [])),
        speech_nouns_re=re.compile(rf"\b{_alt(nouns)}\b", re.IGNORECASE) if nouns else None,
        source_of_re=re.compile(rf"(\w+)\s+{_alt(nominal.get('source_links') or genitive)}\s+(.+)",
                                re.DOTALL),
        head_of_re=re.compile(rf"(.+?)\s+{_alt(genitive)}\s", re.DOTALL),
    )


def _clause_start(opener: str | None) -> re.Pattern[str]:
    optional = rf"(?:{re.escape(opener)}\s+)?" if opener else ""
    return re.compile(rf"\s+{optional}(?=[\w\"“])")


NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"


def _name_seq(names: dict) -> re.Pattern[str]:
    inner = _alt(names.get("name_particles", [])) if names.get("name_particles") else "(?!)"
    lead = _alt(names.get("leading_name_particles", [])) if names.get(
        "leading_name_particles") else "(?!)"
    return re.compile(rf"(?<![\w\-])(?:{lead}\s+)?{NAME_WORD}"
                      rf"(?:[ \t]+(?:{inner}[ \t]+){{0,2}}{NAME_WORD}){{1,3}}")


def _given_names(filename: str | None) -> frozenset[str]:
    if not filename:
        return frozenset()
    with open(LANG_DIR / filename, encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))


def supported() -> list[str]:
    return sorted(p.stem for p in LANG_DIR.glob("*.toml"))
