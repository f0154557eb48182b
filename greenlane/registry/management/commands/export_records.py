"""`greenlane export [--model M] [--format csv|xlsx] [-o FILE]`: a list page, as a file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import models
from django.http import HttpResponse
from django.utils import translation

from greenlane.core.tables import EXPORTERS, Column
from greenlane.core.views import ObjectListView


def list_views() -> dict[str, type[ObjectListView]]:
    """Each exportable model's list page: its columns are the export's columns."""
    from greenlane.orgs.views import OrganisationListView, PersonListView
    from greenlane.registry.views import ParkListView, ProjectListView
    from greenlane.sources.views import DocumentListView

    return {
        "projects": ProjectListView,
        "organisations": OrganisationListView,
        "people": PersonListView,
        "parks": ParkListView,
        "documents": DocumentListView,
    }


class _Column(Column):
    """Shim until core.tables.Column.value stops calling many-to-many managers (they are
    callable): read a manager's rows here, everything else through Column.value."""

    def value(self, row: models.Model) -> Any:
        head, _dot, last = self.path.rpartition(".")
        owner = Column(head, "").value(row) if head else row
        related = getattr(owner, last, None) if owner is not None else None
        if isinstance(related, models.Manager):
            return ", ".join(str(v) for v in related.all())
        return super().value(row)


def export(model: str, fmt: str) -> HttpResponse:
    view = list_views()[model]
    rows = (
        view.model._default_manager.select_related(*view.related)
        .prefetch_related(*view.prefetch).order_by("pk")
    )
    columns = [_Column(**dataclasses.asdict(c)) for c in view.columns]
    return EXPORTERS[fmt](columns, rows.iterator(2000), model)


def content(response: HttpResponse) -> bytes:
    streaming = getattr(response, "streaming_content", None)
    if streaming is not None:
        return b"".join(streaming)
    return bytes(response.content)


class Command(BaseCommand):
    help = "Export projects, organisations, people, parks or documents as CSV or XLSX."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--model", choices=list(list_views()), default="projects")
        parser.add_argument("--format", choices=list(EXPORTERS), default="csv")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE,
                            choices=[code for code, _name in settings.LANGUAGES],
                            help="language of the column titles and choices")

    def handle(self, *args: Any, **options: Any) -> None:
        output, fmt = options["output"], options["format"]
        if not output and fmt != "csv":
            raise CommandError("XLSX cannot go to standard output: give -o FILE.")
        with translation.override(options["language"]):
            data = content(export(options["model"], fmt))
        if output:
            Path(output).write_bytes(data)
            self.stderr.write(f"Wrote {options['model']} to {output}.")
        else:
            self.stdout.write(data.decode("utf-8").removeprefix("\ufeff"), ending="")
