"""Speakers from blind review 39, as a specification: a role before a name after
"according to", and a name in apposition after a role of its own.

Every sentence is hand-written.
"""

from chronik.pipeline import extract


def quotes(text, lang="en"):
    return [(q.kind, q.speaker, q.text) for q in extract(text, date="2026-09-08", lang=lang).quotes]


def test_a_role_before_a_name_after_according_to():
    found = quotes("According to Danish mediator Karen Holm, the talks will resume on Friday.")
    assert found == [("indirect", "Karen Holm", "the talks will resume on Friday")]


def test_a_name_after_a_lower_case_role_in_apposition_speaks():
    found = quotes('"We are close," the summit\'s chairwoman, fisheries minister Inês Carvalho, '
                   "said.")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("direct", "Inês Carvalho")]


def test_a_coordinated_name_is_no_apposition():
    found = quotes('"We are close," the chairwoman, and later Tom Berg, said.')
    assert all(speaker != "Tom Berg" for _, speaker, _ in found)
