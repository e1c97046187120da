import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  GetCommand,
  paginateQuery,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from "@aws-sdk/lib-dynamodb";
import { CONTENT_ENTRY_SCHEMA_VERSION, contentSchemas, type ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { isEntryAnalysis, type ContentAnalysis, type EntryAnalysis } from "../../domain/understanding/content-analysis";
import { problemsInOneLine, validate } from "../../domain/validation/validation-problems";
import {
  ContentRepositoryError,
  versionName,
  type ActivateOutcome,
  type ContentRepository,
  type ContentVersionInfo,
  type PublishOptions,
  type PublishOutcome,
  type PublishedContent,
} from "../../domain/ports/content.repository";
import { batchGet, batchWrite, type WriteRequest } from "../dynamodb/batch";
import { jsonContentDigest, preparePublication } from "./content-publication";

export interface DynamoDbContentRepositoryOptions {
  doc: DynamoDBDocumentClient;
  /** Physical name of the `content` table (string keys pk + sk). */
  tableName: string;
  /** Injected clock (epoch milliseconds), for publishedAt. */
  now?: () => number;
  /** Characters of the search index per item; default INDEX_PART_LENGTH (tests: small parts). */
  indexPartLength?: number;
}

/** Items of the content table:
 *  - pk "content", sk "sequence": the last sequence number handed out (atomic counter);
 *  - pk "content", sk "active": the active version's description (the pointer), with the
 *    `revision` of the decision that set it (a number from the same counter, see `activate`);
 *  - pk "content#v000042", sk "manifest": a version's description, written after its entries, with
 *    the version of the entry schema that validated them (`entrySchema`), the analyzer that
 *    analyzed them (`analyzer`) and the number of parts of its search index (`indexParts`);
 *  - pk "content#v000042", sk "entry#00000"...: one item per entry, the entry as JSON (`data`) and
 *    its analysis as JSON (`analysis`, see domain/understanding/content-analysis.ts);
 *  - pk "content#v000042", sk "index#000"...: the search index of the entries (`data`), serialized
 *    and cut in parts that each fit in an item (domain/understanding/search-index.ts).
 * A version is immutable once written; the pointer is the only item ever updated.
 */
const META_PK = "content";
const SEQUENCE_SK = "sequence";
const ACTIVE_SK = "active";
const MANIFEST_SK = "manifest";
const ENTRY_SK_PREFIX = "entry#";
const INDEX_SK_PREFIX = "index#";
/**
 * Characters of the serialized search index per item. DynamoDB items hold 400 KB, and a character
 * takes at most 3 bytes in UTF-8 (the index is mostly ASCII: stems and concepts).
 */
const INDEX_PART_LENGTH = 100_000;

/**
 * Items in sort key order ("entry#00000", "index#000"...: the order DynamoDB keeps them in). Plain
 * code-unit order, as DynamoDB compares: a locale-aware comparison would set up a collator for it.
 */
function bySortKey(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const [x, y] = [String(a.sk), String(b.sk)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function versionPk(version: string): string {
  return `${META_PK}#${version}`;
}

function entrySk(index: number): string {
  return `${ENTRY_SK_PREFIX}${String(index).padStart(5, "0")}`;
}

function indexSk(part: number): string {
  return `${INDEX_SK_PREFIX}${String(part).padStart(3, "0")}`;
}

/** The serialized search index cut into parts of `length` characters. */
function indexParts(index: string | undefined, length: number): string[] {
  const parts: string[] = [];
  for (let start = 0; index !== undefined && start < index.length; start += length) parts.push(index.slice(start, start + length));
  return parts;
}

/**
 * Content versions on DynamoDB. Publish = take the next sequence number (atomic counter), write
 * every entry, write the manifest, then switch the pointer with a conditional update that only
 * moves it forward (`attribute_not_exists(sequence) OR sequence < :new`). Readers follow the
 * pointer, and a version is complete before the pointer can name it; concurrent publishes end
 * with the pointer on the newest complete version, whatever order they finish in.
 *
 * A rollback (`activate`) points back at an older version. It takes a number from the same counter
 * as its `revision`, and every switch of the pointer requires a smaller revision than its own, so a
 * publish that was already writing when the rollback happened ends `superseded` instead of
 * silently undoing the rollback.
 */
export class DynamoDbContentRepository implements ContentRepository {
  private readonly now: () => number;
  private readonly indexPartLength: number;

  constructor(private readonly options: DynamoDbContentRepositoryOptions) {
    this.now = options.now ?? Date.now;
    this.indexPartLength = options.indexPartLength ?? INDEX_PART_LENGTH;
  }

  async publish(raw: readonly unknown[], options: PublishOptions = {}): Promise<PublishOutcome> {
    const publication = preparePublication(raw);
    if (!publication.valid) return { outcome: "invalid", problems: publication.problems };

    const sequence = await this.nextSequence();
    const info: ContentVersionInfo = {
      version: versionName(sequence),
      sequence,
      digest: publication.digest,
      publishedAt: new Date(this.now()).toISOString(),
      entryCount: publication.entries.length,
    };
    try {
      await this.writeEntries(info.version, publication.entries, publication.analysis, options.onProgress);
      await this.send("write the manifest of", info.version, () =>
        this.options.doc.send(
          new PutCommand({
            TableName: this.options.tableName,
            Item: {
              pk: versionPk(info.version),
              sk: MANIFEST_SK,
              ...info,
              entrySchema: CONTENT_ENTRY_SCHEMA_VERSION,
              analyzer: publication.analysis.analyzer,
              indexParts: indexParts(publication.analysis.index, this.indexPartLength).length,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      );
    } catch (error) {
      // The pointer was not touched: readers keep the active version. Remove what was written so
      // the failed publish leaves nothing behind; if that fails too, the partial version stays
      // invisible (no manifest, no pointer to it).
      await this.discard(info.version).catch(() => undefined);
      throw error instanceof ContentRepositoryError
        ? error
        : new ContentRepositoryError(`Content: publishing ${info.version} failed: ${(error as Error).message}`, { cause: error });
    }
    return this.switchTo(info);
  }

  async active(): Promise<ContentVersionInfo | undefined> {
    const { Item } = await this.send("read the active pointer", "", () =>
      this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: META_PK, sk: ACTIVE_SK }, ConsistentRead: true })),
    );
    return Item ? toInfo(Item) : undefined;
  }

  async read(version: string): Promise<PublishedContent | undefined> {
    const items = await this.send("read", version, () => this.versionItems(version));
    const manifest = items.find((item) => item.sk === MANIFEST_SK);
    // Without its manifest a version is incomplete (a failed publish): it does not exist.
    if (!manifest) return undefined;
    const info = toInfo(manifest);
    const entryItems = items.filter((item) => typeof item.sk === "string" && item.sk.startsWith(ENTRY_SK_PREFIX));
    if (entryItems.length !== info.entryCount) {
      throw new ContentRepositoryError(`Content: ${version} has ${entryItems.length} entries, its manifest says ${info.entryCount}.`);
    }
    const sorted = entryItems.sort(bySortKey);
    // Entries exactly as published under this schema were validated then: parsed, not validated
    // again (a cold start reads them all). Any other is validated, and refused if invalid.
    const asPublished = asValidatedAtPublish(manifest, sorted, info.digest);
    const entries: ContentEntry[] = sorted.map((item) => {
      const data = JSON.parse(String(item.data)) as unknown;
      if (asPublished) return data as ContentEntry;
      const parsed = validate(contentSchemas().entry, data);
      if (!parsed.ok) throw new ContentRepositoryError(`Content: ${version} holds an invalid entry at ${String(item.sk)}: ${problemsInOneLine(parsed.problems)}`);
      return parsed.value;
    });
    const analysis = readAnalysis(manifest, sorted, entries, items);
    return { ...info, entries, ...(analysis ? { analysis } : {}) };
  }

  async listVersions(): Promise<ContentVersionInfo[]> {
    const { Item } = await this.send("read the sequence counter", "", () =>
      this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: META_PK, sk: SEQUENCE_SK }, ConsistentRead: true })),
    );
    const last = typeof Item?.last === "number" ? Item.last : 0;
    // Every version ever started has a number up to the counter; those without a manifest (failed
    // publishes) or numbers used by rollbacks are simply absent.
    const { tableName } = this.options;
    const reads = Array.from({ length: last }, (_, i) => ({ tableName, key: { pk: versionPk(versionName(i + 1)), sk: MANIFEST_SK } }));
    const found = await this.send("list the versions", "", () => batchGet(this.options.doc, reads));
    return (found[tableName] ?? []).map(toInfo).sort((a, b) => b.sequence - a.sequence);
  }

  async activate(version: string, options: { expectedActive?: string } = {}): Promise<ActivateOutcome> {
    const { Item: manifest } = await this.send("read the manifest of", version, () =>
      this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: versionPk(version), sk: MANIFEST_SK }, ConsistentRead: true })),
    );
    if (!manifest) return { outcome: "not-found", version };
    const target = toInfo(manifest);
    const active = await this.active();
    if (options.expectedActive !== undefined && active?.version !== options.expectedActive) return { outcome: "conflict", active };
    if (active?.version === target.version) return { outcome: "already-active", version: active };

    const revision = await this.nextSequence();
    try {
      // Only from the version read above, and only if no later decision moved the pointer since.
      await this.movePointer(target, revision, active ? { from: active.version } : "first");
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { outcome: "conflict", active: await this.active() };
      throw new ContentRepositoryError(`Content: switching the active version to ${target.version} failed: ${(error as Error).message}`, { cause: error });
    }
    return { outcome: "activated", version: target, ...(active ? { previous: active } : {}) };
  }

  private async nextSequence(): Promise<number> {
    const { Attributes } = await this.send("take a sequence number", "", () =>
      this.options.doc.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: META_PK, sk: SEQUENCE_SK },
          UpdateExpression: "ADD #last :one",
          ExpressionAttributeNames: { "#last": "last" },
          ExpressionAttributeValues: { ":one": 1 },
          ReturnValues: "UPDATED_NEW",
        }),
      ),
    );
    const last = Attributes?.last;
    if (typeof last !== "number") throw new ContentRepositoryError("Content: the sequence counter returned no number.");
    return last;
  }

  private async writeEntries(
    version: string,
    entries: readonly ContentEntry[],
    analysis: ContentAnalysis,
    onProgress?: (written: number, total: number) => void,
  ): Promise<void> {
    const requests: WriteRequest[] = entries.map((entry, index) => ({
      PutRequest: {
        Item: { pk: versionPk(version), sk: entrySk(index), entryId: entry.id, data: JSON.stringify(entry), analysis: JSON.stringify(analysis.entries[entry.id]) },
      },
    }));
    await this.writeItems(version, requests, onProgress);
    await this.writeItems(
      version,
      indexParts(analysis.index, this.indexPartLength).map((data, part) => ({ PutRequest: { Item: { pk: versionPk(version), sk: indexSk(part), data } } })),
    );
  }

  /** One chunk at a time, in order: a publish is an admin's occasional command, never in a hurry, and its progress reads in order. */
  private writeItems(version: string, requests: WriteRequest[], onProgress?: (written: number, total: number) => void): Promise<void> {
    return this.send("write the entries of", version, () => batchWrite(this.options.doc, this.options.tableName, requests, { concurrency: 1, onProgress }));
  }

  private async discard(version: string): Promise<void> {
    const keys = await this.versionItems(version, "pk, sk");
    await batchWrite(this.options.doc, this.options.tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));
  }

  /** Every item of a version, every page, strongly consistent; only the attributes `projection` names, if given. */
  private async versionItems(version: string, projection?: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const input = { TableName: this.options.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": versionPk(version) }, ConsistentRead: true };
    for await (const page of paginateQuery({ client: this.options.doc }, projection ? { ...input, ProjectionExpression: projection } : input)) items.push(...(page.Items ?? []));
    return items;
  }

  private async switchTo(info: ContentVersionInfo): Promise<PublishOutcome> {
    try {
      // Forward only: a slower, older publish never replaces a newer active version, nor a
      // rollback decided after it started (a pointer's sequence never exceeds its revision;
      // pointers written before revisions existed have only the sequence).
      await this.movePointer(info, info.sequence, "forward");
      return { outcome: "published", version: info };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const active = await this.active();
        if (active) return { outcome: "superseded", version: info, active };
      }
      throw new ContentRepositoryError(`Content: switching the active version to ${info.version} failed: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Sets the pointer to `target`, with the `revision` of the decision that moves it, if the pointer
   * is as `condition` requires (otherwise DynamoDB's ConditionalCheckFailedException):
   * - `{ from }`: on that version, and not moved since by a later decision (activate);
   * - "first": there is none yet (activate);
   * - "forward": older than `revision`, by sequence and by revision (publish).
   */
  private async movePointer(target: ContentVersionInfo, revision: number, condition: { from: string } | "first" | "forward"): Promise<void> {
    const conditions = {
      first: "attribute_not_exists(#version)",
      forward: "(attribute_not_exists(#sequence) OR #sequence < :revision) AND (attribute_not_exists(#revision) OR #revision < :revision)",
      from: "#version = :current AND (attribute_not_exists(#revision) OR #revision < :revision)",
    };
    await this.options.doc.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: { pk: META_PK, sk: ACTIVE_SK },
        UpdateExpression:
          "SET #version = :version, #sequence = :sequence, digest = :digest, publishedAt = :publishedAt, entryCount = :entryCount, #revision = :revision",
        ConditionExpression: typeof condition === "string" ? conditions[condition] : conditions.from,
        ExpressionAttributeNames: { "#version": "version", "#sequence": "sequence", "#revision": "revision" },
        ExpressionAttributeValues: {
          ":version": target.version,
          ":sequence": target.sequence,
          ":digest": target.digest,
          ":publishedAt": target.publishedAt,
          ":entryCount": target.entryCount,
          ":revision": revision,
          ...(typeof condition === "string" ? {} : { ":current": condition.from }),
        },
      }),
    );
  }

  private async send<T>(what: string, version: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ContentRepositoryError) throw error;
      const target = version ? ` ${version}` : "";
      throw new ContentRepositoryError(`Content: could not ${what}${target}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/**
 * True when a version's entry items hold exactly the entries validated when it was published, by
 * the entry schema of this code: their JSON texts give the manifest's digest (SHA-256, computed at
 * publish over the validated entries) and the manifest names this schema version.
 */
function asValidatedAtPublish(manifest: Record<string, unknown>, items: Record<string, unknown>[], digest: string): boolean {
  if (manifest.entrySchema !== CONTENT_ENTRY_SCHEMA_VERSION) return false;
  const stored: { id: string; json: string }[] = [];
  for (const item of items) {
    if (typeof item.entryId !== "string" || typeof item.data !== "string") return false;
    stored.push({ id: item.entryId, json: item.data });
  }
  return jsonContentDigest(stored) === digest;
}

/**
 * The stored analysis of a version's entries, or undefined when any part is missing or malformed
 * (a version published before analyses were stored): it is an optimisation, the entries are
 * analyzed again without it, never a reason to refuse the content.
 */
function readAnalysis(
  manifest: Record<string, unknown>,
  items: Record<string, unknown>[],
  entries: readonly ContentEntry[],
  versionItems: Record<string, unknown>[],
): ContentAnalysis | undefined {
  if (typeof manifest.analyzer !== "string") return undefined;
  const analyzed: Record<string, EntryAnalysis> = {};
  for (const [index, item] of items.entries()) {
    if (typeof item.analysis !== "string") return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(item.analysis);
    } catch {
      return undefined;
    }
    if (!isEntryAnalysis(parsed)) return undefined;
    analyzed[(entries[index] as ContentEntry).id] = parsed;
  }
  const index = readIndex(manifest, versionItems);
  return { analyzer: manifest.analyzer, entries: analyzed, ...(index !== undefined ? { index } : {}) };
}

/** The stored search index, or undefined when it is absent or incomplete (it is then built at load). */
function readIndex(manifest: Record<string, unknown>, versionItems: Record<string, unknown>[]): string | undefined {
  const parts = versionItems
    .filter((item) => typeof item.sk === "string" && item.sk.startsWith(INDEX_SK_PREFIX))
    .sort(bySortKey);
  if (typeof manifest.indexParts !== "number" || manifest.indexParts === 0 || parts.length !== manifest.indexParts) return undefined;
  if (!parts.every((part) => typeof part.data === "string")) return undefined;
  return parts.map((part) => part.data as string).join("");
}

function toInfo(item: Record<string, unknown>): ContentVersionInfo {
  const { version, sequence, digest, publishedAt, entryCount } = item;
  if (typeof version !== "string" || typeof sequence !== "number" || typeof digest !== "string" || typeof publishedAt !== "string" || typeof entryCount !== "number") {
    throw new ContentRepositoryError(`Content: malformed version description ${JSON.stringify({ version, sequence })}.`);
  }
  return { version, sequence, digest, publishedAt, entryCount };
}
