"""“Which procedures do I need?”: conditions, order, expected dates, facts from a project, and
the finder page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.urls import reverse

from greenlane.calendar.services import office_calendar
from greenlane.procedures import finder
from greenlane.procedures.demo import load_catalogue
from greenlane.procedures.models import Procedure
from greenlane.registry.models import IndustrialPark, Project, Sector

D = dt.date
HALF = Decimal("0.5")


def codes(plan: finder.Plan) -> list[str]:
    return [row.procedure.code for row in plan.rows]


def electronics_in_a_park() -> finder.Facts:
    return finder.Facts(sector="2610", foreign_share=Decimal(100), in_park=True,
                        land_ha=Decimal(5), environment_group="III", foreign_experts=True)


def test_a_foreign_factory_in_a_park_needs_the_park_procedures_in_order(tet) -> None:
    load_catalogue()
    plan = finder.plan(electronics_in_a_park(), D(2026, 2, 10), office_calendar(), HALF)
    assert codes(plan) == ["IRC-IP", "ERC", "ENV", "FIRE", "CP-IP", "WP"]


def test_a_domestic_chemical_plant_outside_parks_needs_land_and_no_irc(tet) -> None:
    load_catalogue()
    facts = finder.Facts(sector="20", land_ha=Decimal(3), environment_group="II")
    plan = finder.plan(facts, D(2026, 2, 10), office_calendar(), HALF)
    assert codes(plan) == ["ERC", "LAND", "ENV", "FIRE", "CP"]
    land = plan.rows[1]
    assert land.after == [] and land.start == D(2026, 2, 10)  # its IRC does not apply


def test_expected_dates_follow_prerequisites_on_the_working_calendar(tet) -> None:
    load_catalogue()
    plan = finder.plan(electronics_in_a_park(), D(2026, 2, 10), office_calendar(), HALF)
    rows = {row.procedure.code: row for row in plan.rows}
    irc, erc, wp = rows["IRC-IP"], rows["ERC"], rows["WP"]
    assert (irc.statutory_due, irc.statutory_days) == (D(2026, 2, 25), 6)  # 15 calendar days
    assert (irc.green_due, irc.green_days) == (D(2026, 2, 13), 3)
    assert [p.code for p in erc.after] == ["IRC-IP"]
    assert (erc.start, erc.statutory_due) == (D(2026, 2, 25), D(2026, 3, 2))
    assert (erc.green_start, erc.green_due) == (D(2026, 2, 13), D(2026, 2, 24))
    assert wp.start == erc.statutory_due and wp.statutory_due == D(2026, 3, 9)
    cp = rows["CP-IP"]
    assert cp.start == rows["FIRE"].statutory_due == D(2026, 3, 11)
    assert plan.statutory_end == cp.statutory_due == D(2026, 3, 31)
    assert plan.statutory_days == office_calendar().days_between(D(2026, 2, 10), D(2026, 3, 31))
    assert plan.green_end is not None and plan.green_end < plan.statutory_end
    assert plan.saved_days == plan.statutory_days - plan.green_days > 0


def test_a_prerequisite_comes_first_whatever_its_catalogue_order(make_procedure) -> None:
    late = make_procedure("LATE", order=90)
    early = make_procedure("EARLY", order=10)
    early.prerequisites.add(late)
    assert [p.code for p in finder.in_order([early, late])] == ["LATE", "EARLY"]


def test_each_condition_keeps_a_procedure_out_when_the_facts_do_not_meet_it(make_procedure) -> None:
    p = make_procedure("X", foreign_share_over=Decimal(50), sector_codes="20, 24",
                       environment_groups="I,II", min_capital_vnd=Decimal(1000), needs_land=True,
                       location="outside", needs_foreign_experts=True)
    fits = finder.Facts(sector="2011", foreign_share=Decimal(51), land_ha=Decimal(1),
                        capital_vnd=Decimal(1000), environment_group="II", foreign_experts=True)
    assert finder.applies(p, fits)
    misses: dict[str, dict[str, Any]] = {
        "foreign ownership": {"foreign_share": Decimal(50)},
        "sector": {"sector": "26"},
        "environmental group": {"environment_group": "III"},
        "capital": {"capital_vnd": Decimal(999)},
        "no land needed": {"land_ha": Decimal(0)},
        "inside an industrial park": {"in_park": True},
        "no foreign experts": {"foreign_experts": False},
    }
    for reason, change in misses.items():
        facts = finder.Facts(**{**fits.__dict__, **change})
        assert finder.reasons_against(p, facts) == [reason], reason


def test_the_facts_of_a_registry_project_fill_the_finder(w) -> None:
    park = IndustrialPark.objects.create(name="KCN Quế Võ", province=w.bac_ninh)
    project = Project.objects.create(
        name="Nhà máy Thử", kind="fdi", province=w.bac_ninh, park=park, area_ha=Decimal(5),
        sector=Sector.objects.get(code="26"), capital=Decimal("1000000"), currency="USD")
    facts = finder.facts_from_project(project)
    assert (facts.sector, facts.in_park, facts.land_ha) == ("26", True, Decimal(5))
    assert facts.foreign_share == 100 and facts.foreign_experts
    assert facts.environment_group == "III"
    assert facts.capital_vnd == Decimal("26315789474")  # at the reference rate


def test_anyone_may_use_the_finder_page_with_facts_typed_in(tet, w) -> None:
    load_catalogue()
    response = w.web(None).get(reverse("procedures:finder"), {
        "sector": "26", "foreign_share": "100", "in_park": "on", "land_ha": "2",
        "foreign_experts": "on", "start": "2026-02-10"})
    assert response.status_code == 200
    assert codes(response.context["plan"]) == ["IRC-IP", "ERC", "ENV", "FIRE", "CP-IP", "WP"]
    assert b"31/03/2026" in response.content


def test_the_finder_page_takes_only_a_project_the_user_may_see(w) -> None:
    load_catalogue()
    own = Project.objects.create(name="Canon Quế Võ", province=w.bac_ninh, kind="fdi")
    own.investors.add(w.canon)
    url = reverse("procedures:finder")
    mine = w.web("investor").get(url, {"project": own.pk})
    assert mine.context["project"] == own and "plan" in mine.context
    for role in ("investor2", None):
        theirs = w.web(role).get(url, {"project": own.pk})
        assert theirs.status_code == 200 and theirs.context["project"] is None
        assert "plan" not in theirs.context and b"Canon" not in theirs.content


def test_the_catalogue_lists_every_demo_procedure_once_after_two_loads(db) -> None:
    load_catalogue()
    load_catalogue()
    assert Procedure.objects.count() == 10
    assert Procedure.objects.get(code="ERC").prerequisites.count() == 2


def test_impossible_facts_are_refused_with_the_form_kept(w) -> None:
    response = w.web(None).get(reverse("procedures:finder"), {"foreign_share": "150",
                                                              "sector": "26"})
    assert response.status_code == 200 and "plan" not in response.context
    assert response.context["form"].errors["foreign_share"]
    assert 'value="26"' in response.content.decode()


def test_a_procedure_with_an_unknown_environmental_group_is_refused(w, agency) -> None:
    response = w.web("officer").post(reverse("procedures:procedure_add"), {
        "code": "BAD", "name": "Sai", "agency": agency.pk, "statutory_days": 5,
        "day_kind": "working", "location": "any", "order": 1, "legal_basis": "Luật",
        "environment_groups": "II, V"})
    assert response.status_code == 400 and not Procedure.objects.filter(code="BAD").exists()
    assert "V" in str(response.context["form"].errors["environment_groups"])


def test_a_project_of_unknown_area_may_need_land_with_a_note(tet, w) -> None:
    load_catalogue()
    project = Project.objects.create(name="Nhà máy Chưa rõ", kind="fdi", province=w.bac_ninh,
                                     sector=Sector.objects.get(code="26"))
    facts = finder.facts_from_project(project)
    assert facts.land_ha is None
    plan = finder.plan(facts, D(2026, 2, 10), office_calendar(), HALF)
    land = next(r for r in plan.rows if r.procedure.code == "LAND")
    assert land.notes and "not known" in land.notes[0]
    assert not finder.reasons_against(land.procedure, facts)
    no_land = finder.Facts(**{**facts.__dict__, "land_ha": Decimal(0)})
    assert "LAND" not in codes(finder.plan(no_land, D(2026, 2, 10), office_calendar(), HALF))


def test_the_finder_page_leaves_an_unknown_area_empty(w) -> None:
    load_catalogue()
    project = Project.objects.create(name="Nhà máy Chưa rõ", kind="fdi", province=w.bac_ninh)
    response = w.web("officer").get(reverse("procedures:finder"), {"project": project.pk})
    assert response.context["form"]["land_ha"].value() is None


def test_a_licensed_project_has_its_irc_done_and_the_rest_starts_at_once(tet, w) -> None:
    load_catalogue()
    project = Project.objects.create(
        name="Nhà máy Đã cấp", kind="fdi", province=w.bac_ninh, area_ha=Decimal(3),
        sector=Sector.objects.get(code="26"), irc_number="2134567890", irc_date=D(2025, 5, 1))
    plan = finder.plan(finder.facts_from_project(project), D(2026, 2, 10), office_calendar(),
                       HALF)
    irc = next(r for r in plan.rows if r.procedure.code == "IRC")
    erc = next(r for r in plan.rows if r.procedure.code == "ERC")
    assert irc.done and not erc.done and erc.start == D(2026, 2, 10)
    assert plan.todo == len(plan.rows) - 1


def test_the_finder_page_names_the_procedures_to_do_first_and_offers_projects(tet, w) -> None:
    load_catalogue()
    own = Project.objects.create(name="Canon Quế Võ", province=w.bac_ninh, kind="fdi")
    own.investors.add(w.canon)
    Project.objects.create(name="Dự án khác", province=w.bac_ninh)
    response = w.web("investor").get(reverse("procedures:finder"), {
        "sector": "26", "foreign_share": "100", "land_ha": "2", "start": "2026-02-10"})
    page = response.content.decode()
    irc = Procedure.objects.get(code="IRC")
    assert f"<td>{irc}</td>" in page or f"<td>{irc};" in page
    assert "<td>IRC</td>" not in page and "<td>IRC," not in page
    choices = list(response.context["pick"].fields["project"].queryset)
    assert choices == [own]
