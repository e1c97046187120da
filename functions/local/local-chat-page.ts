import { WEB_JOIN_EVENT } from "../../dialogs/web-join";

/**
 * The local chat page: Microsoft's Web Chat (the prebuilt bundle of botframework-webchat, served by
 * the local server from node_modules) connected to the local Direct Line emulation, in French, with
 * the demo-learner picker. Local mode only: the university website embeds Web Chat itself with a
 * token from the webchat-token function (docs/deploying.md, step 6: "Embed the web chat").
 *
 * The page loads nothing but its own origin's files (its Content-Security-Policy says so), and holds
 * no inline script, so the policy needs no 'unsafe-inline' for scripts.
 */

export interface DemoLearner {
  id: string;
  name: string;
}

/** URL paths of the page's files on the local server. */
export const CHAT_PAGE_ASSETS = {
  webChatBundle: "/webchat/webchat.js",
  script: "/chat.js",
  style: "/chat.css",
} as const;

/**
 * Web Chat injects its styles at run time (emotion), hence 'unsafe-inline' for styles only;
 * Adaptive Cards may show data: images. Everything else comes from this origin.
 */
export const CHAT_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function chatPage(learners: readonly DemoLearner[]): string {
  const options = learners.map((l) => `<option value="${escapeHtml(l.id)}">${escapeHtml(l.id)} · ${escapeHtml(l.name)}</option>`).join("\n          ");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assistant d'orientation du Cnam (local)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CHAT_PAGE_ASSETS.style}">
</head>
<body>
<header class="bar">
  <h1>Assistant d'orientation <span class="sub">Cnam Paris · cours du soir</span></h1>
  <div class="picker">
    <label for="learner">Discuter en tant que</label>
    <select id="learner" aria-describedby="picker-note">
      <option value="">visiteur anonyme</option>
      <optgroup label="Auditeurs de démonstration (fictifs)">
          ${options}
      </optgroup>
    </select>
    <span id="picker-note" class="note">démo locale : change de conversation</span>
  </div>
</header>
<main id="webchat" aria-label="Conversation avec l'assistant d'orientation"></main>
<p id="status" class="status" role="alert" hidden></p>
<script src="${CHAT_PAGE_ASSETS.webChatBundle}"></script>
<script src="${CHAT_PAGE_ASSETS.script}"></script>
</body>
</html>
`;
}

/** Cnam red; white on it has a contrast ratio above 6:1. */
const ACCENT = "#c1002a";

export const chatStyle = `*, *::before, *::after { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #f4f4f4; }
.bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; padding: .6rem 1rem; background: ${ACCENT}; color: #fff; }
.bar h1 { margin: 0; font-size: 1.15rem; line-height: 1.3; }
.bar .sub { display: block; font-size: .8rem; font-weight: normal; opacity: .95; }
.picker { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .5rem; font-size: .9rem; }
.picker select { font: inherit; padding: .3rem .4rem; border-radius: .3rem; border: 1px solid #fff; max-width: 100%; }
.picker select:focus-visible { outline: 3px solid #ffd34d; outline-offset: 2px; }
.picker .note { font-size: .75rem; opacity: .95; }
main { flex: 1; min-height: 0; width: 100%; max-width: 52rem; margin: 0 auto; background: #fff; }
/* Long suggestions wrap rather than end in "…" (a learner must read the whole question). */
.webchat__suggested-actions--flow-layout .webchat__suggested-action { height: auto; min-height: 40px; padding-top: .35rem; padding-bottom: .35rem; }
.webchat__suggested-actions--flow-layout .webchat__suggested-action__text { white-space: normal; overflow: visible; text-align: left; }
.status { margin: 0; padding: .6rem 1rem; background: #fff4ce; color: #1f1f1f; }
@media (max-width: 480px) {
  .bar { padding: .5rem .75rem; }
  .bar h1 { font-size: 1rem; }
  .picker { width: 100%; }
  .picker .note { display: none; }
  .picker select { flex: 1; min-width: 0; }
}
`;

/** Where the page keeps its conversation in the browser (docs/embedding: the same key on the website). */
export const WEB_CONVERSATION_STORAGE_KEY = "ue-advisor.webchat.conversation";

/**
 * The page's script: asks the local Direct Line for a token bound to the chosen user (a demo
 * learner's `dl_demo-05`, or an anonymous visitor), then renders Web Chat on it; Web Chat reads the
 * user id from the token itself. Changing the picker starts a new conversation as that learner.
 * A reload goes back into the kept conversation (refreshed token, from the watermark) and tells the
 * assistant with the join event; a conversation that cannot be resumed gives way to a new one.
 */
export const chatScript = String.raw`(function () {
  "use strict";
  var container = document.getElementById("webchat");
  var picker = document.getElementById("learner");
  var status = document.getElementById("status");
  var directLine;

  var styleOptions = {
    accent: "${ACCENT}",
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    rootHeight: "100%",
    bubbleBorderRadius: 10,
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserBackground: "${ACCENT}",
    bubbleFromUserTextColor: "#ffffff",
    bubbleFromUserBorderColor: "${ACCENT}",
    bubbleMinWidth: 0,
    bubbleMaxWidth: 640,
    suggestedActionLayout: "flow",
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: "${ACCENT}",
    suggestedActionBorderColor: "${ACCENT}",
    cardPushButtonBackgroundColor: "${ACCENT}",
    cardPushButtonTextColor: "#ffffff",
    hideUploadButton: true,
    sendBoxButtonColor: "${ACCENT}",
    sendBoxHeight: 48
  };
  // Web Chat ships French (fr-FR); these read better for learners asking an advisor.
  var strings = {
    TEXT_INPUT_PLACEHOLDER: "Posez votre question…",
    TEXT_INPUT_ALT: "Votre question",
    TEXT_INPUT_SEND_BUTTON_ALT: "Envoyer",
    ACTIVITY_BOT_SAID_ALT: "L'assistant a dit :"
  };

  // The assistant writes one fact per line, for every channel; Web Chat's Markdown would join
  // single line breaks into one paragraph. Keep them (a list ends where a plain line follows it).
  var LIST_ITEM = /^\s*([-*+]|\d+[.)])\s/;
  function keepLineBreaks(text) {
    var lines = String(text).split("\n");
    return lines.map(function (line, i) {
      var next = lines[i + 1];
      if (next === undefined || !line.trim() || !next.trim() || LIST_ITEM.test(next)) return line;
      return LIST_ITEM.test(line) ? line + "\n" : line + "  ";
    }).join("\n");
  }
  function renderMarkdown(text, newLineOptions, linkOptions) {
    return window.WebChat.renderMarkdown(keepLineBreaks(text), newLineOptions, linkOptions);
  }

  function showStatus(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  // The conversation this browser keeps across reloads: an advisor's answer is shown in it when the
  // learner comes back. localStorage (this origin, this browser) holds its id, the Direct Line token
  // (a credential for this one conversation, refreshed while the page is open), the watermark of
  // what was already shown, and whom it belongs to (the picker's choice).
  var STORAGE_KEY = "${WEB_CONVERSATION_STORAGE_KEY}";
  function readSaved() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
      return saved && typeof saved.conversationId === "string" && typeof saved.token === "string" ? saved : null;
    } catch (error) {
      return null;
    }
  }
  function save(saved) {
    try {
      if (saved) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch (error) {
      // Private browsing without storage: the conversation simply does not outlive the page.
    }
  }

  var current;
  // Web Chat's Direct Line refreshes its token and moves its watermark as it goes: keep the latest.
  function remember() {
    if (!current || !directLine) return;
    current.token = directLine.token || current.token;
    if (directLine.watermark) current.watermark = String(directLine.watermark);
    save(current);
  }

  async function grant(learnerId) {
    var response = await fetch("/v3/directline/tokens/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(learnerId ? { user: { id: "dl_" + learnerId } } : {})
    });
    var body = await response.json().catch(function () { return {}; });
    if (!response.ok) throw new Error(body.error || "erreur " + response.status);
    return body;
  }

  /** A fresh token for the saved conversation, or null when it cannot be resumed (expired, forgotten, another one). */
  async function refreshed(saved) {
    try {
      var response = await fetch("/v3/directline/tokens/refresh", { method: "POST", headers: { authorization: "Bearer " + saved.token } });
      if (!response.ok) return null;
      var body = await response.json();
      return body.conversationId === saved.conversationId && typeof body.token === "string" ? body : null;
    } catch (error) {
      return null;
    }
  }

  async function start(learnerId, options) {
    showStatus("");
    if (directLine) directLine.end();
    directLine = undefined;
    var saved = options && options.resume ? readSaved() : null;
    var resumed = null;
    if (saved && saved.learner === learnerId) resumed = await refreshed(saved);
    var conversation;
    try {
      conversation = resumed
        ? { token: resumed.token, conversationId: saved.conversationId, watermark: saved.watermark || "" }
        : await grant(learnerId).then(function (g) { return { token: g.token, conversationId: g.conversationId, watermark: "" }; });
    } catch (error) {
      showStatus(error instanceof TypeError
        ? "Le serveur local ne répond pas. Relancez « npm start » puis rechargez la page."
        : "La conversation n'a pas pu démarrer : " + error.message + ".");
      return;
    }
    current = { conversationId: conversation.conversationId, token: conversation.token, watermark: conversation.watermark, learner: learnerId };
    save(current);
    directLine = window.WebChat.createDirectLine(Object.assign({
      token: conversation.token,
      domain: location.origin + "/v3/directline",
      webSocket: false,
      pollingInterval: 500
    }, resumed ? { conversationId: conversation.conversationId, watermark: conversation.watermark } : {}));
    var connection = directLine;
    // Ending a conversation (another learner picked) ends this stream with an error: nothing to report.
    connection.activity$.subscribe(function () { setTimeout(remember, 0); }, function () {});
    // Back in the same conversation: the assistant shows what came meanwhile (an advisor's answer).
    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (resumed && action.type === "DIRECT_LINE/CONNECT_FULFILLED" && connection === directLine) {
            api.dispatch({ type: "WEB_CHAT/SEND_EVENT", payload: { name: "${WEB_JOIN_EVENT}", value: {} } });
          }
          return next(action);
        };
      };
    });
    // A new element per conversation: Web Chat keeps its state per render root.
    var host = document.createElement("div");
    host.className = "webchat-root";
    host.style.height = "100%";
    container.replaceChildren(host);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: "fr-FR",
      styleOptions: styleOptions,
      overrideLocalizedStrings: strings,
      renderMarkdown: renderMarkdown
    }, host);
  }

  window.addEventListener("pagehide", remember);
  picker.addEventListener("change", function () {
    start(picker.value, { resume: false }).then(function () {
      var input = container.querySelector("input[type=text], textarea");
      if (input) input.focus();
    });
  });
  // The learner chosen before the reload, if that conversation is kept; the picker shows them.
  var kept = readSaved();
  if (kept && typeof kept.learner === "string" && Array.prototype.some.call(picker.options, function (o) { return o.value === kept.learner; })) picker.value = kept.learner;
  start(picker.value, { resume: true });
})();
`;
