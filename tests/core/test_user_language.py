"""Each user works in their own language: remembered from the switcher, used at the next visit."""

from __future__ import annotations

from typing import Any

import pytest

from greenlane.core.models import AuditEntry, User
from greenlane.core.users import UserError, create_user


def test_a_user_with_a_language_gets_pages_in_it(users: dict[str, User], client_as: Any) -> None:
    users["investor"].language = "ja"
    users["investor"].save()
    page = client_as("investor").get("/notifications/")
    assert page.status_code == 200
    assert '<html lang="ja">' in page.content.decode()


def test_the_switcher_wins_over_the_remembered_language(
    users: dict[str, User], client_as: Any
) -> None:
    users["investor"].language = "ja"
    users["investor"].save()
    client = client_as("investor")
    client.cookies["django_language"] = "fr"
    assert '<html lang="fr">' in client.get("/notifications/").content.decode()


def test_switching_language_is_remembered_for_the_user_and_audited(
    users: dict[str, User], client_as: Any
) -> None:
    client = client_as("investor2")
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/notifications/"})
    assert response.status_code == 302
    assert User.objects.get(username="investor2").language == "en"
    entry = AuditEntry.objects.filter(object_id=str(users["investor2"].pk)).first()
    assert entry is not None and entry.after == {"language": "en"}


def test_an_anonymous_switch_changes_only_the_cookie(client_as: Any, users: dict[str, User]) -> None:
    response = client_as(None).post("/i18n/setlang/", {"language": "ja", "next": "/"})
    assert response.cookies["django_language"].value == "ja"
    assert not User.objects.exclude(language="").exists()


def test_a_user_cannot_be_created_with_an_unknown_language(db: None) -> None:
    with pytest.raises(UserError, match="Unknown language"):
        create_user(None, "x", "a-long-password-1", "officer", language="klingon")
