"""Attachment checks: size, type, content that matches the name; downloads that cannot run."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from greenlane.core.files import safe_name, serve, validate_upload

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.mark.parametrize(
    ("name", "data"),
    [("hop-dong.pdf", PDF), ("so-do.PNG", PNG), ("bang.csv", "Tên;Vốn\nCanon;1,98\n".encode())],
)
def test_real_files_of_accepted_types_pass(name: str, data: bytes) -> None:
    validate_upload(SimpleUploadedFile(name, data))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "not accepted"),
        ("trang.html", b"<script>alert(1)</script>", "not accepted"),
        ("gia.pdf", b"<html>not a pdf</html>", "not a real PDF"),
        ("rong.pdf", b"", "empty"),
        ("nhi-phan.txt", b"abc\x00def", "not a real TXT"),
    ],
)
def test_bad_files_are_refused_with_a_clear_reason(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        validate_upload(SimpleUploadedFile(name, data))
    assert message in " ".join(error.value.messages)
    assert name in " ".join(error.value.messages)


def test_a_file_over_the_limit_is_refused(settings: Any) -> None:
    settings.ATTACHMENT_MAX_MB = 1
    big = SimpleUploadedFile("lon.pdf", PDF + b"0" * (1024 * 1024))
    with pytest.raises(ValidationError, match="limit is 1 MB"):
        validate_upload(big)


def test_a_stored_name_keeps_no_directory_or_control_characters() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\báo cáo.pdf") == "báo cáo.pdf"
    assert safe_name('a<b>"c\n.pdf') == "abc.pdf"
    assert safe_name("") == "file"


def test_a_download_is_an_attachment_that_the_browser_will_not_run(tmp_path: Any, db: None) -> None:
    storage = FileSystemStorage(location=tmp_path)
    stored = storage.save("x.html", ContentFile(b"<script>alert(1)</script>"))

    class Holder:
        def __init__(self) -> None:
            from django.db.models import FileField
            from django.db.models.fields.files import FieldFile

            field = FileField(storage=storage)
            field.name = "file"
            self.file = FieldFile(self, field, stored)

    response = serve(Holder().file, "trang.html")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    response.close()


def test_a_missing_file_is_a_404_not_a_crash(tmp_path: Any) -> None:
    from django.db.models import FileField
    from django.db.models.fields.files import FieldFile

    field = FileField(storage=FileSystemStorage(location=tmp_path))
    field.name = "file"
    with pytest.raises(Http404):
        serve(FieldFile(None, field, "gone.pdf"))
