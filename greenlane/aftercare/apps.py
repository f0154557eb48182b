from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class AftercareConfig(AppConfig):
    name = "greenlane.aftercare"
    label = "aftercare"
    verbose_name = gettext_lazy("Aftercare desk")
    demo = "greenlane.aftercare.demo"
    menu = [
        (gettext_lazy("Investor requests"), "aftercare:request_list", "aftercare", "request"),
        (gettext_lazy("Systemic issues"), "aftercare:systemicissue_list", "aftercare",
         "systemicissue"),
    ]
