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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Self

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


class Turns:
    """The time budgets of documents analysed in turns (a stage over all of them, then the
    next stage): each document spends its own budget over its turns, and a turn that
    overruns what its document has left raises the DocumentTimeout `time_budget` would.

        with Turns(budgets, names) as turns:
            with turns.turn(k):
                ...  # document k's share of a stage

    The alarm's handler is set once for all turns; a turn costs two timer calls.
    """

    def __init__(self, budgets: list[float], names: list[str]) -> None:
        for seconds in budgets:
            if seconds <= 0:
                raise ValueError(f"time budget must be positive, got {seconds}")
        self.budgets, self.names = budgets, names
        self.left = list(budgets)
        self._enforced = _enforceable()
        self._previous = None
        self._current: int | None = None  # whose turn it is (None: several documents')

    def __enter__(self) -> Self:
        if self._enforced:
            self._previous = signal.signal(signal.SIGALRM, self._expired)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._enforced:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def _expired(self, _signum, _frame):
        k = self._current
        if k is None:
            raise DocumentTimeout("timeout: analysis of several documents together")
        raise DocumentTimeout(f"timeout: analysis of {self.names[k]} took longer than "
                              f"{self.budgets[k]:.0f} s")

    def turn(self, k: int) -> _Turn:
        """Document k's turn, within what is left of its budget (a context manager)."""
        return _Turn(self, k)

    @contextmanager
    def turn_of_all(self, ks: list[int]) -> Iterator[None]:
        """One turn for the documents `ks` together, within the least time any has left;
        charged to none of them (a turn that overruns is taken again document by document)."""
        self._current = None
        seconds = min(self.left[k] for k in ks)
        if seconds <= 0:
            self._expired(None, None)
        if self._enforced:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            if self._enforced:
                signal.setitimer(signal.ITIMER_REAL, 0)


class _Turn:
    """One document's turn (`Turns.turn`): a class, not a generator, as it is entered for
    every document at every stage."""

    __slots__ = ("k", "started", "turns")

    def __init__(self, turns: Turns, k: int) -> None:
        self.turns, self.k = turns, k

    def __enter__(self) -> None:
        turns, k = self.turns, self.k
        turns._current = k
        if turns.left[k] <= 0:
            turns._expired(None, None)
        if turns._enforced:
            signal.setitimer(signal.ITIMER_REAL, turns.left[k])
        self.started = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        turns = self.turns
        if turns._enforced:
            signal.setitimer(signal.ITIMER_REAL, 0)
        turns.left[self.k] -= time.perf_counter() - self.started
