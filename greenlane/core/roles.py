"""The roles of Greenlane's users and what each may do, as plain data."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    OFFICER = "officer", _("Promotion officer")
    LEADER = "leader", _("Provincial leader")
    TASKFORCE = "taskforce", _("Task-force liaison")
    INVESTOR = "investor", _("Investor")


INTERNAL = frozenset({Role.ADMIN, Role.OFFICER, Role.LEADER, Role.TASKFORCE})
EDITORS = frozenset({Role.ADMIN, Role.OFFICER})
ACTIONS = ("view", "add", "change", "delete")
