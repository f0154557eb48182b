from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenlane.core import users


class Command(BaseCommand):
    help = "Print USER's API token (created on first use). Use it as `Authorization: Token ...`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--rotate", action="store_true", help="replace the token with a new one"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            key = users.api_token(options["username"], rotate=options["rotate"])
        except users.UserError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(key)
