"""Base models shared by every app: timestamps, optimistic locking, the audit log and users."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access, RestrictedQuerySet
from greenlane.core.roles import Role


class RestrictedManager(models.Manager.from_queryset(RestrictedQuerySet)):  # type: ignore[misc]
    pass


class BaseModel(models.Model):
    """Timestamps, a version for optimistic locking, and `.restrict()` on the default manager."""

    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects: ClassVar[Any] = RestrictedManager()
    access: ClassVar[Access] = Access()
    # Fields left out of audit snapshots (derived or bulky).
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated")

    class Meta:
        abstract = True

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse(f"{self._meta.app_label}:{self._meta.model_name}", args=[self.pk])


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.OFFICER)
    organisation = models.ForeignKey(
        "orgs.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
        help_text=_("For investor users: the organisation whose records they may see."),
    )
    language = models.CharField(_("language"), max_length=8, blank=True)

    objects: ClassVar[UserManager[User]] = UserManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class AuditEntry(models.Model):
    """One state change: who, when, what, and the record before and after."""

    class Action(models.TextChoices):
        CREATE = "create", _("created")
        UPDATE = "update", _("updated")
        DELETE = "delete", _("deleted")

    time = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor = models.CharField(_("actor"), max_length=150, help_text=_("User name or job name."))
    action = models.CharField(_("action"), max_length=8, choices=Action.choices)
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64, db_index=True)
    object_repr = models.CharField(_("record"), max_length=300)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["-time", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "-time"])]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self) -> str:
        return f"{self.time:%d/%m/%Y %H:%M} {self.actor} {self.action} {self.object_repr}"

    def changes(self) -> list[tuple[str, Any, Any]]:
        """The fields that differ between before and after, as (field, old, new)."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


class Notification(models.Model):
    """A message for one user in the app (the bell in the header); e-mailed too when they have an
    address. Written by `greenlane.core.notifications.notify`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    time = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("message"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    read = models.DateTimeField(_("read on"), null=True, blank=True)

    class Meta:
        ordering = ["-time", "-id"]
        indexes = [models.Index(fields=["user", "read"])]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return self.subject
