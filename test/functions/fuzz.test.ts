import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { MAX_BODY_BYTES, MAX_TEXT_CHARS } from "../../functions/http/bot-http";
import { isolatedTables, type TestDynamo } from "../support/dynamo";
import { httpApiEvent, messageActivity, replyTexts } from "../support/activities";
import { startFakeConnector, type FakeConnector } from "./auth/fake-connector";

/**
 * Property: whatever arrives on /api/messages, the Lambda handler answers (never throws), never with
 * a 5xx, always with a JSON body that says what was wrong when it refuses; and the conversation
 * state it leaves in DynamoDB stays readable. Runs the anonymous local stack on DynamoDB Local;
 * replies with normal delivery go to a fake connector on loopback (no request leaves the machine).
 */
const RUNS = 300;

let handler: typeof import("../../functions/messages").handler;
let dynamo: TestDynamo;
let connector: FakeConnector;

beforeAll(async () => {
  dynamo = await isolatedTables();
  connector = await startFakeConnector();
  Object.assign(process.env, { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix });
  ({ handler } = await import("../../functions/messages"));
  // Refusals and turn errors are logged; thousands of lines would drown the report.
  for (const level of ["error", "warn", "log"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await connector.close();
});

/** A few conversations shared by many runs, so odd turns land on state that earlier turns wrote. */
const CONVERSATIONS = ["fuzz-a", "fuzz-b", "fuzz-c", "19:fuzz@thread.v2", "a".repeat(300)];

/** Picks among values with weights, so most requests get past the first check and reach the turn. */
function weighted<T>(...choices: [T, number][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddCharacter = fc.oneof(
  fc.constantFrom("\u0000", "\u202e", "\u200b", "\ufeff", "\u{1f600}", "👩‍🎓", "é", "e\u0301", "\\", '"', "\n", "</script>", "${x}", "%s"),
  loneSurrogate,
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const oddText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: oddCharacter, maxLength: 100 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_TEXT_CHARS - 1, MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1, 20_000, MAX_BODY_BYTES + 1).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1).map((n) => "😀".repeat(n)) },
);

/**
 * Only the fake connector or strings refused as URLs: a reply to a closed port makes botbuilder
 * retry for ~10 s, which would turn the fuzz into a wait (and says nothing about the input).
 */
const serviceUrl = () =>
  weighted<string>([connector.serviceUrl, 12], [`${connector.serviceUrl}emea/`, 2], ["not a url", 1], ["", 1], ["ftp://127.0.0.1/", 1], ["//127.0.0.1", 1]);

/** Activities a channel might plausibly send, with every field drawn from odd but typed values. */
const plausibleActivity = () =>
  fc.record(
    {
      type: weighted<string>(["message", 12], ["conversationUpdate", 3], ["messageReaction", 1], ["typing", 1], ["endOfConversation", 1], ["event", 1], ["installationUpdate", 1], ["invoke", 1], ["trace", 1], ["", 1]),
      id: fc.oneof(fc.uuid(), fc.string()),
      text: oddText,
      channelId: weighted<string>(["emulator", 8], ["webchat", 4], ["directline", 4], ["msteams", 1], ["AseChannel", 1], ["", 1]),
      serviceUrl: serviceUrl(),
      deliveryMode: weighted<string>(["expectReplies", 6], ["normal", 3], ["ephemeral", 1], ["", 1]),
      conversation: fc.record({
        id: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CONVERSATIONS) }, { weight: 1, arbitrary: fc.string({ unit: oddCharacter, minLength: 1, maxLength: 30 }) }),
      }),
      from: fc.record({ id: fc.oneof(fc.constant("learner-1"), fc.string({ unit: oddCharacter, minLength: 1, maxLength: 30 })), name: fc.string() }, { requiredKeys: ["id"] }),
      recipient: fc.record({ id: weighted(["ue-advisor", 8], ["", 1]) }),
      locale: fc.constantFrom("fr-FR", "en-US", "xx", "", "fr-FR-u-nu-arab", "🙂"),
      timestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string()),
      membersAdded: fc.array(fc.record({ id: fc.constantFrom("learner-1", "ue-advisor", "x") }), { maxLength: 3 }),
      attachments: fc.array(fc.record({ contentType: fc.string(), content: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 11 }),
      channelData: fc.oneof(fc.record({ tenant: fc.record({ id: fc.oneof(fc.uuid(), fc.string()) }) }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })),
      value: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ["type", "channelId", "serviceUrl", "conversation", "from"] },
  );

const knownFields = ["type", "text", "channelId", "serviceUrl", "deliveryMode", "conversation", "from", "recipient", "locale", "timestamp", "membersAdded", "membersRemoved", "attachments", "entities", "channelData", "value", "replyToId", "id", "name", "valueType", "expiration", "localTimestamp", "callerId"];

/** A message every check accepts: the base of the mutations, so that the mutated field decides. */
const goodActivity = () =>
  fc.record({
    type: fc.constantFrom("message", "conversationUpdate"),
    id: fc.uuid(),
    text: fc.string({ unit: oddCharacter, maxLength: 50 }),
    channelId: fc.constantFrom("emulator", "webchat", "directline"),
    serviceUrl: fc.constant(connector.serviceUrl),
    deliveryMode: fc.constantFrom("expectReplies", "normal"),
    conversation: fc.record({ id: fc.constantFrom(...CONVERSATIONS) }),
    from: fc.constant({ id: "learner-1", name: "Learner" }),
    recipient: fc.constant({ id: "ue-advisor" }),
    locale: fc.constantFrom("fr-FR", "en-US"),
    membersAdded: fc.constant([{ id: "learner-1" }]),
  });

/** A good activity with one field replaced by anything, removed, or nested: wrong types in known fields. */
const mutatedActivity = () =>
  fc
    .tuple(goodActivity(), fc.constantFrom(...knownFields), fc.option(fc.anything({ maxDepth: 3 }), { nil: undefined }), fc.constantFrom("replace", "replace", "delete", "nest"))
    .map(([activity, field, value, how]) => {
      const copy: Record<string, unknown> = { ...activity };
      if (how === "delete") delete copy[field];
      else if (how === "nest" && typeof copy[field] === "object" && copy[field] !== null) copy[field] = { ...(copy[field] as object), id: value, extra: value };
      else copy[field] = value;
      return copy;
    });

const body = () =>
  fc.oneof(
    { weight: 6, arbitrary: plausibleActivity().map((activity) => JSON.stringify(activity)) },
    { weight: 4, arbitrary: mutatedActivity().map((activity) => JSON.stringify(activity)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "null", "[]", "{}", '{"type":null}', "{".repeat(5_000), "[".repeat(100_000), `"${"x".repeat(MAX_BODY_BYTES)}"`) },
  );

const request = () =>
  fc.record({
    body: body(),
    encoding: weighted(["plain", 8], ["base64", 3], ["bogus-base64", 1]),
    method: weighted(["POST", 20], ["GET", 1], ["PUT", 1], ["OPTIONS", 1]),
    contentType: weighted(["application/json", 12], ["application/json; charset=utf-8", 3], ["application/vnd.bot+json", 1], ["", 1], ["text/plain", 1], ["application/json\u0000", 1]),
    authorization: fc.option(fc.constantFrom("Bearer x.y.z", "Bearer", "Basic Zm9vOmJhcg==", "Bearer " + "a".repeat(10_000)), { nil: undefined, freq: 3 }),
  });

function toEvent(input: { body: string; encoding: string; method: string; contentType: string; authorization?: string }): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = { "content-type": input.contentType };
  if (input.authorization !== undefined) headers.authorization = input.authorization;
  const event = httpApiEvent(input.body, { base64: input.encoding === "base64", method: input.method, headers });
  if (input.encoding === "bogus-base64") return { ...event, isBase64Encoded: true };
  return event;
}

async function stateItems(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.doc.send(new ScanCommand({ TableName: dynamo.tables.state, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

describe("fuzzing the Lambda handler (fast-check, DynamoDB Local)", () => {
  it(`answers ${RUNS} arbitrary requests without a 5xx or a crash and leaves valid state`, async () => {
    // Known-good turns first, both deliveries, so the checks below have state and replies to look at.
    const welcome = await handler(httpApiEvent(JSON.stringify(messageActivity("bonjour", { conversation: { id: CONVERSATIONS[0] } }))));
    expect(replyTexts((welcome as APIGatewayProxyStructuredResultV2).body ?? "")).not.toEqual([]);
    await handler(httpApiEvent(JSON.stringify(messageActivity("bonjour", { conversation: { id: CONVERSATIONS[1] }, deliveryMode: undefined, serviceUrl: connector.serviceUrl }))));
    expect(connector.calls.length).toBeGreaterThan(0);

    const statuses = new Map<number, number>();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(request(), async (input) => {
        const response = (await handler(toEvent(input))) as APIGatewayProxyStructuredResultV2;
        const status = response.statusCode ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        if (status >= 400) {
          const payload = JSON.parse(response.body ?? "") as { error?: unknown; expected?: unknown };
          expect(typeof payload.error).toBe("string");
          expect(typeof payload.expected).toBe("string");
        } else if (response.body) {
          JSON.parse(response.body);
        }
      }),
      { numRuns: RUNS },
    );
    const elapsed = Date.now() - started;

    const items = await stateItems();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(typeof item.key).toBe("string");
      expect(typeof item.etag).toBe("string");
      expect((item.etag as string).length).toBeGreaterThan(0);
      const document: unknown = JSON.parse(item.doc as string);
      expect(typeof document).toBe("object");
      expect(document).not.toBeNull();
    }
    // A conversation the fuzz kept hitting still reads as a conversation the assistant knows.
    const again = (await handler(httpApiEvent(JSON.stringify(messageActivity("bonjour", { conversation: { id: CONVERSATIONS[0] }, id: randomUUID() }))))) as APIGatewayProxyStructuredResultV2;
    expect(again.statusCode).toBe(200);
    expect(replyTexts(again.body ?? "")).not.toEqual([]);

    process.stdout.write(`fuzz: ${RUNS} runs in ${elapsed} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ${items.length} state items\n`);
  }, 90_000);
});
