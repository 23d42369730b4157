"""Signed tokens for one launch of an H5P activity.

The player token (content origin) names the package only: the player page and the
package files are served under it, and it carries nothing about the learner. The
activity token (LMS origin) binds the statement and state endpoints to one member,
lesson and block, so a learner can only write their own results.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.urls import reverse

from home.content import content_url, make_content_token, read_content_token

PLAYER_SALT = "h5p-player"
ACTIVITY_SALT = "h5p-activity"
CONTENT_URLCONF = "home.content_urls"


def player_url(package) -> str:
    token = make_content_token({"p": str(package.uuid)}, salt=PLAYER_SALT)
    return content_url(
        reverse("h5p_content:player", args=[token], urlconf=CONTENT_URLCONF)
    )


def read_player_token(token: str) -> str:
    data = read_content_token(
        token, salt=PLAYER_SALT, max_age=settings.H5P_LAUNCH_MAX_AGE
    )
    return data["p"]


def make_activity_token(*, member, page, activity_key: str, package) -> str:
    return signing.dumps(
        {"m": member.pk, "pg": page.pk, "k": activity_key, "p": str(package.uuid)},
        salt=ACTIVITY_SALT,
    )


def read_activity_token(token: str) -> dict:
    try:
        return signing.loads(
            token, salt=ACTIVITY_SALT, max_age=settings.H5P_LAUNCH_MAX_AGE
        )
    except signing.BadSignature as err:
        raise Http404("This activity link has expired or is not valid.") from err
