"""A per-document time budget, so one pathological document cannot stall a batch.

Every stage is linear in its input, but "linear" on a 100 MB page can still be minutes;
users running overnight jobs want a clear `timeout` error for that one document and the
rest of the batch done. On Unix, in the main thread of a process (the CLI, and each
worker of a process pool), a real-time interval timer interrupts the analysis wherever
it is; elsewhere (other threads, Windows) the budget is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from chronik.read.errors import InputError

BASE_SECONDS = 30.0
CHARS_PER_SECOND = 50_000  # far below the slowest measured rate, so only runaways hit it


class DocumentTimeout(InputError):
    """Analysis of one document took longer than its budget."""


def budget_for(chars: int) -> float:
    """Seconds a document of this many characters may take: a base plus a linear share."""
    return BASE_SECONDS + chars / CHARS_PER_SECOND


def _enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise DocumentTimeout inside the block once `seconds` of wall time have passed."""
    if seconds <= 0:
        raise ValueError(f"time budget must be positive, got {seconds}")
    if not _enforceable():
        yield
        return

    def _expired(_signum, _frame):
        raise DocumentTimeout(f"timeout: analysis of {what} took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
