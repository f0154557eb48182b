from __future__ import annotations

import os
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Create the database, load the demo data and users (once), then serve the app."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-serve", action="store_true", help="set up only")

    def handle(self, *args: Any, **options: Any) -> None:
        from greenlane import demo

        call_command("migrate", interactive=False, verbosity=0)
        summary = demo.load()
        self.stdout.write(summary.describe())
        url = f"http://{options['host']}:{options['port']}/"
        self.stdout.write(self.style.SUCCESS(f"\nGreenlane is at {url}"))
        self.stdout.write("Log in with one of these users (password: demo):")
        for username, role, organisation in demo.DEMO_USERS:
            org = f" of {organisation}" if organisation else ""
            self.stdout.write(f"  {username:<10} {role}{org}")
        if not options["no_serve"]:
            call_command("serve", host=options["host"], port=options["port"])
