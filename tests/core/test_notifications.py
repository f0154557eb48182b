"""In-app notifications and their e-mail: once per user, after commit, never fatal."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from greenlane.core.models import Notification, User
from greenlane.core.notifications import mark_read, notify, unread


def test_each_user_is_notified_once_and_inactive_users_are_skipped(users: dict[str, User]) -> None:
    officer, leader = users["officer"], users["leader"]
    leader.is_active = False
    leader.save()
    sent = notify([officer, officer, leader], "Yêu cầu quá hạn", "/aftercare/1/")
    assert sent == 1
    assert list(Notification.objects.values_list("user__username", "url")) == [
        ("officer", "/aftercare/1/")
    ]


def test_mail_goes_out_only_when_the_transaction_commits(
    users: dict[str, User], django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.SITE_URL = "https://greenlane.example.vn"
    users["officer"].email = "officer@example.vn"
    users["officer"].save()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify([users["officer"]], "Escalated", "/aftercare/7/", "Past its due time.")
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["officer@example.vn"]
    assert "https://greenlane.example.vn/aftercare/7/" in mail.outbox[0].body


def test_a_mail_server_failure_keeps_the_notification(
    users: dict[str, User], django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("greenlane.core.notifications.send_mail", broken)
    users["leader"].email = "leader@example.vn"
    users["leader"].save()
    with django_capture_on_commit_callbacks(execute=True):
        notify([users["leader"]], "Escalated", "/x/")
    assert unread(users["leader"]) == 1


def test_the_notifications_page_lists_only_the_users_own_and_marks_them_read(
    users: dict[str, User], client_as: Any
) -> None:
    notify([users["officer"]], "Cho officer", "/a/")
    notify([users["investor"]], "Cho investor", "/b/")
    page = client_as("officer").get("/notifications/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Cho officer" in body and "Cho investor" not in body
    assert unread(users["officer"]) == 0
    assert unread(users["investor"]) == 1


def test_the_header_shows_the_unread_count(users: dict[str, User], client_as: Any) -> None:
    notify([users["taskforce"]], "Một", "/a/")
    notify([users["taskforce"]], "Hai", "/b/")
    page = client_as("taskforce").get("/audit/")
    assert '<span class="badge count">2</span>' in page.content.decode()


def test_marking_read_touches_only_the_given_users_rows(users: dict[str, User]) -> None:
    notify([users["officer"], users["leader"]], "Chung", "/c/")
    assert mark_read(users["officer"]) == 1
    assert unread(users["leader"]) == 1


def test_anonymous_visitors_are_sent_to_log_in(client_as: Any) -> None:
    page = client_as(None).get("/notifications/")
    assert page.status_code == 302 and "/accounts/login/" in page["Location"]


def test_each_recipient_gets_a_mail_of_their_own(
    users: dict[str, User], django_capture_on_commit_callbacks: Any
) -> None:
    for name in ("officer", "leader"):
        users[name].email = f"{name}@example.vn"
        users[name].save()
    with django_capture_on_commit_callbacks(execute=True):
        notify([users["officer"], users["leader"]], "Escalated", "/x/")
    assert sorted(m.to[0] for m in mail.outbox) == ["leader@example.vn", "officer@example.vn"]
    assert all(len(m.to) == 1 for m in mail.outbox)
