"""Read gold TimeML files (TimeBank/AQUAINT, KRAUTS) into plain text plus TIMEX3 spans.

`TimeMLDocument.text` is the character content of the <TEXT> element with every inner tag
(TIMEX3, EVENT, SIGNAL, ...) removed and entities resolved; each `GoldTimex` indexes into it,
so `doc.text[t.start:t.end] == t.text` always holds.

Well-formed files go through ElementTree. Files it rejects (HTML entities such as `&nbsp;`,
mis-declared encodings) fall back to a regex scan of the <TEXT> element, which only has to
keep TIMEX3 tags balanced; anything worse raises ValueError naming the file.

ACE-style TIMEX2 files (WikiWars, WikiWarsDE `keyinline`) are read the same way: a TIMEX2's
`val` is its value, its type is inferred from the value (TIMEX2 has none: `P…` DURATION,
a clock or part of day TIME, `set="YES"` SET, else DATE), and the DCT is the TIMEX2
inside <DATETIME>.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "iter_timeml",
    "normalize_dct",
    "normalize_value",
    "read_timeml",
]

TIMEML_SUFFIXES = (".tml", ".xml")

_CLOCK_WITH_DOT = re.compile(r"T(\d\d)\.(\d\d)")
_DATE_PREFIX = re.compile(r"^(\d{4}-\d\d-\d\d)T")
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']""")
_TEXT_ELEMENT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.DOTALL)
# Only `<` followed by a name, `/`, `!` or `?` starts a tag; a bare `<` in broken text stays text.
_TAG = re.compile(r"<!--.*?-->|<[/!?A-Za-z_][^>]*>", re.DOTALL)
_TAG_PARTS = re.compile(r"<\s*(/?)\s*([A-Za-z_][\w.:-]*)(.*?)(/?)\s*>", re.DOTALL)
_ATTR = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TIMEX_OPEN = re.compile(r"<TIMEX3\b[^>]*>")
_TIMEX_TAGS = ("TIMEX3", "TIMEX2")
_DATETIME_ELEMENT = re.compile(r"<DATETIME\b[^>]*>(.*?)</DATETIME\s*>", re.DOTALL)
_TIMEX2_OPEN = re.compile(r"<TIMEX2\b[^>]*>")
_TIME_OF_DAY = re.compile(r"T(?:\d|MO|AF|EV|NI|DT)")
_DOCID = re.compile(r"<DOCID\b[^>]*>(.*?)</DOCID\s*>", re.DOTALL)
_DCT_ELEMENT = re.compile(r"<DCT\b[^>]*>(.*?)</DCT\s*>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    tid: str


@dataclass(slots=True)
class TimeMLDocument:
    doc_id: str
    path: str
    text: str
    dct: str | None
    timexes: list[GoldTimex]


@dataclass(frozen=True, slots=True)
class _RawTimex:
    """A TIMEX3 as found in <TEXT>, before filtering and cleanup."""

    start: int
    end: int
    attrs: dict[str, str]


def normalize_value(value: str) -> str:
    """Canonical form of a TIMEX3 value for comparison.

    KRAUTS writes clock times as `T20.30`; TimeML (and every tagger) uses `T20:30`.
    Values are stripped because some gold files carry trailing blanks (`"2014-H2 "`).
    """
    return _CLOCK_WITH_DOT.sub(r"T\1:\2", value.strip())


def normalize_dct(value: str | None) -> str | None:
    """Reduce a creation time to its calendar date: `1998-02-27T08:31:00` -> `1998-02-27`."""
    if value is None or not value.strip():
        return None
    value = normalize_value(value)
    match = _DATE_PREFIX.match(value)
    return match.group(1) if match else value


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Parse one TimeML file; raise ValueError (naming the file) if it is unusable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read file ({exc})") from exc
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        doc_id, text, raw, dct = _parse_with_regex(path, _decode(data))
    else:
        doc_id, text, raw, dct = _parse_with_etree(path, root)
    return TimeMLDocument(
        doc_id=doc_id or _stem(path),
        path=str(path),
        text=text,
        dct=normalize_dct(dct),
        timexes=_gold_timexes(text, raw),
    )


def iter_timeml(path_or_dir: str | Path) -> Iterator[TimeMLDocument]:
    """Yield one document for a file, or every *.tml / *.xml below a directory, sorted by path."""
    root = Path(path_or_dir)
    if root.is_file():
        yield read_timeml(root)
        return
    if not root.is_dir():
        raise ValueError(f"{root}: no such file or directory")
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TIMEML_SUFFIXES
    )
    for file in files:
        yield read_timeml(file)


# --- ElementTree path -------------------------------------------------------------------


def _local(tag: object) -> str:
    """Tag name without a namespace; comments/PIs have non-string tags."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_with_etree(
    path: Path, root: ET.Element
) -> tuple[str | None, str, list[_RawTimex], str | None]:
    text_elem = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element")
    text, raw = _flatten(text_elem)
    doc_id_elem = next((e for e in root.iter() if _local(e.tag) == "DOCID"), None)
    doc_id = "".join(doc_id_elem.itertext()).strip() if doc_id_elem is not None else None
    return doc_id, text, raw, _etree_dct(root)


def _flatten(elem: ET.Element) -> tuple[str, list[_RawTimex]]:
    """Concatenate all character data under `elem`, recording where each TIMEX3 begins/ends."""
    parts: list[str] = []
    timexes: list[_RawTimex] = []
    length = 0

    def visit(node: ET.Element) -> None:
        nonlocal length
        if node.text:
            parts.append(node.text)
            length += len(node.text)
        for child in node:
            start = length
            visit(child)
            if _local(child.tag) in _TIMEX_TAGS:
                timexes.append(_RawTimex(start, length, dict(child.attrib)))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    visit(elem)
    return "".join(parts), timexes


def _etree_dct(root: ET.Element) -> str | None:
    timexes = [e for e in root.iter() if _local(e.tag) == "TIMEX3"]
    for timex in timexes:
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value")
    # Older files mark the DCT only by position: the TIMEX3 inside <DCT>; TIMEX2 files the
    # TIMEX2 inside <DATETIME>.
    for dct in (e for e in root.iter() if _local(e.tag) == "DCT"):
        for timex in dct.iter():
            if _local(timex.tag) == "TIMEX3":
                return timex.get("value")
    for dct in (e for e in root.iter() if _local(e.tag) == "DATETIME"):
        for timex in dct.iter():
            if _local(timex.tag) == "TIMEX2":
                return timex.get("val")
    return None


# --- regex fallback ---------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Decode with the declared encoding, then UTF-8, then Latin-1 (which never fails)."""
    declared = _XML_DECL_ENCODING.match(data)
    candidates = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*candidates, "utf-8-sig", "cp1252", "latin-1"]:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # Match what an XML parser delivers, so offsets agree between the two paths.
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise AssertionError("latin-1 decodes any byte string")


def _attrs(tag_body: str) -> dict[str, str]:
    return {
        m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
        for m in _ATTR.finditer(tag_body)
    }


def _parse_with_regex(
    path: Path, source: str
) -> tuple[str | None, str, list[_RawTimex], str | None]:
    match = _TEXT_ELEMENT.search(source)
    if match is None:
        raise ValueError(f"{path}: not well-formed XML and no <TEXT>...</TEXT> element found")
    text, raw = _strip_tags(path, match.group(1))
    doc_id_match = _DOCID.search(source)
    doc_id = html.unescape(_TAG.sub("", doc_id_match.group(1))).strip() if doc_id_match else None
    return doc_id, text, raw, _regex_dct(source)


def _strip_tags(path: Path, inner: str) -> tuple[str, list[_RawTimex]]:
    """Remove tags from the inside of <TEXT>, tracking TIMEX3 spans in the resulting text."""
    parts: list[str] = []
    timexes: list[_RawTimex] = []
    open_timexes: list[tuple[int, dict[str, str]]] = []
    length = 0
    pos = 0
    for tag in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        parsed = _TAG_PARTS.fullmatch(tag.group())
        if parsed is None or parsed.group(2) not in _TIMEX_TAGS:
            continue  # comments, declarations and all non-TIMEX tags only disappear
        closing, _, body, self_closing = parsed.groups()
        if closing:
            if not open_timexes:
                raise ValueError(f"{path}: </TIMEX3> without opening tag at <TEXT> offset {pos}")
            start, attrs = open_timexes.pop()
            timexes.append(_RawTimex(start, length, attrs))
        elif self_closing:
            timexes.append(_RawTimex(length, length, _attrs(body)))
        else:
            open_timexes.append((length, _attrs(body)))
    if open_timexes:
        raise ValueError(f"{path}: unclosed <TIMEX3> in <TEXT>")
    parts.append(html.unescape(inner[pos:]))
    return "".join(parts), timexes


def _regex_dct(source: str) -> str | None:
    openings = [_attrs(m.group()) for m in _TIMEX_OPEN.finditer(source)]
    for attrs in openings:
        if attrs.get("functionInDocument") == "CREATION_TIME":
            return attrs.get("value")
    dct = _DCT_ELEMENT.search(source)
    if dct:
        inner = _TIMEX_OPEN.search(dct.group(1))
        if inner:
            return _attrs(inner.group()).get("value")
    datetime = _DATETIME_ELEMENT.search(source)
    if datetime:
        inner = _TIMEX2_OPEN.search(datetime.group(1))
        if inner:
            return _attrs(inner.group()).get("val")
    return None


# --- shared cleanup ---------------------------------------------------------------------


def _gold_timexes(text: str, raw: list[_RawTimex]) -> list[GoldTimex]:
    """Keep the scorable TIMEX3s: non-empty, not the creation time; trim blanks off spans."""
    gold: list[GoldTimex] = []
    for timex in sorted(raw, key=lambda t: (t.start, -t.end)):
        if timex.attrs.get("functionInDocument") == "CREATION_TIME":
            continue
        start, end = _trim(text, timex.start, timex.end)
        if start == end:
            continue  # empty TIMEX3s (anchors, implicit points) are not scored
        gold.append(
            GoldTimex(
                start=start,
                end=end,
                text=text[start:end],
                type=timex.attrs.get("type", "").strip() or _timex2_type(timex.attrs),
                value=normalize_value(timex.attrs.get("value", timex.attrs.get("val", ""))),
                mod=(timex.attrs.get("mod") or "").strip() or None,
                tid=timex.attrs.get("tid", ""),
            )
        )
    return gold


def _timex2_type(attrs: dict[str, str]) -> str:
    """A TIMEX2 has no type; infer the TIMEX3 one from its value (TIMEX3 tags always have one)."""
    value = attrs.get("val", "").strip()
    if not value:
        return ""
    if attrs.get("set", "").upper() == "YES":
        return "SET"
    if value.startswith("P"):
        return "DURATION"
    if _TIME_OF_DAY.search(value):
        return "TIME"
    return "DATE"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace: a stray blank inside a gold tag
    should not turn an exact tagger match into a merely relaxed one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _stem(path: Path) -> str:
    name = path.name
    for suffix in TIMEML_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
