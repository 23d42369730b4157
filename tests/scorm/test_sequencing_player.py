"""The sequenced player through its pages and the commit endpoint.

The package is made here: an introduction that unlocks the final test when it is
passed (a global objective the test reads), shared notes, flow and choice.
"""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import ActivityProgress, ModulePage
from scorm.importing import import_package
from scorm.lessons import add_scorm_lesson
from scorm.models import ScormAttempt, ScormLaunch, ScoState
from tests.conftest import LMS_HOST

from .conftest import SCO_PAGE, make_zip
from .test_runtime import ORIGIN, post

pytestmark = pytest.mark.django_db

NOTES = '<adlcp:data><adlcp:map targetID="notes" writeSharedData="true"/></adlcp:data>'
MANIFEST = f"""<?xml version="1.0"?>
<manifest identifier="own.sequenced" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org" adlseq:objectivesGlobalToSystem="false"
        adlcp:sharedDataGlobalToSystem="false">
      <title>Sequenced course</title>
      <item identifier="intro" identifierref="r_intro">
        <title>Introduction</title>
        {NOTES}
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="intro_passed">
              <imsss:mapInfo targetObjectiveID="g.intro" writeSatisfiedStatus="true"/>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true"
              objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <item identifier="final" identifierref="r_final">
        <title>Final test</title>
        {NOTES}
        <imsss:sequencing>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions conditionCombination="any">
                <imsss:ruleCondition referencedObjective="intro" operator="not"
                    condition="satisfied"/>
                <imsss:ruleCondition referencedObjective="intro" operator="not"
                    condition="objectiveStatusKnown"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="disabled"/>
            </imsss:preConditionRule>
          </imsss:sequencingRules>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="final_passed"/>
            <imsss:objective objectiveID="intro">
              <imsss:mapInfo targetObjectiveID="g.intro"/>
            </imsss:objective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true"
              objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="r_intro" type="webcontent" adlcp:scormType="sco"
        href="intro.html"><file href="intro.html"/></resource>
    <resource identifier="r_final" type="webcontent" adlcp:scormType="sco"
        href="final.html"><file href="final.html"/></resource>
  </resources>
</manifest>
"""


@pytest.fixture
def lesson(course, enrolled):
    package = make_zip(
        {"imsmanifest.xml": MANIFEST, "intro.html": SCO_PAGE, "final.html": SCO_PAGE}
    )
    version = import_package(package, title="Sequenced course")
    module = ModulePage.objects.child_of(course).first()
    return add_scorm_lesson(module=module, package=version.package)


def play_url(lesson):
    return reverse("scorm:play", args=[lesson.pk, lesson.body[0].id])


def open_player(client, lesson):
    """Open the player; return the page's config (what the browser would load)."""
    response = client.get(play_url(lesson))
    assert response.status_code == 200
    return response, response.context["config"]


def current_launch():
    return ScormLaunch.objects.select_related("state").order_by("-created_at").first()


def finish(client, user, launch, cmi, nav=None):
    """Send a launch's final commit, as the runtime does when the SCO terminates."""
    body = {**cmi, "commitSequence": 1}
    if nav:
        body["adl.nav.request"] = nav
    response = post(client, launch, user, body, final=True)
    assert response.status_code == 200, response.content
    return response.json()


PASSED = {"cmi.completion_status": "completed", "cmi.success_status": "passed"}


def test_the_first_activity_opens_and_the_locked_one_is_refused(trainee_client, lesson):
    response, config = open_player(trainee_client, lesson)
    assert current_launch().state.sco == "intro"
    assert config["navValid"]["adl.nav.request_valid.choice.{target=final}"] == "false"
    contents = response.content.decode()
    assert "Final test" in contents
    assert "(locked)" in contents

    response = trainee_client.post(
        play_url(lesson), {"nav": "choice", "target": "final"}, follow=True
    )

    assert "not available now" in response.content.decode()
    assert not ScoState.objects.filter(sco="final").exists()
    assert current_launch().state.sco == "intro"


def test_passing_the_introduction_unlocks_and_continue_delivers_the_test(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)

    reply = finish(trainee_client, trainee, current_launch(), PASSED, nav="continue")

    assert reply["navigation"] == "deliver"
    _response, config = open_player(trainee_client, lesson)
    launch = current_launch()
    assert launch.state.sco == "final"
    assert config["launchData"]["cmi.entry"] == "ab-initio"
    assert config["navValid"]["adl.nav.request_valid.previous"] == "true"


def test_suspend_all_then_reopening_resumes_where_the_learner_was(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)
    finish(trainee_client, trainee, current_launch(), PASSED, nav="continue")
    open_player(trainee_client, lesson)

    reply = finish(
        trainee_client,
        trainee,
        current_launch(),
        {"cmi.location": "q3", "cmi.exit": "suspend"},
        nav="suspendAll",
    )

    assert reply["navigation"] == "ended"
    _response, config = open_player(trainee_client, lesson)
    assert current_launch().state.sco == "final"
    assert config["launchData"]["cmi.entry"] == "resume"
    assert config["launchData"]["cmi.location"] == "q3"


def test_the_course_result_is_the_rollup_of_the_activities(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)
    finish(trainee_client, trainee, current_launch(), PASSED, nav="continue")
    progress = ActivityProgress.objects.get(activity_key=lesson.body[0].id)
    assert progress.completed_at is None

    open_player(trainee_client, lesson)
    finish(
        trainee_client,
        trainee,
        current_launch(),
        {**PASSED, "cmi.score.scaled": "0.9"},
        nav="exitAll",
    )

    progress.refresh_from_db()
    assert progress.completed_at is not None
    assert progress.success is True
    attempt = ScormAttempt.objects.get()
    assert attempt.is_completed
    assert attempt.success is True


def test_the_player_controls_post_requests_with_csrf(trainee, lesson):
    client = Client(HTTP_HOST=LMS_HOST, enforce_csrf_checks=True)
    client.force_login(trainee)
    open_player(client, lesson)

    response = client.post(play_url(lesson), {"nav": "continue"})

    assert response.status_code == 403


def test_shared_data_written_by_one_activity_is_read_by_the_next(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)
    finish(
        trainee_client,
        trainee,
        current_launch(),
        {**PASSED, "adl.data.0.id": "notes", "adl.data.0.store": "Ask about papers"},
        nav="continue",
    )

    _response, config = open_player(trainee_client, lesson)

    assert config["sharedData"]["stores"] == {"notes": "Ask about papers"}
    assert config["sharedData"]["maps"] == [
        {"targetID": "notes", "readSharedData": True, "writeSharedData": True}
    ]


def test_a_superseded_launch_cannot_navigate(trainee_client, trainee, lesson):
    open_player(trainee_client, lesson)
    first = current_launch()
    open_player(trainee_client, lesson)  # a second tab

    reply = finish(trainee_client, trainee, first, PASSED, nav="continue")

    assert "navigation" not in reply
    open_player(trainee_client, lesson)
    assert current_launch().state.sco == "intro"


def test_a_refused_request_from_the_content_ends_its_session_with_a_reason(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)

    reply = finish(
        trainee_client,
        trainee,
        current_launch(),
        {"cmi.completion_status": "incomplete"},
        nav="{target=final}choice",
    )

    assert reply["navigation"] == "choose"
    response = trainee_client.get(play_url(lesson))
    page = response.content.decode()
    assert "not available now" in page
    assert "Choose where to go next" in page
    assert response.context["config"]["commitUrl"] == ""


def test_a_learner_not_enrolled_cannot_navigate(lesson, other_member):
    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(other_member.user)

    response = client.post(play_url(lesson), {"nav": "start"})

    assert response.status_code in (302, 403, 404)
    assert not ScormAttempt.objects.filter(member=other_member).exists()


def test_commit_json_of_a_final_commit_names_the_next_step_only_when_final(
    trainee_client, trainee, lesson
):
    open_player(trainee_client, lesson)
    launch = current_launch()
    body = {**PASSED, "commitSequence": 1, "adl.nav.request": "continue"}

    response = trainee_client.post(
        reverse("scorm_api:commit", args=[launch.pk])
        + "?"
        + launch_token_query(launch, trainee),
        data=json.dumps(body),
        content_type="application/json",
        **ORIGIN,
    )

    assert "navigation" not in response.json()
    assert current_launch().state.sco == "intro"


def launch_token_query(launch, user):
    from scorm.launching import commit_url

    return commit_url(launch, user).split("?", 1)[1]


def test_staff_see_each_part_of_a_sequenced_attempt(
    trainee_client, trainee, trainer_client, lesson
):
    open_player(trainee_client, lesson)
    finish(trainee_client, trainee, current_launch(), PASSED, nav="continue")

    detail = trainer_client.get(
        reverse("scorm_results:inspect", args=[ScormAttempt.objects.get().pk])
    )

    rows = {
        cells[0]: cells[1:]
        for cells in (
            [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", detail.content.decode(), re.S)
        )
        if cells
    }
    assert rows["Introduction"] == ["passed", "yes"]
    assert rows["Final test (current)"] == ["in progress", "yes"]
