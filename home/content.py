"""Serving untrusted package files on CONTENT_ORIGIN through signed, expiring paths.

The token is a path segment (not a query string) because players resolve relative
URLs against it: every script, stylesheet, font and image a package loads stays
under the signed path.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.core import signing
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404

# Types the browser must see exactly; mimetypes on minimal systems lacks some.
CONTENT_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".htm": "text/html",
    ".html": "text/html",
    ".xml": "application/xml",
    ".xsd": "application/xml",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt",
}


def make_content_token(data: dict, *, salt: str) -> str:
    """Return a URL-safe signed token carrying `data`."""
    return signing.dumps(data, salt=salt, compress=True)


def read_content_token(token: str, *, salt: str, max_age: int) -> dict:
    """Return the token's data, or raise Http404 if it is forged or expired."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature as err:
        raise Http404("This content link has expired or is not valid.") from err


def content_url(path: str) -> str:
    """Return the absolute URL of `path` on the content origin."""
    return settings.CONTENT_ORIGIN + path


def frame_headers(response):
    """Let only the LMS frame this content response (and nobody else)."""
    response["Content-Security-Policy"] = f"frame-ancestors {settings.SITE_ORIGIN}"
    response.xframe_options_exempt = True
    response["Referrer-Policy"] = "no-referrer"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve_stored_file(
    prefix: str, path: str, *, cache_seconds: int = 0
) -> FileResponse:
    """Return a stored package file, refusing any path that leaves `prefix`."""
    normalised = posixpath.normpath(path.replace("\\", "/"))
    if normalised.startswith(("/", "..")) or normalised in {".", ""}:
        raise Http404("No such file.")
    name = f"{prefix}/{normalised}"
    if not default_storage.exists(name):
        raise Http404("No such file.")
    extension = posixpath.splitext(normalised)[1].lower()
    content_type = (
        CONTENT_TYPES.get(extension)
        or mimetypes.guess_type(normalised)[0]
        or "application/octet-stream"
    )
    response = FileResponse(default_storage.open(name, "rb"), content_type=content_type)
    if cache_seconds:
        response["Cache-Control"] = f"private, max-age={cache_seconds}"
    else:
        response["Cache-Control"] = "no-store"
    return frame_headers(response)
