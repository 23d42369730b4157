import pytest
from playwright.sync_api import expect

from competency.models import CEActivity
from tests.competency.conftest import PDF_BYTES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, username, password):
    page.goto("/en/sign-in/")
    page.get_by_label("Username or e-mail").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_member_logs_an_activity_on_a_phone_and_the_coordinator_approves_it(
    phone_page, browser, live_server, trainee_member, coordinator
):
    for user in (trainee_member.user, coordinator):
        user.set_password("secret-pass-123")
        user.save()
    page = phone_page

    sign_in(page, "trainee", "secret-pass-123")
    page.goto("/en/competency/")
    expect(
        page.get_by_role("heading", name="My continuing education", level=1)
    ).to_be_visible()
    page.get_by_role("link", name="Log an activity").click()
    page.get_by_label("Kind").select_option(label="Field exercise")
    page.get_by_label("Title").fill("Outreach at the bus station")
    page.get_by_label("Date").fill("2026-01-15")
    page.get_by_label("Hours").fill("4.5")
    page.get_by_label("Evidence").set_input_files(
        {"name": "attendance.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    # The form fits the phone's width: nothing to scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Submit for approval").click()
    expect(page.get_by_text("It counts once it is approved.")).to_be_visible()
    card = page.locator(".ce-activity", has_text="Outreach at the bus station")
    expect(card.get_by_text("Awaiting approval")).to_be_visible()

    context = browser.new_context(base_url=live_server.url)
    admin = context.new_page()
    admin.set_default_timeout(15_000)
    sign_in(admin, "coordinator", "secret-pass-123")
    admin.goto("/admin/competency/activities/")
    admin.get_by_role("link", name="Outreach at the bus station").click()
    admin.get_by_label("Approve").check()
    admin.get_by_label("Comment for the member").fill("Thank you.")
    admin.get_by_role("button", name="Save decision").click()
    expect(admin.get_by_text("Your decision was saved.")).to_be_visible()
    context.close()

    assert CEActivity.objects.get().status == "approved"
    page.reload()
    expect(card.get_by_text("Approved")).to_be_visible()
    expect(card.get_by_text("Thank you.")).to_be_visible()
