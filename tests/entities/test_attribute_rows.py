"""The decoder's fast attribute rows are exactly the rows of `word_features`' strings.

`AttributeRows` (features.py) finds a word's model rows from its pieces instead of
building its attribute strings; both must give the same rows in the same order, or the
tagger's scores (sums over those rows) would change. Checked on hand-picked words of
every kind the features treat apart (case, hyphens, digits, lexicon words, other
scripts) and against the shipped German and English models.
"""

import pytest

from chronik.entities.features import AttributeRows, word_features

WORDS = [
    "Putin", "putin", "PUTIN", "NATO-Russland-Rat", "Ost-", "-", "--", "a", "A", "Ab", "ABC",
    "12.04", "1.000", "3,5", "O'Neill", "U.S", "Straße", "STRASSE", "Österreich", "über",
    "Über", "die", "Die", "DIE", "Berlin", "berlin", "Berliner", "sagte", "Merkel",
    "x" * 40, "Y" * 30, "Müller-Lüdenscheidt", "e-mail", "E-Mail", "Москва", "東京",
    "=", "w=x", "ne=PER", "„", ".", "?", "2024", "20er", "Mio.", "ÄÖÜ", "ß", "İstanbul",
]


def _expected(word, index, lexicon, missing):
    return tuple([index.get(a, missing) for a in attributes]
                 for attributes in word_features(word, lexicon))


def test_rows_follow_the_attribute_strings_in_order():
    attributes = ["w=putin", "sh=Xx", "p2=pu", "-1w=die", "+1sh=X-Xx", "-2w=die", "+2sh=Xx",
                  "s3=tin", "-1s3=tin", "+1s3=ner", "cap", "allcap", "hyph", "head=rat",
                  "first=nato", "len=4-6", "len=7+", "len=1", "gaz=LOC", "-1gaz=LOC",
                  "+2gaz=LOC", "Xc256=7", "c256=7", "c1024=9", "-2c1024=9", "+1c1024=9",
                  "w==", "p2=w=", "w=w=x", "-1w=ne=per"]
    index = {a: i for i, a in enumerate(attributes)}
    lexicon = {"berlin": ["gaz=LOC", "c256=7", "c1024=9"], "die": ["c1024=9", "lc=1"],
               "putin": ["c256=7"]}
    missing = len(attributes)
    rows = AttributeRows(index, lexicon, missing)
    for word in WORDS:
        assert rows.rows(word) == _expected(word, index, lexicon, missing), word
    preloaded = AttributeRows(index, lexicon, missing)
    preloaded.preload()  # as the decoder does: lexicon rows built before any text
    for word in WORDS:
        assert preloaded.rows(word) == _expected(word, index, lexicon, missing), word


@pytest.mark.parametrize("lang", ["de", "en"])
def test_rows_match_the_shipped_models(lang):
    from chronik.entities.tagger import load_model

    model = load_model(lang)
    if model is None:
        pytest.skip(f"no {lang} NER model")
    weights, lexicon = model.decoder.weights, model.decoder.lexicon
    rows = model.decoder.attribute_rows  # lexicon preloaded
    words = WORDS + [w for w in list(lexicon)[:3000]] + [w.title() for w in list(lexicon)[:3000]]
    words += [a.split("=", 1)[1] for a in list(weights.index)[:5000] if a.startswith("w=")]
    for word in words:
        assert rows.rows(word) == _expected(word, weights.index, lexicon, weights.unknown), word
