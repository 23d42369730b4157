from django.urls import path  # noqa: F401

app_name = "scorm"

# Learner and staff pages, under the language prefix.
urlpatterns = []
