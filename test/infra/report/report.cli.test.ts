import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { periodOf, runReport } from "../../../infra/cli/report";
import { publishContentFiles } from "../../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { DynamoDbEventsRepository } from "../../../infra/events/dynamodb-events.repository";
import { isolatedTables } from "../../support/dynamo";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

const NOW = () => new Date("2026-12-09T12:00:00.000Z");
let n = 0;
const handoff = (createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest => ({
  id: `261201-AB${String(++n).padStart(3, "0")}`,
  createdAt,
  language: "fr",
  channel: "webchat",
  question: "Puis-je changer de groupe ?",
  status: "open",
  ...overrides,
});

describe("npm run report, on DynamoDB Local", () => {
  it("prints the weekly figures and writes a self-contained HTML report with charts", async () => {
    const dynamo = await isolatedTables();
    await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
    const events = new DynamoDbEventsRepository({ doc: dynamo.doc, tableName: dynamo.tables.events, handoffTtlSeconds: 10 * 365 * 86400, eventTtlSeconds: 10 * 365 * 86400 });
    // Week 49 (30 Nov - 6 Dec): 3 answered (one escalated), 2 unanswered about fees, 1 direct request.
    for (const [at, answerId] of [["2026-11-30T18:00:00.000Z", "exam-id"], ["2026-12-01T18:00:00.000Z", "exam-id"], ["2026-12-02T18:00:00.000Z", "credit-hours"]]) {
      await events.recordAnswered({ id: `a-${at}`, at: at as string, answerId: answerId as string, language: "fr" });
    }
    await events.recordUnanswered({ id: "u1", at: "2026-12-01T19:00:00.000Z", question: "Quel est le tarif d'une UE ?", language: "fr", suggested: [] });
    await events.recordUnanswered({ id: "u2", at: "2026-12-03T19:00:00.000Z", question: "quels sont les tarifs des UE <script>alert(1)</script>", language: "fr", suggested: [] });
    await events.recordFeedback({ id: "f1", at: "2026-12-01T18:01:00.000Z", answerId: "exam-id", useful: true, language: "fr" });
    await events.recordFeedback({ id: "f2", at: "2026-12-02T18:01:00.000Z", answerId: "credit-hours", useful: false, language: "fr" });
    await events.recordHandoff(handoff("2026-12-01T18:02:00.000Z", { origin: "after-answer", answerId: "exam-id" }));
    await events.recordHandoff(handoff("2026-12-04T10:00:00.000Z", { origin: "direct" }));
    await events.closeHandoff("261201-AB001", { closedAt: "2026-12-08T09:00:00.000Z", closedBy: "conseil" });
    // Week 50, so far: one answered question.
    await events.recordAnswered({ id: "a-w50", at: "2026-12-08T18:00:00.000Z", answerId: "exam-id", language: "en" });

    const outDir = await mkdtemp(join(tmpdir(), "report-"));
    folders.push(outDir);
    const out = join(outDir, "report.html");
    const run = io();
    const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
    expect(await runReport(["--weeks", "2", "--out", out], env, run.io, NOW)).toBe(0);

    const text = run.out.join("\n");
    expect(text).toMatch(/^Advisors' report 2026-W49 – 2026-W50 \(ISO weeks, Paris time\)/);
    // 3 answered + 2 unanswered + 1 direct = 6 questions; 3 − 1 escalated = 2 deflected.
    expect(text).toMatch(/^2026-W49 +6 +3 +2 +1 +1 +2 +33\.3 % +2\/0$/m);
    expect(text).toMatch(/^2026-W50 +1 +1 +0 +0 +0 +1 +100\.0 % +0\/1$/m);
    expect(text).toMatch(/== 2026-W49 \(week of Monday 2026-11-30\)\nDeflection: 33\.3 % \(2 of 6 questions/);
    expect(text).toMatch(/Unanswered questions, grouped by similarity:\n {5}2 {2}Quel est le tarif d'une UE \?/);
    expect(text).toContain(
      "Feedback per answer (useful / not useful):\n     0 / 1    Crédits ECTS et heures (règle) [credit-hours]\n     1 / 0    Que faut-il apporter le jour de l'examen ? [exam-id]",
    );
    expect(text).toMatch(/Open requests now: 1 .*\n {2}261201-AB002 {2}2026-12-04/);
    expect(run.err.at(-1)).toBe(`HTML report with charts written to ${out}`);

    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain("33.3 %");
    // Self-contained and safe: nothing loaded from elsewhere, no script, learners' text escaped.
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("prints JSON with --json", async () => {
    const dynamo = await isolatedTables();
    const outDir = await mkdtemp(join(tmpdir(), "report-"));
    folders.push(outDir);
    const run = io();
    expect(await runReport(["--from", "2026-11-30", "--to", "2026-12-06", "--json", "--out", join(outDir, "r.html")], { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix }, run.io, NOW)).toBe(0);
    const report = JSON.parse(run.out.join("\n")) as { weeks: { week: string; questions: number }[] };
    expect(report.weeks).toEqual([expect.objectContaining({ week: "2026-W49", questions: 0 })]);
  });

  it.each([
    [["--from", "30/11/2026"], /--from "30\/11\/2026" is not a date: expected YYYY-MM-DD/],
    [["--weeks", "0"], /--weeks "0" must be a whole number of weeks from 1 to 104/],
    [["--weeks", "2", "--from", "2026-11-30"], /either --weeks or --from/],
    [["--from", "2026-12-10", "--to", "2026-12-01"], /--from 2026-12-10 is after --to 2026-12-01/],
    [["--colour"], /Unknown option '--colour'/],
  ])("refuses %j with a clear message and exit 2", async (argv, message) => {
    const run = io();
    expect(await runReport(argv, {}, run.io, NOW)).toBe(2);
    expect(run.err[0]).toMatch(message);
  });

  it("defaults to the last 8 ISO weeks, this one included", () => {
    expect(periodOf({}, NOW())).toEqual({ fromDate: "2026-10-19", toDate: "2026-12-09" });
  });
});
