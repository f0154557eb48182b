"""The review queue's pages: the queue and its filters, one fact's page (sentence in context,
values, what accepting files, a conflict side by side), the decision buttons, bulk reject, and
who may do what."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from greenlane.registry.models import Project, ReportedFigure
from greenlane.sources import review
from greenlane.sources.models import Fact
from tests.registry.test_reported_routes import reported_routes  # noqa: F401  (fixture)
from tests.sources.test_review_fixtures import (  # noqa: F401  (fixtures)
    PROJECT,
    STOCK,
    article,
    english,
    fact,
)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


def web(w: World, role: str | None) -> Any:
    """A client of `role` that reads the pages in English."""
    client = w.web(role)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture(autouse=True)
def routes(reported_routes: None) -> None:
    """Links to reported figures resolve (see tests/registry/test_reported_routes.py)."""


def page(fact: Fact) -> str:
    return reverse("review:fact", args=[fact.pk])


def form_of(fact: Fact, action: str, **values: Any) -> dict[str, Any]:
    """The fact page's form as the browser posts it, with the values as shown."""
    from greenlane.sources.review_forms import FactValuesForm, to_initial

    fields = FactValuesForm(fact.kind).fields
    initial = to_initial(fact.values)
    data = {name: initial.get(name, "") for name in fields}
    if "origin" in data and fact.values.get("origin"):
        data["origin"] = fact.values["origin"]
    return {**data, **values, "action": action, "version": fact.version}


def test_the_queue_lists_the_facts_to_review_and_filters_them(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock, person = fact("stock"), fact("person")
    decided = fact("event")
    review.reject(w.users["officer"], decided)
    response = web(w, "officer").get(reverse("review:queue"))
    assert response.status_code == 200
    listed = {row.pk for row in response.context["page"].object_list}
    assert listed == {stock.pk, person.pk}
    only = web(w, "officer").get(reverse("review:queue"), {"kind": "person"})
    assert {row.pk for row in only.context["page"].object_list} == {person.pk}
    rejected = web(w, "officer").get(reverse("review:queue"), {"status": "rejected"})
    assert {row.pk for row in rejected.context["page"].object_list} == {decided.pk}
    by_language = web(w, "officer").get(reverse("review:queue"), {"language": "fr"})
    assert not by_language.context["page"].object_list


def test_the_fact_page_shows_the_sentence_in_its_document_and_what_accepting_files(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = web(w, "officer").get(page(stock))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<mark>{STOCK}</mark>" in html
    assert "A new reported figure" in html and "Accept and file" in html


def test_accepting_from_the_page_files_the_fact(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = web(w, "officer").post(page(stock), form_of(stock, "accept"))
    assert response.status_code == 302, response.content.decode()[-3000:]
    stock.refresh_from_db()
    assert stock.status == "accepted" and stock.edited is None
    figure = ReportedFigure.objects.get()
    assert figure.projects == 126
    shown = web(w, "officer").get(page(stock)).content.decode()
    assert figure.get_absolute_url() in shown and "Accept and file" not in shown


def test_values_edited_on_the_page_are_filed_and_the_extractors_kept(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = web(w, "officer").post(page(stock), form_of(stock, "accept", projects="130"))
    assert response.status_code == 302
    stock.refresh_from_db()
    assert (stock.data["projects"], stock.edited["projects"]) == (126, 130)
    assert ReportedFigure.objects.get().projects == 130


def test_a_bad_value_is_refused_with_a_message_and_nothing_is_filed(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = web(w, "officer").post(page(stock), form_of(stock, "accept", as_of="26/11/2025"))
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.content.decode()
    assert not ReportedFigure.objects.exists()


def test_a_conflict_is_shown_side_by_side_with_the_records_sources(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("project"))
    again = fact("project_again")
    response = web(w, "officer").post(page(again), form_of(again, "accept"))
    assert response.status_code == 302
    again.refresh_from_db()
    assert again.status == "conflict"
    html = web(w, "officer").get(page(again)).content.decode()
    assert 'id="conflict"' in html
    assert "120,000,000 USD" in html and "<mark>150,000,000 USD</mark>" in html
    assert PROJECT in html  # the sentence the registry's value came from
    assert Project.objects.get().capital == Decimal("120000000")


def test_overwriting_needs_a_reason_then_changes_the_registry(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("project"))
    again = review.accept(w.users["officer"], fact("project_again"))
    refused = web(w, "officer").post(page(again), form_of(again, "overwrite"))
    assert refused.status_code == 400 and "reason" in refused.content.decode()
    assert Project.objects.get().capital == Decimal("120000000")
    done = web(w, "officer").post(page(again), form_of(again, "overwrite", reason="licence 2025"))
    assert done.status_code == 302
    assert Project.objects.get().capital == Decimal("150000000")


def test_a_stale_page_gets_a_conflict_message_and_changes_nothing(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    stale = form_of(stock, "accept")
    review.reject(w.users["admin"], stock, reason="duplicate")
    response = web(w, "officer").post(page(stock), stale)
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    assert not ReportedFigure.objects.exists()


def test_accepting_twice_is_refused(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = review.accept(w.users["officer"], fact("stock"))
    response = web(w, "officer").post(page(stock), form_of(stock, "accept"))
    assert response.status_code == 400 and ReportedFigure.objects.count() == 1


def test_rejecting_and_reopening_from_the_page(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    web(w, "officer").post(page(stock), form_of(stock, "reject", reason="old news"))
    stock.refresh_from_db()
    assert stock.status == "rejected" and stock.note == "old news"
    web(w, "officer").post(page(stock), form_of(stock, "reopen"))
    stock.refresh_from_db()
    assert stock.status == "pending"


def test_bulk_reject_rejects_the_ticked_open_facts(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    ticked = [fact("rank"), fact("event")]
    kept = fact("stock")
    response = web(w, "officer").post(reverse("review:bulk_reject"), {
        "facts": [f.pk for f in ticked], "reason": "not about investment",
        "next": reverse("review:queue")})
    assert response.status_code == 302 and response["Location"] == reverse("review:queue")
    assert set(Fact.objects.filter(status="rejected").values_list("pk", flat=True)) == {
        f.pk for f in ticked}
    assert Fact.objects.get(pk=kept.pk).status == "pending"


def test_a_leader_reads_the_queue_but_cannot_decide(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    client = web(w, "leader")
    assert client.get(reverse("review:queue")).status_code == 200
    shown = client.get(page(stock))
    assert shown.status_code == 200 and "Accept and file" not in shown.content.decode()
    assert client.post(page(stock), form_of(stock, "accept")).status_code == 403
    assert client.post(reverse("review:bulk_reject"), {"facts": [stock.pk]}).status_code == 403
    assert Fact.objects.get(pk=stock.pk).status == "pending"


def test_investors_and_visitors_get_nothing(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    for role in ("investor", "investor2"):
        client = web(w, role)
        assert client.get(reverse("review:queue")).status_code in (403, 200)
        assert not client.get(reverse("review:queue")).context["page"].object_list
        assert client.get(page(stock)).status_code == 404
        assert client.post(page(stock), form_of(stock, "accept")).status_code == 403
    visitor = web(w, None)
    assert visitor.get(page(stock)).status_code == 302  # to the login page
    assert visitor.post(page(stock), form_of(stock, "accept")).status_code == 302
    assert Fact.objects.get(pk=stock.pk).status == "pending"
