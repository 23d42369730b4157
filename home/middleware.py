from urllib.parse import urlsplit

from django.conf import settings


class ContentOriginMiddleware:
    """Serve requests for CONTENT_ORIGIN's host from the content URLconf only.

    Untrusted SCORM/H5P content lives on its own origin: no LMS page is reachable
    there, and no content URL is reachable on the LMS origin.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.get_host() == urlsplit(settings.CONTENT_ORIGIN).netloc:
            request.urlconf = "home.content_urls"
        return self.get_response(request)
