"""Small shards built at test time: hand-written JSONL records, a WARC of hand-written pages,
and planted bad documents. Engines are started once per test session."""

from __future__ import annotations

import contextlib
import io
import json
import shutil

import pytest

from chronik.cli import main as chronik_main

SENTENCES_DE = [
    "Die Außenminister wollen sich am kommenden Montag in Genf treffen.",
    "Das teilte das Ministerium am Sonntag mit.",
    "Bereits im März hatte es ein erstes Gespräch gegeben.",
    "Die Verhandlungen sollen bis Ende Januar abgeschlossen sein.",
    "Am 14. Januar um 10 Uhr MEZ beginnt die Sitzung des Parlaments.",
    "Seit drei Wochen wird über den Vertrag gestritten.",
]
SENTENCES_EN = [
    "The ministers will meet in Geneva next Monday.",
    "The talks began on January 3 and are expected to last two weeks.",
]


def jsonl_records() -> list[dict]:
    records = []
    for i in range(8):
        text = " ".join(SENTENCES_DE[(i + k) % len(SENTENCES_DE)] for k in range(3))
        record = {"id": f"de-{i}", "date": f"2022-01-{i + 3:02d}", "title": f"Meldung {i}",
                  "text": text}
        if i == 5:
            record.pop("id")  # an id-less record: its id comes from the file name and line
        if i == 6:
            record["url"] = "http://example.org/de-6"
        records.append(record)
    records.append({"id": "en-1", "date": "2022-02-01", "lang": "en",
                    "text": " ".join(SENTENCES_EN)})
    records.append({"id": "undated", "text": SENTENCES_DE[0]})
    return records


PAGE = ("<html><head><title>Bericht {i}</title>{meta}</head><body><nav>Startseite</nav>"
        "<article><p>{body}</p></article><footer>Impressum</footer></body></html>")


def write_warc(path, *, damaged: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(4):
            meta = (f'<meta property="article:published_time" content="2022-01-2{i}">'
                    if i % 2 else "")
            body = " ".join(SENTENCES_DE[(i + k) % len(SENTENCES_DE)] for k in range(2, 5))
            html = PAGE.format(i=i, meta=meta, body=body).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://example.org/bericht-{i}", "response", payload=io.BytesIO(html),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2022-01-30T08:00:00Z"}))
    if damaged:
        # cut the last record short: one error, the three complete records are read
        path.write_bytes(path.read_bytes()[:-30])


@pytest.fixture(scope="session")
def shards(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("shards")
    jsonl = root / "news.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in jsonl_records()]
    lines.insert(3, '{"id": "broken", "text": ')          # planted: not JSON
    lines.insert(6, '{"id": "bad-date", "date": "2022-13-01", "text": "Am Montag."}')
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = root / "crawl.warc.gz"
    write_warc(warc, damaged=True)
    return [str(jsonl), str(warc)]


def extract_jsonl(paths: list[str]) -> dict[str, dict]:
    """What `chronik extract --format jsonl` prints for each document, by id."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        chronik_main(["extract", "--format", "jsonl", *paths])
    documents = [json.loads(line) for line in out.getvalue().splitlines()]
    return {d["id"]: d for d in documents}


@pytest.fixture(scope="session")
def expected(shards) -> dict[str, dict]:
    return extract_jsonl(shards)


@pytest.fixture
def out_dir(tmp_path):
    path = tmp_path / "out"
    yield str(path)
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="PySpark not installed (pip install 'chronik[spark]')")
    if shutil.which("java") is None and not _java_home():
        pytest.skip("no Java runtime: the Spark engine needs Java 17+")
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("chronik tests")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.memory", "1g")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def _java_home() -> bool:
    import os
    return bool(os.environ.get("JAVA_HOME"))


@pytest.fixture(scope="session")
def dask_client():
    pytest.importorskip("dask.bag", reason="Dask not installed (pip install 'chronik[dask]')")
    pytest.importorskip("distributed", reason="dask.distributed not installed")
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()
