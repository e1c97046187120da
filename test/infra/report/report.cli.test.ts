import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { periodOf, runReport } from "../../../infra/cli/report";
import { publishContentFiles } from "../../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { conversationKey } from "../../../infra/events/conversation-key";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { io } from "../../support/cli-io";
import { handoffRequest } from "../../support/handoff-request";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const NOW = () => new Date("2026-12-09T12:00:00.000Z");
let n = 0;
const handoff = (createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest =>
  handoffRequest(`261201-AB${String(++n).padStart(3, "0")}`, createdAt, { question: "Puis-je changer de groupe ?", ...overrides });

describe("npm run report, on DynamoDB Local", () => {
  it("prints the weekly figures and writes a self-contained HTML report with charts", async () => {
    const dynamo = await isolatedTables();
    await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
    const events = eventsRepository(dynamo, 10 * 365 * 86400);
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

    // Conversation keys: « je ne sais pas » about fees, then nothing (abandoned); the second question, then an advisor request.
    await events.recordUnanswered({ id: "u3", at: "2026-12-02T20:00:00.000Z", question: "Combien coûte une UE ?", language: "fr", suggested: [], conversation: "aaaaaaaaaaaaaaaa" });
    await events.recordHandoff(handoff("2026-12-02T20:01:00.000Z", { origin: "after-unanswered", conversationId: "conv-b" }));
    await events.recordUnanswered({ id: "u4", at: "2026-12-02T20:00:30.000Z", question: "Puis-je payer en trois fois ?", language: "fr", suggested: [], conversation: conversationKey("webchat", "conv-b") });
    // An advisor answered request 003 after 26 hours.
    await events.answerHandoff("261201-AB003", { text: "Oui, en trois fois.", by: "conseil", at: "2026-12-03T22:01:00.000Z" }, { status: "pending" });

    const outDir = await mkdtemp(join(tmpdir(), "report-"));
    folders.push(outDir);
    const out = join(outDir, "report.html");
    const run = io();
    const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
    expect(await runReport(["--weeks", "2", "--out", out], env, run.io, NOW)).toBe(0);

    const text = run.out.join("\n");
    expect(text).toMatch(/^Rapport des conseillers 2026-W49 – 2026-W50 \(semaines ISO, heure de Paris\), source : DynamoDB à l'adresse http/);
    // 3 answered + 4 unanswered + 1 direct = 8 questions; 3 − 1 escalated = 2 deflected; 1 abandoned of 8.
    expect(text).toMatch(/^2026-W49 +8 +3 +4 +1 +1 +2 +25,0\u00a0% +12,5\u00a0% +3\/0$/m);
    expect(text).toMatch(/^2026-W50 +1 +1 +0 +0 +0 +1 +100,0\u00a0% +0,0\u00a0% +0\/1$/m);
    expect(text).toMatch(/== 2026-W49 \(semaine du 30 nov\. 2026\)\nDéflexion\u00a0: 25,0\u00a0% \(2 questions sur 8/);
    expect(text).toContain("Répondues 44,4\u00a0% · Transmises à un conseiller 33,3\u00a0% · Abandonnées 11,1\u00a0% (1)");
    expect(text).toContain("2 questions sans réponse non classées (enregistrées sans clé de conversation, ou trop récentes).");
    expect(text).toContain("1 demande répondue sur la période : délai médian 1 j 2 h, 90 % en moins de 1 j 2 h");
    expect(text).toContain("Questions sans réponse, regroupées :\n     2  Combien coûte une UE ?  (aussi\u00a0: « Quel est le tarif d'une UE ? »)");
    expect(text).toContain(`Questions proches d'une réponse existante (ajoutez-les à ses variantes) :\n     2  Combien coûte une UE ?  → « Combien coûte une UE ? » [fees]\n        npm run content -- add-variant fees --fr "Quel est le tarif d'une UE ?"`);
    expect(text).toContain("Avis par réponse (utile / pas utile) :\n     0 / 1    Crédits ECTS et heures (règle) [credit-hours]\n     1 / 0    Que faut-il apporter le jour de l'examen ? [exam-id]");
    expect(text).toMatch(/Demandes ouvertes maintenant : 1 \(Moins d'un jour\u00a0: 0, 1 à 3 jours\u00a0: 0, 3 à 7 jours\u00a0: 1, Plus de 7 jours\u00a0: 0\)\n {2}261201-AB002 {2}4 déc\. 2026, 11:00/);
    expect(text).not.toMatch(/the local store|UTC/);
    expect(run.err.at(-1)).toBe(`Rapport HTML avec graphiques écrit dans ${out}`);

    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("25,0\u00a0%");
    expect(html).not.toMatch(/\d\.\d %|Reçue \(UTC\)|the local store/);
    expect(html).toContain('<td data-label="Reçue">4 déc. 2026, 11:00</td>');
    // Self-contained and safe: nothing loaded from elsewhere, no script, learners' text escaped.
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

    const english = io();
    expect(await runReport(["--weeks", "2", "--lang", "en", "--out", out], env, english.io, NOW)).toBe(0);
    expect(english.out.join("\n")).toMatch(/^Advisors' report 2026-W49 – 2026-W50 \(ISO weeks, Paris time\), from DynamoDB at http/);
    expect(english.out.join("\n")).toMatch(/^2026-W49 +8 +3 +4 +1 +1 +2 +25\.0% +12\.5% +3\/0$/m);
    expect(english.out.join("\n")).toContain("Answered 44.4% · Escalated to an advisor 33.3% · Abandoned 11.1% (1)");
    expect(await readFile(out, "utf8")).toMatch(/<html lang="en">[\s\S]*<td data-label="Received">4 Dec 2026, 11:00<\/td>/);
  });

  it("lists the unanswered questions close to a published answer, with the command that adds them to its variants", async () => {
    const dynamo = await isolatedTables();
    await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
    const events = eventsRepository(dynamo, 10 * 365 * 86400);
    for (const [i, question] of ["c quand les partiels de janvier", "c quand les partiels de janvier", "c'est quand les partiels de janvier"].entries()) {
      await events.recordUnanswered({ id: `p${i}`, at: `2026-12-0${i + 1}T19:00:00.000Z`, question: question as string, language: "fr", suggested: ["exams-when"] });
    }
    const outDir = await mkdtemp(join(tmpdir(), "report-"));
    folders.push(outDir);
    const run = io();
    expect(await runReport(["--weeks", "1", "--to", "2026-12-06", "--out", join(outDir, "r.html")], { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix }, run.io, NOW)).toBe(0);
    const text = run.out.join("\n");
    expect(text).toContain(
      "Questions proches d'une réponse existante (ajoutez-les à ses variantes) :\n" +
        "     3  c quand les partiels de janvier  → « Quand ont lieu les examens ? » [exams-when]\n" +
        `        npm run content -- add-variant exams-when --fr "c quand les partiels de janvier" --fr "c'est quand les partiels de janvier"`,
    );
    const html = await readFile(join(outDir, "r.html"), "utf8");
    expect(html).toContain("<code>npm run content -- add-variant exams-when --fr &quot;c quand les partiels de janvier&quot; --fr &quot;c&#39;est quand les partiels de janvier&quot;</code>");
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
    [["--lang", "de"], /--lang "de": expected fr or en/],
  ])("refuses %j with a clear message and exit 2", async (argv, message) => {
    const run = io();
    expect(await runReport(argv, {}, run.io, NOW)).toBe(2);
    expect(run.err[0]).toMatch(message);
  });

  it("defaults to the last 8 ISO weeks, this one included", () => {
    expect(periodOf({}, NOW())).toEqual({ fromDate: "2026-10-19", toDate: "2026-12-09" });
  });
});
