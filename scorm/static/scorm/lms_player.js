// The LMS side of the SCORM player. The real runtime (scorm-again) lives here, on
// the LMS origin; the SCO runs on the content origin and reaches it only through
// CrossFrameLMS, which answers messages from that one origin.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("scorm-config").textContent);
  var is2004 = config.version === "2004";
  var hasCommits = Boolean(config.commitUrl);
  var settings = {
    lmsCommitUrl: hasCommits ? config.commitUrl : false,
    autocommit: hasCommits,
    autocommitSeconds: config.autocommitSeconds,
    dataCommitFormat: "flattened",
    includeCommitSequence: true,
    terminateCommitParam: "final",
    // Cross-frame, Commit answers "true" before the LMS sees it anyway; keepalive
    // fetch also survives a commit made while the page is being hidden.
    useAsynchronousCommits: true,
    asyncModeBeaconBehavior: "on-terminate",
    xhrHeaders: { "X-CSRFToken": config.csrfToken },
    logLevel: 4,
  };
  var api = is2004 ? new Scorm2004API(settings) : new Scorm12API(settings);
  // Load the stored data before the content origin can ask for it.
  api.loadFromFlattenedJSON(config.launchData, "");
  window.scormRuntime = api;
  // Default 100 messages per second would silently drop a chatty SCO's calls.
  new CrossFrameLMS(api, config.contentOrigin, { rateLimit: 5000 });

  var startedAt = null;
  api.on(is2004 ? "Initialize" : "LMSInitialize", function () {
    startedAt = Date.now();
  });

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function sessionTime(ms) {
    var seconds = Math.max(0, Math.round(ms / 1000));
    if (is2004) {
      return "PT" + seconds + "S";
    }
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    return (h < 1000 ? ("000" + h).slice(-4) : String(h)) + ":" + pad(m) + ":" + pad(seconds % 60);
  }

  // When a tab closes, the SCO's own unload calls rarely reach this page in time.
  // Finish the session here, filling in only what the SCO did not set.
  window.addEventListener("pagehide", function () {
    if (!api.isInitialized() || api.isTerminated()) {
      return;
    }
    var cmi = api.getFlattenedCMI();
    var exitKey = is2004 ? "cmi.exit" : "cmi.core.exit";
    var timeKey = is2004 ? "cmi.session_time" : "cmi.core.session_time";
    var status = is2004 ? cmi["cmi.completion_status"] : cmi["cmi.core.lesson_status"];
    var set = is2004 ? api.SetValue.bind(api) : api.LMSSetValue.bind(api);
    if (!cmi[exitKey] && status !== "completed" && status !== "passed") {
      set(exitKey, "suspend");
    }
    var time = cmi[timeKey];
    if ((!time || /^(PT0+(\.0+)?S|PT0H0M0S|0+:00:00(\.0+)?)$/.test(time)) && startedAt) {
      set(timeKey, sessionTime(Date.now() - startedAt));
    }
    if (is2004) {
      api.Terminate("");
    } else {
      api.LMSFinish("");
    }
  });

  document.getElementById("scorm-frame").src = config.playerUrl;
})();
