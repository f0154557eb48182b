"""`greenlane restore FILE [--force]`: restore a snapshot made by `greenlane backup`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenlane.core import backup


class Command(BaseCommand):
    help = (
        "Restore a backup onto an empty database (refused if it holds records, unless --force), "
        "restore the uploaded files and run migrate."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="an archive written by `greenlane backup`")
        parser.add_argument("--force", action="store_true",
                            help="replace the records the database holds")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            manifest = backup.restore(Path(options["file"]), force=options["force"])
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup of {manifest['created']} ({manifest['data_format']} data, "
            f"{manifest['media_files']} files) and brought the database up to date."
        )
