"""Readers: turn files, JSON Lines records and standard input into `Document`s.

Every reader yields either a `Document` or a `ReadError`, never raises for bad input,
so one broken document cannot stop a batch.
"""

from chronik.read.dates import parse_given_date
from chronik.read.errors import ReadError
from chronik.read.files import DEFAULT_MAX_BYTES, read_bytes, read_path, read_paths

__all__ = [
           "DEFAULT_MAX_BYTES",
           "ReadError",
           "parse_given_date",
           "read_bytes",
           "read_path",
           "read_paths",
]
