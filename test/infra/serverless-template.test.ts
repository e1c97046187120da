import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("serverless package: the CloudFormation template", () => {
  it("has the messages function on Node 22 with a timeout within the channel's reply budget", () => {
    const [fn] = ofType("AWS::Lambda::Function");
    expect(fn?.Properties).toMatchObject({ Handler: "functions/messages.handler", Runtime: "nodejs22.x" });
    expect(fn?.Properties.Timeout as number).toBeLessThanOrEqual(15);
    const variables = (fn?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    expect(variables).toMatchObject({ STAGE: "test", TABLE_PREFIX: "ue-advisor-test-" });
    expect(variables).not.toHaveProperty("MicrosoftAppPassword");
  });

  it("sets the retention and the reply budget explicitly, and they pass the start-up checks within the function's timeout", () => {
    const [fn] = ofType("AWS::Lambda::Function");
    const variables = (fn?.Properties.Environment as { Variables: Record<string, string> }).Variables;
    for (const name of ["STATE_TTL_DAYS", "IDEMPOTENCY_TTL_HOURS", "HANDOFF_TTL_DAYS", "EVENTS_TTL_DAYS", "DYNAMODB_REQUEST_TIMEOUT_MS", "DYNAMODB_MAX_ATTEMPTS", "TURN_BUDGET_MS"]) {
      expect(variables, name).toHaveProperty(name);
    }
    const config = loadConfig({ ...variables, STAGE: "local" });
    expect(worstCaseTurnMs(config)).toBeLessThanOrEqual(Math.min(CHANNEL_REPLY_BUDGET_MS, (fn?.Properties.Timeout as number) * 1000));
  });

  it("routes POST /api/messages through an HTTP API", () => {
    expect(ofType("AWS::ApiGatewayV2::Route").map((r) => r.Properties.RouteKey)).toEqual(["POST /api/messages"]);
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
  });

  it("sets a log retention on the function's log group", () => {
    const [group] = ofType("AWS::Logs::LogGroup");
    expect(group?.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});
