"""Demo data of the green lane: the catalogue (greenlane/procedures/catalogue.py) and dossiers of
Canon Vietnam and THK Vietnam in various states, dated back from today so that some are on time,
one is due today and some are overdue whatever day the demo is loaded. Idempotent: each
procedure and each demo dossier is created once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils import timezone

from greenlane.calendar.services import office_calendar
from greenlane.core import services as core
from greenlane.core.services import Actor
from greenlane.orgs.models import Organisation
from greenlane.places.models import Province
from greenlane.procedures import services
from greenlane.procedures.catalogue import AGENCIES, PROCEDURES
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step
from greenlane.registry.models import Project

ACTOR = Actor(name="demo loader")


def load() -> None:
    load_catalogue()
    for plan in DOSSIERS:
        _dossier(plan)


def load_catalogue() -> None:
    """The agencies and procedures of catalogue.py that are not in the database yet."""
    agencies = {key: _agency(*value) for key, value in AGENCIES.items()}
    for code, spec in PROCEDURES.items():
        _procedure(code, spec, agencies)
    for code, spec in PROCEDURES.items():
        _link(code, spec)


def counts() -> dict[str, int]:
    return {
        "procedures": Procedure.objects.count(),
        "procedure dossiers": Dossier.objects.count(),
        "dossier steps": DossierStep.objects.count(),
        "dossier files": DossierAttachment.objects.count(),
    }


# --- the catalogue -----------------------------------------------------------------------------


def _agency(name: str, short: str, local: bool) -> Organisation:
    found = Organisation.objects.filter(Q(name=name) | Q(short_name=short)).order_by("pk").first()
    if found is not None:
        return found
    province = Province.objects.filter(code="24").first() if local else None
    return core.create(ACTOR, Organisation(), {
        "name": name, "short_name": short, "kind": Organisation.Kind.AGENCY, "province": province,
    })


def _procedure(code: str, spec: dict[str, Any], agencies: dict[str, Organisation]) -> None:
    if Procedure.objects.filter(code=code).exists():
        return
    fields = {k: v for k, v in spec.items() if k not in ("agency", "after", "steps")}
    fields["agency"] = agencies[spec["agency"]]
    procedure = core.create(ACTOR, Procedure(), {"code": code, **fields})
    for order, (name, days) in enumerate(spec["steps"], start=1):
        core.create(ACTOR, Step(), {"procedure": procedure, "order": order, "name": name,
                                    "days": days})


def _link(code: str, spec: dict[str, Any]) -> None:
    procedure = Procedure.objects.get(code=code)
    after = Procedure.objects.filter(code__in=spec.get("after", ()))
    wanted = set(after.values_list("pk", flat=True))
    if wanted and not procedure.prerequisites.exists():
        core.update(ACTOR, procedure, {"prerequisites": sorted(wanted)})


# --- dossiers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoDossier:
    """A dossier received `received` working days ago; `done` lists, per finished step, how many
    working days ago it finished; `end` is ("complete"|"reject"|"return", days ago, note)."""

    organisation: str
    project: str
    code: str
    received: int
    green_lane: bool = False
    done: tuple[int, ...] = ()
    end: tuple[str, int, str] | None = None
    note: str = ""
    files: tuple[str, ...] = ()


DOSSIERS = [
    DemoDossier("Canon Vietnam", "Nhà máy Canon Quế Võ", "CP-IP", 4, True, (3,),
                note="Warehouse extension, 6,000 m²", files=("site-plan.pdf", "fire-design.pdf")),
    DemoDossier("Canon Vietnam", "Nhà máy Canon Quế Võ", "WP", 12, True, (11, 10),
                note="Production engineer from Japan"),
    DemoDossier("Canon Vietnam", "Nhà máy Canon Tiên Sơn", "FIRE", 15, False, (14,),
                note="New painting line"),
    DemoDossier("Canon Vietnam", "Nhà máy Canon Tiên Sơn", "ENV", 20, False, (19,),
                ("return", 12, "Add the wastewater monitoring plan"), note="New painting line"),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "IRC", 60, False, (59, 54, 52)),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "ERC", 50, True, (50, 49)),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "LAND", 12, True, (11,),
                files=("cadastral-extract.pdf",)),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "ENV", 3, False),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "CP", 1, False),
    DemoDossier("THK Vietnam", "Nhà máy THK Việt Nam", "WP", 30, False, (),
                ("reject", 27, "The criminal record certificate is older than 6 months")),
]


def ago(days: int, today: dt.date | None = None) -> dt.date:
    """The working day `days` working days before today (0: today, or the last working day)."""
    cal = office_calendar()
    day = today or timezone.localdate()
    while not cal.is_working_day(day):
        day -= dt.timedelta(days=1)
    while days > 0:
        day -= dt.timedelta(days=1)
        days -= cal.is_working_day(day)
    return day


def _dossier(plan: DemoDossier) -> None:
    organisation = Organisation.objects.filter(
        Q(name=plan.organisation) | Q(short_name=plan.organisation)).order_by("pk").first()
    procedure = Procedure.objects.filter(code=plan.code).first()
    if organisation is None or procedure is None:
        return
    if Dossier.objects.filter(organisation=organisation, procedure=procedure).exists():
        return
    project = Project.objects.filter(name=plan.project, investors=organisation).first()
    dossier = services.submit_dossier(
        ACTOR, organisation=organisation, procedure=procedure, submitted=ago(plan.received),
        green_lane=plan.green_lane, project=project, note=plan.note,
    )
    for name in plan.files:
        services.attach(ACTOR, dossier, SimpleUploadedFile(name, _pdf(name), "application/pdf"),
                        "demo file")
    for days in plan.done:
        item = dossier.steps.filter(status=DossierStep.Status.ACTIVE).order_by("order").first()
        if item is None:
            break
        services.complete_step(ACTOR, item, ago(days))
    if plan.end is not None:
        action, days, note = plan.end
        dossier.refresh_from_db()
        _finish(dossier, action, ago(days), note)


def _pdf(title: str) -> bytes:
    """A small valid one-page PDF naming the file (demo content)."""
    text = f"BT /F1 18 Tf 72 720 Td (Greenlane demo: {title}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _finish(dossier: Dossier, action: str, on: dt.date, note: str) -> None:
    if action == "return":
        services.return_for_completion(ACTOR, dossier, on, note)
    elif action == "reject":
        services.reject_dossier(ACTOR, dossier, on, note)
    elif action == "complete":
        services.complete_dossier(ACTOR, dossier, on, note)

