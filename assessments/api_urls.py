from django.urls import path  # noqa: F401

app_name = "assessments_api"

# Endpoints that scripts call (beacons, autosave), outside the language prefix.
urlpatterns = []
