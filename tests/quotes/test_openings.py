"""Where a field-wide pattern can begin: the words it opens with, read from the pattern, and
the scan that tries it only there. The matches must be exactly those of `finditer`."""

import re

from chronik.quotes.extract import _FIELD_SCANNED, _first_words, _matches_at, _openings
from chronik.quotes.langdata import load


def test_a_frame_opens_with_its_word_in_either_case():
    pat = re.compile(r"[Ll](?<!\w.)aut\s+(?P<src>\w+)")
    assert _first_words(pat) == {"Laut", "laut"}


def test_optional_endings_and_alternatives_give_every_word():
    pat = re.compile(r"\bs(?:oll(?:en)?|agte)\b[^.]{0,20}")
    assert _first_words(pat) == {"soll", "sollen", "sagte"}


def test_a_word_ends_at_a_space_a_comma_or_a_boundary():
    assert _first_words(re.compile(r"\b(?:Angaben|Aussage),\s*")) == {"Angaben", "Aussage"}
    assert _first_words(re.compile(r"\bunter\s+Berufung")) == {"unter"}


def test_a_match_not_seen_to_begin_at_a_word_start_has_no_words():
    # "sagte" inside "besagte": without \b the pattern may begin inside a word
    assert _first_words(re.compile(r"sagte\b")) is None


def test_a_pattern_opening_with_a_class_or_ending_inside_a_word_has_no_words():
    assert _first_words(re.compile(r"\b[a-zäöü]{2,}e\s+er\b")) is None
    assert _first_words(re.compile(r"\bsoll")) is None  # "sollen" would begin with "soll"
    assert _first_words(re.compile(r"\bich\b", re.IGNORECASE)) is None


def test_tried_where_the_words_stand_a_pattern_finds_what_finditer_finds():
    text = ("Laut Polizei soll der Mann geflohen sein. Nach Angaben der Stadt sagte er, "
            "er komme, sagte sagte. Seiner Meinung nach besagte das nichts; laut\u00a0AP.")
    for code in ("de", "en"):
        lang = load(code)
        openings = _openings(lang)
        starts: dict[int, list[int]] = {}
        for m in openings.scanner.finditer(text):
            for owner in openings.owners[m.group()]:
                starts.setdefault(owner, []).append(m.start())
        for key, pat in openings.patterns.items():
            expected = [(m.span(), m.groups()) for m in pat.finditer(text)]
            assert [(m.span(), m.groups()) for m in _matches_at(pat, text, starts.get(key, []))] \
                == expected, pat.pattern[:60]


def test_the_german_speech_verbs_and_frames_are_scanned_by_their_words():
    lang = load("de")
    openings = _openings(lang)
    assert id(lang.speech_verb) in openings.patterns
    assert all(id(p) in openings.patterns for p in lang.frames_before)
    assert "frames_before" in _FIELD_SCANNED


# Sentences for each rule of `indirect_quotes` that the pre-check must let through.
REPORTS = {
    "de": (
        "Berlin – Der Minister betonte am Montag, die Lage sei ernst. Es gebe keinen Grund zur "
        "Sorge. Laut Polizei wurde niemand verletzt. Der Polizei zufolge floh der Täter. Nach "
        "Angaben der Feuerwehr brannte das Haus völlig aus. Die Reform komme spät, so die "
        "Sprecherin. Die Firma kündigte an, dass sie 300 Stellen streicht. Demnach fehlen "
        "Millionen. Es gibt einen Bericht der Agentur, wonach die Inspektoren Zutritt verlangt "
        "hätten. Die Forderung, den Betrieb sofort einzustellen, wurde laut. Der Mann soll "
        "die Tür aufgebrochen haben. Die Preise steigen weiter. Dies bestätigte die Sprecherin "
        "des Konzerns. Wie die Stadt mitteilte, bleibt die Brücke gesperrt. Seiner Meinung nach "
        "war das ein Fehler. Die Gewerkschaft fordert höhere Löhne. Huber erklärte: „Wir "
        "kämpfen weiter.“ Die Dämme würden rund um die Uhr überwacht. Das Wetter war schön."),
    "en": (
        "The minister said on Monday that prices would rise. Prices will rise, the minister "
        "said. According to the police, nobody was hurt. The company said it had cut 500 "
        "jobs, adding that more cuts were possible. \"We are ready,\" he said. The weather "
        "was fine, and the match went ahead. The union demands higher wages."),
}


def test_the_sentence_pre_check_changes_no_quotation(monkeypatch):
    from chronik.quotes import extract
    from tests.quotes.conftest import quotes_of

    for lang, text in REPORTS.items():
        fast = [q.to_dict() for q in quotes_of(text, lang=lang).quotes]
        monkeypatch.setattr(extract, "_may_hold_report", lambda ft, lo, hi: True)
        slow = [q.to_dict() for q in quotes_of(text, lang=lang).quotes]
        monkeypatch.undo()
        assert fast == slow
        assert len(fast) >= (12 if lang == "de" else 4)


def test_first_person_searched_in_the_sentence_agrees_with_the_field_scan():
    from chronik.quotes.extract import FieldText, _first_person_in
    from chronik.quotes.marks import find_quoted
    from chronik.quotes.names import PersonIndex

    lang = load("de")
    text = ("Ich habe es gesehen. Er sagte: „ich komme“. Dichter sei ICH nicht. "
            "Sich zu irren sei menschlich.")
    quoted = find_quoted(text, lang.mark_pairs)
    ft = FieldText(text, lang, PersonIndex(lang), [(0, len(text))], quoted,
                   [q.start for q in quoted])
    for lo in range(0, len(text), 3):
        for hi in range(lo + 1, len(text) + 1, 2):  # sentence ends cutting words too
            assert _first_person_in(ft, lo, hi) \
                == ft.any_outside(lang.first_person_re, lo, hi), (lo, hi)


def test_ascii_word_boundaries_are_not_the_words_looked_for():
    assert _first_words(re.compile(r"\bsagte\b", re.ASCII)) is None
    assert _first_words(re.compile(r"(?a:\bsagte\b)")) is None
