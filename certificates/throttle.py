"""Per-client limits on the public verification page, counted in the cache."""

from django.conf import settings
from django.core.cache import cache


def is_rate_limited(request, *, scope: str) -> bool:
    """Count this request and return whether the client has made too many.

    The client is its address as the server sees it; behind a reverse proxy, the
    proxy must pass the real address in REMOTE_ADDR.
    """
    address = request.META.get("REMOTE_ADDR", "unknown")
    key = f"certificates:rate:{scope}:{address}"
    window = settings.CERTIFICATE_VERIFY_WINDOW
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)
            count = 1
    return count > settings.CERTIFICATE_VERIFY_RATE
