from __future__ import annotations

from pathlib import Path

import pytest

from chronik.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chronik.db"


@pytest.fixture
def store(db_path: Path):
    with Store(db_path) as s:
        yield s
