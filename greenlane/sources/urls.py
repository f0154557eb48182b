from django.urls import path

from greenlane.sources import views

app_name = "sources"
urlpatterns = [
    path("documents/", views.DocumentListView.as_view(), name="document_list"),
    path("documents/add/", views.DocumentEditView.as_view(), name="document_add"),
    path("documents/<int:pk>/", views.DocumentDetailView.as_view(), name="document"),
    path("documents/<int:pk>/file/", views.DocumentFileView.as_view(), name="document_file"),
    path("documents/<int:pk>/edit/", views.DocumentEditView.as_view(), name="document_edit"),
    path("documents/<int:pk>/delete/", views.DocumentDeleteView.as_view(), name="document_delete"),
    path("upload/", views.UploadView.as_view(), name="upload"),
    path("batches/", views.IngestJobListView.as_view(), name="ingestjob_list"),
    path("batches/<int:pk>/", views.IngestJobDetailView.as_view(), name="ingestjob"),
    path(
        "batches/<int:pk>/progress/",
        views.IngestJobProgressView.as_view(),
        name="ingestjob_progress",
    ),
]
