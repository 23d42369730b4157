import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt
from assessments.statistics import item_statistics
from courses.models import ActivityProgress
from tests.assessments.factories import build_quiz, essay, option_id, single_choice
from tests.courses.factories import EnrollmentFactory
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


class Data(dict):
    def getlist(self, key):
        value = self.get(key)
        return [] if value is None else [value]


def take(member, quiz, rights):
    """Submit an attempt answering each fixed question right (1) or wrong (0)."""
    attempt = services.start_attempt(member=member, quiz=quiz)
    data = Data()
    for response in attempt.responses.select_related("question"):
        right = rights[response.slot - 1]
        pk = option_id(response.question, "Right" if right else "Wrong")
        data[f"q{response.slot}"] = str(response.option_order.index(pk) + 1)
    attempt, _ = services.submit_attempt(attempt=attempt, data=data)
    return attempt


def learners(course, team, count):
    members = [TeamMembershipFactory(team=team).member for _ in range(count)]
    for member in members:
        EnrollmentFactory(member=member, course=course)
    return members


def test_item_statistics_match_a_hand_computed_example(course, module, team):
    questions = [single_choice(name=f"Q{i}") for i in (1, 2, 3)]
    quiz = build_quiz(module, questions=questions)
    rows = [(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 1, 0), (0, 0, 0)]
    for member, rights in zip(learners(course, team, 5), rows, strict=True):
        take(member, quiz, rights)

    stats = {
        item.name: item for item in item_statistics(Attempt.objects.filter(quiz=quiz))
    }

    # Q1 scores 1,1,1,0,0; the rest of each attempt 2,1,0,1,0:
    # cov = 0.12, var = 0.24 and 0.56, r = 0.12 / sqrt(0.1344) = 0.3273.
    assert stats["Q1"].attempts == 5
    assert round(stats["Q1"].facility, 2) == 60.00
    assert round(stats["Q1"].discrimination, 2) == 32.73
    # Sample standard deviation of 1,1,1,0,0: sqrt(1.2 / 4) = 0.5477.
    assert round(stats["Q1"].sd, 2) == 54.77
    assert round(stats["Q3"].facility, 2) == 20.00
    chosen = {o.text: o.count for o in stats["Q1"].options}
    assert chosen == {"Right": 3, "Wrong": 2, "Also wrong": 0}


def test_statistics_page_queries_do_not_grow_with_attempts(
    trainer_client, course, module, team, count_queries
):
    quiz = build_quiz(module, questions=[single_choice(), single_choice()])
    url = reverse("assessments_admin:quiz_statistics", args=[quiz.pk])
    members = learners(course, team, 6)
    take(members[0], quiz, (1, 0))
    few = count_queries(lambda: trainer_client.get(url))
    for member in members[1:]:
        take(member, quiz, (0, 1))
    many = count_queries(lambda: trainer_client.get(url))
    assert many == few
    assert few <= 20


def test_results_page_queries_do_not_grow_and_export_csv(
    trainer_client, course, module, team, count_queries
):
    quiz = build_quiz(module, questions=[single_choice()])
    url = reverse("assessments_admin:quiz_results", args=[quiz.pk])
    members = learners(course, team, 6)
    take(members[0], quiz, (1,))
    few = count_queries(lambda: trainer_client.get(url))
    for member in members[1:]:
        take(member, quiz, (0,))
    many = count_queries(lambda: trainer_client.get(url))
    assert many == few
    assert few <= 20

    response = trainer_client.get(url, {"export": "csv", "team": team.pk})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Member", "Country"]
    assert len(rows) == 7
    assert sorted(row[7] for row in rows[1:]) == ["0.00"] * 5 + ["100.00"]


def test_results_are_scoped_for_coordinators(
    coordinator_client, other_coordinator_client, course, module, team
):
    quiz = build_quiz(module, questions=[single_choice()])
    (member,) = learners(course, team, 1)
    attempt = take(member, quiz, (1,))
    results = reverse("assessments_admin:quiz_results", args=[quiz.pk])
    detail = reverse("assessments_admin:attempt", args=[attempt.pk])

    assert str(member) in coordinator_client.get(results).content.decode()
    assert coordinator_client.get(detail).status_code == 200
    assert str(member) not in other_coordinator_client.get(results).content.decode()
    assert other_coordinator_client.get(detail).status_code == 404


def test_trainee_cannot_open_staff_reports(trainee_client, quiz):
    url = reverse("assessments_admin:quiz_results", args=[quiz.pk])
    assert trainee_client.get(url).status_code in (302, 403)


def test_trainer_grades_an_essay_and_the_result_is_recorded(
    trainer_client, coordinator_client, course, module, team
):
    question = essay()
    quiz = build_quiz(module, questions=[question, single_choice()])
    (member,) = learners(course, team, 1)
    attempt = services.start_attempt(member=member, quiz=quiz)
    essay_slot = attempt.responses.get(question=question).slot
    data = Data({f"q{essay_slot}": "Listen, explain, refer."})
    attempt, _ = services.submit_attempt(attempt=attempt, data=data)
    queue = trainer_client.get(reverse("assessments_admin:grading_queue"))
    assert str(member) in queue.content.decode()
    response = attempt.responses.get(question=question)
    grade_url = reverse("assessments_admin:grade", args=[attempt.pk, response.pk])

    denied = coordinator_client.post(grade_url, {"mark": "1"})
    assert denied.status_code in (302, 403)
    assert attempt.responses.get(question=question).needs_grading
    too_high = trainer_client.post(grade_url, {"mark": "5"}, follow=True)
    assert "Give a mark between 0 and 1.00." in too_high.content.decode()
    trainer_client.post(grade_url, {"mark": "1", "comment": "Well put."})

    attempt.refresh_from_db()
    assert (attempt.state, attempt.percent, attempt.passed) == ("graded", 50, False)
    progress = ActivityProgress.objects.get(page=quiz)
    assert progress.score == 50
    assert progress.success is False


def test_regrade_after_correcting_a_question(trainer_client, course, module, team):
    question = single_choice()
    quiz = build_quiz(module, questions=[question], pass_mark=50)
    (member,) = learners(course, team, 1)
    attempt = take(member, quiz, (0,))
    assert attempt.percent == 0
    # The key was wrong: "Wrong" was in fact the right answer.
    question.options.filter(text="Wrong").update(is_correct=True)
    question.options.filter(text="Right").update(is_correct=False)

    trainer_client.post(
        reverse("assessments_admin:regrade", args=[quiz.pk, question.pk])
    )

    attempt.refresh_from_db()
    assert attempt.percent == 100
    assert attempt.passed is True
    assert ActivityProgress.objects.get(page=quiz).is_completed


def test_edited_question_keeps_the_old_version_for_old_attempts(course, module, team):
    question = single_choice(text="<p>Old wording</p>")
    quiz = build_quiz(module, questions=[question])
    first, second = learners(course, team, 2)
    old = take(first, quiz, (1,))
    question.text = "<p>New wording</p>"
    question.save()
    new = services.start_attempt(member=second, quiz=quiz)

    old_version = old.responses.get().version
    new_version = new.responses.get().version
    assert old_version.snapshot["text"] == "<p>Old wording</p>"
    assert new_version.snapshot["text"] == "<p>New wording</p>"
    assert (old_version.number, new_version.number) == (1, 2)


def test_knowledge_gain_per_team(
    trainer_client, other_coordinator_client, course, module, team, other_team
):
    post = build_quiz(module, questions=[single_choice(), single_choice()])
    pre = build_quiz(
        module, questions=[single_choice(), single_choice()], pre_test_of=post
    )
    a, b = learners(course, team, 2)
    (c,) = learners(course, other_team, 1)
    take(a, pre, (0, 0))
    take(a, post, (1, 1))
    take(b, pre, (1, 0))
    take(b, post, (1, 0))
    take(c, pre, (1, 0))

    response = trainer_client.get(
        reverse("assessments_admin:knowledge_gain", args=[course.pk]),
        {"group_by": "team"},
    )

    ((quiz, rows),) = response.context["tables"]
    assert quiz.pk == post.pk
    by_label = {row.label: row for row in rows}
    sarajevo = by_label[team.name]
    assert (sarajevo.pre_count, sarajevo.pre_mean) == (2, Decimal("25.0"))
    assert (sarajevo.post_count, sarajevo.post_mean) == (2, Decimal("75.0"))
    assert (sarajevo.paired_count, sarajevo.gain) == (2, Decimal("50.0"))
    assert by_label[other_team.name].post_count == 0
    assert by_label[None].pre_count == 3

    outside = other_coordinator_client.get(
        reverse("assessments_admin:knowledge_gain", args=[course.pk]),
        {"group_by": "team"},
    )
    ((_quiz, rows),) = outside.context["tables"]
    assert [row.label for row in rows] == [other_team.name, None]
    assert rows[-1].pre_count == 1


def test_item_statistics_count_only_attempts_in_scope(
    coordinator_client, other_coordinator_client, course, module, team
):
    quiz = build_quiz(module, questions=[single_choice(name="Scoped")])
    for member in learners(course, team, 2):
        take(member, quiz, (1,))
    url = reverse("assessments_admin:quiz_statistics", args=[quiz.pk])

    (inside,) = coordinator_client.get(url).context["items"]
    assert inside.attempts == 2
    assert other_coordinator_client.get(url).context["items"] == []


def test_staff_cannot_open_an_attempt_still_in_progress(
    trainer_client, course, module, team
):
    quiz = build_quiz(module, questions=[single_choice()])
    (member,) = learners(course, team, 1)
    attempt = services.start_attempt(member=member, quiz=quiz)
    url = reverse("assessments_admin:attempt", args=[attempt.pk])
    assert trainer_client.get(url).status_code == 404
