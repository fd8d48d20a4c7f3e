"""`chronik ingest`: analyse articles and store them (with their events, quotes, entities)."""

from __future__ import annotations

import argparse
import sys

from chronik.commands import positive_int
from chronik.commands.extract import add_read_options

ORDER = 20
DEFAULT_DB = "chronik.db"


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store file (default {DEFAULT_DB})")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse articles and add them to a store",
                       description="Read articles (files, directories recursively, globs, `-`; "
                                   "seed format, plain text, JSON Lines, RSS/Atom feeds), analyse "
                                   "them and store the results in one SQLite file. Content "
                                   "already stored is skipped, so a re-run resumes.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, globs or -")
    p.add_argument("--from-parquet", metavar="DIR",
                   help="store the results of a `chronik batch` run (its output folder) "
                        "without analysing the articles again")
    add_db_option(p)
    p.add_argument("--workers", type=positive_int, default=1,
                   help="analyse in N processes (writes stay in one; results are identical)")
    p.add_argument("--batch-size", type=positive_int, default=64,
                   help="documents per transaction (default 64)")
    p.add_argument("--busy-timeout", type=float, default=60.0,
                   help="seconds to wait while another ingest writes to the store (default 60)")
    add_read_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.store import Store, StoreError, ingest_paths

    options = {"date": args.date, "lang": args.lang, "max_bytes": args.max_bytes,
               "input_format": None if args.input == "auto" else args.input}
    progress = _Progress() if sys.stderr.isatty() else None

    def on_error(err: object) -> None:
        if progress:
            progress.console.print(f"chronik: error: {err}", markup=False, highlight=False)
        else:
            print(f"chronik: error: {err}", file=sys.stderr)

    if bool(args.paths) == bool(args.from_parquet):
        print("chronik: error: give the articles to ingest (PATH...) or --from-parquet DIR, "
              "not both", file=sys.stderr)
        if progress:
            progress.stop()
        return 2
    try:
        with Store(args.db, busy_timeout=args.busy_timeout) as store:
            try:
                if args.from_parquet:
                    report = _from_parquet(store, args, on_error, progress)
                else:
                    report = ingest_paths(store, args.paths, workers=args.workers,
                                          read_options=options, batch_size=args.batch_size,
                                          on_error=on_error, progress=progress)
            finally:
                if progress:
                    progress.stop()
    except StoreError as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    print(f"chronik: {args.db}: {report.summary()}", file=sys.stderr)
    return 1 if report.failed else 0


def _from_parquet(store, args: argparse.Namespace, on_error, progress):
    """Documents analysed by `chronik batch` go into the store as they are."""
    from pathlib import Path

    from chronik.batch import read_documents
    from chronik.read import ReadError
    from chronik.store.ingest import IngestReport, already_analysed, ingest

    folder = Path(args.from_parquet)
    if not (folder / "documents").is_dir():
        on_error(ReadError(str(folder), "not a `chronik batch` output folder (no documents/)"))
        return IngestReport(failed=1)
    return ingest(store, read_documents(folder), batch_size=args.batch_size, on_error=on_error,
                  progress=progress, analyse=already_analysed)


class _Progress:
    """Documents done and documents/s on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.console = Console(stderr=True)
        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=self.console, transient=True)
        self.task = self.bar.add_task("ingesting", total=None)
        self.bar.start()

    def __call__(self, report) -> None:
        rate = report.seen / report.seconds if report.seconds else 0.0
        self.bar.update(self.task, description=(
            f"{report.seen} documents ({report.stored} new, {report.duplicates} known, "
            f"{report.failed} failed) · {rate:.0f} documents/s"))

    def stop(self) -> None:
        self.bar.stop()
