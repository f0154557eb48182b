from django.urls import path

from greenlane.orgs import views

app_name = "orgs"
urlpatterns = [
    path("organisations/", views.OrganisationListView.as_view(), name="organisation_list"),
    path("organisations/add/", views.OrganisationEditView.as_view(), name="organisation_add"),
    path("organisations/<int:pk>/", views.OrganisationDetailView.as_view(), name="organisation"),
    path(
        "organisations/<int:pk>/edit/",
        views.OrganisationEditView.as_view(),
        name="organisation_edit",
    ),
    path(
        "organisations/<int:pk>/delete/",
        views.OrganisationDeleteView.as_view(),
        name="organisation_delete",
    ),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/add/", views.PersonEditView.as_view(), name="person_add"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person"),
    path("people/<int:pk>/edit/", views.PersonEditView.as_view(), name="person_edit"),
    path("people/<int:pk>/delete/", views.PersonDeleteView.as_view(), name="person_delete"),
    path("positions/add/", views.PositionAddView.as_view(), name="position_add"),
]
