"""Demo ingestion: a small corpus written for the demo is stored and read once, so the review
queue and the document pages have something to show on first start.

The articles (greenlane/demo/corpus/: four Vietnamese, two French, one of them a translation of
a Vietnamese article, two English, two Japanese) are original texts about FDI in Vietnamese
provinces; their companies, people and figures are illustrative. One of them gives 131 valid
Japanese projects in Bắc Ninh, where the registry's demo data has 126: a conflict to review."""

from __future__ import annotations

import hashlib
from pathlib import Path

from greenlane.core.services import Actor
from greenlane.sources import ingest
from greenlane.sources.models import Document, Fact, IngestJob

CORPUS = Path(__file__).resolve().parent.parent / "demo" / "corpus"
# File → publisher, in the order they are given (an original before its translation).
FILES = {
    "vi-bac-ninh-von-nhat-ban.txt": "Bản tin Kinh tế Kinh Bắc",
    "vi-hai-phong-fdi-9-thang.txt": "Tạp chí Đầu tư Duyên hải",
    "fr-hai-phong-ide-9-mois.txt": "Le Courrier économique du Vietnam",
    "vi-quang-ninh-hoi-nghi-xuc-tien.txt": "Tin Vùng Đông Bắc",
    "vi-thai-nguyen-du-an-singapore.txt": "Bản tin Công nghiệp Thái Nguyên",
    "en-hung-yen-seoul-conference.txt": "Mekong Business Wire",
    "en-da-nang-semiconductor.txt": "Mekong Business Wire",
    "ja-phu-tho-nikkei.txt": "ベトナム経済ウォッチ",
    "ja-da-nang-jetro-seminar.txt": "ベトナム経済ウォッチ",
    "fr-dong-nai-groupe-francais.txt": "Le Courrier économique du Vietnam",
}
ACTOR = Actor(name="demo loader")


def _stored(path: Path) -> bool:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return bool(Document.objects.filter(content_hash=digest).exists())


def load() -> None:
    """Ingest the corpus unless every file of it is stored already."""
    paths = [CORPUS / name for name in FILES]
    if all(_stored(path) for path in paths):
        return
    files = [
        ingest.Incoming.from_path(path, path.name, publisher=FILES[path.name]) for path in paths
    ]
    job = ingest.create_job(ACTOR, files)
    ingest.run_job(job.pk)


def counts() -> dict[str, int]:
    return {"ingestion batches": IngestJob.objects.count(), "extracted facts": Fact.objects.count()}
