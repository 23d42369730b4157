from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("<int:page_id>/enrol/", views.enrol, name="course_enrol"),
    path(
        "lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"
    ),
]
