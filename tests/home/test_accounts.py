import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_sign_in_continues_in_the_members_language(client, trainee, trainee_member):
    trainee_member.preferred_language = "sq"
    trainee_member.save()

    response = client.post(
        reverse("home:login"), {"username": "trainee", "password": "secret-pass-123"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/sq/my-training/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sq"


def test_sign_in_with_e_mail_address(client, trainee):
    response = client.post(
        reverse("home:login"),
        {"username": trainee.email, "password": "secret-pass-123"},
    )
    assert response.status_code == 302


def test_wrong_password_says_so(client, trainee):
    response = client.post(
        reverse("home:login"), {"username": "trainee", "password": "x"}
    )
    assert "Your username and password did not match." in response.content.decode()


def test_profile_saves_the_preferred_language(trainee_client, trainee_member):
    response = trainee_client.post(
        reverse("home:profile"), {"preferred_language": "bs"}
    )
    trainee_member.refresh_from_db()
    assert trainee_member.preferred_language == "bs"
    assert response["Location"] == "/bs/profile/"


def test_profile_rejects_an_unknown_language(trainee_client, trainee_member):
    response = trainee_client.post(
        reverse("home:profile"), {"preferred_language": "xx"}
    )
    assert response.status_code == 200
    trainee_member.refresh_from_db()
    assert trainee_member.preferred_language == "en"


def test_password_reset_sends_a_link_that_works(client, trainee):
    client.post(reverse("home:password_reset"), {"email": trainee.email})
    assert len(mail.outbox) == 1
    path = mail.outbox[0].body.split("127.0.0.1:8000", 1)[1].split()[0]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.content.decode()


def test_language_switcher_keeps_the_page(client):
    response = client.post(
        reverse("set_language"), {"language": "mk", "next": "/en/sign-in/"}
    )
    assert response["Location"] == "/mk/sign-in/"


def test_kosovo_is_shown_with_its_footnote(client, other_member):
    client.force_login(other_member.user)
    text = client.get(reverse("home:profile")).content.decode()
    assert 'Kosovo<a href="#status-footnote"' in text
    assert "in line with UNSCR 1244/1999 and the ICJ Opinion" in text


def test_lms_pages_are_not_served_on_the_content_origin(settings, trainee_client):
    settings.CONTENT_ORIGIN = "http://content.example"
    settings.ALLOWED_HOSTS = ["127.0.0.1", "content.example"]
    response = trainee_client.get(
        reverse("home:dashboard"), HTTP_HOST="content.example"
    )
    assert response.status_code == 404


def test_missing_admin_url_is_a_404_not_a_language_redirect(admin_client):
    assert admin_client.get("/admin/no-such-thing/").status_code == 404
