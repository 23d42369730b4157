// The LMS side of the SCORM player. The real runtime (scorm-again) lives here, on
// the LMS origin; the SCO runs on the content origin and reaches it only through
// CrossFrameLMS, which answers messages from that one origin.
//
// Sequenced packages: the server runs the sequencer. The final commit of a launch
// carries the navigation request (the content's adl.nav.request or the player's
// own control), and its reply says where to go: launch what the server delivered,
// let the learner choose, or leave.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("scorm-config").textContent);
  var is2004 = config.version === "2004";
  var sequenced = Boolean(config.sequenced);
  var hasCommits = Boolean(config.commitUrl);
  var navValid = config.navValid || {};
  var lmsNav = "";
  var leaving = false;
  var api;
  var settings = {
    lmsCommitUrl: hasCommits ? config.commitUrl : false,
    autocommit: hasCommits,
    autocommitSeconds: config.autocommitSeconds,
    dataCommitFormat: "flattened",
    includeCommitSequence: true,
    terminateCommitParam: "final",
    // Cross-frame, Commit answers "true" before the LMS sees it anyway; keepalive
    // fetch also survives a commit made while the page is being hidden. A
    // sequenced package needs the final commit's reply, which a beacon never gets.
    useAsynchronousCommits: true,
    asyncModeBeaconBehavior: sequenced ? "never" : "on-terminate",
    xhrHeaders: { "X-CSRFToken": config.csrfToken },
    logLevel: 4,
    requestHandler: function (params) {
      var nav = lmsNav || (is2004 && api.adl.nav.request);
      if (sequenced && nav && nav !== "_none_" && !Array.isArray(params)) {
        params["adl.nav.request"] = nav;
      }
      return params;
    },
    responseHandler: async function (response) {
      var body = {};
      try {
        body = await response.json();
      } catch (error) {
        body = {};
      }
      if (body.navigation) {
        followNavigation(body.navigation);
      }
      var ok = response.ok && (body.result === "true" || body.result === true);
      return {
        result: ok ? "true" : "false",
        errorCode: ok ? 0 : typeof body.errorCode === "number" ? body.errorCode : 101,
      };
    },
  };
  api = is2004 ? new Scorm2004API(settings) : new Scorm12API(settings);
  // Load the stored data before the content origin can ask for it.
  api.loadFromFlattenedJSON(config.launchData, "");
  window.scormRuntime = api;

  if (sequenced) {
    var shared = config.sharedData || { maps: [], stores: {} };
    api.adl.configureSharedDataMaps(shared.maps);
    api.restoreSharedDataSnapshot(shared.stores);
    // Which navigation requests are valid now, as the server's sequencer says.
    var getValue = api.GetValue;
    api.GetValue = function (element) {
      return Object.prototype.hasOwnProperty.call(navValid, element)
        ? navValid[element]
        : getValue.call(api, element);
    };
    // The content frame answers GetValue from a cache filled from this call, so
    // it must also hold the shared data buckets and the valid requests.
    var flattened = api.getFlattenedCMI.bind(api);
    api.getFlattenedCMI = function () {
      var data = flattened();
      var buckets = api.adl.data.childArray;
      data["adl.data._count"] = String(buckets.length);
      buckets.forEach(function (bucket, index) {
        var readable = shared.maps[index] && shared.maps[index].readSharedData;
        data["adl.data." + index + ".id"] = bucket.id;
        data["adl.data." + index + ".store"] =
          readable && bucket.storeIsSet ? bucket.storeValue : "";
      });
      return Object.assign(data, navValid);
    };
  }

  // Default 100 messages per second would silently drop a chatty SCO's calls.
  new CrossFrameLMS(api, config.contentOrigin, { rateLimit: 5000 });

  var startedAt = null;
  api.on(is2004 ? "Initialize" : "LMSInitialize", function () {
    startedAt = Date.now();
  });

  function followNavigation(outcome) {
    if (leaving) {
      return;
    }
    leaving = true;
    window.location.replace(outcome === "ended" ? config.exitUrl : config.playUrl);
  }

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

  function isRunning() {
    return api.isInitialized() && !api.isTerminated();
  }

  // End the SCO's session from this page, filling in only what the SCO did not
  // set: it may be closed before its own unload calls reach us.
  function finishSession() {
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
  }

  // Leaving the page suspends a sequenced session (to resume where the learner
  // was), whichever comes first: the SCO's own Terminate or ours on pagehide.
  window.addEventListener("beforeunload", function () {
    leaving = true;
    var request = is2004 ? api.adl.nav.request : "";
    if (sequenced && !lmsNav && (!request || request === "_none_")) {
      lmsNav = "suspendAll";
    }
  });

  // When a tab closes, the SCO's own unload calls rarely reach this page in time.
  window.addEventListener("pagehide", function () {
    if (!isRunning()) {
      return;
    }
    leaving = true;
    if (sequenced && !lmsNav && (!api.adl.nav.request || api.adl.nav.request === "_none_")) {
      lmsNav = "suspendAll";
    }
    finishSession();
  });

  if (sequenced) {
    // The player's own controls: while a SCO runs, its final commit carries the
    // request; otherwise the form posts it. If no reply comes, the form posts it.
    document.querySelectorAll(".scorm-nav__form").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!isRunning()) {
          return;
        }
        event.preventDefault();
        var target = form.dataset.target;
        lmsNav = (target ? "{target=" + target + "}" : "") + form.dataset.nav;
        finishSession();
        window.setTimeout(function () {
          if (!leaving) {
            leaving = true;
            form.submit();
          }
        }, 5000);
      });
    });
    // The content ended its session itself: go where the server says, or reload.
    api.on("Terminate", function () {
      if (lmsNav) {
        return;
      }
      window.setTimeout(function () {
        followNavigation("choose");
      }, 5000);
    });
  }

  document.getElementById("scorm-frame").src = config.playerUrl;
})();
