from django.apps import AppConfig
from django.db.models.signals import post_migrate


class RegistryConfig(AppConfig):
    name = "greenlane.registry"
    label = "registry"

    def ready(self) -> None:
        from greenlane.registry.signals import ensure_sectors

        post_migrate.connect(ensure_sectors, sender=self, dispatch_uid="greenlane-sectors")
