"""Backups: one .tar.gz holding a manifest, a consistent copy of the data and the uploaded files.

    manifest.json     format version, time, database engine, data format, applied migrations
    data/db.sqlite3   SQLite: a copy made with SQLite's online backup API (consistent)
    data/data.json    otherwise (or `--format json`): `dumpdata` of every app, natural keys off,
                      read in one REPEATABLE READ transaction on PostgreSQL
    media/...         the files under MEDIA_ROOT

A JSON backup restores into SQLite or PostgreSQL alike; a SQLite copy restores into SQLite only.
Restoring refuses a database that already holds records unless forced, then runs `migrate` so an
older backup is brought up to the running version.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from contextlib import closing
from pathlib import Path, PurePosixPath
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEMBERS = {"sqlite": "data/db.sqlite3", "json": "data/data.json"}
MEDIA = "media/"
# Rows every migrated database has: they do not make a database "hold data".
REFERENCE = {"contenttypes.contenttype", "auth.permission", "sessions.session",
             "places.country", "places.province", "registry.sector", "calendar.holiday"}


class BackupError(Exception):
    """A backup or restore refused, with the reason in plain words."""


# ---------------------------------------------------------------- backup


def backup(path: Path, *, fmt: str = "auto", using: str = DEFAULT_DB_ALIAS) -> dict[str, Any]:
    """Write the snapshot to `path` (atomically: a partial file never has the final name)."""
    vendor = connections[using].vendor
    fmt = ("sqlite" if vendor == "sqlite" else "json") if fmt == "auto" else fmt
    if fmt not in MEMBERS:
        raise BackupError(
            _("Unknown backup format '%(format)s': use sqlite or json.") % {"format": fmt}
        )
    if fmt == "sqlite" and vendor != "sqlite":
        raise BackupError(_("The sqlite format needs a SQLite database; use --format json."))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / Path(MEMBERS[fmt]).name
        migrations = _dump_sqlite(data, using) if fmt == "sqlite" else _dump_json(data, using)
        media = _media_files()
        manifest = _manifest(vendor, fmt, migrations, len(media))
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            tar.add(data, arcname=MEMBERS[fmt])
            root = Path(settings.MEDIA_ROOT)
            for file in media:
                tar.add(file, arcname=MEDIA + file.relative_to(root).as_posix())
        os.replace(partial, path)
    return manifest


def _manifest(vendor: str, fmt: str, migrations: dict[str, list[str]],
              media: int) -> dict[str, Any]:
    return {
        "application": "greenlane",
        "format_version": FORMAT_VERSION,
        "version": _version(),
        "created": timezone.now().isoformat(),
        "engine": vendor,
        "data_format": fmt,
        "data": MEMBERS[fmt],
        "migrations": migrations,
        "media_files": media,
    }


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("greenlane")
    except PackageNotFoundError:
        return "unknown"


def _dump_sqlite(target: Path, using: str) -> dict[str, list[str]]:
    connection = connections[using]
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        rows = copy.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return _group(rows.fetchall())


def _dump_json(target: Path, using: str) -> dict[str, list[str]]:
    connection = connections[using]
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and not _in_outer_atomic(using):
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        migrations = _applied(using)
        call_command("dumpdata", database=using, exclude=["sessions"], use_base_manager=True,
                     output=str(target), verbosity=0)
    return migrations


def _in_outer_atomic(using: str) -> bool:
    """Whether the block just opened is nested (then SET TRANSACTION would come too late)."""
    return len(connections[using].savepoint_ids) > 0


def _applied(using: str) -> dict[str, list[str]]:
    recorder = MigrationRecorder(connections[using])
    return _group(sorted(recorder.applied_migrations()))


def _group(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for app, name in pairs:
        grouped.setdefault(app, []).append(name)
    return grouped


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(timezone.now().timestamp()), 0o644
    tar.addfile(info, io.BytesIO(data))


# ---------------------------------------------------------------- restore


def restore(path: Path, *, force: bool = False, using: str = DEFAULT_DB_ALIAS) -> dict[str, Any]:
    """Restore the snapshot into the (empty, unless `force`) database and MEDIA_ROOT."""
    with _open(path) as tar:
        manifest = read_manifest(tar)
        held = records(using)
        if held and not force:
            raise BackupError(
                _("The database already holds %(count)s records. Restore onto an empty database, "
                  "or use --force to replace everything in it.") % {"count": held}
            )  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            data = _extract(tar, manifest["data"], Path(tmp))
            if manifest["data_format"] == "sqlite":
                _load_sqlite(data, using)
            else:
                _load_json(data, manifest["migrations"], using)
        _restore_media(tar)
    call_command("migrate", database=using, interactive=False, verbosity=0)
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    return manifest


def _open(path: Path) -> tarfile.TarFile:
    if not path.is_file():
        raise BackupError(_("%(path)s: no such file.") % {"path": path})
    try:
        return tarfile.open(path, "r:*")
    except tarfile.TarError as error:
        raise BackupError(
            _("%(file)s is not a Greenlane backup (not a tar archive).") % {"file": path.name}
        ) from error


def read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.extractfile(MANIFEST)
        manifest: dict[str, Any] = json.load(member) if member else {}
    except (KeyError, ValueError, tarfile.TarError) as error:
        raise BackupError(
            _("This is not a Greenlane backup: it has no readable manifest.")
        ) from error
    if manifest.get("application") != "greenlane":
        raise BackupError(_("This is not a Greenlane backup."))
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BackupError(
            _("This backup was made by a newer Greenlane: upgrade before restoring.")
        )
    if manifest.get("data_format") not in MEMBERS:
        raise BackupError(
            _("Unknown data format '%(format)s' in the backup.")
            % {"format": manifest.get("data_format")}
        )
    return manifest


def records(using: str = DEFAULT_DB_ALIAS) -> int:
    """How many rows the database holds outside the reference data every install has."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    total = 0
    for model in apps.get_models():
        if model._meta.label_lower in REFERENCE or model._meta.db_table not in tables:
            continue
        total += model._base_manager.using(using).count()
    return total


def _extract(tar: tarfile.TarFile, name: str, folder: Path) -> Path:
    try:
        source = tar.extractfile(name)
    except KeyError as error:
        raise BackupError(
            _("The backup is incomplete: %(member)s is missing.") % {"member": name}
        ) from error
    if source is None:
        raise BackupError(_("The backup is damaged: %(member)s is not a file.") % {"member": name})
    target = folder / PurePosixPath(name).name
    with source, target.open("wb") as out:
        shutil.copyfileobj(source, out)
    return target


def _load_sqlite(data: Path, using: str) -> None:
    connection = connections[using]
    if connection.vendor != "sqlite":
        raise BackupError(
            _("This backup holds a SQLite database file, which only restores into SQLite. "
              "Make the backup with --format json to move to PostgreSQL.")
        )  # fmt: skip
    if connection.in_atomic_block:
        raise BackupError(_("Cannot restore inside a transaction."))
    connection.ensure_connection()
    with closing(sqlite3.connect(data)) as source:
        source.backup(connection.connection)


def _load_json(data: Path, migrations: dict[str, list[str]], using: str) -> None:
    """Bring the schema to the backup's migration state, empty every table, load the rows."""
    _migrate_to(migrations, using)
    call_command("flush", database=using, interactive=False, inhibit_post_migrate=True,
                 verbosity=0)
    call_command("loaddata", str(data), database=using, verbosity=0)


def _migrate_to(migrations: dict[str, list[str]], using: str) -> None:
    executor = MigrationExecutor(connections[using])
    known = executor.loader.disk_migrations
    targets = []
    for app, names in migrations.items():
        missing = [n for n in names if (app, n) not in known]
        if missing and app in executor.loader.migrated_apps:
            raise BackupError(
                _("The backup needs migration %(migration)s, which this version of Greenlane "
                  "does not have: upgrade before restoring.")
                % {"migration": f"{app}.{missing[0]}"}
            )  # fmt: skip
        if app in executor.loader.migrated_apps and names:
            targets.append((app, max(names)))
    plan = executor.migration_plan(targets)
    if plan and not any(backwards for _migration, backwards in plan):
        executor.migrate(targets, plan=plan)


def _restore_media(tar: tarfile.TarFile) -> None:
    root = Path(settings.MEDIA_ROOT).resolve()
    for member in tar.getmembers():
        if not member.name.startswith(MEDIA) or not member.isfile():
            continue
        relative = PurePosixPath(member.name[len(MEDIA):])
        if relative.is_absolute() or ".." in relative.parts:
            raise BackupError(
                _("The backup holds an unsafe file name: %(file)s") % {"file": member.name}
            )
        target = root.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        source = tar.extractfile(member)
        if source is not None:
            with source, target.open("wb") as out:
                shutil.copyfileobj(source, out)
