"""The desk's screens. Lists, edits and settings are configuration on greenlane.core.views; the
request page adds the SLA clocks, the thread, the timeline and one form per possible step.
Investors use the same pages, restricted to their organisation's requests, and file their own
requests on a page of their own."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from greenlane.aftercare import filtersets, forms, metrics, services
from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Request,
    SLAPolicy,
    SystemicIssue,
)
from greenlane.aftercare.page import RequestPage
from greenlane.core.access import role_of
from greenlane.core.files import serve
from greenlane.core.roles import INTERNAL, Role
from greenlane.core.tables import Column
from greenlane.core.views import ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectListView

__all__ = ["RequestPage"]

class LocalTime(Column):
    """A time column shown and exported in local time, without a time zone (spreadsheets
    take no time zones: greenlane.core.tables.excel_value passes aware datetimes through)."""

    def value(self, row: Any) -> Any:
        moment = super().value(row)
        return timezone.localtime(moment).replace(tzinfo=None) if moment else moment


REQUEST_COLUMNS = (
    Column("pk", "#", sort="id", link=True),
    Column("subject", gettext_lazy("Subject"), sort="subject", link=True),
    Column("organisation", gettext_lazy("Investor"), sort="organisation__name"),
    Column("topic", gettext_lazy("Topic"), sort="topic"),
    Column("agency", gettext_lazy("Agency"), sort="agency__name"),
    Column("priority", gettext_lazy("Priority"), sort="priority"),
    Column("status", gettext_lazy("Status"), sort="status"),
    LocalTime("received_at", gettext_lazy("Received"), sort="received_at", kind="date"),
    LocalTime("first_response_due", gettext_lazy("First response due"),
              sort="first_response_due", kind="date"),
    LocalTime("resolution_due", gettext_lazy("Resolution due"), sort="resolution_due",
              kind="date"),
)
DESK_COLUMNS = (
    *REQUEST_COLUMNS,
    Column("strategic", gettext_lazy("Strategic")),
    Column("level", gettext_lazy("Escalation level"), sort="level", kind="number"),
    Column("resolution_breached", gettext_lazy("Late")),
)


class RequestListView(ObjectListView):
    model = Request
    template_name = "aftercare/request_list.html"
    filterset = filtersets.RequestFilterSet
    related = ("organisation", "agency")

    @property
    def columns(self) -> tuple[Column, ...]:  # type: ignore[override]
        investor = role_of(self.request.user) == Role.INVESTOR
        return REQUEST_COLUMNS if investor else DESK_COLUMNS


class RequestDetailView(RequestPage, ObjectDetailView):
    model = Request
    template_name = "aftercare/request.html"


class RequestActionView(RequestPage, ObjectDetailView):
    """POST one step of the life cycle; a refusal shows the page again with what was typed."""

    model = Request
    template_name = "aftercare/request.html"

    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        obj = self.get_object(pk)
        form = forms.ActionForm(request.POST)
        form.is_valid()
        data = form.cleaned_data
        try:
            done = self.run(action, obj, data)
        except services.ConflictError as error:
            return self.page(obj, status=409, failed=(action, form), error=str(error))
        except ValidationError as error:
            return self.page(obj, status=400, failed=(action, form), error=" ".join(error.messages))
        messages.success(request, self.done_message(action, done))
        return HttpResponseRedirect(done.get_absolute_url())

    @staticmethod
    def done_message(action: str, done: Request) -> str:
        if action == "assign":
            whom = [str(x) for x in (done.agency, done.officer) if x is not None]
            return _("%(request)s was assigned to %(whom)s.") % {
                "request": done, "whom": " · ".join(whom)}
        return _("Done: %(request)s is “%(status)s”.") % {
            "request": done, "status": done.get_status_display()}

    def run(self, action: str, obj: Request, data: dict[str, Any]) -> Request:
        who, version, text = self.request.user, data.get("version"), data.get("text") or ""
        steps: dict[str, Any] = {
            "acknowledge": lambda: services.acknowledge(who, obj, version, text),
            "assign": lambda: services.assign(who, obj, data.get("agency"), data.get("officer"),
                                              version, text),
            "start": lambda: services.start(who, obj, data.get("agency"), version, text),
            "wait": lambda: services.wait_on_investor(who, obj, text, version),
            "resume": lambda: services.resume(who, obj, version, text),
            "resolve": lambda: services.resolve(who, obj, text, version),
            "confirm": lambda: services.confirm(who, obj, text, version),
            "reopen": lambda: services.reopen(who, obj, text, version),
            "close": lambda: services.close(who, obj, text, version),
            "link": lambda: self._link(obj, data, version, True),
            "unlink": lambda: self._link(obj, data, version, False),
        }
        if action not in steps:
            raise ValidationError(_("Unknown step."))
        result: Request = steps[action]()
        return result

    def _link(self, obj: Request, data: dict[str, Any], version: int | None,
              linked: bool) -> Request:
        issue = data.get("issue")
        if issue is None:
            raise ValidationError(_("Choose a systemic issue."))
        return services.link_issue(self.request.user, obj, issue, linked, version)


class RequestMessageView(RequestPage, ObjectDetailView):
    """POST a message (and files) to the request's thread."""

    model = Request
    template_name = "aftercare/request.html"

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = self.get_object(pk)
        form = forms.MessageForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.post_message(request.user, obj, form.cleaned_data["body"],
                                      form.cleaned_data["internal"],
                                      form.cleaned_data["attachments"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Message sent."))
                return HttpResponseRedirect(obj.get_absolute_url() + "#thread")
        return self.page(obj, status=400, message_form=form)


class RequestEditView(ObjectEditView):
    """The desk files a request for any investor, or corrects one."""

    model = Request
    form_class = forms.RequestForm

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        if obj is None:
            return services.file_request(self.request.user, form.cleaned_data)
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        return services.change_request(self.request.user, obj, data, version, reason)


class RequestDeleteView(ObjectDeleteView):
    model = Request
    success_url = "aftercare:request_list"


class FileRequestView(LoginRequiredMixin, View):
    """An investor files a request for its own organisation, with attachments."""

    template_name = "aftercare/file.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        user = request.user
        if user.is_authenticated and role_of(user) != Role.INVESTOR:
            return redirect("aftercare:request_add")
        if user.is_authenticated and getattr(user, "organisation_id", None) is None:
            raise PermissionDenied(_("Your account belongs to no organisation."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        form = forms.FileRequestForm(organisation=user.organisation)
        return render(request, self.template_name, {"form": form})

    def post(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        form = forms.FileRequestForm(request.POST, request.FILES, organisation=user.organisation)
        if form.is_valid():
            data = dict(form.cleaned_data)
            files = data.pop("attachments")
            try:
                filed = services.file_request(user, data, files)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your request %(request)s was received.") % {
                    "request": filed})
                return HttpResponseRedirect(filed.get_absolute_url())
        return render(request, self.template_name, {"form": form}, status=400)


class AttachmentDownloadView(LoginRequiredMixin, View):
    """A stored file, to those who may see it (an investor: its own, never an internal one)."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        from django.http import Http404

        attachment = Attachment.objects.restrict(request.user).filter(pk=pk).first()
        if attachment is None:
            raise Http404(_("No such file, or you may not see it."))
        return serve(attachment.file, attachment.name)


# --- settings: SLA policies and the escalation ladder ----------------------------------------


class PolicyListView(ObjectListView):
    model = SLAPolicy
    searchable = False
    columns = (
        Column("priority", gettext_lazy("Priority"), link=True),
        Column("first_response_hours", gettext_lazy("First response within (hours)"),
               kind="number"),
        Column("resolution_hours", gettext_lazy("Resolution within (hours)"), kind="number"),
        Column("calendar", gettext_lazy("Calendar")),
        Column("warn_at", gettext_lazy("At risk from (%)"), kind="number"),
    )


class PolicyDetailView(ObjectDetailView):
    model = SLAPolicy
    template_name = "aftercare/slapolicy.html"


class PolicyEditView(ObjectEditView):
    model = SLAPolicy
    form_class = forms.SLAPolicyForm


class PolicyDeleteView(ObjectDeleteView):
    model = SLAPolicy
    success_url = "aftercare:slapolicy_list"


class LevelListView(ObjectListView):
    model = EscalationLevel
    searchable = False
    columns = (
        Column("level", gettext_lazy("Level"), link=True, kind="number"),
        Column("name", gettext_lazy("Name"), link=True),
        Column("percent", gettext_lazy("Threshold (percent of the target used)"), kind="number"),
        Column("roles", gettext_lazy("Roles notified")),
        Column("users", gettext_lazy("People notified")),
    )
    prefetch = ("users",)


class LevelDetailView(ObjectDetailView):
    model = EscalationLevel
    template_name = "aftercare/escalationlevel.html"


class LevelEditView(ObjectEditView):
    model = EscalationLevel
    form_class = forms.EscalationLevelForm


class LevelDeleteView(ObjectDeleteView):
    model = EscalationLevel
    success_url = "aftercare:escalationlevel_list"


# --- systemic issues ---------------------------------------------------------------------------


class IssueListView(ObjectListView):
    model = SystemicIssue
    filterset = filtersets.SystemicIssueFilterSet
    related = ("agency",)
    columns = (
        Column("title", gettext_lazy("Title"), sort="title", link=True),
        Column("status", gettext_lazy("Status"), sort="status"),
        Column("agency", gettext_lazy("Responsible agency"), sort="agency__name"),
        Column("request_count", gettext_lazy("Requests"), sort="request_count", kind="number"),
    )

    def queryset(self, action: str | None = None) -> QuerySet[Any]:
        counted = super().queryset(action).annotate(request_count=Count("requests"))
        return counted.order_by("status", "-created", "-id")  # GROUP BY drops Meta.ordering


class IssueDetailView(ObjectDetailView):
    model = SystemicIssue
    template_name = "aftercare/systemicissue.html"

    def extra(self, obj: SystemicIssue) -> dict[str, Any]:
        linked = Request.objects.restrict(self.request.user).filter(issues=obj)
        return {
            "linked": linked.select_related("organisation", "agency")[:200],
            "report": metrics.report(linked),
        }


class IssueEditView(ObjectEditView):
    model = SystemicIssue
    form_class = forms.SystemicIssueForm


class IssueDeleteView(ObjectDeleteView):
    model = SystemicIssue
    success_url = "aftercare:systemicissue_list"


# --- metrics ---------------------------------------------------------------------------------


class MetricsView(LoginRequiredMixin, View):
    """The desk's figures for leaders: by agency, topic and month."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if role_of(request.user) not in INTERNAL:
            raise PermissionDenied(_("Only agency staff may read the desk's figures."))
        form = filtersets.RequestFilterSet(request.GET, queryset=Request.objects.restrict(
            request.user), request=request)
        requests = form.qs if form.is_valid() else Request.objects.none()
        context = {
            "filters": form,
            "report": metrics.report(requests, no_agency=_("no agency yet")),
            "list_url": reverse("aftercare:request_list"),
            "querystring": request.GET.urlencode(),
        }
        return render(request, "aftercare/metrics.html", context)
