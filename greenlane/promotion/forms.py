from __future__ import annotations

from django import forms

from greenlane.core.forms import DateInput
from greenlane.promotion.models import Event


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "name",
            "type",
            "start",
            "end",
            "precision",
            "province",
            "place",
            "organisers",
            "organisers_text",
            "attendance",
            "description",
        ]
        widgets = {
            "start": DateInput(),
            "end": DateInput(),
            "description": forms.Textarea(attrs={"rows": 5}),
        }
