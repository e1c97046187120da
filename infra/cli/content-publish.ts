import { resolve } from "node:path";
import { formatContentProblem, CONTENT_DIR, loadContentFiles } from "../knowledge/content-files.loader";
import { DynamoDbContentRepository } from "../knowledge/dynamodb-content.repository";
import { publishContentFiles, type PublishFilesOutcome } from "../knowledge/content-publisher";
import { consoleIo, parseCommandLine, progressReporter, tellRunningAssistant, withCliStore, type CliIo } from "./cli-store";

const USAGE = `Usage: npm run content:publish -- [--dir <folder>] [--if-changed] [--check]

Validates every answer file (infra/content/*.yaml by default) and publishes them as a new content
version to the configured DynamoDB: the local embedded store (.data/store) unless
DYNAMODB_ENDPOINT is set, or AWS on a deployed stage (STAGE, TABLE_PREFIX, AWS_REGION).
  --check       validate only, publish nothing (for CI)
  --if-changed  publish only when the files differ from the active version
Exit code: 0 published / unchanged / valid, 1 invalid content, 2 fault.`;

/** The CLI, callable from tests: returns the exit code instead of exiting. */
export async function runContentPublish(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = consoleIo,
): Promise<number> {
  const parsed = parseCommandLine(io, USAGE, {
    args: argv,
    options: { dir: { type: "string" }, "if-changed": { type: "boolean" }, check: { type: "boolean" }, help: { type: "boolean" } },
  });
  if (!parsed) return 2;
  const args = parsed.values;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = args.dir ? resolve(args.dir) : CONTENT_DIR;
  const today = new Date().toISOString().slice(0, 10);

  if (args.check) {
    const loaded = await loadContentFiles(dir, { today });
    loaded.warnings.forEach((warning) => io.err(`warning: ${formatContentProblem(warning)}`));
    if (!loaded.valid) {
      loaded.problems.forEach((problem) => io.err(formatContentProblem(problem)));
      io.err(`Content is invalid: ${loaded.problems.length} problem(s). Nothing was published.`);
      return 1;
    }
    io.out(`Content is valid: ${loaded.entries.length} entries in ${loaded.files.length} files.`);
    return 0;
  }

  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (_target, error) => `Content publish failed: ${error.message}`, async (store) => {
    const repository = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
    const outcome = await publishContentFiles({
      repository,
      dir,
      onlyIfChanged: args["if-changed"],
      today,
      onProgress: progressReporter("Writing entries", io),
    });
    const code = report(outcome, io, `${store.target}, table ${store.tables.content}`);
    if (outcome.outcome === "published") await tellRunningAssistant(store, io);
    return code;
  });
}

function report(outcome: PublishFilesOutcome, io: CliIo, target: string): number {
  outcome.warnings.forEach((warning) => io.err(`warning: ${formatContentProblem(warning)}`));
  switch (outcome.outcome) {
    case "invalid":
      outcome.problems.forEach((problem) => io.err(formatContentProblem(problem)));
      io.err(`Content is invalid: ${outcome.problems.length} problem(s). Nothing was published.`);
      return 1;
    case "unchanged":
      io.out(`Content unchanged: ${outcome.version.version} (${outcome.version.entryCount} entries) stays active on ${target}.`);
      return 0;
    case "superseded":
      io.out(`Published ${outcome.version.version}, but ${outcome.active.version} (published concurrently) is newer and stays active on ${target}.`);
      return 0;
    case "published":
      io.out(`Published ${outcome.version.version}: ${outcome.version.entryCount} entries from ${outcome.files.length} files, now active on ${target}.`);
      return 0;
  }
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runContentPublish(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`Content publish failed: ${error.message}`);
      process.exit(2);
    },
  );
}
