"""The desk's demo: policies, ladder, agencies, one systemic issue and requests of Canon and THK
at every stage, loaded once however often `load()` runs."""

from __future__ import annotations

from greenlane.aftercare import demo
from greenlane.aftercare.models import Request, SystemicIssue
from greenlane.core.models import AuditEntry


def test_the_demo_loads_every_stage_once(w) -> None:
    demo.load()
    first, audited = demo.counts(), AuditEntry.objects.count()
    demo.load()
    assert demo.counts() == first and AuditEntry.objects.count() == audited
    assert first["SLA policies"] == 4 and first["systemic issues"] == 1
    statuses = set(Request.objects.values_list("status", flat=True))
    assert {"received", "in_progress", "waiting", "resolved", "closed"} <= statuses
    road = Request.objects.get(subject=demo.ROAD)
    assert road.status == "closed" and road.issues.get() == SystemicIssue.objects.get()
    assert road.attachments.count() == 2 and road.messages.filter(internal=True).exists()


def test_the_demo_requests_belong_to_their_investors(w) -> None:
    demo.load()
    canon = set(Request.objects.restrict(w.users["investor"]).values_list("organisation",
                                                                          flat=True))
    thk = set(Request.objects.restrict(w.users["investor2"]).values_list("organisation",
                                                                         flat=True))
    assert canon == {w.canon.pk} and thk == {w.thk.pk}
    assert Request.objects.filter(organisation=w.thk).count() == 2


def test_the_demo_escalates_what_is_past_due(w) -> None:
    demo.load()
    assert Request.objects.filter(level__isnull=False, resolution_breached=True).exists()
