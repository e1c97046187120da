import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { isolatedTables } from "../support/dynamo";
import { httpApiEvent, messageActivity, replyTexts } from "../support/activities";

let handler: typeof import("../../functions/messages").handler;

beforeAll(async () => {
  const dynamo = await isolatedTables();
  process.env.STAGE = "local";
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_PREFIX = dynamo.prefix;
  ({ handler } = await import("../../functions/messages"));
});

async function post(body: string | undefined, options: Parameters<typeof httpApiEvent>[1] = {}) {
  return (await handler(httpApiEvent(body, options))) as APIGatewayProxyStructuredResultV2;
}

async function say(text: string, conversationId: string) {
  const response = await post(JSON.stringify(messageActivity(text, { conversation: { id: conversationId } })));
  expect(response.statusCode).toBe(200);
  return replyTexts(response.body ?? "");
}

describe("POST /api/messages (Lambda handler on DynamoDB Local)", () => {
  it("answers a message with the assistant's reply in the body (expectReplies)", async () => {
    const replies = await say("bonjour", `conv-${randomUUID()}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/assistant d'orientation du Cnam Paris/);
  });

  it("decodes a base64 body as API Gateway delivers it", async () => {
    const response = await post(JSON.stringify(messageActivity("bonjour", { conversation: { id: `conv-${randomUUID()}` } })), { base64: true });
    expect(response.statusCode).toBe(200);
    expect(replyTexts(response.body ?? "")[0]).toMatch(/Cnam Paris/);
  });

  it("keeps state across the turns of one conversation and separate between conversations", async () => {
    const [first, second] = [`conv-${randomUUID()}`, `conv-${randomUUID()}`];
    expect((await say("bonjour", first))[0]).toMatch(/^Bonjour ! Je suis/);
    // Welcomed once per conversation: the second greeting gets the short answer.
    expect((await say("bonjour", first))[0]).toBe("Bonjour ! Que puis-je faire pour vous ?");
    expect((await say("bonjour", second))[0]).toMatch(/^Bonjour ! Je suis/);
  });

  it("answers in English to someone who writes in English", async () => {
    const replies = await say("hello, how many hours is a unit of 6 credits?", `conv-${randomUUID()}`);
    expect(replies[0]).toMatch(/^A 6-ECTS unit matches 50 reference class hours/);
  });

  it.each([
    ["not JSON", "{not json", /not valid JSON/],
    ["an empty body", "", /not valid JSON/],
    ["a JSON array", "[]", /JSON array, not an object/],
    ["a JSON string", '"hello"', /JSON string, not an object/],
    ["JSON null", "null", /JSON null, not an object/],
    ["an object without type", JSON.stringify({ text: "hi" }), /type: /],
    ["an activity without conversation", JSON.stringify({ type: "message", channelId: "emulator", serviceUrl: "http://x", from: { id: "a" } }), /conversation: /],
    ["an activity with a numeric type", JSON.stringify({ ...messageActivity("x"), type: 42 }), /type: /],
  ])("refuses %s with 400 and a JSON error saying what is wrong", async (_label, body, message) => {
    const response = await post(body);
    expect(response.statusCode).toBe(400);
    const payload = JSON.parse(response.body ?? "{}") as { error: string; expected: string };
    expect(payload.error).toMatch(message);
    expect(payload.expected).toMatch(/activity|JSON/);
  });

  it("refuses a non-JSON content type with 415 and an oversize body with 413", async () => {
    expect((await post("type=message", { headers: { "content-type": "application/x-www-form-urlencoded" } })).statusCode).toBe(415);
    const huge = JSON.stringify(messageActivity("x".repeat(300 * 1024)));
    const response = await post(huge);
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(response.body ?? "{}").error).toMatch(/over the limit/);
  });

  it("refuses other methods with 405", async () => {
    expect((await post(undefined, { method: "GET" })).statusCode).toBe(405);
  });
});
