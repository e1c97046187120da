import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { runHandoffs } from "../../../infra/cli/handoffs";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { io } from "../../support/cli-io";
import { handoffRequest } from "../../support/handoff-request";

const NOW = () => new Date("2026-11-30T10:00:00.000Z");
const TEAMS_CHAT = { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "a:1personal-chat", tenantId: "tenant" };
const request = (id: string, createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest =>
  handoffRequest(id, createdAt, { channel: "msteams", question: "Puis-je garder ma note de UTC505 ?", ...overrides });

async function inbox() {
  const dynamo = await isolatedTables();
  const events = eventsRepository(dynamo, 365 * 86400);
  await events.recordHandoff(request("261127-K7Q2X", "2026-11-27T19:00:00.000Z", { reach: "teams-chat", teamsChat: TEAMS_CHAT }));
  await events.recordHandoff(request("261128-EMA1L", "2026-11-28T19:00:00.000Z", { reach: "contact", contact: { kind: "email", value: "learner@example.org" } }));
  await events.recordHandoff(request("261129-ABC23", "2026-11-29T20:30:00.000Z", { channel: "webchat", language: "en", reach: "web-conversation" }));
  await events.recordHandoff(request("261129-N0NE0", "2026-11-29T21:00:00.000Z", { channel: "emulator", reach: "none" }));
  const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix, ADVISOR_NAME: "Claire (scolarité)" };
  return { events, env };
}

describe("npm run handoffs -- reply (an advisor answers) on DynamoDB Local", () => {
  it("records the answer (who, when) and says where it goes, for each way of reaching the learner; the inbox shows it", async () => {
    const { events, env } = await inbox();
    const teams = io();
    expect(await runHandoffs(["reply", "261127-k7q2x", "--text", "  Oui : la note de session 1 est gardée.  "], env, teams.io, NOW)).toBe(0);
    expect(teams.out).toEqual([
      "Answer to request 261127-K7Q2X recorded (by Claire (scolarité)): the assistant posts it in the learner's Teams chat; npm run handoffs -- show 261127-K7Q2X tells when it is delivered.",
    ]);
    expect(await events.getHandoff("261127-K7Q2X")).toMatchObject({
      status: "answered",
      answer: { text: "Oui : la note de session 1 est gardée.", by: "Claire (scolarité)", at: "2026-11-30T10:00:00.000Z" },
      delivery: { status: "pending" },
    });

    const folder = await mkdtemp(join(tmpdir(), "reply-"));
    await writeFile(join(folder, "answer.txt"), "Bonjour,\nvoici la réponse.\n");
    const byContact = io();
    expect(await runHandoffs(["reply", "261128-EMA1L", "--file", join(folder, "answer.txt"), "--by", "Marc"], env, byContact.io, NOW)).toBe(0);
    expect(byContact.out[0]).toBe("Answer to request 261128-EMA1L recorded (by Marc): the learner asked to be answered at learner@example.org: write to them, then npm run handoffs -- close 261128-EMA1L.");
    const web = io();
    expect(await runHandoffs(["reply", "261129-ABC23", "--text", "Yes."], env, web.io, NOW)).toBe(0);
    expect(web.out[0]).toMatch(/the learner reads it in their web conversation when they come back to the page\.$/);
    const none = io();
    expect(await runHandoffs(["reply", "261129-N0NE0", "--text", "Oui."], env, none.io, NOW)).toBe(0);
    expect(none.out[0]).toMatch(/the learner left no way to reach them/);

    await events.markDelivery("261127-K7Q2X", { status: "failed", at: "2026-11-30T10:00:05.000Z", error: "the learner's Teams chat is gone (403 Forbidden)" });
    const listed = io();
    expect(await runHandoffs(["list", "--status", "answered"], env, listed.io, NOW)).toBe(0);
    expect(listed.out.filter((line) => line.startsWith("  26"))).toEqual([
      "  261127-K7Q2X  2026-11-27 19:00 UTC    2d  fr  msteams   answered, not delivered: the learner's Teams chat is gone (403 Forbidden)",
      "  261128-EMA1L  2026-11-28 19:00 UTC   39h  fr  msteams   to answer by email: learner@example.org",
      "  261129-ABC23  2026-11-29 20:30 UTC   13h  en  webchat   answered, shown when the learner comes back to the web conversation",
      "  261129-N0NE0  2026-11-29 21:00 UTC   13h  fr  emulator  answered, not delivered: no way to reach the learner",
    ]);
    const open = io();
    await runHandoffs(["list"], env, open.io, NOW);
    expect(open.out).toEqual([
      expect.stringMatching(/^No open request on /),
      "And 4 answered request(s) not closed, 2 needing you (an email or call to make, or not delivered): npm run handoffs -- list --status answered",
    ]);
    await events.markDelivery("261127-K7Q2X", { status: "delivered", at: "2026-11-30T10:00:05.000Z" });
    const shown = io();
    expect(await runHandoffs(["show", "261127-K7Q2X"], env, shown.io, NOW)).toBe(0);
    expect(shown.out.slice(0, 1)).toEqual(["Request 261127-K7Q2X — answered"]);
    expect(shown.out).toEqual(
      expect.arrayContaining([
        "  reach       answer in the Teams chat",
        "  answered    2026-11-30T10:00:00.000Z by Claire (scolarité)",
        "  answer      Oui : la note de session 1 est gardée.",
        "  delivery    answered, delivered 2026-11-30 10:00 UTC",
      ]),
    );
    const multiline = io();
    await runHandoffs(["show", "261128-EMA1L"], env, multiline.io, NOW);
    expect(multiline.out).toEqual(expect.arrayContaining(["  answer      Bonjour,", "              voici la réponse.", "  delivery    to answer by email: learner@example.org"]));
  });

  it("refuses an unknown id naming the closest open ones, a closed or answered request, with exit 1; nothing changes", async () => {
    const { events, env } = await inbox();
    const unknown = io();
    expect(await runHandoffs(["reply", "261127-K7Q2Y", "--text", "Oui."], env, unknown.io, NOW)).toBe(1);
    expect(unknown.err).toEqual(["No request 261127-K7Q2Y: the closest open requests are 261127-K7Q2X, 261129-ABC23, 261128-EMA1L (npm run handoffs -- list)."]);

    await runHandoffs(["close", "261129-N0NE0", "--by", "Marc"], env, io().io, NOW);
    const closed = io();
    expect(await runHandoffs(["reply", "261129-N0NE0", "--text", "Oui."], env, closed.io, NOW)).toBe(1);
    expect(closed.err).toEqual(["Request 261129-N0NE0 was closed on 2026-11-30T10:00:00.000Z by Marc: it takes no answer any more."]);

    await runHandoffs(["reply", "261129-ABC23", "--text", "First."], env, io().io, NOW);
    const twice = io();
    expect(await runHandoffs(["reply", "261129-ABC23", "--text", "Second."], env, twice.io, NOW)).toBe(1);
    expect(twice.err).toEqual(["Request 261129-ABC23 was already answered by Claire (scolarité) on 2026-11-30T10:00:00.000Z: that answer stands (npm run handoffs -- show 261129-ABC23)."]);
    expect((await events.getHandoff("261129-ABC23"))?.answer?.text).toBe("First.");
  });

  it.each([
    [["reply", "261127-K7Q2X", "--text", "   "], /^The answer is empty: write what the learner should read/],
    [["reply", "261127-K7Q2X", "--text", "x".repeat(2001)], /^The answer has 2001 characters, over the 2000 allowed: shorten it, or answer by email and close the request\.$/],
    [["reply", "261127-K7Q2X"], /^Give the answer with --text "\.\.\." or --file <path> \(one of them\)\.$/],
    [["reply", "261127-K7Q2X", "--text", "Oui", "--file", "a.txt"], /^Give the answer with --text/],
    [["reply", "--text", "Oui"], /^reply takes one request id and the answer/],
    [["reply", "42", "--text", "Oui"], /^"42" is not a request id/],
    [["reply", "261127-K7Q2X", "--file", "/no/such/answer.txt"], /^Cannot read --file \/no\/such\/answer\.txt: ENOENT\.$/],
    [["reply", "261127-K7Q2X", "--text", "Oui", "--urgent"], /Unknown option '--urgent'/],
  ])("refuses %j with one clear sentence and exit 2, before opening any store", async (argv, message) => {
    const run = io();
    expect(await runHandoffs(argv as string[], { DYNAMODB_ENDPOINT: "http://127.0.0.1:9" }, run.io, NOW)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  it("takes exactly 2000 characters", async () => {
    const { events, env } = await inbox();
    expect(await runHandoffs(["reply", "261129-ABC23", "--text", "y".repeat(2000)], env, io().io, NOW)).toBe(0);
    expect((await events.getHandoff("261129-ABC23"))?.answer?.text).toHaveLength(2000);
  });

  it("redeliver posts again an answer Teams refused, or one stuck being posted (saying it may arrive twice), and nothing else", async () => {
    const { events, env } = await inbox();
    await runHandoffs(["reply", "261127-K7Q2X", "--text", "Oui."], env, io().io, NOW);
    await runHandoffs(["reply", "261128-EMA1L", "--text", "Par courriel."], env, io().io, NOW);

    // Still pending: nothing to post again; the assistant will post it.
    const pending = io();
    expect(await runHandoffs(["redeliver", "261127-K7Q2X"], env, pending.io, NOW)).toBe(1);
    expect(pending.err).toEqual([
      "Request 261127-K7Q2X is answered, delivery to the Teams chat pending: only an answer to a Teams chat that was not delivered, or is stuck being posted, can be posted again.",
    ]);

    await events.markDelivery("261127-K7Q2X", { status: "failed", at: "2026-11-30T10:01:00.000Z", error: "Teams refused the post (403)" });
    const failed = io();
    expect(await runHandoffs(["redeliver", "261127-k7q2x"], env, failed.io, NOW)).toBe(0);
    expect(failed.out).toEqual([
      "The answer to request 261127-K7Q2X will be posted again in the learner's Teams chat; npm run handoffs -- show 261127-K7Q2X tells when it is delivered.",
    ]);
    expect((await events.getHandoff("261127-K7Q2X"))?.delivery).toEqual({ status: "pending" });
    // Pending again: the deliverer can claim it once more.
    expect(await events.claimDelivery("261127-K7Q2X", "2026-11-30T10:02:00.000Z")).toMatchObject({ delivery: { status: "sending" } });

    const stuck = io();
    expect(await runHandoffs(["redeliver", "261127-K7Q2X"], env, stuck.io, NOW)).toBe(0);
    expect(stuck.out[0]).toMatch(/will be posted again in the learner's Teams chat \(its first post may have reached them: they could read it twice\)/);

    for (const [id, why] of [
      ["261128-EMA1L", /^Request 261128-EMA1L is to answer by email: learner@example\.org: only an answer to a Teams chat/],
      ["261129-N0NE0", /^Request 261129-N0NE0 is open, not answered yet \(npm run handoffs -- reply\)/],
    ] as const) {
      const refused = io();
      expect(await runHandoffs(["redeliver", id], env, refused.io, NOW)).toBe(1);
      expect(refused.err[0]).toMatch(why);
    }
    const unknown = io();
    expect(await runHandoffs(["redeliver", "261127-K7Q2Y"], env, unknown.io, NOW)).toBe(1);
    expect(unknown.err[0]).toMatch(/^No request 261127-K7Q2Y: the closest open request/);
    expect(await runHandoffs(["redeliver", "42"], env, io().io, NOW)).toBe(2);
  });
});
