from django.urls import path

from greenlane.registry.statistics_views import StatisticsAPIView

urlpatterns = [path("", StatisticsAPIView.as_view(), name="api-statistics")]
