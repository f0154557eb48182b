from django.urls import path

from greenlane.calendar import views

app_name = "calendar"
urlpatterns = [
    path("", views.YearView.as_view(), name="year"),
    path("fill/", views.FillYearView.as_view(), name="fill"),
    path("holidays/", views.HolidayListView.as_view(), name="holiday_list"),
    path("holidays/add/", views.HolidayEditView.as_view(), name="holiday_add"),
    path("holidays/<int:pk>/", views.HolidayDetailView.as_view(), name="holiday"),
    path("holidays/<int:pk>/edit/", views.HolidayEditView.as_view(), name="holiday_edit"),
    path("holidays/<int:pk>/delete/", views.HolidayDeleteView.as_view(), name="holiday_delete"),
]
