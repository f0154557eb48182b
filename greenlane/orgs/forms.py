from __future__ import annotations

from django import forms

from greenlane.core.forms import DateInput
from greenlane.orgs.models import Organisation, Person, Position


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            "name",
            "short_name",
            "kind",
            "country",
            "province",
            "parent",
            "tax_code",
            "website",
            "email",
            "phone",
            "address",
            "is_strategic",
            "notes",
        ]


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["full_name", "country", "email", "phone", "notes"]


class PositionForm(forms.ModelForm):
    class Meta:
        model = Position
        fields = ["person", "organisation", "title", "start", "end"]
        widgets = {"start": DateInput(), "end": DateInput(), "person": forms.HiddenInput()}
