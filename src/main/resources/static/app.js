// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Bring the highlighted evidence into view inside the article pane, and put keyboard focus on
  // the feedback so screen readers announce it. Without JavaScript the #evidence fragment does
  // the scrolling instead.
  function showEvidence() {
    var mark = document.getElementById("evidence");
    if (mark) {
      var pane = document.getElementById("article");
      var stacked = window.matchMedia("(max-width: 800px)").matches;
      if (pane && !stacked) {
        var top = mark.offsetTop - pane.offsetTop - pane.clientHeight / 3;
        pane.scrollTop = Math.max(0, top);
      } else if (!stacked) {
        mark.scrollIntoView({ block: "center" });
      }
    }
    var feedback = document.getElementById("feedback");
    if (feedback) {
      feedback.focus({ preventScroll: true });
      if (window.matchMedia("(max-width: 800px)").matches) {
        feedback.scrollIntoView({ block: "start" });
      } else {
        window.scrollTo(0, 0);
      }
    }
  }

  document.addEventListener("DOMContentLoaded", showEvidence);
  document.addEventListener("htmx:afterSettle", showEvidence);
})();
