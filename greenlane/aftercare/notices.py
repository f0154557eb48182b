"""Who hears about what on the desk: notifications in the app and by e-mail (through
greenlane.core.notifications), each in the recipient's own language. Investors are told only of
what they may see: never of internal notes, assignments or escalations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from greenlane.core.models import User
from greenlane.core.notifications import notify
from greenlane.core.roles import Role

if TYPE_CHECKING:
    from greenlane.aftercare.models import EscalationLevel, Request

FILED = _("New request %(request)s from %(organisation)s")
FILED_STRATEGIC = _("Strategic investor: new request %(request)s from %(organisation)s")
STATUS = _("%(request)s is now “%(status)s”")
ASSIGNED = _("%(request)s was assigned to you")
QUESTION = _("The desk has a question about %(request)s")
RESOLVED = _("%(request)s is resolved: please confirm or reopen it")
ANSWERED = _("The desk answered about %(request)s")
INVESTOR_WROTE = _("The investor wrote about %(request)s")
CONFIRMED = _("The investor confirmed the resolution of %(request)s")
REOPENED = _("%(request)s was reopened")
ESCALATED = _("Escalated to “%(level)s”: %(request)s is close to or past its due time")


def _tell(users: Iterable[User], message: Any, request: Request, **extra: Any) -> int:
    """Notify `users`, each in their language; returns how many were told."""
    by_language: dict[str, list[User]] = defaultdict(list)
    for user in users:
        by_language[user.language or settings.LANGUAGE_CODE].append(user)
    told = 0
    for language, group in by_language.items():
        with translation.override(language):
            values = {
                "request": str(request),
                "organisation": str(request.organisation),
                "status": str(request.get_status_display()),
                **{k: str(v) for k, v in extra.items()},
            }
            told += notify(group, str(message) % values, request.get_absolute_url())
    return told


def _active(query: Q) -> list[User]:
    return list(User.objects.filter(query, is_active=True).order_by("pk"))


def desk_people(request: Request) -> list[User]:
    """The assigned officer, or every officer while nobody is; the task force as well for a
    strategic investor."""
    query = Q(pk=request.officer_id) if request.officer_id else Q(role=Role.OFFICER)
    if request.strategic:
        query |= Q(role=Role.TASKFORCE)
    return _active(query)


def investor_people(request: Request) -> list[User]:
    return _active(Q(role=Role.INVESTOR, organisation_id=request.organisation_id))


def ladder_people(request: Request, level: EscalationLevel) -> list[User]:
    query = Q(role__in=list(level.roles or ())) | Q(pk__in=[u.pk for u in level.users.all()])
    if level.notify_officer:
        query |= Q(pk=request.officer_id) if request.officer_id else Q(role=Role.OFFICER)
    return [u for u in _active(query) if u.role != Role.INVESTOR]


def filed(request: Request) -> int:
    return _tell(desk_people(request), FILED_STRATEGIC if request.strategic else FILED, request)


def status_changed(request: Request) -> int:
    return _tell(investor_people(request), STATUS, request)


def assigned(request: Request, officer: User) -> int:
    return _tell([officer], ASSIGNED, request)


def question(request: Request) -> int:
    return _tell(investor_people(request), QUESTION, request)


def resolved(request: Request) -> int:
    return _tell(investor_people(request), RESOLVED, request)


def answered(request: Request) -> int:
    return _tell(investor_people(request), ANSWERED, request)


def investor_wrote(request: Request) -> int:
    return _tell(desk_people(request), INVESTOR_WROTE, request)


def confirmed(request: Request) -> int:
    return _tell(desk_people(request), CONFIRMED, request)


def reopened(request: Request) -> int:
    return _tell(desk_people(request), REOPENED, request)


def escalated(request: Request, levels: Sequence[EscalationLevel]) -> int:
    """Tell the people of every level passed, once each, naming the highest level."""
    people = {u.pk: u for level in levels for u in ladder_people(request, level)}
    top = max(levels, key=lambda level: level.level)
    return _tell(people.values(), ESCALATED, request, level=top.name)
