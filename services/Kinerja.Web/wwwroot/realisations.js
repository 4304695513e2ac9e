// Realisation pages. Without JavaScript everything still works: the service checks every value and the page shows its
// field errors. With it, the page says before sending when a value is below target, and shows progress while a
// sheet is processed.
(function () {
  "use strict";

  // A target as Measurements writes it: "20000" or a range "80–90".
  function missed(value, target, polarity) {
    var range = target.split("–");
    if (range.length === 2) {
      return value < parseFloat(range[0]) || value > parseFloat(range[1]);
    }
    var t = parseFloat(target);
    if (isNaN(t)) { return false; }
    return polarity === "Negative" ? value > t : value < t;
  }

  // People type 1234,5 as well as 1234.5.
  function read(text) {
    var cleaned = text.trim();
    if (cleaned.indexOf(",") >= 0 && cleaned.indexOf(".") < 0) { cleaned = cleaned.replace(",", "."); }
    return cleaned === "" ? NaN : Number(cleaned);
  }

  function check(input) {
    var form = input.form;
    var hint = form && form.querySelector("[data-below-target]");
    if (!hint) { return; }
    var value = read(input.value);
    var below = !isNaN(value) && input.dataset.target && missed(value, input.dataset.target, input.dataset.polarity);
    hint.hidden = !below;
    form.querySelectorAll("textarea[name=penjelasan], textarea[name=tindakLanjut]").forEach(function (area) {
      area.setAttribute("aria-required", below ? "true" : "false");
      area.classList.toggle("needed", !!below);
    });
  }

  document.querySelectorAll("input[data-target]").forEach(function (input) {
    input.addEventListener("input", function () { check(input); });
    check(input);
  });

  // Progress while a sheet is processed: progress.js (every page).
})();
