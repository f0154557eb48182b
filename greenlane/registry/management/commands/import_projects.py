"""`greenlane import FILE [--dry-run] [--user NAME]`: projects from CSV or XLSX, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenlane.core.models import User
from greenlane.core.services import Actor
from greenlane.registry import importer


class Command(BaseCommand):
    help = (
        "Import investment projects from a CSV (UTF-8, UTF-16 or Windows-1258) or XLSX file. "
        "Every row is checked first; if any row is rejected nothing is written."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a .csv or .xlsx file")
        parser.add_argument("--dry-run", action="store_true",
                            help="check and report, write nothing")
        parser.add_argument("--user", help="record the changes as this user (default: the file)")
        parser.add_argument("--max-mb", type=int, default=settings.MAX_UPLOAD_MB,
                            help="refuse larger files (default: %(default)s MB)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        who = self._actor(options["user"], path.name)
        limit = options["max_mb"] * 1024 * 1024
        try:
            rows = importer.parse(self._read(path, limit), path.name, max_bytes=limit)
        except importer.FileRejected as error:
            raise CommandError(f"{path.name}: {error}") from error
        text = importer.report(rows)
        if options["dry_run"]:
            self.stdout.write(text)
            self.stdout.write("Dry run: nothing was written.")
            return
        try:
            count = importer.apply(who, rows, reason=f"import {path.name}")
        except importer.RowsRejected as error:
            raise CommandError(f"{path.name}: nothing was imported.\n{error}") from error
        self.stdout.write(text)
        self.stdout.write(f"Imported {count} projects from {path.name}.")

    def _read(self, path: Path, limit: int) -> bytes:
        if not path.is_file():
            raise CommandError(f"{path}: no such file.")
        try:
            importer.check_size(path.stat().st_size, limit)
        except importer.FileRejected as error:
            raise CommandError(f"{path.name}: {error}") from error
        return path.read_bytes()

    def _actor(self, username: str | None, filename: str) -> Actor:
        if not username:
            return Actor(name=f"import {filename}")
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username}.")
        return Actor(user)
