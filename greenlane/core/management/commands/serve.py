from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Serve Greenlane with gunicorn (or Django's development server with --dev)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--dev", action="store_true", help="Django's server, reloading code")

    def handle(self, *args: Any, **options: Any) -> None:
        from greenlane.core import periodic

        address = f"{options['host']}:{options['port']}"
        periodic.start_in_process()
        if options["dev"] or sys.platform == "win32":
            call_command("runserver", address, use_reloader=options["dev"])
            return
        from gunicorn.app.wsgiapp import run

        sys.argv = [
            "gunicorn",
            "greenlane.wsgi:application",
            "--bind",
            address,
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
        ]
        run()
