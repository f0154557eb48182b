"""The review queue's screens: the queue (filters, bulk reject), and one fact's page (its sentence
in context, its values and an edit form, what accepting would file, a conflict side by side with
the record's value and sources, and the decision buttons). Every decision calls sources.review."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenlane.core.access import can
from greenlane.core.services import ConflictError
from greenlane.core.tables import Column
from greenlane.core.views import ObjectListView, ObjectView, audit_trail, citations_of
from greenlane.places.models import Province
from greenlane.sources import filing, review
from greenlane.sources.display import country_name, day, qualified_money, unit_label
from greenlane.sources.filing.base import display
from greenlane.sources.filing.values import CHOICES
from greenlane.sources.models import Fact
from greenlane.sources.review_forms import (
    CHOICE_LABELS,
    LABELS,
    BulkRejectForm,
    DecisionForm,
    FactFilterSet,
    FactValuesForm,
)

OPEN = (Fact.Status.PENDING, Fact.Status.CONFLICT)
CONTEXT_CHARS = 400


class ReviewQueueView(ObjectListView):
    """Facts to review (pending and conflicting, unless a status is chosen), oldest first."""

    model = Fact
    template_name = "sources/review_list.html"
    columns = (
        Column("kind", gettext_lazy("Kind"), sort="kind", link=True),
        Column("evidence", gettext_lazy("Sentence")),
        Column("document", gettext_lazy("Document"), sort="document__title"),
        Column("document.language", gettext_lazy("Language")),
        Column("status", gettext_lazy("Status"), sort="status"),
        Column("created", gettext_lazy("Found"), sort="created", kind="date"),
    )
    filterset = FactFilterSet
    searchable = False
    related = ("document",)

    def queryset(self, action: str | None = None) -> models.QuerySet[Any]:
        facts = super().queryset(action)
        if not self.request.GET.getlist("status"):
            facts = facts.filter(status__in=OPEN)
        return facts.order_by("document_id", "start", "id")


def in_context(fact: Fact) -> tuple[str, str, str]:
    """(text before, the sentence, text after) from the document; the sentence alone when the
    offsets do not point at it."""
    text = fact.document.text or ""
    start, end = fact.start, fact.end
    squash = " ".join
    if not (0 <= start < end <= len(text)) or squash(text[start:end].split()) != squash(
        fact.evidence.split()
    ):
        start = text.find(fact.evidence)
        if start < 0:
            return "", fact.evidence, ""
        end = start + len(fact.evidence)
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    return ("…" if start > CONTEXT_CHARS else "") + before, text[start:end], after + (
        "…" if end + CONTEXT_CHARS < len(text) else "")


def value_rows(fact: Fact) -> list[tuple[str, str, str | None]]:
    """(label, extracted, officer's version or None when unchanged) of each field."""
    from greenlane.sources.filing.values import KIND_FIELDS

    rows = []
    for name in KIND_FIELDS.get(fact.kind, ()):
        extracted = _shown(fact.data.get(name), name)
        edited = _shown(fact.edited.get(name), name) if fact.edited is not None else extracted
        changed = None if edited == extracted else edited
        rows.append((str(LABELS.get(name, name)), extracted, changed))
    return rows


def _shown(value: Any, name: str = "") -> str:
    """A value of the extraction contract as the officer reads it: choices by their labels,
    countries by their names, dates as dd/mm/yyyy, amounts with their qualifier in words."""
    if value is None or value == [] or value == "":
        return "—"
    if name in CHOICES and value in CHOICE_LABELS:
        return str(CHOICE_LABELS[value])
    if isinstance(value, dict) and "currency" in value:
        return qualified_money(value.get("value"), value.get("currency") or "",
                               value.get("qualifier") or "")
    if isinstance(value, dict):
        return " – ".join(day(v) for v in (value.get("start"), value.get("end")) if v)
    if name in ("as_of", "start", "end"):
        return day(value)
    if name == "origin" or (name == "subject" and _country_code(value)):
        return country_name(value)
    if name == "unit" and isinstance(value, str):
        return unit_label(value)
    return display(value)


def _country_code(value: Any) -> bool:
    """A ranking's subject given as a country's ISO code ("JP")."""
    return isinstance(value, str) and len(value) == 2 and value.isalpha() and value.isupper()


class FactReviewView(ObjectView):
    model = Fact

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        fact = self.get_object(pk)
        return self.show(fact, FactValuesForm(fact.kind, values=fact.values))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not can(request.user, Fact, "change"):
            raise PermissionDenied(_("You may not review facts."))
        fact = self.get_object(pk, "change")
        decision = DecisionForm(request.POST)
        if not decision.is_valid():
            messages.error(request, _("Choose a decision; reload the page if this persists."))
            return self.show(fact, FactValuesForm(fact.kind, values=fact.values), status=400)
        action = decision.cleaned_data["action"]
        form = FactValuesForm(fact.kind, request.POST)
        if action in ("accept", "overwrite", "edit") and not form.is_valid():
            return self.show(fact, form, status=400)
        try:
            self.decide(fact, action, decision.cleaned_data, form)
        except ConflictError as error:
            messages.error(request, str(error))
            fresh = Fact.objects.get(pk=fact.pk)
            return self.show(fresh, FactValuesForm(fresh.kind, values=fresh.values), status=409)
        except ValidationError as error:
            if action not in ("accept", "overwrite", "edit"):
                for message in error.messages:
                    messages.error(request, message)
                return self.show(fact, FactValuesForm(fact.kind, values=fact.values), 400)
            for message in error.messages:
                form.add_error(None, message)
            return self.show(fact, form, status=400)
        if fact.status == Fact.Status.CONFLICT:
            # "error" too: the error style until greenlane.css styles warnings of their own.
            messages.warning(request, _outcome(fact), extra_tags="error")
        else:
            messages.success(request, _outcome(fact))
        return HttpResponseRedirect(reverse("review:fact", args=[fact.pk]))

    def decide(self, fact: Fact, action: str, data: dict[str, Any], form: FactValuesForm) -> None:
        who, version, reason = self.request.user, data["version"], data["reason"]
        values = getattr(form, "contract", None)
        if action == "edit":
            review.edit(who, fact, values or fact.values, reason, version)
        elif action in ("accept", "overwrite"):
            resolution = review.OVERWRITE if action == "overwrite" else None
            review.accept(who, fact, values, reason, version, resolution)
        elif action == "keep":
            review.accept(who, fact, None, reason, version, review.KEEP)
        elif action == "reject":
            review.reject(who, fact, reason, version)
        else:
            review.reopen(who, fact, reason, version)

    def show(self, fact: Fact, form: FactValuesForm, status: int = 200) -> HttpResponse:
        return render(self.request, "sources/review_fact.html",
                      {**self.meta(), **fact_context(self.request, fact), "form": form},
                      status=status)


def fact_context(request: HttpRequest, fact: Fact) -> dict[str, Any]:
    before, sentence, after = in_context(fact)
    plan, problems = None, []
    if fact.status in OPEN:
        try:
            plan = filing.plan(fact)
            problems = plan.problems
        except ValidationError as error:
            problems = error.messages
    record = fact.record if fact.record_id else None
    conflicting = plan.record if plan is not None and plan.conflicts else None
    return {
        "object": fact,
        "fact": fact,
        "before": before,
        "sentence": sentence,
        "after": after,
        "value_rows": value_rows(fact),
        "plan": plan,
        "problems": problems,
        "record": record,
        "record_sources": citations_of(conflicting) if conflicting is not None else [],
        "is_open": fact.status in OPEN,
        "provinces": Province.objects.filter(is_current=True).values_list("name", flat=True),
        "audit": audit_trail(fact),
        "next_fact": _next(request, fact),
    }


def _next(request: HttpRequest, fact: Fact) -> Fact | None:
    facts = Fact.objects.restrict(request.user).filter(status__in=OPEN).exclude(pk=fact.pk)
    same_document = facts.filter(document=fact.document, start__gte=fact.start).order_by(
        "start", "id").first()
    return same_document or facts.order_by("document_id", "start", "id").first()


def _outcome(fact: Fact) -> str:
    if fact.status == Fact.Status.ACCEPTED:
        return _("Accepted and filed: “%(record)s”.") % {"record": fact.record}
    if fact.status == Fact.Status.CONFLICT:
        return _("This fact disagrees with the registry: compare the values and choose.")
    if fact.status == Fact.Status.REJECTED:
        return _("Rejected.")
    return _("Saved; the fact is waiting for review.")


class BulkRejectView(ObjectView):
    model = Fact
    action = "change"

    def post(self, request: HttpRequest) -> HttpResponse:
        if not can(request.user, Fact, "change"):
            raise PermissionDenied(_("You may not review facts."))
        form = BulkRejectForm(request.POST)
        form.fields["facts"].queryset = self.queryset("change")  # type: ignore[attr-defined]
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
            back = ""
        back = back or reverse("review:queue")
        if not form.is_valid():
            messages.error(request, _("Tick the facts to reject."))
            return HttpResponseRedirect(back)
        done, skipped = review.reject_many(
            request.user, form.cleaned_data["facts"], form.cleaned_data["reason"])
        messages.success(request, _("Rejected %(done)s facts; %(skipped)s were already decided.")
                         % {"done": done, "skipped": skipped})
        return HttpResponseRedirect(back)
