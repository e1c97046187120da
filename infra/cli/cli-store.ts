import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { configSchema } from "../config/env";
import { createDynamoClients, type DynamoClients } from "../dynamodb/client";
import { ensureTables, tableNames, type TableNames } from "../dynamodb/tables";
import { DynamoDbEventsRepository } from "../events/dynamodb-events.repository";
import { EmbeddedStoreBusyError } from "../local/embedded-store";
import { NPM_START, REFRESH_PATH, formatWait, openLocalStore, waitForCommandMs, type HeldStore, type StoreHolder } from "../local/local-store";
import { InfraError } from "../errors";

/** What the admins' and advisors' commands print and read: lines out, lines on stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * A command's arguments parsed (node:util parseArgs), or undefined once the problem has been written
 * to stderr with the usage: the command then exits 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(io: Pick<CliIo, "err">, usage: string, config: T): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
}

/**
 * The store a command works on, chosen like the app's: DYNAMODB_ENDPOINT when set (DynamoDB Local,
 * a running dynalite); otherwise, on a deployed STAGE, the AWS tables in AWS_REGION with the
 * caller's AWS credentials; otherwise the local embedded store of `npm start` (DATA_DIR, default
 * .data/store) — through the running assistant's endpoint while `npm start` runs on it. Only the
 * storage settings are read: an admin's command needs no bot credentials.
 */
const storeConfigSchema = configSchema.pick({
  STAGE: true,
  AWS_REGION: true,
  TABLE_PREFIX: true,
  DYNAMODB_ENDPOINT: true,
  DYNAMODB_REQUEST_TIMEOUT_MS: true,
  DYNAMODB_MAX_ATTEMPTS: true,
  HANDOFF_TTL_DAYS: true,
  EVENTS_TTL_DAYS: true,
});

export type StoreConfig = ReturnType<typeof storeConfigSchema.parse>;

export interface CliStore extends DynamoClients {
  config: StoreConfig;
  tables: TableNames;
  /** Where the command works, for its messages: "the local store (/path)", "AWS eu-west-3"... */
  target: string;
  /** The running `npm start` whose store the command works on, if any: it is told of changes (tellRunningAssistant). */
  assistant?: StoreHolder;
  close(): Promise<void>;
}

/** The store could not be opened; the message says why and what to do. */
export class CliStoreError extends InfraError {}

/** Opens the configured store (creating the tables on local stores, as `npm start` does). */
export async function openCliStore(env: Record<string, string | undefined>): Promise<CliStore> {
  const parsed = storeConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new CliStoreError(`Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const config = parsed.data;
  let store: HeldStore | undefined;
  let assistant: StoreHolder | undefined;
  let endpoint = config.DYNAMODB_ENDPOINT;
  let target = endpoint ? `DynamoDB at ${endpoint}` : `AWS DynamoDB in ${config.AWS_REGION}`;
  if (!endpoint && config.STAGE === "local") {
    const path = resolve(env.DATA_DIR ?? ".data/store");
    const access = await openLocalFolder(path, env.npm_lifecycle_event ? `npm run ${env.npm_lifecycle_event}` : "a command", waitForCommandMs(env));
    if (access.kind === "opened") {
      store = access.store;
      endpoint = store.endpoint;
      target = `the local store (${path})`;
    } else {
      assistant = access.holder;
      endpoint = access.endpoint;
      target = `the store of the running assistant (${path}, pid ${assistant.pid})`;
    }
  }
  const clients = createDynamoClients({
    region: config.AWS_REGION,
    endpoint,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  const close = async () => {
    clients.client.destroy();
    await store?.close();
  };
  try {
    // Local stores start empty; deployed stages get their tables from CloudFormation.
    if (endpoint) await ensureTables(clients.client, config.TABLE_PREFIX);
  } catch (error) {
    await close();
    throw new CliStoreError(`Cannot reach ${target}: ${(error as Error).message}`, { cause: error });
  }
  return { ...clients, config, tables: tableNames(config.TABLE_PREFIX), target, ...(assistant ? { assistant } : {}), close };
}

/**
 * The local store's folder, opened by this command, or the endpoint of the `npm start` serving it.
 * Any other holder cannot share it: one sentence says what to do.
 */
async function openLocalFolder(path: string, by: string, waitMs: number): Promise<{ kind: "opened"; store: HeldStore } | { kind: "served"; holder: StoreHolder; endpoint: string }> {
  let access;
  try {
    access = await openLocalStore(path, by, { waitForCommandMs: waitMs });
  } catch (error) {
    if (error instanceof EmbeddedStoreBusyError) {
      throw new CliStoreError(`The local store at ${path} is open in another process that does not share it: stop that process, then run this again.`, { cause: error });
    }
    throw new CliStoreError(`Cannot open the local store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (access.kind === "opened") return access;
  const { holder } = access;
  if (holder.by !== NPM_START) throw new CliStoreError(`The local store at ${path} is in use by \`${holder.by}\` (pid ${holder.pid}) for more than ${formatWait(waitMs)}: run this again once it has finished.`);
  if (!holder.storeEndpoint) throw new CliStoreError(`The assistant (pid ${holder.pid}) is still starting on ${path}: run this again in a few seconds.`);
  return { kind: "served", holder, endpoint: holder.storeEndpoint };
}

/**
 * After a command changed the catalog or the content of a running assistant's store: asks it to
 * re-read them now, and says what it serves. Without a running assistant, says nothing.
 */
export async function tellRunningAssistant(store: CliStore, io: CliIo): Promise<void> {
  const url = store.assistant?.url;
  if (!url) return;
  try {
    const response = await fetch(`${url}${REFRESH_PATH}`, { method: "POST", signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const served = (await response.json()) as { content?: string; units: number; diplomas: number };
    io.out(`The running assistant (${url}) now serves content ${served.content ?? "(none)"} and ${served.units} units, ${served.diplomas} diplomas.`);
  } catch (error) {
    io.err(
      `The running assistant (${url}) did not confirm it re-read the store (${(error as Error).message}): ` +
        `it picks changes up within CONTENT_REFRESH_SECONDS / CATALOG_REFRESH_SECONDS (60 s / 300 s by default), or at its next start.`,
    );
  }
}

/**
 * Runs a command's work on the configured store and closes it afterwards. A store that cannot be
 * opened, or work that fails, is reported on stderr (`failure` words it) with exit code 2.
 */
export async function withCliStore(
  env: Record<string, string | undefined>,
  io: CliIo,
  failure: (target: string, error: Error) => string,
  work: (store: CliStore) => Promise<number>,
): Promise<number> {
  let store: CliStore;
  try {
    store = await openCliStore(env);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  try {
    return await work(store);
  } catch (error) {
    io.err(failure(store.target, error as Error));
    return 2;
  } finally {
    await store.close();
  }
}

/** The store's events table, with the configured retention. */
export function eventsRepositoryOf(store: CliStore): DynamoDbEventsRepository {
  return new DynamoDbEventsRepository({
    doc: store.doc,
    tableName: store.tables.events,
    handoffTtlSeconds: store.config.HANDOFF_TTL_DAYS * 86_400,
    eventTtlSeconds: store.config.EVENTS_TTL_DAYS * 86_400,
  });
}

/**
 * Progress of a long operation on stderr: one line rewritten in place on a terminal, a line per
 * step (at most every 10 %) otherwise, so CI logs and deploy output stay readable.
 */
export function progressReporter(label: string, io: CliIo, stream: { isTTY?: boolean; write?: (text: string) => unknown } = process.stderr): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (stream.isTTY && stream.write) {
      stream.write(`\r${label}: ${done}/${total} (${percent} %)${done >= total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth === lastTenth && done < total) return;
    lastTenth = tenth;
    io.err(`${label}: ${done}/${total} (${percent} %)`);
  };
}
