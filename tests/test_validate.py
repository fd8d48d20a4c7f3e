"""The TIMEX3 value grammar and the contract checker reject what they must."""

import pytest

import chronik
from chronik.validate import problems, timex_value_ok


@pytest.mark.parametrize(("value", "type_"), [
    ("2022-01-10", "DATE"), ("2022-01", "DATE"), ("2022", "DATE"), ("2022-W02", "DATE"),
    ("2022-W10-WE", "DATE"), ("2021-Q3", "DATE"), ("2022-SU", "DATE"), ("199", "DATE"),
    ("19", "DATE"), ("2021-12-30TEV", "DATE"), ("XXXX-12-24", "DATE"), ("PRESENT_REF", "DATE"),
    ("2021-12-30T21:30", "TIME"), ("2021-12-30T21:30:15", "TIME"), ("XXXX-XX-XXT15:00", "TIME"),
    ("2021-12-30TNI", "TIME"), ("P3W", "DURATION"), ("PT12H", "DURATION"), ("PXW", "DURATION"),
    ("P1DT2H", "DURATION"), ("P0.5Y", "DURATION"), ("P1DE", "DURATION"), ("P2WE", "DURATION"),
    ("XXXX-WXX-2", "SET"), ("P1D", "SET"), ("XXXX-XX-XXTEV", "SET"), ("XXXX-WXX-WD", "SET"),
])
def test_well_formed_values_pass(value, type_):
    assert timex_value_ok(value, type_)


@pytest.mark.parametrize(("value", "type_"), [
    ("", "DATE"), ("2022-1-10", "DATE"), ("2022_01", "DATE"), ("P3W", "DATE"),
    ("2022-01-10T25", "DATE"), ("P", "DURATION"), ("PT", "DURATION"), ("3 weeks", "DURATION"),
    ("2022-01-10", "DURATION"), ("PRESNT_REF", "DATE"), ("2022-Q5", "DATE"), ("2022-01-10", "EVENT"),
])
def test_malformed_values_fail(value, type_):
    assert not timex_value_ok(value, type_)


def test_a_real_extraction_has_no_problems():
    doc = chronik.extract("Das Treffen soll am 10. Januar um 21:30 Uhr MEZ stattfinden.",
                          date="2021-12-30")
    assert doc.timexes
    assert problems(doc.to_dict(), doc.fields) == []


def test_problems_names_each_broken_item():
    fields = {"text": "am 10. Januar"}
    doc = {"timexes": [{"id": "t1", "field": "text", "start": 3, "end": 13, "text": "10. Januar",
                        "type": "DATE", "value": "2022-1-10", "mod": "SOON"},
                       {"id": "t1", "field": "title", "start": 0, "end": 2, "text": "am",
                        "type": "DATE", "value": "2022", "mod": None}],
           "events": [{"id": "e1", "field": "text", "start": 0, "end": 99, "trigger": "x",
                       "status": "maybe"}],
           "quotes": [{"id": "q1", "field": "text", "start": 0, "end": 2, "kind": "said"}],
           "entities": [{"id": "n1", "type": "PERSON", "mentions": []}]}
    found = problems(doc, fields)
    assert any("not a TIMEX3 DATE value" in p for p in found)
    assert any("unknown mod" in p for p in found)
    assert any("unknown field 'title'" in p for p in found)
    assert any("bad span 0..99" in p for p in found)
    assert any("unknown status" in p for p in found)
    assert any("unknown kind" in p for p in found)
    assert any("unknown type 'PERSON'" in p for p in found)
    assert "ids are not unique" in found
