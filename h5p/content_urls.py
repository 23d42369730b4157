from django.urls import path

from . import content_views

app_name = "h5p_content"

# Served on CONTENT_ORIGIN only (see home.middleware.ContentOriginMiddleware).
urlpatterns = [
    path("play/<str:token>/", content_views.player, name="player"),
    path(
        "play/<str:token>/files/<path:path>",
        content_views.package_file,
        name="file",
    ),
    path("player/<str:root>/<path:path>", content_views.asset, name="asset"),
]
