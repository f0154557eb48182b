from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PlacesConfig(AppConfig):
    name = "greenlane.places"
    label = "places"

    def ready(self) -> None:
        from greenlane.places.signals import ensure_reference_data

        post_migrate.connect(ensure_reference_data, sender=self, dispatch_uid="greenlane-places")
