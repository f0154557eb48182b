from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenlane.core import users
from greenlane.core.roles import Role


class Command(BaseCommand):
    help = "Create a user with a role (investors need --organisation)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=[r.value for r in Role])
        parser.add_argument("--organisation", help="investor users: the organisation's name")
        parser.add_argument("--password", help="default: ask for it")
        parser.add_argument("--email", default="")
        parser.add_argument("--language", default="", help="vi, en, ja or fr: the user's language")

    def handle(self, *args: Any, **options: Any) -> None:
        password = options["password"]
        if not password:
            import getpass

            password = getpass.getpass("Password: ")
        try:
            user = users.create_user(
                None,
                options["username"],
                password,
                options["role"],
                organisation_name=options["organisation"],
                email=options["email"],
                language=options["language"],
            )
        except users.UserError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Created {user.username} ({user.get_role_display()}).")
