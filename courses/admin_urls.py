from django.urls import path

from . import views

app_name = "courses_admin"

urlpatterns = [
    path("enrol/", views.enrol_members, name="enrol_members"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
]
