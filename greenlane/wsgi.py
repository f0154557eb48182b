"""WSGI entry point: `gunicorn greenlane.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

from greenlane.core.runtime import settle_heap

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenlane.settings")
application = get_wsgi_application()
settle_heap()  # long-lived start-up objects out of the full collections' scan
