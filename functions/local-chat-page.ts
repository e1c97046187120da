/**
 * A minimal chat page for the local server: it posts each message with deliveryMode "expectReplies"
 * and shows the replies from the response body. Local mode only.
 */
export const chatPage = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ue-advisor : assistant d'orientation (local)</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; }
  #log { border: 1px solid #ccc; border-radius: .5rem; padding: .5rem; min-height: 50vh; overflow-y: auto; }
  .msg { margin: .4rem 0; padding: .4rem .6rem; border-radius: .4rem; white-space: pre-wrap; }
  .user { background: #e6f0ff; text-align: right; }
  .bot { background: #f3f3f3; }
  .actions { display: flex; flex-wrap: wrap; gap: .3rem; margin: .2rem 0 .6rem; }
  .actions button { font-size: .9rem; padding: .3rem .6rem; }
  form { display: flex; gap: .5rem; margin-top: .5rem; }
  input { flex: 1; padding: .5rem; font-size: 1rem; }
  button { padding: .5rem 1rem; font-size: 1rem; }
</style>
</head>
<body>
<h1>Assistant d'orientation</h1>
<p>
  <label for="learner">Je suis :</label>
  <select id="learner">
    <option value="local-visitor">un visiteur anonyme</option>
    ${Array.from({ length: 12 }, (_, i) => `<option value="demo-${String(i + 1).padStart(2, "0")}">l'auditeur de démonstration demo-${String(i + 1).padStart(2, "0")}</option>`).join("\n    ")}
  </select>
  <small>(local uniquement)</small>
</p>
<div id="log" role="log" aria-live="polite"></div>
<form id="form">
  <label for="text" class="visually-hidden" hidden>Votre message</label>
  <input id="text" autocomplete="off" placeholder="Posez votre question…" aria-label="Votre message" autofocus>
  <button type="submit">Envoyer</button>
</form>
<script>
  let conversation = { id: "local-" + crypto.randomUUID() };
  const from = { id: "local-visitor" };
  document.getElementById("learner").addEventListener("change", (event) => {
    from.id = event.target.value;
    conversation = { id: "local-" + crypto.randomUUID() };
    log.replaceChildren();
    send("bonjour");
  });
  const log = document.getElementById("log");
  function show(text, who) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }
  async function send(text) {
    if (text) show(text, "user");
    const activity = { type: "message", text, channelId: "emulator", serviceUrl: location.origin,
      deliveryMode: "expectReplies", conversation, from, recipient: { id: "ue-advisor" }, locale: navigator.language };
    const response = await fetch("/api/messages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) { show(payload.error || "Erreur " + response.status, "bot"); return; }
    for (const reply of payload.activities || []) {
      const text = reply.text || reply.summary;
      if (text) show(text, "bot");
      const cardActions = (reply.attachments || []).flatMap((a) => (a.content && a.content.actions) || []).map((a) => ({ title: a.title, value: a.data && a.data.text }));
      const suggested = ((reply.suggestedActions && reply.suggestedActions.actions) || []).map((a) => ({ title: a.title, value: a.value }));
      const actions = [...cardActions, ...suggested].filter((a) => a.value);
      if (actions.length) {
        const row = document.createElement("div");
        row.className = "actions";
        for (const action of actions) {
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = action.title;
          button.addEventListener("click", () => send(action.value));
          row.appendChild(button);
        }
        log.appendChild(row);
      }
    }
  }
  document.getElementById("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("text");
    const text = input.value.trim();
    input.value = "";
    if (text) send(text);
  });
  send("bonjour");
</script>
</body>
</html>
`;
