"""A deleted attachment (alone, or with its request or message) takes its stored file with it,
once the deletion is committed."""

from __future__ import annotations

from typing import Any

from django.db import transaction


def remove_file(sender: Any, instance: Any, **kwargs: Any) -> None:
    field = instance.file
    if field and field.name:
        storage, name = field.storage, field.name
        transaction.on_commit(lambda: storage.delete(name))
