from django.urls import path

from . import views

app_name = "onboarding"

urlpatterns = [
    path("invitation/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
