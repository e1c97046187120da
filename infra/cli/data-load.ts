import { resolve } from "node:path";
import { DynamoDbCatalogRepository } from "../catalog/dynamodb-catalog.repository";
import { formatDataError, loadDataFolder, readDataFolder, SAMPLE_DATA_FOLDER, sampleRecords } from "../data-loader/data-folder.loader";
import { DynamoDbLearnerRepository } from "../learners/dynamodb-learner.repository";
import { consoleIo, tellRunningAssistant, withCliStore, type CliIo } from "./cli-store";

/**
 * npm run data:load -- [folder] [--dry-run]
 *
 * Loads a folder of catalog and learner files (default: the shipped sample data) into the
 * configured DynamoDB: DYNAMODB_ENDPOINT when set (DynamoDB Local, a running dynalite); otherwise,
 * on a deployed STAGE, the AWS account's tables in AWS_REGION; otherwise the local embedded store
 * that `npm start` uses (DATA_DIR, default .data/store). Tables are named TABLE_PREFIX + name.
 * --dry-run validates without writing. On a deployed STAGE, a folder holding records marked
 * `sample: true` (the shipped sample's catalog and demo learners) is refused unless --allow-sample
 * is given: sample data reach a deployed stage only when asked explicitly. Exits 0 when loaded, 1
 * on invalid data or refused sample records (nothing written), 2 on a usage or connection problem.
 */

const USAGE = "usage: npm run data:load -- [folder] [--dry-run] [--allow-sample]";

export async function runDataLoad(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const unknownFlags = flags.filter((flag) => !["--dry-run", "--allow-sample", "--help"].includes(flag));
  if (flags.includes("--help")) {
    io.out(USAGE);
    return 0;
  }
  if (unknownFlags.length > 0 || positional.length > 1) {
    io.err(`${unknownFlags.length ? `unknown option ${unknownFlags.join(", ")}` : "one folder at a time"}\n${USAGE}`);
    return 2;
  }
  const folder = resolve(positional[0] ?? SAMPLE_DATA_FOLDER);
  const started = Date.now();

  if (flags.includes("--dry-run")) {
    const read = await readDataFolder(folder);
    if (!read.ok) return reportErrors(folder, read.errors, io);
    for (const file of read.data.files) io.out(`  ${file.file}: ${counts(file)}`);
    io.out(`Valid: ${counts({ units: read.data.units.length, diplomas: read.data.diplomas.length, learners: read.data.learners.length })} in ${folder} (dry run, nothing written; references to a stored catalog were not checked).`);
    return 0;
  }

  const stage = env.STAGE?.trim() || "local";
  if (stage !== "local" && !flags.includes("--allow-sample")) {
    const read = await readDataFolder(folder);
    const samples = read.ok ? sampleRecords(read.data) : undefined;
    if (samples) {
      io.err(`${folder} holds sample records (${samples}): they are loaded into the deployed stage ${stage} only when asked, with --allow-sample. Nothing was loaded.`);
      return 1;
    }
  }

  return withCliStore(env, io, (target, error) => `Loading into ${target} failed: ${error.name}: ${error.message}`, async (store) => {
    const { doc, tables, target } = store;
    const result = await loadDataFolder(folder, {
      catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    });
    if (!result.ok) return reportErrors(folder, result.errors, io);
    for (const file of result.files) io.out(`  ${file.file}: ${counts(file)}`);
    io.out(
      `Loaded ${counts(result.loaded)} from ${folder} into ${target} (tables ${tables.catalog}, ${tables.learners}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    await tellRunningAssistant(store, io);
    return 0;
  });
}

function counts(c: { units: number; diplomas: number; learners: number }): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [plural(c.units, "unit"), plural(c.diplomas, "diploma"), plural(c.learners, "learner")].join(", ");
}

function reportErrors(folder: string, errors: readonly Parameters<typeof formatDataError>[0][], io: CliIo): number {
  for (const error of errors) io.err(formatDataError(error));
  const files = new Set(errors.map((e) => e.file)).size;
  io.err(`Nothing was loaded from ${folder}: ${errors.length} error${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.`);
  return 1;
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runDataLoad(process.argv.slice(2), process.env, consoleIo).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`data:load failed: ${error.message}`);
      process.exit(2);
    },
  );
}
