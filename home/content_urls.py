"""URLs served on CONTENT_ORIGIN: untrusted packages and their players, nothing else."""

from django.urls import include, path

urlpatterns = [
    path("scorm/", include("scorm.content_urls")),
    path("h5p/", include("h5p.content_urls")),
]
