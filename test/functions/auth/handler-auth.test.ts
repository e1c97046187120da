import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { isolatedTables, type TestDynamo } from "../../support/dynamo";
import { httpApiEvent, replyTexts } from "../../support/activities";
import { startFakeConnector, type FakeConnector } from "./fake-connector";
import { startIdentityProvider, type LocalIdentityProvider } from "./local-identity-provider";
import { HANDLER_VARIANTS, type MessagesModule } from "../../support/production-bundle";
import { APP_ID, TENANT, PASSWORD } from "./bot-identity";

/**
 * The Lambda handler as deployed (composition root, DynamoDB state), on a deployed stage whose only
 * difference from production is where the signing keys come from: the local identity provider.
 */

let idp: LocalIdentityProvider;
let connector: FakeConnector;
let dynamo: TestDynamo;

beforeAll(async () => {
  dynamo = await isolatedTables();
  idp = await startIdentityProvider({ appId: APP_ID, appPassword: PASSWORD, tenantId: TENANT });
  connector = await startFakeConnector();
  Object.assign(process.env, {
    STAGE: "test",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_PREFIX: dynamo.prefix,
    ...idp.botEnv,
    BOT_AUTH_ALLOW_TEST_ENDPOINTS: "true",
  });
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await connector.close();
  await idp.close();
});

function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: randomUUID(),
    text: "bonjour",
    channelId: "webchat",
    serviceUrl: connector.serviceUrl,
    conversation: { id: `conv-${randomUUID()}` },
    from: { id: "learner-1" },
    recipient: { id: APP_ID },
    locale: "fr-FR",
    ...overrides,
  };
}

function bearer(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return `Bearer ${idp.signChannelToken({ iss: idp.channelIssuer, aud: APP_ID, serviceurl: connector.serviceUrl, nbf: now - 60, exp: now + 3600, ...claims })}`;
}

async function post(handler: MessagesModule["handler"], body: Record<string, unknown>, authorization?: string) {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  return (await handler(httpApiEvent(JSON.stringify(body), { headers }))) as APIGatewayProxyStructuredResultV2;
}

/** Keys of the state items written for a conversation: a turn that ran leaves one. */
async function stateKeysOf(conversationId: string): Promise<string[]> {
  const { Items = [] } = await dynamo.doc.send(new ScanCommand({ TableName: dynamo.tables.state }));
  return Items.map((item) => String(item.key)).filter((key) => key.includes(conversationId));
}

// The production bundle loads the Bot Framework's authentication modules on first use, and gives
// node-fetch Node's own URL class: the checks must behave exactly as from the source.
describe.each(HANDLER_VARIANTS)("POST /api/messages on a deployed stage (Lambda handler from the %s, DynamoDB Local, local identity provider)", (_variant, load) => {
  let handler: MessagesModule["handler"];
  beforeAll(async () => {
    ({ handler } = await load());
  });

  it("answers a validly signed message with the assistant's reply (expectReplies) and keeps its state", async () => {
    const message = activity({ deliveryMode: "expectReplies" });
    const response = await post(handler, message, bearer());
    expect(response.statusCode).toBe(200);
    expect(replyTexts(response.body ?? "")[0]).toMatch(/Cnam Paris/);
    expect(await stateKeysOf((message.conversation as { id: string }).id)).not.toEqual([]);
    expect(connector.calls).toHaveLength(0);
  });

  it.each([
    ["no token", () => activity(), () => undefined, 401],
    ["a token for another bot", () => activity(), () => bearer({ aud: randomUUID() }), 401],
    ["an expired token", () => activity(), () => bearer({ nbf: 0, exp: Math.floor(Date.now() / 1000) - 600 }), 401],
    ["a token for another serviceUrl", () => activity(), () => bearer({ serviceurl: "https://smba.trafficmanager.net/emea/" }), 401],
    ["Teams from a foreign tenant", () => activity({ channelId: "msteams", channelData: { tenant: { id: randomUUID() } } }), () => bearer(), 403],
    ["the Emulator", () => activity({ channelId: "emulator" }), () => bearer(), 403],
  ])("refuses %s: JSON error, no turn, no state, nothing sent", async (_case, build, authorization, status) => {
    const message = build();
    const response = await post(handler, message, authorization());
    expect(response.statusCode).toBe(status);
    expect(JSON.parse(response.body ?? "{}")).toEqual({ error: expect.any(String), expected: expect.any(String) });
    expect(await stateKeysOf((message.conversation as { id: string }).id)).toEqual([]);
    expect(connector.calls).toHaveLength(0);
  });
});
