from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "greenlane.registry"
    label = "registry"
