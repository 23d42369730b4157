from django.urls import path

from . import admin_views

app_name = "assessments_admin"

urlpatterns = [
    path("", admin_views.quiz_index, name="quiz_index"),
    path("quizzes/<int:pk>/results/", admin_views.quiz_results, name="quiz_results"),
    path(
        "quizzes/<int:pk>/statistics/",
        admin_views.quiz_statistics,
        name="quiz_statistics",
    ),
    path(
        "quizzes/<int:pk>/regrade/<int:question_id>/",
        admin_views.regrade,
        name="regrade",
    ),
    path("attempts/<int:pk>/", admin_views.attempt_detail, name="attempt"),
    path(
        "attempts/<int:pk>/grade/<int:response_id>/",
        admin_views.grade_response,
        name="grade",
    ),
    path("grading/", admin_views.grading_queue, name="grading_queue"),
    path(
        "courses/<int:course_id>/knowledge-gain/",
        admin_views.knowledge_gain,
        name="knowledge_gain",
    ),
]
