"""Shared by the sources tests: stored files go to a temporary media root; helpers that build
ingestion batches from bytes and from the demo corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from greenlane.sources import ingest
from tests.testing import fast_passwords, w  # noqa: F401  (fixtures)

CORPUS = Path(__file__).resolve().parents[2] / "greenlane" / "demo" / "corpus"
HAI_PHONG_VI = CORPUS / "vi-hai-phong-fdi-9-thang.txt"
HAI_PHONG_FR = CORPUS / "fr-hai-phong-ide-9-mois.txt"
BAC_NINH_VI = CORPUS / "vi-bac-ninh-von-nhat-ban.txt"
DA_NANG_EN = CORPUS / "en-da-nang-semiconductor.txt"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def incoming(name: str, data: bytes | str) -> ingest.Incoming:
    raw = data.encode() if isinstance(data, str) else data
    return ingest.Incoming(name, len(raw), lambda: raw)


def from_corpus(*paths: Path) -> list[ingest.Incoming]:
    return [ingest.Incoming.from_path(p, p.name) for p in paths]


def ingest_now(*files: ingest.Incoming, who: Any = None, **options: Any) -> Any:
    """Store and read a batch at once, as the inline task does; returns the finished job."""
    job = ingest.create_job(who, list(files), **options)
    return ingest.run_job(job.pk)
