import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ProvisionedThroughputExceededException } from "@aws-sdk/client-dynamodb";
import type { Activity, Storage } from "botbuilder";
import { apologyWording } from "../../../dialogs/apology.wording";
import type { App } from "../../../functions/app/composition-root";
import type { LearnerRecord } from "../../../domain/learner/learner.schema";
import { DynamoDbLearnerRepository } from "../../../infra/learners/dynamodb-learner.repository";
import { DynamoDbStorage } from "../../../infra/state/dynamodb-storage";
import { journalOf } from "../../../infra/state/optimistic-conversation-state";
import { shippedData } from "../../support/advisor-services";
import { testDynamoClients, type TestDynamo } from "../../support/dynamo";
import {
  conversationDocument,
  faultyClients,
  interleavingUnderstanding,
  message,
  post,
  reliableApp,
  seededTables,
  tablesOf,
  texts,
  type Fault,
  type SentCommand,
} from "../../support/reliability";

/**
 * A turn reads DynamoDB once: the conversation state and the signed-in learner's items (record, or
 * Teams link and record) in one BatchGetItem, each item once; an anonymous visitor's turn reads the
 * state alone. Through the app as the Lambda handler builds it (local stage), on DynamoDB Local, the
 * app's DynamoDB commands counted on the wire. The answers are those of the same app on a storage
 * that cannot read along, which reads the learner's items as before.
 */
const TENANT = randomUUID();
const OBJECT_ID = randomUUID();
let dynamo: TestDynamo;
let app: App;
let learners: DynamoDbLearnerRepository;
let demo05: LearnerRecord;
let interleave: Awaited<ReturnType<typeof interleavingUnderstanding>>;
let fault: ((command: SentCommand) => Fault) | undefined;
/** The app's DynamoDB commands since the last reset: operation and tables. */
const sent: { operation: string; tables: string[] }[] = [];

/** The state and learners tables' commands: content and catalog come from the container's caches, whatever they refresh. */
function turnCommands(): string[] {
  const mine = new Set([dynamo.tables.state, dynamo.tables.learners]);
  return sent
    .filter((command) => command.tables.some((table) => mine.has(table)))
    .map((command) => `${command.operation}(${command.tables.map((table) => table.slice(dynamo.prefix.length)).join("+")})`);
}

const READS = /^(BatchGetItem|GetItem|Query|Scan)\(/;

/** The replies of one turn and its commands (see turnCommands), reads and writes apart. */
async function turn(activity: Record<string, unknown>, on: App = app): Promise<{ replies: Partial<Activity>[]; reads: string[]; writes: string[] }> {
  sent.length = 0;
  const { status, replies } = await post(on, activity);
  expect(status).toBe(200);
  const commands = turnCommands();
  return { replies, reads: commands.filter((command) => READS.test(command)), writes: commands.filter((command) => !READS.test(command)) };
}

/** One read, the state and the learner's items together, and the turn's one write (the state, with its records if any). */
function expectOneReadAlong(done: { reads: string[]; writes: string[] }): void {
  expect(done.reads).toEqual(["BatchGetItem(state+learners)"]);
  expect(done.writes).toHaveLength(1);
}

/** What a learner sees of the replies. */
const seen = (replies: Partial<Activity>[]) => replies.map((reply) => ({ text: reply.text, attachments: reply.attachments, suggestedActions: reply.suggestedActions }));

const webchat = (conversation: string, text: string, userId = "dl_demo-05") => message(conversation, text, { channelId: "directline", from: { id: userId } });
const teams = (conversation: string, text: string, objectId = OBJECT_ID) =>
  message(conversation, text, {
    channelId: "msteams",
    from: { id: `29:${objectId}`, aadObjectId: objectId },
    conversation: { id: conversation, tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });

const OPERATIONS: Record<string, string> = {
  BatchGetCommand: "BatchGetItem",
  GetCommand: "GetItem",
  PutCommand: "PutItem",
  QueryCommand: "Query",
  BatchWriteCommand: "BatchWriteItem",
  TransactWriteCommand: "TransactWriteItems",
};

/** The same app on a storage that cannot read along (a plain Storage over the same table): the learner's items are read as before. */
async function appReadingAsBefore(): Promise<App> {
  const dynamoStorage = new DynamoDbStorage({ doc: dynamo.doc, tableName: dynamo.tables.state, ttlSeconds: 3600 });
  const storage: Storage = { read: (keys) => dynamoStorage.read(keys), write: (changes) => dynamoStorage.write(changes), delete: (keys) => dynamoStorage.delete(keys) };
  return reliableApp(dynamo, { env: { TEAMS_TENANT_IDS: TENANT }, overrides: { storage, services: { understanding: interleave.understanding } } });
}

beforeAll(async () => {
  dynamo = await seededTables();
  learners = new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners });
  demo05 = (await shippedData()).learners.find((learner) => learner.id === "demo-05")!;
  await learners.saveLearners([{ ...demo05, teams: { tenantId: TENANT, objectId: OBJECT_ID } }]);
  interleave = await interleavingUnderstanding();
  const { clients } = faultyClients(testDynamoClients(), (command) => {
    sent.push({ operation: OPERATIONS[command.constructor.name] ?? command.constructor.name, tables: tablesOf(command) });
    return fault?.(command);
  });
  app = await reliableApp(dynamo, { env: { TEAMS_TENANT_IDS: TENANT }, overrides: { clients, services: { understanding: interleave.understanding } } });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(async () => {
  fault = undefined;
  await learners.saveLearners([{ ...demo05, teams: { tenantId: TENANT, objectId: OBJECT_ID } }]);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const ELIGIBILITY = ["puis-je m'inscrire à ANG320 ?", "2026-2027 S2"];

describe("one DynamoDB read per turn", () => {
  it("a signed-in learner on the website (Direct Line dl_demo-05): each eligibility turn reads the state and the record in one BatchGetItem, and answers as before", async () => {
    const conversation = `web-${randomUUID()}`;
    const reference = await appReadingAsBefore();
    const referenceConversation = `web-${randomUUID()}`;
    let last: Partial<Activity>[] = [];
    for (const text of ELIGIBILITY) {
      const done = await turn(webchat(conversation, text));
      expectOneReadAlong(done);
      const { replies } = done;
      const before = await turn(webchat(referenceConversation, text), reference);
      expect(seen(replies)).toEqual(seen(before.replies));
      last = replies;
    }
    // The check ended on the learner's own record: a card, not the what-if questions.
    expect(last.some((reply) => reply.attachments?.length)).toBe(true);
  });

  it("the same learner's progress: one read, and the answer is drawn from their record", async () => {
    const done = await turn(webchat(`web-${randomUUID()}`, "où en suis-je dans ma licence ?"));
    expectOneReadAlong(done);
    const { replies } = done;
    expect(texts(replies).join("\n")).toMatch(/ECTS/);
  });

  it("a Teams learner: the first lookup of the account reads the record in a second read; later turns read link and record along with the state", async () => {
    const objectId = randomUUID();
    await learners.saveLearners([{ ...demo05, id: "demo-05-teams", teams: { tenantId: TENANT, objectId } }]);
    const reference = await appReadingAsBefore();
    const [conversation, referenceConversation] = [`a:${randomUUID()}`, `a:${randomUUID()}`];
    const progress = "où en suis-je dans ma licence ?";

    const first = await turn(teams(conversation, progress, objectId));
    expect(first.reads).toEqual(["BatchGetItem(state+learners)", "GetItem(learners)"]);
    expect(first.writes).toHaveLength(1);
    expect(texts(first.replies).join("\n")).toMatch(/ECTS/);

    for (const text of [progress, ...ELIGIBILITY]) {
      const done = await turn(teams(conversation, text, objectId));
      expectOneReadAlong(done);
      expect(seen(done.replies)).toEqual(seen((await turn(teams(referenceConversation, text, objectId), reference)).replies));
    }
  });

  it("a Teams learner whose first turn asks nothing of their record: the link read along names them, so their first check is one read", async () => {
    const objectId = randomUUID();
    await learners.saveLearners([{ ...demo05, id: "demo-05-teams-faq", teams: { tenantId: TENANT, objectId } }]);
    const conversation = `a:${randomUUID()}`;
    const question = await turn(teams(conversation, "c'est quoi une UA ?", objectId));
    expect(question.reads).toEqual(["BatchGetItem(state+learners)"]);
    const check = await turn(teams(conversation, "où en suis-je dans ma licence ?", objectId));
    expectOneReadAlong(check);
    expect(texts(check.replies).join("\n")).toMatch(/ECTS/);
  });

  it("an anonymous visitor's turn reads the state alone", async () => {
    for (const activity of [message(`anon-${randomUUID()}`, "c'est quoi une UA ?"), webchat(`web-${randomUUID()}`, "c'est quoi une UA ?", "visiteur-0123abcd")]) {
      const done = await turn(activity);
      expect(done.reads).toEqual(["BatchGetItem(state)"]);
      expect(done.writes).toHaveLength(1);
    }
  });

  it("a Teams account no record holds (no link) reads its link along and identifies nobody", async () => {
    const done = await turn(teams(`a:${randomUUID()}`, "où en suis-je dans ma licence ?", randomUUID()));
    expectOneReadAlong(done);
    const { replies } = done;
    expect(texts(replies).join("\n")).not.toMatch(/ECTS/);
  });
});

describe("what is read along is this run of the turn's only", () => {
  it("a record changed between two turns is seen on the next turn (website)", async () => {
    const conversation = `web-${randomUUID()}`;
    const before = texts((await turn(webchat(conversation, "où en suis-je dans ma licence ?"))).replies);
    await learners.saveLearners([{ ...demo05, results: [] }]);
    const after = await turn(webchat(conversation, "où en suis-je dans ma licence ?"));
    expectOneReadAlong(after);
    expect(texts(after.replies)).not.toEqual(before);
  });

  it("a Teams link whose record no longer holds the account identifies nobody, though the record is read along by the container's hint", async () => {
    const conversation = `a:${randomUUID()}`;
    const progress = "où en suis-je dans ma licence ?";
    await turn(teams(conversation, progress));
    const signedIn = await turn(teams(conversation, progress));
    expectOneReadAlong(signedIn);
    expect(texts(signedIn.replies).join("\n")).toMatch(/ECTS/);

    // The record drops the account; its link, written with the record, stays and still names demo-05.
    await learners.saveLearners([{ ...demo05, teams: undefined }]);
    const dropped = await turn(teams(conversation, progress));
    expectOneReadAlong(dropped);
    expect(texts(dropped.replies).join("\n")).not.toMatch(/ECTS/);
    expect(texts(dropped.replies)).not.toEqual(texts(signedIn.replies));
  });

  it("a turn run again after an eTag conflict reads again, and decides on the record as it is then", async () => {
    const conversation = `web-${randomUUID()}`;
    const progress = "où en suis-je dans ma licence ?";
    const original = texts((await turn(webchat(conversation, progress))).replies);
    // During the turn's first run (after its read): the record changes and another turn of the
    // conversation is saved, so the first run's write conflicts and the turn runs again.
    interleave.during(async () => {
      await learners.saveLearners([{ ...demo05, results: [] }]);
      await post(app, webchat(conversation, "merci"));
    });
    sent.length = 0;
    const rerun = await post(app, webchat(conversation, progress));
    const reads = turnCommands().filter((command) => command.startsWith("BatchGetItem(state+learners)"));
    // Three: the first run, the interleaved turn, the run again; no GetItem: each run had its record.
    expect(reads).toHaveLength(3);
    expect(turnCommands().filter((command) => command.startsWith("GetItem"))).toEqual([]);
    const fresh = texts((await turn(webchat(conversation, progress))).replies);
    expect(texts(rerun.replies)).toEqual(fresh);
    expect(fresh).not.toEqual(original);
  });
});

describe("a fault on the one read", () => {
  it("a signed-in learner's BatchGetItem throttled: the apology, nothing written, and the redelivery is answered", async () => {
    const conversation = `web-${randomUUID()}`;
    await turn(webchat(conversation, "bonjour"));
    const before = await conversationDocument(dynamo, conversation, "directline");
    const asked = webchat(conversation, "où en suis-je dans ma licence ?");
    let failed = false;
    fault = (command) => {
      if (failed || command.constructor.name !== "BatchGetCommand") return undefined;
      failed = true;
      return new ProvisionedThroughputExceededException({ message: "Rate of requests exceeds the allowed throughput.", $metadata: {} });
    };
    const apology = await turn(asked);
    expect(texts(apology.replies)).toEqual([apologyWording.fr]);
    expect(apology.reads).toEqual(["BatchGetItem(state+learners)"]);
    expect(apology.writes).toEqual([]);
    expect(await conversationDocument(dynamo, conversation, "directline")).toEqual(before);

    const redelivered = await turn(asked);
    expect(texts(redelivered.replies).join("\n")).toMatch(/ECTS/);
    expectOneReadAlong(redelivered);
    expect(journalOf(await conversationDocument(dynamo, conversation, "directline")).map((entry) => entry.a)).toContain(asked.id);
  });
});
