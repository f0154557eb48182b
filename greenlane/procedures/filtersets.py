"""Filters for the green lane's lists, shared by the web pages and the API."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from greenlane.core.forms import DateInput
from greenlane.orgs.models import Organisation
from greenlane.procedures.models import (
    DayKind,
    Dossier,
    DossierAttachment,
    DossierStep,
    Location,
    Procedure,
    Step,
)


def agencies(request: HttpRequest | None = None) -> QuerySet[Organisation]:
    return Organisation.objects.filter(kind=Organisation.Kind.AGENCY)


def applicants(request: HttpRequest | None) -> QuerySet[Organisation]:
    """Only the organisations the user may see: an investor's list offers its own."""
    user = getattr(request, "user", None)
    return Organisation.objects.restrict(user).exclude(kind=Organisation.Kind.AGENCY)


class ProcedureFilterSet(filters.FilterSet):
    agency = filters.ModelChoiceFilter(queryset=agencies, label=_("Agency"))
    location = filters.ChoiceFilter(choices=Location.choices, label=_("Location"))
    day_kind = filters.ChoiceFilter(choices=DayKind.choices, label=_("Counted in"))
    code = filters.CharFilter(lookup_expr="iexact", label=_("Code"))

    class Meta:
        model = Procedure
        fields: list[str] = []


class StepFilterSet(filters.FilterSet):
    procedure = filters.NumberFilter(field_name="procedure_id", label=_("Procedure"))

    class Meta:
        model = Step
        fields: list[str] = []


class DossierFilterSet(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=Dossier.Status.choices, label=_("Status"))
    procedure = filters.ModelChoiceFilter(queryset=Procedure.objects.all(), label=_("Procedure"))
    agency = filters.ModelChoiceFilter(
        queryset=agencies, field_name="procedure__agency", label=_("Agency")
    )
    organisation = filters.ModelChoiceFilter(queryset=applicants, label=_("Applicant"))
    green_lane = filters.BooleanFilter(label=_("Green lane"))
    overdue = filters.BooleanFilter(method="filter_overdue", label=_("Past its target"))
    submitted_from = filters.DateFilter(
        field_name="submitted", lookup_expr="gte", label=_("Received from"), widget=DateInput()
    )
    submitted_to = filters.DateFilter(
        field_name="submitted", lookup_expr="lte", label=_("Received until"), widget=DateInput()
    )
    project = filters.NumberFilter(field_name="project_id", label=_("Project"))

    class Meta:
        model = Dossier
        fields: list[str] = []

    def filter_overdue(
        self, queryset: QuerySet[Dossier], name: str, value: Any
    ) -> QuerySet[Dossier]:
        if value is None:
            return queryset
        late = {"status__in": Dossier.OPEN, "target_due__lt": timezone.localdate()}
        return queryset.filter(**late) if value else queryset.exclude(**late)


class DossierStepFilterSet(filters.FilterSet):
    dossier = filters.NumberFilter(field_name="dossier_id", label=_("Dossier"))
    status = filters.MultipleChoiceFilter(choices=DossierStep.Status.choices, label=_("Status"))
    agency = filters.ModelChoiceFilter(queryset=agencies, label=_("Agency"))
    overdue = filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))

    class Meta:
        model = DossierStep
        fields: list[str] = []

    def filter_overdue(
        self, queryset: QuerySet[DossierStep], name: str, value: Any
    ) -> QuerySet[DossierStep]:
        if value is None:
            return queryset
        late = {"status": DossierStep.Status.ACTIVE, "due__lt": timezone.localdate()}
        return queryset.filter(**late) if value else queryset.exclude(**late)


class DossierAttachmentFilterSet(filters.FilterSet):
    dossier = filters.NumberFilter(field_name="dossier_id", label=_("Dossier"))

    class Meta:
        model = DossierAttachment
        fields: list[str] = []
