"""Demo data of the desk: SLA policies per priority, the escalation ladder, the agencies that
handle requests, one systemic issue, and the requests of Canon and THK at every stage of their
life cycle, played through the services (so every step is audited and notified) with times
relative to today. `load()` is idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils import timezone

from greenlane.aftercare import jobs, services, sla
from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Message,
    Request,
    SLAPolicy,
    SystemicIssue,
)
from greenlane.calendar.services import calendar_for
from greenlane.core import services as core
from greenlane.core.models import User
from greenlane.core.services import Actor
from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project

DEMO = Actor(None, "demo loader")
ROAD = "Ùn tắc giờ tan ca tại nút giao QL18 – QL1, cổng KCN Quế Võ"

# priority → (first response, resolution, calendar)
POLICIES = {
    "urgent": (4, 48, "24x7"),
    "high": (4, 24, "office"),
    "normal": (8, 80, "office"),
    "low": (16, 160, "office"),
}
# level → (name, percent of the target used, roles, notify the officer)
LADDER = {
    0: ("Chuyên viên phụ trách", 75, [], True),
    1: ("Trưởng Tổ công tác đặc biệt", 100, ["taskforce"], True),
    2: ("Phó Chủ tịch UBND tỉnh", 150, ["leader"], False),
}
AGENCIES = {
    "construction": ("Sở Xây dựng tỉnh Bắc Ninh", "Sở Xây dựng"),
    "home_affairs": ("Sở Nội vụ tỉnh Bắc Ninh", "Sở Nội vụ"),
    "parks": ("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Ban Quản lý các KCN"),
    "tax": ("Thuế tỉnh Bắc Ninh", "Thuế tỉnh"),
    "customs": ("Cơ quan Hải quan tại Bắc Ninh", "Hải quan Bắc Ninh"),
    "land": ("Trung tâm Phát triển quỹ đất tỉnh Bắc Ninh", "Trung tâm PTQĐ"),
}


def counts() -> dict[str, int]:
    return {
        "investor requests": Request.objects.count(),
        "request messages": Message.objects.count(),
        "request attachments": Attachment.objects.count(),
        "systemic issues": SystemicIssue.objects.count(),
        "SLA policies": SLAPolicy.objects.count(),
    }


def load() -> None:
    ensure_policies()
    ensure_ladder()
    agencies = ensure_agencies()
    canon, thk = _org("Canon Vietnam"), _org("THK Vietnam")
    if canon is None or thk is None or Request.objects.filter(subject=ROAD).exists():
        return
    issue = core.create(DEMO, SystemicIssue(), {
        "title": "Chậm giải phóng mặt bằng hạ tầng kết nối KCN khu vực Quế Võ",
        "description": "Đường gom QL18 và phần đất còn lại của các nhà máy mới chờ bồi thường, "
                       "hỗ trợ tái định cư; mỗi yêu cầu lại được xử lý như một vụ việc riêng.",
        "agency": agencies["land"],
        "proposal": "Giao một đầu mối điều phối GPMB cho các dự án hạ tầng kết nối KCN, "
                    "với tiến độ công khai hằng tháng.",
    })
    Story(canon, thk, agencies, issue).play()
    jobs.escalate()


def ensure_policies() -> None:
    for priority, (first, resolution, calendar) in POLICIES.items():
        if not SLAPolicy.objects.filter(priority=priority).exists():
            core.create(DEMO, SLAPolicy(), {"priority": priority,
                                            "first_response_hours": first,
                                            "resolution_hours": resolution,
                                            "calendar": calendar})


def ensure_ladder() -> None:
    for level, (name, percent, roles, officer) in LADDER.items():
        if not EscalationLevel.objects.filter(level=level).exists():
            core.create(DEMO, EscalationLevel(), {"level": level, "name": name, "percent": percent,
                                                  "roles": roles, "notify_officer": officer})


def ensure_agencies() -> dict[str, Organisation]:
    found = {}
    for key, (name, short) in AGENCIES.items():
        org = Organisation.objects.filter(name=name).first() or core.create(
            DEMO, Organisation(), {"name": name, "short_name": short, "kind": "agency"})
        found[key] = org
    return found


def _org(name: str) -> Organisation | None:
    return Organisation.objects.filter(Q(name=name) | Q(short_name=name)).order_by("pk").first()


def _user(name: str) -> Any:
    return User.objects.filter(username=name).first() or DEMO


def pdf(name: str, text: str) -> SimpleUploadedFile:
    body = f"%PDF-1.4\n% {text}\n%%EOF\n".encode()
    return SimpleUploadedFile(name, body, content_type="application/pdf")


class Story:
    """The demo's requests, each played step by step at times in the past."""

    def __init__(self, canon: Organisation, thk: Organisation, agencies: dict[str, Organisation],
                 issue: SystemicIssue) -> None:
        self.canon, self.thk, self.agencies, self.issue = canon, thk, agencies, issue
        self.officer, self.taskforce = _user("officer"), _user("taskforce")
        self.canon_user = User.objects.filter(organisation=canon, role="investor").first()
        self.thk_user = User.objects.filter(organisation=thk, role="investor").first()
        self.now = timezone.now()
        self.office = sla.calendar("office")

    def day(self, days_ago: int, hour: int = 9) -> dt.datetime:
        """`hour` o'clock of the working day `days_ago` calendar days back (or the one before)."""
        local = timezone.localtime(self.now).date() - dt.timedelta(days=days_ago)
        moment = dt.datetime(local.year, local.month, local.day, hour,
                             tzinfo=timezone.get_current_timezone())
        while not calendar_for("office").is_working_day(moment.date()):
            moment -= dt.timedelta(days=1)
        return moment

    def later(self, start: dt.datetime, hours: float) -> dt.datetime:
        moment = self.office.add(start, dt.timedelta(hours=hours))
        return min(moment, self.now - dt.timedelta(minutes=5))

    def file(self, who: Any, org: Organisation, at: dt.datetime, files: tuple[Any, ...] = (),
             **fields: Any) -> Request:
        project = Project.objects.filter(investors=org, name=fields.pop("project", "")).first()
        return services.file_request(who or DEMO, {"organisation": org, "project": project,
                                                   **fields}, files, at=at)

    def play(self) -> None:
        self.road()
        self.work_permits()
        self.customs()
        self.licence()
        self.site_clearance()
        self.vat_refund()

    def road(self) -> None:
        t0 = self.day(75)
        r = self.file(self.canon_user, self.canon, t0, (pdf("dem-xe-gio-tan-ca.pdf", "traffic"),),
                      subject=ROAD, topic="infrastructure", priority="high",
                      project="Nhà máy Canon Quế Võ",
                      description="Mỗi ngày khoảng 9.000 công nhân tan ca lúc 17:00; xe đưa đón "
                                  "và xe máy ùn tắc hơn 40 phút tại nút giao QL18 – QL1.")
        r = services.acknowledge(self.officer, r, at=self.later(t0, 1))
        r = services.start(self.officer, r, self.agencies["construction"], at=self.later(t0, 3))
        services.post_message(self.officer, r, "Sở Xây dựng đề xuất hai tuyến đường gom dọc QL18; "
                              "cần thêm số liệu lưu lượng giờ tan ca.", internal=True,
                              at=self.later(t0, 4))
        r = services.wait_on_investor(self.officer, r, "Đề nghị Canon cung cấp số xe đưa đón và "
                                      "lịch tan ca của từng nhà máy.", at=self.later(t0, 5))
        services.post_message(self.canon_user or DEMO, r, "3 ca, 120 xe buýt đưa đón; số liệu "
                              "đính kèm.", files=(pdf("lich-tan-ca.pdf", "shifts"),),
                              at=self.later(t0, 20))
        services.link_issue(self.officer, r, self.issue)
        r = services.resolve(self.officer, r, "UBND tỉnh phê duyệt hai tuyến đường gom dọc QL18 "
                             "(phía Bắc và phía Nam); CSGT phân luồng giờ tan ca từ tuần tới.",
                             at=self.later(t0, 22))
        if self.canon_user is not None:
            services.confirm(self.canon_user, r, "ありがとうございました。", at=self.later(t0, 30))

    def work_permits(self) -> None:
        t0 = self.day(20)
        r = self.file(self.canon_user, self.canon, t0, topic="labour", priority="normal",
                      project="Nhà máy Canon Tiên Sơn",
                      subject="Giấy phép lao động cho 3 kỹ sư Nhật Bản chậm quá hạn",
                      description="Hồ sơ nộp đủ từ ba tuần trước; các kỹ sư cần nhập cảnh để "
                                  "lắp đặt dây chuyền mới.")
        r = services.acknowledge(self.officer, r, at=self.later(t0, 2))
        services.start(self.officer, r, self.agencies["home_affairs"], at=self.later(t0, 4))

    def customs(self) -> None:
        t0 = self.day(6)
        r = self.file(self.canon_user, self.canon, t0, topic="customs", priority="normal",
                      subject="光学部品のHSコードの確認 (mã HS linh kiện quang học)",
                      description="新しいレンズ部品の輸入にあたり、適用されるHSコードと"
                                  "税率を確認したいです。")
        r = services.start(self.officer, r, self.agencies["customs"], at=self.later(t0, 3))
        services.wait_on_investor(self.officer, r, "Please send the technical data sheet of the "
                                  "lens module (material, function) so that customs can classify "
                                  "it.", at=self.later(t0, 6))

    def licence(self) -> None:
        t0 = self.later(self.day(1, 15), 0)
        self.file(self.canon_user, self.canon, t0, topic="licences", priority="high",
                  subject="Bổ sung mục tiêu sửa chữa máy in vào giấy chứng nhận đầu tư",
                  description="Canon muốn bổ sung dịch vụ sửa chữa, bảo hành máy in cho thị "
                              "trường nội địa.")

    def site_clearance(self) -> None:
        t0 = self.day(30)
        r = self.file(self.thk_user, self.thk, t0, topic="site_clearance", priority="high",
                      project="Nhà máy THK Việt Nam",
                      subject="Bàn giao 1,2 ha mặt bằng còn lại của nhà máy THK",
                      description="Phần đất phía Đông chưa được bàn giao, làm chậm thi công kho "
                                  "thành phẩm.")
        r = services.start(self.taskforce, r, self.agencies["land"], at=self.later(t0, 2))
        services.link_issue(self.taskforce, r, self.issue)

    def vat_refund(self) -> None:
        t0 = self.day(15)
        r = self.file(self.thk_user, self.thk, t0, topic="tax", priority="low",
                      subject="VAT refund for machinery imported during construction",
                      description="We would like to know the documents needed for the VAT "
                                  "refund of the machinery imported in 2025.")
        r = services.start(self.officer, r, self.agencies["tax"], at=self.later(t0, 5))
        services.resolve(self.officer, r, "Thuế tỉnh guided THK through the refund file; the "
                         "checklist is attached in the thread.", at=self.later(t0, 30))
