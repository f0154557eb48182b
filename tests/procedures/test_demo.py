"""The green lane's demo: a catalogue under Vietnamese law and dossiers of Canon and THK in
every state, loaded once."""

from __future__ import annotations

from greenlane.procedures import demo
from greenlane.procedures.jobs import alert_overdue
from greenlane.procedures.models import Dossier, Procedure
from greenlane.registry.models import Project


def test_the_demo_loads_once_with_dossiers_in_every_state(w) -> None:
    for name, org in (("Nhà máy Canon Quế Võ", w.canon), ("Nhà máy THK Việt Nam", w.thk)):
        Project.objects.create(name=name, province=w.bac_ninh).investors.add(org)
    demo.load()
    first = demo.counts()
    demo.load()
    assert demo.counts() == first
    assert first["procedures"] == 10 and first["procedure dossiers"] == 10
    assert first["dossier files"] == 3
    states = set(Dossier.objects.values_list("status", flat=True))
    assert states == {"received", "progress", "returned", "completed", "rejected"}
    assert Dossier.objects.filter(green_lane=True).count() == 4
    assert Dossier.objects.filter(project__isnull=False).count() == 8  # Tiên Sơn is missing
    assert "escalated" in alert_overdue() and alert_overdue().startswith("0 steps")
    assert w.api("investor").get("/api/dossiers/").data["count"] == 4
    assert w.api("investor2").get("/api/dossiers/").data["count"] == 6


def test_every_demo_procedure_names_its_legal_basis_agency_and_steps(db) -> None:
    demo.load_catalogue()
    for procedure in Procedure.objects.all():
        assert procedure.legal_basis and procedure.agency.kind == "agency", procedure.code
        assert procedure.steps.count() >= 2, procedure.code
    assert Procedure.objects.get(code="ERC").statutory_days == 3
    assert Procedure.objects.get(code="WP").day_kind == "working"
    assert Procedure.objects.get(code="IRC").day_kind == "calendar"
