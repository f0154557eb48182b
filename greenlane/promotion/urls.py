from django.urls import path

from greenlane.promotion import views

app_name = "promotion"
urlpatterns = [
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/add/", views.EventEditView.as_view(), name="event_add"),
    path("events/<int:pk>/", views.EventDetailView.as_view(), name="event"),
    path("events/<int:pk>/edit/", views.EventEditView.as_view(), name="event_edit"),
    path("events/<int:pk>/delete/", views.EventDeleteView.as_view(), name="event_delete"),
]
