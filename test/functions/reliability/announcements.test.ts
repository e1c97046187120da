import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../../functions/app/composition-root";
import { loadConfig } from "../../../infra/config/env";
import type { TestDynamo } from "../../support/dynamo";
import { events, interleavingUnderstanding, seededTables } from "../../support/reliability";
import { startFakeConnector, type FakeConnector } from "../auth/fake-connector";
import { startIdentityProvider, type LocalIdentityProvider } from "../auth/local-identity-provider";
import { LoopbackCredentialsFactory } from "../auth/loopback-credentials";
import { APP_ID, TENANT, PASSWORD, CHANNEL } from "../auth/bot-identity";

/**
 * The advisors' Teams channel is told of a handoff request once, and only of a request that was
 * recorded: the announcement is held back with the turn's other writes, so a run of the turn thrown
 * away after an eTag conflict announces nothing. Signed requests (local identity provider), the
 * channel on the fake Bot Connector, DynamoDB Local.
 */

let idp: LocalIdentityProvider;
let connector: FakeConnector;
let dynamo: TestDynamo;
let app: App;
let interleave: Awaited<ReturnType<typeof interleavingUnderstanding>>;

beforeAll(async () => {
  idp = await startIdentityProvider({ appId: APP_ID, appPassword: PASSWORD, tenantId: TENANT });
  connector = await startFakeConnector();
  dynamo = await seededTables();
  interleave = await interleavingUnderstanding();
  const config = loadConfig({
    STAGE: "local",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_PREFIX: dynamo.prefix,
    ...idp.botEnv,
    ADVISORS_TEAMS_SERVICE_URL: connector.serviceUrl,
    ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL,
  });
  app = await createApp(config, {
    credentialsFactory: new LoopbackCredentialsFactory({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT }),
    services: { understanding: interleave.understanding },
  });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await connector.close();
  await idp.close();
});

function chat(conversationId: string) {
  return async (text: string): Promise<string[]> => {
    const now = Math.floor(Date.now() / 1000);
    const token = idp.signChannelToken({ iss: idp.channelIssuer, aud: APP_ID, serviceurl: connector.serviceUrl, iat: now, nbf: now - 60, exp: now + 3600 });
    const activity = { type: "message", id: randomUUID(), text, channelId: "webchat", serviceUrl: connector.serviceUrl, deliveryMode: "expectReplies", conversation: { id: conversationId }, from: { id: "visitor" }, recipient: { id: APP_ID } };
    const response = await app.handle({ method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
    expect(response.statusCode).toBe(200);
    return (JSON.parse(response.body) as { activities: { text?: string }[] }).activities.map((reply) => reply.text ?? "");
  };
}

describe("announcing a handoff request when the turn that records it runs twice", () => {
  it("announces the one request recorded, once", async () => {
    const say = chat(`conv-${randomUUID()}`);
    await say("je voudrais parler à un conseiller");
    await say("Puis-je faire mon stage à l'étranger ?");
    const before = (await events(dynamo).listHandoffs()).length;
    connector.calls.length = 0;

    // Both messages answer the contact question; the second one, run while the first is in progress,
    // records the request; the first then conflicts and runs again, no longer in the handoff.
    let second: string[] = [];
    interleave.during(async () => {
      second = await say("non");
    });
    await say("non merci");

    const recorded = (await events(dynamo).listHandoffs()).slice(before);
    expect(recorded).toHaveLength(1);
    expect(second.join("\n")).toContain(`demande n° ${recorded[0]?.id} est transmise`);
    const announcements = connector.calls.filter((call) => call.path === `/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`);
    expect(announcements).toHaveLength(1);
    expect(JSON.stringify(announcements[0]?.body)).toContain(`Nouvelle demande n° ${recorded[0]?.id}`);
  });
});
