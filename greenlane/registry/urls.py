from django.urls import include, path

from greenlane.registry import statistics_views, views

app_name = "registry"
urlpatterns = [
    path("statistics/", statistics_views.statistics_page, name="statistics"),
    path("projects/", views.ProjectListView.as_view(), name="project_list"),
    path("projects/add/", views.ProjectEditView.as_view(), name="project_add"),
    path("projects/<int:pk>/", views.ProjectDetailView.as_view(), name="project"),
    path("projects/<int:pk>/edit/", views.ProjectEditView.as_view(), name="project_edit"),
    path("projects/<int:pk>/delete/", views.ProjectDeleteView.as_view(), name="project_delete"),
    path("parks/", views.ParkListView.as_view(), name="industrialpark_list"),
    path("parks/add/", views.ParkEditView.as_view(), name="industrialpark_add"),
    path("parks/<int:pk>/", views.ParkDetailView.as_view(), name="industrialpark"),
    path("parks/<int:pk>/edit/", views.ParkEditView.as_view(), name="industrialpark_edit"),
    path("parks/<int:pk>/delete/", views.ParkDeleteView.as_view(), name="industrialpark_delete"),
    path("sectors/", views.SectorListView.as_view(), name="sector_list"),
    path("adjustments/add/", views.AdjustmentAddView.as_view(), name="adjustment_add"),
    path("reported/", include("greenlane.registry.reported_urls")),
]
