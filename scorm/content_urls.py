from django.urls import path

from . import content_views

app_name = "scorm_content"

# Served on CONTENT_ORIGIN only (see home.middleware.ContentOriginMiddleware).
urlpatterns = [
    path("player/<str:token>/", content_views.player, name="player"),
    path("files/<str:token>/<path:path>", content_views.package_file, name="file"),
]
