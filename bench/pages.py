"""Server time of Greenlane's main pages and API endpoints with a large registry.

    .venv/bin/python bench/pages.py [--projects 50000] [--requests 20] [--database-url URL]

Builds a scratch database (SQLite in a temporary directory by default; PostgreSQL when
--database-url or GREENLANE_DATABASE_URL names one: the bench creates that database and drops it
afterwards, and refuses to touch one that exists already unless --reuse), migrates it, loads N
projects with bulk_create, then times each URL in-process with Django's test Client (no network,
no browser): server time = request in, response out, template rendered. Prints a table and writes
bench/out/pages.json (and bench/out/pages-<vendor>-<generator>.json).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TARGET_MS = 100.0

# Origins of FDI in a northern province, roughly by weight.
ORIGINS = {
    "KR": 30, "JP": 14, "CN": 16, "SG": 8, "TW": 7, "HK": 6, "US": 3, "VG": 3, "DE": 2,
    "TH": 2, "MY": 2, "FR": 1, "GB": 1, "NL": 1, "AU": 1, "IN": 1, "CA": 1,
}  # fmt: skip
KINDS = {"fdi": 70, "domestic": 25, "oda": 3, "outbound": 2}
STATUSES = {"operating": 55, "licensed": 15, "construction": 15, "suspended": 5, "terminated": 10}
CURRENCIES = {"USD": 80, "VND": 15, "JPY": 5}
WORDS = [
    "Electronics", "Precision", "Components", "Textile", "Garment", "Packaging", "Logistics",
    "Solar", "Steel", "Plastics", "Cables", "Optics", "Semiconductor", "Furniture", "Pharma",
    "Foods", "Auto", "Parts", "Display", "Battery", "Printing", "Mold", "Chemical", "Paper",
]  # fmt: skip
COMPANY = ["Samsung", "LG", "Canon", "Foxconn", "Goertek", "Luxshare", "Hyosung", "Amkor"]


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def configure(args: argparse.Namespace) -> dict[str, Any]:
    """Environment for greenlane.settings, before Django starts. Returns facts for the report."""
    scratch = Path(tempfile.mkdtemp(prefix="greenlane-bench-"))
    os.environ["GREENLANE_DATA_DIR"] = str(scratch)
    os.environ.setdefault("GREENLANE_SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["GREENLANE_DEBUG"] = "false"
    os.environ["GREENLANE_LOG_LEVEL"] = "ERROR"
    os.environ["GREENLANE_ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "greenlane.settings"
    url = args.database_url or os.environ.get("GREENLANE_DATABASE_URL", "")
    if not url:
        url = f"sqlite:///{scratch / 'bench.sqlite3'}"
    os.environ["GREENLANE_DATABASE_URL"] = url
    created = False
    if urlparse(url).scheme.startswith("postgres"):
        created = create_postgres_database(url, args.reuse)
    return {"scratch": scratch, "url": url, "created_pg": created}


def _pg_admin(url: str) -> tuple[Any, str]:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    return psycopg.connect(admin, autocommit=True), name


def create_postgres_database(url: str, reuse: bool) -> bool:
    from psycopg import sql

    conn, name = _pg_admin(url)
    with conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not reuse:
            sys.exit(f"database {name!r} exists: pass --reuse to load into it, or name another")
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    return False


def drop_postgres_database(url: str) -> None:
    from django.db import connections
    from psycopg import sql

    connections.close_all()
    conn, name = _pg_admin(url)
    with conn:
        drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        conn.execute(drop)


# --- data ---------------------------------------------------------------------------------------


def generate(n: int, seed: int, which: str = "auto") -> str:
    """Load n projects: the demo generator when there is one (auto), else the bench's own."""
    generate_projects: Any = None
    if which in ("auto", "demo"):
        try:
            from greenlane.demo.generate import generate_projects
        except ImportError:
            if which == "demo":
                raise
    if generate_projects is not None:
        from greenlane.registry.models import Project

        before = Project.objects.count()
        generate_projects(n, seed)
        if Project.objects.count() - before >= n * 0.9:
            return "greenlane.demo.generate.generate_projects"
        print("  the demo generator did not write the projects: using the bench's own")
    own_generator(n, seed)
    return "bench.pages.own_generator"


def own_generator(n: int, seed: int) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    from greenlane.core.models import AuditEntry
    from greenlane.core.text import fold
    from greenlane.orgs.models import Organisation
    from greenlane.places.models import Country, Province
    from greenlane.registry.models import IndustrialPark, Project, Sector

    rng = random.Random(seed)
    provinces = list(Province.objects.all())
    current = [p for p in provinces if p.is_current]
    bac_ninh = next(p for p in current if p.name == "Bắc Ninh")
    # A provincial registry: most projects at home, the rest spread over the country.
    province_weights = [40 if p == bac_ninh else (1 if p.is_current else 0.3) for p in provinces]
    countries = {c.code: c for c in Country.objects.filter(code__in=ORIGINS)}
    sectors = list(Sector.objects.filter(level=2)) or list(Sector.objects.all())
    companies = COMPANY

    with transaction.atomic():
        parks = []
        for i in range(120):
            province = bac_ninh if i < 40 else rng.choice(current)
            name = f"KCN {rng.choice(WORDS)} {i + 1}"
            parks.append(
                IndustrialPark(name=name, province=province, search=fold(f"{name} {province.name}"))
            )
        parks = IndustrialPark.objects.bulk_create(parks)
        parks_by_province: dict[int, list[IndustrialPark]] = {}
        for park in parks:
            parks_by_province.setdefault(park.province_id, []).append(park)

        orgs = []
        for i in range(max(n // 8, 50)):
            code = pick(rng, ORIGINS)
            name = f"{rng.choice(companies)} {rng.choice(WORDS)} {code} {i + 1} Co., Ltd."
            country = countries.get(code)
            orgs.append(Organisation(name=name, kind="company", country=country, search=fold(name)))
        orgs = Organisation.objects.bulk_create(orgs, batch_size=2000)

        start = datetime.date(1995, 1, 1).toordinal()
        span = datetime.date(2026, 10, 31).toordinal() - start
        through = Project.investors.through
        project_type = ContentType.objects.get_for_model(Project)
        batch = 2000
        for offset in range(0, n, batch):
            projects = []
            for i in range(offset, min(offset + batch, n)):
                kind = pick(rng, KINDS)
                province = rng.choices(provinces, weights=province_weights)[0]
                park_choices = parks_by_province.get(province.pk)
                park = rng.choice(park_choices) if park_choices and rng.random() < 0.6 else None
                currency = pick(rng, CURRENCIES) if kind != "fdi" else "USD"
                capital = Decimal(int(rng.lognormvariate(15.5, 1.6))) * (
                    25000 if currency == "VND" else 150 if currency == "JPY" else 1
                )
                project = Project(
                    name=f"{rng.choice(companies)} {rng.choice(WORDS)} {province.name} {i + 1}",
                    kind=kind,
                    origin=countries.get(pick(rng, ORIGINS)) if kind in ("fdi", "oda") else None,
                    province=province,
                    park=park,
                    sector=rng.choice(sectors) if sectors and rng.random() < 0.9 else None,
                    capital=capital,
                    currency=currency,
                    status=pick(rng, STATUSES),
                    irc_number=f"{rng.randint(10**9, 10**10 - 1)}",
                    irc_date=datetime.date.fromordinal(start + int(span * rng.random() ** 0.6)),
                )
                project.refresh_derived()  # capital_usd and search, as save() would
                projects.append(project)
            projects = Project.objects.bulk_create(projects)
            links = [
                through(project_id=p.pk, organisation_id=org.pk)
                for p in projects
                for org in rng.sample(orgs, 1 if rng.random() < 0.85 else 2)
            ]
            through.objects.bulk_create(links)
            AuditEntry.objects.bulk_create(
                AuditEntry(actor="bench", action="create", content_type=project_type,
                           object_id=str(p.pk), object_repr=p.name[:300], after={"name": p.name})
                for p in projects
            )  # fmt: skip


def analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- measurement --------------------------------------------------------------------------------


COLD = " (cold)"  # label suffix: the statistics cache is emptied before each request


def urls(sample_pks: list[int], investor: int) -> list[tuple[str, str | list[str]]]:
    """(label, path or paths to rotate through)."""
    detail = [f"/registry/projects/{pk}/" for pk in sample_pks]
    api_detail = [f"/api/projects/{pk}/" for pk in sample_pks]
    return [
        ("project list", "/registry/projects/"),
        ("project list ?q=bac+ninh", "/registry/projects/?q=bac+ninh"),
        ("project list ?kind=fdi&origin=JP", "/registry/projects/?kind=fdi&origin=JP"),
        ("project list sorted by capital", "/registry/projects/?sort=-capital_usd"),
        ("project list ?investor=<id>", f"/registry/projects/?investor={investor}"),
        ("project list ?investor_name=samsung", "/registry/projects/?investor_name=samsung"),
        ("project detail", detail),
        ("API project list", "/api/projects/"),
        ("API project detail", api_detail),
        ("statistics by origin", "/registry/statistics/?group=origin"),
        ("statistics by province", "/registry/statistics/?group=province"),
        ("statistics by origin" + COLD, "/registry/statistics/?group=origin"),
        ("statistics by province" + COLD, "/registry/statistics/?group=province"),
        ("API statistics", "/api/statistics/"),
    ]


def empty_statistics_cache() -> None:
    try:
        from greenlane.registry.statistics import clear_cache
    except ImportError:  # a version without the cache
        return
    clear_cache()


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


class GcClock:
    """Time spent in the garbage collector (all generations), read around each request."""

    def __init__(self) -> None:
        self.total = 0.0
        self._started = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._started


GC = GcClock()


def measure(client: Any, path: str | list[str], requests: int, warmup: int = 2,
            cold: bool = False) -> dict[str, Any]:
    """Median/p95 wall time, CPU and SQL time of `requests` GETs after `warmup`; `cold` empties
    the statistics cache before each request (what the first visitor after a change waits)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    paths = path if isinstance(path, list) else [path]
    for i in range(warmup):
        client.get(paths[i % len(paths)])
    times, cpu_times, db_times, queries, statuses, error = [], [], [], [], set(), ""
    gc_times = []
    for i in range(requests):
        if cold:
            empty_statistics_cache()
        with CaptureQueriesContext(connection) as captured:
            started, cpu, in_gc = time.perf_counter(), time.process_time(), GC.total
            response = client.get(paths[i % len(paths)])
            elapsed = (time.perf_counter() - started) * 1000
            cpu_times.append((time.process_time() - cpu) * 1000)
            gc_times.append((GC.total - in_gc) * 1000)
        times.append(elapsed)
        db_times.append(sum(float(q["time"] or 0) for q in captured.captured_queries) * 1000)
        queries.append(len(captured.captured_queries))
        statuses.add(response.status_code)
        if response.status_code >= 400 and not error:
            error = _error_of(response)
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"] or 0))[:3]
    return {
        "path": paths[0] if len(paths) == 1 else f"{paths[0]} (+{len(paths) - 1} others)",
        "requests": requests,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
        "cpu_median_ms": round(statistics.median(cpu_times), 1),
        "gc_max_ms": round(max(gc_times), 1),
        "db_median_ms": round(statistics.median(db_times), 1),
        "queries": max(queries),
        "status": sorted(statuses),
        "error": error,
        "slowest_queries": [
            {"ms": round(float(q["time"] or 0) * 1000, 1), "sql": q["sql"][:600]} for q in slowest
        ],
    }


def _error_of(response: Any) -> str:
    exc = getattr(response, "exc_info", None)
    if exc:
        return f"{exc[0].__name__}: {exc[1]}"[:300]
    return f"HTTP {response.status_code}"


def table(results: list[dict[str, Any]]) -> str:
    head = (
        f"{'page':34} {'median ms':>9} {'p95 ms':>8} {'cpu ms':>7} {'db ms':>7} {'gc max':>7} "
        f"{'queries':>7}"
        "  status"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        flag = "" if r["p95_ms"] < TARGET_MS else "  SLOW"
        status = ",".join(map(str, r["status"]))
        lines.append(
            f"{r['label']:34} {r['median_ms']:9.1f} {r['p95_ms']:8.1f} {r['cpu_median_ms']:7.1f} "
            f"{r['db_median_ms']:7.1f} {r['gc_max_ms']:7.1f} "
            f"{r['queries']:7d}  {status}{flag}"
        )
        if r["error"]:
            lines.append(f"{'':34}   error: {r['error']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=20, help="timed requests per URL")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--database-url", default="", help="default: GREENLANE_DATABASE_URL, "
                        "else a scratch SQLite file")  # fmt: skip
    parser.add_argument("--reuse", action="store_true",
                        help="load into an existing PostgreSQL database and keep it")  # fmt: skip
    parser.add_argument("--generator", choices=["auto", "demo", "own"], default="auto",
                        help="auto: the demo generator if present")  # fmt: skip
    parser.add_argument("--no-settle", action="store_true",
                        help="skip settle_heap() (gc.freeze), which the WSGI server runs at start")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--no-analyze", action="store_true",
                        help="skip ANALYZE after loading (planner statistics)")  # fmt: skip
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    setup = configure(args)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from greenlane.core.models import User
    from greenlane.registry.models import Project

    try:
        vendor = connection.vendor
        server = None
        if vendor == "postgresql":
            server = connection.cursor().connection.info.server_version
        print(f"database: {vendor} {setup['url'] if vendor != 'sqlite' else '(scratch file)'}")
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"  migrated in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        generator = generate(args.projects, args.seed, args.generator)
        if not args.no_analyze:
            analyze()
        load_s = time.perf_counter() - started
        count = Project.objects.count()
        print(f"  {count} projects loaded by {generator} in {load_s:.1f} s")

        officer = User.objects.create_user("bench-officer", password="x" * 12, role="officer")
        client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
        client.force_login(officer)
        rng = random.Random(args.seed)
        with_investors = Project.objects.filter(investors__isnull=False)
        ids = list(with_investors.values_list("pk", flat=True)[:5000])
        sample = rng.sample(ids, min(len(ids), args.requests))
        investor = Project.investors.through.objects.values_list("organisation_id", flat=True)
        load_before = os.getloadavg()
        print(f"  load average before: {', '.join(f'{x:.2f}' for x in load_before)}")

        if not args.no_settle:
            from greenlane.core.runtime import settle_heap

            settle_heap()  # as greenlane.wsgi does once the app is loaded
        results = []
        for label, path in urls(sample, investor.first() or 0):
            cold = label.endswith(COLD)
            result = {"label": label, **measure(client, path, args.requests, cold=cold)}
            results.append(result)
            print(f"  {label}: {result['median_ms']} ms", flush=True)
        load_after = os.getloadavg()
        print()
        print(table(results))
        print(f"load average before: {', '.join(f'{x:.2f}' for x in load_before)}; "
              f"after: {', '.join(f'{x:.2f}' for x in load_after)}")

        report = {
            "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database": vendor,
            "sqlite_version": __import__("sqlite3").sqlite_version if vendor == "sqlite" else None,
            "postgresql_version": server,
            "projects": count,
            "generator": generator,
            "analyzed": not args.no_analyze,
            "settled_heap": not args.no_settle,
            "load_seconds": round(load_s, 1),
            "python": platform.python_version(),
            "django": django.get_version(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
            "load_average_before": load_before,
            "machine": platform.machine(),
            "target_ms": TARGET_MS,
            "results": results,
        }
        OUT.mkdir(parents=True, exist_ok=True)
        text = json.dumps(report, indent=2, ensure_ascii=False)
        (OUT / "pages.json").write_text(text)
        name = f"pages-{vendor}-{'own' if generator.startswith('bench') else 'demo'}.json"
        (OUT / name).write_text(text)
        print(f"\nwritten: {OUT / 'pages.json'} and {name}")
        slow = [r["label"] for r in results if r["p95_ms"] >= TARGET_MS or r["error"]]
        if slow:
            print(f"over {TARGET_MS:.0f} ms at p95 or failing: {', '.join(slow)}")
        return 0
    finally:
        if setup["created_pg"] and not args.keep:
            drop_postgres_database(setup["url"])
        if args.keep:
            print(f"kept: {setup['url']}")
        else:
            shutil.rmtree(setup["scratch"], ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
