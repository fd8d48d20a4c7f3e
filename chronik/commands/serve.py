"""`chronik serve`: the timeline web pages and a JSON API over a store (read-only)."""

from __future__ import annotations

import argparse
import os
import sys

from chronik.commands import positive_int
from chronik.commands.ingest import add_db_option

ORDER = 24
LOOPBACK = "127.0.0.1"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve a store as web pages and a JSON API (read-only)",
                       description="Serve the timeline, entity and document pages and a JSON "
                                   "API (documented at /docs) over a store. The store is opened "
                                   "read-only. Listens on the loopback address unless --host "
                                   "says otherwise.")
    add_db_option(p)
    p.add_argument("--host", default=LOOPBACK,
                   help=f"address to listen on (default {LOOPBACK}: this machine only; "
                        "0.0.0.0 makes the store readable by anyone who can reach the port)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-body", type=positive_int, default=None, metavar="BYTES",
                   help="largest request body accepted by POST /api/extract (default 1 MB)")
    p.add_argument("--workers", type=positive_int, default=1,
                   help="server processes sharing the port (default 1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from chronik.serve import DEFAULT_MAX_BODY, StoreUnavailable, create_app
    except ImportError as err:
        print(f"chronik: error: chronik serve needs the serve extra ({err.name} is missing): "
              "pip install 'chronik[serve]'", file=sys.stderr)
        return 2
    if not 0 <= args.port <= 65535:
        print(f"chronik: error: --port {args.port}: not a port number", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, max_body=args.max_body or DEFAULT_MAX_BODY)
    except StoreUnavailable as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    if args.host not in (LOOPBACK, "localhost", "::1"):
        print(f"chronik: warning: listening on {args.host}: anyone who can reach this port "
              "can read the store and use POST /api/extract", file=sys.stderr)
    print(f"chronik: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)",
          file=sys.stderr)
    if args.workers == 1:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    # several processes need the app by import path; each builds its own from these
    os.environ["CHRONIK_SERVE_DB"] = str(args.db)
    os.environ["CHRONIK_SERVE_MAX_BODY"] = str(args.max_body or DEFAULT_MAX_BODY)
    uvicorn.run("chronik.serve.app:app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="warning")
    return 0
