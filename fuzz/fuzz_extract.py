"""Coverage-guided fuzzing of the whole per-document pipeline (atheris / libFuzzer).

    python fuzz/fuzz_extract.py -runs=20000 -max_len=4096 fuzz/corpus/extract

For any text and any document date: `chronik.extract` must return (InputError only for
a malformed date), every span must slice its field, every TIMEX3 value must follow the
value grammar, and output must follow the contract (chronik.validate.problems).
"""

import sys

import atheris

with atheris.instrument_imports(include=["chronik"]):
    import chronik
    from chronik.read.errors import InputError
    from chronik.validate import problems

DATES = ["2021-12", "2021-12-30", "0001-01-01", "9999-12-31", "2024-02-29", "2022", None]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    date = DATES[fdp.ConsumeIntInRange(0, len(DATES) - 1)]
    lang = ["de", "en", None][fdp.ConsumeIntInRange(0, 2)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        doc = chronik.extract(text, date=date, lang=lang)
    except InputError:
        return
    found = problems(doc.to_dict(), doc.fields)
    if found:
        raise AssertionError(f"contract broken for {text!r} ({date}, {lang}): {found}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
