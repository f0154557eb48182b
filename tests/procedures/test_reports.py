"""Reports on a hand-made set of dossiers (Tết 2026 off): medians, days saved, share on time,
open and overdue; an investor's report covers its own dossiers only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from greenlane.calendar.services import office_calendar
from greenlane.orgs.models import Organisation
from greenlane.procedures import reports, services
from greenlane.procedures.models import Dossier

D = dt.date


@pytest.fixture
def hand_made(make_procedure, file_dossier, w):
    permits = make_procedure("CP", days=20)
    labour = Organisation.objects.create(name="Sở Nội vụ", kind="agency")
    work = make_procedure("WP", days=5, steps=(1, 4), agency=labour)
    officer = w.users["officer"]

    def decided(procedure, org, submitted, completed, green=False):
        dossier = file_dossier(procedure, org, submitted=submitted, green_lane=green)
        return services.complete_dossier(officer, dossier, completed)

    decided(permits, w.canon, D(2026, 2, 10), D(2026, 3, 3))  # 10 working days
    decided(permits, w.thk, D(2026, 2, 10), D(2026, 3, 10), green=True)  # 15: late for green
    decided(permits, w.canon, D(2026, 2, 10), D(2026, 2, 24), green=True)  # 5
    decided(work, w.canon, D(2026, 3, 2), D(2026, 3, 9))  # 5 of 5
    file_dossier(work, w.thk, submitted=D(2026, 2, 10))  # open, target 24 February
    refused = file_dossier(permits, w.canon, submitted=D(2026, 2, 10))
    services.reject_dossier(officer, refused, D(2026, 2, 11), "No")
    return permits, work


def build(queryset) -> reports.Report:
    return reports.build(queryset, office_calendar(), Decimal("0.5"), D(2026, 11, 24))


def test_per_procedure_medians_days_saved_and_share_on_time(hand_made) -> None:
    report = build(Dossier.objects.all())
    permits, work = report.by_procedure[0], report.by_procedure[1]
    assert (permits.label, permits.done, permits.green) == ("Thủ tục CP", 3, 2)
    assert (permits.statutory, permits.green_target, permits.actual) == (20, 10, 10)
    assert permits.saved == 10 + 5 + 15
    assert permits.on_time_share == Decimal(200) / 3
    assert (permits.open, permits.overdue) == (0, 0)
    assert (work.done, work.statutory, work.green_target, work.actual, work.saved) == (1, 5, 3, 5, 0)
    assert work.on_time_share == 100 and (work.open, work.overdue) == (1, 1)


def test_per_agency_lines_and_the_total(hand_made) -> None:
    report = build(Dossier.objects.all())
    assert [(line.label, line.done) for line in report.by_agency] == [
        ("Sở Nội vụ", 1), ("Sở Xây dựng tỉnh Thử", 3)]
    total = report.total
    assert (total.done, total.saved, total.on_time_share) == (4, 30, 75)
    assert (total.open, total.overdue) == (1, 1)


def test_the_period_filters_on_the_decision_date(hand_made) -> None:
    report = reports.build(Dossier.objects.all(), office_calendar(), Decimal("0.5"),
                           D(2026, 11, 24), D(2026, 3, 4), D(2026, 3, 31))
    assert report.total.done == 2  # decided on 9 and 10 March


def test_the_reports_page_shows_the_figures_to_staff_and_only_its_own_to_an_investor(
    hand_made, w
) -> None:
    url = reverse("procedures:reports")
    staff = w.web("leader").get(url)
    assert staff.status_code == 200 and staff.context["report"].total.done == 4
    canon = w.web("investor").get(url).context["report"]
    assert (canon.total.done, canon.total.saved, canon.total.open) == (3, 25, 0)
    assert canon.by_procedure[0].actual == 7.5
    thk = w.web("investor2").get(url).context["report"]
    assert (thk.total.done, thk.total.open) == (1, 1)
    assert w.web(None).get(url).status_code == 302


def test_a_period_ending_before_it_starts_is_refused_with_a_message(hand_made, w) -> None:
    response = w.web("officer").get(reverse("procedures:reports"),
                                    {"decided_from": "2026-03-10", "decided_to": "2026-03-01"})
    assert response.status_code == 200
    assert "The period ends before it starts." in response.content.decode()
    assert response.context["report"].total.done == 4


def test_the_report_tables_name_their_first_column(hand_made, w) -> None:
    html = w.web("officer").get(reverse("procedures:reports")).content.decode()
    assert '<th scope="col">Procedure</th>' in html and '<th scope="col">Agency</th>' in html
