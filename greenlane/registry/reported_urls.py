"""Routes of the reported figures, included under the registry's namespace:
`path("reported/", include("greenlane.registry.reported_urls"))` in greenlane/registry/urls.py."""

from django.urls import path

from greenlane.registry import reported_views as views

urlpatterns = [
    path("", views.ReportedFigureListView.as_view(), name="reportedfigure_list"),
    path("add/", views.ReportedFigureEditView.as_view(), name="reportedfigure_add"),
    path("<int:pk>/", views.ReportedFigureDetailView.as_view(), name="reportedfigure"),
    path("<int:pk>/edit/", views.ReportedFigureEditView.as_view(), name="reportedfigure_edit"),
    path(
        "<int:pk>/delete/", views.ReportedFigureDeleteView.as_view(), name="reportedfigure_delete"
    ),
]
