"""The `greenlane` command: `greenlane demo`, `serve`, `extract`, `import`, `backup`, ...

Everything but `extract` is a Django management command; `extract` is the pure extraction core
and needs no database."""

from __future__ import annotations

import os
import sys

ALIASES = {
    "import": "import_projects",
    "export": "export_records",
    "token": "token",
    "createuser": "createuser",
}
HELP = """usage: greenlane COMMAND [ARGS]

  demo [--port N]         set up the database, load demo data and users, serve the app
  serve [--port N]        serve the app (gunicorn; --dev for Django's development server)
  migrate                 create or update the database
  createuser NAME --role ROLE [--organisation NAME] [--password P]
  token USER              print the API token of USER (creating it)
  import FILE [--dry-run] import projects from CSV or XLSX, with a report of rejected rows
  export [--model M] [--format csv|xlsx] [-o FILE]
  backup FILE             write a consistent snapshot of the database and uploaded files
  restore FILE            restore a snapshot (on a new machine too)
  extract --format jsonl PATH...   read articles into facts (no database needed)
  ingest PATH|DIR...      store documents and extract their facts for review
  manage ARGS...          any Django management command

Run `greenlane COMMAND --help` for a command's options.
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(HELP)
        return 0
    command, rest = args[0], args[1:]
    if command == "extract":
        from greenlane.extract.cli import main as extract_main

        return extract_main(rest)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenlane.settings")
    from django.core.management import execute_from_command_line

    if command == "manage":
        execute_from_command_line(["greenlane", *rest])
        return 0
    execute_from_command_line(["greenlane", ALIASES.get(command, command), *rest])
    return 0


if __name__ == "__main__":
    sys.exit(main())
