from rest_framework.routers import DefaultRouter

from greenlane.registry.api import views

router = DefaultRouter()
router.register("projects", views.ProjectViewSet)
router.register("parks", views.ParkViewSet)
router.register("sectors", views.SectorViewSet)
router.register("adjustments", views.AdjustmentViewSet)
urlpatterns = router.urls
