import importlib
import zipfile
from xml.sax.saxutils import quoteattr

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorm.manifest import Version, parse_manifest, parse_xml
from scorm.sequencing.definition import FEATURE_LABELS, read_sequencing

from .test_sequencing_engine import DEFAULTS

FORCED = "SequencingForcedSequential_SCORM20043rdEdition.zip"
POST_TEST = "SequencingPostTestRollup4thEd_SCORM20044thEdition.zip"
ORG = "golf_sample_default_org"
GLOBAL = "com.scorm.golfsamples.sequencing.forcedsequential."


def _fixture_package(scorm_fixture, name):
    with zipfile.ZipFile(scorm_fixture(name)) as archive:
        root = parse_xml(archive.read("imsmanifest.xml"))
    version = Version.SCORM_2004_4 if "4th" in name else Version.SCORM_2004_3
    return read_sequencing(root, ORG, version=version)


def _by_id(tree):
    found = {tree["id"]: tree}
    for child in tree["children"]:
        found.update(_by_id(child))
    return found


def _manifest(items, *, collection="", organisation_attrs="", organisations=""):
    return f"""<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org" {organisation_attrs}>
      <title>Course</title>
      {items}
    </organization>
    {organisations}
  </organizations>
  <resources>
    <resource identifier="r" type="webcontent" adlcp:scormType="sco"
        href="a.html"><file href="a.html"/></resource>
  </resources>
  {collection}
</manifest>"""


def _read(items, *, version=Version.SCORM_2004_4, **kwargs):
    root = parse_xml(_manifest(items, **kwargs).encode())
    return read_sequencing(root, "org", version=version)


def _item(identifier="a", sequencing="", extra="", attrs=""):
    return (
        f'<item identifier="{identifier}" identifierref="r" {attrs}>'
        f"<title>{identifier.upper()}</title>{extra}{sequencing}</item>"
    )


def test_collection_delivery_controls_and_weight_reach_every_item(scorm_fixture):
    package = _fixture_package(scorm_fixture, FORCED)
    leaves = package["tree"]["children"]

    assert [leaf["id"] for leaf in leaves] == [
        "playing_item",
        "etuqiette_item",
        "handicapping_item",
        "havingfun_item",
        "assessment_item",
    ]
    for leaf in leaves:
        assert leaf["is_leaf"] is True
        assert leaf["rollup"]["measure_weight"] == 0.0
        assert leaf["delivery"] == {
            "tracked": True,
            "completion_set_by_content": True,
            "objective_set_by_content": True,
        }
    assert package["tree"]["control_mode"]["flow"] is True
    assert package["tree"]["rollup"]["measure_weight"] == 1.0
    assert package["objectives_global_to_system"] is False
    assert package["shared_data_global_to_system"] is True
    assert package["warnings"] == []


def test_forced_sequential_pre_condition_reads_the_previous_objective(scorm_fixture):
    etiquette = _by_id(_fixture_package(scorm_fixture, FORCED)["tree"])[
        "etuqiette_item"
    ]

    (rule,) = etiquette["pre_rules"]
    assert rule == {
        "combination": "any",
        "conditions": [
            {
                "condition": "satisfied",
                "operator": "not",
                "objective": "previous_sco_satisfied",
                "threshold": 0.0,
            },
            {
                "condition": "objectiveStatusKnown",
                "operator": "not",
                "objective": "previous_sco_satisfied",
                "threshold": 0.0,
            },
        ],
        "action": "disabled",
    }
    primary, previous = etiquette["objectives"]
    assert primary["primary"] is True
    assert primary["id"] == "etiquette_satisfied"
    (write_map,) = primary["maps"]
    assert write_map["target"] == GLOBAL + "etiquette_satisfied"
    assert write_map["read_satisfied"] is True
    assert write_map["write_satisfied"] is True
    assert write_map["read_measure"] is True
    assert write_map["write_measure"] is False
    assert write_map["read_completion"] is False
    (read_map,) = previous["maps"]
    assert read_map["target"] == GLOBAL + "playing_satisfied"
    assert read_map["read_satisfied"] is True
    assert read_map["write_satisfied"] is False


def test_forced_sequential_features(scorm_fixture):
    package = _fixture_package(scorm_fixture, FORCED)
    assert package["features"] == [
        "flow",
        "pre_rules",
        "measure_weights",
        "global_objectives",
        "content_sets_status",
        "collections",
    ]
    assert set(FEATURE_LABELS) >= set(package["features"])


def test_fourth_edition_completion_maps_weights_and_shared_data(scorm_fixture):
    package = _fixture_package(scorm_fixture, POST_TEST)
    activities = _by_id(package["tree"])

    handicapping = activities["handicapping_item"]
    primary, previous = handicapping["objectives"]
    (completion_map,) = primary["maps"]
    assert completion_map["target"] == GLOBAL + "handicapping_completed"
    assert completion_map["read_completion"] is True
    assert completion_map["write_completion"] is True
    assert completion_map["write_progress"] is False
    assert completion_map["read_satisfied"] is False
    assert completion_map["write_satisfied"] is False
    (prerequisite,) = previous["maps"]
    assert prerequisite["target"] == GLOBAL + "ettiquette_completed"
    assert prerequisite["write_completion"] is False
    assert handicapping["pre_rules"][0]["conditions"][0]["condition"] == "completed"

    weights = {
        key: activities[key]["completion_threshold"]["progress_weight"]
        for key in ("playing_item", "etuqiette_item", "assessment_item")
    }
    assert weights == {
        "playing_item": 0.5,
        "etuqiette_item": 0.3,
        "assessment_item": 0.1,
    }
    assert (
        activities["playing_item"]["completion_threshold"]["min_progress_measure"]
        == 1.0
    )
    for key in ("playing_item", "assessment_item"):
        assert activities[key]["shared_data"] == [
            {"target": GLOBAL + "notesStorage", "read": True, "write": True}
        ]
    assert package["objectives_global_to_system"] is False
    assert package["shared_data_global_to_system"] is False


def test_fourth_edition_quiz_overrides_nothing_from_a_collection(scorm_fixture):
    activities = _by_id(_fixture_package(scorm_fixture, POST_TEST)["tree"])
    quiz = activities["assessment_item"]
    content = activities["playing_item"]

    assert content["rollup"]["objective_satisfied"] is False
    assert content["rollup"]["progress_completion"] is False
    assert quiz["rollup"] == {
        "objective_satisfied": True,
        "progress_completion": True,
        "measure_weight": 1.0,
        "rules": [],
    }
    assert [rule["action"] for rule in quiz["pre_rules"]] == [
        "hiddenFromChoice",
        "hiddenFromChoice",
    ]
    assert quiz["pre_rules"][0]["conditions"][1] == {
        "condition": "attempted",
        "operator": "not",
        "objective": None,
        "threshold": 0.0,
    }
    assert quiz["objectives"][0]["id"] == ""
    assert quiz["objectives"][0]["primary"] is True


def test_defaults_when_nothing_is_declared():
    package = _read(_item("a") + _item("b"))
    tree = package["tree"]
    leaf = tree["children"][0]

    assert tree["id"] == "org"
    assert tree["title"] == "Course"
    assert tree["is_leaf"] is False
    assert leaf == {
        **DEFAULTS,
        "id": "a",
        "title": "A",
        "is_leaf": True,
        "children": [],
    }
    assert package["objectives_global_to_system"] is True
    assert package["shared_data_global_to_system"] is True
    assert package["features"] == []
    assert package["warnings"] == []


COLLECTION = """<imsss:sequencingCollection>
  <imsss:sequencing ID="common">
    <imsss:controlMode choice="false" flow="true"/>
    <imsss:limitConditions attemptLimit="3"/>
    <imsss:deliveryControls tracked="false"/>
    <adlseq:rollupConsiderations requiredForSatisfied="ifAttempted"/>
  </imsss:sequencing>
</imsss:sequencingCollection>"""


def test_item_elements_replace_the_collection_element_by_element():
    own = """<imsss:sequencing IDRef="common">
      <imsss:controlMode forwardOnly="true"/>
      <imsss:deliveryControls objectiveSetByContent="true"/>
    </imsss:sequencing>"""
    package = _read(
        _item("a", own) + _item("b", '<imsss:sequencing IDRef="common"/>'),
        collection=COLLECTION,
    )
    own_item, shared_item = package["tree"]["children"]

    # The item's own controlMode replaces the collection's whole element.
    assert own_item["control_mode"]["choice"] is True
    assert own_item["control_mode"]["flow"] is False
    assert own_item["control_mode"]["forward_only"] is True
    assert own_item["delivery"] == {
        "tracked": True,
        "completion_set_by_content": False,
        "objective_set_by_content": True,
    }
    # Elements the item does not declare come from the collection.
    assert own_item["attempt_limit"] == 3
    assert own_item["rollup_considerations"]["required_for_satisfied"] == "ifAttempted"
    assert shared_item["control_mode"]["choice"] is False
    assert shared_item["control_mode"]["flow"] is True
    assert shared_item["delivery"]["tracked"] is False
    assert "collections" in package["features"]
    assert "untracked" in package["features"]


def test_missing_collection_entry_is_a_warning_and_ignored():
    package = _read(
        _item(
            "a",
            '<imsss:sequencing IDRef="nowhere"><imsss:controlMode flow="true"/>'
            "</imsss:sequencing>",
        ),
        collection=COLLECTION,
    )
    leaf = package["tree"]["children"][0]
    assert leaf["control_mode"]["flow"] is True
    assert leaf["attempt_limit"] is None
    assert package["warnings"] == [
        "The sequencing of a refers to nowhere, which is not in the package's "
        "sequencing collection; the reference is ignored."
    ]


def test_hidden_lms_ui_and_hidden_items():
    presentation = """<adlnav:presentation><adlnav:navigationInterface>
      <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
      <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
      <adlnav:hideLMSUI>suspendAll</adlnav:hideLMSUI>
      <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
    </adlnav:navigationInterface></adlnav:presentation>"""
    package = _read(
        _item("a", extra=presentation) + _item("b", attrs='isvisible="false"')
    )
    first, second = package["tree"]["children"]
    assert first["hide_lms_ui"] == ["continue", "previous", "suspendAll"]
    assert first["visible"] is True
    assert second["visible"] is False
    assert package["features"] == ["hidden_controls", "hidden_items"]


def test_limit_conditions_with_a_duration():
    sequencing = """<imsss:sequencing>
      <imsss:limitConditions attemptLimit="2"
          attemptAbsoluteDurationLimit="PT1H30M5.5S"/>
    </imsss:sequencing>"""
    package = _read(_item("a", sequencing))
    leaf = package["tree"]["children"][0]
    assert leaf["attempt_limit"] == 2
    assert leaf["attempt_duration_limit"] == 5405.5
    assert package["features"] == ["attempt_limits", "duration_limits"]
    assert package["warnings"] == []


def test_unsupported_limit_conditions_are_reported():
    sequencing = """<imsss:sequencing>
      <imsss:limitConditions attemptLimit="0" beginTimeLimit="2030-01-01T00:00:00"/>
    </imsss:sequencing>"""
    package = _read(_item("a", sequencing))
    assert package["tree"]["children"][0]["attempt_limit"] == 0
    assert "attempt_limits" not in package["features"]
    assert package["warnings"] == [
        "The limit condition beginTimeLimit (in a) is not supported and is ignored."
    ]


def test_randomisation_and_selection():
    cluster = """<item identifier="cluster"><title>Pool</title>
      <imsss:sequencing>
        <imsss:randomizationControls randomizationTiming="onEachNewAttempt"
            reorderChildren="true" selectCount="2" selectionTiming="once"/>
      </imsss:sequencing>
      {items}</item>""".format(items=_item("a") + _item("b") + _item("c"))
    package = _read(cluster)
    pool = package["tree"]["children"][0]
    assert pool["is_leaf"] is False
    assert [child["id"] for child in pool["children"]] == ["a", "b", "c"]
    assert pool["selection"] == {"timing": "once", "count": 2}
    assert pool["randomization"] == {
        "timing": "onEachNewAttempt",
        "reorder_children": True,
    }
    assert package["features"] == ["selection", "randomization"]


def test_rollup_rules_with_minimum_count_and_percent():
    sequencing = """<imsss:sequencing>
      <imsss:rollupRules objectiveMeasureWeight="0.5">
        <imsss:rollupRule childActivitySet="atLeastCount" minimumCount="2">
          <imsss:rollupConditions>
            <imsss:rollupCondition condition="satisfied"/>
          </imsss:rollupConditions>
          <imsss:rollupAction action="satisfied"/>
        </imsss:rollupRule>
        <imsss:rollupRule childActivitySet="atLeastPercent" minimumPercent="0.75">
          <imsss:rollupConditions conditionCombination="all">
            <imsss:rollupCondition operator="not" condition="attempted"/>
            <imsss:rollupCondition condition="completed"/>
          </imsss:rollupConditions>
          <imsss:rollupAction action="incomplete"/>
        </imsss:rollupRule>
      </imsss:rollupRules>
    </imsss:sequencing>"""
    cluster = f'<item identifier="c"><title>C</title>{sequencing}{_item("a")}</item>'
    rollup = _read(cluster)["tree"]["children"][0]["rollup"]
    assert rollup["measure_weight"] == 0.5
    assert rollup["rules"] == [
        {
            "child_activity_set": "atLeastCount",
            "minimum_count": 2,
            "minimum_percent": 0.0,
            "combination": "any",
            "conditions": [{"condition": "satisfied", "operator": "noOp"}],
            "action": "satisfied",
        },
        {
            "child_activity_set": "atLeastPercent",
            "minimum_count": 0,
            "minimum_percent": 0.75,
            "combination": "all",
            "conditions": [
                {"condition": "attempted", "operator": "not"},
                {"condition": "completed", "operator": "noOp"},
            ],
            "action": "incomplete",
        },
    ]


def test_time_limit_conditions_are_a_warning():
    sequencing = """<imsss:sequencing><imsss:sequencingRules>
      <imsss:exitConditionRule>
        <imsss:ruleConditions>
          <imsss:ruleCondition condition="timeLimitExceeded"/>
        </imsss:ruleConditions>
        <imsss:ruleAction action="exit"/>
      </imsss:exitConditionRule>
    </imsss:sequencingRules></imsss:sequencing>"""
    package = _read(_item("a", sequencing) + _item("b", sequencing))
    assert package["tree"]["children"][0]["exit_rules"][0]["action"] == "exit"
    assert package["features"] == ["exit_rules"]
    assert package["warnings"] == [
        "Rule conditions timeLimitExceeded (in a, b) are not supported; such "
        "conditions are treated as false."
    ]


def test_other_organisations_are_a_warning():
    package = _read(
        _item("a"),
        organisations='<organization identifier="other"><title>Other</title>'
        '<item identifier="x" identifierref="r"><title>X</title></item>'
        "</organization>",
    )
    assert package["warnings"] == [
        "The package has 2 organisations; only the default one, Course, is used."
    ]


def test_third_edition_threshold_is_the_element_text():
    threshold = "<adlcp:completionThreshold>0.6</adlcp:completionThreshold>"
    package = _read(_item("a", extra=threshold), version=Version.SCORM_2004_3)
    assert package["tree"]["children"][0]["completion_threshold"] == {
        "completed_by_measure": False,
        "min_progress_measure": 0.6,
        "progress_weight": 1.0,
    }


def test_fourth_edition_threshold_attributes():
    threshold = (
        '<adlcp:completionThreshold completedByMeasure="true" '
        'minProgressMeasure="0.8" progressWeight="0.25"/>'
    )
    package = _read(_item("a", extra=threshold))
    assert package["tree"]["children"][0]["completion_threshold"] == {
        "completed_by_measure": True,
        "min_progress_measure": 0.8,
        "progress_weight": 0.25,
    }
    assert package["features"] == ["progress_weights", "completed_by_measure"]


@pytest.mark.parametrize(
    ("sequencing", "message"),
    [
        (
            '<imsss:sequencing><imsss:controlMode flow="yes"/></imsss:sequencing>',
            'The sequencing of a has flow="yes"; it must be true or false.',
        ),
        (
            '<imsss:sequencing><imsss:rollupRules objectiveMeasureWeight="2"/>'
            "</imsss:sequencing>",
            'The sequencing of a has objectiveMeasureWeight="2"; it must be a number '
            "from 0 to 1.",
        ),
        (
            '<imsss:sequencing><imsss:limitConditions attemptLimit="-1"/>'
            "</imsss:sequencing>",
            'The sequencing of a has attemptLimit="-1"; it must be a whole number '
            "(0 or more).",
        ),
        (
            "<imsss:sequencing><imsss:limitConditions "
            'attemptAbsoluteDurationLimit="01:00:00"/></imsss:sequencing>',
            'The sequencing of a has attemptAbsoluteDurationLimit="01:00:00"; it must '
            "be a duration such as PT1H30M.",
        ),
        (
            "<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule>"
            '<imsss:ruleConditions><imsss:ruleCondition condition="always"/>'
            '</imsss:ruleConditions><imsss:ruleAction action="exit"/>'
            "</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>",
            'The sequencing of a has action="exit"; it must be one of skip, disabled, '
            "hiddenFromChoice, stopForwardTraversal.",
        ),
        (
            "<imsss:sequencing><imsss:objectives><imsss:objective/>"
            "</imsss:objectives></imsss:sequencing>",
            "The sequencing of a has <objective> without the required objectiveID.",
        ),
    ],
)
def test_bad_values_are_refused_naming_item_and_attribute(sequencing, message):
    with pytest.raises(ValidationError) as err:
        _read(_item("a", sequencing))
    assert err.value.messages == [message]


def test_bad_value_in_a_collection_names_the_entry():
    collection = COLLECTION.replace('attemptLimit="3"', 'attemptLimit="many"')
    with pytest.raises(ValidationError) as err:
        _read(_item("a", '<imsss:sequencing IDRef="common"/>'), collection=collection)
    assert err.value.messages == [
        "The sequencing of a (sequencing collection entry common) has "
        'attemptLimit="many"; it must be a whole number (0 or more).'
    ]


def test_parse_manifest_keeps_the_definition_for_2004_only():
    xml = _manifest(
        _item(
            "a", '<imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>'
        )
    )
    manifest = parse_manifest(xml.encode(), file_names={"a.html"})
    assert manifest.has_sequencing is True
    assert manifest.sequencing["tree"]["children"][0]["control_mode"]["flow"] is True
    assert manifest.as_dict()["sequencing"]["features"] == ["flow"]


def test_parse_manifest_gives_12_packages_no_definition():
    from .conftest import MANIFEST_12

    manifest = parse_manifest(
        MANIFEST_12.encode(), file_names={"one/index.html", "two.html"}
    )
    assert manifest.sequencing is None


def test_adlseq_objective_without_imsss_objective_is_a_warning():
    sequencing = """<imsss:sequencing>
      <imsss:objectives><imsss:primaryObjective objectiveID="p"/></imsss:objectives>
      <adlseq:objectives><adlseq:objective objectiveID="q">
        <adlseq:mapInfo targetObjectiveID="g" writeProgressMeasure="true"/>
      </adlseq:objective></adlseq:objectives>
    </imsss:sequencing>"""
    package = _read(_item("a", sequencing))
    assert package["tree"]["children"][0]["objectives"][0]["maps"] == []
    assert package["warnings"] == [
        "The adlseq objective q of a has no matching imsss objective; its maps are "
        "ignored."
    ]


def test_manifest_without_organisation_gets_one_leaf_per_sco():
    xml = _manifest("").replace('<organizations default="org">', "<organizations>")
    xml = xml[: xml.index("<organizations>")] + xml[xml.index("<resources>") :]
    manifest = parse_manifest(xml.encode(), file_names={"a.html"})
    tree = manifest.sequencing["tree"]
    assert tree["id"] == ""
    assert [(leaf["id"], leaf["is_leaf"]) for leaf in tree["children"]] == [("r", True)]


ATTRIBUTE_VALUES = st.text(
    alphabet=st.sampled_from(list("0123456789.-+eEPTHMStrufalsyINn ")), max_size=12
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(flow=ATTRIBUTE_VALUES, weight=ATTRIBUTE_VALUES, limit=ATTRIBUTE_VALUES)
def test_odd_attribute_values_give_a_definition_or_a_validation_error(
    flow, weight, limit
):
    sequencing = (
        f"<imsss:sequencing><imsss:controlMode flow={quoteattr(flow)}/>"
        f"<imsss:limitConditions attemptAbsoluteDurationLimit={quoteattr(limit)}/>"
        f"<imsss:rollupRules objectiveMeasureWeight={quoteattr(weight)}/>"
        "</imsss:sequencing>"
    )
    try:
        package = _read(_item("a", sequencing))
    except ValidationError as err:
        refusal = err.messages[0]
    else:
        refusal = ""
    if refusal:
        assert refusal.startswith("The sequencing of a has ")
        return
    leaf = package["tree"]["children"][0]
    assert isinstance(leaf["control_mode"]["flow"], bool)
    assert 0 <= leaf["rollup"]["measure_weight"] <= 1
    assert leaf["attempt_duration_limit"] is None or leaf["attempt_duration_limit"] >= 0


def _fill_sequencing():
    from django.apps import apps

    migration = importlib.import_module("scorm.migrations.0002_manifest_sequencing")
    migration.fill_sequencing(apps, None)


@pytest.mark.django_db
def test_migration_fills_the_definition_of_stored_2004_versions(scorm_fixture):
    from scorm.importing import import_package
    from scorm.models import ScormPackageVersion

    with open(scorm_fixture(POST_TEST), "rb") as upload:
        imported = import_package(upload)
    with open(scorm_fixture(FORCED), "rb") as upload:
        lost = import_package(upload)
    expected = imported.manifest["sequencing"]
    for version in (imported, lost):
        del version.manifest["sequencing"]
        version.save(update_fields=["manifest"])
    default_storage.delete(f"{lost.storage_prefix}/imsmanifest.xml")

    _fill_sequencing()

    imported = ScormPackageVersion.objects.get(pk=imported.pk)
    assert imported.manifest["sequencing"] == expected
    assert imported.manifest["sequencing"]["tree"]["id"] == ORG
    assert "sequencing" not in ScormPackageVersion.objects.get(pk=lost.pk).manifest


@pytest.mark.django_db
def test_migration_leaves_12_versions_alone():
    from scorm.importing import import_package

    from .conftest import own_package

    version = import_package(own_package())
    del version.manifest["sequencing"]
    version.save(update_fields=["manifest"])

    _fill_sequencing()

    version.refresh_from_db()
    assert "sequencing" not in version.manifest


def _sequenced_zip(flow="true"):
    from .conftest import make_zip

    sequencing = f"""<imsss:sequencing>
      <imsss:controlMode flow="{flow}"/>
      <imsss:sequencingRules><imsss:exitConditionRule>
        <imsss:ruleConditions>
          <imsss:ruleCondition condition="timeLimitExceeded"/>
        </imsss:ruleConditions>
        <imsss:ruleAction action="exit"/>
      </imsss:exitConditionRule></imsss:sequencingRules>
    </imsss:sequencing>"""
    xml = _manifest(_item("a", sequencing))
    return make_zip({"imsmanifest.xml": xml, "a.html": b"<p>A</p>"}).getvalue()


WARNING = (
    "Rule conditions timeLimitExceeded (in a) are not supported; such conditions "
    "are treated as false."
)


@pytest.mark.django_db
def test_admin_import_reports_features_and_warnings(trainer_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from scorm.models import ScormPackage

    upload = SimpleUploadedFile("course.zip", _sequenced_zip())
    response = trainer_client.post(
        "/admin/snippets/scorm/scormpackage/add/",
        {"title": "Sequenced", "package_file": upload},
        follow=True,
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert (
        "Sequencing this package uses: Flow navigation (Continue and Previous), "
        "Exit rules." in page
    )
    assert WARNING in page
    package = ScormPackage.objects.get()
    edit = trainer_client.get(f"/admin/snippets/scorm/scormpackage/edit/{package.pk}/")
    page = edit.content.decode()
    assert "Current version 1 (SCORM 2004 4th Edition)" in page
    assert "Flow navigation (Continue and Previous), Exit rules." in page
    assert WARNING in page


@pytest.mark.django_db
def test_admin_import_refuses_a_bad_sequencing_value(trainer_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from scorm.models import ScormPackage

    data = _sequenced_zip(flow="often")
    response = trainer_client.post(
        "/admin/snippets/scorm/scormpackage/add/",
        {"title": "Broken", "package_file": SimpleUploadedFile("c.zip", data)},
    )
    assert response.status_code == 200
    assert (
        "The sequencing of a has flow=&quot;often&quot;; it must be true or false."
        in (response.content.decode())
    )
    assert not ScormPackage.objects.exists()


@pytest.mark.django_db
def test_import_command_prints_the_sequencing_report(tmp_path):
    import io

    from django.core.management import call_command

    path = tmp_path / "sequenced.zip"
    path.write_bytes(_sequenced_zip())
    out = io.StringIO()
    call_command("import_scorm", str(path), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == (
        "Sequencing this package uses: Flow navigation (Continue and Previous), "
        "Exit rules."
    )
    assert lines[2] == f"Warning: {WARNING}"


def test_navigation_limits_and_constrained_choice():
    sequencing = """<imsss:sequencing>
      <imsss:controlMode choice="false" choiceExit="false" flow="true"
          forwardOnly="true" useCurrentAttemptObjectiveInfo="false"/>
      <imsss:auxiliaryResources/>
      <adlseq:constrainedChoiceConsiderations preventActivation="true"
          constrainChoice="true"/>
      <adlseq:rollupConsiderations requiredForCompleted="ifNotSkipped"
          measureSatisfactionIfActive="false"/>
    </imsss:sequencing>"""
    cluster = f'<item identifier="c"><title>C</title>{sequencing}{_item("a")}</item>'
    package = _read(cluster)
    cluster = package["tree"]["children"][0]

    assert cluster["control_mode"] == {
        "choice": False,
        "choice_exit": False,
        "flow": True,
        "forward_only": True,
        "use_current_attempt_objective_info": False,
        "use_current_attempt_progress_info": True,
    }
    assert cluster["constrain_choice"] is True
    assert cluster["prevent_activation"] is True
    assert cluster["rollup_considerations"]["required_for_completed"] == "ifNotSkipped"
    assert cluster["rollup_considerations"]["measure_satisfaction_if_active"] is False
    assert package["features"] == [
        "flow",
        "choice_off",
        "forward_only",
        "choice_exit_off",
        "rollup_considerations",
        "constrained_choice",
    ]
    assert package["warnings"] == [
        "Auxiliary resources (in c) are not supported and are ignored."
    ]
