from django.urls import path  # noqa: F401

app_name = "aftercare"
urlpatterns: list = []  # type: ignore[type-arg]
