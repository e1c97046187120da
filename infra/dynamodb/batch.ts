import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { InfraError } from "../errors";

/** BatchWriteItem takes at most 25 requests; BatchGetItem 100 keys. */
export const BATCH_WRITE_LIMIT = 25;
export const BATCH_GET_LIMIT = 100;

/**
 * Requests in flight at once: enough for a catalog load, gentle on a table's capacity, and a
 * state read (at most a few keys) is one request anyway.
 */
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_RETRIES = 8;
/** Backoff before retry n (1, 2...): 50 ms, 100 ms... at most 2 s; 8 retries wait about 7 s in all. */
const BACKOFF_BASE_MS = 25;
const BACKOFF_MAX_MS = 2_000;

/** DynamoDB still left items unprocessed (throttling) after every retry. */
export class UnprocessedItemsError extends InfraError {}

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/** One item to read: its table and its whole primary key. */
export interface KeyRead {
  tableName: string;
  key: Record<string, unknown>;
}

export interface BatchOptions {
  /** Retries of what DynamoDB leaves unprocessed, with exponential backoff; default 8. */
  maxRetries?: number;
  /** Requests in flight at once; default 4. 1 writes the chunks in order. */
  concurrency?: number;
  /** Called as each chunk is done: how many of the items are, and how many there are. */
  onProgress?: (done: number, total: number) => void;
  /** Injected for tests; waits `ms` milliseconds. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes every request, in BatchWriteItems of 25, retrying the items DynamoDB returns as
 * unprocessed: a BatchWriteItem that succeeds may still have written only part of its chunk.
 */
export async function batchWrite(doc: DynamoDBDocumentClient, tableName: string, requests: readonly WriteRequest[], options: BatchOptions = {}): Promise<void> {
  await inChunks(requests, BATCH_WRITE_LIMIT, options, async (chunk) => {
    await untilProcessed(chunk, (pending) => pending.length, `item(s) of ${tableName}`, options, async (pending) => {
      const response = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      return (response.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    });
  });
}

/**
 * Reads every key, of any tables, in strongly consistent BatchGetItems of 100, retrying the keys
 * DynamoDB returns as unprocessed. The items found, by table, in no particular order; an absent
 * item is simply not there.
 */
export async function batchGet(doc: DynamoDBDocumentClient, reads: readonly KeyRead[], options: BatchOptions = {}): Promise<Record<string, Record<string, unknown>[]>> {
  const found: Record<string, Record<string, unknown>[]> = {};
  await inChunks(reads, BATCH_GET_LIMIT, options, async (chunk) => {
    const request: GetRequest = {};
    for (const read of chunk) (request[read.tableName] ??= { Keys: [], ConsistentRead: true }).Keys.push(read.key);
    await untilProcessed(request, keyCount, "key(s)", options, async (pending) => {
      const response = await doc.send(new BatchGetCommand({ RequestItems: pending }));
      for (const [table, items] of Object.entries(response.Responses ?? {})) (found[table] ??= []).push(...items);
      return (response.UnprocessedKeys ?? {}) as GetRequest;
    });
  });
  return found;
}

type GetRequest = Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }>;

const keyCount = (request: GetRequest) => Object.values(request).reduce((total, table) => total + table.Keys.length, 0);

/**
 * Runs `task` on every item, at most `limit` at once. After a task fails, no other starts; the
 * call rejects with that first error once the tasks already running have ended, so a caller that
 * cleans up after a failure (the content repository) never races a write still in flight.
 */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

/** Cuts `items` into chunks of `size` and runs `work` on them, `options.concurrency` at once, reporting progress. */
async function inChunks<T>(items: readonly T[], size: number, options: BatchOptions, work: (chunk: T[]) => Promise<void>): Promise<void> {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let done = 0;
  await runLimited(chunks, options.concurrency ?? DEFAULT_CONCURRENCY, async (chunk) => {
    await work(chunk);
    done += chunk.length;
    options.onProgress?.(done, items.length);
  });
}

/** Sends `request`, then what DynamoDB left of it, with backoff, until nothing is left or the retries are spent. */
async function untilProcessed<R>(request: R, count: (request: R) => number, what: string, options: BatchOptions, send: (pending: R) => Promise<R>): Promise<void> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const sleep = options.sleep ?? wait;
  let pending = request;
  for (let attempt = 0; count(pending) > 0; attempt++) {
    if (attempt > maxRetries) throw new UnprocessedItemsError(`DynamoDB left ${count(pending)} ${what} unprocessed after ${maxRetries} retries.`);
    if (attempt > 0) await sleep(Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt));
    pending = await send(pending);
  }
}
