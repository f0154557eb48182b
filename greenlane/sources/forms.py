from __future__ import annotations

from django import forms

from greenlane.core.forms import DateInput
from greenlane.sources.models import Document


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "publisher", "published", "language", "url", "text"]
        widgets = {"published": DateInput(), "text": forms.Textarea(attrs={"rows": 12})}
