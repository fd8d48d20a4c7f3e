"""RSS and Atom feeds: one document per item, with its date, link, title and plain text."""

from __future__ import annotations

from chronik.model import Document
from chronik.read import ReadError, read_paths
from chronik.store import ingest_paths

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Merava-Kurier</title><link>https://kurier.example/</link><language>de-de</language>
  <item>
    <title>Gipfel in Genf angekündigt</title>
    <link>https://kurier.example/gipfel</link>
    <guid>kurier-1</guid>
    <pubDate>Mon, 20 Feb 2023 08:15:00 +0100</pubDate>
    <description>&lt;p&gt;Der Gipfel soll am 9. März in Genf stattfinden.&lt;/p&gt;&lt;p&gt;Die Schweiz vermittelt &amp;amp; lädt ein.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Leere Meldung</title>
    <link>https://kurier.example/leer</link>
    <pubDate>Tue, 21 Feb 2023 23:30:00 -0500</pubDate>
    <description></description>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Tamasch Wire</title><id>urn:wire</id><updated>2023-03-24T09:00:00Z</updated>
  <entry>
    <title>Geneva deal reached</title>
    <id>urn:wire:1</id>
    <link href="https://wire.example/deal"/>
    <published>2023-03-24T01:30:00+01:00</published>
    <updated>2023-03-24T09:00:00Z</updated>
    <content type="html">&lt;p&gt;The delegations met on Thursday in Geneva.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_items_become_documents_with_their_dates(tmp_path):
    path = tmp_path / "kurier.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([str(path)]))
    doc, empty = items
    assert isinstance(doc, Document) and isinstance(empty, ReadError)
    assert doc.text == ("Der Gipfel soll am 9. März in Genf stattfinden.\n\n"
                        "Die Schweiz vermittelt & lädt ein.")
    assert (doc.title, doc.fields["title"]) == ("Gipfel in Genf angekündigt",) * 2
    # 08:15 at +01:00 is 07:15 UTC: the same calendar day
    assert (doc.date_given, doc.lang, doc.id) == ("2023-02-20", "de", "kurier-1")
    assert (doc.url, doc.source) == ("https://kurier.example/gipfel", f"{path}#1")
    assert "item 2 has no text" in str(empty)


def test_atom_entries_and_xml_files_that_are_feeds(tmp_path):
    path = tmp_path / "wire.xml"  # .xml is read as a feed when its root says so
    path.write_text(ATOM, encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert doc.text == "The delegations met on Thursday in Geneva."
    # published 01:30 at +01:00 is 00:30 UTC, still 24 March
    assert (doc.date_given, doc.lang, doc.url) == ("2023-03-24", "en", "https://wire.example/deal")
    other = tmp_path / "notes.xml"
    other.write_text("<notes>date 2023</notes>", encoding="utf-8")
    [plain] = list(read_paths([str(other)]))
    assert plain.text.startswith("<notes>")  # not a feed: read as text, as before


def test_feeds_are_ingested_with_their_outlet_as_source(tmp_path, store):
    (tmp_path / "kurier.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    report = ingest_paths(store, [str(tmp_path)])
    assert (report.stored, report.failed) == (2, 1)
    sources = store.db.execute("SELECT name, kind FROM sources ORDER BY name").fetchall()
    assert sources == [("kurier.example", "web"), ("wire.example", "web")]
    dates = store.db.execute("SELECT date_given FROM documents ORDER BY id").fetchall()
    assert dates == [("2023-02-20",), ("2023-03-24",)]


LYING = """<?xml version="1.0"?><rss version="2.0"><channel><title>Uhrlos</title>
  <item><guid>a</guid><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>
    <description>Heute beginnt der Gipfel.</description></item>
  <item><guid>b</guid><pubDate>Fri, 01 Jan 2100 10:00:00 GMT</pubDate>
    <description>Heute beginnt der Gipfel.</description></item>
  <item><guid>c</guid><pubDate>Fri, 01 Jan 2100 10:00:00 GMT</pubDate>
    <updated>2023-03-01T10:00:00Z</updated>
    <description>Heute beginnt der Gipfel.</description></item>
</channel></rss>"""


def test_a_feed_that_lies_about_dates_gives_undated_items_not_wrong_ones(tmp_path):
    path = tmp_path / "uhrlos.rss"
    path.write_text(LYING, encoding="utf-8")
    docs = list(read_paths([str(path)]))
    # the epoch and a date generations ahead are dropped; a plausible fallback is used
    assert [d.date_given for d in docs] == [None, None, "2023-03-01"]
