// The lesson page's side of an H5P activity: start the player in its frame on the
// content origin, and send the statements and saved state it reports to the LMS.
(function () {
  "use strict";
  if (window.mitH5PActivities) { return; }
  window.mitH5PActivities = true;
  var PROTOCOL = "h5p-bridge/1";
  var STATE_DELAY_MS = 1000;
  var MAX_FRAME_HEIGHT = 5000;
  var activities = [];

  function setStatus(activity, text) {
    if (activity.status) { activity.status.textContent = text; }
  }

  function post(activity, url, body, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "Content-Type": "application/json", "X-CSRFToken": activity.csrf },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  function flushState(activity, keepalive) {
    clearTimeout(activity.stateTimer);
    if (!activity.stateUrl || activity.pendingState === null) { return; }
    var state = activity.pendingState;
    activity.pendingState = null;
    post(activity, activity.stateUrl, { state: state }, keepalive).catch(function () {
      if (activity.pendingState === null) { activity.pendingState = state; }
      setStatus(activity, activity.status.dataset.textError);
    });
  }

  function sendStatement(activity, statement) {
    if (!activity.statementsUrl) { return; }
    post(activity, activity.statementsUrl, { statement: statement }).then(function (outcome) {
      if (!outcome.counted) { return; }
      var text = outcome.percent !== null
        ? activity.status.dataset.textScore + " " + Math.round(Number(outcome.percent)) + "%"
        : activity.status.dataset.textSaved;
      if (outcome.completed) { text = activity.status.dataset.textDone + " " + text; }
      setStatus(activity, text);
      activity.root.dispatchEvent(new CustomEvent("h5p:recorded", { bubbles: true, detail: outcome }));
    }).catch(function () {
      setStatus(activity, activity.status.dataset.textError);
    });
  }

  // Only statements with a result, and "consumed", change anything on the server;
  // the rest (attempted, interacted on every click) stay in the browser.
  function isRecorded(statement) {
    var verb = statement && statement.verb && statement.verb.id || "";
    return !!(statement && statement.result) || /\/consumed$/.test(verb);
  }

  function isGrading(statement) {
    var verb = statement && statement.verb && statement.verb.id || "";
    var context = statement && statement.context || {};
    var parent = context.contextActivities && context.contextActivities.parent;
    return !(parent && parent.length) && /\/(answered|completed|consumed)$/.test(verb);
  }

  function onMessage(event) {
    var activity = null;
    for (var i = 0; i < activities.length; i++) {
      if (activities[i].frame.contentWindow === event.source) { activity = activities[i]; }
    }
    if (!activity || event.origin !== activity.origin) { return; }
    var message = event.data;
    if (!message || message.protocol !== PROTOCOL) { return; }
    if (message.type === "ready") {
      activity.frame.contentWindow.postMessage(
        { protocol: PROTOCOL, type: "init", state: activity.initialState }, activity.origin);
    } else if (message.type === "xapi") {
      if (isRecorded(message.statement)) { sendStatement(activity, message.statement); }
      if (isGrading(message.statement)) { setTimeout(function () { flushState(activity); }, 200); }
    } else if (message.type === "state" && typeof message.state === "string") {
      activity.pendingState = message.state;
      clearTimeout(activity.stateTimer);
      activity.stateTimer = setTimeout(function () { flushState(activity); }, STATE_DELAY_MS);
    } else if (message.type === "resize") {
      var height = Math.min(Math.max(Number(message.height) || 0, 150), MAX_FRAME_HEIGHT);
      activity.frame.style.height = height + "px";
    } else if (message.type === "loaded") {
      activity.root.dataset.loaded = "true";
    }
  }

  function setUp(root) {
    var frame = root.querySelector("iframe");
    var stateElement = frame.dataset.stateId && document.getElementById(frame.dataset.stateId);
    var initialState = stateElement ? JSON.parse(stateElement.textContent) : null;
    activities.push({
      root: root,
      frame: frame,
      origin: root.dataset.contentOrigin,
      statementsUrl: root.dataset.statementsUrl || "",
      stateUrl: root.dataset.stateUrl || "",
      csrf: root.dataset.csrf || "",
      status: root.querySelector("[data-h5p-status]"),
      initialState: typeof initialState === "string" ? initialState : null,
      pendingState: null,
      stateTimer: null
    });
  }

  window.addEventListener("message", onMessage);
  window.addEventListener("pagehide", function () {
    activities.forEach(function (activity) { flushState(activity, true); });
  });
  function init() {
    document.querySelectorAll("[data-h5p-activity]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
