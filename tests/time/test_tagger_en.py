"""The English temporal tagger, as a specification: given a sentence and a document date,
expect these time expressions with these TIMEX3 values (TimeML / TempEval-3 conventions).

Same engine as German; everything English lives in chronik/time/lang/en.toml.
"""

import pytest

from chronik.time import tag


def found(text, date):
    return [(t.text, t.type, t.value, t.mod, t.utc_offset, t.instant)
            for t in tag(text, date=date, lang="en")]


# sentence, document date, expected span, type, value, mod, utc_offset, instant
SPEC = [
    # explicit dates: month before day, abbreviations with dots, both numeric orders
    ("The talks resumed on March 22.", "2022-03-25", "March 22", "DATE", "2022-03-22", None, None, None),
    ("The deal was signed on Dec. 28.", "2022-01-05", "Dec. 28", "DATE", "2021-12-28", None, None, None),
    ("Russia invaded Ukraine on Feb. 24, 2022.", "2022-03-25", "Feb. 24, 2022", "DATE", "2022-02-24", None, None, None),
    ("Russia invaded Ukraine on 24 February 2022.", "2022-03-25", "24 February 2022", "DATE", "2022-02-24", None, None, None),
    ("The deadline is February 22nd.", "2022-02-01", "February 22nd", "DATE", "2022-02-22", None, None, None),
    ("The invasion began on 2022-02-24.", "2022-03-25", "2022-02-24", "DATE", "2022-02-24", None, None, None),
    ("The invasion began on 02/24/2022.", "2022-03-25", "02/24/2022", "DATE", "2022-02-24", None, None, None),
    ("The invasion began on 24/02/2022.", "2022-03-25", "24/02/2022", "DATE", "2022-02-24", None, None, None),
    ("The law took effect in March 2019.", "2022-03-25", "March 2019", "DATE", "2019-03", None, None, None),
    ("The company was founded in 2014.", "2022-03-25", "2014", "DATE", "2014", None, None, None),
    ("Prices fell in the 1990s.", "2022-03-25", "the 1990s", "DATE", "199", None, None, None),
    ("Two world wars marked the 20th century.", "2022-03-25", "the 20th century", "DATE", "19", None, None, None),
    # relative and deictic, resolved by tense against the document date
    ("The ministers will meet on Friday.", "2022-03-15", "Friday", "DATE", "2022-03-18", None, None, None),
    ("The ministers met on Friday.", "2022-03-15", "Friday", "DATE", "2022-03-11", None, None, None),
    ("The president spoke yesterday evening.", "2022-03-15", "yesterday evening", "TIME", "2022-03-14TEV", None, None, None),
    ("The president will speak tonight.", "2022-03-15", "tonight", "TIME", "2022-03-15TNI", None, None, None),
    ("The minister arrived this morning.", "2022-03-15", "this morning", "TIME", "2022-03-15TMO", None, None, None),
    ("Parliament voted last week.", "2022-03-15", "last week", "DATE", "2022-W10", None, None, None),
    ("The vote will take place next month.", "2022-03-15", "next month", "DATE", "2022-04", None, None, None),
    ("The rebels attacked three days ago.", "2022-03-15", "three days ago", "DATE", "2022-03-12", None, None, None),
    ("The company was founded two years ago.", "2022-03-15", "two years ago", "DATE", "2020", None, None, None),
    ("The vote will take place in two weeks.", "2022-03-15", "two weeks", "DURATION", "P2W", None, None, None),
    ("The bridge will be finished this summer.", "2022-03-15", "this summer", "DATE", "2022-SU", None, None, None),
    ("Sales fell in the third quarter.", "2021-11-15", "the third quarter", "DATE", "2021-Q3", None, None, None),
    ("The firm will post third-quarter results.", "2021-11-15", "third-quarter", "DATE", "2021-Q3", None, None, None),
    ("Elections will be held early April.", "2022-03-15", "early April", "DATE", "2022-04", "START", None, None),
    ("The plant will close by the end of the year.", "2022-03-15", "the end of the year", "DATE", "2022", "END", None, None),
    ("Prices are currently rising.", "2022-03-15", "currently", "DATE", "PRESENT_REF", None, None, None),
    ("Now the talks can begin.", "2022-03-15", "Now", "DATE", "PRESENT_REF", None, None, None),
    ("In the past, such rules did not exist.", "2022-03-15", "the past", "DATE", "PAST_REF", None, None, None),
    ("The minister recently resigned.", "2022-03-15", "recently", "DATE", "PAST_REF", None, None, None),
    ("Prices rose over the past three years.", "2022-03-15", "the past three years", "DURATION", "P3Y", None, None, None),
    # times and zones
    ("The meeting starts at 2 p.m. EST.", "2022-07-13", "2 p.m. EST", "TIME", "2022-07-13T14:00", None, "-05:00", "2022-07-13T19:00:00Z"),
    ("The summit opens at 21:30 CET.", "2022-03-15", "21:30 CET", "TIME", "2022-03-15T21:30", None, "+01:00", "2022-03-15T20:30:00Z"),
    ("Talks begin at 9 a.m. Kyiv time.", "2022-07-13", "9 a.m. Kyiv time", "TIME", "2022-07-13T09:00", None, "+03:00", "2022-07-13T06:00:00Z"),
    ("Talks begin at 9 a.m. Kyiv time.", "2022-01-13", "9 a.m. Kyiv time", "TIME", "2022-01-13T09:00", None, "+02:00", "2022-01-13T07:00:00Z"),
    ("The deadline is noon.", "2022-03-15", "noon", "TIME", "2022-03-15T12:00", None, None, None),
    ("The curfew starts at midnight.", "2022-03-15", "midnight", "TIME", "2022-03-15T24:00", None, None, None),
    ("The vote is expected around 3 p.m.", "2022-03-15", "around 3 p.m.", "TIME", "2022-03-15T15:00", "APPROX", None, None),
    ("The session ended at 12:30 a.m. GMT.", "2022-03-15", "12:30 a.m. GMT", "TIME", "2022-03-15T00:30", None, "+00:00", "2022-03-15T00:30:00Z"),
    # durations and sets
    ("He was held for 12 hours.", "2022-03-15", "12 hours", "DURATION", "PT12H", None, None, None),
    ("The talks lasted two years.", "2022-03-15", "two years", "DURATION", "P2Y", None, None, None),
    ("It took a decade.", "2022-03-15", "a decade", "DURATION", "P10Y", None, None, None),
    ("The market opens every Tuesday.", "2022-03-15", "every Tuesday", "SET", "XXXX-WXX-2", None, None, None),
    ("Figures are published daily.", "2022-03-15", "daily", "SET", "P1D", None, None, None),
    ("The report appears annually.", "2022-03-15", "annually", "SET", "P1Y", None, None, None),
    ("The group meets twice a week.", "2022-03-15", "twice a week", "SET", "P1W", None, None, None),
    ("Take the pill three times a day.", "2022-03-15", "three times a day", "SET", "P1D", None, None, None),
    ("Trains run every other day.", "2022-03-15", "every other day", "SET", "P2D", None, None, None),
    ("Troops are expected to arrive within weeks.", "2022-03-15", "weeks", "DURATION", "PXW", None, None, None),
    # holidays: fixed, Easter-relative (computus), n-th weekday of a month
    ("The shops close at Christmas.", "2022-11-15", "Christmas", "DATE", "2022-12-25", None, None, None),
    ("The treaty should be ready by Easter.", "2022-03-15", "Easter", "DATE", "2022-04-17", None, None, None),
    ("The law takes effect on New Year's Day.", "2022-12-15", "New Year's Day", "DATE", "2023-01-01", None, None, None),
    ("Families will gather for Thanksgiving.", "2022-11-01", "Thanksgiving", "DATE", "2022-11-24", None, None, None),
    ("Families will gather for Thanksgiving.", "2023-11-01", "Thanksgiving", "DATE", "2023-11-23", None, None, None),
    ("Fireworks are planned for Independence Day.", "2022-06-15", "Independence Day", "DATE", "2022-07-04", None, None, None),
    ("Voters go to the polls on Election Day.", "2012-10-01", "Election Day", "DATE", "2012-11-06", None, None, None),
    # ranges: each end is a timex of its own with its full value
    ("The festival runs from June 23 to 25.", "2022-05-15", "June 23", "DATE", "2022-06-23", None, None, None),
    ("The festival runs from June 23 to 25.", "2022-05-15", "25", "DATE", "2022-06-25", None, None, None),
    ("The office is open between 5 and 6 p.m.", "2022-05-15", "5", "TIME", "2022-05-15T17:00", None, None, None),
    ("The office is open between 5 and 6 p.m.", "2022-05-15", "6 p.m.", "TIME", "2022-05-15T18:00", None, None, None),
    ("The conference takes place March 3-5.", "2022-02-15", "March 3", "DATE", "2022-03-03", None, None, None),
    ("The conference takes place March 3-5.", "2022-02-15", "5", "DATE", "2022-03-05", None, None, None),
    # more of what news copy says
    ("Officials said late Monday that the talks had collapsed.", "2022-10-12", "late Monday", "DATE", "2022-10-10", "END", None, None),
    ("The vote is scheduled for mid-March.", "2022-10-12", "mid-March", "DATE", "2023-03", "MID", None, None),
    ("In the '90s, the band toured a lot.", "2022-10-12", "the '90s", "DATE", "199", None, None, None),
    ("The company was founded in the late 1800s.", "2022-10-12", "the late 1800s", "DATE", "18", "END", None, None),
    ("On Jan. 6, 2021, rioters stormed the Capitol.", "2022-10-12", "Jan. 6, 2021", "DATE", "2021-01-06", None, None, None),
    ("The meeting was held on Wednesday, March 2, 2022.", "2022-10-12", "Wednesday, March 2, 2022", "DATE", "2022-03-02", None, None, None),
    ("It was the first time in decades that the river froze.", "2022-10-12", "decades", "DURATION", "PXY", None, None, None),
    ("He fled in June 1998 and returned later that year.", "2000-01-28", "later that year", "DATE", "1998", None, None, None),
    ("Keating was convicted in nineteen ninety-one.", "1998-01-15", "nineteen ninety-one", "DATE", "1991", None, None, None),
    ("A week or so ago, the general chose the date.", "1991-02-25", "A week or so ago", "DATE", "1991-W08", None, None, None),
    # the clause of the expression decides its tense, not a verb beyond "and" or a comma
    ("The banks have been closed since March 16 and will stay shut until Tuesday.", "2013-03-22", "Tuesday", "DATE", "2013-03-26", None, None, None),
    ("The storm is expected to hit the coast late Tuesday, forecasters said.", "2013-03-22", "late Tuesday", "DATE", "2013-03-26", "END", None, None),
    ("Cyprus has until Monday to raise the money.", "2013-03-22", "Monday", "DATE", "2013-03-25", None, None, None),
    # "the week of March 6" is that day's week
    ("The case may be resolved in a hearing the week of March 6.", "2000-02-24", "the week of March 6", "DATE", "2000-W10", None, None, None),
    # "this weekend" is this week's, unless told in the past early in the week
    ("The festival drew 10,000 visitors this weekend.", "2013-03-22", "this weekend", "DATE", "2013-W12-WE", None, None, None),
    ("The festival drew 10,000 visitors this weekend.", "2013-03-18", "this weekend", "DATE", "2013-W11-WE", None, None, None),
    # the verb an expression follows is the one it modifies: "said on Wednesday it would"
    ("The government said on Wednesday it would cut spending.", "2013-03-22", "Wednesday", "DATE", "2013-03-20", None, None, None),
    ("Officials said early on Sunday that the toll would rise.", "2013-03-23", "Sunday", "DATE", "2013-03-17", None, None, None),
    ("The election, the first since the 2011 uprising, is set for June 23.", "2013-03-22", "June 23", "DATE", "2013-06-23", None, None, None),
    # "the same period a year earlier": the period just named, a year before
    ("In the first half of 2012, exports fell from the same period a year earlier.", "2013-03-22", "the same period a year earlier", "DATE", "2011-H1", None, None, None),
    # "the 24-hour strike": the article belongs to the noun, not to the duration
    ("The 24-hour strike began at midnight.", "2013-03-22", "24-hour", "DURATION", "PT24H", None, None, None),
    # a sure cue decides alone: "said Thursday" in a Wednesday article is last Thursday
    ("Retail sales rose 1.1 percent in February, the Commerce Department said Thursday.", "2013-03-20", "Thursday", "DATE", "2013-03-14", None, None, None),
    ("The plant closed on Oct. 2, months before the merger.", "2013-09-20", "Oct. 2", "DATE", "2012-10-02", None, None, None),
    ("The plant closed in November.", "2013-09-20", "November", "DATE", "2012-11", None, None, None),
    # a participle after "be" is a passive of the present or future, no past cue
    ("The meeting will be held on Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22", None, None, None),
    ("The summit will be held Oct. 2 in Paris.", "2013-09-20", "Oct. 2", "DATE", "2013-10-02", None, None, None),
    ("The meeting was held on Friday.", "2013-03-20", "Friday", "DATE", "2013-03-15", None, None, None),
    # a dot after a number ends an English sentence: the next one's verbs do not vote
    ("Apple will report its results on April 23. Last year it earned $11.6 billion.", "2013-03-20", "April 23", "DATE", "2013-04-23", None, None, None),
    # fractions of a unit: whole units plus the rest in the next smaller one
    ("The refugees lived in camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M", None, None, None),
    ("She spent 5 1/2 hours in Nairobi.", "1998-08-17", "5 1/2 hours", "DURATION", "PT5H30M", None, None, None),
    ("A minute and a half later, the pilot called.", "1998-01-14", "A minute and a half", "DURATION", "PT1M30S", None, None, None),
    ("The siege lasted two and a half years.", "2022-03-15", "two and a half years", "DURATION", "P2Y6M", None, None, None),
    # "the past year" (one unit) is the year before the document's; plural units are durations
    ("Hate groups grew over the past year.", "1998-03-03", "the past year", "DATE", "1997", None, None, None),
    ("Rates fell in the last decade.", "1998-02-06", "the last decade", "DATE", "198", None, None, None),
    # the last half of a named year is its second half
    ("Profits should rise in the last half of 1989.", "1989-10-26", "the last half of 1989", "DATE", "1989-H2", None, None, None),
    # year-end: the end of the document's year
    ("The sale should be completed by year-end.", "1989-11-02", "year-end", "DATE", "1989", "END", None, None),
    ("Rules should be in place by year's end.", "1989-10-26", "year's end", "DATE", "1989", "END", None, None),
    # a bare weekday with no tense cue leans to the past: news report more than they announce
    ("The price is a 24% premium over Thursday's closing price.", "1989-10-30", "Thursday", "DATE", "1989-10-26", None, None, None),
    # a parenthesis after "a.m." does not end the sentence: the weekday after it still counts
    ("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", "10:35 a.m.", "TIME", "1998-08-07T10:35", None, None, None),
    # a year said with a possessive before a quarter: that year's quarter
    ("The split could take effect in next year's first quarter.", "1989-10-31", "next year's first quarter", "DATE", "1990-Q1", None, None, None),
    # a comparison of figures: "a year earlier" counts from the document, not the last year named
    ("In 1988 it earned $9 million; revenue rose, compared with a loss of $9.7 million a year earlier.", "1989-10-26", "a year earlier", "DATE", "1988", None, None, None),
    ("He was elected in 1990. A year earlier he had lost.", "1999-10-26", "A year earlier", "DATE", "1989", None, None, None),
    ("In 1988 rates were high; the decline came from higher costs compared with a year earlier.", "1989-10-26", "a year earlier", "DATE", "1988", None, None, None),
    # "the year-earlier third quarter": the same quarter a year before the reported one
    ("In the year-earlier third quarter, the bank earned $2 million.", "1989-10-27", "the year-earlier third quarter", "DATE", "1988-Q3", None, None, None),
    ("Net was $5 million, compared with a year-earlier loss of $6 million.", "1989-10-26", "year-earlier", "DATE", "1988", None, None, None),
    # "ahead of" looks forward: the coming weekend, in a Monday article
    ("Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend", "DATE", "1989-W44-WE", None, None, None),
    ("For the quarter a year ago, the utility earned $16 million.", "1989-10-26", "the quarter a year ago", "DATE", "1988-Q3", None, None, None),
    ("Net was $1.8 million in the corresponding period last year.", "1989-10-26", "the corresponding period last year", "DATE", "1988-Q3", None, None, None),
    # quarters as a unit of duration stay quarters
    ("The firm has had losses in the past two quarters.", "1989-10-27", "the past two quarters", "DURATION", "P2Q", None, None, None),
    ("Interest is due every quarter.", "1989-10-30", "every quarter", "SET", "P1Q", None, None, None),
    # quarters only when they are quarters
    ("Apple's Q3 earnings call is on Thursday.", "2022-07-20", "Q3", "DATE", "2022-Q3", None, None, None),
    # future-oriented constructions pick the coming date even months ahead
    ("The new rules will take effect on Jan. 1.", "2022-03-15", "Jan. 1", "DATE", "2023-01-01", None, None, None),
    ("The new rules take effect on Jan. 1.", "2022-03-15", "Jan. 1", "DATE", "2023-01-01", None, None, None),
    ("The board named a new chairman, effective Feb. 1.", "1989-11-01", "Feb. 1", "DATE", "1990-02-01", None, None, None),
    ("The law goes into effect on Jan. 1.", "2013-03-20", "Jan. 1", "DATE", "2014-01-01", None, None, None),
    ("The treaty enters into force on Feb. 1.", "2013-03-20", "Feb. 1", "DATE", "2014-02-01", None, None, None),
    ("The license expires on Feb. 3.", "2022-03-15", "Feb. 3", "DATE", "2023-02-03", None, None, None),
    ("The ban, announced Monday, applies starting Jan. 1.", "2022-03-15", "Jan. 1", "DATE", "2023-01-01", None, None, None),
    # the present of a scheduled event speaks of the future
    ("Trading resumes Monday.", "2013-03-15", "Monday", "DATE", "2013-03-18", None, None, None),
    ("Voters go to the polls on Sunday.", "2013-03-15", "Sunday", "DATE", "2013-03-17", None, None, None),
    ("The new terminal opens in November.", "2013-03-15", "November", "DATE", "2013-11", None, None, None),
    ("He and the prime minister meet separately Monday with the envoy.", "1998-05-01", "Monday", "DATE", "1998-05-04", None, None, None),
    ("The terminal opened in November.", "2013-03-15", "November", "DATE", "2012-11", None, None, None),
    # a postponement points ahead, though its verb is past
    ("Officials postponed until Tuesday morning any action on the case.", "2000-03-30", "Tuesday morning", "TIME", "2000-04-04TMO", None, None, None),
    ("The parliament adjourned until Tuesday.", "2013-03-15", "Tuesday", "DATE", "2013-03-19", None, None, None),
    ("The store remained closed until Tuesday.", "2013-03-15", "Tuesday", "DATE", "2013-03-12", None, None, None),
    ("Two bidders extended their offers to acquire the firm Friday.", "1989-10-30", "Friday", "DATE", "1989-10-27", None, None, None),
    # ... but a deadline that had been due is past
    ("The bid had been due to expire Friday evening.", "1989-10-30", "Friday evening", "TIME", "1989-10-27TEV", None, None, None),
    # "this <month>" is the month of the document's year, whatever the tense
    ("With the election due this September, the figures came at a bad time.", "1998-02-05", "this September", "DATE", "1998-09", None, None, None),
    ("The plant was opened this January.", "1998-11-05", "this January", "DATE", "1998-01", None, None, None),
    # lengths as adjectives, with or without a number
    ("The talks ended their third day-long meeting.", "2000-04-03", "day-long", "DURATION", "P1D", None, None, None),
    ("The decades-long feud is over.", "2000-01-15", "decades-long", "DURATION", "PXY", None, None, None),
    # a quarter named by its last day is the calendar quarter most of it falls in
    ("In the quarter ended July 31, the firm had 5.6 million shares.", "1989-11-01", "the quarter", "DATE", "1989-Q2", None, None, None),
    ("Sales for the quarter ended Sept. 30 rose.", "1989-10-30", "the quarter", "DATE", "1989-Q3", None, None, None),
    ("The company will report results for the quarter ending March 31.", "2013-03-15", "the quarter", "DATE", "2013-Q1", None, None, None),
    # "N days later": the duration, the signal word outside it; "a year earlier" a date
    ("The ruling came on March 3. Three days later, the firm appealed.", "2013-03-15", "Three days", "DURATION", "P3D", None, None, None),
    ("A day earlier, trucks streamed across the border.", "1990-08-16", "A day", "DURATION", "P1D", None, None, None),
    ("Sales rose 5% from a year earlier.", "2013-03-15", "a year earlier", "DATE", "2012", None, None, None),
    # a day of the month without its month: the nearest such day, by tense
    ("The vote took place on the 14th.", "2013-03-15", "the 14th", "DATE", "2013-03-14", None, None, None),
    ("The hearing will be held on the 2nd.", "2013-03-15", "the 2nd", "DATE", "2013-04-02", None, None, None),
    # a part of the year the direction word names
    ("The deal is expected to close in the first quarter of next year.", "2013-03-15", "the first quarter of next year", "DATE", "2014-Q1", None, None, None),
    ("Sales fell in the second half of last year.", "2013-03-15", "the second half of last year", "DATE", "2012-H2", None, None, None),
    # an adjectival quarter leaves the article to its noun
    ("The second-quarter profit doubled.", "2013-08-15", "second-quarter", "DATE", "2013-Q2", None, None, None),
    # "last" the verb: the duration after it stands alone
    ("The ceasefire will last 72 hours.", "2013-03-15", "72 hours", "DURATION", "PT72H", None, None, None),
    ("The talks are expected to last two days.", "2013-03-15", "two days", "DURATION", "P2D", None, None, None),
    ("Prices rose over the last three years.", "2013-03-15", "the last three years", "DURATION", "P3Y", None, None, None),
    # a range of durations is one expression, valued by its lower bound
    ("The company will resume shipments within two to three weeks.", "1989-10-30", "two to three weeks", "DURATION", "P2W", None, None, None),
    ("Deals will be made during the next 12 to 18 months.", "1989-10-30", "the next 12 to 18 months", "DURATION", "P12M", None, None, None),
]


@pytest.mark.parametrize("sentence, date, span, type_, value, mod, offset, instant", SPEC,
                         ids=[f"{s[2]}@{s[1]}" for s in SPEC])
def test_expression(sentence, date, span, type_, value, mod, offset, instant):
    got = found(sentence, date)
    matches = [g for g in got if g[0] == span]
    assert matches, f"no timex {span!r} in {got}"
    assert matches[0][1:] == (type_, value, mod, offset, instant)


@pytest.mark.parametrize("sentence, date", [
    ("May said the plan would work.", "2019-03-15"),          # May the surname
    ("Theresa May met the minister.", "2019-03-15"),
    ("Thousands joined the March for Our Lives.", "2018-03-30"),  # March the noun
    ("You may march if you like.", "2022-03-15"),             # verbs in lower case
    ("The team scored 2 goals.", "2022-03-15"),
    ("The meeting is in room 1030.", "2022-03-15"),
    ("Section 5 of the act applies.", "2022-03-15"),
    ("The new Audi Q3 sells well.", "2022-03-15"),            # Q3 the car, not a quarter
    ("The firm paid $2021 in fees.", "2022-03-15"),
    ("The fall of the wall changed Europe.", "2022-03-15"),
    ("The store is open 24/7 and sells 2,000 items.", "2022-03-15"),
    ("The 45-year-old mother of two was arrested.", "2022-03-15"),
    ("The 2020-21 season was cut short.", "2022-03-15"),
    ("The Communist Party daily Granma printed the letter.", "2000-01-28"),  # a newspaper
    ("Trade matters to the future of our peoples.", "1998-02-13"),         # prospects
    ("On election day in Kenya, voters queued.", "2013-03-04"),            # any vote
    ("Now, he says, the plan has failed.", "1991-02-25"),                  # a discourse marker
    ("I would choose the people of tomorrow.", "1989-11-02"),              # the future in general
    ("It will be a second betrayal, she said.", "2000-04-17"),              # the ordinal
    ("The case is a lesson for today's youth.", "2000-01-07"),             # the present in general
    ("Guards stand outside the clinic 24 hours a day.", "1998-10-25"),     # around the clock
    ("He led the ``March of the Combatant Mothers,'' downtown.", "2000-01-15"),  # a quoted title
    ("The score was 2 to 3 goals.", "2022-03-15"),
    ("He lives on the 14th floor.", "2013-03-15"),                         # an ordinal
    ("He came second, after the 3rd and 4th places.", "2013-03-15"),
    ("He was named Time's Person of the Year.", "2013-03-15"),            # a title
])
def test_no_false_alarm(sentence, date):
    assert found(sentence, date) == []


def test_past_and_future_readings_of_one_weekday_in_one_text():
    text = "The minister said Monday that he will travel to Kyiv on Thursday."
    values = {t.text: t.value for t in tag(text, date="2022-03-16", lang="en")}
    assert values == {"Monday": "2022-03-14", "Thursday": "2022-03-17"}


def test_clock_time_takes_the_date_of_its_sentence():
    text = "The vote is set for Dec. 28. Polls open at 7 a.m. on Dec. 28 and close at 8 p.m."
    got = {t.text: t.value for t in tag(text, date="2022-12-01", lang="en")}
    assert got["8 p.m."] == "2022-12-28T20:00"


def test_a_year_earlier_than_a_quarter_is_that_quarter_a_year_before():
    text = "Net income fell in the third quarter. It was $5 million a year earlier."
    values = {t.text: t.value for t in tag(text, date="1989-11-02", lang="en")}
    assert values == {"the third quarter": "1989-Q3", "a year earlier": "1988-Q3"}


def test_the_following_year_counts_from_the_year_named():
    text = "He was born in 1995, and the following year his family moved."
    values = {t.text: t.value for t in tag(text, date="2022-01-01", lang="en")}
    assert values == {"1995": "1995", "the following year": "1996"}


def test_a_clock_time_goes_on_with_the_day_of_its_paragraph():
    text = "They met on Thursday in Geneva. The talks lasted twelve hours. The deal was announced at 21:30 CET."
    got = {t.text: (t.value, t.instant) for t in tag(text, date="2023-03-24", lang="en")}
    assert got["21:30 CET"] == ("2023-03-23T21:30", "2023-03-23T20:30:00Z")


def test_offsets_slice_the_text():
    text = "On Friday, Feb. 24, 2022, at 5 a.m. Kyiv time, the war began; three days later talks failed."
    for t in tag(text, date="2022-03-01", lang="en"):
        assert text[t.start:t.end] == t.text


def test_year_ago_results_compare_with_the_reported_quarter_not_the_year_ago_one():
    text = ("Net rose in the third quarter from $5 million in the year-ago quarter. "
            "The year-ago results have been restated.")
    values = [(t.text, t.value) for t in tag(text, date="1989-11-01", lang="en")]
    assert values == [("the third quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3"),
                      ("year-ago", "1988-Q3")]


def test_tense_reading_accepts_bare_cue_tables():
    """The event stage passes languages without temporal data as three cue attributes only."""
    import re

    from chronik.time.tense import PAST, Sentences, tense_at

    class Cues:
        tense_future = re.compile(r"\bwill\b", re.IGNORECASE)
        tense_past = re.compile(r"\bwas\b", re.IGNORECASE)
        past_form_exceptions = frozenset()

    text = "It was done on Monday."
    assert tense_at(text, 15, 21, Sentences.of(text), Cues()) == PAST


def test_to_last_until_a_weekday_is_no_past_cue():
    # "last" as a verb ("expected to last until Friday") points forward, not back
    got = found("The strike is expected to last until Friday evening.", "2025-05-21")
    assert [(g[0], g[2]) for g in got] == [("Friday evening", "2025-05-23TEV")]


def test_a_clock_time_does_not_take_a_date_from_a_later_clause():
    got = found("The strike began at 6 a.m. and is expected to last until Friday evening.",
                "2025-05-21")
    assert [(g[0], g[2]) for g in got] == [("6 a.m.", "2025-05-21T06:00"),
                                           ("Friday evening", "2025-05-23TEV")]


def test_a_clock_time_takes_a_date_right_after_it():
    got = found("The ferry will leave at 8 a.m. from Dover on Sunday.", "2025-05-21")
    assert [(g[0], g[2]) for g in got] == [("8 a.m.", "2025-05-25T08:00"),
                                           ("Sunday", "2025-05-25")]


@pytest.mark.parametrize("sentence, span, value", [
    ("The vote is set for Thursday next week.", "Thursday next week", "2024-02-15"),
    ("They met on Monday of last week.", "Monday of last week", "2024-01-29"),
])
def test_a_weekday_of_a_relative_week(sentence, span, value):
    assert [(g[0], g[2]) for g in found(sentence, "2024-02-07")] == [(span, value)]


def test_the_end_of_a_weekday_range_comes_after_its_start():
    got = found("The fair was open Friday-Sunday.", "2024-02-07")
    assert [(g[0], g[2]) for g in got] == [("Friday", "2024-02-02"), ("Sunday", "2024-02-04")]


@pytest.mark.parametrize("sentence", [
    "The bank cut its rate by a quarter point.",
    "Markets expect a half-point cut.",
    "Yields rose a quarter of a percentage point.",
])
def test_points_of_interest_rates_are_no_quarters(sentence):
    assert found(sentence, "2025-03-06") == []


@pytest.mark.parametrize("sentence, value", [
    # a reduced relative clause ("…, set for March 9, …") tells an old plan: the nearest
    # reading wins, and here the main clause is past
    ("The original meeting, set for March 9, was called off.", "2023-03-09"),
    ("The vote, originally scheduled for March 9, was postponed.", "2023-03-09"),
    # a plan said in the present is ahead
    ("The summit is set for March 9.", "2024-03-09"),
])
def test_an_old_plan_in_a_relative_clause_stays_near(sentence, value):
    assert [t.value for t in tag(sentence, date="2023-03-24", lang="en")] == [value]


@pytest.mark.parametrize("sentence, expected", [
    # "already" says nothing of past or future: the verb does
    ("The strike already starts on Wednesday.", [("Wednesday", "2023-11-08")]),
    ("The union had already walked out on Monday.", [("Monday", "2023-11-06")]),
])
def test_already_is_no_tense_cue(sentence, expected):
    assert [(f[0], f[2]) for f in found(sentence, "2023-11-07")] == expected


def test_what_people_expect_lies_ahead():
    # "sent" (a participle describing the note) does not make December the past one
    got = found("Economists now expect the first cut in December, according to a note "
                "sent to clients on Wednesday evening.", "2024-06-12")
    assert [(f[0], f[2]) for f in got] == [
        ("now", "PRESENT_REF"), ("December", "2024-12"), ("Wednesday evening", "2024-06-12TEV")]


def test_a_clock_time_does_not_guess_between_two_weekdays_of_the_sentence_before():
    from chronik.pipeline import extract

    doc = extract("Zelenskiy will hold a call with Xi on Wednesday, his office said on Tuesday. "
                  "The call is set to begin at 10 a.m. Kyiv time.", date="2023-03", lang="en")
    assert [(t.text, t.value) for t in doc.timexes][-1] == ("10 a.m. Kyiv time",
                                                            "XXXX-XX-XXT10:00")
    doc = extract("Zelenskiy will hold a call with Xi on Wednesday. The call is set to begin at "
                  "10 a.m. Kyiv time.", date="2023-03", lang="en")
    assert [(t.text, t.value) for t in doc.timexes][-1] == ("10 a.m. Kyiv time",
                                                            "XXXX-WXX-3T10:00")


def test_the_nth_weekday_of_a_month():
    got = found("Memorial Day falls on the last Monday of May.", "2024-03-14")
    assert [(f[0], f[2]) for f in got][-1] == ("the last Monday of May", "2024-05-27")
    got = found("The caucus meets on the first Tuesday of April.", "2024-03-14")
    assert [(f[0], f[2]) for f in got] == [("the first Tuesday of April", "2024-04-02")]


@pytest.mark.parametrize("sentence, expected", [
    ("The vote is scheduled for Christmas Eve.", [("Christmas Eve", "2024-12-24")]),
    ("Stores will close early on New Year's Eve.", [("New Year's Eve", "2024-12-31")]),
    ("Shops reopen on Easter Monday.", [("Easter Monday", "2024-04-01")]),
])
def test_the_longer_name_of_a_feast_wins(sentence, expected):
    assert [(f[0], f[2]) for f in found(sentence, "2024-03-14")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The meeting takes place on Friday.", [("Friday", "2023-10-06")]),
    ("The tournament kicks off on Friday.", [("Friday", "2023-10-06")]),
])
def test_a_present_tense_schedule_looks_ahead(sentence, expected):
    assert [(f[0], f[2]) for f in found(sentence, "2023-10-04")] == expected


def test_a_zone_keeps_its_offset_when_only_the_month_is_known():
    # June: Eastern time is -04:00 all month; the instant needs the day
    got = found("The measure passed shortly after 11 p.m. ET on Friday.", "2023-06")
    assert [(f[0], f[2], f[4], f[5]) for f in got] == [
        ("11 p.m. ET on Friday", "XXXX-WXX-5T23:00", "-04:00", None)]
    # March: the clocks change within the month, so no offset is said
    got = found("The vote is at 7 p.m. Eastern time on Friday.", "2023-03")
    assert [f[4] for f in got] == [None]


def test_the_weekend_of_a_day_is_the_weekend_of_its_week():
    got = found("The team will play on the weekend of March 23.", "2024-03-14")
    assert [(f[0], f[2]) for f in got] == [("the weekend of March 23", "2024-W12-WE")]


def test_a_feast_a_few_days_ahead_is_this_years_in_a_past_tense_sentence():
    got = found("The storm stranded thousands of travelers days before Christmas.", "2025-12-22")
    assert [(f[0], f[2]) for f in got] == [("Christmas", "2025-12-25")]
    # further ahead the tense decides: last year's
    got = found("Sales were weak at Christmas.", "2025-06-10")
    assert [(f[0], f[2]) for f in got] == [("Christmas", "2024-12-25")]


def test_expected_by_a_weekday_looks_ahead():
    got = found("A decision is expected by Tuesday.", "2025-08-21")
    assert [(f[0], f[2]) for f in got] == [("Tuesday", "2025-08-26")]


def test_no_earlier_than_is_no_past_cue():
    got = found("The company said the next attempt would come no earlier than Sept. 2.",
                "2025-05-14")
    assert [(f[0], f[2]) for f in got] == [("Sept. 2", "2025-09-02")]


def test_an_ordinal_in_a_compound_is_no_duration():
    assert found("Engineers found an anomaly in a second-stage valve.", "2025-05-14") == []


def test_the_zone_after_a_range_end_holds_for_its_start():
    got = found("Flights were halted between 6 a.m. and 3 p.m. GMT on Monday.", "2025-12-22")
    assert [(f[0], f[4], f[5]) for f in got] == [
        ("6 a.m.", "+00:00", "2025-12-22T06:00:00Z"),
        ("3 p.m. GMT on Monday", "+00:00", "2025-12-22T15:00:00Z")]


def test_days_or_weeks_ago_in_an_article_dated_only_to_its_month_say_the_month():
    got = found("The bill passed the House two weeks ago.", "2024-09")
    assert [(f[0], f[2]) for f in got] == [("two weeks ago", "2024-09")]
    got = found("The bill passed two months ago.", "2024-09")
    assert [(f[0], f[2]) for f in got] == [("two months ago", "2024-07")]


def test_earlier_as_an_adjective_and_coming_as_a_verb_are_no_tense_cues():
    got = found("An earlier plan to hold a signing ceremony on June 15 had been dropped.",
                "2026-05")
    assert [(f[0], f[2]) for f in got] == [("June 15", "2026-06-15")]
    got = found('"We did not see this coming in March," she said.', "2026-06")
    assert [(f[0], f[2]) for f in got] == [("March", "2026-03")]


def test_next_weekday_said_earlier_that_week_is_the_one_of_next_week():
    got = found("The committee is scheduled to vote next Wednesday.", "2026-03-10")
    assert [(f[0], f[2]) for f in got] == [("next Wednesday", "2026-03-18")]
    got = found("The committee is scheduled to vote next Monday.", "2026-03-10")
    assert [(f[0], f[2]) for f in got] == [("next Monday", "2026-03-16")]


def test_a_clock_time_goes_with_the_weekday_later_in_its_sentence():
    got = found("Negotiators met on Monday. The talks will open at 9:30 a.m. local time "
                "(0730 GMT) on Thursday in Brussels.", "2026-05")
    assert [(f[0], f[2]) for f in got][1:3] == [
        ("9:30 a.m. local time", "XXXX-WXX-4T09:30"), ("0730 GMT", "XXXX-WXX-4T07:30")]


def test_inside_a_quotation_only_its_own_words_give_the_tense():
    got = found('"Ukraine needs our help now, not in the spring," Brinkmann said.', "2025-12-02")
    assert [(f[0], f[2]) for f in got] == [("now", "PRESENT_REF"), ("the spring", "2026-SP")]


def test_the_first_time_in_two_decades_is_a_stretch_back_not_a_point_ahead():
    [t] = tag("It is the first time in more than two decades that a minister skipped it.",
              date="2025-12-02", lang="en")
    assert (t.type, t.value, t.points_to) == ("DURATION", "P20Y", None)


@pytest.mark.parametrize("sentence, value", [
    # a passive ahead points ahead as a verb would
    ("The road will be closed on Monday.", "2026-01-26"),
    # a verb after "did" is past
    ("The two leaders did not meet on Monday.", "2026-01-19"),
    ("The road was closed on Monday.", "2026-01-19"),
])
def test_future_passives_and_do_support(sentence, value):
    [t] = tag(sentence, date="2026-01-20", lang="en")
    assert t.value == value


@pytest.mark.parametrize("sentence, values", [
    ("Russian forces launched more than 200 drones overnight.", ["2026-05-12TNI"]),
    ("The overnight shift was cancelled.", []),  # an adjective before a noun
])
def test_overnight_is_the_night_before(sentence, values):
    assert [t.value for t in tag(sentence, date="2026-05-13", lang="en")] == values


def test_a_bare_weekday_is_the_one_the_article_dated_before():
    # the day of writing stays unknown; "Tuesday afternoon" is the Tuesday named with its date
    values = [t.value for t in tag("Biden will address the assembly on Tuesday, Sept. 19. "
                                   "Zelenskyy is due to speak on Tuesday afternoon.",
                                   date="2023-09", lang="en")]
    assert values == ["2023-09-19", "2023-09-19TAF"]


def test_more_city_times():
    [t] = tag("The talks are scheduled for 5 p.m. Doha time.", date="2025-01-14", lang="en")
    assert (t.text, t.value, t.utc_offset) == ("5 p.m. Doha time", "2025-01-14T17:00", "+03:00")


def test_a_clock_time_before_the_end_of_a_span_is_on_the_day_of_writing():
    assert [(t[0], t[2]) for t in found("The congress opens at 9 a.m. and ends on March 14.",
                                        "2025-03-11")] == [
        ("9 a.m.", "2025-03-11T09:00"), ("March 14", "2025-03-14")]


def test_the_same_part_of_the_day_is_that_of_the_last_day_named():
    assert [(t[0], t[2]) for t in found("The storm reached the coast on Feb. 3 and moved on "
                                        "that same evening.", "2025-02-10")] == [
        ("Feb. 3", "2025-02-03"), ("same evening", "2025-02-03TEV")]


def test_a_postponement_s_new_date_lies_ahead_even_far_ahead():
    assert [(t[0], t[2]) for t in found("The trial was postponed until March 2.",
                                        "2025-06-10")] == [("March 2", "2026-03-02")]


def test_a_season_told_ahead_is_not_one_that_has_ended():
    assert [(t[0], t[2]) for t in found("The carmaker will shut the factory in the summer.",
                                        "2025-09-10")] == [("the summer", "2026-SU")]


def test_a_scheduled_trip_in_the_present_before_a_said_frame_lies_ahead():
    # "visits Kyiv on Friday, officials said": the simple present of a trip is a schedule
    from chronik.pipeline import extract

    doc = extract("The minister visits Kyiv on Friday, officials said.", date="2024-05-28",
                  lang="en")
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "2024-05-31")]
