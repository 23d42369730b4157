// Completes a lesson set to "on reaching the end" once its end has been in view
// for two seconds. Without JavaScript the learner uses the button instead.
(function () {
  "use strict";
  var form = document.querySelector("form[data-complete-on-view]");
  if (!form || !("IntersectionObserver" in window)) {
    return;
  }
  var timer = null;
  var observer = new IntersectionObserver(function (entries) {
    var visible = entries.some(function (entry) { return entry.isIntersecting; });
    if (visible && timer === null) {
      timer = window.setTimeout(complete, 2000);
    } else if (!visible && timer !== null) {
      window.clearTimeout(timer);
      timer = null;
    }
  });
  observer.observe(form);

  function complete() {
    observer.disconnect();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    }).then(function (response) {
      if (!response.ok) {
        return;
      }
      form.hidden = true;
      var done = form.parentNode.querySelector(".lesson-end__done");
      if (done) {
        done.hidden = false;
      }
    });
  }
})();
