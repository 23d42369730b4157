from django.urls import path  # noqa: F401

app_name = "h5p_content"

# Served on CONTENT_ORIGIN only (see home.middleware.ContentOriginMiddleware).
urlpatterns = []
