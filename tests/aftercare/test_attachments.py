"""Attachments: size and type limits with clear messages (and nothing half-filed), files stored
under MEDIA_ROOT with random names, never served by URL, downloaded only through the checked
view, as a download."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from greenlane.aftercare import services
from greenlane.aftercare.models import Attachment, Request
from tests.aftercare.conftest import at, file, pdf


def fields() -> dict[str, str]:
    return {"subject": "Giấy phép môi trường", "description": "Hồ sơ đính kèm.",
            "topic": "environment", "priority": "normal"}


def test_a_file_over_the_limit_is_refused_and_the_request_is_not_half_filed(desk,
                                                                           settings) -> None:
    settings.ATTACHMENT_MAX_MB = 1
    response = desk.web("investor").post(reverse("aftercare:request_file"), {
        **fields(), "attachments": [pdf("nho.pdf"), pdf("lon.pdf", size=1_200_000)]})
    assert response.status_code == 400
    assert "lon.pdf" in str(response.context["form"].non_field_errors())
    assert "1 MB" in str(response.context["form"].non_field_errors())
    assert response.context["form"]["subject"].value() == "Giấy phép môi trường"
    assert not Request.objects.exists() and not Attachment.objects.exists()


@pytest.mark.parametrize("name,content", [
    ("setup.exe", b"MZ\x90\x00"),
    ("trang.html", b"<script>alert(1)</script>"),
    ("gia.pdf", b"\x89PNG\r\n\x1a\n not a pdf"),
    ("van-ban.pdf", b"just text pretending"),
    ("rong.pdf", b""),
])
def test_wrong_types_fake_pdfs_and_empty_files_are_refused(desk, name, content) -> None:
    r = file(desk, at(3, 2, 9))
    with pytest.raises(ValidationError) as refused:
        services.attach(desk.users["investor"], r, SimpleUploadedFile(name, content))
    assert name in " ".join(refused.value.messages)
    assert not Attachment.objects.exists()


def test_a_refused_file_in_a_reply_loses_neither_the_text_nor_posts_half_a_message(desk) -> None:
    r = file(desk, at(3, 2, 9))
    response = desk.web("investor").post(reverse("aftercare:request_message", args=[r.pk]), {
        "body": "Bản vẽ đính kèm", "attachments": [SimpleUploadedFile("ban-ve.exe", b"MZ")]})
    assert response.status_code == 400 and "ban-ve.exe" in response.content.decode()
    assert "Bản vẽ đính kèm" in response.content.decode()
    assert r.messages.count() == 0


def test_files_are_stored_under_media_root_with_a_random_name(desk, media) -> None:
    r = file(desk, at(3, 2, 9))
    attachment = services.attach(desk.users["investor"], r, pdf("../../etc/hop-dong.pdf"))
    stored = Path(attachment.file.path)
    assert stored.is_relative_to(Path(media)) and stored.exists()
    assert attachment.name == "hop-dong.pdf" and "hop-dong" not in stored.name
    assert stored.suffix == ".pdf" and attachment.size == stored.stat().st_size


def test_the_media_folder_is_not_served_by_url(desk, client) -> None:
    r = file(desk, at(3, 2, 9))
    attachment = services.attach(desk.users["investor"], r, pdf())
    assert desk.web("investor").get("/media/" + attachment.file.name).status_code == 404


def test_a_download_is_an_attachment_that_browsers_will_not_run(desk) -> None:
    r = file(desk, at(3, 2, 9))
    attachment = services.attach(desk.users["investor"], r, pdf("bien-ban.pdf"))
    response = desk.web("officer").get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bien-ban.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_anonymous_visitors_get_no_file(desk, client) -> None:
    r = file(desk, at(3, 2, 9))
    attachment = services.attach(desk.users["investor"], r, pdf())
    assert client.get(attachment.get_absolute_url()).status_code == 302


def test_an_investor_cannot_add_an_internal_file(desk) -> None:
    from django.core.exceptions import PermissionDenied

    r = file(desk, at(3, 2, 9))
    with pytest.raises(PermissionDenied):
        services.attach(desk.users["investor"], r, pdf(), internal=True)


def test_a_file_added_to_an_internal_note_is_internal(desk) -> None:
    r = file(desk, at(3, 2, 9))
    note = services.post_message(desk.users["officer"], r, "Công văn của Sở", internal=True,
                                 files=[pdf("cong-van.pdf")])
    assert note.attachments.get().internal


def test_deleting_a_request_deletes_its_stored_files(desk, django_capture_on_commit_callbacks) -> None:
    from greenlane.core import services as core

    r = file(desk, at(3, 2, 9))
    stored = Path(services.attach(desk.users["investor"], r, pdf()).file.path)
    with django_capture_on_commit_callbacks(execute=True):
        core.delete(desk.users["officer"], Request.objects.get(pk=r.pk))
    assert not stored.exists() and not Attachment.objects.exists()


def test_the_attachment_help_is_written_when_shown_in_the_readers_language(settings) -> None:
    from django.utils import translation

    from greenlane.aftercare.forms import MessageForm

    settings.ATTACHMENT_MAX_MB = 3
    help_text = MessageForm().fields["attachments"].help_text
    with translation.override("en"):
        english = str(help_text)
    with translation.override("vi"):
        vietnamese = str(help_text)
    assert "at most 3 MB" in english and english != vietnamese and "3 MB" in vietnamese
