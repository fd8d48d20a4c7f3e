"""JSON text as `json.JSONEncoder(...).encode` writes it, with the C encoder made once.

`JSONEncoder.encode` builds a new C encoder object (`c_make_encoder`) on every call; for the
dozens of small values a stored document has (evidence, members, mention spans) that setup
is most of the cost. The encoder made here once writes the same text: the same settings,
no indent, and no check for circular references (which only changes the error a circular
value would raise; nothing written to the store is circular).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _encoder


def json_encoder(*, ensure_ascii: bool = True, separators: tuple[str, str] = (", ", ": "),
                 sort_keys: bool = False) -> Callable[[object], str]:
    """`json.JSONEncoder(ensure_ascii=..., separators=..., sort_keys=...).encode`."""
    reference = json.JSONEncoder(ensure_ascii=ensure_ascii, separators=separators,
                                 sort_keys=sort_keys)
    make = _encoder.c_make_encoder
    if make is None:  # a Python without the C accelerator: the standard way
        return reference.encode
    encode_string = _encoder.encode_basestring_ascii if ensure_ascii \
        else _encoder.encode_basestring
    c_encode = make(None, reference.default, encode_string, None, separators[1],
                    separators[0], sort_keys, False, True)
    join = "".join

    def encode(value: object) -> str:
        if isinstance(value, str):
            return encode_string(value)  # as `JSONEncoder.encode` does for a string
        return join(c_encode(value, 0))

    return encode
