import { createHash, randomUUID } from "node:crypto";
import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DeleteCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Storage, StoreItems } from "botbuilder";
import type { CollectedPut } from "../dynamodb/collected-writes";
import { TTL_ATTRIBUTE } from "../dynamodb/tables";

/** DynamoDB refuses items over 400 KB; keep room for the key and attribute names. */
export const MAX_DOCUMENT_BYTES = 400 * 1024 - 4 * 1024;
/** BatchGetItem reads at most 100 keys per request. */
const BATCH_GET_LIMIT = 100;
/** Writes and deletes run in parallel, this many at a time. */
const WRITE_CONCURRENCY = 16;
/** DynamoDB partition keys are at most 2048 bytes; longer keys are stored by their hash. */
const MAX_KEY_BYTES = 1024;
const MAX_UNPROCESSED_RETRIES = 8;

export class StorageError extends Error {
  override readonly name: string = "StorageError";
}

export class StorageItemTooLargeError extends StorageError {}

/** The Storage contract's refusal of a conditional write: another writer changed the item since its eTag was read. */
export class ETagConflictError extends StorageError {
  override readonly name = "ETagConflictError";
}

/** The store has no TransactWriteItems (dynalite, under `npm start`): write the items one by one. */
export class TransactionsUnavailableError extends StorageError {
  override readonly name = "TransactionsUnavailableError";
}

/** A write with other items was refused for one of those items (not for the state's eTag): nothing was written. */
export class CompanionWriteError extends StorageError {
  override readonly name = "CompanionWriteError";

  constructor(
    message: string,
    /** Indexes, in the puts given, of the items DynamoDB gave as the reason. */
    readonly failed: number[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Cancellation reasons on the state item that mean another turn wrote it first. */
const CONFLICT_CODES = new Set(["ConditionalCheckFailed", "TransactionConflict"]);

export interface DynamoDbStorageOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Lifetime of an item from its last write. */
  ttlSeconds: number;
  /** Injected clock (epoch milliseconds). */
  now?: () => number;
}

/** An item of any table, read along with state documents (DynamoDbStorage.readAlong). */
export interface AlongRead {
  tableName: string;
  /** The item's whole primary key. */
  key: Record<string, unknown>;
}

interface StateItem {
  pk: string;
  key: string;
  doc: string;
  etag: string;
  [TTL_ATTRIBUTE]: number;
}

/**
 * botbuilder Storage on a DynamoDB table keyed by `pk`. Each state document is stored as a JSON
 * string (a native map would lose Dates) with its eTag beside it. Honours the Storage contract:
 * unknown keys read as absent, every write makes a new eTag, `*` or no eTag overwrites, any other
 * eTag is a conditional write that fails with "eTag conflict". Items expire through DynamoDB TTL;
 * since TTL deletion lags, an expired item also reads as absent.
 */
export class DynamoDbStorage implements Storage {
  private readonly now: () => number;
  /** Until the store refuses a transaction (dynalite). */
  private transactions = true;

  constructor(private readonly options: DynamoDbStorageOptions) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    return (await this.readAlong(keys, [])).items;
  }

  /**
   * Reads state documents and, in the same BatchGetItem (one round trip for up to 100 keys), other
   * items named by table and key, strongly consistent: what a turn needs beside its conversation
   * state. `along` holds those items in the order asked, undefined for an absent one; they are
   * handed back as stored (no TTL filter: the state's expiry rule is the state's own).
   */
  async readAlong(keys: string[], along: readonly AlongRead[]): Promise<{ items: StoreItems; along: (Record<string, unknown> | undefined)[] }> {
    if (!keys) throw new ReferenceError("Keys are required when reading.");
    const { tableName } = this.options;
    const unique = [...new Set(keys)];
    const requested = new Map<string, AlongRead>();
    for (const read of [...unique.map((key) => ({ tableName, key: { pk: storageKey(key) } })), ...along]) requested.set(itemId(read.tableName, read.key), read);
    const found = new Map<string, Record<string, unknown>>();
    const all = [...requested.values()];
    for (let i = 0; i < all.length; i += BATCH_GET_LIMIT) {
      const chunk = all.slice(i, i + BATCH_GET_LIMIT);
      const keyNames = new Map(chunk.map((read) => [read.tableName, Object.keys(read.key)]));
      const responses = await this.batchGet(chunk);
      for (const [table, items] of Object.entries(responses)) {
        const names = keyNames.get(table) ?? [];
        for (const item of items) found.set(itemId(table, Object.fromEntries(names.map((name) => [name, item[name]]))), item);
      }
    }
    const items: StoreItems = {};
    const nowSeconds = Math.floor(this.now() / 1000);
    for (const key of unique) {
      const stored = found.get(itemId(tableName, { pk: storageKey(key) })) as StateItem | undefined;
      if (!stored || stored[TTL_ATTRIBUTE] <= nowSeconds) continue;
      items[stored.key] = { ...JSON.parse(stored.doc), eTag: stored.etag };
    }
    return { items, along: along.map((read) => found.get(itemId(read.tableName, read.key))) };
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError("Changes are required when writing.");
    const entries = Object.entries(changes);
    // Validate every document before the first write, so an oversize item writes nothing.
    const prepared = entries.map(([key, value]) => this.prepare(key, value));
    await runLimited(prepared, WRITE_CONCURRENCY, async (item) => {
      await this.put(item);
      // The written document carries its new eTag, so a caller writing conditionally again in the
      // same turn (OptimisticConversationState) neither conflicts with itself nor needs a read.
      const value = changes[item.key] as { eTag?: string } | undefined;
      if (value && typeof value === "object") value.eTag = item.item.etag;
    });
  }

  /** False once the store refused a transaction: `writeWith` then cannot write other items with a document. */
  get writesTogether(): boolean {
    return this.transactions;
  }

  /**
   * Writes one state document and other items in one TransactWriteItems: all or nothing, one request.
   * The document is conditional on its eTag as in `write` ("eTag conflict" when another writer was
   * first); a refusal for another item is a CompanionWriteError naming it; a store without
   * transactions a TransactionsUnavailableError (nothing written either way). Without other items,
   * the same as `write`.
   */
  async writeWith(key: string, value: { eTag?: string } & Record<string, unknown>, puts: readonly CollectedPut[]): Promise<void> {
    if (puts.length === 0) return this.write({ [key]: value });
    const prepared = this.prepare(key, value);
    try {
      await this.options.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: this.options.tableName, Item: prepared.item, ...this.condition(prepared.expected) } }, ...puts.map((put) => ({ Put: put }))],
        }),
      );
    } catch (error) {
      if ((error as Error).name === "UnknownOperationException") {
        this.transactions = false;
        throw new TransactionsUnavailableError("Storage: this DynamoDB endpoint has no TransactWriteItems.", { cause: error });
      }
      if (error instanceof TransactionCanceledException) {
        const reasons = error.CancellationReasons ?? [];
        if (CONFLICT_CODES.has(reasons[0]?.Code ?? "")) {
          throw eTagConflict(key, error);
        }
        const failed = reasons.slice(1).flatMap((reason, index) => (reason?.Code && reason.Code !== "None" ? [index] : []));
        throw new CompanionWriteError(`Storage: writing "${key}" with ${puts.length} other item(s) was refused: ${error.message}`, failed, { cause: error });
      }
      throw error;
    }
    value.eTag = prepared.item.etag;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError("Keys are required when deleting.");
    await runLimited([...new Set(keys)], WRITE_CONCURRENCY, (key) =>
      this.options.doc.send(new DeleteCommand({ TableName: this.options.tableName, Key: { pk: storageKey(key) } })),
    );
  }

  private prepare(key: string, value: unknown) {
    const { eTag, ...document } = (value ?? {}) as { eTag?: string } & Record<string, unknown>;
    const doc = JSON.stringify(document);
    const bytes = Buffer.byteLength(doc, "utf8");
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new StorageItemTooLargeError(
        `Storage: state "${key}" is ${bytes} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (DynamoDB items are limited to 400 KB).`,
      );
    }
    const item: StateItem = {
      pk: storageKey(key),
      key,
      doc,
      etag: randomUUID(),
      [TTL_ATTRIBUTE]: Math.floor(this.now() / 1000) + this.options.ttlSeconds,
    };
    return { key, item, expected: eTag && eTag !== "*" ? eTag : undefined };
  }

  /** The condition of a write on the eTag it expects (none: overwrite). */
  private condition(expected: string | undefined) {
    if (!expected) return {};
    return {
      // Same as botbuilder's MemoryStorage: a conditional write on an absent item succeeds, and an
      // expired item, which reads as absent, is absent for writes too.
      ConditionExpression: "attribute_not_exists(pk) OR etag = :etag OR #ttl <= :now",
      ExpressionAttributeNames: { "#ttl": TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ":etag": expected, ":now": Math.floor(this.now() / 1000) },
    };
  }

  private async put({ key, item, expected }: { key: string; item: StateItem; expected?: string }): Promise<void> {
    try {
      await this.options.doc.send(new PutCommand({ TableName: this.options.tableName, Item: item, ...this.condition(expected) }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw eTagConflict(key, error);
      }
      throw error;
    }
  }

  /** One BatchGetItem over any tables (at most BATCH_GET_LIMIT keys), strongly consistent, retrying unprocessed keys; the items found by table. */
  private async batchGet(reads: readonly AlongRead[]): Promise<Record<string, Record<string, unknown>[]>> {
    const { doc } = this.options;
    const found: Record<string, Record<string, unknown>[]> = {};
    let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }> | undefined = {};
    for (const read of reads) (request[read.tableName] ??= { Keys: [], ConsistentRead: true }).Keys.push(read.key);
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > MAX_UNPROCESSED_RETRIES) {
        throw new StorageError(`Storage: DynamoDB left keys unprocessed after ${MAX_UNPROCESSED_RETRIES} retries.`);
      }
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 10));
      const response = await doc.send(new BatchGetCommand({ RequestItems: request }));
      for (const [table, items] of Object.entries(response.Responses ?? {})) (found[table] ??= []).push(...items);
      request = response.UnprocessedKeys as typeof request;
    }
    return found;
  }
}

/** The partition key of a state document (exported for the erasure, which deletes documents by key). */
export function storageKey(key: string): string {
  return Buffer.byteLength(key, "utf8") <= MAX_KEY_BYTES ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

/** One item of one table: its table and key attributes in a fixed order, whatever order the key was written in. */
/** The Storage contract's refusal of a conditional write (botbuilder's storages say "eTag conflict"). */
function eTagConflict(key: string, cause: unknown): ETagConflictError {
  return new ETagConflictError(`Storage: error writing "${key}" due to eTag conflict.`, { cause });
}

function itemId(tableName: string, key: Record<string, unknown>): string {
  return JSON.stringify([tableName, ...Object.keys(key).sort().map((name) => [name, key[name]])]);
}

async function runLimited<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  });
  await Promise.all(workers);
}
