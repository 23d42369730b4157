"""A learner sees the course in their language, with the original as fallback."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import ActivityProgress, Enrollment, LessonPage

from .helpers import lessons_of

pytestmark = pytest.mark.django_db


def _bs_url(page):
    """The URL of an original page shown with the Bosnian interface."""
    return "/bs" + page.url[len("/en") :]


def test_translated_lesson_is_shown_in_the_learners_language(
    trainee_client, course, bs_course, enrollment
):
    bs_lesson = lessons_of(bs_course)[0]
    assert bs_lesson.url.startswith("/bs/")

    response = trainee_client.get(bs_lesson.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Lekcija 1.1" in html
    assert "Osnovni kurs" in html
    assert "translation-fallback" not in html


def test_untranslated_lesson_falls_back_to_the_original_with_a_notice(
    trainee_client, course, bs_course, enrollment
):
    untranslated = lessons_of(course)[2]  # Lesson 2.1: module 2 has no bs lessons
    assert untranslated.get_translation_or_none(bs_course.locale) is None

    response = trainee_client.get(_bs_url(untranslated))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Lesson 2.1" in html
    assert 'class="message info translation-fallback"' in html
    assert 'lang="bs"' in html  # the interface stays in Bosnian


def test_translated_course_outline_lists_untranslated_lessons_too(
    trainee_client, course, bs_course, enrollment
):
    html = trainee_client.get(bs_course.url).content.decode()

    assert "Lekcija 1.1" in html
    assert "Lekcija 1.2" in html
    # The second module's lessons are not translated: listed in the original,
    # linked under the Bosnian prefix.
    assert "Lesson 2.1" in html
    assert _bs_url(lessons_of(course)[2]) in html


def test_course_not_translated_at_all_is_served_in_the_original(
    trainee_client, course, enrollment
):
    from .helpers import translate

    translate(course.get_parent(), "sq")  # the catalogue exists in Albanian
    response = trainee_client.get("/sq" + course.url[len("/en") :])

    assert response.status_code == 200
    assert "translation-fallback" in response.content.decode()


def test_completing_the_bosnian_lesson_completes_it_for_the_course(
    trainee_client, course, bs_course, enrollment
):
    bs_lesson = lessons_of(bs_course)[0]
    original = lessons_of(course)[0]

    response = trainee_client.post(
        reverse("courses:lesson_complete", args=[bs_lesson.pk])
    )

    assert response.status_code == 302
    progress = ActivityProgress.objects.get(enrollment=enrollment, activity_key="")
    assert progress.page_id == original.pk
    assert progress.is_completed
    enrollment.refresh_from_db()
    assert enrollment.progress_percent == 25
    # The original-language course shows the same progress.
    html = trainee_client.get(course.url).content.decode()
    assert "25" in html


def test_switching_language_keeps_progress(
    trainee_client, course, bs_course, enrollment
):
    first, second = lessons_of(course)[:2]
    trainee_client.post(reverse("courses:lesson_complete", args=[first.pk]))

    response = trainee_client.get(lessons_of(bs_course)[1].url)

    assert response.status_code == 200
    # The Bosnian outline counts the lesson completed in English.
    assert response.context["outline"].items[0].is_completed
    assert response.context["outline"].next_item.page.translation_key == (
        second.translation_key
    )
    assert Enrollment.objects.filter(member=enrollment.member).count() == 1


def test_language_switcher_keeps_the_learner_on_the_same_lesson(
    trainee_client, course, bs_course, enrollment
):
    original = lessons_of(course)[0]
    bs_lesson = lessons_of(bs_course)[0]
    bs_lesson.slug = "lekcija-1-1"  # a translated slug
    bs_lesson.save_revision().publish()
    bs_lesson.refresh_from_db()

    to_bs = trainee_client.post(
        reverse("set_language"), {"language": "bs", "next": original.url}
    )
    assert to_bs.status_code == 302
    assert to_bs["Location"] == bs_lesson.url
    assert "Lekcija 1.1" in trainee_client.get(to_bs["Location"]).content.decode()

    back = trainee_client.post(
        reverse("set_language"), {"language": "en", "next": bs_lesson.url}
    )
    assert back["Location"] == original.url


def test_language_switcher_on_an_untranslated_lesson_stays_on_it(
    trainee_client, course, bs_course, enrollment
):
    untranslated = lessons_of(course)[2]

    response = trainee_client.post(
        reverse("set_language"), {"language": "bs", "next": untranslated.url}
    )

    assert response["Location"] == _bs_url(untranslated)
    assert trainee_client.get(response["Location"]).status_code == 200


def test_language_switcher_ignores_foreign_next_urls(trainee_client, bs_course):
    response = trainee_client.post(
        reverse("set_language"), {"language": "bs", "next": "https://evil.example/"}
    )

    assert "evil.example" not in response["Location"]


def test_unknown_page_in_another_language_is_still_404(trainee_client, bs_course):
    assert trainee_client.get("/bs/courses/no-such-course/").status_code == 404


def test_lesson_in_another_language_is_not_open_to_unenrolled_learners(
    trainee_client, course, bs_course
):
    response = trainee_client.get(lessons_of(bs_course)[0].url)

    assert response.status_code == 302
    assert LessonPage.objects.filter(pk=lessons_of(bs_course)[0].pk).exists()


def test_language_switcher_from_a_translation_to_an_untranslated_language(
    trainee_client, course, bs_course, enrollment
):
    bs_lesson = lessons_of(bs_course)[0]

    response = trainee_client.post(
        reverse("set_language"), {"language": "sq", "next": bs_lesson.url}
    )

    assert response["Location"] == "/sq" + lessons_of(course)[0].url[len("/en") :]
    page = trainee_client.get(response["Location"])
    assert page.status_code == 200
    assert "translation-fallback" in page.content.decode()


def test_dashboard_shows_the_course_in_the_learners_language(
    trainee_client, course, bs_course, enrollment
):
    with translation.override("bs"):
        url = reverse("home:dashboard")

    html = trainee_client.get(url).content.decode()

    assert "Osnovni kurs" in html
    assert lessons_of(bs_course)[0].url in html  # "Continue" opens the bs lesson


def test_translated_course_page_queries_do_not_grow_with_lessons(
    trainee_client, course, bs_course, enrollment, count_queries
):
    from tests.courses.factories import add_page, text_body

    trainee_client.get(bs_course.url)
    few = count_queries(lambda: trainee_client.get(bs_course.url))
    module = course.get_children().live().first()
    for n in range(3, 8):
        add_page(
            module,
            LessonPage(title=f"Extra {n}", slug=f"extra-{n}", body=text_body()),
        )
    many = count_queries(lambda: trainee_client.get(bs_course.url))

    assert many == few
    assert few <= 25
