from __future__ import annotations

import django_filters as filters
from django.utils.translation import gettext_lazy as _

from greenlane.sources.models import Citation, Document


class DocumentFilterSet(filters.FilterSet):
    language = filters.ChoiceFilter(choices=Document.Language.choices, label=_("Language"))
    published_from = filters.DateFilter(
        field_name="published", lookup_expr="gte", label=_("Published from")
    )
    published_to = filters.DateFilter(
        field_name="published", lookup_expr="lte", label=_("Published until")
    )

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
