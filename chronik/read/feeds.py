"""RSS and Atom feeds: one Document per item, with the item's publication date.

An item's text is its full content where the feed carries it, else its summary, as plain
text (markup removed, entities decoded); the title is a field of its own, as in JSONL.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from chronik.model import Document, Region
from chronik.read.errors import ReadError

FEED_SUFFIXES = (".rss", ".atom")
_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")


def looks_like_feed(source: str, data: bytes) -> bool:
    """`.rss`/`.atom` files are feeds; an `.xml` file is one if its root is <rss>/<feed>/<rdf:RDF>."""
    low = source.lower()
    if low.endswith(FEED_SUFFIXES):
        return True
    return low.endswith(".xml") and _ROOT.search(data[:2048]) is not None


def plain_text(markup: str) -> str:
    """Markup to text: block elements become paragraph breaks, other tags disappear."""
    text = _BLOCK.sub("\n\n", markup)
    text = html.unescape(_TAG.sub("", text))
    text = "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


# Feeds lie about dates: a zeroed timestamp reads as 1970-01-01, a misconfigured server
# stamps items years ahead. Such a date would anchor every "heute" and "on Friday" of the
# item wrongly, so it is dropped and the item is read as undated.
EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=2)  # time zones and scheduled publication


def _item_date(entry: dict, now: datetime | None = None) -> str | None:
    now = now or datetime.now(UTC)
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            # feedparser gives UTC struct_time; the calendar day is what anchors "heute"
            when = datetime(*parsed[:6], tzinfo=UTC)
            if EARLIEST_PLAUSIBLE <= when <= now + FUTURE_SLACK:
                return when.date().isoformat()
    return None


def read_feed(data: bytes, *, source: str, lang: str | None = None,
              **_options: object) -> Iterator[Document | ReadError]:
    """Documents of a feed's items, in feed order; an item without text is a ReadError."""
    try:
        import feedparser
    except ImportError:
        yield ReadError(source, "reading feeds needs feedparser (pip install feedparser)")
        return
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield ReadError(source, f"not a readable RSS/Atom feed ({reason})")
        return
    feed_lang = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        text = plain_text(body or "")
        where = f"{source}#{number}"
        if not text:
            yield ReadError(source, f"feed item {number} has no text")
            continue
        title = plain_text(entry.get("title", "")) or None
        fields = {"text": text}
        regions = []
        if title:
            fields["title"] = title
            regions.append(Region("title", 0, len(title), "title"))
        regions.append(Region("text", 0, len(text), "body"))
        yield Document(id=entry.get("id") or entry.get("link") or where, fields=fields,
                       regions=regions, title=title, lang=lang or feed_lang,
                       date_given=_item_date(entry), source=where, url=entry.get("link"))
