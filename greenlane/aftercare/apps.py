from django.apps import AppConfig
from django.db.models.signals import post_delete
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

    def ready(self) -> None:
        from greenlane.aftercare.models import Attachment
        from greenlane.aftercare.signals import remove_file

        post_delete.connect(remove_file, sender=Attachment, dispatch_uid="aftercare-files")
