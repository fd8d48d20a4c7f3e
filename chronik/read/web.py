"""Web pages: one HTML page -> one Document (main text and title by trafilatura, date by htmldate).

Nothing here touches the network: both libraries only parse the bytes they are given.
The Document's fields are the extracted title and main text, so offsets index those
strings (a crawled page has no "original text" a reader would slice otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache

from chronik.model import Document, Region
from chronik.read.dates import parse_given_date
from chronik.read.errors import InputError, ReadError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@cache
def _libraries():
    """Import the extractors once per process: trafilatura's import alone takes ~0.3 s."""
    import htmldate
    import trafilatura
    return trafilatura, htmldate


def html_doc_id(source: str) -> str:
    name = os.path.basename(source)
    for ext in HTML_SUFFIXES:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def document_from_html(data: bytes | str, *, source: str, doc_id: str | None = None,
                       url: str | None = None, fallback_date: str | None = None,
                       lang: str | None = None) -> Document:
    """Extract one page's article. Raises InputError naming the reason when there is none.

    The publication date is the page's own (meta tags, structured data, visible dates,
    as htmldate finds them without guessing from loose text); `fallback_date` (e.g. the
    crawl date) is used only when the page gives none.
    """
    trafilatura, htmldate = _libraries()
    if not data.strip():
        raise InputError("empty HTML page")
    try:
        tree = trafilatura.load_html(data)
        if tree is None:
            raise InputError("not parseable as HTML")
        # date and title first: trafilatura prunes the tree it is given
        page_date = htmldate.find_date(tree, extensive_search=False, original_date=True,
                                       url=url)
        title = page_title(tree)
        # without trafilatura's metadata pass (authors, licence, categories: two thirds of
        # its time on a typical page) and without its fallback extractors
        result = trafilatura.bare_extraction(tree, url=url, with_metadata=False,
                                             include_comments=False, include_tables=False,
                                             fast=True)
    except RecursionError:
        # lxml copes with deep trees, but the extractors walk some of them recursively
        raise InputError("HTML nested too deeply to extract (recursion limit reached)") from None
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - any parser failure is this page's problem only
        raise InputError(f"cannot extract from HTML: {type(err).__name__}: {err}") from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError("no main text found in the HTML page")
    if title and text.startswith(title + "\n"):
        # trafilatura repeats an <h1> headline as the first line; keep it once, as the title
        text = text[len(title) + 1:].lstrip("\n")
    date_given = None
    for candidate in (page_date, fallback_date):
        if candidate:
            try:
                date_given = parse_given_date(candidate)
                break
            except InputError:
                continue
    fields = {"text": text}
    regions: list[Region] = []
    if title:
        fields["title"] = title
        regions.append(Region("title", 0, len(title), "title"))
    regions.append(Region("text", 0, len(text), "body"))
    return Document(id=doc_id or html_doc_id(source), fields=fields, regions=regions,
                    title=title, lang=lang, date_given=date_given, source=source,
                    url=url)


def page_title(tree) -> str | None:
    """The headline: og:title, else the first <h1>, else <title> less a " | Site" suffix."""
    for xpath in ('//meta[@property="og:title"]/@content', "//h1", "//title"):
        found = tree.xpath(xpath)
        if not found:
            continue
        node = found[0]
        text = " ".join((node if isinstance(node, str) else node.text_content()).split())
        if xpath == "//title":
            text = text.split(" | ")[0].strip()
        if text:
            return text
    return None


def read_html(data: bytes, *, source: str, date: str | None = None,
              lang: str | None = None) -> Iterator[Document | ReadError]:
    """Read one HTML file; `date` (the --date option) is used only if the page has none."""
    try:
        yield document_from_html(data, source=source, lang=lang,
                                 fallback_date=parse_given_date(date) if date else None)
    except InputError as err:
        yield ReadError(source, str(err))
