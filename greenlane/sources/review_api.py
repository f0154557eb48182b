"""The review queue's API routes, served by greenlane/sources/api/urls.py when this module
exists (it includes `urlpatterns` before the router's routes)."""

from greenlane.sources.api.review import urlpatterns

__all__ = ["urlpatterns"]
