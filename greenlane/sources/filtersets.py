from __future__ import annotations

import django_filters as filters
from django.utils.translation import gettext_lazy as _

from greenlane.sources.models import FACT_KINDS, Citation, Document, Fact, IngestJob


class DocumentFilterSet(filters.FilterSet):
    language = filters.ChoiceFilter(choices=Document.Language.choices, label=_("Language"))
    published_from = filters.DateFilter(
        field_name="published", lookup_expr="gte", label=_("Published from")
    )
    published_to = filters.DateFilter(
        field_name="published", lookup_expr="lte", label=_("Published until")
    )
    job = filters.NumberFilter(field_name="job_id", label=_("Ingestion batch"))

    class Meta:
        model = Document
        fields: list[str] = []


class CitationFilterSet(filters.FilterSet):
    document = filters.NumberFilter(field_name="document_id")
    model = filters.CharFilter(field_name="content_type__model")
    object_id = filters.NumberFilter()

    class Meta:
        model = Citation
        fields: list[str] = []


class IngestJobFilterSet(filters.FilterSet):
    status = filters.ChoiceFilter(choices=IngestJob.Status.choices, label=_("Status"))

    class Meta:
        model = IngestJob
        fields: list[str] = []


class FactFilterSet(filters.FilterSet):
    document = filters.NumberFilter(field_name="document_id", label=_("Document"))
    job = filters.NumberFilter(field_name="document__job_id", label=_("Ingestion batch"))
    kind = filters.ChoiceFilter(choices=list(FACT_KINDS.items()), label=_("Kind"))
    status = filters.ChoiceFilter(choices=Fact.Status.choices, label=_("Status"))

    class Meta:
        model = Fact
        fields: list[str] = []
