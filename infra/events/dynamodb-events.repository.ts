import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { paginateQuery } from "@aws-sdk/lib-dynamodb";
import {
  answeredQuestionSchema,
  handoffAnswerSchema,
  handoffDeliverySchema,
  type HandoffAnswer,
  type HandoffDelivery,
  feedbackSchema,
  handoffRequestSchema,
  unansweredQuestionSchema,
  type AnsweredQuestion,
  type Feedback,
  type HandoffRequest,
  type HandoffStatus,
  type UnansweredQuestion,
} from "../../domain/events/events.schema";
import type { AnswerHandoffOutcome, CloseHandoffOutcome, EventsRepository, HandoffClosure, TimeRange } from "../../domain/ports/events.repository";
import { putItem } from "../dynamodb/collected-writes";
import { TTL_ATTRIBUTE } from "../dynamodb/tables";

/**
 * Events on the `events` table. Key design (advisor-scale volumes: thousands a year, read by reports
 * and the inbox, never on a learner's turn):
 *   handoff requests     pk "HANDOFF"     sk "<createdAt>#<id>"   plus a pointer pk "HANDOFF#<id>" sk "REF",
 *                        and one per conversation pk "HANDOFF#CONV#<hash of the conversation id>" sk "<createdAt>#<id>",
 *                        and one per signed-in learner pk "HANDOFF#LEARNER#<hash of the learner id>" sk "<createdAt>#<id>"
 *   feedback votes       pk "FEEDBACK"    sk "<at>#<id>"
 *   answered questions   pk "ANSWERED"    sk "<at>#<id>"
 *   unanswered questions pk "UNANSWERED"  sk "<at>#<id>"
 * Sort keys start with the ISO instant so a time range is one key condition. Every item expires
 * through TTL (`expiresAt`), with a retention per kind. The record* methods only put items, so a
 * learner's turn can carry them in the same write as its conversation state.
 */
export interface DynamoDbEventsRepositoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  handoffTtlSeconds: number;
  eventTtlSeconds: number;
}

/** Bounds of a key range when the caller gives none: every ISO instant sorts between them. */
const END = "\uffff";

export class DynamoDbEventsRepository implements EventsRepository {
  constructor(private readonly options: DynamoDbEventsRepositoryOptions) {}

  async recordHandoff(request: HandoffRequest): Promise<void> {
    const valid = handoffRequestSchema.parse(request);
    const sk = `${valid.createdAt}#${valid.id}`;
    const expiresAt = epochSeconds(valid.createdAt) + this.options.handoffTtlSeconds;
    await this.put({ pk: "HANDOFF", sk, ...valid, [TTL_ATTRIBUTE]: expiresAt });
    await this.put({ pk: `HANDOFF#${valid.id}`, sk: "REF", ref: sk, [TTL_ATTRIBUTE]: expiresAt });
    if (valid.conversationId) await this.put({ pk: conversationKey(valid.conversationId), sk, ref: sk, [TTL_ATTRIBUTE]: expiresAt });
    if (valid.learnerId) await this.put({ pk: learnerKey(valid.learnerId), sk, ref: sk, [TTL_ATTRIBUTE]: expiresAt });
  }

  async answerHandoff(id: string, answer: HandoffAnswer, delivery: HandoffDelivery): Promise<AnswerHandoffOutcome> {
    const sk = await this.handoffKey(id);
    if (!sk) return { outcome: "not-found" };
    const valid = { answer: handoffAnswerSchema.parse(answer), delivery: handoffDeliverySchema.parse(delivery) };
    try {
      const { Attributes } = await this.options.doc.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: "HANDOFF", sk },
          UpdateExpression: "SET #status = :answered, #answer = :answer, #delivery = :delivery",
          // Only an open request takes an answer: a second answer must not replace the first unseen.
          ConditionExpression: "attribute_exists(pk) AND #status = :open",
          ExpressionAttributeNames: { "#status": "status", "#answer": "answer", "#delivery": "delivery" },
          ExpressionAttributeValues: { ":answered": "answered", ":open": "open", ":answer": valid.answer, ":delivery": valid.delivery },
          ReturnValues: "ALL_NEW",
        }),
      );
      return { outcome: "answered", request: handoffRequestSchema.parse(strip(Attributes ?? {})) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getHandoff(id);
      if (!current) return { outcome: "not-found" };
      return current.status === "closed" ? { outcome: "closed", request: current } : { outcome: "already-answered", request: current };
    }
  }

  async markDelivery(id: string, delivery: HandoffDelivery): Promise<void> {
    const sk = await this.handoffKey(id);
    if (!sk) return;
    await this.options.doc.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: { pk: "HANDOFF", sk },
        UpdateExpression: "SET #delivery = :delivery",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#delivery": "delivery" },
        ExpressionAttributeValues: { ":delivery": handoffDeliverySchema.parse(delivery) },
      }),
    );
  }

  async claimDelivery(id: string, at: string): Promise<HandoffRequest | undefined> {
    const sk = await this.handoffKey(id);
    if (!sk) return undefined;
    try {
      const { Attributes } = await this.options.doc.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: "HANDOFF", sk },
          UpdateExpression: "SET #delivery = :sending",
          // Only one deliverer gets a pending answer: the stream and the channel's action may both try.
          ConditionExpression: "attribute_exists(pk) AND #status = :answered AND #delivery.#dstatus = :pending",
          ExpressionAttributeNames: { "#status": "status", "#delivery": "delivery", "#dstatus": "status" },
          ExpressionAttributeValues: { ":answered": "answered", ":pending": "pending", ":sending": handoffDeliverySchema.parse({ status: "sending", at }) },
          ReturnValues: "ALL_NEW",
        }),
      );
      return handoffRequestSchema.parse(strip(Attributes ?? {}));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async handoffsOfConversation(conversationId: string): Promise<HandoffRequest[]> {
    return this.handoffsOf(conversationKey(conversationId));
  }

  async handoffsOfLearner(learnerId: string): Promise<HandoffRequest[]> {
    return this.handoffsOf(learnerKey(learnerId));
  }

  private async handoffsOf(pk: string): Promise<HandoffRequest[]> {
    const refs = await this.query(pk, {});
    const requests = await Promise.all(
      refs.map(async (ref) => {
        const { Item } = await this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: "HANDOFF", sk: ref.ref }, ConsistentRead: true }));
        return Item && !expired(Item) ? handoffRequestSchema.parse(strip(Item)) : undefined;
      }),
    );
    return requests.filter((request): request is HandoffRequest => request !== undefined);
  }

  async listHandoffs(filter: TimeRange & { status?: HandoffStatus } = {}): Promise<HandoffRequest[]> {
    const items = await this.query("HANDOFF", filter, filter.status ? { name: "status", value: filter.status } : undefined);
    return items.map((item) => handoffRequestSchema.parse(strip(item)));
  }

  async getHandoff(id: string): Promise<HandoffRequest | undefined> {
    const sk = await this.handoffKey(id);
    if (!sk) return undefined;
    const { Item } = await this.options.doc.send(new GetCommand({ TableName: this.options.tableName, Key: { pk: "HANDOFF", sk }, ConsistentRead: true }));
    return Item && !expired(Item) ? handoffRequestSchema.parse(strip(Item)) : undefined;
  }

  async closeHandoff(id: string, closure: HandoffClosure): Promise<CloseHandoffOutcome> {
    const sk = await this.handoffKey(id);
    if (!sk) return { outcome: "not-found" };
    const names: Record<string, string> = { "#status": "status", "#closedAt": "closedAt" };
    const values: Record<string, unknown> = { ":closed": "closed", ":closedAt": closure.closedAt };
    const sets = ["#status = :closed", "#closedAt = :closedAt"];
    if (closure.closedBy) {
      names["#closedBy"] = "closedBy";
      values[":closedBy"] = closure.closedBy;
      sets.push("#closedBy = :closedBy");
    }
    if (closure.resolution) {
      names["#resolution"] = "resolution";
      values[":resolution"] = closure.resolution.slice(0, 1_000);
      sets.push("#resolution = :resolution");
    }
    try {
      const { Attributes } = await this.options.doc.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: "HANDOFF", sk },
          UpdateExpression: `SET ${sets.join(", ")}`,
          // Closing twice would overwrite who closed it and how: the first closure stands.
          ConditionExpression: "attribute_exists(pk) AND #status <> :closed",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: "ALL_NEW",
        }),
      );
      return { outcome: "closed", request: handoffRequestSchema.parse(strip(Attributes ?? {})) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getHandoff(id);
      return current ? { outcome: "already-closed", request: current } : { outcome: "not-found" };
    }
  }

  async recordAnswered(answered: AnsweredQuestion): Promise<void> {
    const valid = answeredQuestionSchema.parse(answered);
    await this.put({ pk: "ANSWERED", sk: `${valid.at}#${valid.id}`, ...valid, [TTL_ATTRIBUTE]: epochSeconds(valid.at) + this.options.eventTtlSeconds });
  }

  async listAnswered(range: TimeRange = {}): Promise<AnsweredQuestion[]> {
    return (await this.query("ANSWERED", range)).map((item) => answeredQuestionSchema.parse(strip(item)));
  }

  private async handoffKey(id: string): Promise<string | undefined> {
    const { Item } = await this.options.doc.send(
      new GetCommand({ TableName: this.options.tableName, Key: { pk: `HANDOFF#${id}`, sk: "REF" }, ConsistentRead: true }),
    );
    return Item && !expired(Item) && typeof Item.ref === "string" ? Item.ref : undefined;
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    const valid = feedbackSchema.parse(feedback);
    await this.put({ pk: "FEEDBACK", sk: `${valid.at}#${valid.id}`, ...valid, [TTL_ATTRIBUTE]: epochSeconds(valid.at) + this.options.eventTtlSeconds });
  }

  async listFeedback(range: TimeRange = {}): Promise<Feedback[]> {
    return (await this.query("FEEDBACK", range)).map((item) => feedbackSchema.parse(strip(item)));
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<void> {
    const valid = unansweredQuestionSchema.parse(question);
    await this.put({ pk: "UNANSWERED", sk: `${valid.at}#${valid.id}`, ...valid, [TTL_ATTRIBUTE]: epochSeconds(valid.at) + this.options.eventTtlSeconds });
  }

  async listUnanswered(range: TimeRange = {}): Promise<UnansweredQuestion[]> {
    return (await this.query("UNANSWERED", range)).map((item) => unansweredQuestionSchema.parse(strip(item)));
  }

  /** One PutItem, or, on a learner's turn, an item of the turn's single write (infra/dynamodb/collected-writes.ts). */
  private async put(item: Record<string, unknown>): Promise<void> {
    await putItem(this.options.doc, { TableName: this.options.tableName, Item: item });
  }

  private async query(pk: string, range: TimeRange, equals?: { name: string; value: string }): Promise<Record<string, unknown>[]> {
    const input: QueryCommandInput = {
      TableName: this.options.tableName,
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: { ":pk": pk, ":from": range.from ?? "0", ":to": range.to ? range.to : END },
      ConsistentRead: true,
    };
    if (equals) {
      input.FilterExpression = "#f = :f";
      input.ExpressionAttributeNames = { "#f": equals.name };
      input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ":f": equals.value };
    }
    const now = Math.floor(Date.now() / 1000);
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateQuery({ client: this.options.doc }, input)) {
      for (const item of page.Items ?? []) {
        // TTL deletion lags; an expired event is gone for every reader.
        if (typeof item[TTL_ATTRIBUTE] === "number" && item[TTL_ATTRIBUTE] <= now) continue;
        // BETWEEN is inclusive: the range's end is exclusive.
        if (range.to && typeof item.sk === "string" && item.sk >= range.to) continue;
        items.push(item);
      }
    }
    return items;
  }
}

/** TTL deletion lags: an expired item is gone for every reader. */
function expired(item: Record<string, unknown>): boolean {
  return typeof item[TTL_ATTRIBUTE] === "number" && item[TTL_ATTRIBUTE] <= Math.floor(Date.now() / 1000);
}

/** A conversation's requests, keyed by a hash of its id: channels' ids are long and unbounded. */
function conversationKey(conversationId: string): string {
  return `HANDOFF#CONV#${createHash("sha256").update(conversationId).digest("hex").slice(0, 32)}`;
}

/** A learner's requests, keyed by a hash of their id: no learner id in a key. */
function learnerKey(learnerId: string): string {
  return `HANDOFF#LEARNER#${createHash("sha256").update(learnerId).digest("hex").slice(0, 32)}`;
}

function strip(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, [TTL_ATTRIBUTE]: _ttl, ...rest } = item;
  return rest;
}

function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
