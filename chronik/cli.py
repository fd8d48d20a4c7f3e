"""The `chronik` command line: thin commands that parse arguments, call the API and render.

Each subcommand lives in its own module under `chronik.commands`.
"""

from __future__ import annotations

import argparse

from chronik import __version__
from chronik.commands import register_all


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chronik", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"chronik {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    register_all(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `chronik extract ... | head` is fine
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
