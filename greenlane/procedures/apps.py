from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class ProceduresConfig(AppConfig):
    name = "greenlane.procedures"
    label = "procedures"
    verbose_name = gettext_lazy("Procedures")
    demo = "greenlane.procedures.demo"
    menu = [
        (gettext_lazy("Procedures"), "procedures:procedure_list", "procedures", "procedure"),
        (gettext_lazy("Dossiers"), "procedures:dossier_list", "procedures", "dossier"),
    ]
