"""Authorization as data on each model and one queryset method, `.restrict(user, action)`.

Every base view and API viewset builds its queryset with `restrict`, so no screen can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import models

from greenlane.core.roles import ACTIONS, EDITORS, INTERNAL, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from greenlane.core.models import User

_M = TypeVar("_M", bound=models.Model)


@dataclass(frozen=True)
class Access:
    """Who may do what with a model's rows.

    view: roles that see every row. write: roles that may add, change and delete.
    public: anonymous visitors and every user see every row (reference data, published figures).
    signed_in: every signed-in user, investors included, sees every row.
    investor_scope: the lookup from the model to the investor's organisation id; an investor sees
    the rows it reaches (e.g. "investors" on a project). None: investors see nothing.
    """

    view: frozenset[str] = INTERNAL
    write: frozenset[str] = EDITORS
    public: bool = False
    signed_in: bool = False
    investor_scope: str | None = None
    investor_filter: dict[str, Any] = field(default_factory=dict)


def role_of(user: User | AnonymousUser | None) -> str | None:
    if user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.ADMIN
    return str(getattr(user, "role", "")) or None


def can(user: User | AnonymousUser | None, model: type[models.Model], action: str) -> bool:
    """Whether `user` may do `action` on the model at all (some rows, for an investor)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    access: Access = getattr(model, "access", Access())
    role = role_of(user)
    if action == "view":
        if access.public or role in access.view or role == Role.ADMIN:
            return True
        if access.signed_in and role is not None:
            return True
        return role == Role.INVESTOR and access.investor_scope is not None
    return role == Role.ADMIN or role in access.write


class RestrictedQuerySet(models.QuerySet[_M]):
    def restrict(
        self, user: User | AnonymousUser | None, action: str = "view"
    ) -> RestrictedQuerySet[_M]:
        access: Access = getattr(self.model, "access", Access())
        role = role_of(user)
        if not can(user, self.model, action):
            return self.none()
        if action != "view" or access.public or role == Role.ADMIN or role in access.view:
            return self
        if access.signed_in and role is not None:
            return self
        org_id = getattr(user, "organisation_id", None)
        if org_id is None or access.investor_scope is None:
            return self.none()
        # A subquery, not a join: a many-to-many scope must not duplicate rows.
        reachable = self.model._default_manager.filter(
            **{access.investor_scope: org_id}, **access.investor_filter
        ).values("pk")
        return self.filter(pk__in=reachable)
