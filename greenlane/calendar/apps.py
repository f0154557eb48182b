from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CalendarConfig(AppConfig):
    name = "greenlane.calendar"
    label = "calendar"
    verbose_name = _("Calendar")
    menu = [(_("Calendar"), "calendar:year", "calendar", "holiday")]
    demo = "greenlane.calendar.demo"

    def ready(self) -> None:
        from greenlane.calendar.signals import ensure_holidays

        post_migrate.connect(ensure_holidays, sender=self, dispatch_uid="greenlane-calendar")
