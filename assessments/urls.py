from django.urls import path  # noqa: F401

app_name = "assessments"

# Learner and staff pages, under the language prefix.
urlpatterns = []
