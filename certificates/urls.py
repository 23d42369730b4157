from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("my-certificates/", views.my_certificates, name="mine"),
    path("my-certificates/<int:pk>/pdf/", views.my_certificate_pdf, name="download"),
]
