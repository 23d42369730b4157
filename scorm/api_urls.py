from django.urls import path

from . import api_views

app_name = "scorm_api"

# Endpoints that scripts call (beacons, autosave), outside the language prefix.
urlpatterns = [
    path("launches/<uuid:launch_id>/commit/", api_views.commit, name="commit"),
]
