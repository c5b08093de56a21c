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
  // Question form: selecting words in the article fills in the evidence and its offset. Each
  // paragraph carries its offset in the text, so the selection maps back to exact positions.
  function offsetIn(paragraph, node, offset) {
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var count = 0;
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) {
        return count + offset;
      }
      count += n.data.length;
    }
    return count;
  }

  function captureEvidence() {
    var field = document.getElementById("evidence");
    var start = document.getElementById("evidence_start");
    var article = document.getElementById("article");
    if (!field || !start || !article) {
      return;
    }
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      return;
    }
    var range = sel.getRangeAt(0);
    var from = range.startContainer.parentElement && range.startContainer.parentElement.closest("p[data-start]");
    var to = range.endContainer.parentElement && range.endContainer.parentElement.closest("p[data-start]");
    if (!from || from !== to || !article.contains(from)) {
      return; // evidence lies within one paragraph
    }
    var base = parseInt(from.getAttribute("data-start"), 10);
    var a = offsetIn(from, range.startContainer, range.startOffset);
    var b = offsetIn(from, range.endContainer, range.endOffset);
    field.value = from.textContent.substring(a, b);
    start.value = String(base + a);
  }

  // Typing in the evidence box drops the offset: the server then finds the words itself.
  function forgetOffset() {
    var start = document.getElementById("evidence_start");
    if (start) {
      start.value = "";
    }
  }

  // Review screen: a question card and its evidence in the article light up together.
  function linkCards() {
    var cards = document.querySelectorAll(".q-card[data-q]");
    cards.forEach(function (card) {
      var id = card.getAttribute("data-q");
      function toggle(on) {
        card.classList.toggle("active", on);
        document.querySelectorAll("mark.evidence[data-q]").forEach(function (m) {
          var ids = m.getAttribute("data-q").split(" ");
          m.classList.toggle("active", on && ids.indexOf(id) >= 0);
        });
      }
      card.addEventListener("mouseenter", function () { toggle(true); });
      card.addEventListener("mouseleave", function () { toggle(false); });
      card.addEventListener("focusin", function () { toggle(true); });
      card.addEventListener("focusout", function () { toggle(false); });
    });
  }

  // Question form: show only the fields the chosen type uses. Without JavaScript all are shown
  // and the server ignores the ones that don't apply.
  function fitFieldsToType() {
    var type = document.getElementById("type");
    if (!type) {
      return;
    }
    document.querySelectorAll(".field-group[data-types]").forEach(function (group) {
      group.hidden = group.getAttribute("data-types").split(" ").indexOf(type.value) < 0;
    });
  }

  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "type") {
      fitFieldsToType();
    }
  });
  document.addEventListener("DOMContentLoaded", fitFieldsToType);
  document.addEventListener("htmx:afterSettle", fitFieldsToType);
  // Live sessions: count down to when answers lock, on the server's clock rather than the
  // device's, which may be off. Without JavaScript the page says when answers lock instead.
  function tickTimers() {
    document.querySelectorAll(".timer[data-locks-at]").forEach(function (el) {
      var locks = parseInt(el.getAttribute("data-locks-at"), 10);
      if (!el.hasAttribute("data-offset")) {
        el.setAttribute("data-offset", String(parseInt(el.getAttribute("data-server-now"), 10) - Date.now()));
      }
      var left = Math.ceil((locks - (Date.now() + parseInt(el.getAttribute("data-offset"), 10))) / 1000);
      if (left > 0) {
        el.textContent = left + " s left";
      } else {
        el.textContent = "Time's up";
        el.classList.add("up");
        var form = el.parentElement && el.parentElement.querySelector(".answer-form");
        if (form) {
          form.querySelectorAll("input, button").forEach(function (i) { i.disabled = true; });
        }
      }
    });
  }

  setInterval(tickTimers, 250);
  document.addEventListener("mouseup", captureEvidence);
  document.addEventListener("keyup", function (e) {
    if (e.shiftKey) {
      captureEvidence();
    }
  });
  document.addEventListener("input", function (e) {
    if (e.target && e.target.id === "evidence") {
      forgetOffset();
    }
  });
  document.addEventListener("DOMContentLoaded", linkCards);
  document.addEventListener("htmx:afterSettle", linkCards);

  // Cite the evidence: besides picking a whole sentence, a learner may select the words that prove
  // the answer. The selection's offsets in the text go in hidden fields and a button appears to
  // send them. Without JavaScript the sentences are buttons, which is enough.
  function captureCitation() {
    var article = document.querySelector("article.citing");
    var start = document.getElementById("cite_start");
    var end = document.getElementById("cite_end");
    var button = document.getElementById("cite-selection");
    if (!article || !start || !end || !button) {
      return;
    }
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      return;
    }
    var range = sel.getRangeAt(0);
    var from = range.startContainer.parentElement && range.startContainer.parentElement.closest("p[data-start]");
    var to = range.endContainer.parentElement && range.endContainer.parentElement.closest("p[data-start]");
    if (!from || !to || !article.contains(from) || !article.contains(to)) {
      return;
    }
    start.value = String(parseInt(from.getAttribute("data-start"), 10) + offsetIn(from, range.startContainer, range.startOffset));
    end.value = String(parseInt(to.getAttribute("data-start"), 10) + offsetIn(to, range.endContainer, range.endOffset));
    button.hidden = false;
  }

  document.addEventListener("mouseup", captureCitation);
  // A drag that selects words inside one sentence ends in a click on it: cite the words instead.
  document.addEventListener("click", function (e) {
    var sentence = e.target && e.target.closest && e.target.closest("article.citing .sentence");
    var sel = window.getSelection();
    if (sentence && sel && !sel.isCollapsed && e.detail > 0) {
      e.preventDefault();
      captureCitation();
    }
  }, true);
  document.addEventListener("keyup", function (e) {
    if (e.shiftKey) {
      captureCitation();
    }
  });
})();
