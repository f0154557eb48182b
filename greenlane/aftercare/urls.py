from django.urls import path

from greenlane.aftercare import views

app_name = "aftercare"
urlpatterns = [
    path("requests/", views.RequestListView.as_view(), name="request_list"),
    path("requests/add/", views.RequestEditView.as_view(), name="request_add"),
    path("requests/file/", views.FileRequestView.as_view(), name="request_file"),
    path("requests/<int:pk>/", views.RequestDetailView.as_view(), name="request"),
    path("requests/<int:pk>/edit/", views.RequestEditView.as_view(), name="request_edit"),
    path("requests/<int:pk>/delete/", views.RequestDeleteView.as_view(), name="request_delete"),
    path("requests/<int:pk>/message/", views.RequestMessageView.as_view(), name="request_message"),
    path("requests/<int:pk>/<slug:action>/", views.RequestActionView.as_view(),
         name="request_action"),
    path("files/<int:pk>/", views.AttachmentDownloadView.as_view(), name="attachment_download"),
    path("policies/", views.PolicyListView.as_view(), name="slapolicy_list"),
    path("policies/add/", views.PolicyEditView.as_view(), name="slapolicy_add"),
    path("policies/<int:pk>/", views.PolicyDetailView.as_view(), name="slapolicy"),
    path("policies/<int:pk>/edit/", views.PolicyEditView.as_view(), name="slapolicy_edit"),
    path("policies/<int:pk>/delete/", views.PolicyDeleteView.as_view(), name="slapolicy_delete"),
    path("ladder/", views.LevelListView.as_view(), name="escalationlevel_list"),
    path("ladder/add/", views.LevelEditView.as_view(), name="escalationlevel_add"),
    path("ladder/<int:pk>/", views.LevelDetailView.as_view(), name="escalationlevel"),
    path("ladder/<int:pk>/edit/", views.LevelEditView.as_view(), name="escalationlevel_edit"),
    path("ladder/<int:pk>/delete/", views.LevelDeleteView.as_view(),
         name="escalationlevel_delete"),
    path("issues/", views.IssueListView.as_view(), name="systemicissue_list"),
    path("issues/add/", views.IssueEditView.as_view(), name="systemicissue_add"),
    path("issues/<int:pk>/", views.IssueDetailView.as_view(), name="systemicissue"),
    path("issues/<int:pk>/edit/", views.IssueEditView.as_view(), name="systemicissue_edit"),
    path("issues/<int:pk>/delete/", views.IssueDeleteView.as_view(), name="systemicissue_delete"),
    path("metrics/", views.MetricsView.as_view(), name="metrics"),
]
