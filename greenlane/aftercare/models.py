"""The task-force desk: investors' requests, their SLA clocks, the escalation ladder and the
systemic issues that many requests point at (modelled on the World Bank's systematic investor
response mechanism)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import PurePath
from typing import Any, ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.roles import Role
from greenlane.core.text import fold

MICROSECOND = timedelta(microseconds=1)


def hours(value: Decimal | None) -> timedelta | None:
    """Decimal hours as a duration (exact)."""
    return None if value is None else timedelta(microseconds=int(Decimal(value) * 3_600_000_000))


def seconds(value: Decimal | None) -> timedelta:
    """Decimal seconds (six places: exact microseconds) as a duration."""
    return timedelta(microseconds=int(Decimal(value or 0) * 1_000_000))


def as_seconds(duration: timedelta) -> Decimal:
    """A duration as decimal seconds for a `*_seconds` field (exact; audit rows stay JSON)."""
    return Decimal(duration // MICROSECOND) / 1_000_000


def as_hours(duration: timedelta) -> Decimal:
    return (Decimal(duration // MICROSECOND) / 3_600_000_000).quantize(Decimal("0.01"))


# Who works the desk: files, answers and moves requests, and keeps its settings.
DESK = frozenset({Role.ADMIN, Role.OFFICER, Role.TASKFORCE})


class Topic(models.TextChoices):
    LAND = "land", _("land")
    SITE_CLEARANCE = "site_clearance", _("site clearance")
    INFRASTRUCTURE = "infrastructure", _("infrastructure")
    CUSTOMS = "customs", _("customs")
    TAX = "tax", _("tax")
    LABOUR = "labour", _("labour and work permits")
    LICENCES = "licences", _("licences")
    ENVIRONMENT = "environment", _("environment")
    OTHER = "other", _("other")


class Priority(models.TextChoices):
    URGENT = "urgent", _("urgent")
    HIGH = "high", _("high")
    NORMAL = "normal", _("normal")
    LOW = "low", _("low")


class CalendarKind(models.TextChoices):
    OFFICE = "office", _("office hours (Monday–Friday, public holidays off)")
    AROUND_THE_CLOCK = "24x7", _("around the clock")


class SLAPolicy(BaseModel):
    """The targets the desk commits to for one priority."""

    priority = models.CharField(_("priority"), max_length=8, choices=Priority.choices, unique=True)
    first_response_hours = models.DecimalField(
        _("first response within (hours)"), max_digits=7, decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25"))],
        help_text=_("Working hours on the policy's calendar."),
    )
    resolution_hours = models.DecimalField(
        _("resolution within (hours)"), max_digits=7, decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25"))],
        help_text=_(
            "Working hours on the policy's calendar; time waiting on the investor is not counted."
        ),
    )
    calendar = models.CharField(
        _("calendar"), max_length=8, choices=CalendarKind.choices, default=CalendarKind.OFFICE
    )
    warn_at = models.PositiveSmallIntegerField(
        _("at risk from (%)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("A request is at risk once this share of a target is used."),
    )

    basis = models.CharField(
        _("basis"), max_length=300, blank=True,
        help_text=_("The decision or public commitment that sets these targets."),
    )

    access: ClassVar[Access] = Access(write=DESK)

    class Meta:
        ordering = ["resolution_hours", "priority"]
        verbose_name = _("SLA policy")
        verbose_name_plural = _("SLA policies")

    def __str__(self) -> str:
        return str(self.get_priority_display())

    @property
    def first_response(self) -> timedelta:
        return hours(self.first_response_hours) or timedelta(0)

    @property
    def resolution(self) -> timedelta:
        return hours(self.resolution_hours) or timedelta(0)

    def get_absolute_url(self) -> str:
        return reverse("aftercare:slapolicy", args=[self.pk])


class EscalationLevel(BaseModel):
    """One rung of the ladder: once a request has used `percent` of its target, it rises to this
    level and these people are told."""

    level = models.PositiveSmallIntegerField(_("level"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    percent = models.PositiveSmallIntegerField(
        _("threshold (percent of the target used)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("75: close to the due time; 100: past it; 150: half the target again past it."),
    )
    roles = models.JSONField(
        _("roles notified"), default=list, blank=True,
        help_text=_("Every active user with one of these roles is notified."),
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("people notified"), blank=True, related_name="+"
    )
    notify_officer = models.BooleanField(
        _("notify the assigned officer"), default=True
    )

    access: ClassVar[Access] = Access(write=DESK)

    class Meta:
        ordering = ["level"]
        verbose_name = _("escalation level")
        verbose_name_plural = _("escalation ladder")

    def __str__(self) -> str:
        return f"{self.level} · {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("aftercare:escalationlevel", args=[self.pk])


class SystemicIssue(BaseModel):
    """A recurring barrier that several requests run into: it needs a policy fix, not a case."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        POLICY = "policy", _("policy fix proposed")
        SOLVED = "solved", _("solved")

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    agency = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("responsible agency"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="systemic_issues",
        limit_choices_to={"kind": "agency"},
    )
    proposal = models.TextField(_("proposed policy fix"), blank=True)
    search = models.TextField(editable=False, default="")

    access: ClassVar[Access] = Access(write=DESK)
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["status", "-created", "-id"]
        verbose_name = _("systemic issue")
        verbose_name_plural = _("systemic issues")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("aftercare:systemicissue", args=[self.pk])

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search = fold(f"{self.title} {self.description}")
        super().save(*args, **kwargs)


class Request(BaseModel):
    """An investor's request to the desk, from receipt to closure, with its SLA clock.

    The clock: `used` is the working time spent in earlier running spans; `clock_started` the
    start of the current one (None while paused or stopped). Due = calendar.add(clock_started,
    target − used); see greenlane.aftercare.sla."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        ACKNOWLEDGED = "acknowledged", _("acknowledged")
        IN_PROGRESS = "in_progress", _("in progress")
        WAITING = "waiting", _("waiting on investor")
        RESOLVED = "resolved", _("resolved")
        CLOSED = "closed", _("closed")

    OPEN: ClassVar[tuple[str, ...]] = ("received", "acknowledged", "in_progress", "waiting")
    RUNNING: ClassVar[tuple[str, ...]] = ("received", "acknowledged", "in_progress")

    organisation = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("investor"), on_delete=models.PROTECT,
        related_name="aftercare_requests",
    )
    project = models.ForeignKey(
        "registry.Project", verbose_name=_("project"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="aftercare_requests",
    )
    subject = models.CharField(_("subject"), max_length=300)
    description = models.TextField(_("description"))
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices, default=Topic.OTHER)
    agency = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("responsible agency"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="aftercare_cases",
        limit_choices_to={"kind": "agency"},
    )
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    strategic = models.BooleanField(
        _("strategic investor"), default=False,
        help_text=_("Routes the request to the task force from the start."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("officer"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="aftercare_requests",
        limit_choices_to={"role__in": sorted(DESK)},
    )
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("filed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False,
    )
    # Every step, timestamped.
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    started_at = models.DateTimeField(_("work started"), null=True, blank=True)
    waiting_since = models.DateTimeField(_("waiting on investor since"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed by the investor"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    reopened = models.PositiveSmallIntegerField(_("times reopened"), default=0)
    # The SLA, copied from the policy when filed or when the priority changes.
    policy = models.ForeignKey(
        SLAPolicy, verbose_name=_("SLA policy"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="requests",
    )
    calendar = models.CharField(
        _("calendar"), max_length=8, choices=CalendarKind.choices, default=CalendarKind.OFFICE
    )
    first_response_hours = models.DecimalField(
        _("first response within (hours)"), max_digits=7, decimal_places=2, null=True, blank=True,
        editable=False)
    resolution_hours = models.DecimalField(
        _("resolution within (hours)"), max_digits=7, decimal_places=2, null=True, blank=True,
        editable=False)
    warn_at = models.PositiveSmallIntegerField(_("at risk from (%)"), default=75)
    first_response_due = models.DateTimeField(
        _("first response due"), null=True, blank=True, db_index=True
    )
    resolution_due = models.DateTimeField(_("resolution due"), null=True, blank=True, db_index=True)
    clock_started = models.DateTimeField(_("clock running since"), null=True, blank=True)
    used_seconds = models.DecimalField(
        _("working time used"), max_digits=16, decimal_places=6, default=Decimal(0),
        editable=False, help_text=_("In the running spans before the current one."))
    paused_seconds = models.DecimalField(
        _("working time paused"), max_digits=16, decimal_places=6, default=Decimal(0),
        editable=False)
    first_response_breached = models.BooleanField(_("first response late"), default=False)
    resolution_breached = models.BooleanField(_("resolution late"), default=False)
    level = models.PositiveSmallIntegerField(_("escalation level"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)
    issues = models.ManyToManyField(
        SystemicIssue, verbose_name=_("systemic issues"), blank=True, related_name="requests"
    )
    search = models.TextField(editable=False, default="")

    access: ClassVar[Access] = Access(write=DESK, investor_scope="organisation")
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("investor request")
        verbose_name_plural = _("investor requests")
        indexes = [
            models.Index(fields=["status", "resolution_due"], name="aftercare_open_due_idx"),
            models.Index(fields=["organisation", "status"], name="aftercare_org_status_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject}" if self.pk else self.subject

    def get_absolute_url(self) -> str:
        return reverse("aftercare:request", args=[self.pk])

    def save(self, *args: Any, **kwargs: Any) -> None:
        org = self.organisation.name if self.organisation_id else ""
        agency = self.agency.name if self.agency is not None else ""
        self.search = fold(f"{self.subject} {self.description} {org} {agency}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search"}
        super().save(*args, **kwargs)

    @property
    def first_response_target(self) -> timedelta | None:
        return hours(self.first_response_hours)

    @property
    def resolution_target(self) -> timedelta | None:
        return hours(self.resolution_hours)

    @property
    def used(self) -> timedelta:
        return seconds(self.used_seconds)

    @property
    def paused(self) -> timedelta:
        return seconds(self.paused_seconds)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @property
    def is_running(self) -> bool:
        return self.clock_started is not None


class Message(BaseModel):
    """One post in a request's thread. Internal notes are for officers only: an investor never
    receives them, in any list, count, search or notification."""

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    author_name = models.CharField(_("author"), max_length=150, blank=True)
    from_investor = models.BooleanField(_("from the investor"), default=False)
    body = models.TextField(_("message"))
    internal = models.BooleanField(
        _("internal note"), default=False, help_text=_("Visible to officers only.")
    )
    time = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    access: ClassVar[Access] = Access(
        write=DESK, investor_scope="request__organisation", investor_filter={"internal": False}
    )

    class Meta:
        ordering = ["time", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        body = " ".join(self.body.split())
        return f"#{self.request_id} {self.author_name}: {body[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("aftercare:request", args=[self.request_id]) + f"#m{self.pk}"


def attachment_path(instance: Attachment, filename: str) -> str:
    """A random stored name under the request's folder; the original name is kept in `name`."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"aftercare/{instance.request_id}/{uuid.uuid4().hex}{suffix}"


class Attachment(BaseModel):
    """A file sent with a request or a message, stored under MEDIA_ROOT (outside the web root)
    and served only by the download view, to those who may see it."""

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="attachments"
    )
    message = models.ForeignKey(
        Message, verbose_name=_("message"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    name = models.CharField(_("name"), max_length=200)
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    internal = models.BooleanField(
        _("internal"), default=False, help_text=_("Visible to officers only.")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    access: ClassVar[Access] = Access(
        write=DESK, investor_scope="request__organisation", investor_filter={"internal": False}
    )

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("aftercare:attachment_download", args=[self.pk])
