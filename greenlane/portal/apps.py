from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "greenlane.portal"
    label = "portal"
