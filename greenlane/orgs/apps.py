from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "greenlane.orgs"
    label = "orgs"
