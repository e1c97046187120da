/**
 * A warm Lambda container for `npm run bench`: a child process that loads one bundle (the assistant
 * or a floor bot) and runs turns through its real handler on DynamoDB Local, on the parent's orders
 * (IPC). The bench builds this file into .bench/ and runs it with plain node, so nothing but the
 * bundle under test is loaded beside it.
 *
 * With `count`, the bundle talks to DynamoDB through a counting proxy in this process, and every
 * call of every turn is recorded (operation and tables): the calls are counted on the wire, whatever
 * client the bundle holds. Counting runs apart from timing, since the proxy adds a hop.
 */
import { randomUUID } from "node:crypto";
import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** One kind of turn: what a learner says, as whom, and what the reply must look like. */
export interface TurnKind {
  name: string;
  /** The message timed, first in a new conversation, then again later in the same conversation. */
  text: string;
  /** Said between the two, untimed: the timed message then changes the conversation's state again. */
  between: string;
  /** User id (the local stage maps demo-NN ids to the sample learners). */
  from: string;
  /** A regular expression the first reply's text (or card summary) must match. */
  expect: string;
}

export interface DynamoCall {
  operation: string;
  tables: string[];
}

export type RunnerRequest =
  | { type: "load"; bundle: string; count: boolean }
  | { type: "turns"; kinds: TurnKind[]; samples: number; offset: number }
  | { type: "soak"; kinds: TurnKind[]; turns: number; sampleEvery: number; warmup: number }
  | { type: "exit" };

export interface KindTimings {
  firstMs: number[];
  warmMs: number[];
  firstCalls: DynamoCall[][];
  warmCalls: DynamoCall[][];
}

export interface MemorySample {
  turn: number;
  rss: number;
  heapUsed: number;
  external: number;
}

export type RunnerReply =
  | { type: "loaded"; loadMs: number; prepareMs: number; prepareCalls: DynamoCall[] }
  | { type: "turns"; byKind: Record<string, KindTimings> }
  | { type: "soak"; samples: MemorySample[]; peakRss: number; meanTurnMs: number }
  | { type: "error"; message: string };

interface Subject {
  prepare(): Promise<void>;
  handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2>;
}

let subject: Subject | undefined;
let recording: DynamoCall[] | undefined;

/** A pass-through proxy to DynamoDB that records each call's operation and tables. */
async function startCountingProxy(upstream: string): Promise<string> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const operation = String(req.headers["x-amz-target"] ?? "?").split(".").pop() ?? "?";
      recording?.push({ operation, tables: tablesOf(body) });
      const forward = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 500, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      forward.on("error", (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function tablesOf(body: Buffer): string[] {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { TableName?: string; RequestItems?: Record<string, unknown>; TransactItems?: Record<string, { TableName?: string }>[] };
    if (parsed.TableName) return [parsed.TableName];
    if (parsed.RequestItems) return Object.keys(parsed.RequestItems);
    if (parsed.TransactItems) return parsed.TransactItems.flatMap((item) => Object.values(item).flatMap((op) => (op.TableName ? [op.TableName] : [])));
  } catch {
    // not JSON: counted without a table
  }
  return [];
}

function event(kind: TurnKind, text: string, conversationId: string): APIGatewayProxyEventV2 {
  const activity = {
    type: "message",
    id: randomUUID(),
    text,
    channelId: "emulator",
    serviceUrl: "http://127.0.0.1:9",
    deliveryMode: "expectReplies",
    conversation: { id: conversationId },
    from: { id: kind.from, name: "Learner" },
    recipient: { id: "ue-advisor", name: "ue-advisor" },
    locale: "fr-FR",
  };
  return {
    version: "2.0",
    routeKey: "POST /api/messages",
    rawPath: "/api/messages",
    rawQueryString: "",
    headers: { "content-type": "application/json" },
    requestContext: {
      accountId: "123456789012",
      apiId: "bench",
      domainName: "bench.local",
      domainPrefix: "bench",
      http: { method: "POST", path: "/api/messages", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" },
      requestId: randomUUID(),
      routeKey: "POST /api/messages",
      stage: "$default",
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    body: JSON.stringify(activity),
    isBase64Encoded: false,
  };
}

class UnexpectedReplyError extends Error {
  override readonly name = "UnexpectedReplyError";
}

/** One turn through the handler; returns its duration and the DynamoDB calls it made. */
async function turn(kind: TurnKind, text: string, conversationId: string, check: boolean): Promise<{ ms: number; calls: DynamoCall[] }> {
  if (!subject) throw new Error("no bundle loaded");
  const calls: DynamoCall[] = [];
  recording = calls;
  const start = performance.now();
  const response = await subject.handler(event(kind, text, conversationId));
  const ms = performance.now() - start;
  recording = undefined;
  if (response.statusCode !== 200) throw new UnexpectedReplyError(`${kind.name}: "${text}" answered ${response.statusCode}: ${response.body}`);
  if (check) {
    const [reply] = (JSON.parse(response.body ?? "{}") as { activities?: { text?: string; summary?: string }[] }).activities ?? [];
    const said = reply?.text ?? reply?.summary ?? "";
    if (!new RegExp(kind.expect).test(said)) throw new UnexpectedReplyError(`${kind.name}: "${text}" was answered "${said.slice(0, 200)}", not /${kind.expect}/`);
  }
  return { ms, calls };
}

async function load(bundle: string, count: boolean): Promise<RunnerReply> {
  if (count && process.env.DYNAMODB_ENDPOINT) process.env.DYNAMODB_ENDPOINT = await startCountingProxy(process.env.DYNAMODB_ENDPOINT);
  const prepareCalls: DynamoCall[] = [];
  const start = performance.now();
  subject = createRequire(__filename)(bundle) as Subject;
  const loaded = performance.now();
  recording = prepareCalls;
  await subject.prepare();
  recording = undefined;
  return { type: "loaded", loadMs: loaded - start, prepareMs: performance.now() - loaded, prepareCalls };
}

async function turns(kinds: TurnKind[], samples: number, offset: number): Promise<RunnerReply> {
  const byKind: Record<string, KindTimings> = Object.fromEntries(kinds.map((kind) => [kind.name, { firstMs: [], warmMs: [], firstCalls: [], warmCalls: [] }]));
  // Kinds interleave, so a burst of load on the shared machine falls on all of them alike.
  for (let i = 0; i < samples; i++) {
    for (const kind of kinds) {
      const timings = byKind[kind.name] as KindTimings;
      const conversation = `bench-${kind.name}-${offset + i}-${randomUUID()}`;
      const first = await turn(kind, kind.text, conversation, true);
      await turn(kind, kind.between, conversation, false);
      const warm = await turn(kind, kind.text, conversation, true);
      timings.firstMs.push(first.ms);
      timings.warmMs.push(warm.ms);
      timings.firstCalls.push(first.calls);
      timings.warmCalls.push(warm.calls);
    }
  }
  return { type: "turns", byKind };
}

function memory(turnNumber: number): MemorySample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("the soak needs node --expose-gc");
  gc();
  gc();
  const { rss, heapUsed, external } = process.memoryUsage();
  return { turn: turnNumber, rss, heapUsed, external };
}

/** Many turns, many conversations (five turns each), with the memory after a full GC every so often. */
async function soak(kinds: TurnKind[], total: number, sampleEvery: number, warmup: number): Promise<RunnerReply> {
  const run = async (index: number, conversations: string) => {
    const kind = kinds[index % kinds.length] as TurnKind;
    const conversation = `${conversations}-${Math.floor(index / 5)}`;
    return (await turn(kind, index % 5 === 4 ? kind.between : kind.text, conversation, false)).ms;
  };
  for (let i = 0; i < warmup; i++) await run(i, "warmup");
  const samples = [memory(0)];
  let spent = 0;
  for (let i = 1; i <= total; i++) {
    spent += await run(i, "soak");
    if (i % sampleEvery === 0) samples.push(memory(i));
  }
  return { type: "soak", samples, peakRss: process.resourceUsage().maxRSS * 1024, meanTurnMs: spent / total };
}

async function handle(message: RunnerRequest): Promise<RunnerReply | undefined> {
  switch (message.type) {
    case "load":
      return load(message.bundle, message.count);
    case "turns":
      return turns(message.kinds, message.samples, message.offset);
    case "soak":
      return soak(message.kinds, message.turns, message.sampleEvery, message.warmup);
    case "exit":
      process.exit(0);
  }
}

process.on("message", (message: RunnerRequest) => {
  handle(message).then(
    (reply) => reply && process.send?.(reply),
    (error: Error) => process.send?.({ type: "error", message: `${error.name}: ${error.message}` }),
  );
});
