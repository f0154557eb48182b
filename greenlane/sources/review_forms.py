"""Forms of the review queue: a fact's values, kind by kind, as form fields (and back to the
extraction contract's JSON), the decision forms, and the queue's filters."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from greenlane.places.models import Country
from greenlane.registry.money import Currency
from greenlane.sources.filing.values import CHOICES, QUALIFIERS, normalise
from greenlane.sources.models import FACT_KINDS, Document, Fact

LABELS = {
    "measure": _("Measure"), "category": _("Category"), "destination": _("Province"),
    "origin": _("Origin (country)"), "projects": _("Projects"), "amount": _("Amount"),
    "share_pct": _("Share (%)"), "period": _("Period"), "as_of": _("As of"),
    "name": _("Name"), "investor": _("Investor"), "location": _("Province"),
    "area_ha": _("Land (ha)"), "sector": _("Sector"), "subject": _("About"),
    "rank": _("Rank"), "of": _("Out of"), "scope": _("What is ranked"), "metric": _("Metric"),
    "low": _("From"), "high": _("Up to"), "unit": _("Unit"), "year": _("By the year"),
    "value": _("Value"), "type": _("Type"), "start": _("Start"), "end": _("End"),
    "place": _("Place"), "organisers": _("Organisers (separated by ;)"),
    "attendance": _("Attendance"), "title": _("Title"), "organisation": _("Organisation"),
    "actor": _("Who commits"), "text": _("Commitment"),
}
CHOICE_LABELS = {
    "stock": _("stock: valid as of a date"), "flow": _("flow: attracted in a period"),
    "fdi": _("FDI"), "oda": _("ODA"), "domestic": _("domestic"), "outbound": _("outbound"),
    "total": _("all kinds"), "forum": _("forum"), "seminar": _("seminar"),
    "conference": _("conference"), "meeting": _("meeting"), "visit": _("visit"),
    "delegation": _("delegation"), "signing": _("signing"), "other": _("other"),
    "exact": _("exactly"), "approx": _("about"), "over": _("over"), "under": _("under"),
}
COARSE_DATE = RegexValidator(
    r"^\d{4}(-\d{2}(-\d{2})?)?$", _("Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.")
)
PLACES = {"destination", "location", "place"}
WHOLE = {"projects", "rank", "of", "attendance", "year"}
DECIMAL = {"share_pct", "area_ha", "low", "high", "value"}
DATES = {"as_of", "start", "end"}


def _choices(name: str) -> list[tuple[str, Any]]:
    return [("", "—"), *((c, CHOICE_LABELS.get(c, c)) for c in CHOICES[name])]


def _date_field(label: Any) -> forms.CharField:
    return forms.CharField(label=label, required=False, validators=[COARSE_DATE],
                           widget=forms.TextInput(attrs={"placeholder": "YYYY-MM-DD"}))


class FactValuesForm(forms.Form):
    """The values of one fact, with the fields of its kind (see filing.values.KIND_FIELDS)."""

    def __init__(self, kind: str, *args: Any, values: dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        from greenlane.sources.filing.values import KIND_FIELDS

        self.kind = kind
        super().__init__(*args, **kwargs)
        for name in KIND_FIELDS[kind]:
            self._add(name)
        if values is not None and not self.is_bound:
            self.initial = to_initial(values)

    def _add(self, name: str) -> None:  # one branch per value type
        label = LABELS.get(name, name)
        if name in CHOICES:
            self.fields[name] = forms.ChoiceField(label=label, required=False,
                                                  choices=_choices(name))
        elif name == "origin":
            self.fields[name] = forms.ModelChoiceField(
                label=label, required=False, to_field_name="code",
                queryset=Country.objects.order_by("name_en"))
        elif name in WHOLE:
            self.fields[name] = forms.IntegerField(label=label, required=False, min_value=0)
        elif name in DECIMAL:
            self.fields[name] = forms.DecimalField(label=label, required=False, min_value=0)
        elif name in DATES:
            self.fields[name] = _date_field(label)
        elif name == "amount":
            self.fields["amount_value"] = forms.DecimalField(label=label, required=False,
                                                             min_value=0)
            self.fields["amount_currency"] = forms.ChoiceField(
                label=_("Currency"), required=False, choices=[("", "—"), *Currency.choices])
            self.fields["amount_qualifier"] = forms.ChoiceField(
                label=_("Qualifier"), required=False,
                choices=[(q, CHOICE_LABELS[q]) for q in QUALIFIERS])
        elif name == "period":
            self.fields["period_start"] = _date_field(_("Period from"))
            self.fields["period_end"] = _date_field(_("Period until"))
        else:
            attrs = {"list": "provinces"} if name in PLACES else {}
            widget = forms.Textarea(attrs={"rows": 3}) if name == "text" else forms.TextInput(
                attrs=attrs)
            self.fields[name] = forms.CharField(label=label, required=False, widget=widget)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("amount_value") is not None and not cleaned.get("amount_currency"):
            self.add_error("amount_currency", _("Choose the amount's currency."))
        if not self.errors:
            try:
                self.contract = normalise(self.kind, self.to_values())
            except ValidationError as error:
                for message in error.messages:
                    self.add_error(None, message)
        return cleaned

    def to_values(self) -> dict[str, Any]:
        """The form's values as the contract's JSON."""
        from greenlane.sources.filing.values import KIND_FIELDS

        data = self.cleaned_data
        values: dict[str, Any] = {}
        for name in KIND_FIELDS[self.kind]:
            if name == "amount":
                amount = data.get("amount_value")
                values[name] = None if amount is None else {
                    "value": amount, "currency": data.get("amount_currency"),
                    "qualifier": data.get("amount_qualifier") or "exact"}
            elif name == "period":
                start, end = data.get("period_start"), data.get("period_end")
                period = {"start": start or None, "end": end or None}
                values[name] = period if start or end else None
            elif name == "origin":
                values[name] = data[name].code if data.get(name) else None
            elif name == "organisers":
                values[name] = [n.strip() for n in (data.get(name) or "").split(";") if n.strip()]
            else:
                values[name] = data.get(name)
        return values


def to_initial(values: dict[str, Any]) -> dict[str, Any]:
    """Form initial data from the contract's JSON."""
    initial = {k: v for k, v in values.items() if not isinstance(v, dict | list)}
    amount = values.get("amount") or {}
    if amount:
        initial.update(amount_value=amount.get("value"), amount_currency=amount.get("currency"),
                       amount_qualifier=amount.get("qualifier") or "exact")
    period = values.get("period") or {}
    initial.update(period_start=period.get("start"), period_end=period.get("end"))
    if values.get("organisers"):
        initial["organisers"] = "; ".join(values["organisers"])
    return {k: v for k, v in initial.items() if v is not None}


class DecisionForm(forms.Form):
    """Accept, reject, reopen or edit: the fact's version as the officer saw it, and a reason."""

    ACTIONS = ("accept", "overwrite", "keep", "reject", "reopen", "edit")

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    version = forms.IntegerField(min_value=1)
    reason = forms.CharField(required=False, max_length=500)


class BulkRejectForm(forms.Form):
    facts = forms.ModelMultipleChoiceField(queryset=Fact.objects.all())
    reason = forms.CharField(required=False, max_length=500)


class FactFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=list(FACT_KINDS.items()), label=_("Kind"))
    status = filters.MultipleChoiceFilter(choices=Fact.Status.choices, label=_("Status"))
    document = filters.NumberFilter(field_name="document_id", label=_("Document"))
    language = filters.ChoiceFilter(field_name="document__language",
                                    choices=Document.Language.choices, label=_("Language"))

    class Meta:
        model = Fact
        fields: list[str] = []
