"""The statistics page and API: published figures, computed live from the registry."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from greenlane.core.access import can
from greenlane.core.forms import DateInput
from greenlane.places.models import Country, Province
from greenlane.registry.forms import LightSelect
from greenlane.registry.models import Project, ReportedFigure
from greenlane.registry.reported import comparisons
from greenlane.registry.statistics import (
    GROUPS,
    MAPS,
    MEASURES,
    StatQuery,
    breakdown,
    ranking_sentence,
    totals,
)


class StatisticsForm(forms.Form):
    group = forms.ChoiceField(label=_("Group by"), choices=list(GROUPS.items()), required=False)
    measure = forms.ChoiceField(label=_("Measure"), choices=list(MEASURES.items()), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("all kinds")), *Project.Kind.choices]
    )
    province = forms.ModelChoiceField(
        label=_("Province"), required=False, widget=LightSelect,
        queryset=Province.objects.only("code", "name", "is_current"),
    )
    origin = forms.ModelChoiceField(
        label=_("Origin"),
        required=False,
        to_field_name="code",
        widget=LightSelect,
        queryset=Country.objects.filter(
            Exists(Project.objects.filter(origin=OuterRef("pk")))
        ).only("code", "name_vi", "name_en", "name_ja", "name_fr"),
    )
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("Until"), required=False, widget=DateInput())
    map = forms.ChoiceField(label=_("Map"), choices=list(MAPS.items()), required=False)

    def query(self) -> StatQuery:
        data: dict[str, Any] = self.cleaned_data if self.is_valid() else {}
        return StatQuery(
            group=data.get("group") or "origin",
            measure=data.get("measure") or "stock",
            kind=data.get("kind", "fdi") if "kind" in self.data else "fdi",
            province=data.get("province"),
            origin=data.get("origin"),
            start=data.get("start"),
            end=data.get("end"),
            map=data.get("map") or "current",
        )


def statistics_page(request: HttpRequest) -> HttpResponse:
    form = StatisticsForm(request.GET or None)
    query = form.query() if request.GET else StatQuery()
    rows = breakdown(query)
    top = max((float(r.capital_usd) for r in rows), default=0.0)
    context = {
        "form": form,
        "query": query,
        "rows": rows,
        "chart": [(r, float(r.capital_usd) / top * 100 if top else 0) for r in rows[:15]],
        "chart_height": min(len(rows), 15) * 10 + 2,
        "totals": totals(query),
        "sentence": ranking_sentence(query, rows),
        "group_label": GROUPS.get(query.group, ""),
        "today": datetime.date.today(),
        "reported": comparisons(query) if can(request.user, ReportedFigure, "view") else None,
    }
    return render(request, "registry/statistics.html", context)


class StatRowSerializer(serializers.Serializer):
    key = serializers.CharField(allow_null=True)
    label = serializers.CharField()  # type: ignore[assignment]
    projects = serializers.IntegerField()
    capital_usd = serializers.DecimalField(max_digits=22, decimal_places=2)
    rank = serializers.IntegerField()
    share_pct = serializers.FloatField()
    url = serializers.CharField()


class TotalsSerializer(serializers.Serializer):
    projects = serializers.IntegerField()
    capital_usd = serializers.DecimalField(max_digits=22, decimal_places=2)


class StatisticsSerializer(serializers.Serializer):
    group = serializers.CharField()
    measure = serializers.CharField()
    kind = serializers.CharField()
    chart_height = serializers.IntegerField()
    totals = TotalsSerializer()
    rows = StatRowSerializer(many=True)


class StatisticsAPIView(APIView):
    """Published statistics; filters as on the statistics page (group, measure, kind, province,
    origin, start, end, map)."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[OpenApiParameter(n, str, required=False) for n in StatisticsForm.base_fields],
        responses={200: StatisticsSerializer},
    )
    def get(self, request: Request) -> Response:
        form = StatisticsForm(request.query_params)
        if request.query_params and not form.is_valid():
            return Response(form.errors, status=400)
        query = form.query() if request.query_params else StatQuery()
        rows = breakdown(query)
        return Response(
            {
                "group": query.group,
                "measure": query.measure,
                "kind": query.kind,
                "chart_height": min(len(rows), 15) * 10 + 2,
                "totals": totals(query),
                "rows": StatRowSerializer(rows, many=True).data,
            }
        )
