// The staff import's progress bar: asks the status view how far the import task has got, every
// second, and reloads the page for the result once it has finished.
(function () {
  "use strict";
  var bar = document.getElementById("import-progress");
  var text = document.getElementById("import-progress-text");
  if (!bar || !text) {
    return;
  }
  function poll() {
    fetch(bar.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        bar.value = status.percent;
        bar.textContent = status.percent + "%";
        text.textContent = status.label + ": " + status.rows_done + " of " + status.rows_total + " rows.";
        if (status.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 1000);
})();
