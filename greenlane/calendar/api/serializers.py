from __future__ import annotations

from rest_framework import serializers

from greenlane.calendar.models import Holiday
from greenlane.core.api import VersionedSerializer


class HolidaySerializer(VersionedSerializer):
    weekday = serializers.SerializerMethodField(help_text="0 = Monday … 6 = Sunday")
    lunar = serializers.CharField(read_only=True)

    class Meta:
        model = Holiday
        fields = ["id", "date", "weekday", "lunar", "name", "kind", "basis", "version",
                  "created", "updated"]
        read_only_fields = ["created", "updated"]

    def get_weekday(self, obj: Holiday) -> int:
        return obj.date.weekday()
