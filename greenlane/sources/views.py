from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectListView
from greenlane.sources import filtersets, forms
from greenlane.sources.models import Document


class DocumentListView(ObjectListView):
    model = Document
    columns = (
        Column("title", _("Title"), sort="title", link=True),
        Column("publisher", _("Publisher"), sort="publisher"),
        Column("published", _("Published"), sort="published", kind="date"),
        Column("language", _("Language"), sort="language"),
    )
    filterset = filtersets.DocumentFilterSet


class DocumentDetailView(ObjectDetailView):
    model = Document
    template_name = "sources/document.html"

    def extra(self, obj: Document) -> dict[str, Any]:
        return {"cited": obj.citations.select_related("content_type")[:500]}


class DocumentEditView(ObjectEditView):
    model = Document
    form_class = forms.DocumentForm


class DocumentDeleteView(ObjectDeleteView):
    model = Document
    success_url = "sources:document_list"
