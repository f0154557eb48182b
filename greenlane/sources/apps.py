from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SourcesConfig(AppConfig):
    name = "greenlane.sources"
    label = "sources"
    # "Documents" is in the core menu already (greenlane/core/context.py).
    menu = [
        (gettext_lazy("Ingestion"), "sources:ingestjob_list", "sources", "ingestjob"),
        (gettext_lazy("Review queue"), "review:queue", "sources", "fact"),
    ]
    demo = "greenlane.sources.demo"
