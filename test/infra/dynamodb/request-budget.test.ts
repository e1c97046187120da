import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { createDynamoClients } from "../../../infra/dynamodb/client";
import {
  BudgetedRetryStrategy,
  RequestBudgetExceededError,
  withRequestBudget,
  withSeparateRequestBudget,
  worstCaseCallMs,
} from "../../../infra/dynamodb/request-budget";
import { CHANNEL_REPLY_BUDGET_MS, coldStartMs, loadConfig, SECRET_READ_WORST_MS, worstCaseTurnMs } from "../../../infra/config/env";

/**
 * The DynamoDB clients' timeouts and retries, against small HTTP servers on loopback that play
 * DynamoDB badly (hang, throttle): counts of requests, never durations, are asserted.
 */
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server answering each request with `answer(n)` (n from 1), or never when it returns undefined. */
async function fakeDynamo(answer: (n: number) => { status: number; body: unknown } | undefined) {
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const reply = answer(++requests);
      if (!reply) return;
      res.writeHead(reply.status, { "content-type": "application/x-amz-json-1.0" });
      res.end(JSON.stringify(reply.body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

const THROTTLED = { status: 400, body: { __type: "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", message: "Rate of requests exceeds the allowed throughput." } };
const get = new GetCommand({ TableName: "t-state", Key: { pk: "x" } });

describe("DynamoDB clients: explicit timeouts and retries", () => {
  it("gives up on a request that never gets an answer, after its attempts (the timeout is enforced, not just logged)", async () => {
    const hung = await fakeDynamo(() => undefined);
    const { doc, client } = createDynamoClients({ region: "local", endpoint: hung.endpoint, requestTimeoutMs: 300, maxAttempts: 2 });
    await expect(doc.send(get)).rejects.toMatchObject({ name: "TimeoutError" });
    expect(hung.requests()).toBe(2);
    client.destroy();
  });

  it("retries throttling within its attempts, then reports it", async () => {
    const throttling = await fakeDynamo((n) => (n <= 2 ? THROTTLED : { status: 200, body: {} }));
    const three = createDynamoClients({ region: "local", endpoint: throttling.endpoint, requestTimeoutMs: 2_000, maxAttempts: 3 });
    await expect(three.doc.send(get)).resolves.toMatchObject({ $metadata: { attempts: 3 } });
    expect(throttling.requests()).toBe(3);
    three.client.destroy();

    const always = await fakeDynamo(() => THROTTLED);
    const two = createDynamoClients({ region: "local", endpoint: always.endpoint, requestTimeoutMs: 2_000, maxAttempts: 2 });
    await expect(two.doc.send(get)).rejects.toMatchObject({ name: "ProvisionedThroughputExceededException" });
    expect(always.requests()).toBe(2);
    two.client.destroy();
  });

  it("starts no attempt that could end after the turn's deadline", async () => {
    const server = await fakeDynamo(() => ({ status: 200, body: {} }));
    const { doc, client } = createDynamoClients({ region: "local", endpoint: server.endpoint, requestTimeoutMs: 2_000, maxAttempts: 3 });
    await expect(withRequestBudget(Date.now() + 1_000, () => doc.send(get))).rejects.toBeInstanceOf(RequestBudgetExceededError);
    expect(server.requests()).toBe(0);
    // The clean-up after a fault has its own budget, whatever the turn had left.
    await withRequestBudget(Date.now() + 1_000, () => withSeparateRequestBudget(Date.now() + 2_500, () => doc.send(get)));
    expect(server.requests()).toBe(1);
    client.destroy();
  });
});

describe("BudgetedRetryStrategy", () => {
  const at = (now: number) => new BudgetedRetryStrategy({ maxAttempts: 3, requestTimeoutMs: 2_000, now: () => now, random: () => 0.999 });
  const first = () => at(0).acquireInitialRetryToken("");

  it.each(["THROTTLING", "TRANSIENT"])("retries %s errors with a growing, capped backoff", async (errorType) => {
    const strategy = at(0);
    const second = await strategy.refreshRetryTokenForRetry(await first(), { errorType });
    const third = await strategy.refreshRetryTokenForRetry(second, { errorType });
    const base = errorType === "THROTTLING" ? 500 : 50;
    expect([second.getRetryDelay(), third.getRetryDelay()]).toEqual([Math.floor(0.999 * base), Math.floor(0.999 * base * 2)]);
    await expect(strategy.refreshRetryTokenForRetry(third, { errorType })).rejects.toThrow(/no attempt left/);
  });

  it.each(["CLIENT_ERROR", "SERVER_ERROR"])("does not retry %s errors (a conditional check failure is an answer)", async (errorType) => {
    await expect(at(0).refreshRetryTokenForRetry(await first(), { errorType })).rejects.toThrow(/not retryable/);
  });

  it("retries only if the backoff and a whole attempt end before the deadline", async () => {
    const token = await first();
    // Throttling backoff here: floor(0.999 × 500) = 499 ms, then an attempt of up to 2,000 ms.
    await expect(withRequestBudget(10_000, () => at(10_000 - 2_499).refreshRetryTokenForRetry(token, { errorType: "THROTTLING" }))).resolves.toBeDefined();
    await expect(withRequestBudget(10_000, () => at(10_000 - 2_498).refreshRetryTokenForRetry(token, { errorType: "THROTTLING" }))).rejects.toThrow(/budget/);
  });
});

describe("the reply budget arithmetic", () => {
  it("with the defaults: one call takes at most 7.5 s alone, and a turn ends within 13.25 s of the channel's 15 s", () => {
    const config = loadConfig({ STAGE: "local" });
    expect(worstCaseCallMs({ maxAttempts: config.DYNAMODB_MAX_ATTEMPTS, requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS })).toBe(3 * 2_000 + 500 + 1_000);
    expect(worstCaseTurnMs(config)).toBe(9_000 + 2_000 + 250 + 2_000);
    expect(worstCaseTurnMs(config)).toBeLessThanOrEqual(CHANNEL_REPLY_BUDGET_MS);
  });

  it("counts a cold start within the turn's budget: the secret and the catalog and content reads leave the first turn at least one DynamoDB attempt", () => {
    const config = loadConfig({ STAGE: "local" });
    expect(coldStartMs(config)).toBe(SECRET_READ_WORST_MS + config.COLD_START_BUDGET_MS);
    expect(coldStartMs(config) + config.DYNAMODB_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(config.TURN_BUDGET_MS);
  });

  it.each([
    [{ TURN_BUDGET_MS: "12000" }, /TURN_BUDGET_MS: 12000 ms of DynamoDB work .* is 16250 ms, over the channel's 15000 ms/],
    [{ DYNAMODB_REQUEST_TIMEOUT_MS: "9000" }, /DYNAMODB_REQUEST_TIMEOUT_MS: 9000 ms leaves no attempt within TURN_BUDGET_MS/],
    [{ COLD_START_BUDGET_MS: "6000" }, /COLD_START_BUDGET_MS: a cold start of up to 9500 ms \(.*\) leaves the first turn no DynamoDB attempt of 2000 ms within TURN_BUDGET_MS \(9000 ms\)/],
    [{ COLD_START_BUDGET_MS: "1500" }, /COLD_START_BUDGET_MS: 1500 ms leaves a cold start no DynamoDB attempt of 2000 ms/],
  ])("refuses to start with %j, saying why", (env, problem) => {
    expect(() => loadConfig({ STAGE: "local", ...env })).toThrow(problem);
  });
});
