"""Extraction speed: docs/s of the whole core (decode, clean, metadata, figures, entities, facts,
duplicates) on >= 1,000 generated documents, and underthesea's bundled NER on the same Vietnamese
documents as a reference point.

    .venv/bin/python bench/extract.py [--docs 1000] [--seed 7]

The corpora are generated, not committed: the seeds (if present) and tests/corpus/extract articles
are cut into paragraphs and recombined, with figures and provinces varied, into news briefs
(~1,000 characters) and, in the same run, full-length articles (3,000-10,000 characters).
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from greenlane.extract import extract_document, find_duplicates  # noqa: E402

SOURCES = [str(ROOT / "tests/corpus/extract/*.txt"), "/work/shared/seeds/*.txt"]
PROVINCES = ["Bắc Ninh", "Thanh Hóa", "Quảng Ninh", "Nghệ An", "Hải Phòng", "Đồng Nai", "Long An"]


def load_articles() -> list[list[str]]:
    articles = []
    for pattern in SOURCES:
        for path in sorted(glob.glob(pattern)):
            text = Path(path).read_text(encoding="utf-8")
            paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
            if paragraphs:
                articles.append(paragraphs)
    return articles


def vary(paragraph: str, rng: random.Random) -> str:
    paragraph = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), paragraph)
    for name in PROVINCES:
        if name in paragraph and rng.random() < 0.5:
            paragraph = paragraph.replace(name, rng.choice(PROVINCES))
    return paragraph


def generate(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    articles = load_articles()
    docs = []
    for _ in range(count):
        base = rng.choice(articles)
        extra = rng.choice(articles)
        size = rng.randint(4, max(5, len(base)))
        paragraphs = base[:size] + rng.sample(extra, min(len(extra), rng.randint(0, 4)))
        docs.append("\n\n".join(vary(p, rng) for p in paragraphs))
    return docs


def generate_articles(count: int, seed: int) -> list[str]:
    """Documents of a full press article's length (3,000-10,000 characters, as the seed
    articles): one article whole, then paragraphs of others until the drawn length is reached."""
    rng = random.Random(seed)
    articles = load_articles()
    pool = [p for article in articles for p in article]
    docs = []
    for _ in range(count):
        target = rng.randint(3000, 10000)
        paragraphs = [vary(p, rng) for p in rng.choice(articles)]
        size = sum(len(p) for p in paragraphs)
        while size < target:
            paragraphs.append(vary(rng.choice(pool), rng))
            size += len(paragraphs[-1]) + 2
        docs.append("\n\n".join(paragraphs))
    return docs


def bench_core(docs: list[str]) -> tuple[float, float, int]:
    """(docs/s by the wall clock, docs/s by this process's CPU time, facts found)."""
    start, cpu = time.perf_counter(), time.process_time()
    results = [
        extract_document(doc.encode("utf-8"), source=f"doc{i}") for i, doc in enumerate(docs)
    ]
    find_duplicates(results)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return len(docs) / wall, len(docs) / cpu, sum(len(d.facts) for d in results)


def bench_underthesea(docs: list[str]) -> str:
    try:
        from underthesea import ner  # type: ignore[import-not-found]
    except Exception as error:  # not installed, or its import needs a download
        return f"underthesea NER unavailable ({type(error).__name__}: {error}); not measured"
    vietnamese = [
        d for d in docs if re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệọỏốồổỗộớờởỡợụủứừửữự]", d)
    ]
    sample = vietnamese[:100]
    try:
        ner(sample[0][:200])  # load the model outside the timing
        start, cpu = time.perf_counter(), time.process_time()
        for doc in sample:
            for line in doc.split("\n"):
                if line.strip():
                    ner(line)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    except Exception as error:
        return f"underthesea NER failed ({type(error).__name__}: {error}); not measured"
    return (
        f"underthesea.ner: {len(sample) / elapsed:,.1f} docs/s wall clock, "
        f"{len(sample) / cpu:,.1f} docs/s of CPU time, on {len(sample)} Vietnamese documents"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--briefs-only", action="store_true", help="skip the full-length article corpus"
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; one process"
    )
    docs = generate(args.docs, args.seed)
    corpora = [("news briefs", docs)]
    if not args.briefs_only:
        corpora.append(("full articles", generate_articles(args.docs, args.seed)))
    bench_core(docs[:50])  # warm up: imports, regex caches
    for name, corpus in corpora:
        size = sum(len(d) for d in corpus) / len(corpus)
        wall, cpu, facts = bench_core(corpus)
        print(
            f"greenlane.extract, {len(corpus)} {name} ({size:,.0f} characters on average): "
            f"{wall:,.1f} docs/s wall clock, {cpu:,.1f} docs/s of CPU time "
            f"({facts} facts; load average {os.getloadavg()[0]:.1f})"
        )
    print(bench_underthesea(docs))


if __name__ == "__main__":
    main()
