import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TABLES, TTL_ATTRIBUTE } from "../../infra/dynamodb/tables";
import { CHANNEL_REPLY_BUDGET_MS, loadConfig, worstCaseTurnMs } from "../../infra/config/env";

type Resource = { Type: string; Properties: Record<string, unknown> };
let resources: Record<string, Resource>;
const out = mkdtempSync(join(tmpdir(), "ue-advisor-package-"));

beforeAll(async () => {
  // Offline and without credentials, as CI and a new developer run it.
  await promisify(execFile)(join("node_modules", ".bin", "serverless"), ["package", "--stage", "test", "--package", out], {
    env: { ...process.env, AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_PROFILE: "" },
    timeout: 120_000,
  });
  resources = JSON.parse(readFileSync(join(out, "cloudformation-template-update-stack.json"), "utf8")).Resources;
}, 150_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

describe("serverless package: the functions' code", () => {
  it("is the bundle the tests run, byte for byte: serverless-esbuild builds with infra/build/bundle-options.ts", () => {
    const shipped = unzipSync(readFileSync(join(out, "messages.zip")))["functions/messages.js"];
    expect(shipped).toBeDefined();
    expect(Buffer.from(shipped!).equals(readFileSync(inject("productionBundle")))).toBe(true);
  });
});

describe("serverless package: the CloudFormation template", () => {
  const fn = (handler: string) => ofType("AWS::Lambda::Function").find((f) => f.Properties.Handler === handler);

  it("has the messages function on Node 22 with a timeout within the channel's reply budget", () => {
    expect(ofType("AWS::Lambda::Function").map((f) => f.Properties.Handler).sort()).toEqual(["functions/deliver-answers.handler", "functions/messages.handler", "functions/webchat-token.handler"]);
    const messages = fn("functions/messages.handler");
    expect(messages?.Properties).toMatchObject({ Handler: "functions/messages.handler", Runtime: "nodejs22.x" });
    expect(messages?.Properties.Timeout as number).toBeLessThanOrEqual(15);
    const variables = (messages?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    expect(variables).toMatchObject({ STAGE: "test", TABLE_PREFIX: "ue-advisor-test-" });
    expect(variables).not.toHaveProperty("MicrosoftAppPassword");
    // Website learners stay anonymous until the Direct Line channel's enhanced authentication is declared on.
    expect(variables.DIRECT_LINE_ENHANCED_AUTH).toBe("false");
  });

  it("sets the retention and the reply budget explicitly, and they pass the start-up checks within the function's timeout", () => {
    const messages = fn("functions/messages.handler");
    const variables = (messages?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    for (const name of ["STATE_TTL_DAYS", "HANDOFF_TTL_DAYS", "EVENTS_TTL_DAYS", "DYNAMODB_REQUEST_TIMEOUT_MS", "DYNAMODB_MAX_ATTEMPTS", "TURN_BUDGET_MS"]) {
      expect(variables, name).toHaveProperty(name);
    }
    const config = loadConfig({ ...variables, STAGE: "local" });
    expect(worstCaseTurnMs(config)).toBeLessThanOrEqual(Math.min(CHANNEL_REPLY_BUDGET_MS, (messages?.Properties.Timeout as number) * 1000));
  });

  it("has the webchat-token function, with the Direct Line secret's SSM name but never the secret", () => {
    const token = fn("functions/webchat-token.handler");
    expect(token?.Properties).toMatchObject({ Runtime: "nodejs22.x" });
    const variables = (token?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    expect(variables).toMatchObject({
      DIRECT_LINE_SECRET_PARAMETER: "/ue-advisor/test/direct-line-secret",
      DIRECT_LINE_ENDPOINT: expect.stringMatching(/^https:\/\/([a-z]+\.)?directline\.botframework\.com\/v3\/directline$/),
      WEBSITE_TOKEN_ALGORITHMS: "RS256",
    });
    expect(variables).not.toHaveProperty("DIRECT_LINE_SECRET");
  });

  it("routes POST /api/messages and POST /api/webchat/token through an HTTP API that lets only the website's origin call it from a browser", () => {
    expect(ofType("AWS::ApiGatewayV2::Route").map((r) => r.Properties.RouteKey).sort()).toEqual(["POST /api/messages", "POST /api/webchat/token"]);
    const [api] = ofType("AWS::ApiGatewayV2::Api");
    expect(api?.Properties.CorsConfiguration).toMatchObject({ AllowMethods: ["POST"], AllowHeaders: ["Authorization", "Content-Type"] });
    const origins = (api?.Properties.CorsConfiguration as { AllowOrigins: string[] }).AllowOrigins;
    expect(origins).not.toContain("*");
    for (const origin of origins) expect(origin).toMatch(/^https:\/\/[^/*]+$/);
  });

  it("declares exactly the tables of infra/dynamodb/tables.ts, on demand, with TTL and point-in-time recovery", () => {
    const tables = ofType("AWS::DynamoDB::Table").map((t) => t.Properties);
    expect(tables.map((t) => t.TableName).sort()).toEqual(TABLES.map((t) => `ue-advisor-test-${t.name}`).sort());
    for (const definition of TABLES) {
      const table = tables.find((t) => t.TableName === `ue-advisor-test-${definition.name}`)!;
      expect(table.BillingMode).toBe("PAY_PER_REQUEST");
      expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect((table.KeySchema as { AttributeName: string }[]).map((k) => k.AttributeName)).toEqual(definition.sortKey ? ["pk", "sk"] : ["pk"]);
      if ("ttlAttribute" in definition) {
        expect(table.TimeToLiveSpecification).toEqual({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
      } else {
        expect(table.TimeToLiveSpecification).toBeUndefined();
      }
    }
  });

  it("limits IAM to named resources and actions: no '*' resource, no wildcard action", () => {
    const [role] = ofType("AWS::IAM::Role");
    const statements = (role?.Properties.Policies as { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } }[])
      .flatMap((policy) => policy.PolicyDocument.Statement);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const resourcesOf = [statement.Resource].flat();
      expect(resourcesOf).not.toContain("*");
      for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*$/);
    }
    const dynamo = statements.find((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:")));
    expect([dynamo?.Resource].flat()).toHaveLength(TABLES.length);
    // Exactly the two secrets: the bot's app password and the Direct Line secret.
    const ssm = statements.find((s) => [s.Action].flat().includes("ssm:GetParameter"));
    expect(JSON.stringify(ssm?.Resource)).toMatch(/parameter\/ue-advisor\/test\/microsoft-app-password.*parameter\/ue-advisor\/test\/direct-line-secret/);
    expect([ssm?.Resource].flat()).toHaveLength(2);
  });

  it("posts advisors' answers from the events table's stream: only answered requests pending for Teams wake it, and a fault is retried a bounded number of times", () => {
    const events = ofType("AWS::DynamoDB::Table").find((t) => t.Properties.TableName === "ue-advisor-test-events");
    expect(events?.Properties.StreamSpecification).toEqual({ StreamViewType: "NEW_IMAGE" });
    const [mapping] = ofType("AWS::Lambda::EventSourceMapping");
    expect(mapping?.Properties).toMatchObject({ StartingPosition: "LATEST", MaximumRetryAttempts: 2, BisectBatchOnFunctionError: true, FunctionResponseTypes: ["ReportBatchItemFailures"] });
    const patterns = (mapping?.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((filter) => JSON.parse(filter.Pattern));
    expect(patterns).toEqual([{ dynamodb: { NewImage: { pk: { S: ["HANDOFF"] }, status: { S: ["answered"] }, reach: { S: ["teams-chat"] }, delivery: { M: { status: { S: ["pending"] } } } } } }]);
    expect(fn("functions/deliver-answers.handler")?.Properties).toMatchObject({ Runtime: "nodejs22.x" });
  });

  it("sets a log retention on each function's log group", () => {
    const groups = ofType("AWS::Logs::LogGroup");
    expect(groups).toHaveLength(3);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});
