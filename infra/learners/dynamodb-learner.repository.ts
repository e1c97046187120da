import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { learnerSchema, type LearnerRecord } from "../../domain/learner/learner.schema";
import type { LearnerRepository } from "../../domain/ports/learner.repository";
import { problemsInOneLine, validate } from "../../domain/validation/validation-problems";
import { batchWrite, type BatchOptions } from "../dynamodb/batch";
import { readOnce, turnItemId, type TurnItems } from "./turn-items";
import { InfraError } from "../errors";

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
 *
 * Inside a turn, an item already read in that run of the turn (along with the conversation state,
 * in the same BatchGetItem, or by an earlier call) is used instead of being read again: one round
 * trip for the state and the learner's items, and each item read once per run.
 */
export const LEARNER_SCHEMA_VERSION = 1;
export const RECORD_SORT_KEY = "RECORD";

export function learnerKey(id: string): { pk: string; sk: string } {
  return { pk: `LEARNER#${id}`, sk: RECORD_SORT_KEY };
}

export function teamsLinkKey(tenantId: string, objectId: string): { pk: string; sk: string } {
  return { pk: `TEAMS#${tenantId.toLowerCase()}#${objectId.toLowerCase()}`, sk: "LINK" };
}

export class LearnerRepositoryError extends InfraError {}

export interface DynamoDbLearnerRepositoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  batch?: BatchOptions;
  /** The items read in the current run of a turn; undefined outside a turn, where each call reads. */
  turnItems?: () => TurnItems | undefined;
}

/** A learners-table record item as stored, checked: the same parsing whether it was read alone or along with the state. */
export function parseLearnerItem(item: Record<string, unknown>): LearnerRecord {
  if (item.schemaVersion !== LEARNER_SCHEMA_VERSION) {
    throw new LearnerRepositoryError(`Learner record ${String(item.pk)} has schemaVersion ${String(item.schemaVersion)}; this code reads ${LEARNER_SCHEMA_VERSION}.`);
  }
  const parsed = validate(learnerSchema, item.data);
  if (!parsed.ok) throw new LearnerRepositoryError(`Learner record ${String(item.pk)} is not valid: ${problemsInOneLine(parsed.problems)}`);
  return parsed.value;
}

/** The learner a Teams link item names, or undefined. */
export function linkedLearnerId(item: Record<string, unknown> | undefined): string | undefined {
  return typeof item?.learnerId === "string" ? item.learnerId : undefined;
}

export class DynamoDbLearnerRepository implements LearnerRepository {
  constructor(private readonly options: DynamoDbLearnerRepositoryOptions) {}

  async getLearner(id: string): Promise<LearnerRecord | undefined> {
    const item = await this.item(learnerKey(id));
    return item ? parseLearnerItem(item) : undefined;
  }

  async saveLearners(learners: readonly LearnerRecord[]): Promise<void> {
    const requests = learners.flatMap((learner) => [
      { PutRequest: { Item: { ...learnerKey(learner.id), schemaVersion: LEARNER_SCHEMA_VERSION, data: learner } } },
      ...(learner.teams ? [{ PutRequest: { Item: { ...teamsLinkKey(learner.teams.tenantId, learner.teams.objectId), learnerId: learner.id } } }] : []),
    ]);
    await batchWrite(this.options.doc, this.options.tableName, requests, this.options.batch);
    this.forget(requests.map((request) => request.PutRequest.Item));
  }

  async findByTeamsAccount(tenantId: string, objectId: string): Promise<string | undefined> {
    const learnerId = linkedLearnerId(await this.item(teamsLinkKey(tenantId, objectId)));
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
    this.forget([learnerKey(id), ...(record?.teams ? [teamsLinkKey(record.teams.tenantId, record.teams.objectId)] : [])]);
  }

  /** One item, strongly consistent: from this run of the turn's items when it was read there already. */
  private item(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { doc, tableName } = this.options;
    return readOnce(this.options.turnItems?.(), tableName, key, async () => (await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item);
  }

  /** After a write, this run of the turn no longer holds what it read of those items. */
  private forget(keys: readonly { pk: string; sk: string }[]): void {
    const items = this.options.turnItems?.();
    for (const key of keys) items?.delete(turnItemId(this.options.tableName, key));
  }
}
