from django.urls import path

from . import admin_views

app_name = "scorm_admin"

urlpatterns = [
    path("<int:pk>/reset/", admin_views.reset_attempt, name="reset_attempt"),
]
