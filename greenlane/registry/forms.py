from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.db import models
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

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


# --- filter widgets ---------------------------------------------------------------------------


class ChosenRecord(forms.Widget):
    """A filter on one record chosen by a link (`?investor=12`), for models with too many rows
    to offer as options: a ticked box with the record's name (untick it to drop the filter), or
    nothing when no record is chosen. Set `queryset` to what the user may see: another record
    shows as its number only."""

    def __init__(self, queryset: models.QuerySet[Any], attrs: dict[str, Any] | None = None):
        super().__init__(attrs)
        self.queryset = queryset

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        if value in (None, ""):
            return mark_safe("")
        text = str(value)
        record = self.queryset.filter(pk=int(text)).first() if text.isdigit() else None
        attrs = self.build_attrs(self.attrs, attrs)
        return format_html(
            '<label class="check"><input type="checkbox" name="{}" value="{}" id="{}" checked> '
            "{}</label>",
            name,
            text,
            attrs.get("id", ""),
            record if record is not None else text,
        )

    def value_from_datadict(
        self, data: Mapping[str, Any], files: MultiValueDict[str, Any], name: str
    ) -> Any:
        return data.get(name)


class Autocomplete(forms.TextInput):
    """A text box suggesting names from an API list (`?q=` search, `results[].name`) through a
    `<datalist>`; the script is in core/object_list.html. Without scripts it is a text box."""

    input_type = "search"

    def __init__(self, url_name: str, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"autocomplete": "off", **(attrs or {})})
        self.url_name = url_name

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        options = f"{(attrs or {}).get('id') or 'id_' + name}-options"
        attrs = {**(attrs or {}), "list": options, "data-autocomplete": reverse(self.url_name)}
        box = super().render(name, value, attrs, renderer)
        return format_html('{}<datalist id="{}"></datalist>', box, options)


class LightSelect(forms.Select):
    """A select rendered in one pass (Django renders one template per option: ~0.1 ms each,
    which adds up on a list page's filter form)."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        chosen = {str(v) for v in self.format_value(value)}
        attrs = self.build_attrs(self.attrs, attrs)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            _options(self.choices, chosen),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, _flat(attrs), options
        )


class Checkboxes(forms.CheckboxSelectMultiple):
    """Ticks for a few choices, rendered in one pass like `LightSelect`."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        chosen = {str(v) for v in self.format_value(value)}
        attrs = self.build_attrs(self.attrs, attrs)
        options = _options(self.choices, chosen, " checked")
        boxes = format_html_join(
            "",
            '<label><input type="checkbox" name="{}" value="{}"{}> {}</label>',
            ((name, v, ticked, label) for v, ticked, label in options),
        )
        return format_html('<div id="{}">{}</div>', attrs.get("id", ""), boxes)


def _options(
    choices: Iterable[Any], chosen: set[str], mark: str = " selected"
) -> Iterable[tuple[str, str, str]]:
    """(value, " selected" or "", label) per choice."""
    for value, label in choices:
        text = "" if value is None else str(value)
        yield text, mark_safe(mark) if text in chosen else "", str(label)


def _flat(attrs: dict[str, Any]) -> SafeString:
    from django.forms.utils import flatatt

    return flatatt({k: v for k, v in attrs.items() if v is not False})


class ValidSelect(LightSelect):
    """All / valid only / no longer valid; reads the older `valid=True`/`1` links too."""

    ALIASES = {"true": "true", "1": "true", "yes": "true", "false": "false", "0": "false",
               "no": "false"}  # fmt: skip

    def value_from_datadict(
        self, data: Mapping[str, Any], files: MultiValueDict[str, Any], name: str
    ) -> Any:
        value = data.get(name)
        return self.ALIASES.get(str(value).lower(), value) if value is not None else None


VALID_CHOICES = [("true", _("Valid only")), ("false", _("No longer valid only"))]
