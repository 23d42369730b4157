"""A SCORM 2004 4th Edition package of our own that uses sequencing.

Three SCOs in one organisation: a knowledge check, three pages on the indicators
of trafficking, and a final check. Passing the knowledge check sets the global
objective GLOBAL_OBJECTIVE, and the content is skipped when it is set. A failed
final check sends the learner back to the content (at most three attempts).
The course's result follows the final check alone. The final check stays out
of the table of contents until the knowledge check is passed or the content
has been read (OPEN_OBJECTIVE).

The package is authored content, like an uploaded one: its texts are English
and are not run through gettext. All three SCOs load one script,
`shared/sco.js` (sequenced_sample.js next to this module).
"""

import io
import zipfile
from html import escape
from pathlib import Path

TITLE = "Recognising indicators of trafficking (sequenced practice)"
GLOBAL_OBJECTIVE = "mit.sample.indicators.known"
OPEN_OBJECTIVE = "mit.sample.posttest.open"
SCRIPT = "shared/sco.js"

PRETEST = {
    "identifier": "pretest",
    "title": "Knowledge check",
    "passing": "1",
    "passed": "You passed the knowledge check.",
    "failed": "You did not pass the knowledge check.",
    "questions": [
        (
            "pretest_q1",
            "At a bus station, a man answers every question put to the woman "
            "travelling with him and keeps her passport in his pocket. What does "
            "this suggest?",
            [
                ("a", "Nothing: couples often keep each other's documents."),
                ("b", "A possible sign of control: try to speak with her alone."),
            ],
            "b",
        ),
        (
            "pretest_q2",
            "Which question suits a first contact best?",
            [
                ("a", "Can you come and go from where you live when you want?"),
                ("b", "Are you a victim of human trafficking?"),
            ],
            "a",
        ),
    ],
}

CONTENT = {
    "identifier": "content",
    "title": "Indicators of trafficking",
    "pages": [
        (
            "Control by others",
            "Someone else holds the person's identity documents, answers for "
            "them or decides where they go. The person may not know their own "
            "address or the name of their employer.",
        ),
        (
            "Work and money",
            "The person owes a debt they cannot repay to whoever brought them "
            "or found them work. They work long hours for little or no pay, and "
            "deductions for housing, food or transport keep growing.",
        ),
        (
            "Fear and isolation",
            "The person seems afraid of the people with them or of the "
            "authorities, and may have been told they will be punished if they "
            "speak. No single sign proves trafficking: note what you see and "
            "follow your referral procedure.",
        ),
    ],
}

POSTTEST = {
    "identifier": "posttest",
    "title": "Final check",
    # Only a fallback: the manifest's minNormalizedMeasure reaches the SCO as
    # cmi.scaled_passing_score.
    "passing": "0.6",
    "passed": "You passed the final check.",
    "failed": "You did not pass the final check.",
    "questions": [
        (
            "posttest_q1",
            'A young farm worker says his employer keeps his passport "for '
            'safety". What do you do?',
            [
                ("a", "Accept it: employers often keep documents."),
                ("b", "Ask the employer to explain, with the worker present."),
                (
                    "c",
                    "Treat it as an indicator and ask him, away from the "
                    "employer, whether he can get it back.",
                ),
            ],
            "c",
        ),
        (
            "posttest_q2",
            "A worker says she must repay a travel debt that grows every month. "
            "What is this?",
            [
                ("a", "A possible sign of debt bondage."),
                ("b", "A private matter between her and the lender."),
                ("c", "Proof that she has been trafficked."),
            ],
            "a",
        ),
        (
            "posttest_q3",
            "You notice one indicator and no others. What should you do?",
            [
                ("a", "Ignore it: one sign means nothing."),
                (
                    "b",
                    "Record it, look for others and follow your referral procedure.",
                ),
                ("c", "Tell the person they are a victim of trafficking."),
            ],
            "b",
        ),
    ],
}

# Sequencing, in the order the imsss schema wants its children: controlMode,
# sequencingRules, limitConditions, rollupRules, objectives, deliveryControls.
#
# - The course's result follows the final check alone. The knowledge check and
#   the content neither roll up satisfaction nor completion and weigh 0 in the
#   measure, so the default rollup of the root copies the final check: passing
#   it makes the course completed and passed, whether or not the content was
#   skipped (or the learner went to the final check through the table of
#   contents). Counting the content for completion would leave a course whose
#   content was skipped incomplete for ever.
# - Both checks set their own completion and success (objectiveSetByContent):
#   otherwise leaving one unanswered would let the LMS mark it satisfied. The
#   content sets only completion; the LMS satisfies its primary objective when
#   an attempt ends, which rolls up nowhere but opens the final check (below).
# - The final check is passed by measure (score.scaled >= 0.6), so the
#   threshold lives in one place and reaches the SCO as cmi.scaled_passing_score.
#   It also writes the global objective: a failed final check clears it, so the
#   "previous" it triggers lands on the content instead of skipping it (skip
#   rules apply to backward flow too). Its post-condition only fires when the
#   result is known and attempts remain; after the third failure the learner
#   simply reaches the end of the course.
# - The final check is hidden from choice until OPEN_OBJECTIVE is satisfied.
#   Passing the knowledge check writes it, and so does the content's primary
#   objective, which the LMS satisfies when an attempt on the content ends
#   without a suspend (the SCO suspends until its last page). "Not satisfied or
#   unknown" is spelled out because a rule on an unknown status does not fire.
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="mit.training.indicators-sequenced" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="mit_indicators">
    <organization identifier="mit_indicators" adlseq:objectivesGlobalToSystem="false">
      <title>{title}</title>
      <item identifier="pretest" identifierref="pretest_sco">
        <title>{pretest}</title>
        <imsss:sequencing>
          <imsss:rollupRules rollupObjectiveSatisfied="false"
              rollupProgressCompletion="false" objectiveMeasureWeight="0"/>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pretest_passed">
              <imsss:mapInfo targetObjectiveID="{objective}"
                  readSatisfiedStatus="false" readNormalizedMeasure="false"
                  writeSatisfiedStatus="true"/>
              <imsss:mapInfo targetObjectiveID="{open}"
                  readSatisfiedStatus="false" readNormalizedMeasure="false"
                  writeSatisfiedStatus="true"/>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true"
              objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <item identifier="content" identifierref="content_sco">
        <title>{content}</title>
        <imsss:sequencing>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions conditionCombination="all">
                <imsss:ruleCondition referencedObjective="indicators_known"
                    condition="satisfied"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="skip"/>
            </imsss:preConditionRule>
          </imsss:sequencingRules>
          <imsss:rollupRules rollupObjectiveSatisfied="false"
              rollupProgressCompletion="false" objectiveMeasureWeight="0"/>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="content_read">
              <imsss:mapInfo targetObjectiveID="{open}"
                  readSatisfiedStatus="false" readNormalizedMeasure="false"
                  writeSatisfiedStatus="true"/>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="indicators_known">
              <imsss:mapInfo targetObjectiveID="{objective}"
                  readSatisfiedStatus="true" readNormalizedMeasure="false"
                  writeSatisfiedStatus="false"/>
            </imsss:objective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true"
              objectiveSetByContent="false"/>
        </imsss:sequencing>
      </item>
      <item identifier="posttest" identifierref="posttest_sco">
        <title>{posttest}</title>
        <imsss:sequencing>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions conditionCombination="any">
                <imsss:ruleCondition referencedObjective="posttest_open"
                    operator="not" condition="satisfied"/>
                <imsss:ruleCondition referencedObjective="posttest_open"
                    operator="not" condition="objectiveStatusKnown"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="hiddenFromChoice"/>
            </imsss:preConditionRule>
            <imsss:postConditionRule>
              <imsss:ruleConditions conditionCombination="all">
                <imsss:ruleCondition condition="objectiveStatusKnown"/>
                <imsss:ruleCondition operator="not" condition="satisfied"/>
                <imsss:ruleCondition operator="not"
                    condition="attemptLimitExceeded"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="previous"/>
            </imsss:postConditionRule>
          </imsss:sequencingRules>
          <imsss:limitConditions attemptLimit="3"/>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="posttest_passed"
                satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
              <imsss:mapInfo targetObjectiveID="{objective}"
                  readSatisfiedStatus="false" readNormalizedMeasure="false"
                  writeSatisfiedStatus="true"/>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="posttest_open">
              <imsss:mapInfo targetObjectiveID="{open}"
                  readSatisfiedStatus="true" readNormalizedMeasure="false"
                  writeSatisfiedStatus="false"/>
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
    <resource identifier="pretest_sco" type="webcontent" adlcp:scormType="sco"
        href="pretest/index.html">
      <file href="pretest/index.html"/>
      <dependency identifierref="shared_script"/>
    </resource>
    <resource identifier="content_sco" type="webcontent" adlcp:scormType="sco"
        href="content/index.html">
      <file href="content/index.html"/>
      <dependency identifierref="shared_script"/>
    </resource>
    <resource identifier="posttest_sco" type="webcontent" adlcp:scormType="sco"
        href="posttest/index.html">
      <file href="posttest/index.html"/>
      <dependency identifierref="shared_script"/>
    </resource>
    <resource identifier="shared_script" type="webcontent" adlcp:scormType="asset">
      <file href="{script}"/>
    </resource>
  </resources>
</manifest>
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; font-size: 1.05rem; line-height: 1.5;
  margin: 0 auto; padding: 1rem; max-width: 40rem; }}
fieldset {{ border: 0; margin: 0; padding: 0; }}
legend {{ font-weight: bold; margin-bottom: 0.5rem; }}
label {{ display: block; padding: 0.5rem 0; }}
button {{ font-size: 1rem; min-height: 44px; padding: 0.5rem 1rem;
  margin: 0.5rem 0.5rem 0 0; }}
#leave {{ display: block; margin-top: 1.5rem; }}
</style>
</head>
<body>
<main {attributes}>
  <h1>{title}</h1>
  <p id="progress"></p>
{steps}
  <p id="result" role="status"></p>
  <p id="score"></p>
  <button type="button" id="back">Back</button>
  <button type="button" id="next">Next</button>
{submit}  <button type="button" id="continue" hidden>Continue</button>
  <button type="button" id="leave">Save and leave</button>
</main>
<script src="../{script}"></script>
</body>
</html>
"""


def _attributes(values: dict) -> str:
    return " ".join(f'{name}="{escape(value)}"' for name, value in values.items())


def _quiz_page(quiz: dict) -> str:
    steps = []
    for identifier, question, options, correct in quiz["questions"]:
        choices = "".join(
            f'    <label><input type="radio" name="{identifier}" value="{value}">'
            f" {escape(text)}</label>\n"
            for value, text in options
        )
        steps.append(
            f'  <fieldset class="step" data-id="{identifier}" '
            f'data-correct="{correct}" hidden>\n'
            f"    <legend>{escape(question)}</legend>\n{choices}  </fieldset>"
        )
    attributes = {
        "data-kind": "quiz",
        "data-passing": quiz["passing"],
        "data-passed": quiz["passed"],
        "data-failed": quiz["failed"],
    }
    return PAGE.format(
        title=escape(quiz["title"]),
        attributes=_attributes(attributes),
        steps="\n".join(steps),
        submit='  <button type="button" id="submit" hidden>Submit answers</button>\n',
        script=SCRIPT,
    )


def _content_page(content: dict) -> str:
    steps = "\n".join(
        f'  <section class="step" hidden>\n    <h2>{escape(heading)}</h2>\n'
        f"    <p>{escape(text)}</p>\n  </section>"
        for heading, text in content["pages"]
    )
    return PAGE.format(
        title=escape(content["title"]),
        attributes=_attributes({"data-kind": "pages"}),
        steps=steps,
        submit="",
        script=SCRIPT,
    )


def build_sequenced_package() -> bytes:
    """Return the zip of our own SCORM 2004 4th Edition package with sequencing."""
    manifest = MANIFEST.format(
        title=escape(TITLE),
        pretest=escape(PRETEST["title"]),
        content=escape(CONTENT["title"]),
        posttest=escape(POSTTEST["title"]),
        objective=GLOBAL_OBJECTIVE,
        open=OPEN_OBJECTIVE,
        script=SCRIPT,
    )
    script = Path(__file__).with_name("sequenced_sample.js").read_text()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        archive.writestr("pretest/index.html", _quiz_page(PRETEST))
        archive.writestr("content/index.html", _content_page(CONTENT))
        archive.writestr("posttest/index.html", _quiz_page(POSTTEST))
        archive.writestr(SCRIPT, script)
    return buffer.getvalue()
