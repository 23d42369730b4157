// Runs on the content origin, between the LMS page and the SCO. It exposes the
// SCORM API the SCO looks for (window.API or window.API_1484_11) as a proxy that
// talks to the LMS page by postMessage with the LMS origin, never "*". Before the
// SCO starts, it fetches the learner's stored data once, so the SCO's first
// GetValue (entry, bookmark, suspend_data) already answers with real values.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("scorm-player-config").textContent);
  var frame = document.getElementById("sco-frame");
  // A learner may take longer than the 5 s default to answer a SCO's own dialog.
  var api = new CrossFrameAPI(config.lmsOrigin, window.parent, { timeout: 60000 });
  window[config.apiName] = api;
  var started = false;

  function startSco() {
    if (started) {
      return;
    }
    started = true;
    frame.src = config.scoUrl;
  }

  // scorm-again 3.4 offers no public way to prime the proxy's cache; `_post` and
  // `_cache` are its own members (pinned version, covered by the browser test).
  api._post("getFlattenedCMI", []).then(function (all) {
    Object.keys(all || {}).forEach(function (key) {
      var value = all[key];
      if (value !== null && typeof value !== "object") {
        api._cache.set(key, String(value));
      }
    });
    document.documentElement.dataset.primed = "true";
    startSco();
  }, startSco);
  window.setTimeout(startSco, 3000);
})();
