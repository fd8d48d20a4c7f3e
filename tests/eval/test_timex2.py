"""Reading ACE-style TIMEX2 gold files (WikiWars, WikiWarsDE `keyinline`) like TimeML:
given a hand-written TIMEX2 document, expect its text, spans, values, inferred types and DCT."""

from __future__ import annotations

from chronik.eval.timeml import read_timeml

TIMEX2_DOC = """<DOC>
<DOCID>demo_war</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Der Krieg begann am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> und dauerte
<TIMEX2 val="P6Y">sechs Jahre</TIMEX2>. Die Sirenen heulten <TIMEX2 val="XXXX-WXX-1" set="YES">jeden Montag</TIMEX2>
um <TIMEX2 val="1939-09-04T12:00">12 Uhr</TIMEX2>.
</TEXT>
</DOC>
"""


def test_timex2_values_types_and_dct(tmp_path):
    path = tmp_path / "demo_war.key.xml"
    path.write_text(TIMEX2_DOC, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == "2011-02-16"
    got = [(t.text, t.type, t.value) for t in doc.timexes]
    assert got == [
        ("1. September 1939", "DATE", "1939-09-01"),
        ("sechs Jahre", "DURATION", "P6Y"),
        ("jeden Montag", "SET", "XXXX-WXX-1"),
        ("12 Uhr", "TIME", "1939-09-04T12:00"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_timex2_file_that_is_not_xml_is_read_by_the_fallback(tmp_path):
    path = tmp_path / "broken.key.xml"
    # an HTML entity makes the file ill-formed XML: the regex path must give the same result
    path.write_text(TIMEX2_DOC.replace("Der Krieg", "Der&nbsp;Krieg"), encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == "2011-02-16"
    assert [t.value for t in doc.timexes] == ["1939-09-01", "P6Y", "XXXX-WXX-1", "1939-09-04T12:00"]
