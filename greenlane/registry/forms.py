from __future__ import annotations

from django import forms

from greenlane.core.forms import DateInput
from greenlane.registry.models import Adjustment, IndustrialPark, Project


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = [
            "name",
            "kind",
            "investors",
            "origin",
            "province",
            "park",
            "sector",
            "capital",
            "currency",
            "usd_rate",
            "status",
            "irc_number",
            "irc_date",
            "area_ha",
            "description",
        ]
        widgets = {"irc_date": DateInput(), "investors": forms.SelectMultiple(attrs={"size": 6})}


class ParkForm(forms.ModelForm):
    class Meta:
        model = IndustrialPark
        fields = ["name", "province", "operator", "area_ha", "established", "notes"]
        widgets = {"established": DateInput()}


class AdjustmentForm(forms.ModelForm):
    class Meta:
        model = Adjustment
        fields = ["project", "kind", "date", "amount", "currency", "new_investor", "note"]
        widgets = {"date": DateInput(), "project": forms.HiddenInput()}
