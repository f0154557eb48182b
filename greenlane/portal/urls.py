from django.urls import path

from greenlane.portal import views

app_name = "portal"
urlpatterns = [path("", views.PortalView.as_view(), name="home")]
