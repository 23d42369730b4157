from django.urls import path

from . import views

app_name = "assessments"

# Learner and staff pages, under the language prefix.
urlpatterns = [
    path("quizzes/<int:page_id>/start/", views.attempt_start, name="attempt_start"),
    path("attempts/<int:pk>/", views.attempt_page, name="attempt"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:pk>/result/", views.attempt_result, name="attempt_result"),
]
