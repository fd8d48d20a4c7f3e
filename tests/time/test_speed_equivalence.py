"""The speed devices of the temporal tagger find exactly what the plain patterns find.

Each device (a pattern compiled from its own parse tree, a scan on the lowercased text,
the trigger scan after the gap before a word) is stated against the standard library's
`re` on hand-written sentences: same spans, same groups, same order.
"""

from __future__ import annotations

import re

from chronik.time.extract import _folded, _merged, trigger_pattern, trigger_windows
from chronik.time.langdata import fold_text, folded_scan, hinted, load_language


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_word_lists_factored_by_first_letter_match_like_the_plain_alternation():
    # "ab" only after "abd"/"abe" failed; "the fall" before "a fall"; a group inside
    source = (r"\b(?:(?:the|a)\s+fall|(?:t(?:wo|en))x|tiny|(?:ab|c)(?P<g>d)?e|ab|"
              r"march|may|monday|m|mai|[abc]d|mo)\b")
    factored, plain = hinted(re.compile(source)), re.compile(source)
    for text in ["the fall, a fall", "twox tenx tiny", "abde abe cde ce ab abd",
                 "may mai mo m monday march", "bd cd ad", ""]:
        assert _found(factored, text) == _found(plain, text), text
    assert factored.groupindex == plain.groupindex


def test_a_scan_on_lowercased_text_finds_the_spans_of_the_case_insensitive_pattern():
    # foldable as a whole: the folded copy runs
    cues = re.compile(r"\b(?:wird|werden|soll|stattfinden\s+wird|stattfinden)\b", re.IGNORECASE)
    text = "Das Treffen SOLL am Montag STATTFINDEN  wird, hieß es; es Wird stattfinden."
    assert folded_scan(cues).folded is not None
    assert folded_scan(cues).spans(text, fold_text(text), 0, len(text)) == \
        [m.span() for m in cues.finditer(text)]


def test_a_case_sensitive_part_is_checked_on_the_original_text_where_the_relaxed_copy_matches():
    past = re.compile(r"\b(?:said|was|(?-i:[a-z]{2,}ed))\b", re.IGNORECASE)
    scan = folded_scan(past)
    assert scan.folded is None and scan.relaxed is not None
    text = "He SAID the talks Ended and were postponed; it was Reported, then reported."
    for start, end in [(0, len(text)), (3, 40), (20, len(text) - 3), (10, 10)]:
        assert scan.spans(text, fold_text(text), start, end) == \
            [m.span() for m in past.finditer(text, start, end)], (start, end)
    # a text that does not fold one to one runs the pattern itself
    odd = "İstanbul: the meeting ended"
    assert scan.spans(odd, fold_text(odd), 0, len(odd)) == [m.span() for m in past.finditer(odd)]


def test_trigger_windows_after_the_gap_are_those_of_the_plain_trigger_scan():
    data = load_language("de")
    plain = _folded(data, "triggers", trigger_pattern(data))
    text = ("3. März: Am Montag, dem 12-jährigen Jubiläum, wurden 12% mehr (€5) gezählt; "
            "die zweitägige Sitzung 2022 endete 10.30 Uhr. 1,384,119 Besucher.")
    folded = fold_text(text)
    for start, end in [(0, len(text)), (1, len(text)), (4, 60), (9, 9), (33, len(text) - 1)]:
        expected = _merged([m.span() for m in plain.finditer(folded, start, end)], start, end)
        assert trigger_windows(text, start, end, data, folded) == expected, (start, end)


def test_runs_made_possessive_match_like_the_greedy_runs():
    # "[\w.]+" cannot give back a character "\s" could begin with; "\w+\d" must backtrack
    for source in [r"(?:[\w%$.]+\s+)?(?P<t>(?:a|an|per)\s+day)", r"\d+\s*uhr", r"\w+\d",
                   r"[a-z]+(?:ed|ing)\b"]:
        fast, plain = hinted(re.compile(source)), re.compile(source)
        for text in ["twice a day, 5.5 per day", "12 uhr, 3uhr", "ab12 x9", "ended walking"]:
            assert _found(fast, text) == _found(plain, text), (source, text)


def test_a_case_insensitive_group_inside_a_case_insensitive_pattern_still_folds():
    # `(?i:...)` adds nothing where the whole pattern ignores case: the scan keeps its
    # lowercased copy (here relaxed, for the case-sensitive capital) and finds the same
    pattern = re.compile(r"rund\s+\d{4}\s+(?-i:[A-Z])(?!(?i:mai)\b)\w+", re.IGNORECASE)
    scan = folded_scan(pattern)
    assert scan.relaxed is not None
    for text in ["RUND 2000 Menschen, rund 2000 Mai, etwa rund 1999 menschen",
                 "Rund 3000 Besucher kamen, rund 4000 MAI-Feiern"]:
        assert scan.spans(text, fold_text(text), 0, len(text)) == \
            [m.span() for m in pattern.finditer(text)], text


def test_a_rule_with_a_case_sensitive_part_finds_the_same_through_its_relaxed_copy():
    from chronik.time.extract import _candidates

    def found(text, lang, folded):
        data = load_language(lang)
        return sorted((c.start, c.end, c.rule.name, tuple(sorted(c.groups.items())))
                      for c in _candidates(text, 0, len(text), data, folded))

    for lang, text in [
            ("de", ("In den späten achtziger Jahren, Anfang der 80er, ende der 90er-Jahre und "
                   "in den Neunzigern; montags und Dienstags abends, dreijährige Pause.")),
            ("en", "Sales rose in Q3 2023 and in the second half (H2 2022), q4 figures next.")]:
        data = load_language(lang)
        assert any(r.relaxed is not None for r in data.rules)
        assert found(text, lang, fold_text(text)) == found(text, lang, None)


def test_false_positives_looked_for_near_candidates_only_reject_what_a_full_scan_rejects(
        monkeypatch):
    from chronik.time import extract as ex

    data = load_language("de")
    texts = ["Am 3. Mai kamen rund 2000 Menschen zum Platz.",
             "Rund 2000 Menschen kamen. " + "Danach sprach niemand mehr davon. " * 4
             + "Im Jahr 1990 war das anders, damals kamen etwa 1990 Leute.",
             "Der Streik begann am Montag, als rund 2000 Menschen vor dem Rathaus standen."]
    lazy = [[(m.start, m.end) for m in ex.find_mentions(t, data)] for t in texts]
    eager_init = ex._FalsePositives.__init__

    def scan_every_stretch(self, *args):
        eager_init(self, *args)
        for lo, hi in self.stretches:
            self.spans.extend(self.scan.spans(self.text, self.folded, lo, hi))
        self.stretches = []

    monkeypatch.setattr(ex._FalsePositives, "__init__", scan_every_stretch)
    assert lazy == [[(m.start, m.end) for m in ex.find_mentions(t, data)] for t in texts]
    assert [texts[0][s:e] for s, e in lazy[0]] == ["3. Mai"]  # not the "2000" of a count
