import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonResponse } from "../../../functions/http/bot-http";
import { createLocalDirectLine } from "../../../functions/local/local-direct-line";
import { startLocalServer, type LocalServer } from "../../../functions/local/local-server";

/**
 * The local Direct Line emulation, over real HTTP on loopback, in front of the real assistant on the
 * embedded store: what Web Chat does (token, conversation, post, poll), and what it must refuse.
 */
const dataDir = mkdtempSync(join(tmpdir(), "ue-advisor-directline-"));
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, dataDir, env: { STAGE: "local", TABLE_PREFIX: "dl-test-" } });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Activity = Record<string, unknown> & { id: string; type: string; text?: string; from: { id: string; role?: string }; replyToId?: string };

async function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: string } = {}) {
  const response = await fetch(`${server.url}/v3/directline${path}`, {
    method,
    headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type"), json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A conversation as Web Chat opens it: a token bound to the user, then the conversation start. */
async function open(userId?: string) {
  const generated = await call("POST", "/tokens/generate", { body: userId ? { user: { id: userId } } : {} });
  expect(generated.status).toBe(200);
  const { token, conversationId } = generated.json as { token: string; conversationId: string };
  const started = await call("POST", "/conversations", { token });
  expect(started.status).toBe(201);
  expect(started.json.conversationId).toBe(conversationId);
  let watermark = "";
  return {
    token,
    conversationId,
    /** The activities since the last poll, as Web Chat's polling gets them. */
    async poll(): Promise<Activity[]> {
      const polled = await call("GET", `/conversations/${conversationId}/activities?watermark=${watermark}`, { token });
      expect(polled.status).toBe(200);
      watermark = polled.json.watermark as string;
      return polled.json.activities as Activity[];
    },
    post(activity: Record<string, unknown>) {
      return call("POST", `/conversations/${conversationId}/activities`, { token, body: activity });
    },
  };
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
const cardText = (activity: Activity | undefined) => JSON.stringify((activity?.attachments as { content: unknown }[] | undefined)?.[0]?.content ?? "");

describe("the local Direct Line emulation (Web Chat's polling protocol)", () => {
  it("binds the user id into a JWT-shaped token, greets on start, and polls by watermark", async () => {
    const chat = await open("dl_demo-05");
    expect(claimsOf(chat.token)).toMatchObject({ user: "dl_demo-05", conv: chat.conversationId });
    const [welcome, ...rest] = await chat.poll();
    expect(rest).toEqual([]);
    expect(welcome).toMatchObject({ type: "message", channelId: "directline", from: { role: "bot" }, recipient: { id: "dl_demo-05" } });
    expect(welcome?.text).toMatch(/^Bonjour ! Je suis l'assistant/);
    expect(await chat.poll()).toEqual([]);
  });

  it("echoes the learner's message with the token's user id, whatever `from` says, then the replies in order", async () => {
    const chat = await open("dl_demo-05");
    await chat.poll();
    const posted = await chat.post({ type: "message", text: "puis-je m'inscrire à ANG320 ?", from: { id: "dl_demo-01" }, channelData: { clientActivityID: "client-1" } });
    expect(posted.status).toBe(200);
    const [echo, question] = await chat.poll();
    expect(echo).toMatchObject({ id: posted.json.id, text: "puis-je m'inscrire à ANG320 ?", from: { id: "dl_demo-05", role: "user" }, channelData: { clientActivityID: "client-1" } });
    expect(question).toMatchObject({ replyToId: echo?.id, from: { role: "bot" } });
    expect(question?.text).toMatch(/^Pour quel semestre \?/);

    // The decision reads demo-05's own record (authorization missing), not demo-01's nor a what-if.
    await chat.post({ type: "message", text: "S2", from: { id: "dl_demo-01" } });
    const [, decision] = await chat.poll();
    expect(decision?.attachments).toEqual([expect.objectContaining({ contentType: "application/vnd.microsoft.card.adaptive" })]);
    expect(cardText(decision)).toMatch(/que vous n.avez pas encore/);
    expect(cardText(decision)).not.toMatch(/Simulation indicative/);

    // A card button posts its data as `value`, with no text: it reads as typed.
    await chat.post({ type: "message", value: { text: "Horaires de ANG320" } });
    const [, timetable] = await chat.poll();
    expect(timetable?.text).toMatch(/^Cours de ANG320 — /);
  });

  it("gives an anonymous visitor a visitor id, and eligibility as a what-if", async () => {
    const chat = await open();
    expect(claimsOf(chat.token).user).toMatch(/^visiteur-[0-9a-f]{16}$/);
    await chat.poll();
    await chat.post({ type: "message", text: "puis-je m'inscrire à ANG320 au S2 ?" });
    const [, decision] = await chat.poll();
    expect(cardText(decision)).toMatch(/Simulation indicative, faite sur vos déclarations/);
  });

  it("refreshes a token for the same conversation", async () => {
    const chat = await open("dl_demo-02");
    const refreshed = await call("POST", "/tokens/refresh", { token: chat.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(chat.conversationId);
    const polled = await call("GET", `/conversations/${chat.conversationId}/activities`, { token: refreshed.json.token as string });
    expect(polled.status).toBe(200);
  });

  it("takes the chat page back into its conversation after a reload: refreshed token, reconnection from the watermark, and the join event's turn", async () => {
    const chat = await open("dl_demo-02");
    await chat.poll();
    const seen = await call("GET", `/conversations/${chat.conversationId}/activities`, { token: chat.token });
    const watermark = seen.json.watermark as string;
    const refreshed = await call("POST", "/tokens/refresh", { token: chat.token });
    const token = refreshed.json.token as string;
    expect(claimsOf(token)).toMatchObject({ conv: chat.conversationId, user: "dl_demo-02" });
    const reconnected = await call("GET", `/conversations/${chat.conversationId}?watermark=${watermark}`, { token });
    expect(reconnected.status).toBe(200);
    expect(reconnected.json.conversationId).toBe(chat.conversationId);
    const joined = await call("POST", `/conversations/${chat.conversationId}/activities`, { token, body: { type: "event", name: "webchat/join" } });
    expect(joined.status).toBe(200);
    const after = await call("GET", `/conversations/${chat.conversationId}/activities?watermark=${watermark}`, { token });
    // Nothing replayed from before the watermark, no second welcome: only what the return brought.
    expect((after.json.activities as Activity[]).map((a) => a.text)).toEqual([expect.stringMatching(/^Bon retour !/)]);
  });

  it("refreshes and reconnects only the token's own conversation: conversation A's token opens nothing of B", async () => {
    const a = await open("dl_demo-05");
    const b = await open("dl_demo-05");
    const refreshed = await call("POST", "/tokens/refresh", { token: a.token });
    expect(refreshed.json.conversationId).toBe(a.conversationId);
    const token = refreshed.json.token as string;
    expect((await call("GET", `/conversations/${b.conversationId}?watermark=0`, { token })).status).toBe(403);
    expect((await call("GET", `/conversations/${b.conversationId}/activities`, { token })).status).toBe(403);
    expect((await call("POST", `/conversations/${b.conversationId}/activities`, { token, body: { type: "event", name: "webchat/join" } })).status).toBe(403);
  });

  it.each([
    ["no Authorization header", undefined, 401],
    ["a token that is not a JWT", "not-a-token", 401],
    ["a token it never minted", "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiZGxfZGVtby0wMSJ9.c2lnbmF0dXJl", 403],
  ])("refuses %s with a JSON error", async (_case, token, status) => {
    const chat = await open("dl_demo-05");
    const response = await call("GET", `/conversations/${chat.conversationId}/activities`, { token });
    expect(response.status).toBe(status);
    expect(response.contentType).toMatch(/application\/json/);
    expect(response.json.error).toEqual(expect.any(String));
  });

  it("refuses a token whose user was changed (the signature no longer holds), and a token of another conversation", async () => {
    const mine = await open("dl_demo-05");
    const other = await open("dl_demo-01");
    const [header, payload, signature] = mine.token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(mine.token), user: "dl_demo-01" })).toString("base64url");
    expect(payload).not.toBe(forged);
    const tampered = await call("POST", `/conversations/${mine.conversationId}/activities`, { token: `${header}.${forged}.${signature}`, body: { type: "message", text: "bonjour" } });
    expect(tampered.status).toBe(403);
    const crossed = await call("GET", `/conversations/${other.conversationId}/activities`, { token: mine.token });
    expect(crossed.status).toBe(403);
    expect(crossed.json.error).toMatch(/does not give access to this conversation/);
  });

  it.each([
    ["invalid JSON", { raw: "{oops" }, 400, /not valid JSON/],
    ["a body that is not an activity", { body: ["message"] }, 400, /not an activity/],
    ["an activity without a type", { body: { text: "bonjour" } }, 400, /not an activity/],
    ["a text over the limit", { body: { type: "message", text: "x".repeat(2_001) } }, 413, /over the limit of 2000/],
    ["an activity type the assistant refuses", { body: { type: "invoke", name: "x" } }, 400, /not accepted/],
  ])("answers %s with a clear 4xx, and echoes nothing", async (_case, request, status, error) => {
    const chat = await open("dl_demo-05");
    await chat.poll();
    const response = await call("POST", `/conversations/${chat.conversationId}/activities`, { token: chat.token, ...request });
    expect(response.status).toBe(status);
    expect(response.json.error).toMatch(error);
    expect(await chat.poll()).toEqual([]);
  });

  it.each([
    ["a user id with a space", { user: { id: "dl demo" } }],
    ["a user id of 65 characters", { user: { id: "x".repeat(65) } }],
    ["an unknown field", { secret: "x" }],
  ])("refuses to generate a token for %s", async (_case, body) => {
    const response = await call("POST", "/tokens/generate", { body });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatch(/invalid/);
  });

  it("answers unknown routes 404, wrong methods 405, bad watermarks and uploads 400", async () => {
    const chat = await open("dl_demo-05");
    expect((await call("GET", "/nope")).status).toBe(404);
    expect((await call("DELETE", `/conversations/${chat.conversationId}/activities`, { token: chat.token })).status).toBe(405);
    expect((await call("GET", `/conversations/${chat.conversationId}/activities?watermark=abc`, { token: chat.token })).status).toBe(400);
    expect((await call("POST", `/conversations/${chat.conversationId}/upload`, { token: chat.token, body: {} })).status).toBe(400);
  });
});

describe("the emulation's memory stays bounded", () => {
  it("forgets the oldest conversation beyond the limit: its token then finds no conversation (404)", async () => {
    const directLine = createLocalDirectLine({ bot: async () => jsonResponse(200, { activities: [] }), serviceUrl: () => "http://127.0.0.1:9", maxConversations: 2 });
    const request = (method: string, path: string, token?: string, body = "") =>
      directLine.handle({ method, path: `/v3/directline${path}`, query: new URLSearchParams(), headers: token ? { authorization: `Bearer ${token}` } : {}, body });
    const tokens: string[] = [];
    for (let i = 0; i < 3; i += 1) tokens.push((JSON.parse((await request("POST", "/tokens/generate"))!.body) as { token: string }).token);
    expect(directLine.conversationCount).toBe(2);
    expect((await request("POST", "/conversations", tokens[0]))!.statusCode).toBe(404);
    expect((await request("POST", "/conversations", tokens[2]))!.statusCode).toBe(201);
    expect(await directLine.handle({ method: "GET", path: "/api/messages", query: new URLSearchParams(), headers: {}, body: "" })).toBeUndefined();
  });

  it("refreshes no expired token: the page then starts a new conversation", async () => {
    let now = new Date("2026-12-03T10:00:00.000Z");
    const directLine = createLocalDirectLine({ bot: async () => jsonResponse(200, { activities: [] }), serviceUrl: () => "http://127.0.0.1:9", tokenTtlSeconds: 60, now: () => now });
    const request = (method: string, path: string, token?: string) =>
      directLine.handle({ method, path: `/v3/directline${path}`, query: new URLSearchParams(), headers: token ? { authorization: `Bearer ${token}` } : {}, body: "" });
    const { token } = JSON.parse((await request("POST", "/tokens/generate"))!.body) as { token: string };
    now = new Date(now.getTime() + 59_000);
    const refreshed = await request("POST", "/tokens/refresh", token);
    expect(refreshed!.statusCode).toBe(200);
    now = new Date(now.getTime() + 61_000);
    expect((await request("POST", "/tokens/refresh", token))!.statusCode).toBe(403);
    expect((await request("POST", "/tokens/refresh", (JSON.parse(refreshed!.body) as { token: string }).token))!.statusCode).toBe(403);
  });

  it("keeps at most the configured number of activities per conversation", async () => {
    const directLine = createLocalDirectLine({
      bot: async () => jsonResponse(200, { activities: [{ type: "message", text: "a" }, { type: "message", text: "b" }] }),
      serviceUrl: () => "http://127.0.0.1:9",
      maxActivitiesPerConversation: 3,
    });
    const request = (method: string, path: string, token?: string, body = "") =>
      directLine.handle({ method, path: `/v3/directline${path}`, query: new URLSearchParams(), headers: token ? { authorization: `Bearer ${token}` } : {}, body });
    const { token, conversationId } = JSON.parse((await request("POST", "/tokens/generate"))!.body) as { token: string; conversationId: string };
    await request("POST", "/conversations", token);
    for (let i = 0; i < 3; i += 1) await request("POST", `/conversations/${conversationId}/activities`, token, JSON.stringify({ type: "message", text: `m${i}` }));
    const polled = JSON.parse((await request("GET", `/conversations/${conversationId}/activities`, token))!.body) as { activities: { text: string }[]; watermark: string };
    expect(polled.activities.map((a) => a.text)).toEqual(["m2", "a", "b"]);
    expect(polled.watermark).toBe("11");
  });
});
