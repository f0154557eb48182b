"""Tell people something: a notification in the app and, when they have an e-mail address, a
mail through Django's mail settings. Used by escalation, overdue alerts and the desk."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from greenlane.core.models import Notification, User

log = logging.getLogger(__name__)


def notify(users: Iterable[User], subject: str, url: str = "", body: str = "") -> int:
    """Notify each user once (duplicates and inactive users skipped); returns how many.

    Mail goes out after the transaction commits, so a rolled-back change sends nothing; a mail
    failure is logged, never raised: the in-app notification is the record."""
    seen: set[int] = set()
    recipients = []
    for user in users:
        if user is None or user.pk in seen or not user.is_active:
            continue
        seen.add(user.pk)
        recipients.append(user)
    Notification.objects.bulk_create(
        Notification(user=u, subject=subject[:300], body=body, url=url[:500]) for u in recipients
    )
    addresses = [u.email for u in recipients if u.email]
    if addresses:
        transaction.on_commit(lambda: _mail(subject, body, url, addresses))
    return len(recipients)


def _mail(subject: str, body: str, url: str, addresses: list[str]) -> None:
    """One mail per recipient: nobody sees who else was told."""
    link = f"{settings.SITE_URL.rstrip('/')}{url}" if url else ""
    for address in addresses:
        try:
            send_mail(subject[:300], f"{body}\n\n{link}".strip(), None, [address])
        except Exception:  # a mail server down must not undo the notification
            log.exception("could not mail %r to %s", subject, address)


def unread(user: User) -> int:
    return Notification.objects.filter(user=user, read__isnull=True).count()


def mark_read(user: User, ids: Iterable[int] | None = None) -> int:
    rows = Notification.objects.filter(user=user, read__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read=timezone.now())
