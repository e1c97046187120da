import { createHash } from "node:crypto";
import type { z } from "zod/v4";
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { CatalogData } from "../../domain/catalog/catalog";
import { diplomaSchema, type Diploma } from "../../domain/catalog/diploma.schema";
import { unitSchema, type Unit } from "../../domain/catalog/unit.schema";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";
import { problemsInOneLine, validate } from "../../domain/validation/validation-problems";
import { batchWrite, type BatchOptions } from "../dynamodb/batch";
import { InfraError } from "../errors";

/**
 * Key design of the `catalog` table (string pk + sk):
 *
 *   pk "UNIT"     sk "<unit code>"     e.g. UNIT / NFA031       data: the unit record
 *   pk "DIPLOMA"  sk "<diploma code>"  e.g. DIPLOMA / LG02501A  data: the diploma record
 *
 * Why one partition per record type rather than one per record: the assistant reads the whole
 * catalog at once and caches it per warm container, so the hot path is "all units" and "all
 * diplomas": two Queries, each a page or two (a few hundred units of ~1-2 KB; a Query page holds
 * 1 MB), already sorted by code, and blind to any other item type the table may hold later. A
 * single lookup stays a GetItem on (type, code). The catalog is small and read-mostly: writes come
 * only from the admin loader, far below one partition's limits (3,000 reads, 1,000 writes a second),
 * and reads are cached.
 *
 * Each item keeps the record whole under `data`, with `schemaVersion` so a future shape can be read
 * alongside the old one; records are validated again on read, since the table can be written by
 * other tools.
 *
 * `data` is the record as JSON text. The whole catalog is read at every cold start, and a record
 * stored as a DynamoDB map is walked attribute by attribute twice before it can be validated (the
 * SDK's deserializer, then the document client's unmarshalling): about 10 ms of a cold start's CPU
 * for the sample catalog, three times what parsing the same records as JSON costs. Items written as
 * a map (before this format) are still read; the next load of the catalog rewrites them.
 *
 * Records are validated when they are saved, and each item carries a stamp (`checked`): a hash of
 * its JSON text and of the version of the validation (CATALOG_VALIDATION_VERSION). A record read
 * back with a stamp that matches is exactly what was validated, by these rules, and is only parsed;
 * zod's checks are most of the CPU of reading the catalog at a cold start (about 10 ms). Any other
 * item (written by another tool, changed since, stamped under other rules, or a map) is validated
 * on read, as before.
 */
export const CATALOG_SCHEMA_VERSION = 1;

/**
 * Version of the records' validation (the zod schemas of domain/catalog): bump it with any change to
 * them, so that records stamped under the former rules are validated again when read. A test holds
 * a digest of those schemas and fails until it is bumped.
 */
export const CATALOG_VALIDATION_VERSION = 5;
export const UNIT_PARTITION = "UNIT";
export const DIPLOMA_PARTITION = "DIPLOMA";

export class CatalogRepositoryError extends InfraError {}

export interface DynamoDbCatalogRepositoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  batch?: BatchOptions;
}

interface CatalogItem {
  pk: string;
  sk: string;
  schemaVersion: number;
  /** The record as JSON text; a map in items written before. */
  data: unknown;
  /** stamp(pk, data) when the record was validated as it was saved. */
  checked?: unknown;
}

/** The stamp of a record validated as it was saved: its partition and JSON text, under these rules. */
export function stamp(pk: string, json: string): string {
  return createHash("sha256").update(`${CATALOG_VALIDATION_VERSION}\n${pk}\n${json}`).digest("hex").slice(0, 32);
}

export class DynamoDbCatalogRepository implements CatalogRepository {
  constructor(private readonly options: DynamoDbCatalogRepositoryOptions) {}

  async loadCatalog(): Promise<CatalogData> {
    const [units, diplomas] = await Promise.all([this.queryAll(UNIT_PARTITION), this.queryAll(DIPLOMA_PARTITION)]);
    return {
      units: units.map((item) => this.parse(item, unitSchema)),
      diplomas: diplomas.map((item) => this.parse(item, diplomaSchema)),
    };
  }

  async getUnit(code: string): Promise<Unit | undefined> {
    const item = await this.get(UNIT_PARTITION, code);
    return item && this.parse(item, unitSchema);
  }

  async getDiploma(code: string): Promise<Diploma | undefined> {
    const item = await this.get(DIPLOMA_PARTITION, code);
    return item && this.parse(item, diplomaSchema);
  }

  async saveUnits(units: readonly Unit[]): Promise<void> {
    await this.put(units.map((unit) => ({ pk: UNIT_PARTITION, sk: unit.code, data: this.validate(UNIT_PARTITION, unit.code, unit, unitSchema) })));
  }

  async saveDiplomas(diplomas: readonly Diploma[]): Promise<void> {
    await this.put(diplomas.map((diploma) => ({ pk: DIPLOMA_PARTITION, sk: diploma.code, data: this.validate(DIPLOMA_PARTITION, diploma.code, diploma, diplomaSchema) })));
  }

  private async put(items: { pk: string; sk: string; data: unknown }[]): Promise<void> {
    const requests = items.map(({ data, ...key }) => {
      const json = JSON.stringify(data);
      return { PutRequest: { Item: { ...key, schemaVersion: CATALOG_SCHEMA_VERSION, data: json, checked: stamp(key.pk, json) } } };
    });
    await batchWrite(this.options.doc, this.options.tableName, requests, this.options.batch);
  }

  private async get(pk: string, sk: string): Promise<CatalogItem | undefined> {
    const { Item } = await this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk, sk }, ConsistentRead: true }));
    return Item as CatalogItem | undefined;
  }

  private async queryAll(pk: string): Promise<CatalogItem[]> {
    const items: CatalogItem[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.options.doc.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": pk },
          ConsistentRead: true,
          ExclusiveStartKey,
        }),
      );
      items.push(...((page.Items ?? []) as CatalogItem[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  private parse<T>(item: CatalogItem, schema: z.ZodType<T>): T {
    if (item.schemaVersion !== CATALOG_SCHEMA_VERSION) {
      throw new CatalogRepositoryError(`Catalog item ${item.pk}/${item.sk} has schemaVersion ${item.schemaVersion}; this code reads ${CATALOG_SCHEMA_VERSION}.`);
    }
    let data = item.data;
    if (typeof data === "string") {
      const checked = item.checked === stamp(item.pk, data);
      try {
        data = JSON.parse(data);
      } catch {
        throw new CatalogRepositoryError(`Catalog item ${item.pk}/${item.sk} is not a valid record: its data is not JSON.`);
      }
      // Validated when it was saved, by these rules, and unchanged since.
      if (checked) return data as T;
    }
    return this.validate(item.pk, item.sk, data, schema);
  }

  private validate<T>(pk: string, sk: string, data: unknown, schema: z.ZodType<T>): T {
    const parsed = validate(schema, data);
    if (!parsed.ok) throw new CatalogRepositoryError(`Catalog item ${pk}/${sk} is not a valid record: ${problemsInOneLine(parsed.problems)}`);
    return parsed.value;
  }
}
