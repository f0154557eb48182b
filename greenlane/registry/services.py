"""State changes of the registry. Views, API, CLI and jobs call these; none saves directly."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction

from greenlane.core import services
from greenlane.core.services import Actor
from greenlane.registry.models import Adjustment, Project
from greenlane.registry.money import CENT, default_rate

User = Any  # greenlane.core.models.User; kept loose so jobs can pass an Actor


@transaction.atomic
def record_adjustment(
    who: User | Actor | None, adjustment: Adjustment, reason: str = ""
) -> Adjustment:
    """File a dated adjustment and apply it to its project: a capital change moves the project's
    capital (converted to the project's currency), a change of investor adds the new investor,
    a termination ends the project. Both changes are audited."""
    services.create(who, adjustment, reason=reason)
    project = Project.objects.select_for_update().get(pk=adjustment.project_id)
    changes = _project_changes(project, adjustment)
    if changes:
        services.update(who, project, changes, reason=reason or str(adjustment))
    return adjustment


def _project_changes(project: Project, adjustment: Adjustment) -> dict[str, Any]:
    kind = adjustment.Kind
    if adjustment.kind in (kind.CAPITAL_INCREASE, kind.CAPITAL_DECREASE) and adjustment.amount:
        delta = _in_currency(adjustment, project.currency)
        sign = 1 if adjustment.kind == kind.CAPITAL_INCREASE else -1
        return {"capital": max((project.capital or 0) + sign * delta, 0)}
    if adjustment.kind == kind.INVESTOR_CHANGE and adjustment.new_investor_id:
        ids = [*project.investors.values_list("pk", flat=True), adjustment.new_investor_id]
        return {"investors": ids}
    if adjustment.kind == kind.TERMINATION:
        return {"status": Project.Status.TERMINATED}
    return {}


def _in_currency(adjustment: Adjustment, currency: str) -> Decimal:
    """The adjustment's amount in `currency`, through the reference USD rates."""
    assert adjustment.amount is not None
    if adjustment.currency == currency:
        return adjustment.amount
    usd = adjustment.amount * default_rate(adjustment.currency)
    return (usd / default_rate(currency)).quantize(CENT)
