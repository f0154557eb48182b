"""Fixtures of the review-queue tests: a press article, and its facts as the extractor gives them
(the contract's JSON), stored as Fact rows the way ingestion stores them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import translation

from greenlane.sources.models import Document, Fact
from tests.testing import World

STOCK = ("Hiện nay, Bắc Ninh có 126 dự án đầu tư trực tiếp nước ngoài từ Nhật Bản còn hiệu lực, "
         "tổng vốn đăng ký đầu tư đạt khoảng 1,98 tỷ USD.")
RANK = "Nhật Bản đứng thứ 5/42 quốc gia và vùng lãnh thổ có dự án đầu tư tại tỉnh Bắc Ninh."
PROJECT = "Dự án Nhà máy Canon Quế Võ của Canon Vietnam có tổng vốn đầu tư 120 triệu USD."
PROJECT_AGAIN = "Nhà máy Canon Quế Võ được điều chỉnh, tổng vốn 150 triệu USD."
PERSON = ("Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh Phan Thế Tuấn khẳng định tỉnh luôn "
          "đồng hành cùng doanh nghiệp.")
EVENT = "Diễn đàn hợp tác địa phương Việt - Nhật diễn ra ngày 25/11/2025 tại Quảng Ninh."
TEXT = "\n".join([STOCK, RANK, PROJECT, PROJECT_AGAIN, PERSON, EVENT])

VALUES: dict[str, dict[str, Any]] = {
    "stock": {
        "kind": "investment", "measure": "stock", "category": "fdi", "destination": "Bắc Ninh",
        "origin": "JP", "projects": 126,
        "amount": {"value": 1980000000, "currency": "USD", "qualifier": "approx"},
        "share_pct": None, "period": None, "as_of": None, "evidence": STOCK,
    },
    "rank": {
        "kind": "ranking", "subject": "JP", "rank": 5, "of": 42,
        "scope": "quốc gia và vùng lãnh thổ có dự án đầu", "location": "Bắc Ninh", "period": None,
        "evidence": RANK,
    },
    "project": {
        "kind": "project", "name": "Nhà máy Canon Quế Võ", "investor": "Canon Vietnam",
        "origin": "JP", "location": "Bắc Ninh",
        "amount": {"value": 120000000, "currency": "USD", "qualifier": "exact"},
        "area_ha": None, "sector": None, "evidence": PROJECT,
    },
    "project_again": {
        "kind": "project", "name": "Nhà máy Canon Quế Võ", "investor": None, "origin": None,
        "location": None, "amount": {"value": 150000000, "currency": "USD", "qualifier": "exact"},
        "area_ha": None, "sector": None, "evidence": PROJECT_AGAIN,
    },
    "person": {
        "kind": "person", "name": "Phan Thế Tuấn",
        "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh",
        "organisation": "Ủy ban nhân dân tỉnh Bắc Ninh", "evidence": PERSON,
    },
    "event": {
        "kind": "event", "name": "Diễn đàn hợp tác địa phương Việt - Nhật", "type": "forum",
        "start": "2025-11-25", "end": "2025-11-25", "place": "Quảng Ninh", "organisers": [],
        "attendance": None, "evidence": EVENT,
    },
}


def make_fact(document: Document, which: str, **changes: Any) -> Fact:
    """The fact `which` of VALUES as ingestion stores it (offsets into the document's text)."""
    values = {**VALUES[which], **changes}
    kind, evidence = values.pop("kind"), values.pop("evidence")
    start = document.text.find(evidence)
    return Fact.objects.create(document=document, kind=kind, data=values, evidence=evidence,
                               start=max(start, 0), end=max(start, 0) + len(evidence))


@pytest.fixture(autouse=True)
def english() -> Any:
    """Messages in English, whatever the catalogues hold."""
    with translation.override("en"):
        yield


@pytest.fixture
def article(w: World) -> Document:
    return Document.objects.create(
        title="Bắc Ninh và Nhật Bản", publisher="Báo Bắc Ninh", language="vi",
        published=datetime.date(2025, 11, 26), text=TEXT,
    )


@pytest.fixture
def fact(article: Document):  # type: ignore[no-untyped-def]
    """`fact("stock")`: a new pending fact of the article."""

    def make(which: str, **changes: Any) -> Fact:
        return make_fact(article, which, **changes)

    return make
