"""Writes for members, their accounts, team memberships and invitations."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .invitations import make_invitation_token, user_for_invitation_token
from .models import Country, Member, Organisation, Sector, Team, TeamMembership
from .roles import TRAINEES

User = get_user_model()


def _unique_username(email: str) -> str:
    base = slugify(email.split("@")[0]).replace("-", ".")[:140] or "member"
    username, n = base, 1
    while User.objects.filter(username__iexact=username).exists():
        n += 1
        username = f"{base}{n}"
    return username


@transaction.atomic
def create_member(
    *,
    first_name: str,
    last_name: str,
    email: str,
    country: Country,
    sector: Sector,
    organisation: Organisation | None = None,
    team: Team | None = None,
    role: str = TeamMembership.Role.MEMBER,
    preferred_language: str = "en",
    job_title: str = "",
    username: str | None = None,
    actor=None,
) -> Member:
    """Create a trainee's account (without a usable password), member and team."""
    member = Member(
        country=country,
        sector=sector,
        organisation=organisation,
        preferred_language=preferred_language,
        job_title=job_title,
    )
    save_member(
        member=member,
        first_name=first_name,
        last_name=last_name,
        email=email,
        username=username,
        actor=actor,
    )
    if team is not None:
        membership = TeamMembership(member=member, team=team, role=role)
        membership.full_clean()
        membership.save()
    return member


@transaction.atomic
def save_member(
    *,
    member: Member,
    first_name: str,
    last_name: str,
    email: str,
    username: str | None = None,
    actor=None,
) -> Member:
    """Create or update a member and its user account (a new one gets no password).

    Team memberships attached to an unsaved member (as the admin form does) are
    saved with it.
    """
    email = email.strip()
    is_new = member.pk is None
    user = (
        member.user
        if not is_new
        else User(username=username or _unique_username(email))
    )
    clash = User.objects.filter(email__iexact=email).exclude(pk=user.pk)
    if clash.exists():
        raise ValidationError(
            _("A person with the e-mail address %(email)s already exists.")
            % {"email": email}
        )
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.email = email
    if is_new:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    if is_new:
        user.groups.add(Group.objects.get_or_create(name=TRAINEES)[0])
        member.user = user
    member.full_clean()
    member.save()
    if actor is not None:
        action = "wagtail.create" if is_new else "wagtail.edit"
        log(instance=member, action=action, user=actor)
    return member


def update_member_preferences(*, member: Member, preferred_language: str) -> Member:
    """Save the language a member reads the platform in."""
    member.preferred_language = preferred_language
    member.full_clean()
    member.save(update_fields=["preferred_language"])
    return member


def send_invitation(*, user, actor=None) -> None:
    """E-mail the user a single-use link to set their password."""
    language = getattr(getattr(user, "member", None), "preferred_language", "en")
    with translation.override(language):
        link = settings.SITE_ORIGIN + reverse(
            "onboarding:invitation_accept", args=[make_invitation_token(user)]
        )
        context = {
            "user": user,
            "link": link,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "days": settings.INVITATION_TIMEOUT // 86400,
        }
        subject = render_to_string("teams/email/invitation_subject.txt", context)
        body = render_to_string("teams/email/invitation.txt", context)
    send_mail(
        re.sub(r"\s+", " ", subject).strip(),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )
    if actor is not None and hasattr(user, "member"):
        log(instance=user.member, action="teams.invite", user=actor)


@transaction.atomic
def accept_invitation(*, token: str, password: str):
    """Set the invited user's first password; the link cannot be used again."""
    user = user_for_invitation_token(token)
    user.set_password(password)
    user.save(update_fields=["password"])
    return user
