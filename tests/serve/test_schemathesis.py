"""Property-based API test: schemathesis generates requests from /openapi.json (valid and
invalid ones) and checks that the app never answers with a server error (5xx) and that
its answers match their documented status codes and content types."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed "
                                                         "(pip install -e '.[dev]')")
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    status_code_conformance,
)

from chronik.serve import create_app
from tests.serve.sample import build_sample_store


def _app():
    # built when the module is collected (schemathesis parametrizes from the schema then);
    # the hand-annotated articles only, so no pipeline run is needed
    tmp = Path(tempfile.mkdtemp(prefix="chronik-st-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    return create_app(build_sample_store(tmp / "st.db", examples=False))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


def _check(case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query,
                                         response.text[:300])
    if response.status_code < 400 or response.status_code in (404, 413, 422, 400):
        for check in (status_code_conformance, content_type_conformance):
            case.validate_response(response, checks=(check,))


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    _check(case)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_thoroughly(case):
    _check(case)
