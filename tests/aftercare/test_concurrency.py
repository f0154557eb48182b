"""Two officers on one request: the second, working from a stale copy, is refused with a clear
message (409 over the API) instead of overwriting the first; after reloading, both changes
stand."""

from __future__ import annotations

import pytest
from django.urls import reverse

from greenlane.aftercare import services
from greenlane.aftercare.models import Request
from tests.aftercare.conftest import at, file


def test_the_second_of_two_concurrent_changes_is_refused_not_lost(desk, agency) -> None:
    r = file(desk, at(3, 2, 9))
    seen = r.version  # both officers opened the page at this version
    services.acknowledge(desk.users["officer"], r, version=seen, at=at(3, 2, 10))
    with pytest.raises(services.ConflictError, match="changed by someone else"):
        services.assign(desk.users["taskforce"], r, agency=agency, version=seen)
    r.refresh_from_db()
    assert r.status == Request.Status.ACKNOWLEDGED and r.agency is None
    services.assign(desk.users["taskforce"], r, agency=agency, version=r.version)
    r.refresh_from_db()
    assert r.status == Request.Status.ACKNOWLEDGED and r.agency == agency


def test_the_page_says_so_and_keeps_what_the_second_officer_typed(desk) -> None:
    r = file(desk, at(3, 2, 9))
    seen = r.version
    services.acknowledge(desk.users["officer"], r, version=seen, at=at(3, 2, 10))
    response = desk.web("taskforce").post(
        reverse("aftercare:request_action", args=[r.pk, "resolve"]),
        {"version": seen, "text": "Đã trả lời bằng công văn số 12."})
    assert response.status_code == 409
    assert "changed by someone else" in response.context["error"]
    assert "Đã trả lời bằng công văn số 12." in response.content.decode()
    assert Request.objects.get(pk=r.pk).status == Request.Status.ACKNOWLEDGED


def test_the_api_answers_409_with_the_current_version(desk) -> None:
    r = file(desk, at(3, 2, 9))
    seen = r.version
    first = desk.api("officer").post(f"/api/aftercare/requests/{r.pk}/acknowledge/",
                                     {"version": seen}, format="json")
    second = desk.api("taskforce").post(f"/api/aftercare/requests/{r.pk}/close/",
                                        {"version": seen, "text": "Trùng."}, format="json")
    assert first.status_code == 200 and second.status_code == 409
    assert second.data["current_version"] == first.data["version"]
    edit = desk.api("taskforce").patch(f"/api/aftercare/requests/{r.pk}/",
                                       {"subject": "Sửa", "version": seen}, format="json")
    assert edit.status_code == 409
    assert Request.objects.get(pk=r.pk).subject != "Sửa"


def test_messages_posted_at_the_same_time_are_all_kept(desk) -> None:
    r = file(desk, at(3, 2, 9))
    stale = Request.objects.get(pk=r.pk)
    services.post_message(desk.users["officer"], r, "Một", at=at(3, 2, 10))
    services.post_message(desk.users["taskforce"], stale, "Hai", at=at(3, 2, 10))
    assert list(r.messages.values_list("body", flat=True)) == ["Một", "Hai"]
