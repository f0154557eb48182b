"""Backup and restore: a round trip brings back the records, the audit trail and the files."""

from __future__ import annotations

import io
import json
import tarfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from greenlane.core import backup, services
from greenlane.core.models import AuditEntry, User
from greenlane.places.models import Country, Province
from greenlane.registry.models import Project

ROUND_TRIP = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path / "media"
    (root / "documents" / "2025").mkdir(parents=True)
    (root / "documents" / "2025" / "quyết định.pdf").write_bytes(b"%PDF-1.7 decision")
    settings.MEDIA_ROOT = root
    return root


def make_records(users: dict[str, User]) -> Project:
    province = Province.objects.get(name="Bắc Ninh", is_current=True)
    project = services.create(users["officer"], Project(
        name="Canon Quế Võ", province=province, capital=Decimal("1980000000"),
        origin=Country.objects.get(code="JP"),
    ), {"investors": [users["investor"].organisation_id]})
    services.update(users["leader"], project, {"capital": Decimal("2000000000")}, reason="IRC")
    return project


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def wipe(media: Path) -> None:
    """A new machine: nothing in the database, no files."""
    call_command("flush", interactive=False, verbosity=0)
    for file in media.rglob("*"):
        if file.is_file():
            file.unlink()
    assert backup.records() == 0


def assert_restored(project_pk: int, media: Path) -> None:
    project = Project.objects.get(pk=project_pk)
    assert project.capital == Decimal("2000000000") and project.version == 2
    assert project.origin is not None and project.origin.code == "JP"
    assert list(project.investors.values_list("name", flat=True)) == ["Canon Vietnam"]
    trail = AuditEntry.objects.filter(object_id=str(project_pk), content_type__model="project")
    assert sorted(trail.values_list("action", "actor")) == [
        ("create", "officer"), ("update", "leader")]
    assert trail.get(action="update").user == User.objects.get(username="leader")
    assert User.objects.get(username="officer").check_password("demo")
    assert (media / "documents" / "2025" / "quyết định.pdf").read_bytes() == b"%PDF-1.7 decision"
    assert Province.objects.filter(is_current=True).count() == 34


@ROUND_TRIP
@pytest.mark.parametrize("fmt", ["auto", "json"])
def test_a_backup_restored_on_an_empty_database_brings_back_records_audit_and_files(
        users, media, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    project = make_records(users)
    archive = tmp_path / "greenlane.tar.gz"
    assert "Wrote" in run("backup", str(archive), "--format", fmt)
    wipe(media)
    assert "Restored the backup" in run("restore", str(archive))
    assert_restored(project.pk, media)


@ROUND_TRIP
def test_the_archive_holds_a_manifest_the_data_and_the_media_files(users, media,
                                                                    tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_records(users)
    archive = tmp_path / "b.tar.gz"
    manifest = backup.backup(archive)
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        stored = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
    from django.db import connection

    data = "data/db.sqlite3" if connection.vendor == "sqlite" else "data/data.json"
    assert names == {"manifest.json", data, "media/documents/2025/quyết định.pdf"}
    assert stored == manifest
    expected = ("sqlite", "sqlite") if connection.vendor == "sqlite" else ("json", "postgresql")
    assert (stored["data_format"], stored["engine"]) == expected
    assert "0001_initial" in stored["migrations"]["registry"]
    assert not (tmp_path / "b.tar.gz.partial").exists()


@pytest.mark.django_db
def test_the_json_backup_is_a_dumpdata_without_natural_keys(users, media, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_records(users)
    archive = tmp_path / "b.tar.gz"
    backup.backup(archive, fmt="json")
    with tarfile.open(archive) as tar:
        rows = json.load(tar.extractfile("data/data.json"))  # type: ignore[arg-type]
    models = {r["model"] for r in rows}
    assert {"registry.project", "core.auditentry", "contenttypes.contenttype"} <= models
    entry = next(r for r in rows if r["model"] == "core.auditentry")
    assert isinstance(entry["fields"]["content_type"], int)
    assert "sessions.session" not in models


@pytest.mark.django_db
def test_restore_refuses_a_database_that_holds_records(users, media, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_records(users)
    archive = tmp_path / "b.tar.gz"
    backup.backup(archive, fmt="json")
    with pytest.raises(CommandError, match=r"already holds \d+ records.*--force"):
        run("restore", str(archive))
    assert Project.objects.count() == 1


@ROUND_TRIP
def test_restore_with_force_replaces_what_the_database_holds(users, media, tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = make_records(users)
    archive = tmp_path / "b.tar.gz"
    backup.backup(archive)
    services.update(users["officer"], project, {"name": "Changed after the backup"})
    run("restore", str(archive), "--force")
    assert Project.objects.get(pk=project.pk).name == "Canon Quế Võ"


@pytest.mark.django_db
def test_a_file_that_is_not_a_backup_is_refused_clearly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"hello")
    with pytest.raises(CommandError, match="not a Greenlane backup"):
        run("restore", str(junk))
    with tarfile.open(tmp_path / "empty.tar.gz", "w:gz"):
        pass
    with pytest.raises(CommandError, match="no readable manifest"):
        run("restore", str(tmp_path / "empty.tar.gz"))
    with pytest.raises(CommandError, match="no such file"):
        run("restore", str(tmp_path / "missing.tar.gz"))


@pytest.mark.django_db
def test_a_backup_with_an_unsafe_file_name_is_refused(media, tmp_path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "evil.tar.gz"
    manifest = {"application": "greenlane", "format_version": 1, "data_format": "json",
                "data": "data/data.json", "migrations": {}, "media_files": 1, "created": "x"}
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in [("manifest.json", json.dumps(manifest).encode()),
                           ("data/data.json", b"[]"), ("media/../../evil.txt", b"x")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with (
        translation.override("en"),
        tarfile.open(archive) as tar,
        pytest.raises(backup.BackupError, match="unsafe file"),
    ):
        backup._restore_media(tar)
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.django_db
def test_backup_will_not_overwrite_an_existing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "b.tar.gz"
    existing.write_bytes(b"precious")
    with pytest.raises(CommandError, match="exists already"):
        run("backup", str(existing))
    assert existing.read_bytes() == b"precious"
