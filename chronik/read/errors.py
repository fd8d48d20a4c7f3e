from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class ReadError:
    """A document that could not be read: where it came from and why, in one line."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class InputError(ValueError):
    """Raised inside a reader; turned into a ReadError at the boundary."""
