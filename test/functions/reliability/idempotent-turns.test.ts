import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../../../functions/app/composition-root";
import { journalOf, REPLAY_SECONDS } from "../../../infra/state/optimistic-conversation-state";
import type { TestDynamo } from "../../support/dynamo";
import {
  conversationDocument,
  events,
  interleavingUnderstanding,
  journaled,
  message,
  post,
  reliableApp,
  seededTables,
  texts,
  type Posted,
} from "../../support/reliability";
import { startFakeConnector, type FakeConnector } from "../auth/fake-connector";

/**
 * A redelivered activity (same channel, conversation and activity id) is processed once and its
 * replies are not sent twice, whether it arrives after or during the first delivery's turn, with
 * nothing but the conversation state read and written (its journal). Through
 * the app as the Lambda handler runs it, on DynamoDB Local; normal-delivery replies go to a fake
 * connector on loopback, where they are counted.
 */
let dynamo: TestDynamo;
let app: App;
let connector: FakeConnector;
let interleave: Awaited<ReturnType<typeof interleavingUnderstanding>>;

beforeAll(async () => {
  dynamo = await seededTables();
  connector = await startFakeConnector();
  interleave = await interleavingUnderstanding();
  app = await reliableApp(dynamo, { overrides: { services: { understanding: interleave.understanding } } });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await connector.close();
});

const newConversation = () => `idem-${randomUUID()}`;
/** Replies the fake connector received for one conversation. */
const delivered = (conversationId: string) =>
  connector.calls.filter((call) => call.method === "POST" && decodeURIComponent(call.path).includes(`/v3/conversations/${conversationId}/activities`));
const normal = (conversationId: string, text: string, overrides: Record<string, unknown> = {}) =>
  message(conversationId, text, { deliveryMode: undefined, serviceUrl: connector.serviceUrl, ...overrides });

describe("a redelivered activity is processed once", () => {
  it("after its turn, with expectReplies: the same replies again, and the vote it carried recorded once", async () => {
    const conversation = newConversation();
    await post(app, message(conversation, "c'est quoi une UA ?"));
    const vote = message(conversation, "utile");
    const first = await post(app, vote);
    const again = await post(app, vote);

    expect(texts(first.replies)).toEqual(["Merci pour votre retour !"]);
    expect(again).toEqual(first);
    expect((await events(dynamo).listFeedback()).filter((f) => f.useful)).toHaveLength(1);
    expect((await journaled(dynamo, conversation)).filter((id) => id === vote.id)).toHaveLength(1);
  });

  it("after its turn, with normal delivery: nothing is sent to the channel the second time", async () => {
    const conversation = newConversation();
    const activity = normal(conversation, "bonjour");
    expect((await post(app, activity)).status).toBe(200);
    const sent = delivered(conversation).length;
    expect(sent).toBe(1);

    const again = await post(app, activity);
    expect(again).toEqual({ status: 200, replies: [] });
    expect(delivered(conversation)).toHaveLength(sent);
    expect(await journaled(dynamo, conversation)).toEqual([activity.id]);
  });

  it("during its turn, with normal delivery: the two deliveries race, one stands, and the replies leave once", async () => {
    const conversation = newConversation();
    const activity = normal(conversation, "c'est quoi une UA ?");
    let duplicate: Posted | undefined;
    interleave.during(async () => {
      duplicate = await post(app, activity);
    });
    await post(app, activity);

    expect(duplicate).toEqual({ status: 200, replies: [] });
    expect(delivered(conversation)).toHaveLength(1);
    expect(delivered(conversation)[0]?.body.text).toMatch(/unité d'activité|UA/);
    expect(await journaled(dynamo, conversation)).toEqual([activity.id]);
  });

  it("during its turn, with expectReplies: both return the replies of the delivery that saved first", async () => {
    const conversation = newConversation();
    const activity = message(conversation, "c'est quoi une UA ?");
    let duplicate: Promise<Posted> | undefined;
    interleave.during(async () => {
      duplicate = post(app, activity);
    });
    const first = await post(app, activity);

    expect(first.replies.length).toBeGreaterThan(0);
    expect(await duplicate).toEqual(first);
    expect(await journaled(dynamo, conversation)).toEqual([activity.id]);
  });

  it("sent five times at once: one turn, its replies delivered once", async () => {
    const conversation = newConversation();
    await post(app, normal(conversation, "bonjour"));
    const before = delivered(conversation).length;
    const activity = normal(conversation, "cb d'h pr 1 UE de 4 ects");
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(app, activity)));

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const replies = delivered(conversation).slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body.text).toMatch(/4 ECTS correspond à 40 heures/);
    expect((await journaled(dynamo, conversation)).filter((id) => id === activity.id)).toHaveLength(1);
  });

  it("keeps the replies in the conversation's journal for expectReplies only, with their time", async () => {
    const conversation = newConversation();
    const inBody = message(conversation, "bonjour");
    const toChannel = normal(conversation, "c'est quoi NSY103 ?");
    const before = Math.floor(Date.now() / 1000);
    await post(app, inBody);
    await post(app, toChannel);

    const journal = journalOf(await conversationDocument(dynamo, conversation));
    const kept = journal.find((entry) => entry.a === inBody.id);
    expect(kept?.r).toEqual([expect.objectContaining({ text: expect.stringMatching(/^Bonjour ! Je suis/) })]);
    expect(kept?.t).toBeGreaterThanOrEqual(before);
    expect(kept?.t).toBeLessThanOrEqual(before + REPLAY_SECONDS);
    expect(journal.find((entry) => entry.a === toChannel.id)).toEqual({ a: toChannel.id, n: expect.any(String) });
  });

  it("treats the same activity id in another conversation as another activity", async () => {
    const [a, b] = [newConversation(), newConversation()];
    const id = `act-${randomUUID()}`;
    const first = await post(app, message(a, "bonjour", { id }));
    const second = await post(app, message(b, "bonjour", { id }));
    expect(texts(first.replies)[0]).toMatch(/^Bonjour ! Je suis/);
    expect(texts(second.replies)[0]).toMatch(/^Bonjour ! Je suis/);
    expect(await journaled(dynamo, b)).toEqual([id]);
  });

  it("processes activities without an id (nothing identifies a redelivery) or locale, as curl sends them, normally", async () => {
    const conversation = newConversation();
    const first = await post(app, message(conversation, "bonjour", { id: undefined, locale: undefined }));
    const second = await post(app, message(conversation, "bonjour", { id: undefined }));
    expect(texts(first.replies)[0]).toMatch(/^Bonjour ! Je suis/);
    expect(texts(second.replies)).toEqual(["Bonjour ! Que puis-je faire pour vous ?"]);
  });
});
