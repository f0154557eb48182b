"""Green-lane screens: the public catalogue and the dossiers, as configuration on the generic
views of greenlane.core.views (which apply `.restrict()`)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenlane.calendar.services import office_calendar
from greenlane.core import services as core_services
from greenlane.core.access import can
from greenlane.core.files import max_bytes, serve
from greenlane.core.tables import Column
from greenlane.core.views import (
    ObjectDeleteView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    ObjectView,
)
from greenlane.procedures import filtersets, forms, services
from greenlane.procedures.actions import int_or_none
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step

# --- the catalogue -----------------------------------------------------------------------------


class ProcedureListView(ObjectListView):
    model = Procedure
    public = True
    template_name = "procedures/procedure_list.html"
    columns = (
        Column("code", gettext_lazy("Code"), sort="code", link=True),
        Column("__str__", gettext_lazy("Procedure"), sort="name", link=True),
        Column("agency", gettext_lazy("Agency"), sort="agency__name"),
        Column("statutory_days", gettext_lazy("Time limit"), sort="statutory_days", kind="number"),
        Column("day_kind", gettext_lazy("Counted in")),
        Column("fee_text", gettext_lazy("Fees")),
    )
    filterset = filtersets.ProcedureFilterSet
    related = ("agency",)


class ProcedureDetailView(ObjectDetailView):
    model = Procedure
    public = True
    template_name = "procedures/procedure.html"

    def extra(self, obj: Procedure) -> dict[str, Any]:
        user = self.request.user
        targets = services.targets_for(obj, timezone.localdate())
        return {
            "steps": list(obj.steps.select_related("agency")),
            "prerequisites": list(obj.prerequisites.all()),
            "targets": targets,
            "can_change_steps": can(user, Step, "add"),
            "can_submit": can(user, Dossier, "add"),
            "my_dossiers": Dossier.objects.restrict(user).filter(procedure=obj).count()
            if user.is_authenticated else None,
        }


class ProcedureEditView(ObjectEditView):
    model = Procedure
    form_class = forms.ProcedureForm


class ProcedureDeleteView(ObjectDeleteView):
    model = Procedure
    success_url = "procedures:procedure_list"


class StepEditView(ObjectEditView):
    """Steps are added and edited from their procedure's page (?procedure=ID)."""

    model = Step
    form_class = forms.StepForm


class StepDeleteView(ObjectDeleteView):
    model = Step
    success_url = "procedures:procedure_list"

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        back = self.get_object(pk, "delete").procedure.get_absolute_url()
        response = super().post(request, pk)
        return HttpResponseRedirect(back) if response.status_code == 302 else response


# --- dossiers ----------------------------------------------------------------------------------

DOSSIER_COLUMNS = (
    Column("reference", gettext_lazy("Reference"), sort="reference", link=True),
    Column("organisation", gettext_lazy("Applicant"), sort="organisation__name"),
    Column("procedure", gettext_lazy("Procedure"), sort="procedure__code"),
    Column("submitted", gettext_lazy("Received"), sort="submitted", kind="date"),
    Column("target_due", gettext_lazy("Target date"), sort="target_due", kind="date"),
    Column("statutory_due", gettext_lazy("Statutory deadline"), sort="statutory_due", kind="date"),
    Column("green_lane", gettext_lazy("Green lane"), sort="green_lane"),
    Column("status", gettext_lazy("Status"), sort="status"),
    Column("completed", gettext_lazy("Decided on"), sort="completed", kind="date"),
)


class DossierListView(ObjectListView):
    model = Dossier
    columns = DOSSIER_COLUMNS
    filterset = filtersets.DossierFilterSet
    template_name = "procedures/dossier_list.html"
    related = ("organisation", "procedure")


class DossierDetailView(ObjectDetailView):
    model = Dossier
    template_name = "procedures/dossier.html"
    failed: dict[str, Any] | None = None  # a refused action form, shown again with its error

    def extra(self, obj: Dossier) -> dict[str, Any]:
        user = self.request.user
        today = timezone.localdate()
        cal = office_calendar()
        steps = list(obj.steps.select_related("step", "agency"))
        for item in steps:
            late = item.status == DossierStep.Status.ACTIVE and item.due and item.due < today
            item.late_days = cal.days_between(item.due, today) if late and item.due else 0  # type: ignore[attr-defined]
        end = obj.completed or today
        return {
            "steps": steps,
            "attachments": list(
                DossierAttachment.objects.restrict(user).filter(dossier=obj).select_related(
                    "uploaded_by")
            ),
            "used_days": cal.days_between(obj.submitted, end),
            "left_days": cal.days_between(today, obj.target_due) if obj.is_open else None,
            "late_days": cal.days_between(obj.target_due, today)
            if obj.is_open and obj.target_due < today else 0,
            "can_handle": can(user, Dossier, "change"),
            "can_attach": services.may_attach(user, obj),
            "can_remove_attachment": can(user, DossierAttachment, "delete"),
            "today": today,
            "max_mb": max_bytes() // 1048576,
            "failed": self._failed(obj, steps),
        }

    def _failed(self, obj: Dossier, steps: list[DossierStep]) -> dict[str, Any] | None:
        """The refused form, and whether it is still on the page (else its error goes on top)."""
        if self.failed is None:
            return None
        key, status = self.failed["id"], obj.status
        if isinstance(key, int):
            shown = obj.is_open and any(
                s.pk == key and s.status in ("active", "pending") for s in steps)
        elif key == "attach":
            shown = True
        else:
            shown = status not in ("completed", "rejected") and (
                key in ("complete", "reject") or (key == "resubmit") == (status == "returned"))
        return {**self.failed, "elsewhere": not shown}


class DossierAddView(ObjectEditView):
    model = Dossier
    form_class = forms.DossierForm

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        data = form.cleaned_data
        return services.submit_dossier(
            self.request.user, organisation=data["organisation"], procedure=data["procedure"],
            submitted=data["submitted"], green_lane=data["green_lane"], project=data["project"],
            note=data["note"], reference=data.get("reference") or "",
        )


class DossierEditView(ObjectEditView):
    model = Dossier
    form_class = forms.DossierEditForm

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        assert obj is not None
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        return services.update_dossier(self.request.user, obj, data, version, reason)


class DossierDeleteView(ObjectDeleteView):
    model = Dossier
    success_url = "procedures:dossier_list"


# --- attachments -------------------------------------------------------------------------------


class AttachmentDownloadView(ObjectView):
    """The file, to those who may see its dossier; never from a public URL."""

    model = DossierAttachment

    def get(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        attachment = self.get_object(pk)
        return serve(attachment.file, attachment.name)


class AttachmentDeleteView(ObjectDeleteView):
    model = DossierAttachment
    success_url = "procedures:dossier_list"

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        attachment = self.get_object(pk, "delete")
        back = attachment.get_absolute_url()
        try:
            services.remove_attachment(
                request.user, attachment, int_or_none(request.POST.get("version")),
                request.POST.get("reason", ""),
            )
        except (core_services.ConflictError, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return HttpResponseRedirect(back)
        messages.success(request, _("Deleted “%(record)s”.") % {"record": attachment})
        return HttpResponseRedirect(back)
