import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404

from home.content import make_content_token, read_content_token, serve_stored_file


def test_token_round_trip_and_forgery():
    token = make_content_token({"package": 7}, salt="test")
    assert read_content_token(token, salt="test", max_age=60) == {"package": 7}
    with pytest.raises(Http404):
        read_content_token(token + "x", salt="test", max_age=60)
    with pytest.raises(Http404):
        read_content_token(token, salt="other", max_age=60)


def test_expired_token_is_refused():
    token = make_content_token({"package": 7}, salt="test")
    with pytest.raises(Http404):
        read_content_token(token, salt="test", max_age=-1)


def test_stored_file_is_served_with_isolation_headers(settings):
    settings.SITE_ORIGIN = "http://lms.example"
    default_storage.save("pkg/a/index.html", ContentFile(b"<p>hi</p>"))

    response = serve_stored_file("pkg/a", "index.html")

    assert response["Content-Type"] == "text/html"
    assert response["Content-Security-Policy"] == "frame-ancestors http://lms.example"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"<p>hi</p>"


@pytest.mark.parametrize("path", ["../b/secret.txt", "/etc/passwd", "", "missing.html"])
def test_paths_outside_the_package_are_not_found(path):
    default_storage.save("pkg/b/secret.txt", ContentFile(b"secret"))
    with pytest.raises(Http404):
        serve_stored_file("pkg/a", path)
