import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TABLES, TTL_ATTRIBUTE } from "../../infra/dynamodb/tables";
import { CHANNEL_REPLY_BUDGET_MS, coldStartMs, loadConfig, worstCaseTurnMs } from "../../infra/config/env";
import { loadWebchatTokenConfig } from "../../infra/config/webchat-token.env";

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: string | string[] };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
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
    for (const name of ["STATE_TTL_DAYS", "HANDOFF_TTL_DAYS", "EVENTS_TTL_DAYS", "DYNAMODB_REQUEST_TIMEOUT_MS", "DYNAMODB_MAX_ATTEMPTS", "TURN_BUDGET_MS", "COLD_START_BUDGET_MS"]) {
      expect(variables, name).toHaveProperty(name);
    }
    const config = loadConfig({ ...variables, STAGE: "local" });
    // From the request's arrival: a cold start comes out of the first turn's budget, which still has an attempt left.
    expect(worstCaseTurnMs(config)).toBeLessThanOrEqual(Math.min(CHANNEL_REPLY_BUDGET_MS, (messages?.Properties.Timeout as number) * 1000));
    expect(coldStartMs(config) + config.DYNAMODB_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(config.TURN_BUDGET_MS);
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

  it("gives the webchat-token function the website token's maximum age and clock tolerance as deploy-time settings, which its start-up check accepts", () => {
    const variables = (fn("functions/webchat-token.handler")?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    expect(variables).toMatchObject({ WEBSITE_TOKEN_MAX_AGE_SECONDS: "300", WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: "30" });
    // The settings a deployer has to give (left empty in the template) filled in, as a deploy would.
    const config = loadWebchatTokenConfig({ ...variables, WEBSITE_TOKEN_ISSUER: "https://www.cnam.fr", WEBSITE_TOKEN_AUDIENCE: "ue-advisor", WEBSITE_JWKS_URL: "https://www.cnam.fr/jwks.json" });
    expect(config).toMatchObject({ WEBSITE_TOKEN_MAX_AGE_SECONDS: 300, WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: 30 });
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

  /** The statements of the role a function runs with. */
  function statementsOf(handler: string): Statement[] {
    const role = fn(handler)?.Properties.Role as { "Fn::GetAtt": [string, string] };
    expect(role?.["Fn::GetAtt"]?.[1]).toBe("Arn");
    const resource = resources[role["Fn::GetAtt"][0]];
    expect(resource?.Type).toBe("AWS::IAM::Role");
    return (resource!.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) => policy.PolicyDocument.Statement);
  }
  const tableOf = (resource: unknown) => /^(\w+)Table$/.exec(((resource as { "Fn::GetAtt"?: string[] })["Fn::GetAtt"] ?? [])[0] ?? "")?.[1]?.toLowerCase();
  /** Each table a role may use, with its actions. */
  function tableActions(statements: Statement[]): Record<string, string[]> {
    const actions: Record<string, string[]> = {};
    for (const statement of statements) {
      for (const resource of [statement.Resource].flat()) {
        const table = tableOf(resource);
        if (table) actions[table] = [...(actions[table] ?? []), ...[statement.Action].flat()].sort();
      }
    }
    return actions;
  }
  const ssmParameters = (statements: Statement[]) =>
    statements.filter((s) => [s.Action].flat().includes("ssm:GetParameter")).flatMap((s) => [s.Resource].flat()).map((resource) => JSON.stringify(resource));

  it("runs each function with a role of its own, limited to named resources and actions: no '*' resource, no wildcard action, no kms:Decrypt on an alias", () => {
    const roles = ofType("AWS::IAM::Role");
    expect(roles).toHaveLength(3);
    const logGroups: Record<string, string> = {
      "functions/messages.handler": "ue-advisor-test-messages",
      "functions/webchat-token.handler": "ue-advisor-test-webchatToken",
      "functions/deliver-answers.handler": "ue-advisor-test-deliverAnswers",
    };
    for (const handler of Object.keys(logGroups)) {
      const statements = statementsOf(handler);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.Effect).toBe("Allow");
        expect([statement.Resource].flat()).not.toContain("*");
        for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*$/);
        expect(JSON.stringify(statement.Resource)).not.toMatch(/:alias\//);
      }
      // Each writes only its own log group.
      const logs = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("logs:")));
      expect(JSON.stringify(logs.map((s) => s.Resource))).toContain(logGroups[handler]);
    }
    const roleOf = (handler: string) => (fn(handler)?.Properties.Role as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0];
    expect(new Set(Object.keys(logGroups).map(roleOf)).size).toBe(3);
  });

  it("lets the messages function do only what a turn does: no delete, no batch write, no learner, catalog or content write; only the bot's password", () => {
    const statements = statementsOf("functions/messages.handler");
    expect(tableActions(statements)).toEqual({
      state: ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:PutItem"],
      learners: ["dynamodb:BatchGetItem", "dynamodb:GetItem"],
      catalog: ["dynamodb:GetItem", "dynamodb:Query"],
      content: ["dynamodb:GetItem", "dynamodb:Query"],
      events: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
    });
    expect(ssmParameters(statements)).toEqual([expect.stringMatching(/parameter\/ue-advisor\/test\/microsoft-app-password/)]);
  });

  it("lets the answers' delivery read its stream and read and update handoff requests, with the bot's password: no other table, no put or delete", () => {
    const statements = statementsOf("functions/deliver-answers.handler");
    const onStream = (s: Statement) => JSON.stringify(s.Resource).includes("StreamArn");
    expect(tableActions(statements.filter((s) => !onStream(s)))).toEqual({ events: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem"] });
    const stream = statements.find(onStream);
    expect([stream?.Action].flat().sort()).toEqual(["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"]);
    expect(ssmParameters(statements)).toEqual([expect.stringMatching(/parameter\/ue-advisor\/test\/microsoft-app-password/)]);
  });

  it("lets the internet-facing token function read the Direct Line secret and nothing else: no table, not the bot's password", () => {
    const statements = statementsOf("functions/webchat-token.handler");
    expect(tableActions(statements)).toEqual({});
    expect(JSON.stringify(statements)).not.toMatch(/dynamodb:|microsoft-app-password/);
    expect(ssmParameters(statements)).toEqual([expect.stringMatching(/parameter\/ue-advisor\/test\/direct-line-secret/)]);
  });

  it("throttles the HTTP API's routes, the token route more, and reserves a concurrency for each function", () => {
    const [stage] = ofType("AWS::ApiGatewayV2::Stage");
    const defaults = stage?.Properties.DefaultRouteSettings as { ThrottlingBurstLimit: number; ThrottlingRateLimit: number };
    expect(Number(defaults.ThrottlingRateLimit)).toBeGreaterThan(0);
    expect(Number(defaults.ThrottlingBurstLimit)).toBeGreaterThan(0);
    const token = (stage?.Properties.RouteSettings as Record<string, { ThrottlingBurstLimit: number; ThrottlingRateLimit: number }>)["POST /api/webchat/token"];
    expect(Number(token?.ThrottlingRateLimit)).toBeGreaterThan(0);
    expect(Number(token?.ThrottlingRateLimit)).toBeLessThan(Number(defaults.ThrottlingRateLimit));
    for (const handler of ["functions/messages.handler", "functions/webchat-token.handler", "functions/deliver-answers.handler"]) {
      expect(Number(fn(handler)?.Properties.ReservedConcurrentExecutions), handler).toBeGreaterThan(0);
    }
  });

  it("publishes the answers on deploy but no catalog unless a folder is named, and no sample records unless allowed", async () => {
    const { CATALOG_FOLDER: _folder, ALLOW_SAMPLE_DATA: _allow, ...env } = process.env;
    const { stdout } = await promisify(execFile)(join("node_modules", ".bin", "serverless"), ["print", "--stage", "test", "--format", "json", "--path", "custom.publishOnDeploy"], {
      env: { ...env, AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_PROFILE: "" },
      timeout: 120_000,
    });
    expect(JSON.parse(stdout.slice(stdout.indexOf("{")))).toEqual({ enabled: true, dataFolder: "", allowSample: "false" });
  }, 150_000);

  it("keeps the learners, catalog, content and events tables when the stack is removed or a table replaced", () => {
    for (const name of ["learners", "catalog", "content", "events"]) {
      const table = ofType("AWS::DynamoDB::Table").find((t) => t.Properties.TableName === `ue-advisor-test-${name}`);
      expect(table, name).toMatchObject({ DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    }
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
