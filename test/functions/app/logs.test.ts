import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { DynamoDbCatalogRepository } from "../../../infra/catalog/dynamodb-catalog.repository";
import { publishContentFiles } from "../../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { loadDataFolder, SAMPLE_DATA_FOLDER } from "../../../infra/data-loader/data-folder.loader";
import { DynamoDbLearnerRepository } from "../../../infra/learners/dynamodb-learner.repository";
import { log, RateLimitedLog, withoutConsoleErrors } from "../../../functions/app/logging";
import { httpApiEvent, messageActivity } from "../../support/activities";
import { isolatedTables } from "../../support/dynamo";

let handler: typeof import("../../../functions/messages").handler;
let grades: string[] = [];

beforeAll(async () => {
  const dynamo = await isolatedTables();
  await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
  const learners = new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners });
  await loadDataFolder(SAMPLE_DATA_FOLDER, { catalog: new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }), learners });
  const record = await learners.getLearner("demo-06");
  grades = (record?.results ?? []).map((r) => String(r.grade));
  Object.assign(process.env, { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix });
  ({ handler } = await import("../../../functions/messages"));
}, 60_000);

afterEach(() => vi.restoreAllMocks());

function captureLogs(): () => Record<string, unknown>[] {
  const lines: string[] = [];
  for (const method of ["log", "warn", "error", "info"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
  return () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("structured logs", () => {
  it("carry a correlation id per turn and none of the learner's grades, tokens or words in a full eligibility conversation", async () => {
    expect(grades.length).toBeGreaterThan(0);
    const logs = captureLogs();
    const conversation = { id: `logs-${randomUUID()}` };
    const turns = ["bonjour", "puis-je m'inscrire à SEC105 ?", "S2", "j'ai eu 13,75/20 en SEC101, ai-je mes crédits ?", "où en suis-je dans ma licence ?"];
    const requestIds: string[] = [];
    for (const text of turns) {
      const event = httpApiEvent(JSON.stringify(messageActivity(text, { conversation, from: { id: "demo-06" } })), {
        headers: { authorization: "Bearer eyJhbGciOiJSUzI1NiJ9.secret-looking.token" },
      });
      requestIds.push(event.requestContext.requestId);
      const response = (await handler(event)) as APIGatewayProxyStructuredResultV2;
      expect(response.statusCode).toBe(200);
    }
    const lines = logs();
    expect(lines.length).toBeGreaterThanOrEqual(turns.length);
    for (const line of lines) {
      expect(line).toMatchObject({ level: expect.any(String), event: expect.any(String), time: expect.any(String) });
    }
    // Every turn logs its request under its own API Gateway request id.
    const requests = lines.filter((line) => line.event === "request");
    expect(requests.map((line) => line.correlationId)).toEqual(requestIds);
    const understood = lines.filter((line) => line.event === "understood");
    expect(understood.map((line) => line.intent)).toEqual(["greeting", "eligibility", "abstain", "grade", "progress"]);
    for (const line of understood) expect(requestIds).toContain(line.correlationId);

    const all = lines.map((line) => JSON.stringify(line)).join("\n");
    expect(all).not.toMatch(/\/20|13[.,]75/);
    // Numbers in logs are measurements and counts only: a grade has no field to travel in.
    const numericFields = new Set(lines.flatMap((line) => Object.entries(line).filter(([, v]) => typeof v === "number").map(([k]) => k)));
    expect([...numericFields].every((field) => ["status", "durationMs", "confidence", "units", "diplomas", "entries"].includes(field))).toBe(true);
    for (const line of lines) for (const key of Object.keys(line)) expect(key).not.toMatch(/grade|result|record/i);
    for (const grade of grades) expect(all).not.toContain(`${grade}/20`);
    expect(all).not.toMatch(/eyJhbGci|Bearer/);
    expect(all).not.toMatch(/inscrire|SEC105|licence/i);
  });

  it("drops fields that could carry user text, records or secrets, and bounds the rest", () => {
    const logs = captureLogs();
    log("info", "probe", { text: "mes notes", grade: 12, token: "abc", record: "x", nested: { a: 1 } as never, long: "x".repeat(500), ok: 1 });
    const [line] = logs();
    expect(line).not.toHaveProperty("text");
    expect(line).not.toHaveProperty("grade");
    expect(line).not.toHaveProperty("token");
    expect(line).not.toHaveProperty("record");
    expect(line).not.toHaveProperty("nested");
    expect((line?.long as string).length).toBeLessThanOrEqual(201);
    expect(line?.ok).toBe(1);
  });

  it("prints a fault's name, message and cause chain from the error itself", () => {
    const logs = captureLogs();
    const throttled = Object.assign(new Error("Rate of requests exceeds the allowed throughput."), { name: "ProvisionedThroughputExceededException" });
    const conflict = new TypeError("Storage: write refused", { cause: throttled });
    log("error", "probe", { error: new RangeError("The turn failed.", { cause: conflict }) });
    expect(logs()[0]).toMatchObject({
      event: "probe",
      error: "RangeError",
      message: "The turn failed.",
      cause: ["TypeError: Storage: write refused", "ProvisionedThroughputExceededException: Rate of requests exceeds the allowed throughput."],
    });
  });

  it("holds back a library's console.error lines inside withoutConsoleErrors only, and never the logger's own", async () => {
    const logs = captureLogs();
    let release!: () => void;
    const quiet = withoutConsoleErrors(async () => {
      console.error("Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----");
      await new Promise<void>((done) => (release = done));
      console.error(new Error("jwt expired"));
      log("error", "probe_inside");
    });
    // Another request at the same time writes as usual.
    console.error(JSON.stringify({ level: "error", event: "probe_outside" }));
    release();
    await quiet;
    expect(logs().map((line) => line.event)).toEqual(["probe_outside", "probe_inside"]);
  });

  it("writes at most a given number of lines of an event a minute, then says how many it left out", () => {
    const logs = captureLogs();
    let now = 0;
    const limited = new RateLimitedLog(3, () => now);
    for (let i = 0; i < 10; i++) limited.log("warn", "auth_refused", { reason: "expired" });
    expect(logs()).toHaveLength(3);
    now += 60_000;
    limited.log("warn", "auth_refused", { reason: "issuer" });
    expect(logs().at(-1)).toMatchObject({ event: "auth_refused", reason: "issuer", suppressed: 7 });
    limited.log("warn", "auth_refused", { reason: "issuer" });
    expect(logs().at(-1)).not.toHaveProperty("suppressed");
  });
});
