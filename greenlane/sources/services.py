"""Filing sources: documents and the citations that tie a record to a sentence."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from greenlane.core import services
from greenlane.core.services import Actor
from greenlane.sources.models import Citation, Document


@transaction.atomic
def cite(
    who: Any | Actor | None, record: models.Model, document: Document, quote: str, field: str = ""
) -> Citation:
    """Tie `record` (or one of its fields) to `quote`, which must occur in the document's text
    when the document has one."""
    quote = " ".join(quote.split())
    if not quote:
        raise ValidationError(_("A citation needs the quoted sentence."))
    if document.text and quote not in " ".join(document.text.split()):
        raise ValidationError(_("The quoted sentence does not occur in the document."))
    citation = Citation(
        document=document,
        quote=quote,
        field=field,
        content_type=ContentType.objects.get_for_model(type(record)),
        object_id=record.pk,
    )
    return services.create(who, citation)
