// Runs the H5P content on the content origin and relays its xAPI statements and
// saved state to the lesson page (the only window allowed to receive them).
(function () {
  "use strict";
  var PROTOCOL = "h5p-bridge/1";
  var config = JSON.parse(document.getElementById("h5p-player-config").textContent);
  var lms = config.lmsOrigin;
  if (window.parent === window) {
    document.getElementById("h5p-player-standalone").hidden = false;
    return;
  }
  var started = false;
  var lastState = null;

  function send(type, data) {
    var message = Object.assign({ protocol: PROTOCOL, type: type }, data || {});
    window.parent.postMessage(message, lms);
  }

  function sendState(data) {
    var text = typeof data === "string" ? data : JSON.stringify(data);
    if (text === undefined || text === null || text === lastState) { return; }
    lastState = text;
    send("state", { state: text });
  }

  function instance() {
    return window.H5P && H5P.instances && H5P.instances[0];
  }

  function captureState() {
    var current = instance();
    if (current && typeof current.getCurrentState === "function") {
      var data = current.getCurrentState();
      if (data !== undefined) { sendState(data); }
    }
  }

  function watch() {
    H5P.externalDispatcher.on("xAPI", function (event) {
      send("xapi", { statement: event.data.statement });
      setTimeout(captureState, 50);
    });
    // H5P's autosave caches the state through H5P.setUserData and then stops
    // (no user, no server here): catch it on the way.
    var setUserData = H5P.setUserData;
    H5P.setUserData = function (contentId, dataId, data) {
      var result = setUserData.apply(this, arguments);
      if (dataId === "state") { sendState(data); }
      return result;
    };
    var lastHeight = 0;
    function reportHeight() {
      var height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== lastHeight) {
        lastHeight = height;
        send("resize", { height: height });
      }
    }
    if (window.ResizeObserver) {
      new ResizeObserver(reportHeight).observe(document.body);
    }
    setInterval(reportHeight, 1000);
    reportHeight();
  }

  function start(state) {
    var options = {
      h5pJsonPath: config.h5pJsonPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      id: config.id,
      xAPIObjectIRI: config.xAPIObjectIRI,
      embedType: "div",
      saveFreq: 10
    };
    if (typeof state === "string" && state) {
      options.contentUserData = [{ state: state }];
      lastState = state;
    }
    var container = document.getElementById("h5p-container");
    new H5PStandalone.H5P(container, options).then(function () {
      watch();
      send("loaded");
    }).catch(function (error) {
      send("error", { message: String(error && error.message || error) });
    });
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== lms || event.source !== window.parent) { return; }
    var message = event.data;
    if (!message || message.protocol !== PROTOCOL) { return; }
    if (message.type === "init" && !started) {
      started = true;
      clearInterval(readyTimer);
      start(message.state);
    } else if (message.type === "request-state") {
      captureState();
    }
  });
  window.addEventListener("pagehide", captureState);
  var readyTimer = setInterval(function () { send("ready"); }, 250);
  send("ready");
})();
