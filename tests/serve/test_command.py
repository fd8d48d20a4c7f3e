"""`chronik serve` on the command line: refuses what it cannot serve, before listening."""

from __future__ import annotations

from chronik.cli import main


def test_serve_refuses_a_missing_store(tmp_path, capsys):
    missing = tmp_path / "nothing.db"
    assert main(["serve", "--db", str(missing)]) == 2
    assert "no such store" in capsys.readouterr().err
    assert not missing.exists()


def test_serve_refuses_a_bad_port(sample_db, capsys):
    assert main(["serve", "--db", str(sample_db), "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err


def test_serve_listens_on_loopback_by_default():
    from chronik.cli import _parser

    args = _parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.db == "chronik.db"
