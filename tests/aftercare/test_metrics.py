"""The desk's figures: time to first response and to resolve (working hours, waiting
excluded), share within the SLA, by agency, topic and month; capital of the investors served."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse

from greenlane.aftercare import metrics, services
from greenlane.aftercare.models import Request
from greenlane.orgs.models import Organisation
from tests.aftercare.conftest import at, file


def test_the_report_by_agency_topic_and_month(desk, agency) -> None:
    officer = desk.users["officer"]
    customs = Organisation.objects.create(name="Hải quan Bắc Ninh", kind="agency")
    fast = services.start(officer, file(desk, at(3, 2, 9)), agency, at=at(3, 2, 11))  # 2 h
    services.resolve(officer, fast, "Xong.", at=at(3, 3, 11))  # 10 h (lunch is off)
    slow = services.start(officer, file(desk, at(3, 2, 9), topic="customs"), customs,
                          at=at(3, 3, 10))  # 9 h: the first response is late
    slow = services.wait_on_investor(officer, slow, "?", at=at(3, 3, 11))
    services.post_message(desk.users["investor"], slow, "Đây.", at=at(3, 20, 9))
    services.resolve(officer, Request.objects.get(pk=slow.pk), "Xong.", at=at(3, 20, 17))
    file(desk, at(4, 1, 9), who="investor2", topic="tax")  # open, no answer yet

    report = metrics.report(Request.objects.all())
    total = report.total
    assert (total.filed, total.open, total.resolved, total.within, total.late) == (3, 1, 2, 1, 1)
    assert total.share_within == 0.5
    assert sorted(total.response_hours) == [2.0, 9.0] and total.median_response == 5.5
    assert sorted(total.resolve_hours) == [10.0, 17.0]  # 10 + 7 h: the wait is not counted
    assert [(r.label, r.filed) for r in report.by_agency] == [
        ("Hải quan Bắc Ninh", 1), ("Sở Xây dựng tỉnh Bắc Ninh", 1), ("—", 1)]
    assert [(r.key, r.filed) for r in report.by_topic] == [
        ("customs", 1), ("infrastructure", 1), ("tax", 1)]
    assert [(r.label, r.filed) for r in report.by_month] == [("03/2026", 2), ("04/2026", 1)]
    assert report.investors == 2


def test_the_capital_served_counts_each_valid_project_once(desk) -> None:
    from tests.access.test_matrix import a_project

    a_project(desk, desk.canon, "Canon Quế Võ").investors.add(desk.thk)  # joint: counted once
    a_project(desk, desk.canon, "Canon Tiên Sơn")
    ended = a_project(desk, desk.thk, "THK cũ")
    ended.status = "terminated"
    ended.save()
    file(desk, at(3, 2, 9))
    file(desk, at(3, 2, 9), who="investor2")
    assert metrics.report(Request.objects.all()).capital_usd == Decimal("2000")


def test_an_empty_report_has_no_shares_or_medians(desk) -> None:
    report = metrics.report(Request.objects.none())
    assert report.total.share_within is None and report.total.median_resolve is None
    assert report.capital_usd == 0 and report.by_month == []


def test_months_are_counted_in_ho_chi_minh_time(desk) -> None:
    file(desk, dt.datetime(2026, 2, 28, 18, 0, tzinfo=dt.UTC))  # 1 March, 01:00 in Hà Nội
    assert [r.label for r in metrics.report(Request.objects.all()).by_month] == ["03/2026"]


def test_the_metrics_page_labels_its_tables_and_offers_the_ladder_and_date_pickers(
        desk, ladder) -> None:

    file(desk, at(3, 2, 9))
    response = desk.web("leader").get(reverse("aftercare:metrics"))
    html = response.content.decode()
    for heading in ("Agency", "Topic", "Month"):
        assert f'<th scope="col">{heading}</th>' in html
    level = response.context["filters"].form.fields["level"]
    assert [str(v) for v, _ in level.choices if v != ""] == ["0", "1", "2"]
    assert 'type="date" name="received_from"' in html


def test_the_level_filter_keeps_requests_escalated_that_high_or_higher(desk, ladder) -> None:

    low, high = file(desk, at(3, 2, 9)), file(desk, at(3, 2, 10))
    Request.objects.filter(pk=low.pk).update(level=0)
    Request.objects.filter(pk=high.pk).update(level=2)
    response = desk.web("officer").get(reverse("aftercare:request_list"), {"level": "1"})
    assert [row.pk for row in response.context["page"].object_list] == [high.pk]
