import { describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { runHandoffs } from "../../../infra/cli/handoffs";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { io } from "../../support/cli-io";
import { handoffRequest } from "../../support/handoff-request";

const NOW = () => new Date("2026-11-30T10:00:00.000Z");
const request = (id: string, createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest =>
  handoffRequest(id, createdAt, { channel: "msteams", question: "Puis-je garder ma note de UTC505 ?", ...overrides });

async function inbox() {
  const dynamo = await isolatedTables();
  const events = eventsRepository(dynamo, 365 * 86400);
  await events.recordHandoff(request("261127-K7Q2X", "2026-11-27T19:00:00.000Z", { contact: { kind: "email", value: "learner@example.org" }, origin: "after-answer", answerId: "exam-id" }));
  await events.recordHandoff(request("261129-ABC23", "2026-11-29T20:30:00.000Z", { channel: "webchat", language: "en", question: "Can I change my exam date?", origin: "direct" }));
  const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix, ADVISOR_NAME: "Claire (scolarité)" };
  return { events, env };
}

describe("npm run handoffs (advisors' inbox) on DynamoDB Local", () => {
  it("lists open requests oldest first, shows one in full, closes it with a resolution", async () => {
    const { events, env } = await inbox();
    const listed = io();
    expect(await runHandoffs(["list"], env, listed.io, NOW)).toBe(0);
    expect(listed.out).toEqual([
      expect.stringMatching(/^2 open request\(s\) on DynamoDB at http.*, oldest first:$/),
      "  261127-K7Q2X  2026-11-27 19:00 UTC    2d  fr  msteams   contact by email",
      "      Puis-je garder ma note de UTC505 ?",
      "  261129-ABC23  2026-11-29 20:30 UTC   13h  en  webchat   no way to answer",
      "      Can I change my exam date?",
    ]);

    const shown = io();
    expect(await runHandoffs(["show", "261127-k7q2x"], env, shown.io, NOW)).toBe(0);
    expect(shown.out.join("\n")).toMatch(/^Request 261127-K7Q2X — open\n {2}received {4}2026-11-27T19:00:00\.000Z \(msteams, French\)\n {2}asked {7}after the assistant's answer "exam-id"\n {2}question {4}Puis-je garder.*\n {2}contact {5}learner@example\.org \(email, with the learner's consent\)/);

    const closed = io();
    expect(await runHandoffs(["close", "261127-K7Q2X", "--resolution", "Répondu par courriel"], env, closed.io, NOW)).toBe(0);
    expect(closed.out).toEqual(["Closed request 261127-K7Q2X: Répondu par courriel."]);
    expect(await events.getHandoff("261127-K7Q2X")).toMatchObject({ status: "closed", closedAt: "2026-11-30T10:00:00.000Z", closedBy: "Claire (scolarité)", resolution: "Répondu par courriel" });

    const open = io();
    await runHandoffs(["list"], env, open.io, NOW);
    expect(open.out[0]).toMatch(/^1 open request/);
    const closedList = io();
    await runHandoffs(["list", "--status", "closed"], env, closedList.io, NOW);
    expect(closedList.out[1]).toMatch(/261127-K7Q2X .*\[closed 2026-11-30\]$/);
  });

  it("refuses an unknown id with a suggestion, and a second close, with exit 1", async () => {
    const { env } = await inbox();
    const unknown = io();
    expect(await runHandoffs(["close", "261127-K7Q2Y"], env, unknown.io, NOW)).toBe(1);
    expect(unknown.err).toEqual(["No request 261127-K7Q2Y. Did you mean 261127-K7Q2X? 2 request(s) are open: npm run handoffs -- list"]);
    const far = io();
    expect(await runHandoffs(["show", "250101-ZZZZZ"], env, far.io, NOW)).toBe(1);
    expect(far.err[0]).toBe("No request 250101-ZZZZZ. 2 request(s) are open: npm run handoffs -- list");

    expect(await runHandoffs(["close", "261129-ABC23", "--by", "Marc"], env, io().io, NOW)).toBe(0);
    const twice = io();
    expect(await runHandoffs(["close", "261129-ABC23", "--resolution", "encore"], env, twice.io, NOW)).toBe(1);
    expect(twice.err[0]).toBe("Request 261129-ABC23 was already closed on 2026-11-30T10:00:00.000Z by Marc: nothing changed.");
  });

  it.each([
    [[], /^$/],
    [["delete", "261127-K7Q2X"], /Unknown command "delete": expected list, show, close, reply, redeliver or draft/],
    [["close"], /close takes one request id, e\.g\. npm run handoffs -- close 261127-K7Q2X/],
    [["show", "42"], /"42" is not a request id: ids look like 261127-K7Q2X/],
    [["close", "261127-K7Q2X", "--resolution", "  "], /--resolution is empty/],
    [["list", "--status", "pending"], /--status "pending": expected open, answered, closed or all/],
    [["list", "--sort"], /Unknown option '--sort'/],
  ])("refuses %j with a clear message and exit 2", async (argv, message) => {
    const run = io();
    expect(await runHandoffs(argv, {}, run.io, NOW)).toBe(2);
    expect(run.err[0] ?? "").toMatch(message);
  });
});
