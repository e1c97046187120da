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
 */
export const LEARNER_SCHEMA_VERSION = 1;
export const RECORD_SORT_KEY = "RECORD";

export function learnerKey(id: string): { pk: string; sk: string } {
  return { pk: `LEARNER#${id}`, sk: RECORD_SORT_KEY };
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
    const requests = learners.map((learner) => ({
      PutRequest: { Item: { ...learnerKey(learner.id), schemaVersion: LEARNER_SCHEMA_VERSION, data: learner } },
    }));
    await batchWriteAll(this.options.doc, this.options.tableName, requests, this.options.batch);
  }

  async deleteLearner(id: string): Promise<void> {
    await this.options.doc.send(new DeleteCommand({ TableName: this.options.tableName, Key: learnerKey(id) }));
  }
}
