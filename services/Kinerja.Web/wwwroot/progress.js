// Long operations show progress (ADR 0017). Loaded by App.razor on every page.
//
// Forms marked data-progress-form (bulk upload, re-evaluation) are sent with fetch while the page stays alive: their
// [data-progress] element is shown and their submit buttons are disabled so a second click does not send them twice;
// the server's answer (the same page, rendered with the result) then replaces the document. A classic form post would
// leave the old page frozen until the answer arrives. Without JavaScript the form still posts normally.
//
// Download links marked data-export (audit trail CSV/PDF, the agreement PDF) are fetched while the [data-export-progress]
// element next to them says the file is being prepared; the file is then saved, or the refusal is shown in words
// instead of a broken download.
(function () {
  "use strict";

  function busy(form, on) {
    form.setAttribute("aria-busy", on ? "true" : "false");
    var progress = form.querySelector("[data-progress]");
    if (progress) { progress.hidden = !on; }
    form.querySelectorAll("button[type=submit], button:not([type])").forEach(function (b) { b.disabled = on; });
  }

  function failed(form, message) {
    var note = form.querySelector("[data-progress-failed]");
    if (!note) {
      note = document.createElement("p");
      note.className = "error";
      note.setAttribute("role", "alert");
      note.setAttribute("data-progress-failed", "");
      form.appendChild(note);
    }
    note.textContent = (form.dataset.failed || "") + " " + message;
    note.hidden = false;
  }

  document.querySelectorAll("form[data-progress-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) {
        busy(form, true);
        return;
      }
      event.preventDefault();
      if (form.getAttribute("aria-busy") === "true") { return; }
      var body = new FormData(form, event.submitter || null);
      busy(form, true);
      fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (html) { return { url: response.url, html: html }; });
        })
        .then(function (answer) {
          // The answer is the page itself (or the sign-in page when the session ran out): show it as the browser would.
          if (answer.url && answer.url !== window.location.href) { window.history.replaceState(null, "", answer.url); }
          document.open();
          document.write(answer.html);
          document.close();
        })
        .catch(function (error) {
          busy(form, false);
          failed(form, error && error.message ? error.message : String(error));
        });
    });
  });

  document.querySelectorAll("a[data-export]").forEach(function (link) {
    var progress = link.parentElement && link.parentElement.querySelector("[data-export-progress]");
    if (!progress) { return; }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      if (link.getAttribute("aria-busy") === "true") { return; }
      link.setAttribute("aria-busy", "true");
      progress.hidden = false;
      progress.className = "export-progress preparing";
      progress.textContent = progress.dataset.preparing;
      fetch(link.href, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            return response.text().then(function (text) {
              var detail = "";
              try { var problem = JSON.parse(text); detail = [problem.title, problem.detail].filter(Boolean).join(" "); } catch (e) { /* not JSON */ }
              throw new Error(detail || response.statusText || String(response.status));
            });
          }
          return response.blob().then(function (blob) {
            var disposition = response.headers.get("Content-Disposition") || "";
            var match = /filename="?([^";]+)"?/.exec(disposition);
            var name = match ? match[1] : ("kinerja." + link.dataset.export);
            var url = URL.createObjectURL(blob);
            var save = document.createElement("a");
            save.href = url;
            save.download = name;
            document.body.appendChild(save);
            save.click();
            save.remove();
            setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
            progress.className = "export-progress ready";
            progress.textContent = progress.dataset.ready;
          });
        })
        .catch(function (error) {
          progress.className = "export-progress error";
          progress.textContent = progress.dataset.failed + " " + (error && error.message ? error.message : String(error));
        })
        .then(function () { link.removeAttribute("aria-busy"); });
    });
  });
})();
