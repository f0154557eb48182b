"""The investment registry: sectors, industrial parks, projects and their adjustments."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.text import fold
from greenlane.registry.money import Currency, default_rate, to_usd


class Sector(BaseModel):
    """A VSIC 2018 section (level 1, letter) or division (level 2, two digits)."""

    code = models.CharField(_("code"), max_length=5, unique=True)
    level = models.PositiveSmallIntegerField(_("level"), default=1)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    access = Access(public=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        name = self.name_vi if (get_language() or "vi").startswith("vi") else self.name_en
        return f"{self.code} – {name}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("registry:project_list") + f"?sector={self.code}"


class IndustrialPark(BaseModel):
    name = models.CharField(_("name"), max_length=255)
    province = models.ForeignKey(
        "places.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="parks",
    )
    operator = models.ForeignKey(
        "orgs.Organisation",
        verbose_name=_("operator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parks",
    )
    area_ha = models.DecimalField(
        _("area (ha)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    established = models.DateField(_("established"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    search = models.TextField(editable=False, default="")

    access = Access(signed_in=True)
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["name"]
        verbose_name = _("industrial park")
        verbose_name_plural = _("industrial parks")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.search = fold(f"{self.name} {self.province.name if self.province_id else ''}")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Project(BaseModel):
    class Kind(models.TextChoices):
        FDI = "fdi", _("FDI")
        ODA = "oda", _("ODA")
        DOMESTIC = "domestic", _("domestic")
        OUTBOUND = "outbound", _("outbound")

    class Status(models.TextChoices):
        LICENSED = "licensed", _("licensed")
        CONSTRUCTION = "construction", _("under construction")
        OPERATING = "operating", _("operating")
        SUSPENDED = "suspended", _("suspended")
        TERMINATED = "terminated", _("terminated")

    VALID = (Status.LICENSED, Status.CONSTRUCTION, Status.OPERATING, Status.SUSPENDED)

    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.FDI)
    investors = models.ManyToManyField(
        "orgs.Organisation", verbose_name=_("investors"), blank=True, related_name="projects"
    )
    origin = models.ForeignKey(
        "places.Country",
        verbose_name=_("origin"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
        help_text=_("The investor's country; for ODA, the donor."),
    )
    province = models.ForeignKey(
        "places.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="projects",
    )
    park = models.ForeignKey(
        IndustrialPark,
        verbose_name=_("industrial park"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector (VSIC 2018)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    capital = models.DecimalField(
        _("registered capital"),
        max_digits=22,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    usd_rate = models.DecimalField(
        _("USD per unit"),
        max_digits=20,
        decimal_places=10,
        null=True,
        blank=True,
        help_text=_("The rate used to convert the capital to USD; empty: the reference rate."),
    )
    capital_usd = models.DecimalField(
        _("capital (USD)"), max_digits=22, decimal_places=2, null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.LICENSED, db_index=True
    )
    irc_number = models.CharField(_("IRC number"), max_length=40, blank=True, db_index=True)
    irc_date = models.DateField(_("IRC date"), null=True, blank=True, db_index=True)
    area_ha = models.DecimalField(
        _("land (ha)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    description = models.TextField(_("description"), blank=True)
    search = models.TextField(editable=False, default="")

    access = Access(investor_scope="investors")
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-irc_date", "-id"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["province", "kind"]),
            models.Index(fields=["origin", "kind"]),
            models.Index(fields=["capital_usd", "id"], name="project_capital_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_valid(self) -> bool:
        return self.status in self.VALID

    def clean(self) -> None:
        if self.park is None or not self.province_id:
            return
        if self.park.province.current != self.province.current:  # same unit on today's map
            raise ValidationError({"park": _("This industrial park is in another province.")})

    def refresh_derived(self) -> None:
        """Recompute the USD capital and the search text from the record's own fields."""
        rate = self.usd_rate if self.usd_rate is not None else default_rate(self.currency)
        self.capital_usd = to_usd(self.capital, rate)
        parts = [self.name, self.irc_number]
        if self.province_id:
            parts.append(self.province.name)
        if self.park is not None:
            parts.append(self.park.name)
        self.search = fold(" ".join(p for p in parts if p))

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_derived()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "capital_usd", "search"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Adjustment(BaseModel):
    """A dated change to a project: capital up or down, a new investor, termination."""

    class Kind(models.TextChoices):
        CAPITAL_INCREASE = "increase", _("capital increase")
        CAPITAL_DECREASE = "decrease", _("capital decrease")
        INVESTOR_CHANGE = "investor", _("change of investor")
        TERMINATION = "termination", _("termination")
        OTHER = "other", _("other")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="adjustments")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    date = models.DateField(_("date"))
    amount = models.DecimalField(
        _("amount"),
        max_digits=22,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    new_investor = models.ForeignKey(
        "orgs.Organisation",
        verbose_name=_("new investor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    access = Access(investor_scope="project__investors")

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("adjustment")
        verbose_name_plural = _("adjustments")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"

    def get_absolute_url(self) -> str:
        return self.project.get_absolute_url()

    def clean(self) -> None:
        needs_amount = self.kind in (self.Kind.CAPITAL_INCREASE, self.Kind.CAPITAL_DECREASE)
        if needs_amount and not self.amount:
            raise ValidationError({"amount": _("A capital change needs an amount.")})
        if self.kind == self.Kind.INVESTOR_CHANGE and not self.new_investor_id:
            raise ValidationError({"new_investor": _("Name the new investor.")})
