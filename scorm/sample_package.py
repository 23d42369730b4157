"""A small SCORM 1.2 package of our own, built in code for the demo and the tests.

It behaves like typical authored content: it finds the API by walking up its
parent frames, resumes from its bookmark, pages through a short checklist, asks
one question, reports score and pass/fail against the mastery score, and saves
its session time and a suspend state when the learner leaves.
"""

import io
import zipfile

TITLE = "First contact checklist (practice)"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="mit.training.first-contact" version="1"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="mit">
    <organization identifier="mit">
      <title>{title}</title>
      <item identifier="checklist" identifierref="checklist_sco">
        <title>{title}</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="checklist_sco" type="webcontent" adlcp:scormtype="sco"
        href="index.html">
      <file href="index.html"/>
      <file href="checklist.js"/>
    </resource>
  </resources>
</manifest>
"""

PAGES = [
    (
        "Before you approach",
        "Agree who leads the conversation and who observes. Bring an interpreter "
        "the person can trust, never a companion who may control them.",
    ),
    (
        "The first minutes",
        "Introduce yourselves and your roles in plain words. Explain what will "
        "happen next and that the person may stop at any time.",
    ),
    (
        "What to record",
        "Write down only what the referral needs. Keep notes away from anyone "
        "who accompanies the person.",
    ),
]

INDEX_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 1rem; line-height: 1.5; }}
button {{ font-size: 1rem; padding: 0.5rem 1rem; margin: 0.25rem 0.25rem 0 0; }}
</style>
</head>
<body>
<main>
  <p id="progress"></p>
  <h1 id="heading"></h1>
  <p id="text"></p>
  <fieldset id="question" hidden>
    <legend>Who should interpret during a first contact?</legend>
    <label><input type="radio" name="answer" value="companion"> The person's
      companion</label><br>
    <label><input type="radio" name="answer" value="trusted"> An interpreter the
      person can trust</label>
  </fieldset>
  <p id="result" role="status"></p>
  <button type="button" id="back">Back</button>
  <button type="button" id="next">Next</button>
  <button type="button" id="submit" hidden>Submit answer</button>
</main>
<script src="checklist.js"></script>
</body>
</html>
"""

CHECKLIST_JS = """(function () {
  "use strict";
  var pages = %(pages)s;
  var api = null;
  var page = 0;
  var started = new Date();
  var finished = false;

  function findApi(win) {
    for (var hops = 0; win && hops < 10; hops++) {
      try {
        if (win.API) { return win.API; }
      } catch (e) { /* a cross-origin ancestor: keep climbing */ }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }

  function set(name, value) { if (api) { api.LMSSetValue(name, String(value)); } }
  function get(name) { return api ? api.LMSGetValue(name) : ""; }

  function pad(n, width) {
    n = String(n);
    while (n.length < width) { n = "0" + n; }
    return n;
  }
  function sessionTime() {
    var s = Math.round((new Date() - started) / 1000);
    return pad(Math.floor(s / 3600), 4) + ":" + pad(Math.floor(s %% 3600 / 60), 2) +
      ":" + pad(s %% 60, 2);
  }

  function show() {
    var onQuestion = page === pages.length;
    document.getElementById("progress").textContent =
      "Page " + (page + 1) + " of " + (pages.length + 1);
    document.getElementById("heading").textContent =
      onQuestion ? "Check your understanding" : pages[page][0];
    document.getElementById("text").textContent = onQuestion ? "" : pages[page][1];
    document.getElementById("question").hidden = !onQuestion;
    document.getElementById("submit").hidden = !onQuestion;
    document.getElementById("next").disabled = onQuestion;
    document.getElementById("back").disabled = page === 0;
    set("cmi.core.lesson_location", page);
  }

  function submit() {
    var chosen = document.querySelector("input[name=answer]:checked");
    var score = chosen && chosen.value === "trusted" ? 100 : 0;
    set("cmi.core.score.min", 0);
    set("cmi.core.score.max", 100);
    set("cmi.core.score.raw", score);
    set("cmi.interactions.0.id", "interpreter");
    set("cmi.interactions.0.type", "choice");
    set("cmi.interactions.0.student_response", chosen ? chosen.value : "");
    set("cmi.interactions.0.result", score ? "correct" : "wrong");
    set("cmi.core.lesson_status", score >= 80 ? "passed" : "failed");
    finished = score >= 80;
    if (api) { api.LMSCommit(""); }
    document.getElementById("result").textContent =
      score ? "Correct: you passed." : "Not quite: a companion may control the person.";
  }

  function leave() {
    if (!api || leave.done) { return; }
    leave.done = true;
    set("cmi.core.session_time", sessionTime());
    set("cmi.core.exit", finished ? "" : "suspend");
    api.LMSFinish("");
  }

  api = findApi(window);
  if (api) {
    api.LMSInitialize("");
    if (get("cmi.core.lesson_status") === "not attempted") {
      set("cmi.core.lesson_status", "incomplete");
    }
    var bookmark = parseInt(get("cmi.core.lesson_location"), 10);
    if (get("cmi.core.entry") === "resume" && bookmark >= 0) {
      page = Math.min(bookmark, pages.length);
    }
  }
  document.getElementById("next").onclick = function () { page += 1; show(); };
  document.getElementById("back").onclick = function () { page -= 1; show(); };
  document.getElementById("submit").onclick = submit;
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);
  show();
})();
"""


def build_sample_package() -> bytes:
    """Return the zip of our own SCORM 1.2 practice activity."""
    import json

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", MANIFEST.format(title=TITLE))
        archive.writestr("index.html", INDEX_HTML.format(title=TITLE))
        archive.writestr("checklist.js", CHECKLIST_JS % {"pages": json.dumps(PAGES)})
    return buffer.getvalue()
