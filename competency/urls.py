from django.urls import path

from . import views

app_name = "competency"

# Learner and staff pages, under the language prefix.
urlpatterns = [
    path("", views.my_record, name="mine"),
    path("activities/new/", views.log_activity, name="activity_log"),
    path("activities/<int:pk>/evidence/", views.my_evidence, name="evidence"),
    path("transcript.pdf", views.my_transcript, name="transcript"),
]
