"""The player page and package files, served on CONTENT_ORIGIN only.

The player page and every file of the package sit under one signed, expiring path
segment, so all relative URLs h5p-standalone builds stay signed. The player
(h5p-standalone and our bridge) is public and cacheable.
"""

import posixpath

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from home.content import CONTENT_TYPES, frame_headers, serve_stored_file

from .launch import CONTENT_URLCONF, read_player_token
from .models import H5PPackage

# The player's own files: h5p-standalone's build and our bridge scripts.
PLAYER_ROOTS = {
    "standalone": "vendor/h5p-standalone/dist",
    "bridge": "h5p/player",
}
PLAYER_CACHE_SECONDS = 24 * 3600
PACKAGE_CACHE_SECONDS = 3600


@require_GET
@xframe_options_exempt
def player(request, token):
    package_uuid = read_player_token(token)
    package = get_object_or_404(H5PPackage, uuid=package_uuid)
    base = request.path.rstrip("/")
    response = TemplateResponse(
        request,
        "h5p/player.html",
        {
            "package": package,
            "config": {
                "lmsOrigin": settings.SITE_ORIGIN,
                "h5pJsonPath": f"{base}/files",
                "frameJs": _asset("standalone", "frame.bundle.js"),
                "frameCss": _asset("standalone", "styles/h5p.css"),
                "id": f"act-{package.uuid}",
                "xAPIObjectIRI": package.activity_iri(),
            },
            "main_js": _asset("standalone", "main.bundle.js"),
            "shim_js": _asset("bridge", "storage-shim.js"),
            "bridge_js": _asset("bridge", "player-bridge.js"),
        },
    )
    response["Cache-Control"] = "no-store"
    return frame_headers(response)


def _asset(root: str, path: str) -> str:
    return reverse("h5p_content:asset", args=[root, path], urlconf=CONTENT_URLCONF)


@require_GET
@xframe_options_exempt
def package_file(request, token, path):
    package_uuid = read_player_token(token)
    return serve_stored_file(
        f"h5p/{package_uuid}", path, cache_seconds=PACKAGE_CACHE_SECONDS
    )


@require_GET
@xframe_options_exempt
def asset(request, root, path):
    base = PLAYER_ROOTS.get(root)
    normalised = posixpath.normpath(path)
    if base is None or normalised.startswith(("/", "..")):
        raise Http404("No such file.")
    name = f"{base}/{normalised}"
    found = finders.find(name)
    if found:
        handle = open(found, "rb")
    elif staticfiles_storage.exists(name):
        handle = staticfiles_storage.open(name, "rb")
    else:
        raise Http404("No such file.")
    extension = posixpath.splitext(normalised)[1].lower()
    response = FileResponse(handle, content_type=CONTENT_TYPES.get(extension))
    response["Cache-Control"] = f"public, max-age={PLAYER_CACHE_SECONDS}"
    return frame_headers(response)
