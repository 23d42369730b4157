import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, Response
from courses.models import ActivityProgress
from tests.assessments.factories import build_quiz, essay, option_key, single_choice
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


def start(client, quiz):
    response = client.post(reverse("assessments:attempt_start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(quiz=quiz, state=Attempt.State.IN_PROGRESS)


def slot_of(attempt, question):
    return attempt.responses.get(question=question).slot


def answers(attempt, questions, right=()):
    """Form data answering each question, right for those in `right`."""
    data = {}
    for question in questions:
        text = "Right" if question in right else "Wrong"
        data[f"q{slot_of(attempt, question)}"] = option_key(attempt, question, text)
    return data


def autosave_url(attempt, slot):
    return reverse("assessments_api:answer_save", args=[attempt.pk, slot])


def test_learner_takes_passes_and_completes_the_quiz(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    page = trainee_client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert page.status_code == 200
    assert page.content.decode().count('class="card question') == 4

    response = trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]),
        answers(attempt, questions, right=questions[:3]),
        follow=True,
    )

    assert "Your score: 75%" in response.content.decode()
    assert "You passed this quiz." in response.content.decode()
    attempt.refresh_from_db()
    assert (attempt.state, attempt.percent, attempt.passed) == ("graded", 75, True)
    progress = ActivityProgress.objects.get(enrollment=enrollment, page=quiz)
    assert progress.is_completed
    assert progress.success is True
    assert progress.score == 75


def test_failed_attempt_records_the_score_without_completing(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]),
        answers(attempt, questions, right=questions[:1]),
    )
    progress = ActivityProgress.objects.get(enrollment=enrollment, page=quiz)
    assert not progress.is_completed
    assert progress.success is False
    assert progress.score == 25


def test_autosaved_answers_are_kept_when_the_page_reloads(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    slot = slot_of(attempt, questions[0])
    chosen = option_key(attempt, questions[0], "Wrong")

    saved = trainee_client.post(autosave_url(attempt, slot), {f"q{slot}": chosen})

    assert saved.json() == {"saved": True, "slot": slot}
    page = trainee_client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert f'value="{chosen}" checked' in page.content.decode()


def test_open_attempt_html_holds_no_key_or_feedback(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    slot = slot_of(attempt, questions[0])
    trainee_client.post(autosave_url(attempt, slot), {f"q{slot}": "1"})
    page = trainee_client.get(reverse("assessments:attempt", args=[attempt.pk]))
    html = page.content.decode()
    for text in ("Yes, right.", "No, wrong.", "correct", "feedback"):
        assert text.lower() not in html.lower().replace("review-option", "")
    saved = trainee_client.post(
        autosave_url(attempt, slot),
        {f"q{slot}": option_key(attempt, questions[0], "Right")},
    )
    assert set(saved.json()) == {"saved", "slot"}


def test_autosave_refuses_an_option_not_shown(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    slot = slot_of(attempt, questions[0])
    response = trainee_client.post(autosave_url(attempt, slot), {f"q{slot}": "99"})
    assert response.status_code == 409
    assert response.json()["error"] == "That answer does not belong to this question."
    assert Response.objects.get(attempt=attempt, slot=slot).answer is None


def test_open_attempt_shows_option_keys_not_database_ids(
    trainee_client, quiz, questions, enrollment
):
    quiz.shuffle_options = True
    quiz.save()
    attempt = start(trainee_client, quiz)
    html = trainee_client.get(
        reverse("assessments:attempt", args=[attempt.pk])
    ).content.decode()
    slot = slot_of(attempt, questions[0])
    values = set(re.findall(rf'name="q{slot}" value="(\d+)"', html))
    assert values == {"1", "2", "3"}
    ids = {str(pk) for pk in questions[0].options.values_list("pk", flat=True)}
    assert not (ids - {"1", "2", "3"}) & values


def test_double_submit_grades_once(trainee_client, quiz, questions, enrollment):
    attempt = start(trainee_client, quiz)
    url = reverse("assessments:attempt_submit", args=[attempt.pk])
    trainee_client.post(url, answers(attempt, questions, right=questions))
    replay = trainee_client.post(url, answers(attempt, questions), follow=True)

    assert "This attempt was already submitted; nothing changed." in (
        replay.content.decode()
    )
    assert Attempt.objects.filter(quiz=quiz).count() == 1
    attempt.refresh_from_db()
    assert attempt.percent == 100
    assert ActivityProgress.objects.get(enrollment=enrollment, page=quiz).attempts == 1


def test_starting_twice_resumes_the_open_attempt(trainee_client, quiz, enrollment):
    first = start(trainee_client, quiz)
    second = start(trainee_client, quiz)
    assert first.pk == second.pk
    assert Attempt.objects.filter(quiz=quiz).count() == 1


def test_answers_after_the_time_limit_are_not_counted(
    trainee_member, quiz, questions, enrollment
):
    quiz.time_limit_minutes = 10
    quiz.save()
    started = timezone.now() - datetime.timedelta(minutes=20)
    attempt = services.start_attempt(member=trainee_member, quiz=quiz, now=started)
    response = attempt.responses.select_related("attempt", "version").get(slot=1)
    from django.http import QueryDict

    right = QueryDict(mutable=True)
    right[f"q{response.slot}"] = str(option_key(attempt, response.question, "Right"))
    with pytest.raises(services.ValidationError) as err:
        services.save_answer(response=response, data=right)
    assert err.value.messages == [
        "Time is up for this attempt, so this answer was not saved."
    ]

    attempt, submitted = services.submit_attempt(attempt=attempt, data=right)

    assert submitted
    assert attempt.percent == 0


def test_answers_within_the_grace_period_count(trainee_member, quiz, enrollment):
    quiz.time_limit_minutes = 10
    quiz.save()
    started = timezone.now() - datetime.timedelta(minutes=10, seconds=10)
    attempt = services.start_attempt(member=trainee_member, quiz=quiz, now=started)
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for response in attempt.responses.all():
        data[f"q{response.slot}"] = str(option_key(attempt, response.question, "Right"))
    attempt, _submitted = services.submit_attempt(attempt=attempt, data=data)
    assert attempt.percent == 100


def test_attempts_limit_refuses_another_attempt(trainee_client, quiz, enrollment):
    quiz.attempts_allowed = 1
    quiz.save()
    attempt = start(trainee_client, quiz)
    trainee_client.post(reverse("assessments:attempt_submit", args=[attempt.pk]))

    response = trainee_client.post(
        reverse("assessments:attempt_start", args=[quiz.pk]), follow=True
    )

    assert "You have used all 1 attempts allowed for this quiz." in (
        response.content.decode()
    )
    assert Attempt.objects.filter(quiz=quiz).count() == 1


def test_delay_between_attempts_is_enforced(trainee_member, quiz, enrollment):
    quiz.minutes_between_attempts = 60
    quiz.save()
    attempt = services.start_attempt(member=trainee_member, quiz=quiz)
    services.submit_attempt(attempt=attempt)
    with pytest.raises(services.ValidationError) as err:
        services.start_attempt(member=trainee_member, quiz=quiz)
    assert err.value.messages[0].startswith("You can start your next attempt after")
    later = timezone.now() + datetime.timedelta(minutes=61)
    assert (
        services.start_attempt(member=trainee_member, quiz=quiz, now=later).number == 2
    )


def test_learner_not_enrolled_cannot_start(trainee_client, quiz):
    response = trainee_client.post(
        reverse("assessments:attempt_start", args=[quiz.pk]), follow=True
    )
    assert not Attempt.objects.exists()
    assert "Enrol in this course" in response.content.decode()


def test_closed_quiz_refuses_a_new_attempt(trainee_member, quiz, enrollment):
    quiz.closes_at = timezone.now() - datetime.timedelta(days=1)
    quiz.save()
    with pytest.raises(services.ValidationError) as err:
        services.start_attempt(member=trainee_member, quiz=quiz)
    assert err.value.messages == [
        "This quiz is closed, so no more answers are accepted."
    ]


def test_another_trainee_cannot_see_or_change_an_attempt(
    trainee_client, quiz, questions, enrollment, team, client
):
    attempt = start(trainee_client, quiz)
    other = TeamMembershipFactory(team=team).member
    client.force_login(other.user)
    slot = slot_of(attempt, questions[0])

    assert (
        client.get(reverse("assessments:attempt", args=[attempt.pk])).status_code == 404
    )
    assert (
        client.post(autosave_url(attempt, slot), {f"q{slot}": "1"}).status_code == 404
    )
    submit = client.post(reverse("assessments:attempt_submit", args=[attempt.pk]))
    assert submit.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_autosave_requires_the_csrf_token(trainee, quiz, questions, enrollment):
    from django.test import Client

    from tests.conftest import LMS_HOST

    client = Client(HTTP_HOST=LMS_HOST, enforce_csrf_checks=True)
    client.force_login(trainee)
    attempt = services.start_attempt(member=trainee.member, quiz=quiz)
    response = client.post(autosave_url(attempt, 1), {"q1": "1"})
    assert response.status_code == 403
    assert Response.objects.get(attempt=attempt, slot=1).answer is None


def test_essay_attempt_waits_for_a_trainer(trainee_client, module, enrollment):
    question = essay(text="<p>Describe your first contact.</p>")
    quiz = build_quiz(module, questions=[question, single_choice()])
    attempt = start(trainee_client, quiz)
    data = {f"q{slot_of(attempt, question)}": "I would listen first."}

    response = trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]), data, follow=True
    )

    assert "A trainer will grade your written answers" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.NEEDS_GRADING
    assert not ActivityProgress.objects.filter(page=quiz).exists()


def test_result_respects_review_options(trainee_client, quiz, questions, enrollment):
    quiz.review_correct = False
    quiz.save()
    attempt = start(trainee_client, quiz)
    response = trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]),
        answers(attempt, questions),
        follow=True,
    )
    html = response.content.decode()
    assert "No, wrong." in html
    assert "review-option--correct" not in html

    quiz.review_when = quiz.ReviewWhen.NEVER
    quiz.save()
    html = trainee_client.get(
        reverse("assessments:attempt_result", args=[attempt.pk])
    ).content.decode()
    assert "No, wrong." not in html
    assert "The answers to this quiz are not shown at this time." in html


def test_review_after_close_waits_for_the_close_date(
    trainee_client, quiz, questions, enrollment
):
    quiz.review_when = quiz.ReviewWhen.AFTER_CLOSE
    quiz.closes_at = timezone.now() + datetime.timedelta(days=1)
    quiz.save()
    attempt = start(trainee_client, quiz)
    html = trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]),
        answers(attempt, questions),
        follow=True,
    ).content.decode()
    assert "No, wrong." not in html
    quiz.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    quiz.save()
    html = trainee_client.get(
        reverse("assessments:attempt_result", args=[attempt.pk])
    ).content.decode()
    assert "No, wrong." in html


def test_quiz_page_lists_attempts_and_grade(
    trainee_client, quiz, questions, enrollment
):
    attempt = start(trainee_client, quiz)
    trainee_client.post(
        reverse("assessments:attempt_submit", args=[attempt.pk]),
        answers(attempt, questions, right=questions[:2]),
    )
    html = trainee_client.get(quiz.url).content.decode()
    assert "Attempt 1" in html
    assert "50%" in html
    assert re.search(r"Start a new attempt", html)
