from django.urls import path

from . import report_views, review_views

app_name = "competency_admin"

urlpatterns = [
    path("matrix/", report_views.team_matrix, name="matrix"),
    path("matrix/teams/<int:pk>/", report_views.team_members, name="team"),
    path("readiness/", report_views.readiness, name="readiness"),
    path("compliance/", report_views.compliance, name="compliance"),
    path("expiring/", report_views.expiring, name="expiring"),
    path("overview/", report_views.overview, name="overview"),
    path("activities/", review_views.activity_list, name="activities"),
    path("activities/<int:pk>/", review_views.activity_review, name="activity"),
    path(
        "activities/<int:pk>/evidence/",
        review_views.activity_evidence,
        name="activity_evidence",
    ),
    path("audit/", review_views.audit_sample_draw, name="audit_draw"),
    path("audit/<int:pk>/", review_views.audit_sample, name="audit_sample"),
    path("members/<int:pk>/", review_views.member_record, name="member"),
]
