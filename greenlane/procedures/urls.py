from django.urls import path

from greenlane.procedures import actions, finder_views, views

app_name = "procedures"
urlpatterns = [
    path("", views.ProcedureListView.as_view(), name="procedure_list"),
    path("add/", views.ProcedureEditView.as_view(), name="procedure_add"),
    path("<int:pk>/", views.ProcedureDetailView.as_view(), name="procedure"),
    path("<int:pk>/edit/", views.ProcedureEditView.as_view(), name="procedure_edit"),
    path("<int:pk>/delete/", views.ProcedureDeleteView.as_view(), name="procedure_delete"),
    path("steps/add/", views.StepEditView.as_view(), name="step_add"),
    path("steps/<int:pk>/edit/", views.StepEditView.as_view(), name="step_edit"),
    path("steps/<int:pk>/delete/", views.StepDeleteView.as_view(), name="step_delete"),
    path("finder/", finder_views.finder_page, name="finder"),
    path("reports/", finder_views.ReportsView.as_view(), name="reports"),
    path("dossiers/", views.DossierListView.as_view(), name="dossier_list"),
    path("dossiers/add/", views.DossierAddView.as_view(), name="dossier_add"),
    path("dossiers/<int:pk>/", views.DossierDetailView.as_view(), name="dossier"),
    path("dossiers/<int:pk>/edit/", views.DossierEditView.as_view(), name="dossier_edit"),
    path("dossiers/<int:pk>/delete/", views.DossierDeleteView.as_view(), name="dossier_delete"),
    path("dossiers/<int:pk>/files/", actions.AttachView.as_view(), name="dossier_attach"),
    path("dossiers/<int:pk>/<slug:action>/", actions.DossierActionView.as_view(),
         name="dossier_action"),
    path("dossier-steps/<int:pk>/<slug:action>/", actions.StepActionView.as_view(),
         name="dossierstep_action"),
    path("files/<int:pk>/", views.AttachmentDownloadView.as_view(), name="dossierattachment"),
    path("files/<int:pk>/delete/", views.AttachmentDeleteView.as_view(),
         name="dossierattachment_delete"),
]
