"""Invitation links: signed, expiring, and single use.

The token carries a fingerprint of the password hash and last login, so it stops
working as soon as the invited person sets a password or signs in.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

SALT = "teams.invitation"


def _fingerprint(user) -> str:
    value = f"{user.pk}|{user.password}|{user.last_login}"
    return salted_hmac(SALT, value).hexdigest()[:24]


def make_invitation_token(user) -> str:
    """Return a token that lets this user set their first password."""
    return signing.dumps({"u": user.pk, "f": _fingerprint(user)}, salt=SALT)


def user_for_invitation_token(token: str):
    """Return the invited user, or raise ValidationError saying why the link fails."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.INVITATION_TIMEOUT)
    except signing.SignatureExpired as err:
        raise ValidationError(
            _("This invitation link has expired. Ask your coordinator for a new one."),
            code="expired",
        ) from err
    except signing.BadSignature as err:
        raise ValidationError(
            _("This invitation link is not valid. Check that you copied all of it."),
            code="invalid",
        ) from err
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise ValidationError(
            _("This invitation link is not valid. Check that you copied all of it."),
            code="invalid",
        )
    if not constant_time_compare(str(data.get("f")), _fingerprint(user)):
        raise ValidationError(
            _(
                "This invitation link has already been used. Sign in, or reset your "
                "password if you have forgotten it."
            ),
            code="used",
        )
    return user
