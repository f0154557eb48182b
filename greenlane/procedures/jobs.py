"""Periodic job: alert agencies about steps due today or overdue, escalate the long overdue.

Idempotent: each dossier step remembers the alert level it reached (1: the step's agency and the
officers were told; 2: escalated to the task force and the leaders), so running the job again
sends nothing new until a step crosses the next level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.calendar.services import office_calendar
from greenlane.core import services
from greenlane.core.models import User
from greenlane.core.notifications import notify
from greenlane.core.roles import Role
from greenlane.procedures import conf
from greenlane.procedures.models import Dossier, DossierStep
from greenlane.procedures.services import record_alert

ACTOR = services.Actor(name="overdue alert job")


def alert_overdue(today: dt.date | None = None) -> str:
    """Notify about every step under way that is due by `today` (default: today)."""
    day = today or timezone.localdate()
    cal, limit = office_calendar(), conf.escalate_after()
    alerted = escalated = 0
    steps = DossierStep.objects.filter(
        status=DossierStep.Status.ACTIVE, due__lte=day, alerted__lt=DossierStep.Alert.ESCALATED,
        dossier__status__in=Dossier.OPEN,
    ).select_related("dossier__procedure", "dossier__organisation", "step", "agency")
    for item in steps:
        assert item.due is not None
        late = cal.days_between(item.due, day)
        level = DossierStep.Alert.ESCALATED if late > limit else DossierStep.Alert.AGENCY
        if level <= item.alerted:
            continue
        _send(item, level, late)
        record_alert(ACTOR, item, level)
        alerted += 1
        escalated += level == DossierStep.Alert.ESCALATED
    return f"{alerted} steps alerted, {escalated} escalated"


def recipients(item: DossierStep, level: int) -> Iterable[User]:
    """The step's agency users and the officers; from level 2 also task force and leaders."""
    roles = [Role.OFFICER]
    if level >= DossierStep.Alert.ESCALATED:
        roles += [Role.TASKFORCE, Role.LEADER]
    who = Q(organisation_id=item.agency_id) & ~Q(role=Role.INVESTOR) | Q(role__in=roles)
    return User.objects.filter(who, is_active=True).order_by("pk")


def _send(item: DossierStep, level: int, late: int) -> None:
    names = {
        "reference": item.dossier.reference, "step": item.step.name,
        "agency": item.agency, "days": late,
        "due": item.due.strftime("%d/%m/%Y") if item.due else "",
    }
    if level >= DossierStep.Alert.ESCALATED:
        subject = _("Escalated: %(reference)s, step “%(step)s” is %(days)s working days overdue")
    elif late:
        subject = _("Overdue: %(reference)s, step “%(step)s” (%(days)s working days)")
    else:
        subject = _("Due today: %(reference)s, step “%(step)s”")
    body = _(
        "%(agency)s must finish step “%(step)s” of dossier %(reference)s by %(due)s."
    ) % names
    notify(recipients(item, level), subject % names, item.dossier.get_absolute_url(), body)
