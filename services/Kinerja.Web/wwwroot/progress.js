// Long operations (bulk upload, re-evaluation): a form marked data-progress-form shows its [data-progress] element
// while the server works, and its submit buttons are disabled so a second click does not send it twice.
(function () {
  "use strict";
  document.querySelectorAll("form[data-progress-form]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var progress = form.querySelector("[data-progress]");
      if (progress) { progress.hidden = false; }
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    });
  });
})();
