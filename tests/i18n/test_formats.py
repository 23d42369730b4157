"""Dates, numbers and hours on learner pages follow the language's conventions."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from .helpers import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed_course(course, enrollment):
    course.ce_hours = Decimal("1.5")
    course.save_revision().publish()
    enrollment.completed_at = timezone.make_aware(datetime.datetime(2026, 3, 5, 12))
    enrollment.progress_percent = 100
    enrollment.save()
    return course


@pytest.mark.parametrize(
    ("language", "date", "hours"),
    [
        ("en", "03/05/2026", "1.5"),
        ("bs", "5.03.2026.", "1,5"),
        ("mk", "5.03.2026", "1,5"),
        ("sr", "5.03.2026.", "1,5"),
    ],
)
def test_course_page_shows_dates_and_hours_in_the_locale_format(
    trainee_client, completed_course, language, date, hours
):
    page = completed_course
    if language != "en":
        page = translate(completed_course, language)

    html = trainee_client.get(page.url).content.decode()

    assert date in html
    assert hours in html


def test_dashboard_dates_follow_the_language(trainee_client, completed_course):
    with override("bs"):
        url = reverse("home:dashboard")
    html = trainee_client.get(url).content.decode()

    assert "5.03.2026." in html


def test_signing_in_continues_in_the_preferred_language(
    client, trainee_member, bs_course
):
    trainee_member.preferred_language = "bs"
    trainee_member.save()
    trainee_member.user.set_password("a long pass phrase")
    trainee_member.user.save()

    client.post(
        reverse("home:login"),
        {"username": trainee_member.user.username, "password": "a long pass phrase"},
    )
    response = client.get("/")

    assert response["Location"].startswith("/bs/")
