import pytest
from playwright.sync_api import expect

from assessments.models import Attempt
from courses.models import ModulePage
from tests.assessments.factories import build_quiz, make_question, single_choice
from tests.browser.test_trainee_journey import _session_for
from tests.courses.factories import EnrollmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainee_takes_a_quiz_on_a_phone_reloads_and_submits(
    phone_page, live_server, course, trainee_member
):
    EnrollmentFactory(member=trainee_member, course=course)
    module = ModulePage.objects.child_of(course).first()
    questions = [
        single_choice(text="<p>First question</p>"),
        make_question(
            "multiple",
            text="<p>Second question</p>",
            options=[
                {"text": "Passport kept", "is_correct": True},
                {"text": "Wages withheld", "is_correct": True},
                {"text": "Paid on time", "feedback": "Not an indicator."},
            ],
        ),
        make_question(
            "short",
            text="<p>Third question</p>",
            options=[{"text": "Đakovica", "is_correct": True}],
        ),
        single_choice(text="<p>Fourth question</p>"),
    ]
    quiz = build_quiz(module, questions=questions, title="Indicators quiz")
    page = phone_page
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": _session_for(trainee_member.user),
                "url": live_server.url,
            }
        ]
    )

    page.goto(quiz.url)
    page.get_by_role("button", name="Start the quiz").click()
    first = page.locator("#question-1")
    first.get_by_label("Right", exact=True).check()
    expect(first).to_have_attribute("data-saved", "")
    second = page.locator("#question-2")
    second.get_by_label("Passport kept").check()
    second.get_by_label("Paid on time").check()
    expect(second).to_have_attribute("data-saved", "")

    page.reload()
    expect(
        page.locator("#question-1").get_by_label("Right", exact=True)
    ).to_be_checked()
    expect(page.locator("#question-2").get_by_label("Passport kept")).to_be_checked()
    expect(page.locator("#question-2").get_by_label("Paid on time")).to_be_checked()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("#question-3").get_by_label("Your answer").fill("djakovica")
    page.locator("#question-4").get_by_label("Wrong", exact=True).check()
    page.get_by_role("button", name="Submit all and finish").click()

    # 1 + 0 (a wrong pick cancels the right one) + 1 + 0 of 4.
    expect(page.get_by_text("Your score: 50%")).to_be_visible()
    expect(page.get_by_text("Not an indicator.")).to_be_visible()
    expect(page.get_by_text("Yes, right.")).to_be_visible()
    assert Attempt.objects.get(quiz=quiz).percent == 50
