from django.urls import path  # noqa: F401

app_name = "procedures"
urlpatterns: list = []  # type: ignore[type-arg]
