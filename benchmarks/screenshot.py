"""Take the screenshot shown in docs/serve.md: the timeline of the sample store (examples/
plus the hand-annotated test articles) up to April 2023, with the event most sources
report opened.

    .venv/bin/python benchmarks/screenshot.py            # writes docs/timeline.png
    .venv/bin/python benchmarks/screenshot.py --all /tmp # also the document, entity, phone pages

Needs Debian's chromium (/usr/bin/chromium) and Playwright (the dev extra).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.serve.live import CHROMIUM, CHROMIUM_ARGS, serving
from tests.serve.sample import build_sample_store


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "timeline.png")
    p.add_argument("--all", type=Path, metavar="DIR", help="also save the other pages here")
    args = p.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        db = build_sample_store(Path(tmp) / "sample.db")
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        with serving(db) as url:
            page = browser.new_page(viewport={"width": 1000, "height": 1100})
            # the examples' timeline in May–April 2023, with the event most sources report
            events = page.request.get(url + "/api/events?to=2023-04&limit=500").json()["items"]
            best = max(events, key=lambda e: (e["n_sources"], -e["id"]))
            page.goto(url + "/?to=2023-04")
            page.wait_for_selector("svg .ev")
            page.click(f"svg .ev[data-id='{best['id']}']")
            page.wait_for_selector("#details .report")
            page.evaluate("window.scrollTo(0, 0)")
            page.locator("svg .ev").last.hover()
            page.screenshot(path=str(args.out))
            print(f"wrote {args.out}")
            if args.all:
                args.all.mkdir(parents=True, exist_ok=True)
                page.goto(url + "/documents")
                page.click("text=Norland sagt Treffen ab")
                page.focus("mark.timex[data-value='2023-05-20']")
                page.screenshot(path=str(args.all / "document.png"), full_page=True)
                page.goto(url + "/entities?q=Ida+Varga")
                page.click("text=Ida Varga")
                page.wait_for_selector("svg .ev, .status-line:has-text('No events')")
                page.screenshot(path=str(args.all / "entity.png"), full_page=True)
                page.goto(url + "/docs")
                page.wait_for_selector("#api-docs section")
                page.screenshot(path=str(args.all / "docs.png"))
                phone = browser.new_page(viewport={"width": 375, "height": 800}, is_mobile=True)
                phone.goto(url + "/?entity=Norland&event=2")
                phone.wait_for_selector("svg .ev")
                phone.screenshot(path=str(args.all / "phone.png"), full_page=True)
                print(f"wrote the other pages to {args.all}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
