from __future__ import annotations

from greenlane.core.api import RestrictedViewSet
from greenlane.promotion import filtersets
from greenlane.promotion.api.serializers import EventSerializer
from greenlane.promotion.models import Event


class EventViewSet(RestrictedViewSet):
    queryset = Event.objects.all()
    serializer_class = EventSerializer
    filterset_class = filtersets.EventFilterSet
    ordering_fields = ["name", "start", "attendance", "created"]
    related = ("province",)
    prefetch = ("organisers",)
