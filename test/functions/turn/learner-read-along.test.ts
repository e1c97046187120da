import type { TurnContext } from "botbuilder";
import { describe, expect, it } from "vitest";
import { LearnerReadAlong } from "../../../functions/turn/learner-read-along";
import { learnerKey, teamsLinkKey } from "../../../infra/learners/dynamodb-learner.repository";
import { turnItemId, type TurnItems } from "../../../infra/learners/turn-items";

const TABLE = "learners";
const TENANT = "0f6b3c2e-1d2a-4b5c-8d9e-0a1b2c3d4e5f";
const OBJECT_ID = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";

function turn(activity: Record<string, unknown>): TurnContext {
  return { activity: { type: "message", ...activity }, turnState: new Map() } as unknown as TurnContext;
}
const teams = (objectId = OBJECT_ID, extra: Record<string, unknown> = {}) =>
  turn({ channelId: "msteams", from: { id: "29:x", aadObjectId: objectId }, conversation: { id: "a:1", tenantId: TENANT }, ...extra });

function readAlong(options: { stage?: string; items?: TurnItems | undefined; maxHints?: number } = {}) {
  const items = "items" in options ? options.items : new Map();
  return { along: new LearnerReadAlong({ config: { STAGE: options.stage ?? "prod" }, tableName: TABLE, turnItems: () => items, maxHints: options.maxHints }), items };
}

describe("what a turn reads along with its state", () => {
  it("a learner id the channel binds: their record; the items go to the turn's items", async () => {
    const { along, items } = readAlong({ stage: "local" });
    const plan = along.plan(turn({ channelId: "directline", from: { id: "dl_demo-05" } }));
    expect(plan?.reads).toEqual([{ tableName: TABLE, key: learnerKey("demo-05") }]);
    plan?.received([{ pk: "LEARNER#demo-05" }]);
    expect(await items?.get(turnItemId(TABLE, learnerKey("demo-05")))).toEqual({ pk: "LEARNER#demo-05" });
  });

  it("an anonymous visitor, an id the stage does not trust, a turn that is not a message, or no turn at all: nothing", () => {
    const { along } = readAlong();
    expect(along.plan(turn({ channelId: "directline", from: { id: "dl_demo-05" } }))).toBeUndefined();
    expect(along.plan(turn({ channelId: "emulator", from: { id: "demo-05" } }))).toBeUndefined();
    expect(along.plan(turn({ channelId: "directline", from: { id: "visiteur-0123abcd" } }))).toBeUndefined();
    expect(along.plan(teams(OBJECT_ID, { type: "conversationUpdate" }))).toBeUndefined();
    expect(readAlong({ items: undefined }).along.plan(teams())).toBeUndefined();
  });

  it("a Teams account: its link, and once a lookup found its learner, that learner's record too; a failed lookup forgets it", async () => {
    const { along } = readAlong();
    const link = { tableName: TABLE, key: teamsLinkKey(TENANT, OBJECT_ID) };
    expect(along.plan(teams())?.reads).toEqual([link]);

    let found: string | undefined = "demo-03";
    const lookup = along.remembering({ findByTeamsAccount: async () => found });
    expect(await lookup.findByTeamsAccount(TENANT.toUpperCase(), OBJECT_ID)).toBe("demo-03");
    expect(along.plan(teams())?.reads).toEqual([link, { tableName: TABLE, key: learnerKey("demo-03") }]);

    found = undefined;
    expect(await lookup.findByTeamsAccount(TENANT, OBJECT_ID)).toBeUndefined();
    expect(along.plan(teams())?.reads).toEqual([link]);
  });

  it("remembers a bounded number of Teams accounts, forgetting the least recently found", async () => {
    const { along } = readAlong({ maxHints: 2 });
    const lookup = along.remembering({ findByTeamsAccount: async (_tenant, objectId) => `learner-${objectId}` });
    for (const objectId of ["a", "b", "a", "c"]) await lookup.findByTeamsAccount(TENANT, objectId);
    expect(along.hintCount).toBe(2);
    expect(along.plan(teams("a"))?.reads).toHaveLength(2);
    expect(along.plan(teams("b"))?.reads).toHaveLength(1);
    expect(along.plan(teams("c"))?.reads).toHaveLength(2);
  });

  it("does not read again what this run of the turn already read", async () => {
    const { along, items } = readAlong({ stage: "local" });
    items?.set(turnItemId(TABLE, learnerKey("demo-05")), Promise.resolve(undefined));
    expect(along.plan(turn({ channelId: "emulator", from: { id: "demo-05" } }))?.reads).toEqual([]);
  });
});
