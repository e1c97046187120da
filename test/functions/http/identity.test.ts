import type { TurnContext } from "botbuilder";
import { describe, expect, it } from "vitest";
import { channelAccount, directLineUserId, identityResolver } from "../../../functions/http/identity";

/** No Teams account is linked in these cases: the Teams lookup has its own tests. */
const learners = { findByTeamsAccount: async () => undefined };

/** A turn as the adapter hands it over, after the Bot Framework JWT check. */
function turn(channelId: string, fromId: string): TurnContext {
  return { activity: { channelId, from: { id: fromId } }, turnState: new Map() } as unknown as TurnContext;
}

describe("who the learner is", () => {
  it("looks a Teams account up once per turn, however many steps ask, and again on the next turn", async () => {
    let lookups = 0;
    const identify = identityResolver({ STAGE: "prod" }, { findByTeamsAccount: async () => (lookups++, "demo-03") });
    const teamsTurn = () =>
      ({
        activity: { channelId: "msteams", from: { id: "29:x", aadObjectId: "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d" }, conversation: { tenantId: "0f6b3c2e-1d2a-4b5c-8d9e-0a1b2c3d4e5f" } },
        turnState: new Map(),
      }) as unknown as TurnContext;
    const first = teamsTurn();
    expect(await identify(first)).toEqual({ learnerId: "demo-03" });
    expect(await identify(first)).toEqual({ learnerId: "demo-03" });
    expect(lookups).toBe(1);
    await identify(teamsTurn());
    expect(lookups).toBe(2);
  });

  it("binds a learner to the Direct Line user id the token function mints", () => {
    expect(directLineUserId("demo-05")).toBe("dl_demo-05");
  });

  it.each([
    ["emulator", "demo-05", "demo-05"],
    ["directline", "dl_demo-05", "demo-05"],
    ["directline", "demo-12", "demo-12"],
    ["directline", "visiteur-0123abcd", undefined],
    ["emulator", "dl_demo-05", undefined],
    ["emulator", "learner-1", undefined],
  ])("locally, %s from.id %s is demo learner %s (the page's Direct Line emulation binds the id; loopback only)", async (channel, from, learnerId) => {
    expect(await identityResolver({ STAGE: "local" }, learners)(turn(channel, from))).toEqual(learnerId ? { learnerId } : undefined);
  });

  it("on a deployed stage, trusts nobody's from.id while Direct Line's enhanced authentication is not declared on", async () => {
    for (const flag of [undefined, "false"] as const) {
      const identify = identityResolver({ STAGE: "prod", DIRECT_LINE_ENHANCED_AUTH: flag }, learners);
      expect(await identify(turn("directline", "dl_demo-05"))).toBeUndefined();
      expect(await identify(turn("directline", "demo-05"))).toBeUndefined();
      expect(await identify(turn("webchat", "dl_demo-05"))).toBeUndefined();
    }
  });

  it.each([
    ["directline", "dl_demo-05", "demo-05"],
    ["directline", "dl_2024a00123", "2024a00123"],
    // Only Direct Line enforces the token's user id; the Web Chat channel's secret is public, and the
    // other channels' from.id is the client's word.
    ["webchat", "dl_demo-05", undefined],
    ["msteams", "dl_demo-05", undefined],
    ["emulator", "dl_demo-05", undefined],
    ["directline", "demo-05", undefined],
    ["directline", "dl_", undefined],
    ["directline", "dl_DEMO 05", undefined],
    ["directline", "dl_../demo-05", undefined],
  ])("with enhanced authentication on, %s from.id %s is learner %s", async (channel, from, learnerId) => {
    const identify = identityResolver({ STAGE: "prod", DIRECT_LINE_ENHANCED_AUTH: "true" }, learners);
    expect(await identify(turn(channel, from))).toEqual(learnerId ? { learnerId } : undefined);
  });
});

describe("what the channel established, before any lookup (channelAccount: the rules the reads along with the state follow too)", () => {
  const tenantId = "0f6b3c2e-1d2a-4b5c-8d9e-0a1b2c3d4e5f";
  const objectId = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";
  it.each([
    ["a Teams account, tenant from the conversation", { STAGE: "prod" }, { channelId: "msteams", from: { id: "29:x", aadObjectId: objectId }, conversation: { tenantId } }, { teams: { tenantId, objectId } }],
    ["a Teams account, tenant from channelData", { STAGE: "prod" }, { channelId: "msteams", from: { id: "29:x", aadObjectId: objectId }, conversation: {}, channelData: { tenant: { id: tenantId } } }, { teams: { tenantId, objectId } }],
    ["Teams without an AAD object id: nobody", { STAGE: "prod" }, { channelId: "msteams", from: { id: "29:x" }, conversation: { tenantId } }, undefined],
    ["Direct Line's bound id with enhanced authentication", { STAGE: "prod", DIRECT_LINE_ENHANCED_AUTH: "true" }, { channelId: "directline", from: { id: "dl_demo-05" } }, { learnerId: "demo-05" }],
    ["Direct Line's id without it: nobody", { STAGE: "prod" }, { channelId: "directline", from: { id: "dl_demo-05" } }, undefined],
    ["a demo id on the local stage", { STAGE: "local" }, { channelId: "emulator", from: { id: "demo-05" } }, { learnerId: "demo-05" }],
    ["a demo id on a deployed stage: nobody", { STAGE: "prod", DIRECT_LINE_ENHANCED_AUTH: "true" }, { channelId: "emulator", from: { id: "demo-05" } }, undefined],
  ] as const)("%s", (_case, config, activity, expected) => {
    expect(channelAccount(config, activity as never)).toEqual(expected);
  });
});
