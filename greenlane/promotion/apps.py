from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PromotionConfig(AppConfig):
    name = "greenlane.promotion"
    label = "promotion"
    demo = "greenlane.promotion.demo"
    menu = [(gettext_lazy("Events"), "promotion:event_list", "promotion", "event")]
