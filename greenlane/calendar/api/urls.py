from rest_framework.routers import DefaultRouter

from greenlane.calendar.api import views

router = DefaultRouter()
router.register("holidays", views.HolidayViewSet)
urlpatterns = router.urls
