"""How analysed documents travel between ingest workers and the parent: faster pickling.

With workers, every analysed Document is pickled by its worker and unpickled by the
parent, which also writes the store: the parent is the bottleneck. The model's classes
are dataclasses with slots; Python pickles those through the `__getstate__` /
`__setstate__` functions the dataclass module writes in Python, a few Python calls per
object, and a news article brings a few hundred objects (sentences, mentions, spans…):
~0.4 ms to pickle and ~0.6 ms to unpickle per article. The reducers here give the same
objects back with less work: a mutable object is rebuilt by `object.__new__` and its
slots are set from a dict by the unpickler itself (in C); a frozen one (whose
`__setattr__` refuses) is rebuilt by calling its class with its fields. About 0.15 ms
and 0.3 ms.

They are registered with multiprocessing's pickler only, so nothing else that pickles
these classes is affected, and only for classes that these reducers rebuild exactly
(every field in `__init__`, no `__post_init__`, slots holding exactly the fields).
"""

from __future__ import annotations

import copyreg
import dataclasses
import operator
from collections.abc import Callable
from functools import cache
from multiprocessing.reduction import ForkingPickler

from chronik import model


def _rebuilt_exactly(cls: type) -> bool:
    fields = dataclasses.fields(cls)
    return (all(f.init for f in fields) and not hasattr(cls, "__post_init__")
            and set(getattr(cls, "__slots__", ())) == {f.name for f in fields})


def reducer(cls: type) -> Callable[[object], tuple]:
    """A `__reduce__` for instances of the slotted dataclass `cls`."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    get = operator.attrgetter(*names)
    one = len(names) == 1
    if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        def frozen(obj: object) -> tuple:
            return cls, ((get(obj),) if one else get(obj))
        return frozen

    def mutable(obj: object) -> tuple:
        # (None, slots): no __dict__ state, then each slot set by the unpickler
        return (copyreg.__newobj__, (cls,),  # type: ignore[attr-defined]
                (None, dict(zip(names, (get(obj),) if one else get(obj)))))
    return mutable


@cache
def register() -> None:
    """Use the reducers for the model's classes in multiprocessing (once per process; a
    worker started by fork inherits them, a spawned one calls this as its initializer)."""
    for value in vars(model).values():
        if (isinstance(value, type) and dataclasses.is_dataclass(value)
                and value.__module__ == model.__name__ and _rebuilt_exactly(value)):
            ForkingPickler.register(value, reducer(value))
