"""An H5P package of the project's own making: one tiny library, one question.

It lets the browser journey run without third-party packages. The library is a
few lines written here against H5P core's public API (EventDispatcher,
triggerXAPIScored, getCurrentState), which h5p-standalone provides.
"""

import json

from .conftest import build_zip, library_json

LIBRARY_JS = r"""
(function () {
  "use strict";
  window.MIT = window.MIT || {};
  function TinyQuiz(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params;
    var previous = extras && extras.previousState;
    if (typeof previous === "string") { previous = JSON.parse(previous); }
    var known = previous && typeof previous.choice === "number";
    this.choice = known ? previous.choice : null;
  }
  TinyQuiz.prototype = Object.create(H5P.EventDispatcher.prototype);
  TinyQuiz.prototype.constructor = TinyQuiz;
  TinyQuiz.prototype.attach = function ($container) {
    var self = this;
    var root = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = self.params.question;
    root.appendChild(legend);
    self.params.answers.forEach(function (text, index) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "tiny-quiz";
      input.checked = self.choice === index;
      input.addEventListener("change", function () { self.choice = index; });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + text));
      root.appendChild(label);
    });
    var check = document.createElement("button");
    check.type = "button";
    check.textContent = "Check";
    check.addEventListener("click", function () {
      var score = self.choice === self.params.correct ? 1 : 0;
      self.triggerXAPIScored(score, 1, "answered", true, score === 1);
    });
    root.appendChild(check);
    $container.get(0).appendChild(root);
  };
  TinyQuiz.prototype.getCurrentState = function () {
    return this.choice === null ? undefined : { choice: this.choice };
  };
  window.MIT.TinyQuiz = TinyQuiz;
})();
"""


def tiny_quiz_zip():
    files = {
        "h5p.json": json.dumps(
            {
                "title": "Which is an indicator?",
                "mainLibrary": "MIT.TinyQuiz",
                "language": "en",
                "license": "CC BY",
                "embedTypes": ["div"],
                "preloadedDependencies": [
                    {
                        "machineName": "MIT.TinyQuiz",
                        "majorVersion": 1,
                        "minorVersion": 0,
                    }
                ],
            }
        ),
        "content/content.json": json.dumps(
            {
                "question": "Which is an indicator of trafficking?",
                "answers": ["A valid work contract", "The employer keeps the passport"],
                "correct": 1,
            }
        ),
        "MIT.TinyQuiz-1.0/library.json": library_json(
            "MIT.TinyQuiz", 1, 0, js=["tiny-quiz.js"]
        ),
        "MIT.TinyQuiz-1.0/tiny-quiz.js": LIBRARY_JS,
    }
    return build_zip(files)
