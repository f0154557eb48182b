from rest_framework.routers import DefaultRouter

from greenlane.places.api import views

router = DefaultRouter()
router.register("countries", views.CountryViewSet)
router.register("provinces", views.ProvinceViewSet)
urlpatterns = router.urls
