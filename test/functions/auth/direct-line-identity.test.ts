import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Activity } from "botbuilder";
import { createApp, type App } from "../../../functions/app/composition-root";
import { loadConfig } from "../../../infra/config/env";
import { DynamoDbCatalogRepository } from "../../../infra/catalog/dynamodb-catalog.repository";
import { publishContentFiles } from "../../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { loadDataFolder, SAMPLE_DATA_FOLDER } from "../../../infra/data-loader/data-folder.loader";
import { DynamoDbLearnerRepository } from "../../../infra/learners/dynamodb-learner.repository";
import { isolatedTables, type TestDynamo } from "../../support/dynamo";
import { startIdentityProvider, type LocalIdentityProvider } from "./local-identity-provider";
import { APP_ID, TENANT, PASSWORD } from "./bot-identity";

/**
 * The website's learner on a deployed stage, end to end on the bot's side: Direct Line delivers
 * activities from the user id bound in the token the webchat-token function minted (`dl_<learnerId>`),
 * signed by the Bot Connector (here the local identity provider, real RSA). The assistant reads that
 * learner's record only when the stage declares Direct Line's enhanced authentication on, and only
 * for the Direct Line channel.
 */
const SERVICE_URL = "http://127.0.0.1:9/directline/";

let dynamo: TestDynamo;
let idp: LocalIdentityProvider;
const apps = new Map<string, App>();

beforeAll(async () => {
  dynamo = await isolatedTables();
  await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
  const loaded = await loadDataFolder(SAMPLE_DATA_FOLDER, {
    catalog: new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }),
    learners: new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners }),
  });
  expect(loaded.ok).toBe(true);
  idp = await startIdentityProvider({ appId: APP_ID, appPassword: PASSWORD, tenantId: TENANT });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
}, 60_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await idp?.close();
});

/** The messages function as deployed on a stage, with or without the enhanced-authentication declaration. */
async function app(enhancedAuth: "true" | "false"): Promise<App> {
  const existing = apps.get(enhancedAuth);
  if (existing) return existing;
  const config = loadConfig({
    STAGE: "test",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_PREFIX: dynamo.prefix,
    ...idp.botEnv,
    BOT_AUTH_ALLOW_TEST_ENDPOINTS: "true",
    DIRECT_LINE_ENHANCED_AUTH: enhancedAuth,
  });
  const created = await createApp(config);
  apps.set(enhancedAuth, created);
  return created;
}

/** One conversation as the Bot Connector delivers it, replies asked in the response body. */
function conversation(target: App, channelId: string, userId: string) {
  const id = `dl-${randomUUID()}`;
  const now = Math.floor(Date.now() / 1000);
  const authorization = `Bearer ${idp.signChannelToken({ iss: idp.channelIssuer, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600 })}`;
  return async (text: string): Promise<Partial<Activity>[]> => {
    const body = { type: "message", id: randomUUID(), text, channelId, serviceUrl: SERVICE_URL, deliveryMode: "expectReplies", conversation: { id }, from: { id: userId }, recipient: { id: APP_ID }, locale: "fr-FR" };
    const response = await target.handle({ method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify(body) });
    expect(response.statusCode).toBe(200);
    return (JSON.parse(response.body) as { activities: Partial<Activity>[] }).activities;
  };
}

const everything = (replies: Partial<Activity>[]) => JSON.stringify(replies);

describe("a website learner identified through the Direct Line token's user id", () => {
  it("with enhanced authentication declared on, dl_demo-05 on Direct Line gets the check on demo-05's own record", async () => {
    const say = conversation(await app("true"), "directline", "dl_demo-05");
    expect(everything(await say("puis-je m'inscrire à ANG320 ?"))).toMatch(/Pour quel semestre/);
    const decision = everything(await say("S2"));
    expect(decision).toMatch(/application\/vnd.microsoft.card.adaptive/);
    expect(decision).toMatch(/vous pourrez vous inscrire à ANG320 \(.*\) en \d{4}-\d{4} S2 une fois ceci réglé/);
    expect(decision).not.toMatch(/Simulation indicative/);
  });

  it.each([
    ["enhanced authentication not declared", "false", "directline", "dl_demo-05"],
    ["the webchat channel, whose from.id Direct Line does not enforce", "true", "webchat", "dl_demo-05"],
    ["a bare learner id, which no minted token carries", "true", "directline", "demo-05"],
  ] as const)("with %s, the visitor stays anonymous: a what-if, never the record", async (_case, flag, channelId, userId) => {
    const say = conversation(await app(flag), channelId, userId);
    // A visitor's what-if does not depend on the semester: the next one is answered at once.
    const decision = everything(await say("puis-je m'inscrire à ANG320 ?"));
    expect(decision).toMatch(/Simulation indicative, faite sur vos déclarations/);
  });
});
