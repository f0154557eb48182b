from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from greenlane.aftercare.models import (
    DESK,
    EscalationLevel,
    Priority,
    Request,
    SLAPolicy,
    SystemicIssue,
    Topic,
)
from greenlane.core.files import max_bytes
from greenlane.core.models import User
from greenlane.core.roles import Role
from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project

AGENCIES = Organisation.objects.filter(kind=Organisation.Kind.AGENCY)


class SLAPolicyForm(forms.ModelForm):
    class Meta:
        model = SLAPolicy
        fields = ["priority", "first_response_hours", "resolution_hours", "calendar", "warn_at",
                  "basis"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first_response_hours"), data.get("resolution_hours")
        if first and last and first > last:
            self.add_error("resolution_hours", _(
                "The resolution target must not be shorter than the first-response target."))
        return data


class EscalationLevelForm(forms.ModelForm):
    roles = forms.MultipleChoiceField(
        label=_("Roles notified"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(r.value, r.label) for r in Role if r != Role.INVESTOR],
    )

    class Meta:
        model = EscalationLevel
        fields = ["level", "name", "percent", "roles", "users", "notify_officer"]
        widgets = {"users": forms.SelectMultiple(attrs={"size": 6})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from greenlane.core.models import User

        field = self.fields["users"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = User.objects.exclude(role=Role.INVESTOR).order_by("username")


class SystemicIssueForm(forms.ModelForm):
    class Meta:
        model = SystemicIssue
        fields = ["title", "description", "status", "agency", "proposal"]


class RequestForm(forms.ModelForm):
    """The desk's form: any investor, every field."""

    class Meta:
        model = Request
        fields = ["organisation", "project", "subject", "description", "topic", "agency",
                  "priority", "strategic", "officer"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Organisation.objects.exclude(kind=Organisation.Kind.AGENCY)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        organisation, project = data.get("organisation"), data.get("project")
        if organisation is not None and project is not None and not project.investors.filter(
                pk=organisation.pk).exists():
            self.add_error("project", _("The organisation is not an investor of this project."))
        return data


def _files_help() -> str:
    return gettext("PDF, Word, Excel, images, text; at most %(mb)d MB each.") % {
        "mb": max_bytes() // 1048576}


# The fields are built at import: the text is made when shown, in the reader's language and
# with the limit of the moment.
files_help = lazy(_files_help, str)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FilesField(forms.FileField):
    """Several files at once; each is checked by the service (size, type, real content)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.help_text = files_help()

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(FilesField, self).clean(f, initial) for f in files]


class FileRequestForm(forms.Form):
    """The investor's form: for its own organisation and projects."""

    subject = forms.CharField(label=_("Subject"), max_length=300)
    description = forms.CharField(
        label=_("What do you need?"), widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Describe the problem, since when, and what you have tried."),
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=Topic.choices)
    project = forms.ModelChoiceField(label=_("Project"), queryset=Project.objects.none(),
                                     required=False)
    priority = forms.ChoiceField(label=_("Urgency"), choices=Priority.choices,
                                 initial=Priority.NORMAL)
    attachments = FilesField(label=_("Attachments"))

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["project"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Project.objects.filter(investors=organisation).order_by("name")


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 4}))
    internal = forms.BooleanField(label=_("Internal note (officers only)"), required=False)
    attachments = FilesField(label=_("Attachments"))


class ActionForm(forms.Form):
    """One step of the life cycle; which fields matter depends on the step."""

    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    agency = forms.ModelChoiceField(queryset=AGENCIES, required=False)
    officer = forms.ModelChoiceField(queryset=User.objects.none(), required=False)
    issue = forms.ModelChoiceField(queryset=SystemicIssue.objects.all(), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["officer"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = User.objects.filter(role__in=sorted(DESK), is_active=True)

