/* The one script of the sequenced sample package's SCOs (SCORM 2004 4th Edition).
 *
 * <main data-kind="quiz"> pages ask their .step fieldsets one at a time and
 * report the result; <main data-kind="pages"> pages show their .step sections
 * with Back/Next. The texts live in the HTML, so this file stays the same for
 * every SCO.
 */
(function () {
  "use strict";
  var main = document.querySelector("main");
  var isQuiz = main.getAttribute("data-kind") === "quiz";
  var steps = Array.prototype.slice.call(document.querySelectorAll(".step"));
  var started = new Date();
  var state = { step: 0, reached: 0, answers: {}, done: false };
  var api = null;
  var ended = false;

  function findApi(win) {
    for (var hops = 0; win && hops < 10; hops++) {
      try {
        if (win.API_1484_11) { return win.API_1484_11; }
      } catch (e) { /* a cross-origin ancestor: keep climbing */ }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }

  function byId(id) { return document.getElementById(id); }
  function get(name) { return api ? api.GetValue(name) : ""; }
  function set(name, value) { if (api) { api.SetValue(name, String(value)); } }

  function sessionTime() {
    var s = Math.max(0, Math.round((new Date() - started) / 1000));
    return "PT" + Math.floor(s / 3600) + "H" + Math.floor(s % 3600 / 60) + "M" +
      (s % 60) + "S";
  }

  // Called once, whichever comes first: a button, pagehide or beforeunload.
  function end(exit, navRequest) {
    if (ended || !api) { return; }
    ended = true;
    set("cmi.session_time", sessionTime());
    set("cmi.exit", exit);
    if (navRequest) { set("adl.nav.request", navRequest); }
    api.Terminate("");
  }

  function remember() {
    set("cmi.location", state.step);
    set("cmi.suspend_data", JSON.stringify(state));
  }

  function resume() {
    if (get("cmi.entry") !== "resume") { return; }
    try {
      var saved = JSON.parse(get("cmi.suspend_data") || "{}");
      state.answers = saved.answers || {};
      state.done = saved.done === true;
      state.passed = saved.passed === true;
      state.right = saved.right || 0;
      state.reached = saved.reached || 0;
    } catch (e) { /* unreadable suspend data: the bookmark alone still resumes */ }
    var bookmark = parseInt(get("cmi.location"), 10);
    if (bookmark >= 0) { state.step = Math.min(bookmark, steps.length - 1); }
  }

  function showPage() {
    var last = state.step === steps.length - 1;
    steps.forEach(function (step, n) { step.hidden = n !== state.step; });
    byId("progress").textContent = "Page " + (state.step + 1) + " of " + steps.length;
    byId("back").disabled = state.step === 0;
    byId("next").hidden = last;
    byId("continue").hidden = !last;
    // Going back does not lower the progress already made.
    state.reached = Math.max(state.reached, state.step);
    set("cmi.progress_measure", ((state.reached + 1) / steps.length).toFixed(2));
    if (last && !state.done) {
      state.done = true;
      set("cmi.completion_status", "completed");
    }
    remember();
  }

  function answerOf(step) { return state.answers[step.getAttribute("data-id")] || ""; }

  function showQuestion() {
    var last = state.step === steps.length - 1;
    var answered = answerOf(steps[state.step]) !== "";
    steps.forEach(function (step, n) { step.hidden = state.done || n !== state.step; });
    byId("progress").textContent = state.done ? "" :
      "Question " + (state.step + 1) + " of " + steps.length;
    byId("back").hidden = state.done;
    byId("back").disabled = state.step === 0;
    byId("next").hidden = state.done || last;
    byId("next").disabled = !answered;
    byId("submit").hidden = state.done || !last;
    byId("submit").disabled = !answered;
    byId("continue").hidden = !state.done;
    if (state.done) {
      byId("result").textContent = main.getAttribute(
        state.passed ? "data-passed" : "data-failed");
      byId("score").textContent = "You answered " + state.right + " of " +
        steps.length + " questions correctly.";
    }
    remember();
  }

  function record(step, n) {
    var answer = answerOf(step);
    var correct = step.getAttribute("data-correct");
    var prefix = "cmi.interactions." + n + ".";
    set(prefix + "id", step.getAttribute("data-id"));
    set(prefix + "type", "choice");
    set(prefix + "description", step.querySelector("legend").textContent);
    set(prefix + "correct_responses.0.pattern", correct);
    set(prefix + "learner_response", answer);
    set(prefix + "result", answer === correct ? "correct" : "incorrect");
    return answer === correct;
  }

  function submit() {
    var right = steps.filter(record).length;
    var scaled = right / steps.length;
    // The LMS's cmi.scaled_passing_score (from the manifest) wins over the
    // page's own threshold, so the message agrees with the recorded result.
    var passing = parseFloat(get("cmi.scaled_passing_score"));
    if (isNaN(passing)) { passing = parseFloat(main.getAttribute("data-passing")); }
    state.done = true;
    state.right = right;
    state.passed = scaled >= passing;
    set("cmi.score.min", 0);
    set("cmi.score.max", steps.length);
    set("cmi.score.raw", right);
    set("cmi.score.scaled", scaled.toFixed(4));
    set("cmi.success_status", state.passed ? "passed" : "failed");
    set("cmi.completion_status", "completed");
    showQuestion();
    if (api) { api.Commit(""); }
  }

  function move(by) {
    state.step = Math.max(0, Math.min(steps.length - 1, state.step + by));
    if (isQuiz) { showQuestion(); } else { showPage(); }
  }

  api = findApi(window);
  if (api) {
    api.Initialize("");
    resume();
    if (get("cmi.completion_status") !== "completed") {
      set("cmi.completion_status", "incomplete");
    }
  }
  steps.forEach(function (step) {
    var id = step.getAttribute("data-id");
    Array.prototype.forEach.call(step.querySelectorAll("input"), function (input) {
      input.checked = state.answers[id] === input.value;
      input.addEventListener("change", function () {
        state.answers[id] = input.value;
        showQuestion();
      });
    });
  });
  byId("back").addEventListener("click", function () { move(-1); });
  byId("next").addEventListener("click", function () { move(1); });
  if (byId("submit")) { byId("submit").addEventListener("click", submit); }
  byId("continue").addEventListener("click", function () { end("", "continue"); });
  byId("leave").addEventListener("click", function () { end("suspend", "suspendAll"); });
  window.addEventListener("pagehide", function () { end(state.done ? "" : "suspend"); });
  window.addEventListener("beforeunload", function () {
    end(state.done ? "" : "suspend");
  });
  move(0);
})();
