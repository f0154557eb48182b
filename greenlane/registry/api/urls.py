from rest_framework.routers import DefaultRouter

from greenlane.registry.api import views
from greenlane.registry.api.reported import ReportedFigureViewSet

router = DefaultRouter()
router.register("projects", views.ProjectViewSet)
router.register("parks", views.ParkViewSet)
router.register("sectors", views.SectorViewSet)
router.register("adjustments", views.AdjustmentViewSet)
router.register("reported-figures", ReportedFigureViewSet)
urlpatterns = router.urls
