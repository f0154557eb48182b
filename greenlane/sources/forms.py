from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from greenlane.core.forms import DateInput
from greenlane.sources.ingest import SUFFIXES
from greenlane.sources.models import Document

ACCEPT = ",".join(SUFFIXES)


class DocumentForm(forms.ModelForm):
    url = forms.URLField(label=_("URL"), max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Document
        fields = ["title", "publisher", "published", "language", "url", "text"]
        widgets = {"published": DateInput(), "text": forms.Textarea(attrs={"rows": 12})}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one <input multiple>; each is checked by ingestion, not here, so a bad
    file is reported beside the good ones instead of refusing them all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else [data]
        files = [f for f in files if f]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return files


class UploadForm(forms.Form):
    documents = MultipleFileField(
        label=_("Files"),
        error_messages={"required": _("Choose one or more files.")},
    )
    publisher = forms.CharField(
        label=_("Publisher"), max_length=200, required=False,
        help_text=_("The outlet of these articles, if they all come from one."),
    )
    url = forms.URLField(
        label=_("URL"), max_length=1000, required=False, assume_scheme="https",
        help_text=_("The address of the article, when you upload one."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["documents"].help_text = gettext(
            "Articles as text (.txt, .md) or web pages (.html, .htm), up to %(limit)s MB each "
            "and %(count)s files at once. A file stored before is recognised and not stored "
            "again."
        ) % {"limit": settings.MAX_UPLOAD_MB, "count": settings.DATA_UPLOAD_MAX_NUMBER_FILES}
