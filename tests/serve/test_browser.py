"""The pages in headless Chromium (Debian's, driven by Playwright): load the timeline for the
sample store, filter by an entity, open an event, and see its source sentence highlighted.

Skips with the reason when /usr/bin/chromium or Playwright is missing (.ci/run installs
both). Screenshots go to the test's tmp directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.serve.live import CHROMIUM, CHROMIUM_ARGS, serving

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="Playwright is not installed (pip install -e '.[dev]')")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def base_url(sample_db: Path):
    with serving(sample_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def timeline_page(browser, base_url):
    """One loaded timeline for many small evaluations."""
    pg = browser.new_page()
    pg.goto(base_url + "/?entity=Norland")
    pg.wait_for_selector("svg .ev")
    yield pg
    pg.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda err: errors.append(str(err)))
    yield pg
    context.close()
    assert not errors, errors


def test_filter_by_entity_open_an_event_and_see_its_sentence(page, base_url, tmp_path):
    page.goto(base_url + "/")
    page.wait_for_selector("svg .ev")
    page.fill("input[name=entity]", "Ida Varga")  # no event has her as participant
    page.click("button[type=submit]")
    page.wait_for_selector(".status-line:has-text('No events match')")
    page.fill("input[name=entity]", "Norland")
    page.click("button[type=submit]")
    page.wait_for_selector(".status-line:has-text('Showing 4 of 4')")
    assert "entity=Norland" in page.url  # the view can be shared
    assert page.locator("svg .ev").count() == 4
    for status in ("cancelled", "happened", "ongoing", "uncertain"):
        assert page.locator(f"svg .ev.st-{status}").count() == 1, status

    page.hover("svg .ev.st-cancelled")
    assert "Treffen von Norland und Südmark abgesagt" in page.inner_text(".tip")

    page.click("svg .ev.st-happened")
    page.wait_for_selector("#details .report")
    assert "event=" in page.url
    marks = page.locator("#details .sentence mark.hit").all_inner_texts()
    assert "Delegations from Norland and Südmark met in Bern on May 20, 2023" in marks
    assert "Ein neues Treffen ist am 20. Mai 2023 in Bern geplant" in marks
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)


def test_examples_corpus_filter_by_a_participant_and_open_an_event(page, base_url):
    """The examples/ corpus through the real pipeline: the summit in Geneva has Dascu
    among its participants; its sources show the reporting sentences with the event's
    words marked."""
    page.goto(base_url + "/?entity=Dascu")
    page.wait_for_selector("svg .ev")
    assert page.locator("svg .ev").count() >= 1
    page.locator("svg .ev").first.click()
    page.wait_for_selector("#details .report")
    assert "Dascu" in page.inner_text("#details p")  # among the participants
    for report in page.locator("#details .report").all():
        sentence = report.locator(".sentence").inner_text()
        marked = report.locator(".sentence mark.hit").inner_text()
        assert marked and marked in sentence


def test_keyboard_reaches_and_opens_an_event(page, base_url):
    page.goto(base_url + "/?entity=S%C3%BCdmark&status=ongoing")
    page.wait_for_selector("svg .ev")
    page.focus("svg .ev")
    page.keyboard.press("Enter")
    page.wait_for_selector("#details .report")
    assert "Negotiations between Norland and Südmark continue" in page.inner_text("#details h2")
    assert page.locator("#details .sentence mark.hit").inner_text() == \
        "The negotiations are continuing on Monday"


def test_zoom_changes_the_axis(page, base_url):
    page.goto(base_url + "/?entity=Norland")
    page.wait_for_selector("svg .ev")
    before = page.locator("svg .axis text").all_text_contents()
    page.click("[data-zoom=in]")
    page.click("[data-zoom=in]")
    assert page.locator("svg .axis text").all_text_contents() != before
    page.click("[data-zoom=reset]")
    assert page.locator("svg .axis text").all_text_contents() == before
    page.hover(".axis-wrap svg", position={"x": 5, "y": 5})
    page.mouse.wheel(0, -300)  # a plain wheel scrolls the page, it does not zoom
    assert page.locator("svg .axis text").all_text_contents() == before
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    assert page.locator("svg .axis text").all_text_contents() != before
    page.focus(".axis-wrap svg")
    page.keyboard.press("0")  # fit again from the keyboard
    assert page.locator("svg .axis text").all_text_contents() == before


def test_shared_url_restores_filters_and_event(page, base_url):
    page.goto(base_url + "/?entity=Norland")
    page.wait_for_selector("svg .ev")
    page.click("svg .ev.st-uncertain")
    page.wait_for_selector("#details .report")
    shared = page.url
    page.goto(shared)
    page.wait_for_selector("#details .report")
    assert page.input_value("input[name=entity]") == "Norland"
    assert "Unterzeichnung des Vertrags ungewiss" in page.inner_text("#details h2")


def test_document_page_shows_values_on_focus(page, base_url):
    page.goto(base_url + "/documents")
    page.click("text=Norland sagt Treffen ab")
    timex = page.locator("mark.timex[data-value='2023-05-20']")
    timex.focus()
    tip = timex.evaluate("el => getComputedStyle(el, '::after').content")
    assert "2023-05-20" in tip


def test_phone_width_has_no_horizontal_scroll(browser, base_url, tmp_path):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    pg = context.new_page()
    for url in ("/?entity=Norland", "/entities", "/documents"):
        pg.goto(base_url + url)
        if url.startswith("/?"):
            pg.wait_for_selector("svg .ev")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 380, (url, width)
    pg.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


def test_api_docs_page_renders_the_schema_offline(page, base_url):
    page.goto(base_url + "/docs")
    page.wait_for_selector("#api-docs section")
    text = page.inner_text("#api-docs")
    assert "/api/events" in text and "/api/extract" in text


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2023-05-20", "2023-05-20T00:00:00.000Z", "2023-05-21T00:00:00.000Z"),
    ("2023-05", "2023-05-01T00:00:00.000Z", "2023-06-01T00:00:00.000Z"),
    ("2023", "2023-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z"),
    ("2023-03-23T21:30", "2023-03-23T21:30:00.000Z", "2023-03-23T21:30:00.000Z"),
    ("2023-W10", "2023-03-06T00:00:00.000Z", "2023-03-13T00:00:00.000Z"),  # Monday 6 March
    ("2021-W01", "2021-01-04T00:00:00.000Z", "2021-01-11T00:00:00.000Z"),
    ("2023-Q2", "2023-04-01T00:00:00.000Z", "2023-07-01T00:00:00.000Z"),
    ("2023-SU", "2023-06-01T00:00:00.000Z", "2023-09-01T00:00:00.000Z"),
    ("2023-02-19TEV", "2023-02-19T18:00:00.000Z", "2023-02-19T22:00:00.000Z"),
])
def test_timex_values_are_placed_over_the_time_they_name(timeline_page, value, start, end):
    got = timeline_page.evaluate("v => window.chronikTimeRange(v).map(t => new Date(t).toISOString())",
                        value)
    assert got == [start, end]


_CONTRAST_JS = """
(selectors) => {
  const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const sel of selectors) {
    for (const el of document.querySelectorAll(sel)) {
      const a = lum(rgb(getComputedStyle(el).color).slice(0, 3)), b = lum(background(el));
      out.push([sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
    }
  }
  return out;
}
"""


def test_text_contrast_meets_wcag_aa(timeline_page):
    """Every kind of text on the timeline page: contrast ratio at least 4.5:1."""
    selectors = [".badge", ".lede", ".hint", ".status-line", ".filters label", "a",
                 ".event-list .date", ".event-list .meta", "button"]
    ratios = timeline_page.evaluate(_CONTRAST_JS, selectors)
    assert {sel for sel, _ in ratios} >= {".badge", ".lede", "a", "button"}
    low = [(sel, round(r, 2)) for sel, r in ratios if r < 4.5]
    assert not low, low
