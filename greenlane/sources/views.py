from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenlane.core.access import can
from greenlane.core.files import serve
from greenlane.core.tables import Column
from greenlane.core.views import (
    ObjectDeleteView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    ObjectView,
)
from greenlane.sources import display, filtersets, forms, ingest, tasks
from greenlane.sources.models import Document, Fact, IngestJob


class DocumentListView(ObjectListView):
    model = Document
    columns = (
        Column("title", gettext_lazy("Title"), sort="title", link=True),
        Column("publisher", gettext_lazy("Publisher"), sort="publisher"),
        Column("published", gettext_lazy("Published"), sort="published", kind="date"),
        Column("language", gettext_lazy("Language"), sort="language"),
    )
    filterset = filtersets.DocumentFilterSet


@dataclass
class FactRow:
    fact: Fact
    mark: str | None  # the id of its <mark> in this document's text
    values: list[tuple[str, str]]
    review_url: str | None
    others: list[Document]  # the other documents that report it too


class DocumentDetailView(ObjectDetailView):
    model = Document
    template_name = "sources/document.html"

    def extra(self, obj: Document) -> dict[str, Any]:
        visible = Fact.objects.restrict(self.request.user).prefetch_related("also_in")
        own = list(visible.filter(document=obj))
        merged = list(visible.filter(also_in=obj).select_related("document"))
        marks = display.marks_of(obj.text, display.spans_in(obj.pk, own, merged))
        mark_of = {fact.pk: mark.id for mark in marks for fact in mark.facts}
        return {
            "cited": obj.citations.select_related("content_type")[:500],
            "highlighted": display.highlighted(obj.text, marks),
            "fact_rows": [self._row(obj, fact, mark_of.get(fact.pk)) for fact in own],
            "merged": [self._row(obj, fact, mark_of.get(fact.pk)) for fact in merged],
            "retellings": obj.retellings.order_by("pk"),
        }

    def _row(self, document: Document, fact: Fact, mark: str | None) -> FactRow:
        return FactRow(
            fact, mark, display.key_values(fact.kind, fact.values), display.review_url(fact),
            [d for d in fact.also_in.all() if d.pk != document.pk],
        )


class DocumentFileView(ObjectView):
    """The stored original, as a download (never rendered in our origin)."""

    model = Document

    def get(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        document = self.get_object(pk)
        return serve(document.file)


class DocumentEditView(ObjectEditView):
    model = Document
    form_class = forms.DocumentForm


class DocumentDeleteView(ObjectDeleteView):
    model = Document
    success_url = "sources:document_list"


# --- ingestion ---------------------------------------------------------------------------------


class UploadView(ObjectView):
    """Several files at once: each stored once, read in the background (inline on the demo)."""

    model = IngestJob
    template_name = "sources/upload.html"

    def check(self) -> None:
        if not can(self.request.user, IngestJob, "add"):
            raise PermissionDenied(_("You may not add documents."))

    def get(self, request: HttpRequest) -> HttpResponse:
        self.check()
        return self.show(forms.UploadForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        self.check()
        try:
            form = forms.UploadForm(request.POST, request.FILES)
        except TooManyFilesSent:
            message = _(
                "At most %(count)d files can be uploaded at once; give larger batches to the "
                "command line (greenlane ingest FOLDER)."
            ) % {"count": settings.DATA_UPLOAD_MAX_NUMBER_FILES}
            return self.show(forms.UploadForm(), status=400, error=message)
        if not form.is_valid():
            return self.show(form, status=400)
        files = [ingest.Incoming.from_upload(f) for f in form.cleaned_data["documents"]]
        job = ingest.create_job(
            request.user, files, form.cleaned_data["publisher"], form.cleaned_data["url"]
        )
        tasks.enqueue(job.pk)
        return HttpResponseRedirect(reverse("sources:ingestjob", args=[job.pk]))

    def show(self, form: forms.UploadForm, status: int = 200, error: str = "") -> HttpResponse:
        context = {**self.meta(), "form": form, "inline": tasks.runs_inline(), "error": error}
        return render(self.request, self.template_name, context, status=status)


class IngestJobListView(ObjectListView):
    model = IngestJob
    searchable = False
    columns = (
        Column("pk", gettext_lazy("Batch"), sort="id", link=True),
        Column("created", gettext_lazy("Started"), sort="created", kind="date"),
        Column("actor", gettext_lazy("By"), sort="actor"),
        Column("status", gettext_lazy("Status"), sort="status"),
        Column("total", gettext_lazy("Files"), sort="total", kind="number"),
        Column("processed", gettext_lazy("Processed"), kind="number"),
        Column("created_documents", gettext_lazy("New documents"), kind="number"),
        Column("duplicates", gettext_lazy("Already stored"), kind="number"),
        Column("failed", gettext_lazy("Failed"), sort="failed", kind="number"),
        Column("facts", gettext_lazy("Facts"), sort="facts", kind="number"),
    )
    filterset = filtersets.IngestJobFilterSet

    def add_url(self) -> str | None:
        return reverse("sources:upload")


class IngestJobDetailView(ObjectDetailView):
    model = IngestJob
    template_name = "sources/job.html"

    def extra(self, obj: IngestJob) -> dict[str, Any]:
        return progress_context(self.request, obj)


class IngestJobProgressView(ObjectView):
    """The progress part of the batch page, polled by htmx while the batch runs."""

    model = IngestJob

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        job = self.get_object(pk)
        return render(request, "sources/job_progress.html", progress_context(request, job))


def progress_context(request: HttpRequest, job: IngestJob) -> dict[str, Any]:
    ids = [e.get("document") for e in job.report if e.get("document")]
    ids += [e.get("same_story_as") for e in job.report if e.get("same_story_as")]
    visible = Document.objects.restrict(request.user).in_bulk(ids)
    rows = [
        {**entry, "doc": visible.get(entry.get("document")),
         "story": visible.get(entry.get("same_story_as"))}
        for entry in job.report
    ]
    running = job.status in (IngestJob.Status.QUEUED, IngestJob.Status.RUNNING)
    return {"job": job, "rows": rows, "running": running}
