import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CloudAdapter } from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import { createBotAuthentication } from "../../../functions/http/bot-authentication";
import { createApp } from "../../../functions/app/composition-root";
import { cloudAdapterSender } from "../../../functions/app/proactive-sender";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { advisorsChannelOf, loadConfig } from "../../../infra/config/env";
import { TeamsChannelNotifier } from "../../../infra/teams/advisors-channel.notifier";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { startFakeConnector, type FakeConnector } from "../auth/fake-connector";
import { startIdentityProvider, type LocalIdentityProvider } from "../auth/local-identity-provider";
import { LoopbackCredentialsFactory } from "../auth/loopback-credentials";
import { APP_ID, TENANT, PASSWORD, CHANNEL } from "../auth/bot-identity";


let idp: LocalIdentityProvider;
let connector: FakeConnector;

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
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    STAGE: "local",
    ...idp.botEnv,
    ADVISORS_TEAMS_SERVICE_URL: connector.serviceUrl,
    ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL,
    ...extra,
  };
}
const credentialsFactory = () => new LoopbackCredentialsFactory({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT });

const request: HandoffRequest = {
  id: "261127-K7Q2X",
  createdAt: "2026-11-27T19:00:00.000Z",
  language: "fr",
  channel: "webchat",
  question: "J'ai eu 8,5/20 en UTC505, ma note de 9 au partiel compte-t-elle ?",
  contact: { kind: "email", value: "learner@example.org" },
  status: "open",
  origin: "after-answer",
  answerId: "exam-session-2",
};

interface CardBody {
  type: string;
  text?: string;
  facts?: { title: string; value: string }[];
}

describe("announcing handoff requests in the advisors' Teams channel (proactive message through the CloudAdapter)", () => {
  it("posts a card to the channel's conversation on the fake Bot Connector, with the bot's own token, and no grades", async () => {
    const config = loadConfig(env());
    const adapter = new CloudAdapter(createBotAuthentication(config, { credentialsFactory: credentialsFactory() }));
    await new TeamsChannelNotifier(cloudAdapterSender(adapter, APP_ID), APP_ID, advisorsChannelOf(config)!).notify(request);

    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call?.method).toBe("POST");
    expect(call?.path).toBe(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`);
    expect(idp.verifyIssued((call?.authorization ?? "").replace(/^Bearer /, ""))).toMatchObject({ aud: AuthenticationConstants.ToChannelFromBotOAuthScope, appid: APP_ID });
    expect(call?.body).toMatchObject({
      type: "message",
      channelId: "msteams",
      conversation: { id: CHANNEL, conversationType: "channel", tenantId: TENANT.toLowerCase() },
      channelData: { tenant: { id: TENANT.toLowerCase() } },
      summary: "Nouvelle demande n° 261127-K7Q2X",
    });
    const card = (call?.body.attachments as { contentType: string; content: { body: CardBody[] } }[])[0];
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const texts = card?.content.body.map((block) => block.text ?? "") ?? [];
    expect(texts[0]).toBe("Nouvelle demande n° 261127-K7Q2X");
    expect(texts[1]).toBe("J'ai eu [note] en UTC505, ma note de [note] au partiel compte-t-elle ?");
    expect(card?.content.body.find((block) => block.type === "FactSet")?.facts).toEqual(
      expect.arrayContaining([
        { title: "Contact", value: "learner@example.org (e-mail, avec son accord)" },
        { title: "Demandée", value: "après la réponse « exam-session-2 » de l'assistant" },
      ]),
    );
    expect(JSON.stringify(call?.body)).not.toMatch(/8,5|\b9 au|\/20(?!\d)/);
  });

  it("end to end: a learner's handoff through the app on DynamoDB Local is recorded, then posted to the channel", async () => {
    const dynamo = await isolatedTables();
    const config = loadConfig(env({ DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix }));
    const app = await createApp(config, { credentialsFactory: credentialsFactory() });
    const conversation = { id: `conv-${randomUUID()}` };
    const say = async (text: string) => {
      const now = Math.floor(Date.now() / 1000);
      const token = idp.signChannelToken({ iss: idp.channelIssuer, aud: APP_ID, serviceurl: connector.serviceUrl, iat: now, nbf: now - 60, exp: now + 3600 });
      const activity = { type: "message", id: randomUUID(), text, channelId: "webchat", serviceUrl: connector.serviceUrl, deliveryMode: "expectReplies", conversation, from: { id: "visitor" }, recipient: { id: APP_ID } };
      const response = await app.handle({ method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
      expect(response.statusCode).toBe(200);
      return (JSON.parse(response.body) as { activities: { text?: string }[] }).activities.map((reply) => reply.text ?? "");
    };
    await say("je voudrais parler à un conseiller");
    await say("Ma moyenne est de 11,5 : puis-je valider le diplôme ?");
    const replies = await say("non");
    const id = /demande n° (\S+) est transmise/.exec(replies.join(" "))?.[1];
    expect(id).toMatch(/^\d{6}-[A-Z0-9]{5}$/);

    const events = eventsRepository(dynamo);
    expect(await events.getHandoff(id!)).toMatchObject({ status: "open", origin: "direct" });
    // The learner's replies came in the response body; the only outbound call is the channel post.
    expect(connector.calls.map((call) => call.path)).toEqual([`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`]);
    const posted = JSON.stringify(connector.calls[0]?.body);
    expect(posted).toContain(`Nouvelle demande n° ${id}`);
    expect(posted).toContain("Ma moyenne est de [note]");
    expect(posted).not.toContain("11,5");
  });
});

describe("configuration of the advisors' channel", () => {
  const base = { STAGE: "local", MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT, MicrosoftAppPassword: PASSWORD };

  it("is off unless configured, and the tenant defaults to the bot's", () => {
    expect(advisorsChannelOf(loadConfig(base))).toBeUndefined();
    expect(advisorsChannelOf(loadConfig({ ...base, ADVISORS_TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/", ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL }))).toEqual({
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: CHANNEL,
      tenantId: TENANT.toLowerCase(),
    });
  });

  it.each([
    [{ ADVISORS_TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/" }, /needs both ADVISORS_TEAMS_SERVICE_URL and ADVISORS_TEAMS_CONVERSATION_ID/],
    [{ ADVISORS_TEAMS_SERVICE_URL: "http://smba.example.org/", ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL }, /must be an https URL/],
    [{ ADVISORS_TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/", ADVISORS_TEAMS_CONVERSATION_ID: "general" }, /must be a Teams channel conversation id/],
    [{ ADVISORS_TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/", ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL, ADVISORS_TEAMS_TENANT_ID: "university" }, /ADVISORS_TEAMS_TENANT_ID: must be a tenant id/],
    [{ STAGE: "prod", ADVISORS_TEAMS_SERVICE_URL: "http://127.0.0.1:9/", ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL }, /stage "prod" posts to Teams, not to a loopback test connector/],
    [{ MicrosoftAppId: "", ADVISORS_TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/", ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL }, /needs the bot's MicrosoftAppId/],
  ])("refuses %j with a message naming the variable", (extra, message) => {
    expect(() => loadConfig({ ...base, ...extra })).toThrow(message);
  });
});
