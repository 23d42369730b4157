"""Our own sequenced SCORM 2004 package: it imports, and its sequencing says what
the demo and the browser tests rely on."""

import io
import re
import zipfile

import pytest
from defusedxml.ElementTree import fromstring
from django.core.files.storage import default_storage

from scorm.importing import import_package
from scorm.manifest import launchable_items
from scorm.sequenced_sample import (
    GLOBAL_OBJECTIVE,
    OPEN_OBJECTIVE,
    TITLE,
    build_sequenced_package,
)

SS = "{http://www.imsglobal.org/xsd/imsss}"
ADLSEQ = "{http://www.adlnet.org/xsd/adlseq_v1p3}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
SCHEMA_ORDER = [
    "controlMode",
    "sequencingRules",
    "limitConditions",
    "auxiliaryResources",
    "rollupRules",
    "objectives",
    "randomizationControls",
    "deliveryControls",
]


def _files() -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(build_sequenced_package())) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


@pytest.fixture(scope="module")
def manifest():
    return fromstring(_files()["imsmanifest.xml"].encode())


def _sequencing(manifest, identifier):
    item = manifest.find(f".//{CP}item[@identifier='{identifier}']")
    return item.find(f"{SS}sequencing")


def _writes(objective) -> dict[str, str]:
    """Return {global objective: writeSatisfiedStatus} of an objective's maps."""
    return {
        m.get("targetObjectiveID"): m.get("writeSatisfiedStatus")
        for m in objective.findall(f"{SS}mapInfo")
    }


def _conditions(rule) -> list[tuple[str, str, str]]:
    return [
        (
            c.get("condition"),
            c.get("operator", "noOp"),
            c.get("referencedObjective", ""),
        )
        for c in rule.iter(f"{SS}ruleCondition")
    ]


@pytest.mark.django_db
def test_package_imports_as_2004_4th_edition_with_three_scos_in_order():
    upload = io.BytesIO(build_sequenced_package())
    upload.name = "indicators.zip"

    version = import_package(upload, title=TITLE)

    items = launchable_items(version.manifest)
    assert version.scorm_version == "2004-4"
    assert version.package.title == TITLE
    assert version.manifest["has_sequencing"] is True
    assert [(i["identifier"], i["title"]) for i in items] == [
        ("pretest", "Knowledge check"),
        ("content", "Indicators of trafficking"),
        ("posttest", "Final check"),
    ]
    assert all(item["is_sco"] for item in items)
    assert [i["launch"] for i in items] == [
        "pretest/index.html",
        "content/index.html",
        "posttest/index.html",
    ]
    assert items[2]["scaled_passing_score"] == 0.6
    for path in ("pretest/index.html", "shared/sco.js"):
        assert default_storage.exists(f"{version.storage_prefix}/{path}")


def test_pretest_writes_the_global_objective(manifest):
    organisation = manifest.find(f".//{CP}organization")
    sequencing = _sequencing(manifest, "pretest")
    primary = sequencing.find(f"{SS}objectives/{SS}primaryObjective")

    assert organisation.get(f"{ADLSEQ}objectivesGlobalToSystem") == "false"
    assert GLOBAL_OBJECTIVE == "mit.sample.indicators.known"
    assert _writes(primary) == {GLOBAL_OBJECTIVE: "true", OPEN_OBJECTIVE: "true"}
    for mapping in primary.findall(f"{SS}mapInfo"):
        assert mapping.get("readSatisfiedStatus") == "false"
    controls = sequencing.find(f"{SS}deliveryControls")
    assert controls.get("objectiveSetByContent") == "true"


def test_content_is_skipped_when_the_global_objective_is_satisfied(manifest):
    sequencing = _sequencing(manifest, "content")
    rules = sequencing.findall(f"{SS}sequencingRules/{SS}preConditionRule")
    objectives = {o.get("objectiveID"): o for o in sequencing.iter(f"{SS}objective")}

    assert len(rules) == 1
    assert rules[0].find(f"{SS}ruleAction").get("action") == "skip"
    ((condition, operator, referenced),) = _conditions(rules[0])
    assert (condition, operator) == ("satisfied", "noOp")
    mapping = objectives[referenced].find(f"{SS}mapInfo")
    assert mapping.get("targetObjectiveID") == GLOBAL_OBJECTIVE
    assert mapping.get("readSatisfiedStatus") == "true"
    assert mapping.get("writeSatisfiedStatus") == "false"
    controls = sequencing.find(f"{SS}deliveryControls")
    assert controls.get("completionSetByContent") == "true"
    assert controls.get("objectiveSetByContent") == "false"


def test_failed_posttest_goes_back_to_the_content_within_three_attempts(manifest):
    sequencing = _sequencing(manifest, "posttest")
    (rule,) = sequencing.findall(f"{SS}sequencingRules/{SS}postConditionRule")
    primary = sequencing.find(f"{SS}objectives/{SS}primaryObjective")

    assert rule.find(f"{SS}ruleAction").get("action") == "previous"
    assert rule.find(f"{SS}ruleConditions").get("conditionCombination") == "all"
    assert sorted(_conditions(rule)) == [
        ("attemptLimitExceeded", "not", ""),
        ("objectiveStatusKnown", "noOp", ""),
        ("satisfied", "not", ""),
    ]
    assert sequencing.find(f"{SS}limitConditions").get("attemptLimit") == "3"
    assert primary.get("satisfiedByMeasure") == "true"
    assert primary.findtext(f"{SS}minNormalizedMeasure") == "0.6"
    # A failed final check clears the global objective, so "previous" does not
    # skip the content on its way back.
    mapping = primary.find(f"{SS}mapInfo")
    assert mapping.get("targetObjectiveID") == GLOBAL_OBJECTIVE
    assert mapping.get("writeSatisfiedStatus") == "true"
    assert mapping.get("readSatisfiedStatus") == "false"


def test_posttest_is_hidden_from_choice_until_pretest_passed_or_content_read(
    manifest,
):
    content = _sequencing(manifest, "content")
    sequencing = _sequencing(manifest, "posttest")
    (rule,) = sequencing.findall(f"{SS}sequencingRules/{SS}preConditionRule")
    objectives = {o.get("objectiveID"): o for o in sequencing.iter(f"{SS}objective")}

    assert rule.find(f"{SS}ruleAction").get("action") == "hiddenFromChoice"
    assert rule.find(f"{SS}ruleConditions").get("conditionCombination") == "any"
    conditions = _conditions(rule)
    assert sorted(c[:2] for c in conditions) == [
        ("objectiveStatusKnown", "not"),
        ("satisfied", "not"),
    ]
    (referenced,) = {c[2] for c in conditions}
    mapping = objectives[referenced].find(f"{SS}mapInfo")
    assert mapping.get("targetObjectiveID") == OPEN_OBJECTIVE
    assert mapping.get("readSatisfiedStatus") == "true"
    # The LMS satisfies the content's primary objective when an attempt on it
    # ends unsuspended, which opens the final check.
    primary = content.find(f"{SS}objectives/{SS}primaryObjective")
    assert _writes(primary) == {OPEN_OBJECTIVE: "true"}
    assert primary.find(f"{SS}mapInfo").get("readSatisfiedStatus") == "false"


def test_course_result_follows_the_posttest_only(manifest):
    organisation = manifest.find(f".//{CP}organization")
    control = organisation.find(f"{SS}sequencing/{SS}controlMode")

    assert control.get("choice") == "true"
    assert control.get("flow") == "true"
    for identifier in ("pretest", "content"):
        rollup = _sequencing(manifest, identifier).find(f"{SS}rollupRules")
        assert rollup.get("rollupObjectiveSatisfied") == "false"
        assert rollup.get("rollupProgressCompletion") == "false"
        assert rollup.get("objectiveMeasureWeight") == "0"
    # The post-test keeps the defaults: it counts for satisfaction, completion
    # and measure (weight 1).
    assert _sequencing(manifest, "posttest").find(f"{SS}rollupRules") is None
    assert organisation.find(f"{SS}sequencing/{SS}rollupRules") is None


def test_sequencing_elements_follow_the_schema_order(manifest):
    for sequencing in manifest.iter(f"{SS}sequencing"):
        names = [child.tag.removeprefix(SS) for child in sequencing]
        assert names == sorted(names, key=SCHEMA_ORDER.index)


@pytest.mark.parametrize(
    ("path", "title", "texts"),
    [
        (
            "pretest/index.html",
            "Knowledge check",
            [
                "You passed the knowledge check.",
                "You did not pass the knowledge check.",
                ">Submit answers<",
            ],
        ),
        ("content/index.html", "Indicators of trafficking", [">Control by others<"]),
        (
            "posttest/index.html",
            "Final check",
            [
                "You passed the final check.",
                "You did not pass the final check.",
                ">Submit answers<",
            ],
        ),
    ],
)
def test_each_sco_is_a_self_contained_mobile_page(path, title, texts):
    files = _files()
    page = files[path]

    assert '<meta name="viewport" content="width=device-width' in page
    assert f"<h1>{title}</h1>" in page
    assert re.findall(r'<script src="([^"]+)"', page) == ["../shared/sco.js"]
    for text in [*texts, ">Continue<", ">Save and leave<"]:
        assert text in page
    for name, text in files.items():
        assert not re.search(r"(src|href)=\"(https?:)?//", text), name
