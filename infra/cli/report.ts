import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { JOBS } from "../../dialogs/jobs";
import { canonicalQuestion, type ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { advisorReport, type AdvisorReport, type Deflection, type WeekReport } from "../../domain/reporting/advisor-report";
import { addDays, isoWeekOfDate, parisDate } from "../../domain/reporting/iso-week";
import { AGE_BUCKETS } from "../../domain/reporting/question-outcomes";
import { conversationKey } from "../events/conversation-key";
import { DynamoDbContentRepository } from "../knowledge/dynamodb-content.repository";
import { renderReportHtml } from "../report/report-html";
import { addVariantCommand, REPORT_WORDS, reportFormat, sourceLabel, type ReportLanguage } from "../report/report-wording";
import { consoleIo, eventsRepositoryOf, withCliStore, type CliIo, type CliStore, parseCommandLine } from "./cli-store";
import { truncate } from "../../domain/text/truncate";

const USAGE = `Usage: npm run report -- [--weeks <n>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang fr|en] [--out <file.html>] [--json]

Reads the recorded events (the local store .data/store unless DYNAMODB_ENDPOINT is set; a deployed
stage with STAGE, TABLE_PREFIX, AWS_REGION and your AWS credentials) and prints, per ISO week (Paris
time): the deflection rate; answered, escalated and abandoned rates; time to an advisor's answer;
open requests by age; unanswered questions grouped by similarity, and those close to an existing
answer with the command that adds them to its variants; feedback per answer. Writes the same as an
HTML page with charts, readable on a phone.
  --weeks <n>   the last n weeks, this one included (default 8)
  --from/--to   a period of dates instead (both included)
  --lang        fr (default) or en: the language of the text and the page
  --out         the HTML file (default .data/reports/advisor-report-<to>.html)
  --json        print the report as JSON instead of text
Exit code: 0 written, 2 usage or connection problem.`;

/** The report command, callable from tests: returns the exit code instead of exiting. */
export async function runReport(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = consoleIo,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const parsed = parseCommandLine(io, USAGE, {
    args: argv,
    options: {
      weeks: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (!parsed) return 2;
  const args = parsed.values;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const language = args.lang ?? "fr";
  if (language !== "fr" && language !== "en") {
    io.err(`--lang "${language}": expected fr or en\n\n${USAGE}`);
    return 2;
  }
  const period = periodOf(args, clock());
  if ("error" in period) {
    io.err(`${period.error}\n\n${USAGE}`);
    return 2;
  }

  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Report failed on ${target}: ${error.message}`, async (store) => {
    const events = eventsRepositoryOf(store);
    // A day of margin on each side: the domain assigns events to Paris weeks exactly (and a
    // question late on the last day may be followed the next morning).
    const range = { from: `${addDays(period.fromDate, -1)}T00:00:00.000Z`, to: `${addDays(period.toDate, 2)}T00:00:00.000Z` };
    const words = REPORT_WORDS[language];
    io.err(words.reading(sourceLabel(store.target, language)));
    const [answered, unanswered, feedback, handoffs] = await Promise.all([
      events.listAnswered(range),
      events.listUnanswered(range),
      events.listFeedback(range),
      // All requests (bounded by their retention): closures and the open backlog span periods.
      events.listHandoffs(),
    ]);
    io.err(words.read(answered.length, unanswered.length, feedback.length, handoffs.length));
    const content = await publishedContent(store);
    const now = clock();
    const report = advisorReport({ answered, unanswered, feedback, handoffs }, period, {
      now,
      entries: content.entries,
      // Requests keep the conversation's id (to answer the learner); the question events its key.
      conversationOfHandoff: (request) => (request.conversationId ? conversationKey(request.channel, request.conversationId) : undefined),
    });

    const title = `${report.weeks[0]?.week} – ${report.weeks.at(-1)?.week}`;
    if (args.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of textReport(report, title, store.target, content.labelOf, language)) io.out(line);

    const out = resolve(args.out ?? `.data/reports/advisor-report-${period.toDate}.html`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, renderReportHtml({ report, title, source: store.target, generatedAt: now.toISOString(), labelOf: content.labelOf, language }));
    io.err(words.written(out));
    return 0;
  });
}

type PeriodArgs = { weeks?: string; from?: string; to?: string };

/** The period asked for, as Paris dates; the last `weeks` ISO weeks by default. */
export function periodOf(args: PeriodArgs, now: Date): { fromDate: string; toDate: string } | { error: string } {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  for (const name of ["from", "to"] as const) {
    const value = args[name];
    if (value !== undefined && (!date.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      return { error: `--${name} "${value}" is not a date: expected YYYY-MM-DD, e.g. 2026-11-23` };
    }
  }
  if (args.weeks !== undefined && (args.from !== undefined)) return { error: "give either --weeks or --from, not both" };
  const toDate = args.to ?? parisDate(now);
  if (args.from !== undefined) {
    if (args.from > toDate) return { error: `--from ${args.from} is after --to ${toDate}` };
    return { fromDate: args.from, toDate };
  }
  const weeks = args.weeks === undefined ? 8 : Number(args.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) return { error: `--weeks "${args.weeks}" must be a whole number of weeks from 1 to 104` };
  return { fromDate: addDays(isoWeekOfDate(toDate).monday, -7 * (weeks - 1)), toDate };
}

/**
 * The active content's entries (to find the unanswered questions close to one of them) and a label
 * per answer id: the canonical French question of an entry, or a feature's name.
 */
async function publishedContent(store: CliStore): Promise<{ entries: ContentEntry[]; labelOf: (answerId: string) => string }> {
  // Answers from rules are named by the job that gave them.
  const labels = new Map(JOBS.map((job) => [job.name, job.label.fr]));
  let entries: ContentEntry[] = [];
  try {
    const content = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
    const active = await content.active();
    entries = active ? ((await content.read(active.version))?.entries ?? []) : [];
    for (const entry of entries) labels.set(entry.id, canonicalQuestion(entry, "fr"));
  } catch {
    // Labels are a convenience: ids still identify the answers.
  }
  return {
    entries,
    labelOf: (answerId) => {
      const label = labels.get(answerId);
      return label ? `${label} [${answerId}]` : answerId;
    },
  };
}

/** The report as text lines, in the report's language: a summary table, each week, the whole period, the backlog. */
export function textReport(report: AdvisorReport, title: string, source: string, labelOf: (answerId: string) => string, language: ReportLanguage = "fr"): string[] {
  const w = REPORT_WORDS[language];
  const f = reportFormat(language);
  const columns = [w.colWeek, w.questions, w.colAnswered, w.unanswered, w.colDirect, w.colThenAdvisor, w.colDeflected, w.colRate, w.colAbandoned];
  const widths = columns.map((column, i) => (i === 0 ? 9 : Math.max(column.length, 7)));
  const row = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  const total = report.total;
  const lines = [
    w.textHeader(title, sourceLabel(source, language)),
    w.deflectionDefinition,
    w.outcomesDefinition,
    "",
    `${row(columns)}  ${w.colRequests}`,
    ...report.weeks.map(
      (week) =>
        `${row([week.week, f.count(week.questions), f.count(week.answered), f.count(week.unanswered), f.count(week.directHandoffs), f.count(week.handoffsAfterAnswer), f.count(week.deflected), f.percent(week.rate), f.percent(week.outcomes.abandonedRate)])}  ${week.handoffs.opened}/${week.handoffs.closed}`,
    ),
  ];
  for (const week of report.weeks) lines.push("", ...weekBlock(week, labelOf, language));
  lines.push("", `== ${w.wholePeriod} ${title}`, deflectionLine(total, language));
  lines.push(
    `${w.answeredRate} ${f.percent(total.outcomes.answeredRate)} · ${w.escalatedRate} ${f.percent(total.outcomes.escalatedRate)} · ${w.abandonedRate} ${f.percent(total.outcomes.abandonedRate)} (${f.count(total.outcomes.abandoned)})`,
  );
  if (total.outcomes.undetermined > 0) lines.push(w.undetermined(f.count(total.outcomes.undetermined)));
  lines.push(total.answerTimes.count > 0 ? w.answerTime(f.count(total.answerTimes.count), f.duration(total.answerTimes.medianMs), f.duration(total.answerTimes.p90Ms)) : w.noAnswerTime);
  lines.push(w.weekRequests(f.count(total.handoffs.opened), f.count(total.handoffs.closed), f.count(total.handoffs.stillOpen)));
  lines.push(...groupLines(total.unansweredGroups, language), ...nearLines(report, language), ...feedbackLines(total.feedback, labelOf, language));
  lines.push("", `${w.openLine(f.count(report.openHandoffs.length))}${report.openByAge ? ` (${AGE_BUCKETS.map((bucket) => `${w.ages[bucket]}${w.colon}${report.openByAge!.buckets[bucket]}`).join(", ")})` : ""}`);
  if (report.openByAge && report.openByAge.undelivered > 0) lines.push(w.undelivered(f.count(report.openByAge.undelivered)));
  for (const request of report.openHandoffs) lines.push(`  ${request.id}  ${f.dateTime(request.createdAt)}  ${truncate(request.question, 80)}`);
  return lines;
}

function deflectionLine(d: Deflection, language: ReportLanguage): string {
  const f = reportFormat(language);
  if (language === "en") {
    if (d.questions === 0) return "Deflection: no question.";
    return `Deflection: ${f.percent(d.rate)} (${d.deflected} of ${d.questions} questions answered without an advisor; ${d.answered} answered, ${d.handoffsAfterAnswer} of them followed by an advisor request; ${d.unanswered} unanswered; ${d.directHandoffs} direct request(s))`;
  }
  if (d.questions === 0) return "Déflexion\u00a0: aucune question.";
  return `Déflexion\u00a0: ${f.percent(d.rate)} (${d.deflected} questions sur ${d.questions} répondues sans conseiller ; ${d.answered} répondues, dont ${d.handoffsAfterAnswer} suivies d'une demande de conseiller ; ${d.unanswered} sans réponse ; ${d.directHandoffs} demande(s) directe(s))`;
}

function weekBlock(week: WeekReport, labelOf: (answerId: string) => string, language: ReportLanguage): string[] {
  const w = REPORT_WORDS[language];
  const f = reportFormat(language);
  return [
    `== ${w.weekOf(week.week, f.date(week.monday))}`,
    deflectionLine(week, language),
    w.weekRequests(f.count(week.handoffs.opened), f.count(week.handoffs.closed), f.count(week.handoffs.stillOpen)),
    ...groupLines(week.unansweredGroups, language),
    ...feedbackLines(week.feedback, labelOf, language),
  ];
}

function groupLines(groups: WeekReport["unansweredGroups"], language: ReportLanguage): string[] {
  const w = REPORT_WORDS[language];
  if (groups.length === 0) return [w.noUnanswered];
  return [
    w.groupsLine,
    ...groups.map((g) => `  ${String(g.count).padStart(4)}  ${truncate(g.label, 90)}${g.variants.length ? `  (${w.also}${w.colon}${g.variants.map((v) => `« ${truncate(v, 40)} »`).join(", ")})` : ""}`),
  ];
}

function nearLines(report: AdvisorReport, language: ReportLanguage): string[] {
  const w = REPORT_WORDS[language];
  if (report.nearAnswers.length === 0) return [w.noNear];
  return [
    w.nearLine,
    ...report.nearAnswers.flatMap((group) => [
      `  ${String(group.count).padStart(4)}  ${truncate(group.label, 80)}  → « ${truncate(group.entryQuestion, 60)} » [${group.entryId}]`,
      `        ${addVariantCommand(group.entryId, group.variants)}`,
    ]),
  ];
}

function feedbackLines(feedback: WeekReport["feedback"], labelOf: (answerId: string) => string, language: ReportLanguage): string[] {
  const w = REPORT_WORDS[language];
  if (feedback.length === 0) return [w.noFeedback];
  return [w.feedbackLine, ...feedback.map((fb) => `  ${String(fb.useful).padStart(4)} / ${String(fb.notUseful).padEnd(4)} ${truncate(labelOf(fb.answerId), 100)}`)];
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runReport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`report failed: ${error.message}`);
      process.exit(2);
    },
  );
}
