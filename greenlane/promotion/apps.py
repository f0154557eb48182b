from django.apps import AppConfig


class PromotionConfig(AppConfig):
    name = "greenlane.promotion"
    label = "promotion"
