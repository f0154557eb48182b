"""Attachments: what may be uploaded, and how a stored file goes back out.

Files live under MEDIA_ROOT (in the data directory, outside the web root; no URL serves it).
A view that has already checked the user may see the record returns `serve(...)`."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

# Extension → the bytes such a file starts with (None: text, checked for NUL bytes instead).
ALLOWED: dict[str, tuple[bytes, ...] | None] = {
    ".pdf": (b"%PDF",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".xls": (b"\xd0\xcf\x11\xe0",),
    ".zip": (b"PK\x03\x04",),
    ".txt": None,
    ".csv": None,
}


def max_bytes() -> int:
    return int(getattr(settings, "ATTACHMENT_MAX_MB", settings.MAX_UPLOAD_MB)) * 1024 * 1024


def validate_upload(upload: UploadedFile) -> None:
    """Refuse a file that is too big, empty, of a type not allowed, or not what its name says."""
    name = PurePath(upload.name or "").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED:
        allowed = ", ".join(sorted(s.lstrip(".") for s in ALLOWED))
        raise ValidationError(
            _("“%(name)s”: files of this type are not accepted (accepted: %(allowed)s).")
            % {"name": name, "allowed": allowed}
        )
    size = upload.size or 0
    if size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})
    if size > max_bytes():
        raise ValidationError(
            _("“%(name)s” is %(size).1f MB; the limit is %(limit)d MB.")
            % {"name": name, "size": size / 1048576, "limit": max_bytes() // 1048576}
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    signatures = ALLOWED[suffix]
    looks_right = (
        b"\x00" not in head if signatures is None else any(head.startswith(s) for s in signatures)
    )
    if not looks_right:
        raise ValidationError(
            _("“%(name)s” is not a real %(type)s file.")
            % {"name": name, "type": suffix[1:].upper()}
        )


def safe_name(name: str) -> str:
    """The file's own name without any directory part, for storage and for the download."""
    base = PurePath(name.replace("\\", "/")).name.strip() or "file"
    return "".join(c for c in base if c.isprintable() and c not in '<>:"|?*')[:150] or "file"


def serve(field: FieldFile, name: str | None = None) -> FileResponse:
    """Send a stored file as a download (never rendered inline: an uploaded HTML or SVG cannot
    run in our origin). The caller has checked access."""
    if not field:
        raise Http404(_("The file is missing."))
    try:
        handle = field.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404(_("The file is missing.")) from error
    filename = safe_name(name or field.name or "file")
    kind = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=kind)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
