from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from greenlane.core.forms import DateInput
from greenlane.orgs.models import Organisation
from greenlane.procedures.models import Dossier, EnvironmentGroup, Procedure, Step
from greenlane.registry.models import Project


class ProcedureForm(forms.ModelForm):
    class Meta:
        model = Procedure
        fields = [
            "code", "name", "name_en", "description", "agency", "statutory_days", "day_kind",
            "green_lane_days", "fee_vnd", "fee_text", "documents", "legal_basis", "order",
            "prerequisites", "foreign_share_over", "location", "needs_land",
            "needs_foreign_experts", "sector_codes", "environment_groups", "min_capital_vnd",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "documents": forms.Textarea(attrs={"rows": 5}),
            "legal_basis": forms.Textarea(attrs={"rows": 3}),
            "prerequisites": forms.SelectMultiple(attrs={"size": 6}),
        }


class StepForm(forms.ModelForm):
    class Meta:
        model = Step
        fields = ["procedure", "order", "name", "agency", "days", "documents"]
        widgets = {"procedure": forms.HiddenInput(), "documents": forms.Textarea(attrs={"rows": 4})}


class DossierForm(forms.ModelForm):
    """A complete dossier received: the service computes its deadlines and steps."""

    class Meta:
        model = Dossier
        fields = ["organisation", "procedure", "project", "submitted", "green_lane", "reference",
                  "note"]
        widgets = {"submitted": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.exclude(  # type: ignore[attr-defined]
            kind=Organisation.Kind.AGENCY
        )
        self.fields["reference"].required = False
        self.fields["reference"].help_text = _("Empty: numbered automatically.")
        self.fields["submitted"].initial = timezone.localdate


class DossierEditForm(forms.ModelForm):
    class Meta:
        model = Dossier
        fields = ["project", "submitted", "green_lane", "note"]
        widgets = {"submitted": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}


class ActionForm(forms.Form):
    """The date of a step or dossier action, and a note or reason."""

    on = forms.DateField(label=_("Date"), widget=DateInput(), initial=timezone.localdate)
    note = forms.CharField(label=_("Note or reason"), max_length=500, required=False)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput())


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("File"))
    description = forms.CharField(label=_("Description"), max_length=300, required=False)


class FinderForm(forms.Form):
    """A project's facts; empty fields mean "no" or "not known"."""

    sector = forms.CharField(
        label=_("Sector (VSIC 2018 code)"), max_length=5, required=False,
        help_text=_("e.g. 26 for electronics, 20 for chemicals"),
    )
    foreign_share = forms.DecimalField(
        label=_("Foreign ownership (%)"), min_value=0, max_value=100, decimal_places=2,
        required=False,
    )
    in_park = forms.BooleanField(label=_("Inside an industrial park"), required=False)
    land_ha = forms.DecimalField(
        label=_("Land needed (ha)"), min_value=0, max_digits=10, decimal_places=2, required=False,
        help_text=_("0 if no land is needed; empty if not known."),
    )
    capital_vnd = forms.DecimalField(
        label=_("Capital (VND)"), min_value=0, max_digits=22, decimal_places=0, required=False
    )
    environment_group = forms.ChoiceField(
        label=_("Environmental group"), required=False,
        choices=[("", _("estimate from the sector")), *EnvironmentGroup.choices],
    )
    foreign_experts = forms.BooleanField(label=_("Foreign experts will work here"), required=False)
    start = forms.DateField(label=_("Start on"), widget=DateInput(), required=False)


class ProjectPickForm(forms.Form):
    """A registry project the user may see, whose facts fill the finder."""

    project = forms.ModelChoiceField(
        label=_("Or start from a registry project"), queryset=Project.objects.none(),
        required=False, empty_label=_("— choose a project —"),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["project"]
        assert isinstance(field, forms.ModelChoiceField)
        if user.is_authenticated:
            field.queryset = Project.objects.restrict(user).order_by("name")


class PeriodForm(forms.Form):
    decided_from = forms.DateField(label=_("Decided from"), widget=DateInput(), required=False)
    decided_to = forms.DateField(label=_("Decided until"), widget=DateInput(), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("decided_from"), data.get("decided_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data
