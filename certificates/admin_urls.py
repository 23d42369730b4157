from django.urls import path

from . import views

app_name = "certificates_admin"

urlpatterns = [
    path("issue/", views.issue, name="issue"),
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("<int:pk>/revoke/", views.revoke, name="revoke"),
    path("<int:pk>/pdf/", views.staff_pdf, name="pdf"),
]
