import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apologyWording } from "../../../dialogs/apology.wording";
import type { App } from "../../../functions/app/composition-root";
import { createDynamoClients, type DynamoClients } from "../../../infra/dynamodb/client";
import { ensureTables, tableNames } from "../../../infra/dynamodb/tables";
import { startDynamoDbLocal, type DynamoDbLocal } from "../../../infra/local/dynamodb-local";
import { conversationDocument, events, message, post, reliableApp, seed, texts } from "../../support/reliability";

/**
 * DynamoDB unavailable for real: a DynamoDB Local process of this test's own (its data in a folder),
 * stopped in the middle of a conversation and started again.
 */
const folder = mkdtempSync(join(tmpdir(), "ue-advisor-unavailable-"));
const prefix = "down-";
const tables = tableNames(prefix);
let local: DynamoDbLocal;
let reader: DynamoClients;
let app: App;

beforeAll(async () => {
  local = await startDynamoDbLocal({ path: folder, timeoutMs: 60_000 });
  reader = createDynamoClients({ region: "local", endpoint: local.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
  await ensureTables(reader.client, prefix);
  await seed(reader.doc, tables);
  app = await reliableApp({ endpoint: local.endpoint, prefix }, { env: { DYNAMODB_MAX_ATTEMPTS: "2", DYNAMODB_REQUEST_TIMEOUT_MS: "1000" } });
  for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
}, 90_000);
afterAll(async () => {
  vi.restoreAllMocks();
  reader?.client.destroy();
  await local?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe("DynamoDB stops answering (its process stopped)", () => {
  it("the learner gets the apology; once it is back nothing was half-written, and the redelivered message is answered", async () => {
    const conversation = `down-${randomUUID()}`;
    const dynamo = { doc: reader.doc, tables };
    expect(texts((await post(app, message(conversation, "c'est quoi une UA ?"))).replies)[0]).toMatch(/UA|unité d'activité/);
    const before = await conversationDocument(dynamo, conversation);
    const vote = message(conversation, "utile");

    await local.stop();
    const failed = await post(app, vote);
    expect(failed).toEqual({ status: 200, replies: [expect.objectContaining({ text: apologyWording.fr })] });

    local = await startDynamoDbLocal({ path: folder, port: local.port, timeoutMs: 60_000 });
    expect(await conversationDocument(dynamo, conversation)).toEqual(before);
    expect(await events(dynamo).listFeedback()).toEqual([]);

    const answered = await post(app, vote);
    expect(texts(answered.replies)).toEqual(["Merci pour votre retour !"]);
    expect(await events(dynamo).listFeedback()).toEqual([expect.objectContaining({ useful: true })]);
  }, 90_000);
});
