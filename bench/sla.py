"""Due dates of 100,000 open requests: the desk's SLA engine at the scale of a national desk.

    .venv/bin/python bench/sla.py [--requests 100000] [--database-url URL]

Builds a scratch database (SQLite in a temporary directory unless --database-url names
PostgreSQL), migrates it (which loads Vietnam's holidays), files N open requests with
bulk_create (received over the last 120 days, every priority, a fifth of them paused once and
resumed, office-hours and around-the-clock policies), then times:

  compute   the resolution due time of every open request (and the first-response due time
            of those not answered yet) from rows already in memory (sla.due_times);
  database  the same, reading the rows from the database;
  refresh   the escalation job's check of those due times against the stored ones, which it
            makes once per process and after each change of the holidays (nothing moved here:
            no writes);
  escalate  the escalation job's reading of every running clock (jobs.due_for_change: which
            requests it would escalate or mark late; no writes);
  engine    for comparison, the same due times from the plain day-by-day engine.

The target: under 5 seconds for the database run. Prints a table; writes bench/out/sla.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TARGET_S = 5.0


def configure(args: argparse.Namespace) -> Path:
    scratch = Path(tempfile.mkdtemp(prefix="greenlane-bench-sla-"))
    os.environ["GREENLANE_DATA_DIR"] = str(scratch)
    os.environ.setdefault("GREENLANE_SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["GREENLANE_DEBUG"] = "false"
    os.environ["GREENLANE_LOG_LEVEL"] = "ERROR"
    os.environ["DJANGO_SETTINGS_MODULE"] = "greenlane.settings"
    os.environ["GREENLANE_DATABASE_URL"] = args.database_url or f"sqlite:///{scratch / 'b.db'}"
    sys.path.insert(0, str(ROOT))
    return scratch


def fill(n: int, seed: int = 0) -> None:
    """N open requests with the clocks the services would give them: received over the last
    120 days; a fifth paused once and resumed; a tenth not answered yet."""
    from django.utils import timezone

    from greenlane.aftercare import sla
    from greenlane.aftercare.models import Request, SLAPolicy, as_seconds
    from greenlane.orgs.models import Organisation

    policies = {p: SLAPolicy.objects.create(priority=p, first_response_hours=Decimal(f),
                                            resolution_hours=Decimal(r), calendar=c)
                for p, (f, r, c) in {"urgent": (4, 48, "24x7"), "high": (4, 24, "office"),
                                     "normal": (8, 80, "office"),
                                     "low": (16, 160, "office")}.items()}
    calendars = {kind: sla.calendar(kind) for kind in ("office", "24x7")}
    org = Organisation.objects.create(name="Bench Co", kind="company")
    rng, now = random.Random(seed), timezone.now()
    rows = []
    for i in range(n):
        policy = policies[rng.choice(["urgent", "high", "normal", "normal", "low"])]
        cal = calendars[policy.calendar]
        received = now - dt.timedelta(minutes=rng.randrange(0, 120 * 24 * 60))
        started, used = received, dt.timedelta()
        if i % 5 == 0:  # paused once for a while, then resumed
            paused = received + dt.timedelta(hours=rng.randrange(1, 48))
            used = cal.between(received, paused)
            started = min(paused + dt.timedelta(hours=rng.randrange(1, 200)), now)
        rows.append(Request(
            organisation=org, subject=f"Yêu cầu {i}", description="…", search=f"yeu cau {i}",
            priority=policy.priority, policy=policy, calendar=policy.calendar,
            status="acknowledged" if i % 10 else "received",
            first_response_at=None if i % 10 == 0 else received + dt.timedelta(hours=1),
            first_response_hours=policy.first_response_hours,
            resolution_hours=policy.resolution_hours, received_at=received,
            first_response_due=cal.add(received, policy.first_response),
            clock_started=started, used_seconds=as_seconds(used),
            resolution_due=sla.due(cal, started, used, policy.resolution)))
    Request.objects.bulk_create(rows, batch_size=2000)


def timed(label: str, run: Any) -> tuple[str, float, Any]:
    start = time.perf_counter()
    result = run()
    return label, time.perf_counter() - start, result


def measure() -> list[tuple[str, float, Any]]:
    from django.utils import timezone

    from greenlane.aftercare import jobs, sla
    from greenlane.aftercare.models import EscalationLevel, Request
    from greenlane.aftercare.models import hours as as_hours
    from greenlane.aftercare.models import seconds as as_seconds
    from greenlane.calendar.services import calendar_for

    for level, percent in ((0, 75), (1, 100), (2, 150)):
        EscalationLevel.objects.create(level=level, name=f"L{level}", percent=percent)
    running = Request.objects.filter(status__in=Request.RUNNING, clock_started__isnull=False)
    unanswered = running.filter(first_response_at__isnull=True)
    resolution = list(running.values_list(*sla.RESOLUTION_FIELDS))
    first = list(unanswered.values_list(*sla.FIRST_RESPONSE_FIELDS))
    sla.calendar("office")  # the index is built once, as in a running server
    now, ladder = timezone.now(), list(EscalationLevel.objects.all())

    def in_memory() -> int:
        return len(sla.due_times(resolution)) + len(sla.first_response_due_times(first))

    def from_database() -> int:
        return (len(sla.due_times(running.values_list(*sla.RESOLUTION_FIELDS)))
                + len(sla.first_response_due_times(
                    unanswered.values_list(*sla.FIRST_RESPONSE_FIELDS))))

    def plain_engine() -> int:
        engines = {kind: calendar_for(kind) for kind in ("office", "24x7")}
        for _pk, kind, started, used, hours in resolution:
            left = (as_hours(hours) or dt.timedelta()) - as_seconds(used)
            engines[kind].add(started, max(left, dt.timedelta()))
        for _pk, kind, received, hours in first:
            engines[kind].add(received, as_hours(hours) or dt.timedelta())
        return len(resolution) + len(first)

    def checked(moved: int) -> int:
        assert moved == 0, f"{moved} due times moved: the engine disagrees with itself"
        return len(resolution) + len(first)

    def escalation_reading() -> int:
        return len(jobs.due_for_change(running, ladder, now))

    return [
        timed("compute", in_memory),
        timed("database", from_database),
        timed("refresh", lambda: checked(jobs.refresh_due_times(running))),
        timed("escalate", escalation_reading),
        timed("engine", plain_engine),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args()
    scratch = configure(args)
    import django

    django.setup()
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        _, seconds, _ = timed("fill", lambda: fill(args.requests))
        print(f"filed {args.requests:,} open requests in {seconds:.1f} s")
        results = measure()
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'run':<10}{'seconds':>10}{'rows':>12}{'µs each':>10}")
    for label, seconds, count in results:
        print(f"{label:<10}{seconds:>10.2f}{count:>12,}{seconds / max(count, 1) * 1e6:>10.1f}")
    database = dict((label, s) for label, s, _ in results)["database"]
    verdict = "PASS" if database < TARGET_S else "FAIL"
    print(f"{verdict}: due dates of {args.requests:,} open requests from the database in "
          f"{database:.2f} s (target < {TARGET_S:.0f} s)")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "sla.json").write_text(json.dumps({
        "requests": args.requests, "python": platform.python_version(),
        "machine": platform.machine(), "database": os.environ["GREENLANE_DATABASE_URL"]
        .split(":")[0], "seconds": {label: round(s, 3) for label, s, _ in results},
    }, indent=2))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
