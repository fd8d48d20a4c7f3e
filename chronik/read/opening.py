"""Opening an input for streaming, or saying clearly why it cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from chronik.read.errors import ReadError


def open_input(source: str, example: str) -> BinaryIO | ReadError:
    """The file opened for binary reading, or a ReadError naming the reason.

    `example` completes the hint for a directory: "give the files, e.g. dir/*.jsonl".
    """
    try:
        if Path(source).is_dir():
            return ReadError(source, f"is a directory (give the files, e.g. dir/{example})")
        return open(source, "rb")
    except FileNotFoundError:
        return ReadError(source, "no such file")
    except OSError as err:
        return ReadError(source, f"cannot read: {err.strerror or err}")
