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
  form { display: flex; gap: .5rem; margin-top: .5rem; }
  input { flex: 1; padding: .5rem; font-size: 1rem; }
  button { padding: .5rem 1rem; font-size: 1rem; }
</style>
</head>
<body>
<h1>Assistant d'orientation</h1>
<div id="log" role="log" aria-live="polite"></div>
<form id="form">
  <label for="text" class="visually-hidden" hidden>Votre message</label>
  <input id="text" autocomplete="off" placeholder="Posez votre question…" aria-label="Votre message" autofocus>
  <button type="submit">Envoyer</button>
</form>
<script>
  const conversation = { id: "local-" + crypto.randomUUID() };
  const from = { id: "local-user" };
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
    for (const reply of payload.activities || []) if (reply.text) show(reply.text, "bot");
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
