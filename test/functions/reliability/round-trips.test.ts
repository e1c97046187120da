import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../../../functions/app/composition-root";
import { testDynamoClients, type TestDynamo } from "../../support/dynamo";
import { events, faultyClients, message, post, reliableApp, seededTables, tablesOf, texts, type SentCommand } from "../../support/reliability";

/**
 * What a turn costs in DynamoDB requests, counted on the app's client: one read (the conversation
 * state) and one write (the state, with the turn's records when it has any), whatever the turn.
 * Content and catalog come from the container's caches.
 */
let dynamo: TestDynamo;
let app: App;
let sent: string[] = [];

beforeAll(async () => {
  dynamo = await seededTables();
  const { clients } = faultyClients(testDynamoClients(), (command: SentCommand) => {
    const names = tablesOf(command).map((table) => table.slice(dynamo.prefix.length));
    sent.push(`${command.constructor.name.replace(/Command$/, "")}(${names.join("+")})`);
    return undefined;
  });
  app = await reliableApp(dynamo, { overrides: { clients } });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  // A warm container: the catalog and the content are in its caches (a cold start too slow to read
  // them leaves that to the first turn that needs them).
  await post(app, message(`rt-${randomUUID()}`, "c'est quoi NSY103 ?"));
});
afterAll(() => vi.restoreAllMocks());

/** Sends one message of an anonymous visitor and returns its replies and the DynamoDB requests it made. */
async function turn(conversation: string, text: string) {
  sent = [];
  const { replies } = await post(app, message(conversation, text));
  return { replies: texts(replies).join("\n"), requests: sent };
}

describe("DynamoDB requests per turn", () => {
  it("a new conversation's greeting: read the state, write it", async () => {
    expect(await turn(`rt-${randomUUID()}`, "bonjour")).toMatchObject({ requests: ["BatchGet(state)", "Put(state)"] });
  });

  it.each([
    ["an answered question (its statistic written with the state)", "c'est quoi une UA ?", /unité d'activité|UA/],
    ["a credit-hours question", "cb d'h pr 1 UE de 4 ects", /40 heures/],
    ["an unanswered question (its statistic written with the state)", "quel temps fera-t-il demain à Paris ?", /./],
  ])("%s: one read, one write", async (_what, text, reply) => {
    const conversation = `rt-${randomUUID()}`;
    await turn(conversation, "bonjour");
    const { replies, requests } = await turn(conversation, text);
    expect(replies).toMatch(reply);
    expect(requests).toEqual(["BatchGet(state)", "TransactWrite(state+events)"]);
  });

  it("an anonymous visitor's eligibility check (what-if), over two turns: one read and one write each", async () => {
    const conversation = `rt-${randomUUID()}`;
    await turn(conversation, "bonjour");
    const asked = await turn(conversation, "puis-je m'inscrire à RSX101 ?");
    // The question's statistic is written with the state of the turn that answered it, not when it is asked.
    expect(asked).toEqual({ replies: expect.stringMatching(/RSX101 demande d'avoir validé UTC505/), requests: ["BatchGet(state)", "Put(state)"] });
    expect((await turn(conversation, "UTC505")).requests).toEqual(["BatchGet(state)", "TransactWrite(state+events)"]);
  });

  it("a vote: one read, one write carrying the vote", async () => {
    const conversation = `rt-${randomUUID()}`;
    await turn(conversation, "c'est quoi une UA ?");
    const votes = (await events(dynamo).listFeedback()).length;
    expect(await turn(conversation, "utile")).toEqual({ replies: "Merci pour votre retour !", requests: ["BatchGet(state)", "TransactWrite(state+events)"] });
    expect(await events(dynamo).listFeedback()).toHaveLength(votes + 1);
  });

  it("a handoff request: one read, one write carrying the request", async () => {
    const conversation = `rt-${randomUUID()}`;
    await turn(conversation, "je veux parler à un conseiller");
    await turn(conversation, "Puis-je faire mon stage à l'étranger ?");
    const done = await turn(conversation, "06 12 34 56 78");
    expect(done.replies).toMatch(/demande n° \S+ est transmise/);
    expect(done.requests).toEqual(["BatchGet(state)", "TransactWrite(state+events)"]);
  });
});
