from django.urls import path

from greenlane.sources import review_views as views

app_name = "review"
urlpatterns = [
    path("", views.ReviewQueueView.as_view(), name="queue"),
    path("reject/", views.BulkRejectView.as_view(), name="bulk_reject"),
    path("<int:pk>/", views.FactReviewView.as_view(), name="fact"),
]
