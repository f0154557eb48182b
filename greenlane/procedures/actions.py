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
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


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


def _run(request: HttpRequest, call: Callable[[dt.date, str, int | None], Any]) -> None:
    form = forms.ActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return
    data = form.cleaned_data
    try:
        call(data["on"], data["note"], data["version"])
    except (ConflictError, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(request, _("Done."))


class StepActionView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        if action not in STEP_ACTIONS:
            raise Http404(_("No such action."))
        if not can(request.user, DossierStep, "change"):
            raise PermissionDenied(_("You may not process dossiers."))
        item = _found(DossierStep.objects.restrict(request.user, "change"), pk)
        _run(request, lambda on, note, version: STEP_ACTIONS[action](
            request.user, item, on, note, version))
        return HttpResponseRedirect(item.dossier.get_absolute_url())


class DossierActionView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        if action not in DOSSIER_ACTIONS:
            raise Http404(_("No such action."))
        if not can(request.user, Dossier, "change"):
            raise PermissionDenied(_("You may not process dossiers."))
        dossier = _found(Dossier.objects.restrict(request.user, "change"), pk)
        _run(request, lambda on, note, version: DOSSIER_ACTIONS[action](
            request.user, dossier, on, note, version))
        return HttpResponseRedirect(dossier.get_absolute_url())


class AttachView(LoginRequiredMixin, View):
    """Upload a file to a dossier: its handlers, and the investor whose dossier it is."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        dossier = _found(Dossier.objects.restrict(request.user), pk)
        if not services.may_attach(request.user, dossier):
            raise PermissionDenied(_("You may not add files to this dossier."))
        form = forms.AttachmentForm(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _errors(form))
            return HttpResponseRedirect(dossier.get_absolute_url())
        try:
            services.attach(request.user, dossier, form.cleaned_data["file"],
                            form.cleaned_data["description"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The file was added to the dossier."))
        return HttpResponseRedirect(dossier.get_absolute_url() + "#attachments")
