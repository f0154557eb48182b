"""The green lane's settings, read from the environment (or overridden in Django settings):

GREENLANE_GREEN_LANE_SHARE   share of the statutory time a green-lane dossier gets (default 0.5)
GREENLANE_ESCALATE_AFTER     working days overdue after which a step is escalated (default 2)
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.conf import settings

from greenlane.core.env import ConfigError, env_int, env_str

DEFAULT_SHARE = Decimal("0.5")
DEFAULT_ESCALATE_AFTER = 2


def green_lane_share() -> Decimal:
    """A number above 0 and at most 1; settings.GREEN_LANE_SHARE wins over the environment."""
    raw = getattr(settings, "GREEN_LANE_SHARE", None)
    name = "GREEN_LANE_SHARE" if raw is not None else "GREENLANE_GREEN_LANE_SHARE"
    if raw is None:
        raw = env_str("GREENLANE_GREEN_LANE_SHARE", "").strip() or DEFAULT_SHARE
    try:
        share = Decimal(str(raw))
    except InvalidOperation as error:
        raise ConfigError(f"{name}={raw!r} is not a number such as 0.5") from error
    if not Decimal(0) < share <= Decimal(1):
        raise ConfigError(f"{name}={raw!r} must be above 0 and at most 1")
    return share


def escalate_after() -> int:
    """Working days a step may be overdue before it goes to the task force and leaders."""
    value = getattr(settings, "GREEN_LANE_ESCALATE_AFTER", None)
    if value is None:
        value = env_int("GREENLANE_ESCALATE_AFTER", DEFAULT_ESCALATE_AFTER)
    if int(value) < 0:
        raise ConfigError(f"GREENLANE_ESCALATE_AFTER={value!r} must not be negative")
    return int(value)
