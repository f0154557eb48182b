"""Shared test helpers: the world every access test runs in, and `AccessMatrix`, an inheritable
suite (NetBox style) that runs every web page and API action of a model as every role.

A model's test only supplies data::

    class TestProjectAccess(AccessMatrix):
        model = Project
        api = "/api/projects/"
        web = {"list": "registry:project_list", "detail": "registry:project", ...}

        def make(self, w, owner): ...          # one row, reachable from `owner` where it can be
        def api_fields(self, w): ...           # a valid create payload for the API
        def form_fields(self, w): ...          # a valid add/edit form for the web (default: API)

and the suite asserts what each role gets from the model's `access` declaration, read here
independently of `greenlane.core.access`: allowed → 200/201/204/302; not allowed → 403 for
writes, 404 (or an empty list) for rows the role may not see, the login page for anonymous web
visitors, 401/403 for anonymous API clients.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from django.db import models
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from greenlane.core.access import Access
from greenlane.core.models import User
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province

ALL_ROLES: tuple[str | None, ...] = (
    None, "admin", "officer", "leader", "taskforce", "investor", "investor2",
)
LOGIN_URL = "/accounts/login/"
EDITED = "Edited by the access matrix"
WEB_PAGES = ("list", "detail", "add", "edit", "delete")
API_ACTIONS = ("list", "retrieve", "create", "update", "partial_update", "delete")


def role_id(role: str | None) -> str:
    return role or "anonymous"


def known_bug(reason: str, kind: str, actions: tuple[str, ...],
              roles: tuple[str | None, ...]) -> dict[tuple[str, str, str | None], str]:
    """`known_bugs` entries for every (action, role) a bug breaks."""
    return {(kind, action, role): reason for action in actions for role in roles}


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    """The `users` fixture hashes six passwords per test: MD5 keeps that to microseconds."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    users: dict[str, User]
    canon: Organisation
    thk: Organisation
    bac_ninh: Province  # on today's map (code 24)
    bac_giang: Province  # former unit F24, merged into Bắc Ninh
    hanoi: Province
    japan: Country
    korea: Country
    client_as: Callable[[str | None], Client]

    def web(self, role: str | None) -> Client:
        return self.client_as(role)

    def api(self, role: str | None) -> APIClient:
        client = APIClient(HTTP_HOST="127.0.0.1")
        if role:
            client.force_authenticate(self.users[role])
        return client

    def owner_of(self, role: str | None) -> Organisation | None:
        return {"investor": self.canon, "investor2": self.thk}.get(role or "")

    def fresh_org(self, name: str = "Disposable Co") -> Organisation:
        return Organisation.objects.create(name=name, kind="company")


@pytest.fixture
def w(users: dict[str, User], canon: Organisation, thk: Organisation,
      client_as: Callable[[str | None], Client]) -> World:
    return World(
        users=users, canon=canon, thk=thk,
        bac_ninh=Province.objects.get(code="24"),
        bac_giang=Province.objects.get(code="F24"),
        hanoi=Province.objects.get(code="01"),
        japan=Country.objects.get(code="JP"),
        korea=Country.objects.get(code="KR"),
        client_as=client_as,
    )


# --- the policy, read from each model's `access` declaration ---------------------------------


def plain_role(role: str | None) -> str | None:
    return "investor" if role and role.startswith("investor") else role


def views_model(role: str | None, model: type[models.Model]) -> bool:
    """Whether the role may see some rows of the model."""
    access: Access = model.access  # type: ignore[attr-defined]
    r = plain_role(role)
    if access.public or r == "admin":
        return True
    if r is None:
        return False
    return access.signed_in or r in access.view or (r == "investor" and access.investor_scope is not None)


def sees(role: str | None, model: type[models.Model], owner_of_row: Organisation | None,
         w: World) -> bool:
    """Whether the role sees a row that its owner organisation reaches."""
    access: Access = model.access  # type: ignore[attr-defined]
    r = plain_role(role)
    if access.public or r == "admin":
        return True
    if r is None:
        return False
    if access.signed_in or r in access.view:
        return True
    return (r == "investor" and access.investor_scope is not None
            and owner_of_row is not None and w.owner_of(role) == owner_of_row)


def writes(role: str | None, model: type[models.Model]) -> bool:
    access: Access = model.access  # type: ignore[attr-defined]
    r = plain_role(role)
    return r == "admin" or (r is not None and r in access.write)


def is_login_redirect(response: Any) -> bool:
    return response.status_code == 302 and response["Location"].startswith(LOGIN_URL)


def form_errors(response: Any) -> Any:
    """The errors of the page's form, for assertion messages."""
    context = getattr(response, "context", None)
    return context["form"].errors if context is not None and "form" in context else None


def listed_pks(response: Any) -> set[int]:
    """The primary keys on a web list page (from its context) or an API list (from its JSON)."""
    if hasattr(response, "data") and isinstance(getattr(response, "data", None), dict):
        return {row["id"] for row in response.data["results"]}
    return {row.pk for row in response.context["page"].object_list}


# --- the suite ---------------------------------------------------------------------------------


class AccessMatrix:
    """Inherit, set `model`, `api`, `web`, and supply data; every endpoint × role is generated."""

    model: ClassVar[type[models.Model]]
    api: ClassVar[str]  # "/api/projects/"
    web: ClassVar[dict[str, str]] = {}  # page ("list", "detail", ...) → url name
    api_writable: ClassVar[bool] = True
    label_field: ClassVar[str] = "name"  # a text field edits change
    # Cases that fail because of a known application bug: ("web"|"api", action, role) → reason.
    # They run as strict xfails, so the fix turns them into a failure to clean up here.
    known_bugs: ClassVar[dict[tuple[str, str, str | None], str]] = {}

    # -- data a model's test supplies

    def make(self, w: World, owner: Organisation) -> models.Model:
        """One row; where the model has an investor scope, reachable from `owner`."""
        raise NotImplementedError

    def api_fields(self, w: World) -> dict[str, Any]:
        raise NotImplementedError

    def form_fields(self, w: World) -> dict[str, Any]:
        return self.api_fields(w)

    def list_params(self, obj: models.Model) -> dict[str, str]:
        """Web list parameters that put `obj` on the first page."""
        return {"q": str(getattr(obj, self.label_field))}

    def add_url(self, w: World) -> str:
        return reverse(self.web["add"])

    # -- generation

    def pytest_generate_tests(self, metafunc: Any) -> None:
        if "web_case" in metafunc.fixturenames:
            pages = [page for page in WEB_PAGES if page in self.web] or ["none"]
            metafunc.parametrize("web_case", self._cases("web", pages))
        if "api_case" in metafunc.fixturenames:
            metafunc.parametrize("api_case", self._cases("api", API_ACTIONS))

    def _cases(self, kind: str, actions: Any) -> list[Any]:
        cases = []
        for action in actions:
            for role in ALL_ROLES if action != "none" else (None,):
                reason = self.known_bugs.get((kind, action, role))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param((action, role), marks=marks,
                                          id=f"{action}-{role_id(role)}"))
        return cases

    def test_each_web_page_answers_each_role_as_the_access_policy_says(
        self, w: World, web_case: tuple[str, str | None]
    ) -> None:
        page, role = web_case
        getattr(self, f"check_web_{page}")(w, role)

    def test_each_api_action_answers_each_role_as_the_access_policy_says(
        self, w: World, api_case: tuple[str, str | None]
    ) -> None:
        action, role = api_case
        getattr(self, f"check_api_{action}")(w, role)

    # -- helpers

    def count(self) -> int:
        return self.model._default_manager.count()

    def label_of(self, obj: models.Model) -> Any:
        return self.model._default_manager.values_list(self.label_field, flat=True).get(pk=obj.pk)

    def exists(self, obj: models.Model) -> bool:
        return self.model._default_manager.filter(pk=obj.pk).exists()

    def anonymous_web_refused(self, response: Any) -> None:
        assert is_login_redirect(response), (response.status_code, response.get("Location"))

    def anonymous_api_refused(self, response: Any) -> None:
        assert response.status_code in (401, 403), response.status_code

    # -- web

    def check_web_none(self, w: World, role: str | None) -> None:
        """A model without web pages: there is really no list page to forget to test."""
        from django.urls import NoReverseMatch

        opts = self.model._meta
        with pytest.raises(NoReverseMatch):
            reverse(f"{opts.app_label}:{opts.model_name}_list")

    def check_web_list(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.canon)
        response = w.web(role).get(reverse(self.web["list"]), self.list_params(obj))
        if role is None and not self.model.access.public:  # type: ignore[attr-defined]
            return self.anonymous_web_refused(response)
        if not views_model(role, self.model):
            assert response.status_code in (200, 403), response.status_code
            if response.status_code == 403:
                return None
        assert response.status_code == 200, response.status_code
        assert (obj.pk in listed_pks(response)) == sees(role, self.model, w.canon, w)
        return None

    def check_web_detail(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.canon)
        response = w.web(role).get(reverse(self.web["detail"], args=[obj.pk]))
        if role is None and not self.model.access.public:  # type: ignore[attr-defined]
            return self.anonymous_web_refused(response)
        expected = 200 if sees(role, self.model, w.canon, w) else 404
        assert response.status_code == expected, (response.status_code, expected)
        return None

    def check_web_add(self, w: World, role: str | None) -> None:
        client, url = w.web(role), self.add_url(w)
        form = self.form_fields(w)
        before = self.count()
        shown, posted = client.get(url), client.post(url, form)
        if role is None:
            self.anonymous_web_refused(shown)
            self.anonymous_web_refused(posted)
        elif writes(role, self.model):
            assert shown.status_code == 200, shown.status_code
            assert posted.status_code == 302, (posted.status_code, form_errors(posted))
            assert self.count() == before + 1
            return None
        else:
            assert shown.status_code == 403 and posted.status_code == 403, (
                shown.status_code, posted.status_code)
        assert self.count() == before
        return None

    def check_web_edit(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.canon)
        old = self.label_of(obj)
        client, url = w.web(role), reverse(self.web["edit"], args=[obj.pk])
        shown = client.get(url)
        posted = client.post(url, {**self.form_fields(w), self.label_field: EDITED,
                                   "version": obj.version})  # type: ignore[attr-defined]
        if role is None:
            self.anonymous_web_refused(shown)
            self.anonymous_web_refused(posted)
        elif writes(role, self.model):
            assert shown.status_code == 200, shown.status_code
            assert posted.status_code == 302, (posted.status_code, form_errors(posted))
            assert self.label_of(obj) == EDITED
            return None
        else:
            # Refused either way; see test_views_refusals for the 403-not-404 contract.
            assert shown.status_code in (403, 404) and posted.status_code in (403, 404), (
                shown.status_code, posted.status_code)
        assert self.label_of(obj) == old
        return None

    def check_web_delete(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.fresh_org())
        client, url = w.web(role), reverse(self.web["delete"], args=[obj.pk])
        shown = client.get(url)
        posted = client.post(url, {"version": obj.version})  # type: ignore[attr-defined]
        if role is None:
            self.anonymous_web_refused(shown)
            self.anonymous_web_refused(posted)
        elif writes(role, self.model):
            assert shown.status_code == 200 and posted.status_code == 302, (
                shown.status_code, posted.status_code)
            assert not self.exists(obj)
            return None
        else:
            assert shown.status_code in (403, 404) and posted.status_code in (403, 404), (
                shown.status_code, posted.status_code)
        assert self.exists(obj)
        return None

    # -- API

    def check_api_list(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.canon)
        response = w.api(role).get(self.api, {"page_size": 500})
        if role is None and not self.model.access.public:  # type: ignore[attr-defined]
            return self.anonymous_api_refused(response)
        if not views_model(role, self.model):
            assert response.status_code == 403 or obj.pk not in listed_pks(response)
            return None
        assert response.status_code == 200, response.status_code
        assert (obj.pk in listed_pks(response)) == sees(role, self.model, w.canon, w)
        return None

    def check_api_retrieve(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.canon)
        response = w.api(role).get(f"{self.api}{obj.pk}/")
        if role is None and not self.model.access.public:  # type: ignore[attr-defined]
            return self.anonymous_api_refused(response)
        if sees(role, self.model, w.canon, w):
            assert response.status_code == 200, response.status_code
            assert response.data["id"] == obj.pk
        elif views_model(role, self.model):
            assert response.status_code == 404, response.status_code
        else:
            assert response.status_code in (403, 404), response.status_code
        return None

    def _api_write_refused(self, role: str | None, response: Any) -> bool:
        """Checks a refusal; True when the role was refused (the caller then checks nothing
        changed), False when it was allowed."""
        if role is None:
            self.anonymous_api_refused(response)
            return True
        if not writes(role, self.model):
            assert response.status_code == 403, response.status_code
            return True
        if not self.api_writable:
            assert response.status_code == 405, response.status_code
            return True
        return False

    def check_api_create(self, w: World, role: str | None) -> None:
        before = self.count()
        response = w.api(role).post(self.api, self.api_fields(w), format="json")
        if self._api_write_refused(role, response):
            assert self.count() == before
            return
        assert response.status_code == 201, (response.status_code, response.data)
        assert self.count() == before + 1

    def _api_change(self, w: World, role: str | None, method: str, data: dict[str, Any]) -> None:
        obj = self.make(w, w.canon)
        old = self.label_of(obj)
        response = getattr(w.api(role), method)(f"{self.api}{obj.pk}/", data, format="json")
        if self._api_write_refused(role, response):
            assert self.label_of(obj) == old
            return
        assert response.status_code == 200, (response.status_code, response.data)
        assert self.label_of(obj) == EDITED

    def check_api_update(self, w: World, role: str | None) -> None:
        self._api_change(w, role, "put", {**self.api_fields(w), self.label_field: EDITED})

    def check_api_partial_update(self, w: World, role: str | None) -> None:
        self._api_change(w, role, "patch", {self.label_field: EDITED})

    def check_api_delete(self, w: World, role: str | None) -> None:
        obj = self.make(w, w.fresh_org())
        response = w.api(role).delete(f"{self.api}{obj.pk}/")
        if self._api_write_refused(role, response):
            assert self.exists(obj)
            return
        assert response.status_code == 204, response.status_code
        assert not self.exists(obj)
