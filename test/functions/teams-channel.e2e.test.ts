import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { Activity } from "botbuilder";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDbLearnerRepository } from "../../infra/learners/dynamodb-learner.repository";
import { conversationStateKey } from "../../infra/state/optimistic-conversation-state";
import { shippedData } from "../support/advisor-services";
import { httpApiEvent } from "../support/activities";
import type { TestDynamo } from "../support/dynamo";
import { HANDLER_VARIANTS, type MessagesModule } from "../support/production-bundle";
import { events, seededTables } from "../support/reliability";

/**
 * Teams team channels and group chats, through the Lambda handler (from the source and from the
 * production bundle) on DynamoDB Local: what one participant asks is read by everyone, so nothing
 * from a learner's record is answered there, and each participant's dialog is kept apart. Messages
 * arrive as Teams sends them in a channel: starting with the bot's @mention.
 */
const TENANT = randomUUID();
const BOT = "28:00000000-0000-4000-8000-0000000000b0";
const PERSONAL_CHAT_LINK = `https://teams.microsoft.com/l/chat/0/0?users=${BOT}`;
const LEARNER_A = { objectId: randomUUID(), learnerId: "demo-12" };
const LEARNER_B = { objectId: randomUUID(), learnerId: "demo-05" };
const MENTION = "<at>UE Advisor</at>";

let dynamo: TestDynamo;

beforeAll(async () => {
  dynamo = await seededTables();
  const learners = new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners });
  const shipped = (await shippedData()).learners;
  await learners.saveLearners(
    [LEARNER_A, LEARNER_B].map(({ objectId, learnerId }) => ({ ...shipped.find((learner) => learner.id === learnerId)!, teams: { tenantId: TENANT, objectId } })),
  );
  Object.assign(process.env, { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix, TEAMS_TENANT_IDS: TENANT });
  for (const level of ["log", "warn"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
}, 60_000);
afterAll(() => vi.restoreAllMocks());

type Kind = "channel" | "groupChat" | "personal";

/** A message as Teams delivers it: in a channel or a group chat, with the bot's @mention first. */
function teamsMessage(conversationId: string, kind: Kind, learner: { objectId: string }, text: string): Record<string, unknown> {
  const mentioned = kind !== "personal";
  return {
    type: "message",
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9",
    deliveryMode: "expectReplies",
    text: mentioned ? `${MENTION} ${text}` : text,
    ...(mentioned ? { entities: [{ type: "mention", text: MENTION, mentioned: { id: BOT, name: "UE Advisor" } }, { type: "clientInfo", locale: "fr-FR" }] } : {}),
    conversation: { id: conversationId, conversationType: kind, tenantId: TENANT, ...(kind === "personal" ? {} : { isGroup: true }) },
    channelData: { tenant: { id: TENANT }, ...(kind === "channel" ? { team: { id: "19:team@thread.tacv2" }, channel: { id: "19:general@thread.tacv2" } } : {}) },
    from: { id: `29:${learner.objectId}`, aadObjectId: learner.objectId, name: "Learner" },
    recipient: { id: BOT, name: "UE Advisor" },
    locale: "fr-FR",
  };
}

describe.each(HANDLER_VARIANTS)("a Teams channel and a group chat, through the Lambda handler (%s)", (_variant, load) => {
  let handler: MessagesModule["handler"];
  beforeAll(async () => {
    ({ handler } = await load());
  });

  /** One participant's turn in a conversation: the texts of the replies (a card's JSON for a reply that is a card). */
  const say = (conversationId: string, kind: Kind) => async (learner: { objectId: string }, text: string): Promise<string[]> => {
    const response = (await handler(httpApiEvent(JSON.stringify(teamsMessage(conversationId, kind, learner, text))))) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(200);
    return (JSON.parse(response.body ?? "{}") as { activities: Partial<Activity>[] }).activities.map((reply) => reply.text || JSON.stringify(reply.attachments?.map((attachment) => attachment.content) ?? ""));
  };
  const channel = () => say(`19:${randomUUID()}@thread.tacv2;messageid=${Date.now()}`, "channel");

  it("answers a general question with the bot's @mention removed: an answer, not suggestions", async () => {
    const [answer] = await channel()(LEARNER_A, "c'est quoi une UE ?");
    expect(answer).not.toMatch(/Vouliez-vous dire|Je n'ai pas compris/);
    expect(answer).toMatch(/unité d'enseignement/i);
  });

  it.each([
    ["progress", "où en suis-je dans ma licence ?"],
    ["eligibility on the record", "puis-je m'inscrire à NSY103 ?"],
    ["a request to an advisor, with a contact", "je veux parler à un conseiller"],
    ["the status of a request to an advisor, whose answer is the learner's own", "où en est ma demande ?"],
    ["a plan built on the learner's record", "planifier mes semestres"],
  ])("refuses %s in a channel and a group chat, with a link to the personal chat, and answers it there", async (_case, question) => {
    for (const kind of ["channel", "groupChat"] as const) {
      const replies = await say(`19:${randomUUID()}@thread.v2`, kind)(LEARNER_A, question);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatch(/conversation privée/);
      expect(replies[0]).toContain(PERSONAL_CHAT_LINK);
      expect(replies[0]).not.toMatch(/ECTS sur|Je regarde pour|vous inscrire|Quelle est votre question/);
    }
    // Personal chats are unchanged.
    const personal = await say(`a:${randomUUID()}`, "personal")(LEARNER_A, question);
    expect(personal.join("\n")).not.toContain(PERSONAL_CHAT_LINK);
    expect(personal.join("\n")).toMatch(/ECTS sur 60|✅ Oui, vous pouvez vous inscrire à NSY103 .* en 2026-2027 S2|Quelle est votre question|demande|soirs? par semaine|semestres?/);
  });

  it("keeps each participant's dialog apart: one's prompt is not answered by another, and « non » is understood", async () => {
    const conversationId = `19:${randomUUID()}@thread.tacv2;messageid=${Date.now()}`;
    const inChannel = say(conversationId, "channel");
    expect(await inChannel(LEARNER_A, "je voudrais convertir des crédits en heures")).toEqual([expect.stringMatching(/^Combien de crédits ECTS \?/)]);
    // B's « 8 » is not the answer to A's question.
    expect((await inChannel(LEARNER_B, "8")).join("\n")).not.toMatch(/8 ECTS correspond/);
    expect(await inChannel(LEARNER_A, "6")).toEqual([expect.stringMatching(/^Une UE de 6 ECTS correspond à 50 heures/)]);

    // A's offer to hand a question on is A's: B's « non » does not answer it, A's « non » does.
    expect((await inChannel(LEARNER_A, "Quelle est la date limite de la VAE pour le master MEEF en Guyane ?"))[0]).toMatch(/voulez-vous que je lui transmette votre question \?$/);
    expect(await inChannel(LEARNER_B, "non")).toEqual(["Très bien. N'hésitez pas si vous avez une autre question."]);
    expect(await inChannel(LEARNER_A, "non")).toEqual(["Très bien. Que puis-je faire d'autre pour vous ?"]);
    // Taking the offer up in the channel is refused like any request to an advisor: nothing is recorded.
    await inChannel(LEARNER_B, "Quelle est la date limite de la VAE pour le master MEEF en Guyane ?");
    expect((await inChannel(LEARNER_B, "oui"))[0]).toContain(PERSONAL_CHAT_LINK);
    expect(await events(dynamo).listHandoffs()).toEqual([]);

    // Each participant's state is a document of its own.
    const { Item } = await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.state, Key: { pk: conversationStateKey("msteams", conversationId) } }));
    expect(Item).toBeUndefined();
    for (const learner of [LEARNER_A, LEARNER_B]) {
      const key = conversationStateKey("msteams", conversationId, `29:${learner.objectId}`);
      const { Item: own } = await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.state, Key: { pk: key } }));
      expect(JSON.parse(String(own?.doc)).$participants).toEqual([`29:${learner.objectId}`, learner.objectId]);
    }
  });
});
