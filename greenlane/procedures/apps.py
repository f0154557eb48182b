from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "greenlane.procedures"
    label = "procedures"
