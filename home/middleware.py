import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import LocalePrefixPattern, get_resolver


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


@functools.cache
def _untranslated_prefixes(urlconf: str) -> tuple[str, ...]:
    """Return the URL prefixes that sit outside i18n_patterns, e.g. "/admin/"."""
    prefixes = []
    for pattern in get_resolver(urlconf).url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        prefix = str(pattern.pattern).lstrip("^").split("(")[0]
        if prefix:
            prefixes.append("/" + prefix)
    return tuple(prefixes)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside i18n_patterns stays a 404.

    Wagtail's catch-all page pattern makes every "/<lang>/<path>" look valid, so
    Django would answer a missing admin URL with a redirect to "/en/admin/...".
    """

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
        if response.status_code == 404 and request.path_info.startswith(
            _untranslated_prefixes(urlconf)
        ):
            return response
        return super().process_response(request, response)
