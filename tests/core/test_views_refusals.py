"""The generic edit and delete screens refuse in two ways: a record the user may see but not
change or delete answers 403 and says so; a record they may not even see answers 404, exactly
as one that does not exist (its existence does not leak)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from greenlane.registry.models import Project
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture
def canons(w: World) -> Project:
    made = Project.objects.create(name="Canon Quế Võ", kind="fdi", province=w.bac_ninh,
                                  capital=Decimal("1000"), irc_date=datetime.date(2024, 3, 5))
    made.investors.add(w.canon)
    return made


def edit_url(project: Project) -> str:
    return reverse("registry:project_edit", args=[project.pk])


def delete_url(project: Project) -> str:
    return reverse("registry:project_delete", args=[project.pk])


@pytest.mark.parametrize("role", ["investor", "leader", "taskforce"])
def test_editing_a_record_one_may_see_but_not_change_answers_403_saying_so(w, canons, role) -> None:
    client = w.web(role)
    shown = client.get(edit_url(canons), HTTP_ACCEPT_LANGUAGE="en")
    posted = client.post(edit_url(canons), {"name": "Hijacked", "version": 1},
                         HTTP_ACCEPT_LANGUAGE="en")
    for response in (shown, posted):
        assert response.status_code == 403
        assert "You may see “Canon Quế Võ” but not change it." in response.content.decode()
    canons.refresh_from_db()
    assert canons.name == "Canon Quế Võ" and canons.version == 1


@pytest.mark.parametrize("role", ["investor", "leader"])
def test_deleting_a_record_one_may_see_but_not_delete_answers_403_saying_so(w, canons, role) -> None:
    client = w.web(role)
    shown = client.get(delete_url(canons), HTTP_ACCEPT_LANGUAGE="en")
    posted = client.post(delete_url(canons), {"version": 1}, HTTP_ACCEPT_LANGUAGE="en")
    for response in (shown, posted):
        assert response.status_code == 403
        assert "You may see “Canon Quế Võ” but not delete it." in response.content.decode()
    assert Project.objects.filter(pk=canons.pk).exists()


@pytest.mark.parametrize("url", [edit_url, delete_url], ids=["edit", "delete"])
def test_a_record_one_may_not_see_answers_404_like_a_missing_one(w, canons, url) -> None:
    client = w.web("investor2")  # THK's user: Canon's project is not theirs to see
    hidden = client.get(url(canons))
    missing = client.get(url(Project(pk=canons.pk + 1000)))
    posted = client.post(url(canons), {"name": "Hijacked", "version": 1})
    assert hidden.status_code == missing.status_code == posted.status_code == 404
    assert "Canon" not in hidden.content.decode()
    canons.refresh_from_db()
    assert canons.name == "Canon Quế Võ"


def test_an_editor_still_edits_and_deletes(w, canons) -> None:
    client = w.web("officer")
    assert client.get(edit_url(canons)).status_code == 200
    assert client.get(delete_url(canons)).status_code == 200
    assert client.post(delete_url(canons), {"version": 1}).status_code == 302
    assert not Project.objects.filter(pk=canons.pk).exists()


def test_the_refusal_page_is_in_the_sites_layout_with_a_way_back(w, canons) -> None:
    page = canons.get_absolute_url()
    response = w.web("investor").get(edit_url(canons), HTTP_REFERER=f"http://127.0.0.1{page}")
    html = response.content.decode()
    assert response.status_code == 403
    assert '<nav class="main"' in html and 'role="alert"' in html
    assert f'href="http://127.0.0.1{page}"' in html


def test_the_refusal_page_never_links_back_to_another_site(w, canons) -> None:
    response = w.web("investor").get(edit_url(canons), HTTP_REFERER="https://evil.example/x")
    assert response.status_code == 403 and "evil.example" not in response.content.decode()


def test_adding_without_the_right_answers_403_saying_so(w) -> None:
    response = w.web("leader").get(reverse("registry:project_add"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "You may not add records of this kind." in response.content.decode()
