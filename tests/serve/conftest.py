from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="chronik serve needs the serve extra: pip install -e '.[dev]'")

from tests.serve.sample import build_sample_store


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ ingested plus the hand-annotated articles; built once, only ever read."""
    return build_sample_store(tmp_path_factory.mktemp("serve") / "sample.db")


@pytest.fixture(scope="session")
def client(sample_db: Path):
    from fastapi.testclient import TestClient

    from chronik.serve import create_app

    with TestClient(create_app(sample_db)) as c:
        yield c
