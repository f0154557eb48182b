from django.apps import AppConfig


class CalendarConfig(AppConfig):
    name = "greenlane.calendar"
    label = "calendar"
