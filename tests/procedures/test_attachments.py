"""Dossier files: size and type limits, storage outside the web root, safe downloads, removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from greenlane.procedures.models import DossierAttachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF"


@pytest.fixture
def dossier(procedure, file_dossier, w):
    return file_dossier(procedure, w.canon)


def upload(w, role, dossier, name: str, data: bytes):
    client = w.web(role)
    client.cookies["django_language"] = "en"
    return client.post(reverse("procedures:dossier_attach", args=[dossier.pk]),
                            {"file": SimpleUploadedFile(name, data), "description": "Hồ sơ"})


def stored_files(media: Path) -> list[Path]:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


@pytest.mark.parametrize(("name", "data", "message"), [
    ("trang.html", b"<script>alert(1)</script>", "not accepted"),
    ("gia-mao.pdf", b"MZ\x90\x00 not a pdf", "not a real PDF"),
    ("rong.pdf", b"", ""),  # the form refuses an empty file, in the page's language
])
def test_a_file_of_a_wrong_type_or_content_is_refused_and_nothing_is_kept(
    w, dossier, media, name: str, data: bytes, message: str
) -> None:
    response = upload(w, "investor", dossier, name, data)
    assert response.status_code == 400
    shown = response.context["failed"]["error"]
    assert shown and message in shown
    assert 'value="Hồ sơ"' in response.content.decode()
    assert not DossierAttachment.objects.exists() and stored_files(media) == []


def test_a_file_over_the_size_limit_is_refused(settings, w, dossier, media) -> None:
    settings.ATTACHMENT_MAX_MB = 1
    response = upload(w, "officer", dossier, "lon.pdf", PDF + b"0" * (1024 * 1024))
    assert "the limit is 1 MB" in response.context["failed"]["error"]
    assert not DossierAttachment.objects.exists() and stored_files(media) == []


def test_the_api_refuses_a_bad_file_with_a_clear_message(w, dossier) -> None:
    response = w.api("investor").post(f"/api/dossiers/{dossier.pk}/files/",
                                      {"file": SimpleUploadedFile("virus.exe", b"MZ")},
                                      format="multipart", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "not accepted" in str(response.data)
    assert not DossierAttachment.objects.exists()


def test_a_file_is_stored_under_its_bare_name_in_the_media_root_outside_the_web_root(
    settings, w, dossier, media
) -> None:
    upload(w, "investor", dossier, "../../etc/ban-ve.pdf", PDF)
    attachment = DossierAttachment.objects.get()
    assert attachment.name == "ban-ve.pdf" and attachment.size == len(PDF)
    path = Path(attachment.file.path)
    assert path.is_relative_to(media) and path.read_bytes() == PDF
    assert w.web("admin").get(f"/media/{attachment.file.name}").status_code == 404
    response = w.web("investor").get(attachment.get_download_url())
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert 'filename="ban-ve.pdf"' in response["Content-Disposition"]


def test_a_closed_dossier_takes_no_more_files_from_the_investor(w, procedure, file_dossier) -> None:
    from datetime import date

    from greenlane.procedures import services

    dossier = file_dossier(procedure, w.canon)
    services.complete_dossier(w.users["officer"], dossier, date(2026, 2, 12))
    assert upload(w, "investor", dossier, "muon.pdf", PDF).status_code == 403
    assert upload(w, "officer", dossier, "luu.pdf", PDF).status_code == 302
    assert DossierAttachment.objects.count() == 1


def test_removing_a_file_deletes_it_from_disk_after_the_commit(
    w, dossier, media, django_capture_on_commit_callbacks
) -> None:
    upload(w, "investor", dossier, "ban-ve.pdf", PDF)
    attachment = DossierAttachment.objects.get()
    path = Path(attachment.file.path)
    url = reverse("procedures:dossierattachment_delete", args=[attachment.pk])
    assert w.web("investor").post(url, {"version": attachment.version}).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        response = w.web("officer").post(url, {"version": attachment.version, "reason": "trùng"})
    assert response.status_code == 302 and response["Location"].endswith("#attachments")
    assert not DossierAttachment.objects.exists() and not path.exists()


def test_a_long_file_name_is_cut_to_150_characters_keeping_its_extension(w, dossier) -> None:
    name = "ho-so-" + "a" * 160 + ".pdf"
    upload(w, "officer", dossier, name, PDF)
    attachment = DossierAttachment.objects.get()
    assert len(attachment.name) == 150 and attachment.name.endswith("aaa.pdf")
    assert attachment.file.name.startswith("procedures/")
    assert len(attachment.file.name) <= 255


def test_a_description_too_long_is_refused_naming_the_description(w, dossier) -> None:
    client = w.web("officer")
    client.cookies["django_language"] = "en"
    response = client.post(reverse("procedures:dossier_attach", args=[dossier.pk]),
                           {"file": SimpleUploadedFile("a.pdf", PDF), "description": "x" * 301})
    assert response.status_code == 400
    assert response.context["failed"]["error"].startswith("Description:")
    assert not DossierAttachment.objects.exists()
