import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { JOBS } from "../../dialogs/jobs";
import { canonicalQuestion } from "../../domain/knowledge/content-entry.schema";
import { advisorReport, type AdvisorReport, type Deflection, type WeekReport } from "../../domain/reporting/advisor-report";
import { addDays, isoWeekOfDate, parisDate } from "../../domain/reporting/iso-week";
import { DynamoDbContentRepository } from "../knowledge/dynamodb-content.repository";
import { renderReportHtml } from "../report/report-html";
import { consoleIo, eventsRepositoryOf, withCliStore, type CliIo, type CliStore, parseCommandLine } from "./cli-store";

const USAGE = `Usage: npm run report -- [--weeks <n>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out <file.html>] [--json]

Reads the recorded events (the local store .data/store unless DYNAMODB_ENDPOINT is set; a deployed
stage with STAGE, TABLE_PREFIX, AWS_REGION and your AWS credentials) and prints, per ISO week (Paris
time): the deflection rate, unanswered questions grouped by similarity, feedback per answer, and
handoff requests opened and closed. Writes the same as an HTML page with charts.
  --weeks <n>   the last n weeks, this one included (default 8)
  --from/--to   a period of dates instead (both included)
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
    options: { weeks: { type: "string" }, from: { type: "string" }, to: { type: "string" }, out: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean" } },
  });
  if (!parsed) return 2;
  const args = parsed.values;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const period = periodOf(args, clock());
  if ("error" in period) {
    io.err(`${period.error}\n\n${USAGE}`);
    return 2;
  }

  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Report failed on ${target}: ${error.message}`, async (store) => {
    const events = eventsRepositoryOf(store);
    // A day of margin on each side: the domain assigns events to Paris weeks exactly.
    const range = { from: `${addDays(period.fromDate, -1)}T00:00:00.000Z`, to: `${addDays(period.toDate, 2)}T00:00:00.000Z` };
    io.err(`Reading events from ${store.target}…`);
    const [answered, unanswered, feedback, handoffs] = await Promise.all([
      events.listAnswered(range),
      events.listUnanswered(range),
      events.listFeedback(range),
      // All requests (bounded by their retention): closures and the open backlog span periods.
      events.listHandoffs(),
    ]);
    io.err(`Read ${answered.length} answered, ${unanswered.length} unanswered, ${feedback.length} votes, ${handoffs.length} handoff requests.`);
    const report = advisorReport({ answered, unanswered, feedback, handoffs }, period);
    const labelOf = await answerLabels(store);

    const title = `${report.weeks[0]?.week} – ${report.weeks.at(-1)?.week}`;
    if (args.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of textReport(report, title, store.target, labelOf)) io.out(line);

    const out = resolve(args.out ?? `.data/reports/advisor-report-${period.toDate}.html`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, renderReportHtml({ report, title, source: store.target, generatedAt: clock().toISOString(), labelOf }));
    io.err(`HTML report with charts written to ${out}`);
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

/** Answer ids with the canonical French question of the active content, or a feature's name. */
async function answerLabels(store: CliStore): Promise<(answerId: string) => string> {
  // Answers from rules are named by the job that gave them.
  const labels = new Map(JOBS.map((job) => [job.name, job.label.fr]));
  try {
    const content = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
    const active = await content.active();
    const entries = active ? ((await content.read(active.version))?.entries ?? []) : [];
    for (const entry of entries) labels.set(entry.id, canonicalQuestion(entry, "fr"));
  } catch {
    // Labels are a convenience: ids still identify the answers.
  }
  return (answerId) => {
    const label = labels.get(answerId);
    return label ? `${label} [${answerId}]` : answerId;
  };
}

function percent(rate: number | undefined): string {
  return rate === undefined ? "—" : `${(rate * 100).toFixed(1)} %`;
}

function deflectionLine(d: Deflection): string {
  if (d.questions === 0) return "Deflection: no question.";
  return (
    `Deflection: ${percent(d.rate)} (${d.deflected} of ${d.questions} questions answered without an advisor; ` +
    `${d.answered} answered, ${d.handoffsAfterAnswer} of them followed by an advisor request; ${d.unanswered} unanswered; ${d.directHandoffs} direct request(s))`
  );
}

/** The report as text lines: a summary table, then each week, then the whole period and the backlog. */
export function textReport(report: AdvisorReport, title: string, source: string, labelOf: (answerId: string) => string): string[] {
  const lines = [
    `Advisors' report ${title} (ISO weeks, Paris time), from ${source}`,
    "Deflection rate = answered questions not followed by an advisor request / all questions (answered + unanswered + direct advisor requests).",
    "",
    `${"week".padEnd(9)} ${"questions".padStart(9)} ${"answered".padStart(8)} ${"unanswered".padStart(10)} ${"direct".padStart(6)} ${"escalated".padStart(9)} ${"deflected".padStart(9)} ${"rate".padStart(8)}  requests opened/closed`,
    ...report.weeks.map(
      (w) =>
        `${w.week.padEnd(9)} ${String(w.questions).padStart(9)} ${String(w.answered).padStart(8)} ${String(w.unanswered).padStart(10)} ${String(w.directHandoffs).padStart(6)} ${String(w.handoffsAfterAnswer).padStart(9)} ${String(w.deflected).padStart(9)} ${percent(w.rate).padStart(8)}  ${w.handoffs.opened}/${w.handoffs.closed}`,
    ),
  ];
  for (const week of report.weeks) lines.push("", ...weekBlock(week, labelOf));
  lines.push("", `== Whole period ${title}`, deflectionLine(report.total));
  lines.push(`Handoff requests: ${report.total.handoffs.opened} opened, ${report.total.handoffs.closed} closed, ${report.total.handoffs.stillOpen} of them still open.`);
  lines.push(...groupLines(report.total.unansweredGroups), ...feedbackLines(report.total.feedback, labelOf));
  lines.push("", `Open requests now: ${report.openHandoffs.length}${report.openHandoffs.length ? " (oldest first; npm run handoffs -- show <id>)" : ""}`);
  for (const request of report.openHandoffs) lines.push(`  ${request.id}  ${request.createdAt.slice(0, 10)}  ${truncate(request.question, 80)}`);
  return lines;
}

function weekBlock(week: WeekReport, labelOf: (answerId: string) => string): string[] {
  return [
    `== ${week.week} (week of Monday ${week.monday})`,
    deflectionLine(week),
    `Handoff requests: ${week.handoffs.opened} opened, ${week.handoffs.closed} closed, ${week.handoffs.stillOpen} of this week's still open.`,
    ...groupLines(week.unansweredGroups),
    ...feedbackLines(week.feedback, labelOf),
  ];
}

function groupLines(groups: WeekReport["unansweredGroups"]): string[] {
  if (groups.length === 0) return ["Unanswered questions: none."];
  return [
    "Unanswered questions, grouped by similarity:",
    ...groups.map((g) => `  ${String(g.count).padStart(4)}  ${truncate(g.label, 90)}${g.variants.length ? `  (also: ${g.variants.map((v) => `"${truncate(v, 40)}"`).join(", ")})` : ""}`),
  ];
}

function feedbackLines(feedback: WeekReport["feedback"], labelOf: (answerId: string) => string): string[] {
  if (feedback.length === 0) return ["Feedback: none."];
  return ["Feedback per answer (useful / not useful):", ...feedback.map((f) => `  ${String(f.useful).padStart(4)} / ${String(f.notUseful).padEnd(4)} ${truncate(labelOf(f.answerId), 100)}`)];
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
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
