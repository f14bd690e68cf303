// The editor keeps your wording: what you type is saved in this browser as you type, so leaving the
// page (a menu link, the back button, an error page) loses nothing. Coming back, unsaved text is put back
// in the box, with a word saying so and a way to discard it. Once the notebook holds the same text, or the
// note is sent or skipped, the browser's copy is forgotten. Nothing leaves this computer.
(function () {
  "use strict";
  var PREFIX = "thankful:note:";

  function tidy(text) {
    return String(text || "").replace(/\r\n/g, "\n").trim();
  }

  function read(key) {
    try {
      var found = JSON.parse(window.localStorage.getItem(key) || "null");
      return found && typeof found.text === "string" ? found : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, text) {
    try {
      window.localStorage.setItem(key, JSON.stringify({ text: text, at: Date.now() }));
    } catch (e) {
      // storage full or refused (a private window): the warning-free fallback is the server's own saves
    }
  }

  function forget(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // nothing kept, nothing to forget
    }
  }

  function restoredNotice(body, serverText, key) {
    var notice = document.createElement("p");
    notice.className = "restored";
    notice.setAttribute("role", "status");
    notice.appendChild(document.createTextNode(
      "Your unsaved words are back: you typed them here before leaving the page. Save the draft to keep them. "));
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "link";
    discard.textContent = "Discard them";
    discard.addEventListener("click", function () {
      body.value = serverText;
      forget(key);
      notice.remove();
      body.dispatchEvent(new Event("input", { bubbles: true }));
    });
    notice.appendChild(discard);
    body.parentNode.insertBefore(notice, body);
  }

  // After "Apply tone" the page opens at #tone-chosen, the tone now chosen: the browser moves focus there
  // itself when it can; this makes sure of it once the page has loaded (the fragment is handled at load).
  function focusTone() {
    var chosen = window.location.hash === "#tone-chosen" && document.getElementById("tone-chosen");
    if (chosen && document.activeElement !== chosen) {
      chosen.focus();
    }
  }

  function start() {
    if (document.readyState === "complete") {
      focusTone();
    } else {
      window.addEventListener("load", function () { window.setTimeout(focusTone, 0); });
    }
    var done = document.querySelector("[data-note-done]");
    if (done) {
      forget(PREFIX + done.getAttribute("data-note-done"));
      return;
    }
    var form = document.getElementById("editor-form");
    var body = document.getElementById("body");
    if (!form || !body) {
      return;
    }
    var key = PREFIX + form.getAttribute("data-note");
    var serverText = body.value;
    var kept = read(key);
    if (kept && tidy(kept.text) !== tidy(serverText)) {
      body.value = kept.text;
      restoredNotice(body, serverText, key);
      body.dispatchEvent(new Event("input", { bubbles: true })); // the coach reads the restored words
    } else if (kept) {
      forget(key);
    }
    body.addEventListener("input", function () {
      if (tidy(body.value) === tidy(serverText)) {
        forget(key);
      } else {
        write(key, body.value);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
