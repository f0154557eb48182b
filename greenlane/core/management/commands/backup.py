"""`greenlane backup FILE`: a consistent snapshot of the database and the uploaded files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenlane.core import backup


class Command(BaseCommand):
    help = "Write a .tar.gz snapshot (manifest, data, media files) restorable with `restore`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the archive to write, e.g. greenlane-2025-07-01.tar.gz")
        parser.add_argument(
            "--format", choices=["auto", "sqlite", "json"], default="auto",
            help="auto: a SQLite file copy on SQLite, JSON on PostgreSQL; json restores anywhere",
        )
        parser.add_argument("--force", action="store_true", help="overwrite an existing file")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if path.exists() and not options["force"]:
            raise CommandError(f"{path} exists already: choose another name or use --force.")
        if not path.parent.is_dir():
            raise CommandError(f"{path.parent}: no such folder.")
        try:
            manifest = backup.backup(path, fmt=options["format"])
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Wrote {path} ({manifest['data_format']} data, {manifest['media_files']} files)."
        )
