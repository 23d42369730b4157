import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorm.manifest import launchable_items, parse_manifest

from .conftest import MANIFEST_12

MANIFEST_2004 = """<?xml version="1.0"?>
<manifest identifier="own.2004" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="o">
    <organization identifier="o">
      <title>Own 2004</title>
      <item identifier="i1" identifierref="r1" isvisible="true">
        <title>Only part</title>
        <adlcp:completionThreshold minProgressMeasure="0.8"/>
        <adlcp:dataFromLMS>mode=x</adlcp:dataFromLMS>
        <imsss:sequencing>
          <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H"/>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
      <item identifier="hidden" isvisible="false"><title>Hidden</title></item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="r1" type="webcontent" adlcp:scormType="sco"
        href="start.html"><file href="start.html"/>
      <dependency identifierref="shared"/></resource>
    <resource identifier="shared" type="webcontent" adlcp:scormType="asset">
      <file href="lib.js"/></resource>
  </resources>
</manifest>
"""


def test_scorm_2004_manifest_is_read_with_its_extensions():
    manifest = parse_manifest(
        MANIFEST_2004.encode(), file_names={"content/start.html", "content/lib.js"}
    )
    (item,) = launchable_items(manifest.as_dict())
    assert manifest.version == "2004-4"
    assert manifest.title == "Own 2004"
    assert item["launch"] == "content/start.html"
    assert item["completion_threshold"] == 0.8
    assert item["scaled_passing_score"] == 0.7
    assert item["data_from_lms"] == "mode=x"
    assert item["has_sequencing"] is True
    assert manifest.has_sequencing is True
    resources = {r["identifier"]: r for r in manifest.resources}
    assert resources["r1"]["dependencies"] == ["shared"]
    assert resources["shared"]["scorm_type"] == "asset"


def test_scorm_12_manifest_without_metadata_is_taken_as_12():
    data = MANIFEST_12.replace(
        "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>"
        "</metadata>",
        "",
    )
    manifest = parse_manifest(data.encode(), file_names={"one/index.html", "two.html"})
    assert manifest.version == "1.2"


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<notmanifest/>", "does not start with a <manifest> element"),
        (
            '<manifest><organizations><organization identifier="o">'
            '<item identifier="i" identifierref="nope"><title>T</title></item>'
            "</organization></organizations><resources/></manifest>",
            "refers to a resource nope that is not listed",
        ),
        ("<manifest><resources/></manifest>", "names no launchable activity"),
        (
            '<manifest><organizations><organization identifier="o">'
            '<item identifier="i" identifierref="r"><title>T</title>'
            "<adlcp:masteryscore xmlns:adlcp='x'>lots</adlcp:masteryscore></item>"
            '</organization></organizations><resources><resource identifier="r" '
            'href="a.html"/></resources></manifest>',
            "masteryscore is not a number",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;">]><manifest>&b;</manifest>',
            "XML entities",
        ),
    ],
)
def test_broken_manifests_get_a_message(xml, message):
    with pytest.raises(ValidationError) as err:
        parse_manifest(xml.encode(), file_names={"a.html"})
    assert message in err.value.messages[0]


xml_text = st.text(
    alphabet=st.sampled_from(list("<>/=\"' amnifestorgizwu:xl&;#!?[]-1.2")),
    max_size=200,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(xml_text, st.binary(max_size=200)))
def test_parser_returns_a_result_or_a_validation_error(data):
    raw = data.encode() if isinstance(data, str) else data
    try:
        parse_manifest(raw, file_names={"a.html"})
    except ValidationError:
        pass


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(max_size=50),
    href=st.text(max_size=30),
    parameters=st.text(max_size=20),
    mastery=st.text(max_size=10),
)
def test_parser_survives_odd_values_in_a_valid_shape(title, href, parameters, mastery):
    from xml.sax.saxutils import escape, quoteattr

    xml = (
        "<manifest><organizations default='o'><organization identifier='o'>"
        f"<item identifier='i' identifierref='r' parameters={quoteattr(parameters)}>"
        f"<title>{escape(title)}</title><masteryscore>{escape(mastery)}</masteryscore>"
        "</item></organization></organizations><resources>"
        f"<resource identifier='r' adlcp:scormtype='sco' href={quoteattr(href)} "
        "xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_rootv1p2'/>"
        "</resources></manifest>"
    )
    try:
        manifest = parse_manifest(xml.encode(), file_names={href})
    except ValidationError:
        return
    assert launchable_items(manifest.as_dict())[0]["identifier"] == "i"


@pytest.mark.parametrize("href", ["//[a/b.html", "http://evil.example/x.html", ""])
def test_odd_launch_hrefs_are_missing_files_not_crashes(href):
    xml = (
        "<manifest><organizations><organization identifier='o'>"
        "<item identifier='i' identifierref='r'><title>T</title></item>"
        "</organization></organizations><resources>"
        f"<resource identifier='r' href='{href}'/></resources></manifest>"
    )
    with pytest.raises(ValidationError):
        parse_manifest(xml.encode(), file_names={"a.html"})
