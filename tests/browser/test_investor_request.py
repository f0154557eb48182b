"""The desk end to end in a real Chromium: Canon's investor files a request in Japanese with an
attachment, an officer answers and resolves it, the investor confirms; THK's investor cannot open
it by its URL."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from greenlane.aftercare.models import Request
from greenlane.core.models import User
from greenlane.orgs.models import Organisation

PASSWORD = "demo-pass-1"
SUBJECT = "国道18号と国道1号の交差点の渋滞"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def log_in(browser: Any, live_server: Any, username: str, locale: str) -> Any:
    context = browser.new_context(
        base_url=live_server.url, locale=locale, viewport={"width": 1366, "height": 900}
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    tab.goto("/accounts/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.click("form.record button[type=submit]")
    tab.wait_for_load_state()
    return tab


def people() -> None:
    canon = Organisation.objects.create(name="Canon Vietnam", kind="company")
    thk = Organisation.objects.create(name="THK Vietnam", kind="company")
    User.objects.create_user("officer", password=PASSWORD, role="officer")
    User.objects.create_user(
        "investor", password=PASSWORD, role="investor", organisation=canon, language="ja"
    )
    User.objects.create_user("investor2", password=PASSWORD, role="investor", organisation=thk)


def step(tab: Any, action: str, text: str = "") -> None:
    form = tab.locator(f"form[action$='/{action}/']")
    if text:
        form.locator("textarea[name=text]").fill(text)
    form.locator("button[type=submit]").click()
    tab.wait_for_load_state()


def test_an_investor_files_in_japanese_an_officer_resolves_the_investor_confirms(
    browser: Any, live_server: Any, tmp_path: Path, settings: Any
) -> None:
    from playwright.sync_api import expect

    settings.MEDIA_ROOT = tmp_path / "media"
    people()
    attachment = tmp_path / "sodo.pdf"
    attachment.write_bytes(PDF)

    investor = log_in(browser, live_server, "investor", "ja-JP")
    expect(investor.locator("html")).to_have_attribute("lang", "ja")
    investor.goto("/aftercare/requests/file/")
    investor.fill("#id_subject", SUBJECT)
    investor.fill("#id_description", "朝夕の通勤時間に工場の出入口が渋滞しています。")
    investor.select_option("#id_topic", "infrastructure")
    investor.set_input_files("input[name=attachments]", str(attachment))
    investor.click("form.record button[type=submit]")
    investor.wait_for_url(re.compile(r"/aftercare/requests/\d+/$"))
    expect(investor.locator("h1")).to_contain_text(SUBJECT)
    expect(investor.locator("ul.files")).to_contain_text("sodo.pdf")
    request = Request.objects.get(subject=SUBJECT)
    url = f"/aftercare/requests/{request.pk}/"

    officer = log_in(browser, live_server, "officer", "vi-VN")
    officer.goto("/aftercare/requests/?q=" + "国道18号")
    officer.locator("table.list a", has_text=SUBJECT).click()
    officer.wait_for_url(f"**{url}")
    step(officer, "acknowledge")
    officer.fill("#id_body", "Sở Xây dựng sẽ khảo sát nút giao trong tuần này.")
    officer.locator("form.reply button[type=submit]").click()
    officer.wait_for_load_state()
    step(officer, "resolve", "Đã làm hai đường gom dọc QL18.")
    assert Request.objects.get(pk=request.pk).status == "resolved"

    investor.goto(url)
    expect(investor.locator("body")).to_contain_text("Sở Xây dựng sẽ khảo sát")
    step(investor, "confirm", "ありがとうございました。")
    assert Request.objects.get(pk=request.pk).status in {"closed", "resolved"}
    assert Request.objects.get(pk=request.pk).confirmed_at is not None
    investor.screenshot(path="/tmp/greenlane-investor-request.png", full_page=True)

    other = log_in(browser, live_server, "investor2", "en-US")
    response = other.goto(url)
    assert response is not None and response.status == 404
    expect(other.locator("body")).not_to_contain_text(SUBJECT)
    files = request.attachments.all()
    assert files, "the attachment was stored"
    response = other.goto(files[0].get_absolute_url())
    assert response is not None and response.status == 404
