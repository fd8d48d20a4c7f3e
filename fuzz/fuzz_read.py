"""Coverage-guided fuzzing of the readers (atheris / libFuzzer).

    python fuzz/fuzz_read.py -runs=20000 -max_len=65536 fuzz/corpus/read

Any bytes, read as a seed-format/plain-text file or as JSON Lines, give Documents or
ReadErrors and never an exception; every region of a document lies inside its field.
"""

import io
import sys

import atheris

with atheris.instrument_imports(include=["chronik"]):
    from chronik.model import Document
    from chronik.read.errors import ReadError
    from chronik.read.files import iter_jsonl_stream, read_bytes


def check(items) -> None:
    for item in items:
        if isinstance(item, ReadError):
            if not item.reason:
                raise AssertionError("a read error without a reason")
            continue
        if not isinstance(item, Document):
            raise TypeError(f"reader yielded {type(item).__name__}")
        for region in item.regions:
            if not 0 <= region.start <= region.end <= len(item.fields[region.field]):
                raise AssertionError(f"region {region} outside its field")


def test_one_input(data: bytes) -> None:
    check(read_bytes(data, source="fuzz.txt", max_bytes=1 << 20))
    check(read_bytes(data, source="fuzz.jsonl", max_bytes=1 << 20))
    check(iter_jsonl_stream(io.BytesIO(data), source="fuzz.jsonl", max_bytes=4096))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
