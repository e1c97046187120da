import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { App } from "../../../functions/app/composition-root";
import { DIRECT_LINE_LEARNER, directLineUserId as websiteUserId, identityResolver } from "../../../functions/http/identity";
import { runErase } from "../../../infra/cli/erase";
import { directLineUserId } from "../../../infra/erasure/learner-erasure";
import { DynamoDbLearnerRepository, learnerKey, teamsLinkKey } from "../../../infra/learners/dynamodb-learner.repository";
import { conversationStateKey, journalOf } from "../../../infra/state/optimistic-conversation-state";
import { shippedData } from "../../support/advisor-services";
import type { TestDynamo } from "../../support/dynamo";
import { conversationDocument, events, message, post, reliableApp, seededTables, texts } from "../../support/reliability";

/**
 * npm run erase -- <learnerId>, on DynamoDB Local, after real conversations through the app: the
 * learner on the website (Direct Line id dl_<id>) and in Teams (their aadObjectId), a handoff request
 * naming them, and the same kinds of data of another learner and of anonymous visitors, which stay.
 */
const TENANT = randomUUID();
const OBJECT_ID = randomUUID();
let dynamo: TestDynamo;
let app: App;
let learners: DynamoDbLearnerRepository;

const conversations = {
  website: `web-${randomUUID()}`,
  teams: `a:${randomUUID()}`,
  handoff: `web-${randomUUID()}`,
  other: `web-${randomUUID()}`,
  visitor: `conv-demo-05-${randomUUID()}`,
  lookalike: `web-${randomUUID()}`,
};

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function erase(argv: string[]) {
  const c = captured();
  const code = await runErase(argv, { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix }, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

/** The website's chat: Direct Line, which binds the signed-in learner's id (local stage: always). */
const webchat = (conversation: string, userId: string, text: string) => message(conversation, text, { channelId: "directline", from: { id: userId } });

async function handoff(conversation: string, userId: string): Promise<string> {
  await post(app, webchat(conversation, userId, "je veux parler à un conseiller"));
  await post(app, webchat(conversation, userId, "Puis-je faire mon stage à l'étranger ?"));
  const replies = texts((await post(app, webchat(conversation, userId, "non merci"))).replies).join("\n");
  const id = /demande n° (\S+) est transmise/.exec(replies)?.[1];
  if (!id) throw new Error(`no handoff recorded: ${replies}`);
  return id;
}

const stateOf = (conversation: string, channelId = "directline") => conversationDocument(dynamo, conversation, channelId);

let handoffs: { mine: string; other: string };

beforeAll(async () => {
  dynamo = await seededTables();
  learners = new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners });
  const { learners: shipped } = await shippedData();
  const demo05 = shipped.find((learner) => learner.id === "demo-05")!;
  await learners.saveLearners([{ ...demo05, teams: { tenantId: TENANT, objectId: OBJECT_ID } }]);
  app = await reliableApp(dynamo, { env: { TEAMS_TENANT_IDS: TENANT } });
  vi.spyOn(console, "log").mockImplementation(() => undefined);

  // demo-05 on the website, in the middle of an eligibility check (the dialog keeps their id).
  await post(app, webchat(conversations.website, directLineUserId("demo-05"), "puis-je m'inscrire à ANG320 ?"));
  // demo-05 in Teams, identified by their account: their progress, from their record.
  const progress = await post(
    app,
    message(conversations.teams, "où en suis-je dans ma licence ?", {
      channelId: "msteams",
      from: { id: "29:teams-learner", aadObjectId: OBJECT_ID },
      conversation: { id: conversations.teams, tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    }),
  );
  expect(texts(progress.replies).join("\n")).toMatch(/ECTS/);
  handoffs = { mine: await handoff(conversations.handoff, directLineUserId("demo-05")), other: await handoff(conversations.other, directLineUserId("demo-02")) };
  await post(app, message(conversations.visitor, "bonjour", { from: { id: "visitor-1" } }));
  await post(app, message(conversations.lookalike, "bonjour", { from: { id: "demo-050" } }));
}, 120_000);

describe("npm run erase -- <learnerId>", () => {
  it("derives the website id the way the assistant identifies learners", async () => {
    expect(directLineUserId("demo-05")).toBe(websiteUserId("demo-05"));
    const identify = identityResolver({ STAGE: "test", DIRECT_LINE_ENHANCED_AUTH: "true" }, learners);
    const context = { activity: { channelId: "directline", from: { id: directLineUserId("demo-05") } }, turnState: new Map() } as never;
    expect(DIRECT_LINE_LEARNER.test(directLineUserId("demo-05"))).toBe(true);
    expect(await identify(context)).toEqual({ learnerId: "demo-05" });
  });

  it("with --dry-run, says what it would remove and removes nothing", async () => {
    const { code, out } = await erase(["demo-05", "--dry-run"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Would erase learner demo-05 .*known on the channels as demo-05, dl_demo-05, /m);
    expect(out).toMatch(/conversations \(state\): 3/);
    expect(out).toMatch(/Dry run: nothing was removed/);
    expect(await learners.getLearner("demo-05")).toBeDefined();
    expect(await stateOf(conversations.website)).toBeDefined();
    // The replies kept for a redelivery (expectReplies) are in the state, erased with it.
    expect(journalOf(await stateOf(conversations.website)).some((entry) => entry.r?.length)).toBe(true);
  });

  it("removes the record and Teams link, their conversations' state (with the replies kept), and their handoff request; prints what it removed", async () => {
    const { code, out } = await erase(["demo-05"]);
    expect(code).toBe(0);
    expect(out).toMatch(/learner record: removed/);
    expect(out).toMatch(/Teams links: 1\n {4}TEAMS#/);
    expect(out).toMatch(/conversations \(state\): 3/);
    for (const [conversation, channel] of [[conversations.website, "directline"], [conversations.teams, "msteams"], [conversations.handoff, "directline"]] as const) {
      expect(out).toContain(conversationStateKey(channel, conversation));
    }
    expect(out).toMatch(new RegExp(`handoff requests: 1 \\(${handoffs.mine}\\)`));
    expect(out).toMatch(/^Removed \d+ items in/m);

    expect(await learners.getLearner("demo-05")).toBeUndefined();
    expect((await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.learners, Key: teamsLinkKey(TENANT, OBJECT_ID) }))).Item).toBeUndefined();
    expect(await stateOf(conversations.website)).toBeUndefined();
    expect(await stateOf(conversations.teams, "msteams")).toBeUndefined();
    expect(await stateOf(conversations.handoff)).toBeUndefined();
    expect((await events(dynamo).listHandoffs()).map((h) => h.id)).toEqual([handoffs.other]);
    expect((await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.events, Key: { pk: `HANDOFF#${handoffs.mine}`, sk: "REF" } }))).Item).toBeUndefined();
  });

  it("leaves everyone else's data: another learner, anonymous visitors, look-alike ids", async () => {
    expect(await learners.getLearner("demo-02")).toBeDefined();
    expect((await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.learners, Key: learnerKey("demo-06") }))).Item).toBeDefined();
    expect(await stateOf(conversations.other)).toBeDefined();
    expect(await stateOf(conversations.visitor, "emulator")).toBeDefined();
    expect(await stateOf(conversations.lookalike, "emulator")).toBeDefined();
  });

  it("finds nothing more the second time", async () => {
    const { code, out } = await erase(["demo-05"]);
    expect(code).toBe(0);
    expect(out).toMatch(/learner record: none/);
    expect(out).toMatch(/conversations \(state\): 0/);
    expect(out).toMatch(/handoff requests: 0/);
    expect(out).toMatch(/^Removed 0 items/m);
  });

  it.each([[[]], [["a", "b"]], [["--force", "demo-05"]]])("refuses the arguments %j with the usage, exit 2", async (argv) => {
    const { code, err } = await erase(argv);
    expect(code).toBe(2);
    expect(err).toMatch(/usage: npm run erase -- <learnerId> \[--dry-run\]/);
  });

  it("is what the npm script runs", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "-s", "erase", "--", "nobody-here"], {
      env: { ...process.env, DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix },
    });
    expect(stdout).toMatch(/Erased learner nobody-here .*\n {2}learner record: none/);
  });
});
