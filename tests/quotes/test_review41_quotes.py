"""Quotations from blind reviews 41 and 42, as a specification: reported speech before a colon that
introduces a block quotation, and role nouns of the sciences.

Every sentence is hand-written.
"""

from chronik.pipeline import extract


def quotes(text, date="2026-05"):
    return [(q.kind, q.text, q.speaker) for q in extract(text, date=date, lang="de").quotes]


def test_a_clause_after_sagte_before_a_block_is_reported_besides_the_block():
    found = quotes("Wetterexpertin Lena Vogt sagte, ab Montag ziehe ein kräftiges Tief über das "
                   "Land:\n\n„Wer kann, sollte am Dienstag zu Hause bleiben.“")
    assert ("indirect", "ab Montag ziehe ein kräftiges Tief über das Land", "Lena Vogt") in found
    assert any(k == "direct" and s == "Lena Vogt" for k, _t, s in found)


def test_an_attribution_frame_before_a_block_is_reported_besides_the_block():
    found = quotes("Personalrätin Jana Roth lud zu einer Versammlung. Laut Roth sorgen sich "
                   "viele der 900 Beschäftigten um ihre Zukunft:\n\n„Uns wurde Klarheit "
                   "versprochen.“")
    assert any(k == "indirect" and t.startswith("sorgen sich viele") and s == "Jana Roth"
               for k, t, s in found), found


def test_a_scientist_named_by_her_field_is_the_person_introduced_before():
    found = quotes("Grabungsleiterin Mira Steinbach zeigte die Funde. Die Münzen stammten aus "
                   "dem dritten Jahrhundert, sagte die Archäologin.")
    assert ("indirect", "Die Münzen stammten aus dem dritten Jahrhundert", "Mira Steinbach") \
        in found, found


def test_a_pharmacist_named_by_his_trade_is_the_person_introduced_before():
    found = quotes("Apotheker Jonas Feld aus Kaarst schloss seine Filiale. Die Kassen zahlten zu "
                   "wenig, sagte der Apotheker.")
    assert ("indirect", "Die Kassen zahlten zu wenig", "Jonas Feld") in found, found
