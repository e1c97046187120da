import { eraseLearner, type ErasureReport } from "../erasure/learner-erasure";
import { consoleIo, withCliStore, type CliIo } from "./cli-store";

/**
 * npm run erase -- <learnerId> [--dry-run]
 *
 * Removes everything the assistant holds about one learner (infra/erasure/learner-erasure.ts): the
 * record and its Teams links, the state of every conversation they spoke in (with the replies it keeps), the
 * handoff requests naming them. Prints what it removed. --dry-run prints what it would remove.
 * The store is chosen as for data:load: DYNAMODB_ENDPOINT when set; otherwise, on a deployed STAGE,
 * the AWS account's tables in AWS_REGION (the caller's credentials: it scans the state
 * table, which the assistant's own role may not); otherwise the local embedded store of `npm start`.
 * Exits 0 when done (also when nothing was found), 2 on a usage or connection problem.
 */

const USAGE = "usage: npm run erase -- <learnerId> [--dry-run]";

export async function runErase(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  if (flags.includes("--help")) {
    io.out(USAGE);
    return 0;
  }
  const unknownFlags = flags.filter((flag) => flag !== "--dry-run");
  const learnerId = positional[0]?.trim();
  if (unknownFlags.length > 0 || positional.length !== 1 || !learnerId) {
    io.err(`${unknownFlags.length ? `unknown option ${unknownFlags.join(", ")}` : "one learner id"}\n${USAGE}`);
    return 2;
  }
  const dryRun = flags.includes("--dry-run");
  const started = Date.now();
  return withCliStore(
    env,
    io,
    (target, error) => `Erasing ${learnerId} in ${target} failed: ${error.name}: ${error.message}. Running the command again resumes it.`,
    async ({ doc, tables, target }) => {
      const report = await eraseLearner({ doc, tables, learnerId, dryRun });
      for (const line of describe(report, target, dryRun)) io.out(line);
      io.out(`${dryRun ? "Dry run: nothing was removed" : `Removed ${count(report)} item${count(report) === 1 ? "" : "s"}`} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    },
  );
}

function count(report: ErasureReport): number {
  return (
    (report.record ? 1 : 0) + report.teamsLinks.length + report.conversations.length + report.userStates.length + 2 * report.handoffs.length
  );
}

function describe(report: ErasureReport, target: string, dryRun: boolean): string[] {
  const verb = dryRun ? "would remove" : "removed";
  const list = (items: string[]) => items.map((item) => `    ${item}`);
  return [
    `${dryRun ? "Would erase" : "Erased"} learner ${report.learnerId} in ${target} (known on the channels as ${report.identifiers.join(", ")}):`,
    `  learner record: ${report.record ? verb : "none"}`,
    `  Teams links: ${report.teamsLinks.length}`,
    ...list(report.teamsLinks),
    `  conversations (state): ${report.conversations.length}`,
    ...list(report.conversations),
    `  user state: ${report.userStates.length}`,
    ...list(report.userStates),
    `  handoff requests: ${report.handoffs.length}${report.handoffs.length ? ` (${report.handoffs.join(", ")})` : ""}`,
    `  feedback votes and unanswered questions: kept, they carry no identity`,
  ];
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runErase(process.argv.slice(2), process.env, consoleIo).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`erase failed: ${error.message}`);
      process.exit(2);
    },
  );
}
