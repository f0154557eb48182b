"""The buttons of a dossier page: step and dossier actions, and uploads. Each posts a form,
calls a service and comes back to the dossier with a message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from greenlane.core.access import can
from greenlane.core.services import ConflictError
from greenlane.procedures import forms, services
from greenlane.procedures.models import Dossier, DossierStep


def int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _found(queryset: Any, pk: int) -> Any:
    try:
        return queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError) as error:
        raise Http404(_("No such record, or you may not see it.")) from error


def _errors(form: Any) -> str:
    """Each error with the name of its field, e.g. "Description: at most 300 characters"."""
    parts = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        for error in errors:
            parts.append(_("%(field)s: %(error)s") % {"field": field.label, "error": error}
                         if field is not None else str(error))
    return " ".join(parts)


def _page(request: HttpRequest, dossier: Dossier, failed: dict[str, Any]) -> HttpResponse:
    """The dossier page again, status 400, the failed form kept with its error beside it."""
    from greenlane.procedures.views import DossierDetailView

    view = DossierDetailView()
    view.setup(request, pk=dossier.pk)
    view.failed = failed
    response = view.get(request, dossier.pk)
    response.status_code = 400
    return response


StepAction = Callable[[Any, DossierStep, dt.date, str, int | None], Any]
DossierAction = Callable[[Any, Dossier, dt.date, str, int | None], Any]

STEP_ACTIONS: dict[str, StepAction] = {
    "start": lambda who, item, on, note, version: services.start_step(who, item, on, version),
    "complete": services.complete_step,
}
DOSSIER_ACTIONS: dict[str, DossierAction] = {
    "return": services.return_for_completion,
    "resubmit": lambda who, d, on, note, version: services.resubmit(who, d, on, version),
    "reject": services.reject_dossier,
    "complete": services.complete_dossier,
}


ACTION_NAMES = {
    "return": gettext_lazy("Return for completion"),
    "resubmit": gettext_lazy("Received again"),
    "reject": gettext_lazy("Refuse"),
    "complete": gettext_lazy("Result issued"),
}


def _run(request: HttpRequest, call: Callable[[dt.date, str, int | None], Any]) -> str:
    """Run the action; its error ('' when done)."""
    form = forms.ActionForm(request.POST)
    if not form.is_valid():
        return _errors(form)
    data = form.cleaned_data
    try:
        call(data["on"], data["note"], data["version"])
    except (ConflictError, ValidationError) as error:
        return " ".join(getattr(error, "messages", [str(error)]))
    messages.success(request, _("Done."))
    return ""


def _failed(request: HttpRequest, key: Any, what: str, error: str) -> dict[str, Any]:
    return {"id": key, "on": request.POST.get("on", ""), "note": request.POST.get("note", ""),
            "error": _("%(what)s: %(error)s") % {"what": what, "error": error}}


class StepActionView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        if action not in STEP_ACTIONS:
            raise Http404(_("No such action."))
        if not can(request.user, DossierStep, "change"):
            raise PermissionDenied(_("You may not process dossiers."))
        item = _found(DossierStep.objects.restrict(request.user, "change"), pk)
        error = _run(request, lambda on, note, version: STEP_ACTIONS[action](
            request.user, item, on, note, version))
        if error:
            what = _("Step %(order)s (%(name)s)") % {"order": item.order, "name": item.step.name}
            return _page(request, item.dossier, _failed(request, item.pk, what, error))
        return HttpResponseRedirect(item.dossier.get_absolute_url())


class DossierActionView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        if action not in DOSSIER_ACTIONS:
            raise Http404(_("No such action."))
        if not can(request.user, Dossier, "change"):
            raise PermissionDenied(_("You may not process dossiers."))
        dossier = _found(Dossier.objects.restrict(request.user, "change"), pk)
        error = _run(request, lambda on, note, version: DOSSIER_ACTIONS[action](
            request.user, dossier, on, note, version))
        if error:
            failed = _failed(request, action, str(ACTION_NAMES[action]), error)
            return _page(request, dossier, failed)
        return HttpResponseRedirect(dossier.get_absolute_url())


class AttachView(LoginRequiredMixin, View):
    """Upload a file to a dossier: its handlers, and the investor whose dossier it is."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        dossier = _found(Dossier.objects.restrict(request.user), pk)
        if not services.may_attach(request.user, dossier):
            raise PermissionDenied(_("You may not add files to this dossier."))
        form = forms.AttachmentForm(request.POST, request.FILES)
        error = _errors(form) if not form.is_valid() else ""
        if not error:
            try:
                services.attach(request.user, dossier, form.cleaned_data["file"],
                                form.cleaned_data["description"])
            except ValidationError as refused:
                error = " ".join(refused.messages)
        if error:
            return _page(request, dossier, {
                "id": "attach", "description": request.POST.get("description", ""),
                "error": error})
        messages.success(request, _("The file was added to the dossier."))
        return HttpResponseRedirect(dossier.get_absolute_url() + "#attachments")
