import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { learnerSchema, type LearnerRecord } from "../../domain/learner/learner.schema";
import type { LearnerRepository } from "../../domain/ports/learner.repository";
import { batchWriteAll, type BatchWriteOptions } from "../catalog/batch-write";

/**
 * Key design of the `learners` table (string pk + sk):
 *
 *   pk "LEARNER#<id>"  sk "RECORD"   data: the whole learner record
 *
 * Why one item per learner: every question the assistant answers about a learner (eligibility,
 * progress) needs the whole record, so one strongly consistent GetItem serves it, and the loader
 * replaces a record atomically. A record is a few KB (a learner takes some 10 units a year),
 * far below the 400 KB item limit. The partition is per learner, so if results later arrive one
 * by one from an exam feed, they can be added as items of the same partition
 * (sk "RESULT#<semester>#<unit>#<session>") and read with one Query, without moving any data.
 *
 *   pk "TEAMS#<tenant>#<objectId>"  sk "LINK"   learnerId: the record holding that Teams account
 *
 * The Teams link is an index written with the record; a lookup reads the record it names and
 * trusts it only if the record still holds that account, so a stale link names nobody.
 */
export const LEARNER_SCHEMA_VERSION = 1;
export const RECORD_SORT_KEY = "RECORD";

export function learnerKey(id: string): { pk: string; sk: string } {
  return { pk: `LEARNER#${id}`, sk: RECORD_SORT_KEY };
}

export function teamsLinkKey(tenantId: string, objectId: string): { pk: string; sk: string } {
  return { pk: `TEAMS#${tenantId.toLowerCase()}#${objectId.toLowerCase()}`, sk: "LINK" };
}

export class LearnerRepositoryError extends Error {
  override readonly name = "LearnerRepositoryError";
}

export interface DynamoDbLearnerRepositoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  batch?: BatchWriteOptions;
}

export class DynamoDbLearnerRepository implements LearnerRepository {
  constructor(private readonly options: DynamoDbLearnerRepositoryOptions) {}

  async getLearner(id: string): Promise<LearnerRecord | undefined> {
    const { Item } = await this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: learnerKey(id), ConsistentRead: true }));
    if (!Item) return undefined;
    if (Item.schemaVersion !== LEARNER_SCHEMA_VERSION) {
      throw new LearnerRepositoryError(`Learner record ${Item.pk} has schemaVersion ${Item.schemaVersion}; this code reads ${LEARNER_SCHEMA_VERSION}.`);
    }
    const parsed = learnerSchema.safeParse(Item.data);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(record)"}: ${issue.message}`);
      throw new LearnerRepositoryError(`Learner record ${Item.pk} is not valid: ${problems.join("; ")}`);
    }
    return parsed.data;
  }

  async saveLearners(learners: readonly LearnerRecord[]): Promise<void> {
    const requests = learners.flatMap((learner) => [
      { PutRequest: { Item: { ...learnerKey(learner.id), schemaVersion: LEARNER_SCHEMA_VERSION, data: learner } } },
      ...(learner.teams ? [{ PutRequest: { Item: { ...teamsLinkKey(learner.teams.tenantId, learner.teams.objectId), learnerId: learner.id } } }] : []),
    ]);
    await batchWriteAll(this.options.doc, this.options.tableName, requests, this.options.batch);
  }

  async findByTeamsAccount(tenantId: string, objectId: string): Promise<string | undefined> {
    const { Item } = await this.options.doc.send(
      new GetCommand({ TableName: this.options.tableName, Key: teamsLinkKey(tenantId, objectId), ConsistentRead: true }),
    );
    const learnerId = typeof Item?.learnerId === "string" ? Item.learnerId : undefined;
    if (!learnerId) return undefined;
    const record = await this.getLearner(learnerId);
    const holds =
      record?.teams && record.teams.tenantId.toLowerCase() === tenantId.toLowerCase() && record.teams.objectId.toLowerCase() === objectId.toLowerCase();
    return holds ? learnerId : undefined;
  }

  async deleteLearner(id: string): Promise<void> {
    const record = await this.getLearner(id).catch(() => undefined);
    if (record?.teams) {
      await this.options.doc.send(new DeleteCommand({ TableName: this.options.tableName, Key: teamsLinkKey(record.teams.tenantId, record.teams.objectId) }));
    }
    await this.options.doc.send(new DeleteCommand({ TableName: this.options.tableName, Key: learnerKey(id) }));
  }
}
