"""One module per `chronik` subcommand.

Each module defines `ORDER` (its place in `chronik --help`) and `register(subparsers)`,
which adds its parser and sets `func`. The CLI discovers the modules here, so a new
command is a new file, not an edit to a shared list.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register_all(sub: argparse._SubParsersAction) -> None:
    modules = [importlib.import_module(f"{__name__}.{info.name}")
               for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    for module in sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__)):
        module.register(sub)


def positive_int(raw: str) -> int:
    """argparse type: a whole number above zero."""
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value
