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
            models.Index(
                fields=["origin", "kind", "-irc_date", "-id"], name="project_origin_kind_date_idx"
            ),
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


class ReportedFigure(BaseModel):
    """A figure as a source published it ("126 valid Japanese FDI projects in Bắc Ninh"), filed
    from an accepted fact, so it can be set beside the figure computed from the registry.

    One row per statement: an investment statement (projects, capital and share together), a
    ranking, an indicator, a target or a commitment (words only, until a goals app takes them)."""

    class Kind(models.TextChoices):
        INVESTMENT = "investment", _("investment figure")
        RANKING = "ranking", _("ranking")
        INDICATOR = "indicator", _("indicator")
        TARGET = "target", _("target")
        COMMITMENT = "commitment", _("commitment")

    class Measure(models.TextChoices):
        STOCK = "stock", _("stock: valid as of a date")
        FLOW = "flow", _("flow: attracted in a period")

    class Category(models.TextChoices):
        FDI = "fdi", _("FDI")
        ODA = "oda", _("ODA")
        DOMESTIC = "domestic", _("domestic")
        OUTBOUND = "outbound", _("outbound")
        TOTAL = "total", _("all kinds")

    class Qualifier(models.TextChoices):
        EXACT = "exact", _("exactly")
        APPROX = "approx", _("about")
        OVER = "over", _("over")
        UNDER = "under", _("under")

    class Status(models.TextChoices):
        CURRENT = "current", _("current")
        WITHDRAWN = "withdrawn", _("withdrawn")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, db_index=True)
    measure = models.CharField(_("measure"), max_length=5, choices=Measure.choices, blank=True)
    category = models.CharField(_("category"), max_length=10, choices=Category.choices, blank=True)
    province = models.ForeignKey(
        "places.Province", verbose_name=_("province"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="reported_figures",
        help_text=_("Empty: the whole country, or a subject that is not a province."),
    )
    origin = models.ForeignKey(
        "places.Country", verbose_name=_("origin"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="reported_figures",
        help_text=_("Empty: all origins."),
    )
    subject = models.CharField(
        _("about"), max_length=300, blank=True,
        help_text=_("Who or what the figure is about, as written."),
    )
    label = models.TextField(
        _("what is reported"), blank=True,
        help_text=_("The metric in words (indicators, targets, rankings), or a commitment's text."),
    )
    projects = models.PositiveIntegerField(_("projects"), null=True, blank=True)
    amount = models.DecimalField(
        _("amount"), max_digits=22, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    qualifier = models.CharField(
        _("qualifier"), max_length=6, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    share_pct = models.DecimalField(
        _("share (%)"), max_digits=7, decimal_places=3, null=True, blank=True
    )
    rank = models.PositiveIntegerField(_("rank"), null=True, blank=True)
    rank_of = models.PositiveIntegerField(_("out of"), null=True, blank=True)
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=4, null=True, blank=True)
    value_high = models.DecimalField(
        _("up to"), max_digits=24, decimal_places=4, null=True, blank=True,
        help_text=_("The upper end of a range (targets)."),
    )
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    as_of = models.DateField(_("as of"), null=True, blank=True)
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period until"), null=True, blank=True)
    document = models.ForeignKey(
        "sources.Document", verbose_name=_("source"), on_delete=models.PROTECT,
        related_name="reported_figures",
    )
    quote = models.TextField(_("quoted sentence"), blank=True)
    status = models.CharField(
        _("status"), max_length=9, choices=Status.choices, default=Status.CURRENT, db_index=True
    )
    search = models.TextField(editable=False, default="")

    access = Access()
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-as_of", "-period_end", "-id"]
        verbose_name = _("reported figure")
        verbose_name_plural = _("reported figures")
        indexes = [models.Index(fields=["province", "origin", "kind"])]

    def __str__(self) -> str:
        where = self.province.name if self.province is not None else (self.subject or "—")
        origin = f" · {self.origin.name}" if self.origin is not None else ""
        return f"{self.get_kind_display()} · {where}{origin} · {self.date_label}"

    @property
    def date_label(self) -> str:
        """The figure's date as dd/mm/yyyy, or its period."""
        from greenlane.core import formats

        if self.as_of:
            return formats.date(self.as_of)
        if self.period_start or self.period_end:
            return f"{formats.date(self.period_start)}–{formats.date(self.period_end)}"
        return ""

    @property
    def amount_usd(self) -> Decimal | None:
        try:
            return to_usd(self.amount, default_rate(self.currency))
        except ValueError:
            return None

    def clean(self) -> None:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end date is before the start date.")})
        if self.rank and self.rank_of and self.rank > self.rank_of:
            raise ValidationError({"rank": _("The rank is larger than the number ranked.")})

    def save(self, *args: object, **kwargs: object) -> None:
        parts = [self.subject, self.label[:300], self.get_kind_display()]
        if self.province is not None:
            parts.append(self.province.name)
        if self.origin is not None:
            parts += [self.origin.code, self.origin.name_vi, self.origin.name_en]
        self.search = fold(" ".join(p for p in parts if p))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]
