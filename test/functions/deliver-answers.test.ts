import type { DynamoDBStreamEvent } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deliverRecords } from "../../functions/deliver-answers";
import type { HandoffRequest } from "../../domain/events/events.schema";
import type { AnswerDeliverer } from "../../domain/ports/answer-deliverer";
import { InMemoryEventsRepository } from "../../infra/events/in-memory-events.repository";

const request: HandoffRequest = {
  id: "261127-K7Q2X",
  createdAt: "2026-11-27T19:00:00.000Z",
  language: "fr",
  channel: "msteams",
  question: "Question",
  status: "open",
  reach: "teams-chat",
  teamsChat: { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "a:1chat" },
};

const record = (sequence: string, image: Record<string, { S: string }>) => ({ eventName: "MODIFY", dynamodb: { SequenceNumber: sequence, NewImage: image } });
const stream = (...records: ReturnType<typeof record>[]) => ({ Records: records }) as unknown as DynamoDBStreamEvent;

afterEach(() => vi.restoreAllMocks());

describe("the events stream's function (deliver-answers)", () => {
  it("reads each request again and hands it to the delivery; other items are skipped", async () => {
    const events = new InMemoryEventsRepository();
    await events.recordHandoff(request);
    const delivered: HandoffRequest[] = [];
    const delivery: AnswerDeliverer = { deliver: async (r) => (delivered.push(r), { outcome: "delivered", at: "2026-11-30T10:00:00.000Z" }) };
    const result = await deliverRecords(stream(record("1", { pk: { S: "HANDOFF" }, id: { S: request.id } }), record("2", { pk: { S: "FEEDBACK" }, id: { S: "x" } }), record("3", { pk: { S: "HANDOFF" }, id: { S: "261127-GONE0" } })), { events, delivery });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(delivered.map((r) => r.id)).toEqual([request.id]);
  });

  it("fails only the record whose delivery met a fault (the stream retries it a bounded number of times)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const events = new InMemoryEventsRepository();
    await events.recordHandoff(request);
    const delivery: AnswerDeliverer = {
      deliver: async () => {
        throw new Error("DynamoDB unavailable");
      },
    };
    const result = await deliverRecords(stream(record("7", { pk: { S: "HANDOFF" }, id: { S: request.id } })), { events, delivery });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: "7" }] });
    expect(vi.mocked(console.error).mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringContaining('"event":"answer_delivery_fault"'));
  });
});
