from rest_framework.routers import DefaultRouter

from greenlane.promotion.api import views

router = DefaultRouter()
router.register("events", views.EventViewSet)
urlpatterns = router.urls
