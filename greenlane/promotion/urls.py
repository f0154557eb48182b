from django.urls import path  # noqa: F401

app_name = "promotion"
urlpatterns: list = []  # type: ignore[type-arg]
