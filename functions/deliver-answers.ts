import type { DynamoDBBatchResponse, DynamoDBStreamEvent, DynamoDBRecord } from "aws-lambda";
import { CloudAdapter } from "botbuilder";
import { loadConfig } from "../infra/config/env";
import { createDynamoClients } from "../infra/dynamodb/client";
import { tableNames } from "../infra/dynamodb/tables";
import { DynamoDbEventsRepository } from "../infra/events/dynamodb-events.repository";
import type { AnswerDeliverer } from "../domain/ports/answer-deliverer";
import type { EventsRepository } from "../domain/ports/events.repository";
import { answerDeliveryOf, resolveSecrets } from "./app/composition-root";
import { createBotAuthentication } from "./http/bot-authentication";
import { log } from "./app/logging";

let started: Promise<{ events: EventsRepository; delivery: AnswerDeliverer }> | undefined;

/** Built once per cold start, like the messages function: the same configuration, secrets and adapter. */
async function start(): Promise<{ events: EventsRepository; delivery: AnswerDeliverer }> {
  const config = await resolveSecrets(loadConfig());
  const { doc } = createDynamoClients({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  const day = 86_400;
  const events = new DynamoDbEventsRepository({
    doc,
    tableName: tableNames(config.TABLE_PREFIX).events,
    handoffTtlSeconds: config.HANDOFF_TTL_DAYS * day,
    eventTtlSeconds: config.EVENTS_TTL_DAYS * day,
  });
  return { events, delivery: answerDeliveryOf(config, new CloudAdapter(createBotAuthentication(config)), events) };
}

/**
 * The id of the handoff request a stream record is about, when the record may carry an answer to post
 * (serverless.yml's filter already lets through only answered requests pending for Teams).
 */
export function handoffIdOf(record: DynamoDBRecord): string | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image || image.pk?.S !== "HANDOFF") return undefined;
  return image.id?.S;
}

/**
 * The events table's stream: posts an advisor's answer to the learner's Teams chat as soon as it is
 * recorded (by `npm run handoffs -- reply`; the advisors' channel action usually posted it already:
 * the claim makes the second attempt a no-op). The request is read again, consistently, rather than
 * trusted from the record. A refusal by Teams is recorded on the request, not thrown: only a fault
 * (DynamoDB, the bot's credentials) fails the record, which the stream retries a bounded number of
 * times (serverless.yml), never forever.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  started ??= start();
  started.catch(() => (started = undefined));
  return deliverRecords(event, await started);
}

/** The handler's work on given repositories (tests). */
export async function deliverRecords(event: DynamoDBStreamEvent, deps: { events: EventsRepository; delivery: AnswerDeliverer }): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    const id = handoffIdOf(record);
    if (!id) continue;
    try {
      const request = await deps.events.getHandoff(id);
      if (request) await deps.delivery.deliver(request);
    } catch (error) {
      log("error", "answer_delivery_fault", { requestId: id, error });
      if (record.dynamodb?.SequenceNumber) batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
    }
  }
  return { batchItemFailures };
}
