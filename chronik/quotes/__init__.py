"""Quotations and reported speech with their speakers: `annotate(doc)` fills `doc.quotes`.

Reads `doc.sentences` and, when the entity stage has run, `doc.entities`. Language
knowledge is in `chronik/quotes/lang/<code>.toml`; a language without a file gets no
quotations (nothing is invented).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from chronik.entities.keys import place_code
from chronik.model import Document, Evidence, Quote, Span
from chronik.quotes import speakers
from chronik.quotes.extract import (
    _CONTINUATION_WINDOW,
    _PRONOUN_WINDOW,
    FieldText,
    Found,
    _head_can_speak,
    _loose_ok,
    _person_like,
    _sentence_subject,
    direct_quotes,
    indirect_quotes,
    nested_quotes,
    prepare_patterns,
    quoted_clause_twins,
)
from chronik.quotes.langdata import QuoteLanguage, load, supported
from chronik.quotes.marks import find_quoted
from chronik.quotes.names import _is_role, build_index
from chronik.quotes.relayed import add_quoting_media

__all__ = ["annotate", "quotes_in", "rule_quotes", "supported"]

_FALLBACK_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”“»«’']?(?=\s)|$)", re.MULTILINE)


def warm_up(code: str) -> None:
    """Load the quotation data of language `code` and prepare its patterns (the models'
    loading, once per process)."""
    lang = load(code)
    if lang is not None:
        prepare_patterns(lang)
        speakers.load_model(code)


def annotate(doc: Document) -> None:
    """Find every quotation in the document's fields and attribute it."""
    lang = load(doc.lang) if doc.lang else None
    doc.quotes = []
    if lang is None:
        return
    fields = []
    for region in doc.regions:
        if region.field not in fields:
            fields.append(region.field)
    for name in fields or list(doc.fields):
        doc.quotes.extend(quotes_in(doc, name))
    _fullest_across_fields(doc, lang)
    _nominative_speakers(doc, lang)
    for k, q in enumerate(doc.quotes, 1):
        q.id = f"q{k}"


def _fullest_across_fields(doc: Document, lang: QuoteLanguage) -> None:
    """A speaker named by surname, or by role and surname, in a field that never gives the
    full name (the headline "Bischöfin Hartwig: „…“") is the one person of the document
    with that surname ("Ruth Hartwig" in the body). Two people sharing it: left alone."""
    full: dict[str, set[str]] = {}
    for e in doc.entities:
        if e.type == "PER" and len(e.name.split()) >= 2:
            full.setdefault(e.name.split()[-1], set()).add(e.name)
    for q in doc.quotes:
        words = (q.speaker or "").split()
        if not words or not all(_is_role(lang.code, w) for w in words[:-1]):
            continue
        names = full.get(words[-1], set()) - {q.speaker}
        if len(names) == 1:
            q.speaker = names.pop()


def _nominative_speakers(doc: Document, lang: QuoteLanguage) -> None:
    """"nach Einschätzung des Landesgesundheitsamts": the speaker is the
    "Landesgesundheitsamt" (a genitive ending dropped when the bare word occurs in the
    document too, or a lone "s" right after a genitive article in the mention)."""
    if not lang.genitive_endings:
        return
    for q in doc.quotes:
        speaker = q.speaker or ""
        if " " in speaker or not speaker[:1].isupper():
            continue
        for ending in lang.genitive_endings:
            if len(speaker) > len(ending) + 2 and speaker.endswith(ending):
                bare = speaker[:-len(ending)]
                # "des Landesgesundheitsamts": after a genitive article a lone "s" goes
                # ("des Kreises" keeps its "es": "Kreis" or "Kreise" cannot be told apart)
                mention = q.speaker_mention or ""
                after_article = ending == "s" and not speaker.endswith(("es", "ss")) \
                    and mention.endswith(" " + speaker) and lang.genitive_article_re is not None \
                    and lang.genitive_article_re.search(mention) is not None
                if after_article or _word_in(doc, bare):
                    q.speaker = bare
                    break


def _word_in(doc: Document, word: str) -> bool:
    """Whether `word` stands as a whole word in one of the document's fields."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(word in text and pattern.search(text) for text in doc.fields.values())


def quotes_in(doc: Document, field_name: str) -> list[Quote]:
    ft, found = rule_quotes(doc, field_name)
    model = speakers.load_model(ft.lang.code)
    rerank = None
    if model is not None:
        def rerank(f: Found, last: Found | None) -> None:
            _rerank(ft, f, last, model)
    attributed = _attribute(ft, found, rerank)
    _nested_takes_outer_speaker(ft, attributed)
    attributed = add_quoting_media(ft, attributed, _resolve)
    return [_to_quote(ft, field_name, f) for f in attributed if not f.extra.get("silent")]


def _nested_takes_outer_speaker(ft: FieldText, found: list[Found]) -> None:
    """A quotation inside reported speech is the reporter's when it hangs on the report's
    own verb, or when its speaker mention lies inside the report and names no one
    ('Schumer said the vote showed that "bipartisanship is …"': not "the vote"). A named
    speaker with a verb of its own keeps it ("Er sagte, Merkel habe „…“ erklärt")."""
    reports = [f for f in found if f.kind == "indirect" and f.speaker and f.mention
               and not f.extra.get("silent")]
    for f in found:
        if f.kind != "direct" or f.mention is None:
            continue
        named = any(w[:1].isupper() for w in ft.text[f.mention[0]:f.mention[1]].split())
        for r in reports:
            if not (r.start <= f.start and f.end <= r.end):
                continue
            # one verb, one speaker: a quotation inside a report that hangs on the same
            # verb is the reporter's, not a phrase between that verb and the report ("Truss
            # sagte vor der Downing Street, die Queen sei „der Fels“ gewesen")
            inside = f.mention[0] < r.end and f.mention[1] > r.start
            between = r.cue is not None and r.cue[1] <= f.mention[0] and f.mention[1] <= r.start
            same_cue = f.cue is not None and f.cue == r.cue
            # ... and a name inside the report speaks only with a verb of its own
            reporters = between or (inside and ft.lang.partial_quotes_are_reporters)
            if (same_cue and reporters) or (not named and inside):
                f.mention, f.speaker = r.mention, r.speaker
                f.speaker_note = f"inside the report of {r.speaker}"
                break


def speaker_candidates(ft: FieldText, f: Found, last: Found | None):
    """The ranker's candidates for a quotation `f` attributed by the rules."""
    # the subject of a sentence before speaks only for a quotation without a source of
    # its own (a continuation); looking it up for every quotation costs more than it helps
    subject = _previous_subject(ft, f.start) if f.continues or f.mention is None else None
    return speakers.candidates(ft, f, last, _resolve, subject)


def _rerank(ft: FieldText, f: Found, last: Found | None, model) -> None:
    best = speakers.choose(model, speaker_candidates(ft, f, last))
    if best is not None and f.speaker and best.speaker != f.speaker \
            and f.mention is not None and best.mention is not None \
            and _in_apposition(ft.text, best.mention, f.mention) \
            and _person_name(ft, f.speaker) and not _person_name(ft, best.speaker):
        # "Der Verteidiger des zweiten Angeklagten, Rechtsanwalt Martin Olbrich, kündigte
        # an": a person the rules named is not traded for a phrase that names no one
        return
    if best is not None:
        f.mention, f.speaker = best.mention, best.speaker
        f.speaker_note = f"speaker ranker ({'/'.join(sorted(best.sources))}): {best.note}"


def rule_quotes(doc: Document, field_name: str) -> tuple[FieldText, list[Found]]:
    """What the rules find in one field, silent reports included, before attribution."""
    text = doc.fields[field_name]
    lang = load(doc.lang)
    regions = [(r.start, r.end) for r in doc.regions if r.field == field_name] or [(0, len(text))]
    sentences = sorted((s.start, s.end) for s in doc.sentences if s.field == field_name)
    if not sentences:  # segmentation skipped: lines and sentence-final punctuation will do
        sentences = [m.span() for lo, hi in regions
                     for m in _FALLBACK_SENTENCE.finditer(text, lo, hi) if m.group().strip()]
    quoted = [q for lo, hi in regions
              for q in find_quoted(text, lang.mark_pairs, lang.max_quote_chars, lo, hi)]
    ft = FieldText(text, lang, build_index(doc, field_name, lang), sentences, quoted,
                   [q.start for q in quoted],
                   times=sorted((t.start, t.end) for t in doc.timexes if t.field == field_name))
    direct = direct_quotes(ft)
    indirect = indirect_quotes(ft, direct)
    found = sorted(direct + indirect + nested_quotes(ft, indirect), key=lambda f: f.start)
    found = sorted(found + quoted_clause_twins(ft, found), key=lambda f: f.start)
    titles = [(r.start, r.end) for r in doc.regions if r.field == field_name and r.kind == "title"]
    if titles:
        # "DWD warnt vor Glatteis und Sturm": a headline sums up, it reports no speech act
        found = [f for f in found if not (f.rule.startswith("reported:") and any(
            a <= f.start < b for a, b in titles))]
    places = {(m.start, m.end) for e in doc.entities if e.type == "LOC"
              for m in e.mentions if m.field == field_name}
    for f in found:
        if f.kind == "indirect":
            _drop_dateline(text, f, places)
    return ft, found


# a dateline's end: an agency in brackets, then a dash ("Berlin (dpa) – ", "LONDON — ")
_DATELINE_END = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s+[–—-]+\s+")


def _drop_dateline(text: str, f: Found, places: set[tuple[int, int]]) -> None:
    """A reported sentence that opens its paragraph keeps no dateline ("Berlin – Die
    Spitzen … wollen …, teilte ein Sprecher mit"): the place in front (a place the
    entity stage found, a CLDR place or a word in capitals) and its dash are not what
    was said."""
    a, b = f.spans[0]
    if a and text[a - 1] != "\n":
        return
    for p_start, p_end in places:
        if p_start == a:
            break
    else:
        word = re.match(r"[^\W\d_]+", text[a:b])
        if not word or len(word.group()) < 2 or not (
                word.group().isupper() or place_code(word.group()) is not None):
            return
        p_end = a + word.end()
    m = _DATELINE_END.match(text, p_end)
    if m and m.end() < b:
        f.spans[0] = (m.end(), b)


def _attribute(ft: FieldText, found: list[Found],
               rerank: Callable[[Found, Found | None], None] | None = None) -> list[Found]:
    """Resolve each mention to a speaker, in reading order (pronouns need the last one).
    `rerank` may then change the speaker of each quotation that is output."""
    last: Found | None = None
    for f in found:
        if f.mention is None and f.continues:
            if last is not None and last.speaker and f.start - last.end <= _CONTINUATION_WINDOW:
                f.mention = f.extra.get("anchor") or last.mention
                f.speaker = last.speaker
                f.speaker_note = f"continues {last.extra.get('label', 'the previous quotation')}"
            else:
                # no report before: the subject of the sentence before speaks on
                # ("Die Kriminalpolizei sucht … . Der Mann soll … haben.")
                subject = _previous_subject(ft, f.start)
                if subject is not None:
                    f.mention = subject
                    speaker, note = _resolve(ft, subject, last)
                    f.speaker, f.speaker_note = speaker, f"the subject before: {note}"
                else:
                    f.speaker_note = "no speaker in reach"
        elif f.mention is not None:
            f.speaker, f.speaker_note = _resolve(ft, f.mention, last)
        if rerank is not None and not f.extra.get("silent"):
            rerank(f, last)
        if f.speaker:
            f.extra["label"] = f"the report of {f.speaker}"
            last = f
    return found


def _previous_subject(ft: FieldText, pos: int) -> tuple[int, int] | None:
    """The subject of one of the two sentences before `pos`, when it can speak."""
    k = bisect.bisect_right(ft.sentence_starts, pos) - 1
    for j in (k - 1, k - 2):
        if j < 0:
            break
        lo, hi = ft.sentences[j]
        subject = _sentence_subject(ft, lo, hi)
        if subject is not None and _loose_ok(ft, *subject) and _head_can_speak(ft, *subject):
            return subject
    return None


_DEFINITE_ROLE_WINDOW = 300  # characters: about two sentences back
_NAME_POSSESSIVE = re.compile(r"(?:^|\s)[A-ZÄÖÜ][\w.-]*['’]s$")
# ", Michael Brennan," after a role: the name in apposition (also after a role of its own
# in lower case: "the summit's chairwoman, fisheries minister Inês Carvalho, said")
_APPOSITION = re.compile(r",\s+(?:(?!(?:and|or|und|oder|sowie)\b)[a-zäöüß][\w-]*\s+){0,2}"
                         r"([A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){1,3})\s*(?=[,.;:]|$)")
# ... also after a short phrase of place: "Der Betriebsratsvorsitzende in Heilbronn, Thomas
# Kalb, äußerte sich", "the mayor of Lyon, Anne Roux, said"
_ROLE_PLACE_APPOSITION = re.compile(
    r"(?:\s+[^\W\d_A-ZÄÖÜ]{1,4}\s+[A-ZÄÖÜ][\w'’.-]*)?" + _APPOSITION.pattern)


def _resolve(ft: FieldText, mention: tuple[int, int], last: Found | None) -> tuple[str | None, str]:
    text = ft.text
    phrase = text[mention[0]:mention[1]]
    people = ft.people
    lang = ft.lang
    words = phrase.split()
    if len(words) >= 3 and words[0] in lang.inverted_subjects \
            and words[1] in lang.frame_clause_prepositions:
        # "Wie es aus Regierungskreisen hieß": the impersonal subject names no one, the
        # phrase after its preposition is the source
        two_words = re.match(r"\s*\S+\s+\S+\s+", phrase)
        return _resolve(ft, (mention[0] + two_words.end(), mention[1]), last)
    if len(words) == 1 and lang.speech_nouns_re and lang.speech_nouns_re.fullmatch(phrase) \
            and last is not None and last.speaker and mention[0] - last.end <= _PRONOUN_WINDOW:
        # "Verletzt worden sei nach bisherigen Erkenntnissen niemand" after a report: a
        # noun of saying with no one's name goes on with the report before it
        return last.speaker, "a bare noun of saying: the report before goes on"
    if lang.own_source_words and (
            (words and words[0].lower() in lang.own_source_words)
            or text[max(0, mention[0] - 12):mention[0]].split()[-1:] in
            ([w] for w in lang.own_source_words)):
        return _own_source(ft, mention, last)
    if people.entity_spans:
        # "his attorney, Michael Brennan, said": the role's name follows it; a mention that
        # ends in a name in apposition is that person ("Der Kreisbrandrat des Landkreises
        # Unterallgäu, Thomas Huber")
        apposition = _APPOSITION.search(text, mention[0], mention[1]) or (
            _ROLE_PLACE_APPOSITION.match(text, mention[1])
            if any(people.is_role(w.strip(",")) for w in words) else None)
        hit = people.entity_at(*apposition.span(1)) if apposition else None
        if hit and hit[1] == "PER":
            return hit[0], "the name in apposition"
        if apposition and len(apposition.group(1).split()) >= 2 and (
                hit is None or (hit[1] != "PER" and hit[0] != apposition.group(1)
                                and (hit[1] != "ORG" or "," in hit[0]))) \
                and any(people.is_role(w.strip(",")) for w in words):
            # "Eine Sprecherin der EMA, Sofia Lindqvist, erklärte": a role's name in
            # apposition is the person even where the entity stage missed it (or took
            # its first name for a city, or ran an organisation over the comma into it:
            # "des Instituts, Lennart Quade")
            return apposition.group(1), "the name in apposition after a role"
        if words and people.is_role(words[-1].strip(",")) and text[mention[1]:mention[1] + 1] == " ":
            # "Los Angeles County Fire Chief | Anthony Marrone warned": a phrase too long for
            # the pattern ends in a role; the name right after it is the person
            after = next((name for s, e, name, kind in people.entity_spans
                          if kind == "PER" and s <= mention[1] + 1 < e), None)
            if after:
                return after, "the name right after the role"
    head = lang.head_of_re.match(phrase)
    if head and not lang.determiner_re.match(head.group(1) + " ") \
            and not lang.role_re.search(head.group(1)):
        # "Ursula von der Leyen": a name, not a phrase and its complement ("Health
        # officials in eastern Ontario", a role without an article, is one: the place
        # after it does not speak)
        head = None
    if head and not lang.role_re.search(head.group(1)) and not (
            lang.speech_nouns_re and lang.speech_nouns_re.search(head.group(1))):
        # "An independent hydrology institute in Kyiv said": the institute speaks, not
        # the place after it ("Ein Sprecher der Polizei", "Angaben der Polizei": the
        # police do)
        mention = (mention[0], mention[0] + len(head.group(1)))
        phrase = head.group(1)
    if people.entity_spans:
        hit = people.entity_at(*mention)
        inside = []
        previous_end = mention[0]
        for s, e, name, kind in people.entity_spans:
            if kind != "PER" or not (mention[0] <= s and e <= mention[1]):
                continue
            if inside and _COMPLEMENT_WORD.search(text, previous_end, s):
                # a name after a short lower-case word is the complement of the person
                # before it: "Analyst Tom Ferreira of Halden Securities", "Leonie Brandt von
                # der Organisation Germanwatch" (a tagger may call either a person)
                continue
            inside.append((name, kind))
            previous_end = e
        if len(inside) > 1 and hit is not None and hit[1] == "PER":
            # "Duke Energy spokeswoman Carla Benning": the person the phrase ends with, not
            # a name in the organisation before the role
            hit = inside[-1]
        if hit is not None and hit[1] == "PER" and _unnamed_role(ft, phrase):
            hit = None  # "A spokesperson for committee chairman Dale Morrow": not Morrow
        # "Der Bürgermeister von New Orleans": the mayor, not the city
        # "a senior Ukrainian official": the official, not the country in the adjective
        role_head = hit is not None and hit[1] != "PER" and bool(phrase.split()) \
            and people.is_role(phrase.split()[-1].strip(",")) \
            and not phrase.rstrip(", ").endswith(hit[0])
        if hit is not None and hit[1] == "PER" and hit[0] == words[-1] \
                and _role_taken_for_name(ft, phrase, mention[1]):
            hit = None
        if hit and not role_head and not (
                hit[1] == "LOC" and head and mention[1] - mention[0] > len(head.group(1))):
            return hit[0], f"entity {hit[1]}"
    if lang.relative_pronoun_re.fullmatch(phrase):
        # "eines Hackers, der behauptet": the phrase before the comma is the speaker;
        # "Dieser bestätigte" at a sentence start points back like a pronoun
        comma = text.rfind(",", max(0, mention[0] - 3), mention[0])
        if comma >= 0:
            antecedent = None
            for m in lang.np_re.finditer(text, max(0, comma - 150), comma):
                if m.end() == comma or text[m.end():comma].strip() == "":
                    antecedent = m.span()
            if antecedent:
                speaker, note = _resolve(ft, antecedent, last)
                if speaker:
                    return speaker, f"relative pronoun: {note}"
    if phrase.lower() in lang.demonstratives and _sentence_start(ft, mention[0]) == mention[0]:
        person = _recent_person_outside_quotes(ft, mention[0], 3 * _PRONOUN_WINDOW)
        if person:
            return person, "demonstrative: the person last named"
    # "nach ihren Worten", "seiner Meinung nach": whom the possessive means
    parts = phrase.split()
    # ("Ihre Anwältin": a role of someone's is that other person; "her office" is her)
    possessive = len(parts) == 2 and parts[0].lower() in lang.possessive_words \
        and (parts[1].strip(",") in lang.owner_voices or not people.is_role(parts[1].strip(",")))
    if lang.pronoun_re.fullmatch(phrase) or lang.relative_pronoun_re.fullmatch(phrase) or (
            lang.object_pronoun_re is not None and lang.object_pronoun_re.fullmatch(phrase)) \
            or possessive:
        # "er"/"sie" point to a person: a previous speaker that is a thing ("die
        # Mondlandefähre", "der Urteilsspruch") is not what they mean
        person_before = last is not None and last.speaker and last.mention is not None \
            and _person_like(ft, *last.mention)
        # "Mayor Tom Aldridge endorsed Holloway last Thursday. He said …": a pronoun
        # opening its sentence goes on with the person the sentence before opens with,
        # not with a person named after it (its object)
        subject = _subject_person_of_sentence_before(ft, mention[0]) \
            if _sentence_start(ft, mention[0]) == mention[0] else None
        if person_before and mention[0] - last.end <= _PRONOUN_WINDOW:
            # "… said the architect Priya Raman. In the 1990s, Whitcombe turned to …; she
            # said …": a person named since the previous quotation is the one meant
            # (named before the pronoun's sentence: in "Kasdan, she said, had refused …"
            # Kasdan is what she spoke about)
            here = _sentence_start(ft, mention[0])
            named = people.recent_person(here, here - last.end) if here > last.end else None
            if named and named != last.speaker and last.speaker not in named:
                if subject and subject != named:
                    return subject, "pronoun: the subject of the sentence before"
                return named, "pronoun: the person named after the previous speaker"
            return last.speaker, "pronoun: the previous speaker"
        person = _recent_person_outside_quotes(ft, mention[0], 3 * _PRONOUN_WINDOW)
        if person and subject and subject != person:
            return subject, "pronoun: the subject of the sentence before"
        if person:
            return person, "pronoun: the person last named"
        if last is not None and last.speaker:
            return last.speaker, "pronoun: the previous speaker, no person named"
        person = _recent_person_outside_quotes(ft, mention[0], len(text))
        if person:
            return person, "pronoun: the person last named, far back"
        return None, "pronoun without a person in reach"
    words = [w.strip(",") for w in phrase.split()]
    source = _compound_source(lang, phrase)
    if source is not None:
        # "nach Gewerkschaftsangaben", "laut Polizeiangaben": the first part gave them
        if source in lang.generic_org_nouns:
            org = _organisation_of_sentence_before(ft, mention[0]) \
                or _organisation_before(people, mention[0])
            if org:
                return org, f"'{phrase}': the organisation the text is about"
        return source, f"'{phrase}': who gave them"
    if words and words[0].lower() in lang.indefinite_articles and len(words) > 1:
        # "sagte eine 63-jährige Frau", "Ein Sprecher sagte": someone new, never a person
        # named before (a name in the phrase was taken above)
        return _without_determiner(lang, phrase), "someone not named"
    unnamed = _unnamed_role(ft, phrase)
    for w in ([] if unnamed else reversed(words)):
        full = people.fullest(w)
        if full and not (full == w and _role_taken_for_name(ft, phrase, mention[1])):
            return full, "fullest name in the document"
    if unnamed:
        return _without_determiner(lang, phrase), "someone not named, speaking for another"
    if lang.generic_org_nouns and len(words) == 2 and lang.definite_re is not None \
            and lang.definite_re.match(phrase + " ") and words[1] in lang.generic_org_nouns:
        # "wie das Unternehmen mitteilte", "the company said": the organisation the text
        # is about
        compound = _compound_before(ft, words[1], mention[0])
        if compound:
            # "eines Verbraucherverbands … Der Verband wirft der Sparkasse vor": the
            # compound the noun ends was named before
            return compound, f"'{phrase}': the compound named before"
        org = _organisation_of_sentence_before(ft, mention[0]) or _organisation_before(people, mention[0])
        if org:
            return org, f"'{phrase}': the organisation the text is about"
    for k, w in enumerate(words):
        if people.is_role(w):
            base = people.role_base(w)
            name = people.by_role(_singular(base), mention[0]) if base else None
            if name:
                return name, f"role '{w}': the person last introduced so"
            head = " ".join(phrase.split()[:k + 1])
            if lang.definite_re is not None and lang.definite_re.match(phrase) \
                    and (words[-1] == w or _no_name_after_role(ft, mention, words[k + 1:])) \
                    and ("-" in w.strip("-") or (
                        base is not None and base.endswith(lang.roles_of_who_one_is))
                        or _bare_singular_role(ft, head, mention[1])):
                # "Karl Lauterbach (SPD) … Der SPD-Politiker sagte": a definite role nobody
                # was introduced with, whose first part stands by a person named just before
                name = _person_by_mark(ft, w.split("-")[0], mention[0])
                if name:
                    return name, f"definite role '{w}': the person named with '{w.split('-')[0]}'"
                # "Bauministerin Katrin Oehlmann … „…“, sagte die SPD-Politikerin": no one was
                # named with the party; the person the sentence before is about (its subject:
                # "Hartwig traf Präsidentin Elena Rusu. … hatte die Grünen-Politikerin
                # gesagt" is Hartwig), else the person named just before is meant
                name = _subject_person_of_sentence_before(ft, mention[0]) \
                    or people.recent_person(mention[0], _DEFINITE_ROLE_WINDOW)
                if name:
                    return name, f"definite role '{w}': the person named just before"
            break
    if len(words) == 2 and lang.definite_re is not None and lang.definite_re.match(phrase) \
            and words[1][:1].isupper():
        # "Ordnungsdezernentin Sabine Lorenzen … Die Dezernentin betonte": a definite noun
        # that ends the compound role standing before a name is that person
        name = _person_after_compound(ft, words[1], mention[0])
        if name:
            return name, f"'{words[1]}': the end of the role before a name"
    det = lang.determiner_re.match(phrase)
    # "China's foreign ministry": a name's possessive stays, an article or "its" goes
    core = (phrase if det and _NAME_POSSESSIVE.search(det.group().rstrip())
            else phrase[det.end():] if det else phrase).strip(" ,")
    # "Angaben der Polizei", "Berichten des Senders": the source is who gave them
    source = lang.source_of_re.match(core)
    if source and lang.speech_nouns_re and lang.speech_nouns_re.fullmatch(source.group(1)):
        core = lang.determiner_re.sub("", source.group(2)).strip(" ,") or core
    # "Präsident Macron", "Polizeisprecher Meyer": the name without its role word
    core_words = core.split()
    roles = [k for k, w in enumerate(core_words[:-1]) if people.is_role(w.strip(","))]
    if roles and all(w[:1].isupper() for w in core_words[roles[-1] + 1:]):
        return " ".join(core_words[roles[-1] + 1:]), "the mention without its role word"
    return (core or None), "the mention itself"


def _person_after_compound(ft: FieldText, tail: str, pos: int) -> str | None:
    """The person last named before `pos` right after a longer word ending in `tail`
    ("Ordnungsdezernentin Sabine Lorenzen" for "Dezernentin")."""
    tail = tail.lower()
    best = None
    for s, e, name, kind in ft.people.entity_spans:
        if kind != "PER" or e > pos:
            continue
        word = _word_before(ft.text, s).lower()
        if len(word) > len(tail) and word.endswith(tail):
            best = name
    return best


def _word_before(text: str, pos: int) -> str:
    """The word ([\\w-]+) that ends right before the spaces before `pos` (within 60
    characters), or "" (a regex anchored at the end would be tried at every position)."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return ""
    start = end
    while start > max(0, pos - 60) and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        start -= 1
    return text[start:end]


def _compound_source(lang: QuoteLanguage, phrase: str) -> str | None:
    """"Gewerkschaftsangaben" -> "Gewerkschaft", "UNO-Angaben" -> "UNO": the giver of a
    compound noun of saying (`compound_source_ends`), or None."""
    if " " in phrase or not lang.compound_source_ends:
        return None
    low = phrase.lower()
    for end in lang.compound_source_ends:
        if low.endswith(end) and len(phrase) > len(end) + 2:
            first = phrase[: -len(end)].rstrip("-")
            if first.endswith("s") and first[:-1].lower().endswith(lang.linking_s_after):
                first = first[:-1]  # the linking s: "Gewerkschaft|s|angaben"
            return first if len(first) > 1 else None
    return None


def _own_source(ft: FieldText, mention: tuple[int, int], last: Found | None
                ) -> tuple[str | None, str]:
    """"Die Lufthansa strich nach eigenen Angaben alle Flüge": the source of one's own
    statements is the subject of the sentence — a name before the mention, else the noun
    phrase the sentence opens with."""
    here = _sentence_start(ft, mention[0])
    for s, e, name, kind in sorted(ft.people.entity_spans):
        if here <= s and e <= mention[0] and kind in ("PER", "ORG"):
            return ft.people.fullest(name.split()[-1]) or name, "own statements: the subject"
    subject = ft.lang.np_re.match(ft.text, here)
    if subject and subject.end() <= mention[0] and subject.end() > subject.start():
        speaker, note = _resolve(ft, subject.span(), last)
        if speaker:
            return speaker, f"own statements: the subject, {note}"
    return None, "own statements, no subject found"


def _recent_person_outside_quotes(ft: FieldText, pos: int, window: int) -> str | None:
    """The person last named before `pos` within `window`, not inside quotation marks:
    'Donald Trump criticized the decision. "Too Late Powell has done it again," he said'
    — "he" is Trump, not the man he spoke about."""
    people = ft.people
    k = bisect.bisect_left(people.positions, pos) - 1
    while k >= 0 and pos - people.positions[k] <= window:
        at = people.positions[k]
        q = bisect.bisect_right(ft.quoted_starts, at) - 1
        if q < 0 or not ft.quoted[q].start <= at < ft.quoted[q].end:
            return people.position_names[k]
        k -= 1
    return None


def _in_apposition(text: str, head: tuple[int, int], name: tuple[int, int]) -> bool:
    """Is `name` an apposition set off by commas after the phrase `head` ("Der Verteidiger
    des zweiten Angeklagten, Rechtsanwalt Martin Olbrich,")?"""
    between = text[head[1]:name[0]]
    return head[1] <= name[0] and len(between) < 60 and "," in between \
        and not any(c in between for c in ".;:!?\n") and text[name[1]:name[1] + 1] == ","


def _person_name(ft: FieldText, name: str) -> bool:
    return any(kind == "PER" and n == name for _s, _e, n, kind in ft.people.entity_spans)


def _subject_person_of_sentence_before(ft: FieldText, pos: int) -> str | None:
    """The person the sentence right before `pos` names first, within its first few words
    and before any comma: the subject, in English and German word order alike ("Outgoing
    mayor Tom Aldridge endorsed Holloway", "Am Donnerstag unterstützte Aldridge …")."""
    k = bisect.bisect_right(ft.sentence_starts, pos) - 1
    if k < 1:
        return None
    lo, hi = ft.sentences[k - 1]
    spans = sorted((s, e, name, kind) for s, e, name, kind in ft.people.entity_spans
                   if lo <= s < hi)
    if not spans:
        return None
    s, e, name, kind = spans[0]
    if len(spans) > 1 and spans[1][3] == "PER" and ft.text[e:e + 1] == " " \
            and spans[1][0] - e < 40 and ft.people.is_role(
                ft.text[e + 1:spans[1][1]].split(" ")[0].strip(",")):
        # "Kalteneckers Anwalt Frank Weidinger äußerte sich": a name in the genitive before
        # a role; the role's person is the subject
        s, _e, name, kind = spans[1]
    if kind != "PER" or s - lo > 40 or "," in ft.text[lo:s] or len(ft.text[lo:s].split()) > 4:
        return None
    return ft.people.fullest(name.split()[-1]) or name  # ("Bachmann": Leon Bachmann)


def _unnamed_role(ft: FieldText, phrase: str) -> bool:
    """An indefinite role with a complement: "A spokesperson for committee chairman Dale
    Morrow", "Ein Sprecher von Minister Weber" — someone not named speaks for the person."""
    words = phrase.split()
    if len(words) < 4 or words[0].lower() not in ft.lang.indefinite_articles:
        return False
    head = ft.lang.head_of_re.match(phrase)
    return head is not None and ft.people.is_role(head.group(1).split()[-1])


def _without_determiner(lang: QuoteLanguage, phrase: str) -> str:
    det = lang.determiner_re.match(phrase)
    return phrase[det.end():].strip(" ,") if det else phrase.strip(" ,")


def _sentence_start(ft: FieldText, pos: int) -> int:
    k = bisect.bisect_right(ft.sentences, (pos, len(ft.text) + 1)) - 1
    return ft.sentences[k][0] if k >= 0 else 0


def _organisation_of_sentence_before(ft: FieldText, pos: int) -> str | None:
    """The one organisation named in the sentence before the one at `pos`: "Die Brenntal AG
    will 3000 Stellen abbauen. Das teilte das Unternehmen mit" (not the union named more
    often elsewhere); none when that sentence names none or several."""
    k = bisect.bisect_right(ft.sentences, (pos, len(ft.text) + 1)) - 1
    if k < 1:
        return None
    lo, hi = ft.sentences[k - 1]
    names = {name for s, e, name, kind in ft.people.entity_spans
             if kind == "ORG" and lo <= s and e <= hi}
    return names.pop() if len(names) == 1 else None


def _compound_before(ft: FieldText, noun: str, pos: int) -> str | None:
    """The last word before `pos` that ends in `noun` and is longer ("Verbraucherverbands"
    for "Verband"), without a genitive ending, or None."""
    found = None
    for m in re.finditer(rf"\b([A-ZÄÖÜ]\w+?{re.escape(noun.lower())})(?:e?s)?\b",
                         ft.text[max(0, pos - 1500):pos]):
        found = m.group(1)
    return found


def _organisation_before(people, pos: int) -> str | None:
    """The organisation (entity stage) named before `pos` that the text is about: named
    most often, else first ("Der SV Bremen hat … verpflichtet. Der 24-Jährige kommt vom
    KV Brugge …, wie der Verein mitteilte": Bremen)."""
    seen: dict[str, list[int]] = {}
    for s, e, name, kind in people.entity_spans:
        if kind == "ORG" and e <= pos:
            seen.setdefault(name, []).append(s)
    if not seen:
        return None
    return min(seen, key=lambda name: (-len(seen[name]), min(seen[name])))


def _person_by_mark(ft: FieldText, mark: str, pos: int) -> str | None:
    """The last person named before `pos` (within `_DEFINITE_ROLE_WINDOW`) with `mark` next
    to the name: "Karl Lauterbach (SPD)", "CDU-Chef Friedrich Merz"."""
    people, text = ft.people, ft.text
    k = bisect.bisect_left(people.positions, pos) - 1
    while k >= 0 and pos - people.positions[k] <= _DEFINITE_ROLE_WINDOW:
        start, name = people.positions[k], people.position_names[k]
        at = text.find(name, start, start + 80)  # the mention may open with a role
        end = (at if at >= 0 else start) + len(name)
        if mark in text[max(0, start - 20):end + 8]:
            return name
        k -= 1
    return None


def _bare_singular_role(ft: FieldText, phrase: str, end: int) -> bool:
    """ "sagte die Richterin" after "Die Vorsitzende des Kartellsenats, Ingrid Maaßen, …": a
    definite role of one person, with nothing of its own (no adjective, no complement, no
    name in apposition after it), that no one was introduced with is a person named just
    before (on train 1–450 more often than the previous speaker)."""
    bare = ft.lang.pattern("bare_singular_role")
    complement = ft.lang.pattern("role_complement_after")
    return bare is not None and bare.fullmatch(phrase) is not None \
        and _APPOSITION.match(ft.text, end) is None \
        and (complement is None or complement.match(ft.text, end) is None)


def _no_name_after_role(ft: FieldText, mention: tuple[int, int], rest: list[str]) -> bool:
    """The words after a role in a speaker phrase name no one: where one is from ("der
    Apotheker aus Neuss", `[patterns] origin_after_role`) or one capitalised word the entity
    stage found no name in ("räumte die Managerin Versäumnisse ein": the object)."""
    tail = " ".join(rest)
    origin = ft.lang.pattern("origin_after_role")
    if origin is not None and origin.fullmatch(tail):
        return True
    if len(rest) != 1 or not rest[0][:1].isupper() or not ft.people.entity_spans \
            or ft.people.fullest(rest[0]):
        return False
    start = ft.text.rfind(rest[0], mention[0], mention[1])
    return start >= 0 and ft.people.entity_at(start, start + len(rest[0])) is None


def _role_taken_for_name(ft: FieldText, phrase: str, end: int) -> bool:
    """ "sagte der Franke": a bare role the entity stage took for a one-word surname (no
    one of the text has it as the last word of a longer name)."""
    word = phrase.split()[-1]
    return _bare_singular_role(ft, phrase, end) and ft.people.is_role(word) \
        and ft.people.fullest(word) in (None, word)


def _singular(base: str) -> str:
    return base


def _to_quote(ft: FieldText, field_name: str, f: Found) -> Quote:
    text = ft.text
    start, end = f.start, f.end
    note = f.speaker_note
    return Quote(
        id="", kind=f.kind, field=field_name, start=start, end=end, text=text[start:end],
        speaker=f.speaker,
        speaker_mention=text[f.mention[0]:f.mention[1]] if f.mention else None,
        cue=text[f.cue[0]:f.cue[1]] if f.cue else None,
        spans=[Span(field_name, s, e) for s, e in f.spans],
        cue_span=Span(field_name, *f.cue) if f.cue else None,
        speaker_span=Span(field_name, *f.mention) if f.mention else None,
        evidence=Evidence(rule=f.rule, note=note),
    )


# a short lower-case word (a preposition, an article) between two names: the second is a
# complement of the first ("… of Halden Securities", "… von der Organisation Germanwatch")
_COMPLEMENT_WORD = re.compile(r"(?<![\w-])[a-zäöüß]{1,4}(?![\w-])")
