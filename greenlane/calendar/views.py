"""Calendar screens: the year view with its working-day calculator, filling a year from the law,
and the generic list, detail, edit and delete pages of a holiday."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenlane.calendar import filtersets, forms, holidays, services
from greenlane.calendar.models import Holiday
from greenlane.core.access import can
from greenlane.core.services import ConflictError
from greenlane.core.tables import Column
from greenlane.core.views import (
    ObjectDeleteView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    ObjectView,
)

FIRST_YEAR, LAST_YEAR = 1900, 2199


def year_url(year: int) -> str:
    return f"{reverse('calendar:year')}?year={year}"


def parse_year(text: str | None) -> int | None:
    """A year from the query string; None if missing or outside 1900–2199."""
    try:
        year = int((text or "").strip())
    except ValueError:
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


class YearView(ObjectView):
    """One year: its holidays, days off and make-up working days, working days per month, and the
    working-day calculator."""

    model = Holiday
    template_name = "calendar/year.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        asked = request.GET.get("year")
        year = parse_year(asked) or timezone.localdate().year
        if asked and parse_year(asked) is None:
            messages.error(request, _("“%(value)s” is not a year between %(first)s and %(last)s.")
                           % {"value": asked[:20], "first": FIRST_YEAR, "last": LAST_YEAR})
        context = {
            **self.meta(),
            "year": year,
            "previous": year - 1 if year > FIRST_YEAR else None,
            "next": year + 1 if year < LAST_YEAR else None,
            "rows": self.queryset().filter(date__year=year),
            "months": self.months(year),
            "status": holidays.announcement_status(year),
            "can_fill": can(request.user, Holiday, "add"),
            **self.calculator(request),
        }
        return render(request, self.template_name, context)

    def months(self, year: int) -> list[dict[str, Any]]:
        counts = services.working_days_per_month(year)
        return [
            {"first": dt.date(year, m, 1), "working": counts[m - 1]} for m in range(1, 13)
        ] + [{"first": None, "working": sum(counts)}]

    def calculator(self, request: HttpRequest) -> dict[str, Any]:
        if "amount" not in request.GET:
            today = timezone.localdate()
            return {"calculator": forms.CalculatorForm(initial={"start_date": today})}
        form = forms.CalculatorForm(request.GET)
        result: dt.datetime | dt.date | None = None
        if form.is_valid():
            data = form.cleaned_data
            start = dt.datetime.combine(data["start_date"], data["start_time"] or dt.time(0),
                                        tzinfo=timezone.get_current_timezone())
            try:
                result = services.due(data["calendar"], start, data["amount"], data["unit"])
            except (ValueError, OverflowError):
                form.add_error(None, _("The due date falls outside the dates the calendar "
                                       "can count. Check the start date and the time allowed."))
        return {"calculator": form, "result": result,
                "result_is_date": not isinstance(result, dt.datetime)}


class FillYearView(ObjectView):
    """POST: fill a year from its announced schedule or from the Labour Code (audited)."""

    model = Holiday
    action = "add"

    def post(self, request: HttpRequest) -> HttpResponse:
        if not can(request.user, Holiday, "add"):
            raise PermissionDenied(_("You may not add records of this kind."))
        year = parse_year(request.POST.get("year"))
        if year is None:
            messages.error(request, _("Choose a year between %(first)s and %(last)s.")
                           % {"first": FIRST_YEAR, "last": LAST_YEAR})
            return HttpResponseRedirect(reverse("calendar:year"))
        try:
            created = services.generate_year(request.user, year)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(year_url(year))
        if created:
            messages.success(request, _("%(count)s days added to %(year)s.")
                             % {"count": len(created), "year": year})
        else:
            messages.success(request, _("%(year)s already has every day of its schedule; "
                                        "nothing was added.") % {"year": year})
        return HttpResponseRedirect(year_url(year))


class HolidayListView(ObjectListView):
    model = Holiday
    columns = (
        Column("date", gettext_lazy("Date"), sort="date", link=True),
        Column("weekday", gettext_lazy("Weekday")),
        Column("lunar", gettext_lazy("Lunar date")),
        Column("kind", gettext_lazy("Kind"), sort="kind"),
        Column("name", gettext_lazy("Name"), sort="name"),
        Column("basis", gettext_lazy("Legal basis")),
    )
    filterset = filtersets.HolidayFilterSet
    searchable = False  # a handful of rows a year: the name filter below is enough

    def filtered(self) -> tuple[Any, Any]:
        queryset, filters = super().filtered()
        query = self.request.GET.get("q", "").strip()
        if query:
            queryset = queryset.filter(name__icontains=query[:100])
        return queryset, filters


class HolidayDetailView(ObjectDetailView):
    model = Holiday
    template_name = "calendar/holiday.html"


class HolidayEditView(ObjectEditView):
    model = Holiday
    form_class = forms.HolidayForm

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        if obj is None:
            return services.add_holiday(self.request.user, form.cleaned_data, reason)
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        return services.change_holiday(self.request.user, obj, data, version, reason)


class HolidayDeleteView(ObjectDeleteView):
    model = Holiday
    success_url = "calendar:year"

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        holiday = self.get_object(pk, "delete")
        version = request.POST.get("version", "")
        try:
            services.remove_holiday(request.user, holiday,
                                    int(version) if version.isdigit() else None,
                                    request.POST.get("reason", "")[:500])
        except (ConflictError, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return HttpResponseRedirect(holiday.get_absolute_url())
        messages.success(request, _("Deleted “%(record)s”.") % {"record": holiday})
        return HttpResponseRedirect(year_url(holiday.date.year))
