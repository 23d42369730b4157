from django.urls import path

from . import views

app_name = "assessments_api"

# Endpoints that scripts call (autosave), outside the language prefix.
urlpatterns = [
    path(
        "attempts/<int:pk>/answers/<int:slot>/",
        views.save_answer,
        name="answer_save",
    ),
]
