"""The green lane: a catalogue of administrative procedures (eRegulations style: steps, agency,
documents, fees, time limit, legal basis) and investors' dossiers tracked step by step."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.roles import EDITORS, INTERNAL, Role
from greenlane.core.text import fold

# Who handles dossiers: the promotion officers and the task-force / line-agency liaisons.
DESK = frozenset({Role.ADMIN, Role.OFFICER, Role.TASKFORCE})
AGENCY = {"kind": "agency"}


class DayKind(models.TextChoices):
    WORKING = "working", _("working days")
    CALENDAR = "calendar", _("calendar days")


class Location(models.TextChoices):
    ANY = "any", _("inside or outside an industrial park")
    INSIDE = "inside", _("inside an industrial park")
    OUTSIDE = "outside", _("outside industrial parks")


class EnvironmentGroup(models.TextChoices):
    """Projects' environmental groups under the Law on Environmental Protection 2020 (art. 28):
    group I has the highest risk, group IV the lowest."""

    I = "I", _("group I (high risk)")  # noqa: E741
    II = "II", _("group II")
    III = "III", _("group III")
    IV = "IV", _("group IV (low risk)")


class Procedure(BaseModel):
    """One administrative procedure an investor may meet, with the conditions under which the
    finder lists it."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name (Vietnamese)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    agency = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("agency in charge"), on_delete=models.PROTECT,
        related_name="procedures", limit_choices_to=AGENCY,
    )
    statutory_days = models.PositiveSmallIntegerField(
        _("statutory time limit"), validators=[MinValueValidator(1)],
        help_text=_("From the day a complete dossier is received."),
    )
    day_kind = models.CharField(
        _("counted in"), max_length=8, choices=DayKind.choices, default=DayKind.WORKING,
        help_text=_("What the law counts: working days, or calendar days (a period ending on a "
                    "day off ends on the next working day)."),
    )
    green_lane_days = models.PositiveSmallIntegerField(
        _("green-lane target (working days)"), null=True, blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: the configured share of the statutory time."),
    )
    fee_vnd = models.DecimalField(
        _("fee (VND)"), max_digits=16, decimal_places=0, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    fee_text = models.CharField(_("fees"), max_length=300, blank=True)
    documents = models.TextField(
        _("documents to submit"), blank=True, help_text=_("One document per line.")
    )
    legal_basis = models.TextField(_("legal basis"))
    order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Where the finder lists it among procedures.")
    )
    prerequisites = models.ManyToManyField(
        "self", verbose_name=_("after the procedures"), symmetrical=False, blank=True,
        related_name="followers",
        help_text=_("Procedures whose result this one needs."),
    )
    # Conditions for the finder: empty or zero means "any project".
    foreign_share_over = models.DecimalField(
        _("only when foreign ownership exceeds (%)"), max_digits=5, decimal_places=2,
        null=True, blank=True, validators=[MinValueValidator(Decimal(0)),
                                           MaxValueValidator(Decimal(100))],
    )
    location = models.CharField(
        _("location"), max_length=8, choices=Location.choices, default=Location.ANY
    )
    needs_land = models.BooleanField(_("only when the project needs land"), default=False)
    needs_foreign_experts = models.BooleanField(
        _("only when foreign experts will work on the project"), default=False
    )
    sector_codes = models.CharField(
        _("only for sectors (VSIC codes)"), max_length=300, blank=True,
        help_text=_("Comma-separated VSIC 2018 codes or their beginnings, e.g. 20, 24, 3821."),
    )
    environment_groups = models.CharField(
        _("only for environmental groups"), max_length=20, blank=True,
        help_text=_("Comma-separated, e.g. II, III."),
    )
    min_capital_vnd = models.DecimalField(
        _("only from capital (VND)"), max_digits=22, decimal_places=0, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    search = models.TextField(editable=False, default="")

    access = Access(public=True, write=EDITORS)
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")

    def __str__(self) -> str:
        english = not (get_language() or "vi").startswith("vi")
        return (self.name_en if english and self.name_en else self.name) or self.code

    def clean(self) -> None:
        bad = [g for g in _codes(self.environment_groups) if g not in EnvironmentGroup.values]
        if bad:
            raise ValidationError(
                {"environment_groups": _("Unknown environmental group: %(groups)s.")
                 % {"groups": ", ".join(bad)}}
            )
        if any(not c.isalnum() for c in _codes(self.sector_codes)):
            raise ValidationError({"sector_codes": _("Write VSIC codes separated by commas.")})

    def save(self, *args: object, **kwargs: object) -> None:
        self.search = fold(f"{self.code} {self.name} {self.name_en}")
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def sector_list(self) -> list[str]:
        return _codes(self.sector_codes)

    @property
    def environment_list(self) -> list[str]:
        return _codes(self.environment_groups)

    @property
    def document_list(self) -> list[str]:
        return _lines(self.documents)


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class Step(BaseModel):
    """One step of a procedure, with the agency that does it and its own time limit."""

    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    name = models.CharField(_("name"), max_length=300)
    agency = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("agency"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="procedure_steps", limit_choices_to=AGENCY,
        help_text=_("Empty: the procedure's agency."),
    )
    days = models.PositiveSmallIntegerField(
        _("time limit (working days)"), validators=[MinValueValidator(1)]
    )
    documents = models.TextField(_("documents"), blank=True, help_text=_("One per line."))

    access = Access(public=True, write=EDITORS)

    class Meta:
        ordering = ["procedure", "order", "id"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"

    def get_absolute_url(self) -> str:
        return self.procedure.get_absolute_url()

    @property
    def agency_in_charge_id(self) -> int:
        return self.agency_id or self.procedure.agency_id

    @property
    def document_list(self) -> list[str]:
        return _lines(self.documents)


class Dossier(BaseModel):
    """An investor's application under one procedure, from the complete dossier to the result."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        IN_PROGRESS = "progress", _("in progress")
        RETURNED = "returned", _("returned for completion")
        COMPLETED = "completed", _("completed")
        REJECTED = "rejected", _("refused")

    OPEN = (Status.RECEIVED, Status.IN_PROGRESS)
    CLOSED = (Status.COMPLETED, Status.REJECTED)

    reference = models.CharField(_("reference"), max_length=40, unique=True)
    organisation = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("applicant"), on_delete=models.PROTECT,
        related_name="dossiers",
    )
    project = models.ForeignKey(
        "registry.Project", verbose_name=_("project"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="dossiers",
    )
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), on_delete=models.PROTECT, related_name="dossiers"
    )
    submitted = models.DateField(
        _("complete dossier received"), db_index=True,
        help_text=_("The time limit runs from this day; a dossier returned for completion "
                    "starts again when it comes back complete."),
    )
    green_lane = models.BooleanField(_("green lane"), default=False, db_index=True)
    statutory_due = models.DateField(_("statutory deadline"), editable=False)
    target_due = models.DateField(
        _("target date"), editable=False, db_index=True,
        help_text=_("The green-lane target for green-lane dossiers, else the statutory deadline."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED,
        db_index=True,
    )
    completed = models.DateField(_("decided on"), null=True, blank=True, editable=False)
    note = models.TextField(_("note"), blank=True)
    search = models.TextField(editable=False, default="")

    access = Access(view=INTERNAL, write=DESK, investor_scope="organisation")
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-submitted", "-id"]
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        indexes = [models.Index(fields=["status", "target_due"])]

    def __str__(self) -> str:
        return self.reference or str(_("new dossier"))

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def refresh_search(self) -> None:
        parts = [self.reference, self.note]
        if self.organisation_id:
            parts += [self.organisation.name, self.organisation.short_name]
        if self.procedure_id:
            parts += [self.procedure.code, self.procedure.name, self.procedure.name_en]
        if self.project_id and self.project is not None:
            parts.append(self.project.name)
        self.search = fold(" ".join(p for p in parts if p))

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_search()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class DossierStep(BaseModel):
    """One step of a dossier: when it started, when it is due, when it was done."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        ACTIVE = "active", _("under way")
        PAUSED = "paused", _("paused (dossier returned)")
        DONE = "done", _("done")
        CLOSED = "closed", _("closed")

    class Alert(models.IntegerChoices):
        NONE = 0, _("none")
        AGENCY = 1, _("agency and officers alerted")
        ESCALATED = 2, _("escalated to the task force")

    dossier = models.ForeignKey(
        Dossier, verbose_name=_("dossier"), on_delete=models.CASCADE, related_name="steps"
    )
    step = models.ForeignKey(
        Step, verbose_name=_("step"), on_delete=models.PROTECT, related_name="dossier_steps"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    agency = models.ForeignKey(
        "orgs.Organisation", verbose_name=_("agency"), on_delete=models.PROTECT,
        related_name="dossier_steps",
    )
    days = models.PositiveSmallIntegerField(_("time limit (working days)"))
    started = models.DateField(_("started"), null=True, blank=True)
    due = models.DateField(_("due"), null=True, blank=True, db_index=True)
    done = models.DateField(_("done"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    alerted = models.PositiveSmallIntegerField(
        _("alert level"), choices=Alert.choices, default=Alert.NONE
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    access = Access(view=INTERNAL, write=DESK, investor_scope="dossier__organisation")

    class Meta:
        ordering = ["dossier", "order", "id"]
        verbose_name = _("dossier step")
        verbose_name_plural = _("dossier steps")

    def __str__(self) -> str:
        return f"{self.dossier} · {self.order}. {self.step.name}"

    def get_absolute_url(self) -> str:
        return self.dossier.get_absolute_url() + f"#step-{self.pk}"


class DossierAttachment(BaseModel):
    """A file filed with a dossier: stored under MEDIA_ROOT, served only through a view that
    checks the user may see the dossier."""

    dossier = models.ForeignKey(
        Dossier, verbose_name=_("dossier"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to="procedures/%Y/%m/", max_length=255)
    name = models.CharField(_("file name"), max_length=160)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    description = models.CharField(_("description"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        "core.User", verbose_name=_("uploaded by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    access = Access(view=INTERNAL, write=DESK, investor_scope="dossier__organisation")

    class Meta:
        ordering = ["dossier", "-created", "-id"]
        verbose_name = _("dossier attachment")
        verbose_name_plural = _("dossier attachments")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.dossier.get_absolute_url() + "#attachments"

    def get_download_url(self) -> str:
        from django.urls import reverse

        return reverse("procedures:dossierattachment", args=[self.pk])
