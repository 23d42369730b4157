"""A small H5P content type of the project's own making, for the demo and tests.

"MIT.SingleChoice" is one question with one right answer, written here against H5P
core's public API (EventDispatcher, triggerXAPIScored, getCurrentState) that
h5p-standalone provides. No third-party library code is involved, so the demo and
the tests can run without any downloaded H5P package.
"""

import io
import json
import zipfile

MACHINE_NAME = "MIT.SingleChoice"

LIBRARY_JS = r"""
(function () {
  "use strict";
  window.MIT = window.MIT || {};
  function SingleChoice(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params;
    var previous = extras && extras.previousState;
    if (typeof previous === "string") { previous = JSON.parse(previous); }
    var known = previous && typeof previous.choice === "number";
    this.choice = known ? previous.choice : null;
  }
  SingleChoice.prototype = Object.create(H5P.EventDispatcher.prototype);
  SingleChoice.prototype.constructor = SingleChoice;
  SingleChoice.prototype.attach = function ($container) {
    var self = this;
    var root = document.createElement("fieldset");
    root.className = "mit-single-choice";
    var legend = document.createElement("legend");
    legend.textContent = self.params.question;
    root.appendChild(legend);
    var feedback = document.createElement("p");
    feedback.setAttribute("aria-live", "polite");
    self.params.answers.forEach(function (text, index) {
      var label = document.createElement("label");
      label.style.display = "block";
      label.style.margin = "0.5rem 0";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "mit-single-choice";
      input.checked = self.choice === index;
      input.addEventListener("change", function () { self.choice = index; });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + text));
      root.appendChild(label);
    });
    var check = document.createElement("button");
    check.type = "button";
    check.textContent = self.params.checkLabel || "Check";
    check.addEventListener("click", function () {
      if (self.choice === null) { return; }
      var right = self.choice === self.params.correct;
      feedback.textContent = right ? self.params.rightText : self.params.wrongText;
      self.triggerXAPIScored(right ? 1 : 0, 1, "answered", true, right);
    });
    root.appendChild(check);
    root.appendChild(feedback);
    $container.get(0).appendChild(root);
  };
  SingleChoice.prototype.getCurrentState = function () {
    return this.choice === null ? undefined : { choice: this.choice };
  };
  window.MIT.SingleChoice = SingleChoice;
})();
"""


def single_choice_package(
    *, title: str, question: str, answers: list[str], correct: int, **texts
) -> io.BytesIO:
    """Return an .h5p file (in memory) with one single-choice question."""
    library = {
        "title": "MIT single choice",
        "machineName": MACHINE_NAME,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "preloadedJs": [{"path": "single-choice.js"}],
    }
    h5p_json = {
        "title": title,
        "mainLibrary": MACHINE_NAME,
        "language": "en",
        "license": "CC BY",
        "authors": [{"name": "MIT Training Platform", "role": "Author"}],
        "embedTypes": ["div"],
        "preloadedDependencies": [
            {"machineName": MACHINE_NAME, "majorVersion": 1, "minorVersion": 0}
        ],
    }
    content = {
        "question": question,
        "answers": answers,
        "correct": correct,
        "rightText": texts.get("right_text", "Correct."),
        "wrongText": texts.get("wrong_text", "Not quite: look again."),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(h5p_json))
        archive.writestr("content/content.json", json.dumps(content))
        archive.writestr(f"{MACHINE_NAME}-1.0/library.json", json.dumps(library))
        archive.writestr(f"{MACHINE_NAME}-1.0/single-choice.js", LIBRARY_JS)
    buffer.seek(0)
    return buffer
