from django.urls import path

from greenlane.places import views

app_name = "places"
urlpatterns = [
    path("countries/", views.CountryListView.as_view(), name="country_list"),
    path("countries/<int:pk>/", views.CountryDetailView.as_view(), name="country"),
    path("provinces/", views.ProvinceListView.as_view(), name="province_list"),
    path("provinces/<int:pk>/", views.ProvinceDetailView.as_view(), name="province"),
]
