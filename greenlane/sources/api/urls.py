from importlib.util import find_spec

from django.urls import URLPattern, URLResolver, path
from rest_framework.routers import DefaultRouter

from greenlane.sources.api import views

router = DefaultRouter()
router.register("documents", views.DocumentViewSet)
router.register("citations", views.CitationViewSet)
router.register("ingestjobs", views.IngestJobViewSet)
router.register("facts", views.FactViewSet)
urlpatterns: list[URLPattern | URLResolver] = [
    path("ingest/", views.IngestUploadView.as_view(), name="ingest-upload"),
]

# The review queue's write actions on facts (accept, reject, edit: e.g. "facts/<pk>/accept/")
# live in the review module; when it defines `greenlane.sources.review_api.urlpatterns`, they
# are served here, before the router's routes.
if find_spec("greenlane.sources.review_api") is not None:
    from greenlane.sources import review_api  # type: ignore[attr-defined,unused-ignore]

    urlpatterns += review_api.urlpatterns

urlpatterns += router.urls
