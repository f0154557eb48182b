"""Greenlane: investment promotion and investor facilitation for a Vietnamese province."""

__version__ = "0.1.0"

# Celery's app, configured from Django's settings, so that @shared_task binds to it in web
# processes too (the standard Celery-with-Django layout).
from greenlane.celery import app as celery_app  # noqa: E402

__all__ = ["celery_app"]
