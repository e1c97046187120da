import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ProvisionedThroughputExceededException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { apologyWording } from "../../../dialogs/apology.wording";
import type { App } from "../../../functions/app/composition-root";
import type { TestDynamo } from "../../support/dynamo";
import { testDynamoClients } from "../../support/dynamo";
import {
  conversationDocument,
  events,
  faultyClients,
  interleavingUnderstanding,
  journaled,
  message,
  post,
  reliableApp,
  seededTables,
  tablesOf,
  texts,
  type Fault,
  type SentCommand,
} from "../../support/reliability";
import { startFakeConnector, type FakeConnector } from "../auth/fake-connector";

/**
 * DynamoDB faults injected with aws-sdk-client-mock on the app's DynamoDBDocumentClient (each other
 * command reaches DynamoDB Local), and a channel that refuses replies. A turn writes its state alone
 * (PutItem) or, when it records something (a vote, a handoff request, a statistic), with its records
 * (TransactWriteItems); a second app runs on a store without transactions. Whatever fails, the learner
 * gets the short apology (or, for a lost reply, nothing worse than the loss, logged), the state is
 * left as a whole turn or no turn at all, and a redelivery of the same activity is then answered.
 */
let dynamo: TestDynamo;
let app: App;
let fault: ((command: SentCommand) => Fault) | undefined;
/** The same app on a store that has no transactions, as dynalite under `npm start`. */
let withoutTransactions: App;
let connector: FakeConnector;
let broken: FakeConnector;
let interleave: Awaited<ReturnType<typeof interleavingUnderstanding>>;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  dynamo = await seededTables();
  connector = await startFakeConnector();
  broken = await startFakeConnector({ status: 503 });
  const { clients } = faultyClients(testDynamoClients({ maxAttempts: 2, requestTimeoutMs: 2_000 }), (command) => fault?.(command));
  interleave = await interleavingUnderstanding();
  app = await reliableApp(dynamo, { overrides: { clients, services: { understanding: interleave.understanding } } });
  const noTransactions = faultyClients(testDynamoClients({ maxAttempts: 2, requestTimeoutMs: 2_000 }), (command) =>
    command.constructor.name === "TransactWriteCommand" ? Object.assign(new Error("UnknownError"), { name: "UnknownOperationException" }) : fault?.(command),
  );
  withoutTransactions = await reliableApp(dynamo, { overrides: { clients: noTransactions.clients } });
  for (const level of ["log", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => {
      if (typeof line === "string" && line.startsWith("{")) logged.push(JSON.parse(line) as Record<string, unknown>);
    });
  }
});
afterEach(() => {
  fault = undefined;
  logged.length = 0;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await connector.close();
  await broken.close();
});

const throttled = () => new ProvisionedThroughputExceededException({ message: "Rate of requests exceeds the allowed throughput.", $metadata: {} });
const timedOut = () => Object.assign(new Error("@smithy/node-http-handler - a request has exceeded the configured 2000 ms requestTimeout."), { name: "TimeoutError" });
/** Fails the first command of this kind on this table, once. */
function once(kind: string, table: () => string, error: () => Error) {
  let done = false;
  return (command: SentCommand) => {
    if (done || command.constructor.name !== kind || !tablesOf(command).includes(table())) return undefined;
    done = true;
    return error();
  };
}
/** DynamoDB cancelled the transaction, for these reasons (one per item: the state first). */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes.join(", ")}]`, $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });
const events$ = () => events(dynamo);
const newConversation = () => `fault-${randomUUID()}`;
const eventNames = () => logged.map((line) => line.event);

describe("DynamoDB faults during a turn", () => {
  it.each([
    ["reading the conversation state", "BatchGetCommand", () => dynamo.tables.state, "a timeout", timedOut],
    ["saving the conversation state with the vote", "TransactWriteCommand", () => dynamo.tables.state, "throttling", throttled],
    ["saving the conversation state with the vote", "TransactWriteCommand", () => dynamo.tables.state, "a timeout", timedOut],
  ])("%s fails with %s: the apology, nothing written, and the redelivery is answered", async (_step, kind, table, _what, error) => {
    const conversation = newConversation();
    await post(app, message(conversation, "c'est quoi une UA ?"));
    const before = await conversationDocument(dynamo, conversation);
    const vote = message(conversation, "utile");

    fault = once(kind, table, error);
    const failed = await post(app, vote);
    expect(failed).toEqual({ status: 200, replies: [expect.objectContaining({ text: apologyWording.fr })] });
    expect(eventNames()).toContain("turn_failed");
    expect(await conversationDocument(dynamo, conversation)).toEqual(before);

    const redelivered = await post(app, vote);
    expect(texts(redelivered.replies)).toEqual(["Merci pour votre retour !"]);
    expect(await journaled(dynamo, conversation)).toEqual(expect.arrayContaining([vote.id]));
  });

  it("a failure that is not DynamoDB's (an exception in the dialogs): the apology, nothing written", async () => {
    const conversation = newConversation();
    await post(app, message(conversation, "c'est quoi une UA ?"));
    const before = await conversationDocument(dynamo, conversation);
    const vote = message(conversation, "utile");
    interleave.during(async () => {
      throw new TypeError("a bug");
    });
    expect(texts((await post(app, vote)).replies)).toEqual([apologyWording.fr]);
    expect(await conversationDocument(dynamo, conversation)).toEqual(before);
    expect(texts((await post(app, vote)).replies)).toEqual(["Merci pour votre retour !"]);
  });

  it("a state write that landed though its acknowledgement was lost (the SDK's retry then finds its own write): the turn counts once", async () => {
    const conversation = newConversation();
    await post(app, message(conversation, "c'est quoi une UA ?"));
    const vote = message(conversation, "utile");
    const votesBefore = (await events$().listFeedback()).length;
    let done = false;
    fault = (command) => {
      if (done || command.constructor.name !== "TransactWriteCommand") return undefined;
      done = true;
      return { afterSending: cancelled("ConditionalCheckFailed", "None") };
    };
    const answered = await post(app, vote);

    // Run again after the apparent conflict, the turn found its own write in the journal and kept
    // what that run did: its reply and its vote (written with that state), once. Rerun for real,
    // "utile" would no longer be a vote.
    expect(texts(answered.replies)).toEqual(["Merci pour votre retour !"]);
    expect(eventNames()).toContain("turn_conflict");
    expect(await events$().listFeedback()).toHaveLength(votesBefore + 1);
    expect((await journaled(dynamo, conversation)).filter((id) => id === vote.id)).toHaveLength(1);
  });

  it("saving a turn that records nothing (PutItem) fails: the apology, nothing written, and the redelivery is answered", async () => {
    const conversation = newConversation();
    const hello = message(conversation, "bonjour");
    fault = once("PutCommand", () => dynamo.tables.state, throttled);
    expect(texts((await post(app, hello)).replies)).toEqual([apologyWording.fr]);
    expect(await conversationDocument(dynamo, conversation)).toBeUndefined();
    expect(texts((await post(app, hello)).replies)[0]).toMatch(/^Bonjour ! Je suis/);
  });

  it("a handoff request that cannot be written: neither it nor the state is (one transaction), the apology", async () => {
    const conversation = newConversation();
    await post(app, message(conversation, "je veux parler à un conseiller"));
    await post(app, message(conversation, "Puis-je faire mon stage à l'étranger ?"));
    const waitingForContact = await conversationDocument(dynamo, conversation);
    const contact = message(conversation, "06 12 34 56 78");
    const handoffsBefore = (await events$().listHandoffs()).length;

    fault = once("TransactWriteCommand", () => dynamo.tables.events, timedOut);
    const failed = await post(app, contact);
    expect(texts(failed.replies)).toEqual([apologyWording.fr]);
    expect(eventNames()).toContain("turn_failed");
    expect(eventNames()).not.toContain("turn_state_restored");
    expect(await conversationDocument(dynamo, conversation)).toEqual(waitingForContact);
    expect(await events$().listHandoffs()).toHaveLength(handoffsBefore);

    const redelivered = await post(app, contact);
    expect(texts(redelivered.replies).join("\n")).toMatch(/demande n° \S+ est transmise/);
    expect(await events$().listHandoffs()).toHaveLength(handoffsBefore + 1);
  });

  it("a statistic DynamoDB refuses (an unanswered question): given up and logged, the state written again without it, the answer stands", async () => {
    const conversation = newConversation();
    const before = (await events$().listUnanswered()).length;
    const question = message(conversation, "quel temps fera-t-il demain à Paris ?");
    fault = once("TransactWriteCommand", () => dynamo.tables.events, () => cancelled("None", "ThrottlingError"));
    const answered = await post(app, question);
    expect(texts(answered.replies)).not.toContain(apologyWording.fr);
    expect(answered.replies.length).toBeGreaterThan(0);
    expect(logged).toContainEqual(expect.objectContaining({ event: "turn_effect_failed", effect: "recordUnanswered", error: "CompanionWriteError" }));
    expect(await events$().listUnanswered()).toHaveLength(before);
    expect(await journaled(dynamo, conversation)).toEqual([question.id]);
  });

  it("a vote refused by DynamoDB is not given up: the apology, nothing written", async () => {
    const conversation = newConversation();
    await post(app, message(conversation, "c'est quoi une UA ?"));
    const before = await conversationDocument(dynamo, conversation);
    const votes = (await events$().listFeedback()).length;
    fault = once("TransactWriteCommand", () => dynamo.tables.events, () => cancelled("None", "ThrottlingError"));
    expect(texts((await post(app, message(conversation, "utile"))).replies)).toEqual([apologyWording.fr]);
    expect(await conversationDocument(dynamo, conversation)).toEqual(before);
    expect(await events$().listFeedback()).toHaveLength(votes);
  });
});

describe("on a store without transactions (dynalite, under npm start)", () => {
  it("records follow the state: a vote is recorded once", async () => {
    const conversation = newConversation();
    await post(withoutTransactions, message(conversation, "c'est quoi une UA ?"));
    const votes = (await events$().listFeedback()).length;
    expect(texts((await post(withoutTransactions, message(conversation, "utile"))).replies)).toEqual(["Merci pour votre retour !"]);
    expect(await events$().listFeedback()).toHaveLength(votes + 1);
  });

  it("a handoff request that cannot be recorded after the state was saved: the state is put back, no half request, the apology", async () => {
    const conversation = newConversation();
    await post(withoutTransactions, message(conversation, "je veux parler à un conseiller"));
    await post(withoutTransactions, message(conversation, "Puis-je faire mon stage à l'étranger ?"));
    const waitingForContact = await conversationDocument(dynamo, conversation);
    const contact = message(conversation, "06 12 34 56 78");
    const handoffsBefore = (await events$().listHandoffs()).length;

    fault = once("PutCommand", () => dynamo.tables.events, timedOut);
    const failed = await post(withoutTransactions, contact);
    expect(texts(failed.replies)).toEqual([apologyWording.fr]);
    expect(eventNames()).toEqual(expect.arrayContaining(["turn_state_restored", "turn_failed"]));
    expect(await conversationDocument(dynamo, conversation)).toEqual(waitingForContact);
    expect(await events$().listHandoffs()).toHaveLength(handoffsBefore);

    const redelivered = await post(withoutTransactions, contact);
    expect(texts(redelivered.replies).join("\n")).toMatch(/demande n° \S+ est transmise/);
    expect(await events$().listHandoffs()).toHaveLength(handoffsBefore + 1);
  });

  it("a statistic that cannot be recorded is logged, and the answer stands", async () => {
    const conversation = newConversation();
    const before = (await events$().listUnanswered()).length;
    fault = once("PutCommand", () => dynamo.tables.events, throttled);
    const answered = await post(withoutTransactions, message(conversation, "quel temps fera-t-il demain à Paris ?"));
    expect(texts(answered.replies)).not.toContain(apologyWording.fr);
    expect(logged).toContainEqual(expect.objectContaining({ event: "turn_effect_failed", effect: "recordUnanswered", error: "ProvisionedThroughputExceededException" }));
    expect(await events$().listUnanswered()).toHaveLength(before);
  });
});

describe("a reply the channel refuses", () => {
  it("is logged; the turn stands (state and journal), and a redelivery neither runs it nor sends it again", async () => {
    const conversation = newConversation();
    const activity = message(conversation, "c'est quoi une UA ?", { deliveryMode: undefined, serviceUrl: broken.serviceUrl });
    const response = await post(app, activity);

    expect(response.status).toBe(200);
    expect(logged).toContainEqual(expect.objectContaining({ event: "reply_send_failed", replies: 1 }));
    expect(eventNames()).not.toContain("turn_failed");
    expect(await journaled(dynamo, conversation)).toEqual([activity.id]);
    expect(await conversationDocument(dynamo, conversation)).toMatchObject({ conversation: { lastAnswer: expect.any(String) } });

    const attempts = broken.calls.length;
    expect(await post(app, activity)).toEqual({ status: 200, replies: [] });
    expect(broken.calls).toHaveLength(attempts);
  });
});
