"""`greenlane ingest PATH|DIR...`: a line per file, a summary, exit status 1 when a file failed."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from greenlane import cli
from greenlane.sources.models import Document, Fact, IngestJob
from tests.sources.conftest import DA_NANG_EN, HAI_PHONG_FR, HAI_PHONG_VI

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english() -> Any:
    """Commands speak the site's language (Vietnamese); these tests read the English."""
    with translation.override("en"):
        yield


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "2025" / "10").mkdir(parents=True)
    (root / "2025" / "10" / HAI_PHONG_VI.name).write_bytes(HAI_PHONG_VI.read_bytes())
    (root / "2025" / HAI_PHONG_FR.name).write_bytes(HAI_PHONG_FR.read_bytes())
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a kind the extractor reads: skipped
    return root


def test_a_directory_is_read_recursively_with_a_line_per_file_and_a_summary(folder: Path) -> None:
    out, err = run(str(folder))
    lines = out.splitlines()
    assert len(lines) == 3 and not err
    assert lines[0].startswith("stored") and HAI_PHONG_VI.name in lines[0]
    assert lines[1].startswith(f"stored    {folder}/2025/{HAI_PHONG_FR.name} → document ")
    assert "0 new facts; same story as document" in lines[1]
    assert lines[2] == (f"Batch {IngestJob.objects.get().pk}: 2 files, 2 new documents, "
                        f"0 already stored, 0 failed; {Fact.objects.count()} facts to review.")


def test_running_it_again_reports_duplicates_and_changes_nothing(folder: Path) -> None:
    run(str(folder))
    facts = Fact.objects.count()
    out, _ = run(str(folder))
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:2]] == ["duplicate", "duplicate"]
    assert "already stored: nothing changed" in lines[0]
    assert "0 new documents, 2 already stored, 0 failed; 0 facts" in out
    assert Fact.objects.count() == facts


def test_a_failed_file_gets_its_line_on_stderr_and_the_exit_status_is_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 file failed") as raised:
        call_command("ingest", str(empty), str(DA_NANG_EN), stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert "failed    " in err.getvalue() and "is empty" in err.getvalue()
    assert "stored    " in out.getvalue() and "1 failed" in out.getvalue()
    assert Document.objects.count() == 1


def test_the_console_script_exits_1_when_a_file_is_missing(tmp_path: Path, capsys: Any) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["ingest", str(tmp_path / "missing.txt")])
    assert raised.value.code == 1
    assert "cannot be read" in capsys.readouterr().err


def test_the_console_script_exits_0_when_every_file_is_stored(capsys: Any) -> None:
    assert cli.main(["ingest", str(DA_NANG_EN)]) == 0
    assert "1 new documents" in capsys.readouterr().out


def test_publisher_and_url_are_recorded_and_a_bad_url_is_refused() -> None:
    run(str(DA_NANG_EN), "--publisher", "Mekong Business Wire", "--url", "https://example.org/a")
    document = Document.objects.get()
    assert (document.publisher, document.url) == ("Mekong Business Wire", "https://example.org/a")
    with pytest.raises(CommandError, match="not a web address"):
        run(str(HAI_PHONG_VI), "--url", "javascript:alert(1)")
    assert Document.objects.count() == 1


def test_the_batch_is_recorded_under_the_named_user(users: dict[str, Any]) -> None:
    run(str(DA_NANG_EN), "--user", "officer")
    assert IngestJob.objects.get().user == users["officer"]
    with pytest.raises(CommandError, match="No user named nobody"):
        run(str(DA_NANG_EN), "--user", "nobody")


def test_a_directory_without_readable_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(CommandError, match="No files"):
        run(str(tmp_path))
