from django.urls import path

from . import api_views

app_name = "h5p_api"

# Endpoints the lesson page calls (statements, autosave), outside the language prefix.
urlpatterns = [
    path("<str:token>/statements/", api_views.statements, name="statements"),
    path("<str:token>/state/", api_views.state, name="state"),
]
