"""`chronik serve`: a read-only web app over a chronik store (JSON API + timeline pages).

    from chronik.serve import create_app
    app = create_app("chronik.db")

Needs the `serve` extra (FastAPI, uvicorn): `pip install 'chronik[serve]'`. See docs/serve.md.
"""

from chronik.serve.app import DEFAULT_MAX_BODY, MAX_LIMIT, create_app
from chronik.serve.queries import StoreUnavailable

__all__ = ["DEFAULT_MAX_BODY", "MAX_LIMIT", "StoreUnavailable", "create_app"]
