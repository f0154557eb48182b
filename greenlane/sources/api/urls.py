from rest_framework.routers import DefaultRouter

from greenlane.sources.api import views

router = DefaultRouter()
router.register("documents", views.DocumentViewSet)
router.register("citations", views.CitationViewSet)
urlpatterns = router.urls
