"""Views on CONTENT_ORIGIN: the bridge page and the package files, by signed URL.

The content origin never sees the learner's session cookie and needs none: the
signed, expiring token in the path names the package version, and learner data
only reaches the SCO through the LMS page's cross-frame API.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static

from home.content import frame_headers, read_content_token, serve_stored_file

from .launching import CONTENT_SALT, content_max_age
from .models import ScormPackageVersion


def _version(token: str) -> ScormPackageVersion:
    data = read_content_token(token, salt=CONTENT_SALT, max_age=content_max_age())
    return get_object_or_404(ScormPackageVersion, pk=data.get("v"))


def _site_static(path: str) -> str:
    url = static(path)
    return url if "://" in url else settings.SITE_ORIGIN + url


def player(request, token):
    version = _version(token)
    sco_url = request.GET.get("sco", "")
    config = {
        "lmsOrigin": settings.SITE_ORIGIN,
        "apiName": "API_1484_11" if version.is_2004 else "API",
        # Only a file of this very version, under the same signed path.
        "scoUrl": f"../../files/{token}/{sco_url.lstrip('/')}",
    }
    response = TemplateResponse(
        request,
        "scorm/content_player.html",
        {
            "config": config,
            "title": version.package.title,
            "cross_frame_api_url": _site_static(
                "vendor/scorm-again/dist/cross-frame-api.min.js"
            ),
            "player_script_url": _site_static("scorm/content_player.js"),
        },
    )
    response["Cache-Control"] = "no-store"
    return frame_headers(response)


def package_file(request, token, path):
    version = _version(token)
    response = serve_stored_file(version.storage_prefix, path, cache_seconds=3600)
    # The SCO is framed by our bridge page on this origin, itself framed by the LMS.
    response["Content-Security-Policy"] = (
        f"frame-ancestors 'self' {settings.SITE_ORIGIN}"
    )
    return response
