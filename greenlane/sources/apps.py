from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "greenlane.sources"
    label = "sources"
