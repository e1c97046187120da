import { describe, expect, it } from "vitest";
import { channelPolicyFromConfig, checkChannel, checkTenant } from "../../../functions/http/channel-policy";
import { loadConfig } from "../../../infra/config/env";

const UNIVERSITY = "0d3c8f0e-1111-4222-8333-444455556666";
const PARTNER = "5a6b7c8d-9999-4aaa-8bbb-cccccccccccc";
const FOREIGN = "ffffffff-ffff-4fff-8fff-ffffffffffff";
const credentials = { MicrosoftAppId: "7c2f7a4e-0000-4000-8000-000000000001", MicrosoftAppTenantId: UNIVERSITY, MicrosoftAppPassword: "secret" };

const deployed = channelPolicyFromConfig(loadConfig({ STAGE: "prod", ...credentials }));
const local = channelPolicyFromConfig(loadConfig({ STAGE: "local" }));

function teams(channelTenant?: unknown, conversationTenant?: unknown) {
  return {
    channelId: "msteams",
    channelData: channelTenant === undefined ? {} : { tenant: { id: channelTenant } },
    conversation: conversationTenant === undefined ? { id: "19:x" } : { id: "19:x", tenantId: conversationTenant },
  };
}

describe("channel allow-list", () => {
  it.each(["msteams", "directline", "webchat"])("accepts %s on every stage", (channel) => {
    expect(checkChannel(deployed, channel)).toEqual({ allowed: true });
    expect(checkChannel(local, channel)).toEqual({ allowed: true });
  });

  it("accepts the Emulator on the local stage only", () => {
    expect(checkChannel(local, "emulator")).toEqual({ allowed: true });
    expect(checkChannel(deployed, "emulator")).toMatchObject({ allowed: false, error: 'The channel "emulator" is not accepted by this assistant.' });
  });

  it.each([["AseChannel"], ["MSTEAMS"], ["slack"], [""], [undefined], [42]])("refuses %s, saying which channels are accepted", (channel) => {
    expect(checkChannel(deployed, channel)).toMatchObject({ allowed: false, expected: "an activity from one of these channels: msteams, directline, webchat" });
  });
});

describe("Teams tenant check", () => {
  it.each([
    ["both places name the university", teams(UNIVERSITY, UNIVERSITY), true],
    ["only channelData names it", teams(UNIVERSITY), true],
    ["only the conversation names it", teams(undefined, UNIVERSITY), true],
    ["it is written in capitals", teams(UNIVERSITY.toUpperCase()), true],
    ["a foreign tenant", teams(FOREIGN, FOREIGN), false],
    ["channelData names the university but the conversation a foreign tenant", teams(UNIVERSITY, FOREIGN), false],
    ["the conversation names the university but channelData a foreign tenant", teams(FOREIGN, UNIVERSITY), false],
    ["no tenant at all", teams(), false],
    ["an empty tenant id", teams(""), false],
    ["a tenant id that is not a string", teams({ id: UNIVERSITY }), false],
    ["a tenant object without id", { channelId: "msteams", channelData: { tenant: {} }, conversation: { id: "x" } }, false],
    ["channelData that is not an object", { channelId: "msteams", channelData: "tenant", conversation: { id: "x" } }, false],
  ])("when %s: allowed = %s", (_case, activity, allowed) => {
    expect(checkTenant(deployed, activity).allowed).toBe(allowed);
  });

  it("ignores tenant fields on other channels: they are the client's to choose, never an identity", () => {
    expect(checkTenant(deployed, { channelId: "directline", channelData: { tenant: { id: FOREIGN } } })).toEqual({ allowed: true });
  });

  it("takes the configured tenant list instead of the bot's tenant when given", () => {
    const policy = channelPolicyFromConfig(loadConfig({ STAGE: "prod", ...credentials, TEAMS_TENANT_IDS: `${PARTNER}, ${UNIVERSITY.toUpperCase()}` }));
    expect(checkTenant(policy, teams(PARTNER)).allowed).toBe(true);
    expect(checkTenant(policy, teams(UNIVERSITY)).allowed).toBe(true);
    expect(checkTenant(policy, teams(FOREIGN)).allowed).toBe(false);
    const partnerOnly = channelPolicyFromConfig(loadConfig({ STAGE: "prod", ...credentials, TEAMS_TENANT_IDS: PARTNER }));
    expect(checkTenant(partnerOnly, teams(UNIVERSITY)).allowed).toBe(false);
  });

  it("refuses every Teams conversation when no tenant is configured (the anonymous local server)", () => {
    expect(checkTenant(local, teams(UNIVERSITY)).allowed).toBe(false);
    expect(checkTenant(local, teams("")).allowed).toBe(false);
  });
});
