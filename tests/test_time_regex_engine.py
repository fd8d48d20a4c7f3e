"""The temporal tagger's regex engine: case-folded matching and trigger tries find exactly
what the case-insensitive patterns find (they exist only to make it cheaper)."""

from __future__ import annotations

import re

from chronik.time.extract import _candidates, _trie, find_mentions
from chronik.time.langdata import casefolded, fold_text, load_language


def test_folded_copy_of_a_pattern_finds_the_same_spans_in_mixed_case_text():
    pattern = re.compile(r"(?<![\w.,:])(?:am\s+)?(?P<month>märz|mai|juli)\s+(?P<year>\d{4})",
                         re.IGNORECASE)
    text = "Im MÄRZ 2022 und am Mai 2023, nicht aber im JuLi 20x."
    folded = casefolded(pattern)
    assert folded is not None and folded.flags & re.IGNORECASE == 0
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in folded.finditer(fold_text(text))] == plain == [(3, 12), (17, 28)]
    assert folded.groupindex == pattern.groupindex


def test_text_whose_case_does_not_fold_one_to_one_is_not_folded():
    assert fold_text("İstanbul, 3. März") is None  # dotted capital I lowercases to two characters
    assert fold_text("5 µm am 3. März") is None  # the micro sign shares its fold with Greek mu
    assert fold_text("Am 3. MÄRZ in Genf") == "am 3. märz in genf"


def test_one_character_that_does_not_fold_anywhere_in_a_long_text_keeps_it_unfolded():
    # every non-ASCII character counts, also one far behind many that fold ("ä", "ß")
    long_start = "Die Straße war am 3. März gesperrt, sagte der Bürgermeister. " * 40
    assert fold_text(long_start + "Dann kam İlhan am 4. März.") is None
    assert fold_text(long_start + "Dann kam der Arzt mit 5 µg.") is None
    text = long_start + "Größer wurde es am 5. MÄRZ – 😀 „endlich“."
    assert fold_text(text) == text.lower()


def test_patterns_with_scoped_case_or_no_ignorecase_keep_their_own_matching():
    assert casefolded(re.compile(r"(?-i:Q)[1-4]", re.IGNORECASE)) is None
    assert casefolded(re.compile(r"Q[1-4]")) is None


def test_trie_matches_exactly_its_words():
    words = ["jahr", "jahrzehnt", "januar", "mo", "montag", "x", "a.b"]
    whole = re.compile("(?:" + _trie(words) + r")\Z")
    for candidate in words + ["jah", "jahrz", "mon", "", "y", "jahrzehntx", "a", "axb"]:
        assert bool(whole.match(candidate)) == (candidate in words), candidate


def test_rules_on_folded_text_give_the_same_candidates_as_on_the_original():
    text = ("Am MONTAG, dem 3. März 2022, trafen sich die Minister; im Sommer 2021 und "
            "vor drei Wochen war davon noch keine Rede. SEIT GESTERN um 12.30 Uhr ist klar: "
            "Ende MÄRZ soll es weitergehen.")
    data = load_language("de")
    folded = fold_text(text)

    def key(found):
        return sorted((c.start, c.end, c.rule.name, tuple(sorted(c.groups.items())))
                      for c in found)

    assert key(_candidates(text, 0, len(text), data, folded)) == \
        key(_candidates(text, 0, len(text), data))
    assert [text[m.start:m.end] for m in find_mentions(text, data)][:3] == \
        ["MONTAG, dem 3. März 2022", "Sommer 2021", "drei Wochen"]


def test_a_rule_is_skipped_only_in_windows_without_a_word_its_pattern_cannot_do_without():
    data = load_language("de")
    month_rule = next(r for r in data.rules if r.name == "month_year")
    assert any("months" in need.pattern for need, _ in month_rule.implied)
    assert all(test in month_rule.tests for test in month_rule.implied)
    text = ("Anfang März soll der Gipfel stattfinden; Ende des Monats wird gewählt. "
            "Seit drei Jahren, am 3.4.2021 und um 12 Uhr war es still, sagte er gestern.")
    with_tests = _candidates(text, 0, len(text), data, fold_text(text))
    saved = {r.name: r.tests for r in data.rules}
    try:
        for r in data.rules:  # keep only the language file's own window tests
            r.tests = tuple(t for t in r.tests if r.window_requires is not None
                            and t[0].pattern == r.window_requires.pattern)
        data.rule_groups = ()  # group the rules anew by their changed tests
        without = _candidates(text, 0, len(text), data, fold_text(text))
    finally:
        for r in data.rules:
            r.tests = saved[r.name]
        data.rule_groups = ()
    assert sorted((c.start, c.end, c.rule.name) for c in with_tests) == \
        sorted((c.start, c.end, c.rule.name) for c in without)
    assert ("Anfang März" in [text[c.start:c.end] for c in with_tests])


def test_the_words_a_rule_cannot_do_without_are_read_from_its_pattern():
    data = load_language("de")
    literals = {r.name: r.literals for r in data.rules}
    assert ("uhr",) in literals["time_word_uhr"]
    assert ("seit",) in literals["duration_since"]
    # a branch gives "one of these": the rule needs one of its alternatives' words
    assert any({"zwischen", "von"} <= set(group) for group in literals["time_interval_start"])
    text = "Zwischen 10 und 12 Uhr war Ruhe. Seit Jahren, von Montag bis Freitag, um drei."
    folded = fold_text(text)
    saved = {r.name: r.literals for r in data.rules}
    try:
        with_tests = _candidates(text, 0, len(text), data, folded)
        for r in data.rules:
            r.literals = ()
        data.rule_groups = ()  # group the rules anew by their changed tests
        without = _candidates(text, 0, len(text), data, folded)
    finally:
        for r in data.rules:
            r.literals = saved[r.name]
        data.rule_groups = ()
    assert sorted((c.start, c.end, c.rule.name) for c in with_tests) == \
        sorted((c.start, c.end, c.rule.name) for c in without)


def test_a_relaxed_copy_finds_a_match_wherever_the_case_sensitive_pattern_does():
    pattern = re.compile(r"(?-i:May)\s+(?:said|told)|the\s+fall\s+of", re.IGNORECASE)
    relaxed = casefolded(pattern, relax=True)
    assert casefolded(pattern) is None and relaxed is not None
    for text in ["Theresa May said so.", "in may said nobody", "THE FALL OF Rome", "May 3"]:
        if pattern.search(text):
            assert relaxed.search(fold_text(text))
    assert relaxed.search(fold_text("in may said nobody"))  # more, never less
    # a negation in a case-sensitive part would make the copy find less: not relaxed
    assert casefolded(re.compile(r"(?-i:[^A-Z])x", re.IGNORECASE), relax=True) is None
    assert casefolded(re.compile(r"a(?!(?-i:B))", re.IGNORECASE), relax=True) is None


def test_a_word_test_passes_wherever_its_pattern_matches_and_is_a_plain_trie():
    from chronik.time.langdata import _prefix_test
    pattern = re.compile(r"(?P<h>(?:weihnachtstag(?:e|en)?|heilig(?:e[nmr]?)?\s+abend|"
                         r"w(?:ochentags|erktags)|in\s+der\s+zukunft))", re.IGNORECASE)
    test = _prefix_test(pattern)
    assert test is not None and test.flags & re.IGNORECASE == 0
    for text in ["Am Heiligen Abend", "WERKTAGS offen", "in der Zukunft", "Weihnachtstagen",
                 "am Abend", "heilig", "Zukunftsmusik", "Wochen"]:
        if pattern.search(text):
            assert test.search(fold_text(text)), text
    assert not test.search("am abend, in wochen, zukünftig")
    # a pattern whose matches need no word of three letters gets no such test
    assert _prefix_test(re.compile(r"(?:\d+|in)\s+jahren?|am", re.IGNORECASE)) is None


def test_rules_know_the_characters_their_matches_can_begin_with():
    from re import _parser

    from chronik.time.langdata import compile_tree
    source = r"(?<![\w.,:])(?:(?:am|vom)\s+)?(?P<day>\d{1,2})\.\s*(?P<month>märz|mai)"
    tree = _parser.parse(source, 0)
    hinted = compile_tree(tree, 0)
    plain = re.compile(source)
    for text in ["vom 3. märz bis am 12. mai", "x3. märz", "am 3.mai, 4. märz", "am"]:
        assert [(m.span(), m.groups()) for m in hinted.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert hinted.groupindex == plain.groupindex


def test_a_rule_without_words_is_tested_for_the_characters_it_holds_in_a_row():
    from chronik.time.langdata import _own_run_test, _parsed_and_folded
    rule = re.compile(r"(?<![\w.,:])(?:um\s+)?(?P<t>(?:[01]?\d|2[0-4])[:.](?P<m>[0-5]\d)\s*uhr"
                      r"|(?P<y>1\d{3})er)(?!\w)", re.IGNORECASE)
    ((test, folded_test),) = _own_run_test(_parsed_and_folded(rule)[0])
    for text in ["um 12:30 Uhr", "9.05 UHR", "die 1980er", "12:3 Uhr", "1980 er", "um 9 Uhr"]:
        if rule.search(text):
            assert folded_test.search(fold_text(text)) and test.search(text), text
    assert not folded_test.search("um 9 uhr, 12:3 uhr, 1980 er")


def test_the_word_index_finds_at_every_position_the_longest_word_beginning_there():
    from chronik.time.extract import _index_scanner

    words = ["tag", "tage", "montag", "mon", "ende", "jahresende", "-long", "uhr", "2"]
    text = ("am montagabend, zum jahresende um 12 uhr; ein tagelanger, week-long streik.\n"
            "uhrzeit: mondtag")
    plain = re.compile("(?=(" + _trie(words) + "))")
    scanner = _index_scanner(words)
    for start, end in [(0, len(text)), (3, 40), (10, 11), (60, len(text) - 2)]:
        found = [(m.start(), m.group(1)) for m in scanner.finditer(text, start, end)]
        assert found == [(m.start(), m.group(1)) for m in plain.finditer(text, start, end)]
    assert [w for _, w in ((m.start(), m.group(1)) for m in scanner.finditer(text))][:4] == \
        ["montag", "tag", "jahresende", "ende"]


def test_a_window_stretch_is_searched_as_written_not_as_its_words():
    from chronik.time.langdata import WORD_TESTS, _stretch_test, load_language

    vocab = load_language("de").vocab
    ((test, folded_test),) = _stretch_test(r"(?:und|,)\s+{num}\s+{units}", vocab, "x")
    assert folded_test not in WORD_TESTS  # the stretch, not the unit words alone
    assert folded_test.search("zwei jahre und drei monate")
    assert test.search("zwei Jahre und DREI Monate")
    assert not folded_test.search("drei monate später, und dann und wann zwei tage frei")
    assert _stretch_test(None, vocab, "x") == ()


def test_rules_with_a_window_stretch_find_their_expressions_and_nothing_in_other_windows():
    data = load_language("de")
    text = ("Die Sanierung dauerte zwei Jahre und drei Monate. Sie soll drei bis vier "
            "Wochen ruhen. Der Chor probt zweimal pro Woche, die Monate und Jahre danach "
            "waren still. In den achtziger Jahren und in den 90ern war es anders.")
    found = {c.rule.name: text[c.start:c.end]
             for c in _candidates(text, 0, len(text), data, fold_text(text))}
    assert found["duration_compound"] == "zwei Jahre und drei Monate"
    assert found["duration_range_start"] == "drei"
    assert found["set_times_per"] == "zweimal pro Woche"
    assert found["decade"] in ("den achtziger Jahren", "den 90ern")
    quiet = "Die Monate und Jahre danach waren still; einmal im Jahr kam der Chor."
    names = {c.rule.name for c in _candidates(quiet, 0, len(quiet), data, fold_text(quiet))}
    assert "duration_compound" not in names and "duration_range_start" not in names


def test_a_run_of_plain_words_joins_the_word_index():
    from chronik.time.extract import rule_groups
    from chronik.time.langdata import WORD_TESTS

    data = load_language("de")
    decade = next(r for r in data.rules if r.name == "decade")
    index, _ = rule_groups(data)
    folded_tests = [folded for _, folded in decade.tests]
    assert any(t in WORD_TESTS and "achtziger" in WORD_TESTS[t] for t in folded_tests)
    assert any(t in index.tests for t in folded_tests)
