from django.urls import re_path
from wagtail.urls import serve_pattern

from . import views

# Placed before Wagtail's own URLs: page URLs reverse to this view.
urlpatterns = [re_path(serve_pattern, views.serve, name="wagtail_serve")]
