from django.urls import path

from . import views

app_name = "teams_admin"

urlpatterns = [
    path("import/", views.member_import_upload, name="member_import_upload"),
    path("import/<int:pk>/", views.member_import_preview, name="member_import_preview"),
    path("<int:pk>/invite/", views.member_invite, name="member_invite"),
]
