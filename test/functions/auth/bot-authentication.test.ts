import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ActivityHandler, CloudAdapter, type TurnContext } from "botbuilder";
import { AuthenticationConstants, AuthenticationError } from "botframework-connector";
import { REFUSAL_LOG_LINES_PER_MINUTE } from "../../../functions/app/logging";
import { authenticationEndpoints, BOT_TOKEN_CLOCK_TOLERANCE_SECONDS, createBotAuthentication } from "../../../functions/http/bot-authentication";
import { processBotRequest, type HttpResponse } from "../../../functions/http/bot-http";
import { loadConfig } from "../../../infra/config/env";
import { startFakeConnector, type FakeConnector } from "./fake-connector";
import { startIdentityProvider, type LocalIdentityProvider, type SignOptions } from "./local-identity-provider";
import { LoopbackCredentialsFactory } from "./loopback-credentials";
import { APP_ID, TENANT, PASSWORD } from "./bot-identity";


let idp: LocalIdentityProvider;
let connector: FakeConnector;
let logs: string[];

/** Counts turns: a refused request must never reach the bot. */
class EchoBot extends ActivityHandler {
  turns = 0;
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
  override async run(context: TurnContext): Promise<void> {
    this.turns += 1;
    await super.run(context);
  }
}

beforeAll(async () => {
  idp = await startIdentityProvider({ appId: APP_ID, appPassword: PASSWORD, tenantId: TENANT });
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
  await idp.close();
});
beforeEach(() => {
  connector.calls.length = 0;
  logs = [];
  // botbuilder logs every refusal with console.error; keep the output readable and inspect it.
  for (const level of ["error", "warn", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(" ")));
  }
});
afterEach(() => vi.restoreAllMocks());

/** The configuration under test: real app id, tenant and secret, endpoints on the local provider. */
function testConfig(stage: string, extra: Record<string, string> = {}) {
  return loadConfig({
    STAGE: stage,
    ...idp.botEnv,
    BOT_AUTH_ALLOW_TEST_ENDPOINTS: "true",
    ...extra,
  });
}

function stack(stage: string, extra: Record<string, string> = {}) {
  const auth = createBotAuthentication(testConfig(stage, extra), {
    credentialsFactory: new LoopbackCredentialsFactory({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT }),
  });
  const bot = new EchoBot();
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return {
    auth,
    bot,
    post: (activity: Record<string, unknown>, authorization?: string): Promise<HttpResponse> =>
      processBotRequest(adapter, bot, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization === undefined ? {} : { Authorization: authorization }) },
        body: JSON.stringify(activity),
      }),
  };
}

/** A message as a channel delivers it: normal delivery, the reply goes to the fake connector. */
function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: `act-${randomUUID()}`,
    text: "hi",
    channelId: "webchat",
    serviceUrl: connector.serviceUrl,
    conversation: { id: `conv-${randomUUID()}` },
    from: { id: "user-1" },
    recipient: { id: APP_ID },
    ...overrides,
  };
}

function teamsActivity(tenant: string, conversationTenant = tenant): Record<string, unknown> {
  return activity({
    channelId: "msteams",
    channelData: { tenant: { id: tenant } },
    conversation: { id: `19:${randomUUID()}`, tenantId: conversationTenant, conversationType: "personal" },
  });
}

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: idp.channelIssuer, aud: APP_ID, serviceurl: connector.serviceUrl, iat: now, nbf: now - 60, exp: now + 3600, ...overrides };
}

function bearer(tokenClaims: Record<string, unknown> = claims(), options?: SignOptions): string {
  return `Bearer ${idp.signChannelToken(tokenClaims, options)}`;
}

function payload(response: HttpResponse): { error: string; expected: string } {
  return JSON.parse(response.body) as { error: string; expected: string };
}

const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;
const OTHER_SERVICE_URL = "https://smba.trafficmanager.net/emea/";

const seconds = (n: number) => Math.floor(Date.now() / 1000) + n;

/**
 * Each case: an Authorization header the bot must refuse with 401, and the public reason it gives on
 * a deployed stage. botbuilder tolerates 5 minutes of clock skew; the assistant, BOT_TOKEN_CLOCK_TOLERANCE_SECONDS.
 */
const refusedTokens: [string, () => string | undefined, RegExp, Record<string, unknown>?][] = [
  ["no Authorization header", () => undefined, /no bearer token/],
  ["an empty Authorization header", () => "", /no bearer token/],
  ["a garbage token", () => "Bearer not.a.jwt", /issued by the Bot Framework/],
  ["another scheme", () => `Basic ${Buffer.from("user:pass").toString("base64")}`, /issued by the Bot Framework|not accepted/],
  ["an expired token", () => bearer(claims({ nbf: minutes(-120), exp: minutes(-10) })), /expired/],
  ["a token not valid yet", () => bearer(claims({ nbf: minutes(10), exp: minutes(70) })), /not valid yet/],
  ["a token expired 2 minutes ago (botbuilder alone would accept it for 5)", () => bearer(claims({ nbf: minutes(-60), exp: minutes(-2) })), /expired/],
  ["a token valid only in 2 minutes (botbuilder alone would accept it)", () => bearer(claims({ nbf: minutes(2), exp: minutes(62) })), /not valid yet/],
  ["a token without expiry", () => bearer(claims({ exp: undefined })), /expired|not accepted/],
  ["a token from another issuer (Microsoft's real one, not trusted here)", () => bearer(claims({ iss: AuthenticationConstants.ToBotFromChannelTokenIssuer })), /issued by the Bot Framework/],
  ["a token for another bot", () => bearer(claims({ aud: randomUUID() })), /not meant for this bot/],
  ["a token without audience", () => bearer(claims({ aud: undefined })), /not meant for this bot/],
  ["an unsigned token (alg none)", () => bearer(claims(), { alg: "none" }), /signature|not accepted/],
  ["an HS256 token keyed with the public key", () => bearer(claims(), { alg: "HS256" }), /signature/],
  ["a token signed by an unpublished key", () => bearer(claims(), { key: "unpublished" }), /signature/],
  ["a forged signature under a published key id", () => bearer(claims(), { key: "unpublished", kid: idp.keys.channel.kid }), /signature/],
  ["a token whose key does not endorse the channel", () => bearer(claims(), { key: "webchatOnly" }), /endorse/, { channelId: "directline" }],
  ["a token for another serviceUrl", () => bearer(claims({ serviceurl: OTHER_SERVICE_URL })), /serviceUrl/],
  ["a token without serviceurl claim", () => bearer(claims({ serviceurl: undefined })), /serviceUrl/],
];

describe.each([
  ["a deployed stage", "test"],
  ["the local server with credentials", "local"],
])("Bot Framework authentication on %s, against a local identity provider", (_label, stage) => {
  it("accepts a valid channel token: 200, and the reply reaches the connector with the bot's own token", async () => {
    const { post, bot } = stack(stage);
    const message = activity();
    const response = await post(message, bearer());

    expect(response.statusCode).toBe(200);
    expect(bot.turns).toBe(1);
    expect(idp.served).toContain("GET /v1/keys");
    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call?.method).toBe("POST");
    expect(call?.path).toBe(`/v3/conversations/${encodeURIComponent((message.conversation as { id: string }).id)}/activities/${encodeURIComponent(message.id as string)}`);
    expect(call?.body.text).toBe("echo: hi");
    const outbound = idp.verifyIssued((call?.authorization ?? "").replace(/^Bearer /, ""));
    expect(outbound).toMatchObject({ aud: AuthenticationConstants.ToChannelFromBotOAuthScope, appid: APP_ID });
  });

  it("returns the reply in the body for deliveryMode expectReplies, and sends nothing out", async () => {
    const { post } = stack(stage);
    const response = await post(activity({ deliveryMode: "expectReplies" }), bearer());
    expect(response.statusCode).toBe(200);
    expect((JSON.parse(response.body) as { activities: { text: string }[] }).activities.map((reply) => reply.text)).toEqual(["echo: hi"]);
    expect(connector.calls).toHaveLength(0);
  });

  it.each(refusedTokens)("refuses %s with 401 JSON, runs no turn and sends nothing", async (_case, header, reason, activityOverrides) => {
    const { post, bot } = stack(stage);
    const authorization = header();
    const response = await post(activity(activityOverrides), authorization);

    expect(response.statusCode).toBe(401);
    const body = payload(response);
    expect(body.error).toMatch(/^Authentication failed: /);
    if (stage !== "local") expect(body.error).toMatch(reason);
    expect(body.expected).toMatch(/bearer token/);
    // Nothing internal in the answer: no stack, no key material, no botbuilder message.
    expect(response.body).not.toMatch(/node_modules|\bat \S+ \(|BEGIN|kid|Unauthorized\.|AppId/);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
    const token = authorization?.split(" ")[1];
    if (token && token.length > 20) expect(logs.join("\n")).not.toContain(token);
    // One structured line says why; botbuilder's own console lines (a key's PEM among them) are not written.
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.event === "auth_refused")).toEqual([expect.objectContaining({ level: "warn", reason: expect.any(String) })]);
    expect(logs.join("\n")).not.toMatch(/BEGIN|Error finding key|TokenExpiredError: jwt expired$/m);
  });

  it("accepts a token whose expiry passed less than the clock tolerance ago", async () => {
    const { post, bot } = stack(stage);
    const response = await post(activity(), bearer(claims({ nbf: minutes(-60), exp: seconds(-BOT_TOKEN_CLOCK_TOLERANCE_SECONDS + 20) })));
    expect(response.statusCode).toBe(200);
    expect(bot.turns).toBe(1);
  });

  it("logs at most a few refusals a minute, then how many it left out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const { post } = stack(stage);
      const flood = REFUSAL_LOG_LINES_PER_MINUTE + 5;
      for (let i = 0; i < flood; i++) expect((await post(activity(), bearer(claims({ exp: minutes(-10) })))).statusCode).toBe(401);
      const refused = () => logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.event === "auth_refused");
      expect(refused()).toHaveLength(REFUSAL_LOG_LINES_PER_MINUTE);
      vi.setSystemTime(Date.now() + 61_000);
      expect((await post(activity(), "Bearer not.a.jwt")).statusCode).toBe(401);
      expect(refused().at(-1)).toMatchObject({ reason: expect.any(String), suppressed: 5 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("accepts a Teams message from the university's tenant, whatever the case of its id", async () => {
    const { post } = stack(stage);
    const response = await post(teamsActivity(TENANT.toUpperCase(), TENANT), bearer());
    expect(response.statusCode).toBe(200);
    expect(connector.calls.map((call) => call.body.text)).toEqual(["echo: hi"]);
  });

  it.each([
    ["from a foreign tenant", () => teamsActivity(randomUUID())],
    ["whose conversation names a foreign tenant", () => teamsActivity(TENANT, randomUUID())],
    ["whose channelData names a foreign tenant", () => teamsActivity(randomUUID(), TENANT)],
    ["without any tenant", () => activity({ channelId: "msteams" })],
    ["with a tenant that is not a string", () => activity({ channelId: "msteams", channelData: { tenant: { id: 42 } } })],
  ])("refuses a validly signed Teams message %s with 403, no turn and no reply", async (_case, build) => {
    const { post, bot } = stack(stage);
    const response = await post(build(), bearer());
    expect(response.statusCode).toBe(403);
    expect(payload(response)).toMatchObject({ error: expect.stringMatching(/tenant/), expected: expect.stringMatching(/university's Microsoft 365 tenant/) });
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("checks the tenant only after the token: a foreign Teams tenant without a token is a 401", async () => {
    const { post } = stack(stage);
    expect((await post(teamsActivity(randomUUID()))).statusCode).toBe(401);
  });

  it.each(["AseChannel", "skype", "slack", "test"])("refuses the channel %s with 403 before any token check", async (channelId) => {
    const { post, bot } = stack(stage);
    const served = idp.served.length;
    const response = await post(activity({ channelId }), bearer());
    expect(response.statusCode).toBe(403);
    expect(payload(response).error).toMatch(/channel .* is not accepted/);
    expect(idp.served.length).toBe(served);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("refuses a skill token (another bot calling this one) with 401", async () => {
    const { post, bot } = stack(stage);
    const skillClaims = { ver: "1.0", aud: APP_ID, appid: randomUUID(), iss: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", exp: minutes(60), nbf: minutes(-1) };
    const response = await post(activity(), bearer(skillClaims, { key: "emulator" }));
    expect(response.statusCode).toBe(401);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("what differs between a deployed stage and the local server", () => {
  /** What the Bot Framework Emulator sends when given the bot's credentials: an Entra token for the bot. */
  function emulatorToken(): string {
    const now = Math.floor(Date.now() / 1000);
    const entra = { iss: `https://sts.windows.net/${TENANT}/`, aud: APP_ID, appid: APP_ID, tid: TENANT, ver: "1.0", iat: now, nbf: now - 60, exp: now + 3600 };
    return bearer(entra, { key: "emulator" });
  }

  it("a deployed stage refuses the Emulator channel, even with a valid token: 403", async () => {
    const { post, bot } = stack("test");
    const response = await post(activity({ channelId: "emulator" }), bearer());
    expect(response.statusCode).toBe(403);
    expect(payload(response).error).toMatch(/channel "emulator" is not accepted/);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("the local server accepts the Emulator channel", async () => {
    const response = await stack("local").post(activity({ channelId: "emulator" }), bearer());
    expect(response.statusCode).toBe(200);
  });

  it("a deployed stage takes Bot Connector tokens only: an Emulator (Entra) token is a 401 on any channel", async () => {
    const { post, bot } = stack("test");
    const response = await post(activity(), emulatorToken());
    expect(response.statusCode).toBe(401);
    expect(payload(response).error).toMatch(/issued by the Bot Framework/);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it.each(["test", "local"])("stage %s refuses the bot's own outbound token replayed to it (another audience): 401", async (stage) => {
    await stack("test").post(activity(), bearer());
    const own = idp.issuedTokens.at(-1);
    expect(own).toBeDefined();
    connector.calls.length = 0;
    const { post, bot } = stack(stage);
    const response = await post(activity({ channelId: stage === "local" ? "emulator" : "webchat" }), `Bearer ${own}`);
    expect(response.statusCode).toBe(401);
    expect(payload(response).error).toMatch(stage === "local" ? /not meant for this bot/ : /issued by the Bot Framework/);
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("the local server accepts the Emulator's token: botbuilder's Emulator path, checked against the Emulator keys", async () => {
    const response = await stack("local").post(activity({ channelId: "emulator", deliveryMode: "expectReplies" }), emulatorToken());
    expect(response.statusCode).toBe(200);
    expect(idp.served).toContain("GET /emulator/keys");
  });
});

describe("when the signing keys cannot be fetched", () => {
  it.each([
    ["the metadata URL answers 404", () => `${idp.url}/missing/.well-known/openidconfiguration`],
    ["nothing listens at the metadata URL", () => "http://127.0.0.1:9/v1/.well-known/openidconfiguration"],
  ])("refuses with 503 (our fault, not the caller's, and no turn) when %s", async (_case, url) => {
    const { post, bot } = stack("test", { BOT_AUTH_OPENID_METADATA_URL: url() });
    const response = await post(activity(), bearer());
    expect(response.statusCode).toBe(503);
    expect(payload(response)).toEqual({ error: "Authentication is temporarily unavailable.", expected: "the same request again later" });
    expect(bot.turns).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("createBotAuthentication", () => {
  it("trusts Microsoft's endpoints when nothing is overridden", () => {
    const config = loadConfig({ STAGE: "prod", MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT, MicrosoftAppPassword: PASSWORD });
    expect(createBotAuthentication(config).endpoints).toEqual({
      toBotFromChannelOpenIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
      toBotFromChannelTokenIssuer: "https://api.botframework.com",
      toBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
      toChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
      toChannelFromBotOAuthScope: "https://api.botframework.com",
      oAuthUrl: "https://api.botframework.com",
      callerId: "urn:botframework:azure",
    });
  });

  it("refuses to build anonymous authentication for a deployed stage, even from a hand-made Config", () => {
    const config = { ...testConfig("test"), MicrosoftAppId: "" };
    expect(() => createBotAuthentication(config)).toThrow(/Stage "test" needs MicrosoftAppId/);
  });

  it("uses the configured overrides", () => {
    expect(authenticationEndpoints(testConfig("test"))).toMatchObject({
      toBotFromChannelOpenIdMetadataUrl: idp.channelMetadataUrl,
      toBotFromChannelTokenIssuer: idp.channelIssuer,
      toBotFromEmulatorOpenIdMetadataUrl: idp.emulatorMetadataUrl,
      toChannelFromBotLoginUrl: idp.loginUrl,
    });
  });

  it("refuses streaming and skill requests, which this assistant does not use", async () => {
    const { auth } = stack("test");
    await expect(auth.authenticateStreamingRequest(bearer(), "webchat")).rejects.toBeInstanceOf(AuthenticationError);
    await expect(auth.authenticateChannelRequest(bearer())).rejects.toBeInstanceOf(AuthenticationError);
  });
});
