"""`greenlane ingest PATH|DIR... [--publisher P] [--url U] [--user NAME]`: store articles once and
extract their facts for review. Directories are read recursively (.txt .md .html .htm)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import URLValidator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from greenlane.core.models import User
from greenlane.core.services import Actor
from greenlane.sources import ingest
from greenlane.sources.models import IngestJob


class Command(BaseCommand):
    help = (
        "Store documents (each file once, by the SHA-256 of its bytes) and extract their facts "
        "for review. Directories are read recursively; .txt, .md, .html and .htm files are read. "
        "Exit status 1 if any file failed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH|DIR")
        parser.add_argument("--publisher", default="", help="the outlet of every file given")
        parser.add_argument("--url", default="", help="the address of the article (one file)")
        parser.add_argument("--user", help="record the batch as this user")

    def handle(self, *args: Any, **options: Any) -> None:
        url = options["url"]
        if url:
            try:
                URLValidator()(url)
            except ValidationError as error:
                message = _("--url: %(url)s is not a web address.") % {"url": url}
                raise CommandError(message) from error
        files = ingest.files_under(options["paths"])
        if not files:
            raise CommandError(_("No files of a type the extractor reads were found."))
        job = ingest.create_job(self._actor(options["user"]), files, options["publisher"], url)
        for entry in job.report:
            if entry["outcome"] != ingest.Outcome.QUEUED:
                self._line(entry)
        job = ingest.run_job(job.pk, on_file=self._line)
        self.stdout.write(self._summary(job))
        if job.failed:
            raise CommandError(
                ngettext("%(count)d file failed.", "%(count)d files failed.", job.failed)
                % {"count": job.failed}
            )

    def _actor(self, username: str | None) -> Actor:
        if not username:
            return Actor(name="greenlane ingest")
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No user named %(name)s.") % {"name": username})
        return Actor(user)

    def _line(self, entry: dict[str, Any]) -> None:
        """`OUTCOME NAME → what happened`: the first word is a fixed keyword (stored, duplicate,
        failed) for scripts; the rest is in the user's language."""
        name, outcome = entry["name"], entry["outcome"]
        if outcome == ingest.Outcome.STORED:
            text = ngettext(
                "document %(id)s, %(facts)d new fact", "document %(id)s, %(facts)d new facts",
                entry["facts"],
            ) % {"id": entry["document"], "facts": entry["facts"]}
            if entry.get("same_story_as"):
                text += "; " + _(
                    "same story as document %(id)s (%(merged)d facts already filed there)"
                ) % {"id": entry["same_story_as"], "merged": entry.get("merged", 0)}
            self.stdout.write(f"stored    {name} → {text}")
        elif outcome == ingest.Outcome.DUPLICATE:
            text = _("document %(id)s, already stored: nothing changed") % {"id": entry["document"]}
            self.stdout.write(f"duplicate {name} → {text}")
        elif outcome == ingest.Outcome.FAILED:
            self.stderr.write(f"failed    {name}: {entry['message']}")

    def _summary(self, job: IngestJob) -> str:
        return _(
            "Batch %(job)s: %(total)s files, %(new)s new documents, %(duplicates)s already "
            "stored, %(failed)s failed; %(facts)s facts to review."
        ) % {"job": job.pk, "total": job.total, "new": job.created_documents,
             "duplicates": job.duplicates, "failed": job.failed, "facts": job.facts}
