// Save each answer on the server as the learner goes, and count down the time left.
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  if (!form) { return; }
  var status = form.querySelector("[data-save-status]");
  var baseUrl = form.getAttribute("data-autosave-url");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timers = {};

  function say(text) { if (status) { status.textContent = text; } }

  function urlFor(slot) { return baseUrl.replace(/\/0\/$/, "/" + slot + "/"); }

  function save(fieldset) {
    var slot = fieldset.getAttribute("data-slot");
    var data = new FormData();
    fieldset.querySelectorAll("input, select, textarea").forEach(function (field) {
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) { return; }
      data.append(field.name, field.value);
    });
    fieldset.setAttribute("data-saving", "");
    return fetch(urlFor(slot), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token }
    }).then(function (response) {
      fieldset.removeAttribute("data-saving");
      return response.json().then(function (body) {
        if (response.ok) {
          fieldset.setAttribute("data-saved", "");
          say(form.getAttribute("data-saved-text") || "✓");
        } else {
          say(body.error || "");
        }
      });
    }).catch(function () {
      fieldset.removeAttribute("data-saving");
      say(form.getAttribute("data-offline-text") || "…");
    });
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-slot]");
    if (fieldset) { save(fieldset); }
  });
  form.addEventListener("input", function (event) {
    var fieldset = event.target.closest("fieldset[data-slot]");
    if (!fieldset || event.target.tagName === "SELECT") { return; }
    var slot = fieldset.getAttribute("data-slot");
    clearTimeout(timers[slot]);
    timers[slot] = setTimeout(function () { save(fieldset); }, 800);
  });
  form.addEventListener("submit", function () {
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
  });

  var timer = document.querySelector("[data-seconds-left]");
  if (timer) {
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var text = timer.querySelector("[data-timer-text]");
    var end = Date.now() + left * 1000;
    var tick = function () {
      var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
      var minutes = Math.floor(seconds / 60);
      text.textContent = minutes + ":" + String(seconds % 60).padStart(2, "0");
      if (seconds > 0) { setTimeout(tick, 1000); }
    };
    tick();
  }
})();
