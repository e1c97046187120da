import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalServer } from "../../../functions/local/local-server";
import { messageActivity, replyTexts } from "../../support/activities";

const dataDir = mkdtempSync(join(tmpdir(), "ue-advisor-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = { STAGE: "local", TABLE_PREFIX: "local-test-" };

async function post(url: string, body: unknown, contentType = "application/json") {
  const response = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": contentType }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

describe("npm start: the local server on the embedded store", () => {
  it("serves health, the chat page, and messages with expectReplies; conversations survive a restart", async () => {
    const conversation = { id: "conv-restart" };
    const first = await startLocalServer({ port: 0, dataDir, env });
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      const page = await fetch(`${first.url}/`);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('<html lang="fr">');
      // Web Chat's bundle comes from this server (node_modules), and the policy forbids any other origin.
      expect(html).toContain('<script src="/webchat/webchat.js"></script>');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).toContain('<option value="demo-05">demo-05 · Yanis Exemple</option>');
      expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'; script-src 'self';/);
      const bundle = await fetch(`${first.url}/webchat/webchat.js`);
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get("content-type")).toMatch(/javascript/);
      expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
      const script = await (await fetch(`${first.url}/chat.js`)).text();
      expect(() => new Script(script)).not.toThrow();
      expect(script).toContain('locale: "fr-FR"');
      const reply = await post(first.url, messageActivity("bonjour", { conversation }));
      expect(reply.status).toBe(200);
      expect(replyTexts(reply.text)[0]).toMatch(/^Bonjour ! Je suis/);
    } finally {
      await first.close();
    }

    const second = await startLocalServer({ port: 0, dataDir, env });
    try {
      const reply = await post(second.url, messageActivity("bonjour", { conversation }));
      expect(replyTexts(reply.text)[0]).toBe("Bonjour ! Que puis-je faire pour vous ?");
    } finally {
      await second.close();
    }
  });

  it("answers client mistakes with 4xx JSON errors and unknown routes with 404", async () => {
    const server = await startLocalServer({ port: 0, dataDir: join(dataDir, "errors"), env });
    try {
      const bad = await post(server.url, "{oops");
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text).error).toMatch(/not valid JSON/);
      const tooBig = await post(server.url, "x".repeat(300 * 1024));
      expect(tooBig.status).toBe(413);
      const missing = await fetch(`${server.url}/nope`);
      expect(missing.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("refuses a turn limit that is not a positive integer", async () => {
    await expect(startLocalServer({ port: 0, dataDir: join(dataDir, "limit"), env: { ...env, LOCAL_MAX_CONCURRENT_TURNS: "0" } })).rejects.toThrow(
      /LOCAL_MAX_CONCURRENT_TURNS must be a positive integer, not 0/,
    );
  });

  it("refuses to listen beyond loopback without Bot Framework credentials", async () => {
    await expect(startLocalServer({ host: "0.0.0.0", port: 0, dataDir: join(dataDir, "open"), env })).rejects.toThrow(/anonymous mode is for loopback only/);
  });
});
