from django.urls import path

from . import views

app_name = "scorm"

# Learner and staff pages, under the language prefix.
urlpatterns = [
    path("play/<int:page_id>/<str:block_id>/", views.play, name="play"),
]
