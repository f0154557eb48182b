from django.apps import AppConfig


class AftercareConfig(AppConfig):
    name = "greenlane.aftercare"
    label = "aftercare"
