import { createHash, randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { TTL_ATTRIBUTE } from "../dynamodb/tables";

/**
 * The record of each activity the assistant processes, so a redelivered activity (same channel,
 * conversation and activity id: Teams retries after ~15 s, Direct Line does not de-duplicate) is
 * processed once and its replies are not sent twice.
 *
 * Items live in the `turns` table (TTL on `expiresAt`), one per activity:
 *
 *   pk "turn#<channel>/<conversation>/<activity>"   kind "turn"
 *   status "processing" (owner, leaseUntil) -> "done" (replies, learnerIds): only for expectReplies,
 *   whose redeliveries get the replies again; with normal delivery the claim is all there is (one
 *   write per turn), and once its lease passed the conversation state's journal tells a finished turn.
 *
 * A processing claim is taken with a conditional put: the first delivery wins; a redelivery sees
 * "in-progress" or "done". A claim whose lease has passed was left by a dead instance (Lambda
 * timeout, crash) and may be taken over. A failed turn releases its claim, so a redelivery runs it.
 * `conversationKey` names the conversation's state document (botbuilder's
 * "<channel>/conversations/<id>/") so an erasure finds the records of a conversation.
 */
export const TURN_PK_PREFIX = "turn#";
export const TURN_KIND = "turn";
/** DynamoDB partition keys are at most 2048 bytes; longer keys are stored by their hash. */
const MAX_KEY_BYTES = 1024;
/** Stored replies stay well under DynamoDB's 400 KB item limit; larger ones are not kept. */
export const MAX_STORED_REPLIES_BYTES = 300 * 1024;

export interface TurnKey {
  channelId: string;
  conversationId: string;
  activityId: string;
}

export interface TurnRecord {
  status: "processing" | "done";
  owner?: string;
  leaseUntil?: number;
  /** The replies sent, for deliveryMode expectReplies (nothing reaches the channel twice there). */
  replies?: Record<string, unknown>[];
  /** True when the replies were too large to keep. */
  repliesOmitted?: boolean;
}

export type Claim =
  | { outcome: "claimed"; owner: string }
  | { outcome: "done"; record: TurnRecord }
  | { outcome: "in-progress"; record: TurnRecord };

export interface ClaimDetails {
  /** The sender's channel accounts (from.id, Teams aadObjectId), for an erasure. */
  participants: string[];
}

export interface TurnLedger {
  claim(key: TurnKey, details: ClaimDetails): Promise<Claim>;
  read(key: TurnKey): Promise<TurnRecord | undefined>;
  /** Marks the claimed turn done; false if the claim was lost meanwhile (taken over after its lease). */
  complete(key: TurnKey, owner: string, outcome: { replies?: Record<string, unknown>[]; learnerIds?: string[] }): Promise<boolean>;
  /** Gives up a claim after a fault, so that a redelivery processes the activity. */
  release(key: TurnKey, owner: string): Promise<void>;
}

export interface DynamoDbTurnLedgerOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  ttlSeconds: number;
  leaseSeconds: number;
  now?: () => number;
}

/** botbuilder's ConversationState key (default namespace); test/infra/state/turn-ledger.test.ts checks they agree. */
export function conversationStateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

export function turnPk(key: TurnKey): string {
  const pk = `${TURN_PK_PREFIX}${key.channelId}/${key.conversationId}/${key.activityId}`;
  return Buffer.byteLength(pk, "utf8") <= MAX_KEY_BYTES ? pk : `${TURN_PK_PREFIX}sha256:${createHash("sha256").update(pk).digest("hex")}`;
}

export class DynamoDbTurnLedger implements TurnLedger {
  private readonly now: () => number;

  constructor(private readonly options: DynamoDbTurnLedgerOptions) {
    this.now = options.now ?? Date.now;
  }

  async claim(key: TurnKey, details: ClaimDetails): Promise<Claim> {
    const owner = randomUUID();
    const nowSeconds = Math.floor(this.now() / 1000);
    try {
      await this.options.doc.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            pk: turnPk(key),
            kind: TURN_KIND,
            conversationKey: conversationStateKey(key.channelId, key.conversationId),
            status: "processing",
            owner,
            leaseUntil: nowSeconds + this.options.leaseSeconds,
            participants: details.participants,
            [TTL_ATTRIBUTE]: nowSeconds + this.options.ttlSeconds,
          },
          // Absent, expired (TTL deletion lags), or abandoned by an instance that died mid-turn.
          ConditionExpression: "attribute_not_exists(pk) OR #ttl <= :now OR (#status = :processing AND leaseUntil <= :now)",
          ExpressionAttributeNames: { "#ttl": TTL_ATTRIBUTE, "#status": "status" },
          ExpressionAttributeValues: { ":now": nowSeconds, ":processing": "processing" },
        }),
      );
      return { outcome: "claimed", owner };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const record = await this.read(key);
    // Gone between the put and the read (released by a failed turn): the next poll claims it.
    if (!record) return { outcome: "in-progress", record: { status: "processing" } };
    return record.status === "done" ? { outcome: "done", record } : { outcome: "in-progress", record };
  }

  async read(key: TurnKey): Promise<TurnRecord | undefined> {
    const { Item } = await this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: turnPk(key) }, ConsistentRead: true }));
    if (!Item || (typeof Item[TTL_ATTRIBUTE] === "number" && Item[TTL_ATTRIBUTE] <= Math.floor(this.now() / 1000))) return undefined;
    return {
      status: Item.status === "done" ? "done" : "processing",
      ...(typeof Item.owner === "string" ? { owner: Item.owner } : {}),
      ...(typeof Item.leaseUntil === "number" ? { leaseUntil: Item.leaseUntil } : {}),
      ...(typeof Item.replies === "string" ? { replies: JSON.parse(Item.replies) as Record<string, unknown>[] } : {}),
      ...(Item.repliesOmitted === true ? { repliesOmitted: true } : {}),
    };
  }

  async complete(key: TurnKey, owner: string, outcome: { replies?: Record<string, unknown>[]; learnerIds?: string[] }): Promise<boolean> {
    const names: Record<string, string> = { "#status": "status" };
    const values: Record<string, unknown> = { ":done": "done", ":owner": owner, ":processing": "processing", ":completedAt": Math.floor(this.now() / 1000) };
    const sets = ["#status = :done", "completedAt = :completedAt"];
    if (outcome.replies) {
      const replies = JSON.stringify(outcome.replies);
      if (Buffer.byteLength(replies, "utf8") <= MAX_STORED_REPLIES_BYTES) {
        values[":replies"] = replies;
        sets.push("replies = :replies");
      } else {
        values[":omitted"] = true;
        sets.push("repliesOmitted = :omitted");
      }
    }
    if (outcome.learnerIds && outcome.learnerIds.length > 0) {
      values[":learnerIds"] = outcome.learnerIds;
      sets.push("learnerIds = :learnerIds");
    }
    try {
      await this.options.doc.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: turnPk(key) },
          UpdateExpression: `SET ${sets.join(", ")} REMOVE leaseUntil`,
          ConditionExpression: "#status = :processing AND #owner = :owner",
          ExpressionAttributeNames: { ...names, "#owner": "owner" },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(key: TurnKey, owner: string): Promise<void> {
    try {
      await this.options.doc.send(
        new DeleteCommand({
          TableName: this.options.tableName,
          Key: { pk: turnPk(key) },
          ConditionExpression: "#status = :processing AND #owner = :owner",
          ExpressionAttributeNames: { "#status": "status", "#owner": "owner" },
          ExpressionAttributeValues: { ":processing": "processing", ":owner": owner },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
