"""Celery application: `celery -A greenlane worker`.

Without GREENLANE_BROKER_URL, jobs run inline."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenlane.settings")
app = Celery("greenlane")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
