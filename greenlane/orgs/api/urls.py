from rest_framework.routers import DefaultRouter

from greenlane.orgs.api import views

router = DefaultRouter()
router.register("organisations", views.OrganisationViewSet)
router.register("people", views.PersonViewSet)
router.register("positions", views.PositionViewSet)
urlpatterns = router.urls
