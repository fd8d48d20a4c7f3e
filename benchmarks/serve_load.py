"""Load check of `chronik serve`: timeline API requests per second over 100,000 stored events.

Synthesises a store directly with SQL (no pipeline; same schema as `chronik ingest` writes),
starts `chronik serve` on a free loopback port in a subprocess (one uvicorn process, as a
user runs it), and sends timeline requests from 20 concurrent clients (asyncio + httpx) on
the same machine. Each scenario is bounded by a request count and a time limit, so the
run always ends. Reports requests/s and p50/p99 latency per scenario.

    nice -n 10 .venv/bin/python benchmarks/serve_load.py            # ~1-2 minutes
    .venv/bin/python benchmarks/serve_load.py --events 20000 --requests 300 --no-write

Writes its section of docs/benchmarks.md and docs/serve.md (between `<!-- serve_load:start -->`
and `<!-- serve_load:end -->`). Client and server share the machine's cores, so the numbers
are a floor for what one server process does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import docs_section  # benchmarks/docs_section.py: the script's folder is on sys.path

from chronik import __version__
from chronik.store import Store

START_MARK, END_MARK = "<!-- serve_load:start -->", "<!-- serve_load:end -->"
STATUSES = ["planned", "happened", "ongoing", "cancelled", "uncertain"]
# 500 names: each takes part in ~0.4 % of the events, as a busy real name might
NAMES = ["Valdarien", "Sorelien", "Norland", "Südmark", "Ida Varga", "Aurel Dascu",
         "Lenka Marović", "Beatrice Hummel", "Kessla Energie", "Merava-Kommission",
         *(f"Person{i} Nachname{i}" for i in range(490))]
TRIGGERS = ["Gipfel", "Treffen", "Abstimmung", "Wahl", "Streik", "Unterzeichnung", "summit",
            "vote", "talks", "protest"]
FIRST_DAY = date(2019, 1, 1)
DAYS = 1826  # five years


def synthesise(db: Path, n_events: int, seed: int = 7) -> dict:
    """`n_events` events (one report each) in n_events/20 documents, over five years."""
    rng = random.Random(seed)
    Store(db).close()  # the schema, exactly as chronik writes it
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=OFF")
    n_docs = max(1, n_events // 20)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    docs, merged, events, people, fts = [], [], [], [], []
    for d in range(1, n_docs + 1):
        day = FIRST_DAY + timedelta(days=d * DAYS // n_docs)
        text = f"Bericht {d}. " + " ".join(f"Satz {i} über das Ereignis." for i in range(20))
        docs.append((d, f"doc-{d}", f"hash-{d}", f"synthetic/{d}.txt", "de" if d % 4 else "en",
                     day.isoformat(), f"Artikel {d}", text, "{}", now))
    for e in range(1, n_events + 1):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        hour = rng.choice([None, None, "10:00", "21:30"])
        value = f"{day.isoformat()}T{hour}" if hour else day.isoformat()
        trigger, status = rng.choice(TRIGGERS), rng.choice(STATUSES)
        who = rng.sample(NAMES, 2)
        summary = f"{trigger}: {who[0]} und {who[1]}"
        merged.append((e, value, day.isoformat(), value, status, summary, f"u{e}"))
        events.append((e, rng.randint(1, n_docs), e, f"e{e}", "text", 10, 30, trigger,
                       trigger.lower(), summary, value, status))
        people += [(e, i, name, name.lower(), None) for i, name in enumerate(who)]
        fts.append((e, summary, trigger, " ; ".join(who), ""))
    con.executemany(
        "INSERT INTO documents(id, doc_id, content_hash, source, lang, date, title, text, "
        "fields_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
    con.executemany(
        "INSERT INTO merged_events(id, sort_key, day_key, value, status, summary, "
        "contradiction, n_sources, uid) VALUES (?,?,?,?,?,?,0,1,?)", merged)
    con.executemany(
        'INSERT INTO events(id, document_id, merged_id, eid, field, start, "end", trigger, '
        "trigger_key, summary, value, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)
    con.executemany("INSERT INTO event_participants VALUES (?,?,?,?,?)", people)
    con.executemany("INSERT INTO events_fts(rowid, summary, trigger, participants, location) "
                    "VALUES (?,?,?,?,?)", fts)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"events": n_events, "documents": n_docs, "bytes": db.stat().st_size}


def _month(rng: random.Random) -> str:
    d = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    return f"{d.year}-{d.month:02d}"


def _one_month(r: random.Random) -> str:
    m = _month(r)
    return f"/api/events?from={m}&to={m}&limit=50"


def _combined(r: random.Random) -> str:
    m = _month(r)
    return (f"/api/events?entity={r.choice(NAMES)}&status={r.choice(STATUSES)}"
            f"&from={m}&to={m}")


def scenarios(n_events: int) -> list[tuple[str, Callable[[random.Random], str]]]:
    """(label, function of a Random giving one request path)."""
    return [
        ("first page (limit 50)", lambda r: "/api/events?limit=50"),
        ("one month (from/to YYYY-MM)", _one_month),
        ("entity filter", lambda r: f"/api/events?entity={r.choice(NAMES)}&limit=50"),
        ("entity + status + month", _combined),
        ("deep page (random offset)",
         lambda r: f"/api/events?limit=50&offset={r.randrange(max(1, n_events - 50))}"),
        ("timeline page load (limit 500)", lambda r: "/api/events?limit=500"),
        ("one event with sources", lambda r: f"/api/events/{r.randint(1, n_events)}"),
    ]


async def run_scenario(base: str, make_path, clients: int, requests: int,
                       seconds: float, seed: int) -> dict:
    import httpx

    latencies: list[float] = []
    failures: list[str] = []
    errors = 0
    budget = {"left": requests}
    deadline = time.monotonic() + seconds

    async def client(i: int, http: httpx.AsyncClient) -> None:
        nonlocal errors
        rng = random.Random(seed * 1000 + i)
        while budget["left"] > 0 and time.monotonic() < deadline:
            budget["left"] -= 1
            path = make_path(rng)
            t0 = time.perf_counter()
            try:
                response = await http.get(base + path)
            except httpx.TransportError as err:  # counted, reported, and the run goes on
                errors += 1
                failures.append(f"{path}: {type(err).__name__} {err}")
                continue
            latencies.append(time.perf_counter() - t0)
            if response.status_code != 200:
                errors += 1
                failures.append(f"{path}: HTTP {response.status_code}")

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=60) as http:
        await http.get(base + "/api/events?limit=1")  # warm up
        t0 = time.perf_counter()
        await asyncio.gather(*(client(i, http) for i in range(clients)))
        wall = time.perf_counter() - t0
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    for line in failures[:5]:
        print(f"  error: {line}", file=sys.stderr)
    return {"requests": len(latencies), "errors": errors, "seconds": wall,
            "rps": len(latencies) / wall, "p50_ms": q[49] * 1000, "p99_ms": q[98] * 1000}


def alone(db: Path, make_path, n: int, seed: int) -> float:
    """Median ms of one request at a time through the app in-process (no network, no
    concurrency): what a request costs when it has the machine to itself."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from chronik.serve import create_app

    rng = random.Random(seed)
    times = []
    with TestClient(create_app(db)) as client:
        client.get(make_path(rng))
        for _ in range(n):
            path = make_path(rng)
            t0 = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "chronik", "serve", "--db", str(db),
                             "--port", str(port)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"chronik serve exited: {proc.stderr.read()}") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("chronik serve did not start within 30 s")


def markdown(res: dict) -> str:
    s = res["store"]
    lines = [START_MARK, "## Serve: timeline API under load (`benchmarks/serve_load.py`)", "",
             f"- Date: {res['date']}",
             (f"- Machine: {res['machine']}; nproc {os.cpu_count()}; load average at start "
             f"{res['load']:.1f} (other jobs on the machine share its cores)"),
             f"- chronik {__version__}",
             f"- Command: `{res['command']}`", "",
             (f"One `chronik serve` process (uvicorn, one worker) over a store of "
              f"{s['events']:,} events in {s['documents']:,} documents "
              f"({s['bytes'] / 2**20:.0f} MiB), {res['clients']} concurrent clients "
              f"(asyncio + httpx, keep-alive) on loopback; each scenario stops after "
              f"{res['requests']:,} requests or {res['seconds']:.0f} s. Client and server share "
              "the machine's two cores, so these are floors."), "",
             "| Scenario | Requests | Errors | Requests/s | p50 | p99 | One at a time |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in res["results"]:
        lines.append(f"| {r['scenario']} | {r['requests']:,} | {r['errors']} | "
                     f"{r['rps']:.0f} | {r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms | "
                     f"{r['alone_ms']:.1f} ms |")
    lines += ["", ("*One at a time*: median of 30 requests sent one after another through the "
                   "app in-process (no network, no concurrency, same machine and load): what one "
                   "request costs without waiting for others. A transport error is a connection the server "
                   "closed while a request was on it; each is listed by the script."), END_MARK]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str, heading: str) -> None:
    docs_section.write_section(path, START_MARK, END_MARK, section, heading)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000, help="per scenario (default 2000)")
    ap.add_argument("--seconds", type=float, default=20, help="per scenario at most")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    res: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                 "machine": f"{platform.platform()}; CPython {platform.python_version()}",
                 "command": "nice -n 10 .venv/bin/python benchmarks/serve_load.py "
                            + " ".join(argv if argv is not None else sys.argv[1:]),
                 "load": os.getloadavg()[0], "clients": args.clients, "requests": args.requests, "seconds": args.seconds,
                 "results": []}
    with tempfile.TemporaryDirectory(prefix="chronik-serve-") as tmp:
        db = Path(tmp) / "load.db"
        print(f"synthesising {args.events:,} events ...", file=sys.stderr)
        res["store"] = synthesise(db, args.events)
        proc, base = serve(db)
        try:
            for i, (label, make_path) in enumerate(scenarios(args.events)):
                r = asyncio.run(run_scenario(base, make_path, args.clients, args.requests,
                                             args.seconds, seed=i))
                r["scenario"] = label
                r["alone_ms"] = alone(db, make_path, 30, seed=i)
                res["results"].append(r)
                print(f"{label}: {r['rps']:.0f} req/s, p50 {r['p50_ms']:.1f} ms, "
                      f"p99 {r['p99_ms']:.1f} ms, {r['errors']} errors", file=sys.stderr)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    if args.json:
        print(json.dumps(res, indent=2))
    section = markdown(res)
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "benchmarks.md", section, "# Benchmarks\n")
        write_section(ROOT / "docs" / "serve.md", section, "# chronik serve\n")
    failed = sum(r["errors"] for r in res["results"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
