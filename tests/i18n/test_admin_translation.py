"""Trainers translate courses in the admin and exchange PO files with translators."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses.models import CoursePage, LessonPage

from .helpers import locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def bosnian():
    return locale("bs")


def _submit(client, page, target):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [target.pk], "include_subtree": "on"},
    )


def test_trainer_translates_a_course_with_its_lessons(trainer_client, course, bosnian):
    form = trainer_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk])
    )
    assert form.status_code == 200

    response = _submit(trainer_client, course, bosnian)

    assert response.status_code == 302
    translated = CoursePage.objects.get(
        translation_key=course.translation_key, locale=bosnian
    )
    assert LessonPage.objects.descendant_of(translated).count() == 4
    # The translation opens in wagtail-localize's editor.
    editor = trainer_client.get(
        reverse("wagtailadmin_pages:edit", args=[translated.pk])
    )
    assert editor.status_code == 200
    assert b"pofile/download" in editor.content


def test_po_file_round_trip_publishes_the_translation(
    trainer_client, course, bosnian, django_capture_on_commit_callbacks
):
    _submit(trainer_client, course, bosnian)
    source = TranslationSource.objects.get(object_id=course.translation_key)
    translation = Translation.objects.get(source=source, target_locale=bosnian)

    download = trainer_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith("-bs.po")
    po = polib.pofile(download.content.decode())
    assert "Core course" in [entry.msgid for entry in po]

    # The external translator fills every string.
    for entry in po:
        entry.msgstr = {
            "Core course": "Osnovni kurs",
            "What every MIT member needs.": "Šta svaki član MIT-a treba znati.",
        }.get(entry.msgid, f"[bs] {entry.msgid}")
    upload = trainer_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile("course-bs.po", str(po).encode()),
            "next": "/admin/",
        },
    )
    assert upload.status_code == 302

    translated = CoursePage.objects.get(
        translation_key=course.translation_key, locale=bosnian
    )
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        publish = trainer_client.post(
            reverse("wagtailadmin_pages:edit", args=[translated.pk]),
            {"action": "publish"},
            follow=True,
        )
    assert publish.status_code == 200
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "Osnovni kurs"
    assert translated.summary == "Šta svaki član MIT-a treba znati."
    assert "Published" in str(list(publish.context["messages"]))


def test_po_file_of_another_translation_is_refused(trainer_client, course, bosnian):
    _submit(trainer_client, course, bosnian)
    _submit(trainer_client, course, locale("sq"))
    source = TranslationSource.objects.get(object_id=course.translation_key)
    to_bs = Translation.objects.get(source=source, target_locale=bosnian)
    to_sq = Translation.objects.get(source=source, target_locale__language_code="sq")
    sq_po = trainer_client.get(
        reverse("wagtail_localize:download_pofile", args=[to_sq.pk])
    ).content

    response = trainer_client.post(
        reverse("wagtail_localize:upload_pofile", args=[to_bs.pk]),
        {"file": SimpleUploadedFile("x.po", sq_po), "next": "/admin/"},
        follow=True,
    )

    assert "different translation" in response.content.decode()


def test_trainees_and_coordinators_cannot_submit_translations(
    trainee_client, coordinator_client, course, bosnian
):
    # The admin answers a refusal with a redirect (to sign in, or to its home).
    assert "/login/" in _submit(trainee_client, course, bosnian)["Location"]
    assert _submit(coordinator_client, course, bosnian)["Location"] == "/admin/"
    assert not CoursePage.objects.filter(locale=bosnian).exists()


def test_trainers_may_not_add_languages(trainer_client):
    response = trainer_client.post(
        reverse("wagtaillocales:add"), {"language_code": "hr"}
    )
    assert response.status_code in (302, 403)
    assert not Locale.objects.filter(language_code="hr").exists()
