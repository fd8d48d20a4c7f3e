"""Twenty-third round (blind review 43): a title or role before a name is no part of the
person's name, also where the tagger took the role in or cut the name. Hand-written
sentences."""

from chronik.pipeline import extract


def entities(text, lang="en"):
    return [(e.name, e.type) for e in extract(text, date="2026-09-01", lang=lang).entities]


def test_a_councillor_tagged_with_her_name_as_an_organisation_is_a_person_without_the_title():
    found = entities("Councillor Ruth Ellery, who chairs the county's climate committee, said "
                     "the record was worrying.")
    assert ("Ruth Ellery", "PER") in found, found
    assert not any("Councillor" in name for name, _ in found), found


def test_a_name_the_tagger_cut_after_a_role_is_the_whole_name():
    # (the tagger found "Ellery" alone; "Councillor" is a role)
    found = entities("Councillor Ruth Ellery said the roads would reopen on Monday.")
    assert ("Ruth Ellery", "PER") in found, found


def test_a_word_after_a_name_the_tagger_ended_is_not_added():
    found = entities("Mayor Tom Briggs Tuesday said the plan was dead.")
    assert ("Tom Briggs", "PER") in found, found


def test_an_organisation_after_a_role_word_keeps_its_type():
    # the last word says organisation: no person made of it
    found = entities("Governor Harbor Agency staff met on Thursday.")
    assert not any(t == "PER" and name.endswith("Agency") for name, t in found), found


def test_a_surname_that_is_also_a_word_after_a_role_and_a_given_name_stays_in_the_name():
    # (the tagger took "Judge Harriet" and left "Lang" out)
    found = entities("U.S. District Judge Harriet Lang set sentencing for April 28.")
    assert ("Harriet Lang", "PER") in found, found


def test_a_weekday_after_a_role_and_a_given_name_is_no_surname():
    found = entities("Judge Harriet Monday set the date for sentencing.")
    assert not any(name.endswith("Monday") for name, _ in found), found


def test_a_second_role_word_before_a_whole_name_stays_out_of_it():
    found = entities("Chief Executive Mara Holmgren said sales had risen.")
    assert ("Mara Holmgren", "PER") in found, found


def test_a_name_tagged_an_organisation_after_a_german_role_is_the_person():
    # blind review 44: "teilte Firmengründer Leon Baumgart mit" gave the role as a person
    from chronik.pipeline import extract
    doc = extract("Die Firma sei zahlungsunfähig, teilte Firmengründer Leon Baumgart mit.",
                  date="2026-04-22", lang="de")
    assert [(e.name, e.type) for e in doc.entities if e.type == "PER"] == [
        ("Leon Baumgart", "PER")]
    assert doc.quotes[0].speaker == "Leon Baumgart"
