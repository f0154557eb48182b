"""Filters for the desk's lists, shared by the web pages and the API. Choices that name other
organisations are limited to what the user may see: an investor's agency filter lists only the
agencies handling its own requests, and it gets no investor filter at all."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Message,
    Priority,
    Request,
    SystemicIssue,
    Topic,
)
from greenlane.core.access import role_of
from greenlane.core.forms import DateInput
from greenlane.core.roles import Role
from greenlane.orgs.models import Organisation


def overdue(queryset: QuerySet[Request], now: Any = None) -> QuerySet[Request]:
    """Open requests past a due time: the resolution clock runs past its due time, or the
    first response has not come by its due time."""
    now = now or timezone.now()
    late = Q(clock_started__isnull=False, resolution_due__lt=now) | Q(
        first_response_at__isnull=True, first_response_due__lt=now)
    return queryset.filter(late, status__in=Request.OPEN)


class RequestFilterSet(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=Request.Status.choices, label=_("Status"))
    priority = filters.MultipleChoiceFilter(choices=Priority.choices, label=_("Priority"))
    topic = filters.MultipleChoiceFilter(choices=Topic.choices, label=_("Topic"))
    agency = filters.ModelChoiceFilter(queryset=Organisation.objects.none(), label=_("Agency"))
    organisation = filters.ModelChoiceFilter(
        queryset=Organisation.objects.none(), label=_("Investor"))
    open = filters.BooleanFilter(method="filter_open", label=_("Open"))
    overdue = filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))
    strategic = filters.BooleanFilter(label=_("Strategic investor"))
    level = filters.ChoiceFilter(field_name="level", lookup_expr="gte", choices=[],
                                 label=_("Escalated to level"))
    issue = filters.ModelChoiceFilter(queryset=SystemicIssue.objects.none(), field_name="issues",
                                      label=_("Systemic issue"))
    received_from = filters.DateFilter(field_name="received_at", lookup_expr="date__gte",
                                       label=_("Received from"), widget=DateInput())
    received_to = filters.DateFilter(field_name="received_at", lookup_expr="date__lte",
                                     label=_("Received until"), widget=DateInput())

    class Meta:
        model = Request
        fields: list[str] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        agencies = Organisation.objects.filter(kind=Organisation.Kind.AGENCY)
        if role_of(user) == Role.INVESTOR:
            mine = Request.objects.restrict(user).values("agency")
            self.filters["agency"].queryset = agencies.filter(pk__in=mine)
            for internal in ("organisation", "level", "issue"):
                self.filters.pop(internal)
        else:
            self.filters["agency"].queryset = agencies
            self.filters["organisation"].queryset = Organisation.objects.filter(
                pk__in=Request.objects.values("organisation"))
            self.filters["issue"].queryset = SystemicIssue.objects.all()
            level = self.filters["level"]
            level.extra["choices"] = [
                (rung.level, _("%(level)s – %(name)s, or higher") % {
                    "level": rung.level, "name": rung.name})
                for rung in EscalationLevel.objects.order_by("level")]
            level.__dict__.pop("_field", None)  # a field built before holds no choices

    def filter_open(self, queryset: QuerySet[Request], name: str, value: Any) -> QuerySet[Request]:
        if value is None:
            return queryset
        is_open = Q(status__in=Request.OPEN)
        return queryset.filter(is_open) if value else queryset.exclude(is_open)

    def filter_overdue(self, queryset: QuerySet[Request], name: str,
                       value: Any) -> QuerySet[Request]:
        if value is None:
            return queryset
        late = overdue(queryset).values("pk")
        return queryset.filter(pk__in=late) if value else queryset.exclude(pk__in=late)


class MessageFilterSet(filters.FilterSet):
    request = filters.NumberFilter(field_name="request_id", label=_("Request"))

    class Meta:
        model = Message
        fields: list[str] = []


class AttachmentFilterSet(filters.FilterSet):
    request = filters.NumberFilter(field_name="request_id", label=_("Request"))

    class Meta:
        model = Attachment
        fields: list[str] = []


class SystemicIssueFilterSet(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=SystemicIssue.Status.choices, label=_("Status"))
    agency = filters.ModelChoiceFilter(
        queryset=Organisation.objects.filter(kind=Organisation.Kind.AGENCY), label=_("Agency"))

    class Meta:
        model = SystemicIssue
        fields: list[str] = []
