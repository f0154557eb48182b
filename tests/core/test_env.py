import pytest

from greenlane.core.env import ConfigError, env_bool, env_int, parse_database_url


def test_it_reads_booleans_and_refuses_nonsense(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG") is True
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ConfigError, match="X_FLAG"):
        env_bool("X_FLAG")


def test_it_refuses_a_non_integer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ConfigError):
        env_int("X_NUM", 3)


def test_it_parses_postgres_and_sqlite_urls() -> None:
    pg = parse_database_url("postgres://postgres:s%40cret@127.0.0.1:5432/test")
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["NAME"], pg["USER"], pg["PASSWORD"], pg["PORT"]) == (
        "test",
        "postgres",
        "s@cret",
        "5432",
    )
    assert parse_database_url("sqlite:////tmp/x.db")["NAME"] == "/tmp/x.db"


def test_it_refuses_an_unknown_database_scheme() -> None:
    with pytest.raises(ConfigError, match="unsupported scheme"):
        parse_database_url("mysql://root@localhost/db")
