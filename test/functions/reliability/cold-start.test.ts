import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { apologyWording } from "../../../dialogs/apology.wording";
import { createDynamoClients } from "../../../infra/dynamodb/client";
import { ensureTables, tableNames } from "../../../infra/dynamodb/tables";
import { freePort } from "../../../infra/local/dynamodb-local";
import { startEmbeddedStore, type EmbeddedStore } from "../../../infra/local/embedded-store";
import { httpApiEvent, replyTexts } from "../../support/activities";
import { FIRST_LOAD_BACKOFF } from "../../../infra/cache/background-refresh";
import { loadConfig } from "../../../infra/config/env";
import { currentDeadline } from "../../../infra/dynamodb/request-budget";
import { testDynamoClients } from "../../support/dynamo";
import { faultyClients, message, post as postTo, reliableApp, seed, seededTables, tablesOf, texts } from "../../support/reliability";

/**
 * A Lambda cold start while DynamoDB cannot be reached: the app cannot read its catalog and content.
 * The handler still authenticates and answers: the learner gets the apology, not a 500 and silence;
 * the next request tries the start again, and once DynamoDB answers the assistant is back.
 */
let handler: typeof import("../../../functions/messages").handler;
let port: number;
let store: EmbeddedStore | undefined;
const prefix = "cold-";

beforeAll(async () => {
  port = await freePort();
  Object.assign(process.env, { STAGE: "local", DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`, TABLE_PREFIX: prefix, DYNAMODB_MAX_ATTEMPTS: "2" });
  ({ handler } = await import("../../../functions/messages"));
  for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await store?.close();
});

const post = async (body: string) => (await handler(httpApiEvent(body))) as APIGatewayProxyStructuredResultV2;

describe("a cold start while DynamoDB is unreachable", () => {
  it("answers a message with the apology and a client's mistake with its 4xx, then the assistant once DynamoDB is back", async () => {
    const conversation = { id: `cold-${randomUUID()}` };
    const apology = await post(JSON.stringify(message(conversation.id, "bonjour")));
    expect(apology.statusCode).toBe(200);
    expect(replyTexts(apology.body ?? "")).toEqual([apologyWording.fr]);
    expect((await post("{not json")).statusCode).toBe(400);

    store = await startEmbeddedStore({ port });
    const { client, doc } = createDynamoClients({ region: "local", endpoint: store.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
    await ensureTables(client, prefix);
    await seed(doc, tableNames(prefix));
    client.destroy();

    const answered = await post(JSON.stringify(message(conversation.id, "bonjour")));
    expect(answered.statusCode).toBe(200);
    expect(replyTexts(answered.body ?? "")[0]).toMatch(/^Bonjour ! Je suis l'assistant/);
    // The catalog and the content are read again at once, not after their refresh intervals.
    expect(replyTexts((await post(JSON.stringify(message(conversation.id, "c'est quoi NSY103 ?")))).body ?? "")[0]).toMatch(/^NSY103 — Linux : principes et programmation/);
    expect(replyTexts((await post(JSON.stringify(message(conversation.id, "c'est quoi une UA ?")))).body ?? "")[0]).toMatch(/unité d'activité|UA/);
  }, 60_000);
});

describe("a cold start that cannot read its catalog and content, though the conversation state can be read", () => {
  it("apologises rather than answer « unknown unit » or « je ne sais pas », then answers once they can be read, at the next turn after a short backoff", async () => {
    const dynamo = await seededTables();
    let down = true;
    const { clients } = faultyClients(testDynamoClients({ maxAttempts: 1 }), (command) =>
      down && tablesOf(command).some((table) => table === dynamo.tables.catalog || table === dynamo.tables.content) ? new Error("Service unavailable") : undefined,
    );
    const app = await reliableApp(dynamo, { overrides: { clients } });
    const conversation = `cold-${randomUUID()}`;
    for (const text of ["c'est quoi NSY103 ?", "c'est quoi une UA ?", "puis-je m'inscrire à NSY103 au S2 ?"]) {
      const { status, replies } = await postTo(app, message(conversation, text));
      expect(status).toBe(200);
      expect(texts(replies)).toEqual([apologyWording.fr]);
    }
    down = false;
    await new Promise((resolve) => setTimeout(resolve, FIRST_LOAD_BACKOFF.firstMs + 100));
    expect(texts((await postTo(app, message(conversation, "c'est quoi NSY103 ?"))).replies)[0]).toMatch(/^NSY103 — Linux : principes et programmation/);
    expect(texts((await postTo(app, message(conversation, "c'est quoi une UA ?"))).replies)[0]).toMatch(/unité d'activité|UA/);
  }, 60_000);
});

describe("the time a cold start takes, within the first turn's budget", () => {
  it("reads the catalog and content under their own budget (COLD_START_BUDGET_MS), and a turn's budget counts from the request's arrival, cold start included", async () => {
    const dynamo = await seededTables();
    const seen: { table: string; deadline: number | undefined }[] = [];
    const { clients } = faultyClients(testDynamoClients(), (command) => {
      for (const table of tablesOf(command)) seen.push({ table: table.slice(dynamo.prefix.length), deadline: currentDeadline() });
      return undefined;
    });
    const config = loadConfig({ STAGE: "local" });
    const started = Date.now();
    const app = await reliableApp(dynamo, { overrides: { clients } });
    const coldReads = seen.splice(0);
    expect(new Set(coldReads.map((read) => read.table))).toEqual(new Set(["catalog", "content"]));
    for (const read of coldReads) expect(read.deadline).toBeGreaterThan(started);
    for (const read of coldReads) expect(read.deadline).toBeLessThanOrEqual(Date.now() + config.COLD_START_BUDGET_MS);

    // A request that arrived 5 s ago (a slow cold start) has 5 s less for its DynamoDB work.
    const receivedAt = Date.now() - 5_000;
    const response = await app.handle({ requestId: randomUUID(), receivedAt, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(message(`cold-${randomUUID()}`, "bonjour")) });
    expect(response.statusCode).toBe(200);
    const stateReads = seen.filter((read) => read.table === "state");
    expect(stateReads.length).toBeGreaterThan(0);
    for (const read of stateReads) expect(read.deadline).toBe(receivedAt + config.TURN_BUDGET_MS);
  }, 60_000);
});
