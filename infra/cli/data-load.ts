import { resolve } from "node:path";
import { configSchema } from "../config/env";
import { DynamoDbCatalogRepository } from "../catalog/dynamodb-catalog.repository";
import { formatDataError, loadDataFolder, readDataFolder, SAMPLE_DATA_FOLDER } from "../data/data-folder.loader";
import { createDynamoClients } from "../dynamodb/client";
import { ensureTables, tableNames } from "../dynamodb/tables";
import { startEmbeddedStore, type EmbeddedStore } from "../local/embedded-store";
import { DynamoDbLearnerRepository } from "../learners/dynamodb-learner.repository";

/**
 * npm run data:load -- [folder] [--dry-run]
 *
 * Loads a folder of catalog and learner files (default: the shipped sample data) into the
 * configured DynamoDB: DYNAMODB_ENDPOINT when set (DynamoDB Local, a running dynalite); otherwise,
 * on a deployed STAGE, the AWS account's tables in AWS_REGION; otherwise the local embedded store
 * that `npm start` uses (DATA_DIR, default .data/store). Tables are named TABLE_PREFIX + name.
 * --dry-run validates without writing. Exits 0 when loaded, 1 on invalid data (nothing written),
 * 2 on a usage or connection problem.
 */
const cliConfigSchema = configSchema.pick({
  STAGE: true,
  AWS_REGION: true,
  TABLE_PREFIX: true,
  DYNAMODB_ENDPOINT: true,
  DYNAMODB_REQUEST_TIMEOUT_MS: true,
  DYNAMODB_MAX_ATTEMPTS: true,
});

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = "usage: npm run data:load -- [folder] [--dry-run]";

export async function runDataLoad(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const unknownFlags = flags.filter((flag) => !["--dry-run", "--help"].includes(flag));
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

  const parsed = cliConfigSchema.safeParse(env);
  if (!parsed.success) {
    io.err(`Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    return 2;
  }
  const config = parsed.data;
  let store: EmbeddedStore | undefined;
  let endpoint = config.DYNAMODB_ENDPOINT;
  let target: string;
  if (endpoint) {
    target = `DynamoDB at ${endpoint}`;
  } else if (config.STAGE !== "local") {
    target = `AWS DynamoDB in ${config.AWS_REGION}`;
  } else {
    const dataDir = resolve(env.DATA_DIR ?? ".data/store");
    try {
      store = await startEmbeddedStore({ path: dataDir });
    } catch (error) {
      io.err(`Cannot open the local store in ${dataDir}: ${(error as Error).message}. Is \`npm start\` running on it? Stop it, or set DYNAMODB_ENDPOINT.`);
      return 2;
    }
    endpoint = store.endpoint;
    target = `the local embedded store in ${dataDir}`;
  }

  const { client, doc } = createDynamoClients({
    region: config.AWS_REGION,
    endpoint,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  try {
    // On AWS, CloudFormation owns the tables; local stores get them created here, as `npm start` does.
    if (endpoint) await ensureTables(client, config.TABLE_PREFIX);
    const tables = tableNames(config.TABLE_PREFIX);
    const result = await loadDataFolder(folder, {
      catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    });
    if (!result.ok) return reportErrors(folder, result.errors, io);
    for (const file of result.files) io.out(`  ${file.file}: ${counts(file)}`);
    io.out(
      `Loaded ${counts(result.loaded)} from ${folder} into ${target} (tables ${tables.catalog}, ${tables.learners}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } catch (error) {
    io.err(`Loading into ${target} failed: ${(error as Error).name}: ${(error as Error).message}`);
    return 2;
  } finally {
    client.destroy();
    await store?.close();
  }
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
  runDataLoad(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) }).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`data:load failed: ${error.message}`);
      process.exit(2);
    },
  );
}
