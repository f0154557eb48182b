"""Event screens: configuration on the generic views in greenlane.core.views."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectListView
from greenlane.promotion import filtersets, forms
from greenlane.promotion.models import Event


class EventListView(ObjectListView):
    model = Event
    columns = (
        Column("name", _("Name"), sort="name", link=True),
        Column("type", _("Type"), sort="type"),
        Column("when", _("Date"), sort="start"),
        Column("province", _("Province"), sort="province__name"),
        Column("place", _("Place")),
        Column("organisers", _("Organisers")),
        Column("attendance", _("Attendance"), sort="attendance", kind="number"),
    )
    filterset = filtersets.EventFilterSet
    related = ("province",)
    prefetch = ("organisers",)


class EventDetailView(ObjectDetailView):
    model = Event
    template_name = "promotion/event.html"

    def extra(self, obj: Event) -> dict[str, Any]:
        return {"organisers": list(obj.organisers.all())}


class EventEditView(ObjectEditView):
    model = Event
    form_class = forms.EventForm


class EventDeleteView(ObjectDeleteView):
    model = Event
    success_url = "promotion:event_list"
