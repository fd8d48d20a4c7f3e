"""Sentence segmentation: given a text, expect these sentences (as exact slices)."""

import pytest

from chronik.text.segment import sentences, tokens


def split(text: str, lang: str = "de") -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # German ordinals with a period belong to the date, not the end of a sentence
    ("Am 10. Januar trifft er Dr. Müller. Die Sitzung beginnt.", "de",
     ["Am 10. Januar trifft er Dr. Müller.", "Die Sitzung beginnt."]),
    ("Im 3. Quartal stieg der Umsatz um 5. Der Gewinn fiel.", "de",
     ["Im 3. Quartal stieg der Umsatz um 5.", "Der Gewinn fiel."]),
    # dotted abbreviations and initials
    ("Es gab z.B. Regen. Er kam.", "de", ["Es gab z.B. Regen.", "Er kam."]),
    ("John F. Kennedy met the U.S. President. The talks ended.", "en",
     ["John F. Kennedy met the U.S. President.", "The talks ended."]),
    ("He moved to the U.S. The family followed.", "en",
     ["He moved to the U.S.", "The family followed."]),
    # an abbreviation that is also a word ends the sentence before a sentence starter
    ("Finnwale gelten als gefährdete Art. In einer Stellungnahme hieß es.", "de",
     ["Finnwale gelten als gefährdete Art.", "In einer Stellungnahme hieß es."]),
    # quotation marks close the sentence they end
    ("„Wir sind bereit.“ Er nickte. „Ja?“, fragte sie.", "de",
     ["„Wir sind bereit.“", "Er nickte.", "„Ja?“, fragte sie."]),
    # a headline line and paragraphs end sentences without punctuation
    ("Gipfel in Genf\n\nDie Gespräche beginnen.\nZweite Zeile", "de",
     ["Gipfel in Genf", "Die Gespräche beginnen.", "Zweite Zeile"]),
    # a wrapped line continuing in lower case is one sentence
    ("Die Gespräche\nbeginnen morgen.", "de", ["Die Gespräche\nbeginnen morgen."]),
    # scraped text that lost the space after a period
    ("Er war verschwunden.Der Deutsche suchte ihn.", "de",
     ["Er war verschwunden.", "Der Deutsche suchte ihn."]),
    # numbers with thousands separators and clock times stay whole
    ("Rund 30.000 Menschen kamen um 20.30 Uhr. 3.000 blieben.", "de",
     ["Rund 30.000 Menschen kamen um 20.30 Uhr.", "3.000 blieben."]),
    ("", "de", []),
    ("   \n\n  ", "de", []),
])
def test_sentences(text, lang, expected):
    assert split(text, lang) == expected


def test_offsets_respect_a_region_and_field():
    text = "Titel\n\nErster Satz. Zweiter Satz."
    got = sentences(text, "de", start=7, field="text")
    assert [text[s.start:s.end] for s in got] == ["Erster Satz.", "Zweiter Satz."]
    assert all(s.field == "text" and s.start >= 7 for s in got)


def test_unknown_language_still_segments():
    assert split("One. Two.", "xx") == ["One.", "Two."]


def test_tokens_keep_compounds_abbreviations_and_sentence_index():
    toks = tokens("Der NATO-Russland-Rat tagt z.B. am 12. Januar. Gut.")
    assert [t.text for t in toks] == ["Der", "NATO-Russland-Rat", "tagt", "z.B.", "am", "12", ".",
                                      "Januar", ".", "Gut", "."]
    assert [t.sentence for t in toks][-2:] == [1, 1]
    text = "Der NATO-Russland-Rat tagt z.B. am 12. Januar. Gut."
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_long_text_without_punctuation_is_one_sentence():
    text = "wort " * 200_000
    assert len(sentences(text)) == 1


def test_a_web_address_can_end_a_sentence_a_dotted_abbreviation_cannot():
    text = ("Homes were without power, according to PowerOutage.us. Governor Ron DeSantis "
            "spoke. Die U.S. Army kam z.B. gestern.")
    assert [text[s.start:s.end] for s in sentences(text, "en")] == [
        "Homes were without power, according to PowerOutage.us.",
        "Governor Ron DeSantis spoke.", "Die U.S. Army kam z.B. gestern."]
