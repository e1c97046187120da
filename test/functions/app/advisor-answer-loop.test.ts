import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../../functions/app/composition-root";
import { loadConfig } from "../../../infra/config/env";
import { runHandoffs } from "../../../infra/cli/handoffs";
import { DynamoDbEventsRepository } from "../../../infra/events/dynamodb-events.repository";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { startFakeConnector, type FakeConnector } from "../auth/fake-connector";
import { startIdentityProvider, type LocalIdentityProvider } from "../auth/local-identity-provider";
import { LoopbackCredentialsFactory } from "../auth/loopback-credentials";
import { APP_ID, TENANT, PASSWORD, CHANNEL } from "../auth/bot-identity";


let idp: LocalIdentityProvider;
let connector: FakeConnector;
/** A Bot Connector that refuses every post: the learner removed the app (403). */
let refusing: FakeConnector;

beforeAll(async () => {
  idp = await startIdentityProvider({ appId: APP_ID, appPassword: PASSWORD, tenantId: TENANT });
  connector = await startFakeConnector();
  refusing = await startFakeConnector({ status: 403 });
});
afterAll(async () => {
  await Promise.all([connector.close(), refusing.close()]);
  await idp.close();
});
beforeEach(() => {
  connector.calls.length = 0;
  refusing.calls.length = 0;
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

interface Loop {
  app: App;
  events: DynamoDbEventsRepository;
  cliEnv: Record<string, string>;
}

async function loop(): Promise<Loop> {
  const dynamo = await isolatedTables();
  const config = loadConfig({
    STAGE: "local",
    ...idp.botEnv,
    ADVISORS_TEAMS_SERVICE_URL: connector.serviceUrl,
    ADVISORS_TEAMS_CONVERSATION_ID: CHANNEL,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_PREFIX: dynamo.prefix,
  });
  const app = await createApp(config, { credentialsFactory: new LoopbackCredentialsFactory({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT }) });
  const events = eventsRepository(dynamo);
  return { app, events, cliEnv: { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix, ADVISOR_NAME: "Marc (scolarité)" } };
}

/** An activity from Teams, signed as the Bot Connector signs it, posted to the app. */
async function fromTeams(app: App, activity: Record<string, unknown>): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const token = idp.signChannelToken({ iss: idp.channelIssuer, aud: APP_ID, serviceurl: connector.serviceUrl, iat: now, nbf: now - 60, exp: now + 3600 });
  const response = await app.handle({
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ channelId: "msteams", serviceUrl: connector.serviceUrl, recipient: { id: APP_ID }, channelData: { tenant: { id: TENANT } }, id: randomUUID(), ...activity }),
  });
  expect(response.statusCode).toBeLessThan(300);
}

/** The learner's personal chat with the assistant in Teams. */
function learnerChat(app: App) {
  const conversation = { id: `a:1${randomUUID()}`, conversationType: "personal", tenantId: TENANT };
  const say = (text: string) => fromTeams(app, { type: "message", text, conversation, from: { id: "29:learner", aadObjectId: randomUUID(), name: "Alex" } });
  return { conversation, say };
}

/** The « Répondre » form of a request's card, submitted in the advisors' channel (a reply in the card's thread). */
function answerFromChannel(app: App, requestId: string, answer: string, overrides: Record<string, unknown> = {}) {
  return fromTeams(app, {
    type: "message",
    conversation: { id: `${CHANNEL};messageid=1764270000000`, conversationType: "channel", isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, channel: { id: CHANNEL }, team: { id: CHANNEL } },
    from: { id: "29:advisor", aadObjectId: randomUUID(), name: "Claire Martin" },
    replyToId: "1764270000000",
    value: { action: "handoff-answer", requestId, answer },
    ...overrides,
  });
}

const postsTo = (calls: FakeConnector["calls"], conversationId: string) =>
  calls.filter((call) => call.method === "POST" && call.path.startsWith(`/v3/conversations/${encodeURIComponent(conversationId)}/activities`));
const textsTo = (calls: FakeConnector["calls"], conversationId: string) => postsTo(calls, conversationId).map((call) => String(call.body.text ?? ""));

async function handOff(chat: ReturnType<typeof learnerChat>, question: string): Promise<string> {
  await chat.say("je voudrais parler à un conseiller");
  await chat.say(question);
  await chat.say("non");
  const said = textsTo(connector.calls, chat.conversation.id).join("\n");
  expect(said).toContain("Un conseiller vous répondra ici, dans votre conversation Teams avec l'assistant");
  const ids = [...said.matchAll(/demande n° (\S+) est transmise/g)].map((match) => match[1]);
  expect(ids.at(-1)).toMatch(/^\d{6}-[A-Z0-9]{5}$/);
  return ids.at(-1) as string;
}

describe("the advisor loop in Teams: a learner's request, an advisor's answer, the learner's chat (fake Bot Connector, DynamoDB Local)", () => {
  it("an answer given with npm run handoffs -- reply is posted in the learner's personal chat, then the request is answered and delivered", async () => {
    const { app, events, cliEnv } = await loop();
    const chat = learnerChat(app);
    const id = await handOff(chat, "Puis-je passer l'examen de NFA031 en session 2 ?");
    expect(await events.getHandoff(id)).toMatchObject({ status: "open", reach: "teams-chat", teamsChat: { serviceUrl: connector.serviceUrl, conversationId: chat.conversation.id, tenantId: TENANT } });
    // The channel's card offers « Répondre ».
    const card = postsTo(connector.calls, CHANNEL)[0]?.body as { attachments: { content: { actions: { title: string }[] } }[] };
    expect(card.attachments[0]?.content.actions.map((action) => action.title)).toEqual(["Répondre"]);

    const out: string[] = [];
    expect(await runHandoffs(["reply", id, "--text", "Oui : inscrivez-vous à la session 2 avant le 15 janvier."], cliEnv, { out: (line) => out.push(line), err: (line) => out.push(line) })).toBe(0);
    expect(out[0]).toContain("the assistant posts it in the learner's Teams chat");
    connector.calls.length = 0;

    // What the events stream does in AWS, and the local server's poll.
    expect(await app.deliverPendingAnswers?.()).toEqual([{ outcome: "delivered", at: expect.any(String) }]);
    const posted = postsTo(connector.calls, chat.conversation.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.path).toBe(`/v3/conversations/${encodeURIComponent(chat.conversation.id)}/activities`);
    expect(posted[0]?.body).toMatchObject({ type: "message", conversation: { id: chat.conversation.id, tenantId: TENANT }, channelData: { tenant: { id: TENANT } } });
    expect(posted[0]?.body.text).toBe(
      `Réponse d'un conseiller à votre demande n° ${id} (« Puis-je passer l'examen de NFA031 en session 2 ? ») :\n\nOui : inscrivez-vous à la session 2 avant le 15 janvier.\n\n— Marc (scolarité). Pour une autre question, écrivez-la ici.`,
    );
    expect(await events.getHandoff(id)).toMatchObject({ status: "answered", answer: { by: "Marc (scolarité)" }, delivery: { status: "delivered", at: expect.any(String) } });
    // Delivered once: the next poll finds nothing to post.
    expect(await app.deliverPendingAnswers?.()).toEqual([]);
    const shown: string[] = [];
    await runHandoffs(["show", id], cliEnv, { out: (line) => shown.push(line), err: (line) => shown.push(line) });
    expect(shown).toContainEqual(expect.stringMatching(/^ {2}delivery {4}answered, delivered \d{4}-\d\d-\d\d \d\d:\d\d UTC$/));
  });

  it("an answer given with the card's « Répondre » in the advisors' channel is recorded with the advisor's name, posted to the learner, and the channel is told", async () => {
    const { app, events } = await loop();
    const chat = learnerChat(app);
    const id = await handOff(chat, "Mon UE FOD compte-t-elle pour le diplôme ?");
    connector.calls.length = 0;

    await answerFromChannel(app, id, "Oui, les UE à distance comptent comme les autres.");
    expect(textsTo(connector.calls, chat.conversation.id)).toEqual([expect.stringContaining("Oui, les UE à distance comptent comme les autres.\n\n— Claire Martin.")]);
    // The channel's reply goes in the card's thread.
    expect(textsTo(connector.calls, `${CHANNEL};messageid=1764270000000`)).toEqual([`Réponse à la demande n° ${id} enregistrée et remise à l'apprenant dans sa conversation Teams.`]);
    expect(await events.getHandoff(id)).toMatchObject({ status: "answered", answer: { text: "Oui, les UE à distance comptent comme les autres.", by: "Claire Martin" }, delivery: { status: "delivered" } });
    expect(await app.deliverPendingAnswers?.()).toEqual([]);

    connector.calls.length = 0;
    await answerFromChannel(app, id, "Une seconde réponse");
    expect(textsTo(connector.calls, `${CHANNEL};messageid=1764270000000`)).toEqual([`La demande n° ${id} a déjà reçu une réponse de Claire Martin : elle est maintenue, la vôtre n'est pas enregistrée.`]);
    expect(postsTo(connector.calls, chat.conversation.id)).toEqual([]);
  });

  it.each([
    ["empty", "   ", /non enregistrée : elle est vide\.$/],
    ["over 2000 characters", "x".repeat(2001), /non enregistrée : 2001 caractères, au-delà des 2000 permis/],
  ])("the card's form refuses an %s answer, in the channel, and records nothing", async (_, answer, message) => {
    const { app, events } = await loop();
    const id = await handOff(learnerChat(app), "Question");
    connector.calls.length = 0;
    await answerFromChannel(app, id, answer);
    expect(textsTo(connector.calls, `${CHANNEL};messageid=1764270000000`)).toEqual([expect.stringMatching(message)]);
    expect(await events.getHandoff(id)).toMatchObject({ status: "open" });
  });

  it("a learner cannot answer a request: the form's value from a personal chat, another channel or a personal conversation posing as the channel is not an answer", async () => {
    const { app, events } = await loop();
    const chat = learnerChat(app);
    const id = await handOff(chat, "Puis-je changer de groupe ?");
    const value = { action: "handoff-answer", requestId: id, answer: "Oui, c'est accepté." };
    await fromTeams(app, { type: "message", conversation: chat.conversation, from: { id: "29:learner" }, value });
    await answerFromChannel(app, id, "Oui", { conversation: { id: "19:another0123456789@thread.tacv2;messageid=1", conversationType: "channel", tenantId: TENANT } });
    await answerFromChannel(app, id, "Oui", { conversation: { id: `${CHANNEL};messageid=1`, conversationType: "personal", tenantId: TENANT } });
    expect(await events.getHandoff(id)).toMatchObject({ status: "open" });
    expect(JSON.stringify(connector.calls)).not.toContain("Oui, c'est accepté.");
  });

  it("a post the learner's Teams refuses (403) leaves the request answered, not delivered, with the reason; it is logged, shown in the inbox and not retried", async () => {
    const { app, events, cliEnv } = await loop();
    const id = "261130-GONE1";
    await events.recordHandoff({
      id,
      createdAt: new Date().toISOString(),
      language: "fr",
      channel: "msteams",
      question: "Question d'un apprenant qui a retiré l'application",
      status: "open",
      reach: "teams-chat",
      teamsChat: { serviceUrl: refusing.serviceUrl, conversationId: "a:1gone", tenantId: TENANT },
    });
    const warnings = vi.mocked(console.warn);
    await answerFromChannel(app, id, "Voici la réponse.");
    expect(refusing.calls).toHaveLength(1);
    expect(textsTo(connector.calls, `${CHANNEL};messageid=1764270000000`)).toEqual([
      `Réponse à la demande n° ${id} enregistrée mais NON remise : Teams refused the post (403): the learner removed or blocked the app, or left the tenant. L'apprenant n'a pas laissé d'autre contact ; la demande reste « répondue, non remise » dans la boîte (npm run handoffs -- show ${id}).`,
    ]);
    expect(await events.getHandoff(id)).toMatchObject({ status: "answered", delivery: { status: "failed", error: expect.stringContaining("403") } });
    expect(warnings.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringContaining('"event":"answer_delivery_failed"'));

    expect(await app.deliverPendingAnswers?.()).toEqual([]);
    expect(refusing.calls).toHaveLength(1);
    const listed: string[] = [];
    await runHandoffs(["list", "--status", "answered"], cliEnv, { out: (line) => listed.push(line), err: (line) => listed.push(line) });
    expect(listed).toContainEqual(expect.stringMatching(new RegExp(`^ {2}${id} .*answered, not delivered: Teams refused the post \\(403\\)`)));
  });

  it("an answer to a learner who left an email is recorded and left to the advisor: the channel and the inbox give the contact", async () => {
    const { app, events, cliEnv } = await loop();
    const chat = learnerChat(app);
    await chat.say("je voudrais parler à un conseiller");
    await chat.say("Puis-je reporter mon examen ?");
    await chat.say("alex@example.org");
    const id = /demande n° (\S+) est transmise/.exec(textsTo(connector.calls, chat.conversation.id).join(" "))?.[1] as string;
    expect(await events.getHandoff(id)).toMatchObject({ reach: "contact" });
    connector.calls.length = 0;
    await answerFromChannel(app, id, "Oui, écrivez au secrétariat.");
    expect(textsTo(connector.calls, `${CHANNEL};messageid=1764270000000`)).toEqual([
      `Réponse à la demande n° ${id} enregistrée. L'apprenant a demandé une réponse à alex@example.org : écrivez-lui, puis clôturez la demande.`,
    ]);
    expect(postsTo(connector.calls, chat.conversation.id)).toEqual([]);
    const listed: string[] = [];
    await runHandoffs(["list", "--status", "answered"], cliEnv, { out: (line) => listed.push(line), err: (line) => listed.push(line) });
    expect(listed).toContainEqual(expect.stringMatching(/to answer by email: alex@example\.org$/));
  });
});
