from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "greenlane.places"
    label = "places"
