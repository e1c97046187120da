/**
 * npm run load -- [--conversations 200] [--turns 10] [--at-once 2] [--redeliver-every 10] [--max-seconds 300]
 *
 * Drives N concurrent conversations of M turns against the local server (`npm start`'s code, in a
 * child process, on loopback) on AWS's DynamoDB Local, and reports turns per second, latency
 * percentiles, errors and lost turns. Goal: zero errors and zero lost turns.
 *
 * - Each conversation sends its turns `--at-once` at a time (a learner typing faster than the
 *   assistant answers), so turns of one conversation really run concurrently and race on its state.
 * - Every `--redeliver-every`-th turn is delivered twice at the same moment (a channel redelivery).
 * - A turn is lost when its reply never came (no answer in the response, the apology, an HTTP error)
 *   or its effect is missing from the conversation state afterwards: every turn that takes effect is
 *   written in the state's journal (`$turns`) in the same conditional write as its changes, so a
 *   lost update (a turn overwritten by a concurrent one) shows as a missing journal entry. The two
 *   deliveries of a redelivered turn race like two turns; the one that saves second replays the
 *   replies the journal kept for the first.
 * - Bounded: the whole run stops after --max-seconds; what did not finish counts as errors.
 * Nothing leaves the machine: DynamoDB Local and the server listen on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { apologyWording } from "../dialogs/apology.wording";
import { createDynamoClients } from "../infra/dynamodb/client";
import { tableNames } from "../infra/dynamodb/tables";
import { startDynamoDbLocal, type DynamoDbLocal } from "../infra/local/dynamodb-local";
import { conversationStateKey, JOURNAL_SIZE, journalOf } from "../infra/state/optimistic-conversation-state";

/** Questions that each get an answer whatever came before (no prompt left waiting). */
const QUESTIONS = [
  "c'est quoi une UA ?",
  "cb d'h pr 1 UE de 4 ects",
  "c'est quoi NSY103 ?",
  "c'est quoi une US ?",
  "65h c'est combien d'ECTS ?",
  "NFA031 c'est combien d'heures ?",
  "what is a UA?",
  "6 crédits = combien d'heures ?",
  "c'est quoi une UE ?",
  "comment se passent les examens ?",
];
const APOLOGIES = new Set(Object.values(apologyWording));

interface Options {
  conversations: number;
  turns: number;
  atOnce: number;
  redeliverEvery: number;
  maxSeconds: number;
}

interface TurnResult {
  conversation: string;
  activityId: string;
  latencyMs?: number;
  status?: number;
  replies: string[];
  error?: string;
  redelivery?: { status?: number; replies: string[]; error?: string };
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      conversations: { type: "string", default: "200" },
      turns: { type: "string", default: "10" },
      "at-once": { type: "string", default: "2" },
      "redeliver-every": { type: "string", default: "10" },
      "max-seconds": { type: "string", default: "300" },
    },
  });
  const number = (name: keyof typeof values, min: number, max: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be an integer from ${min} to ${max}`);
    return value;
  };
  return {
    conversations: number("conversations", 1, 5_000),
    // The journal keeps the last JOURNAL_SIZE turns: every turn of a conversation must still be in it.
    turns: number("turns", 1, JOURNAL_SIZE),
    atOnce: number("at-once", 1, 8),
    redeliverEvery: number("redeliver-every", 0, 1_000),
    maxSeconds: number("max-seconds", 10, 3_600),
  };
}

/** The local server in a child process, as `npm start` runs it, on the given DynamoDB endpoint. */
async function startServer(endpoint: string, prefix: string): Promise<{ url: string; process: ChildProcess; events: Map<string, number>; durations: number[] }> {
  const child = spawn(join("node_modules", ".bin", "tsx"), ["functions/local-server.ts"], {
    env: { ...process.env, STAGE: "local", HOST: "127.0.0.1", PORT: "0", DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events = new Map<string, number>();
  /** Each request's time in the server once it started its turn (its log line), without the wait for a turn slot. */
  const durations: number[] = [];
  let buffered = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
    countEvents(chunk.toString());
  });
  const countEvents = (text: string) => {
    for (const line of text.split("\n")) {
      if (!line.startsWith("{")) continue;
      try {
        const { event, error, durationMs } = JSON.parse(line) as { event?: string; error?: string; durationMs?: number };
        if (event) events.set(event, (events.get(event) ?? 0) + 1);
        if (event === "request" && typeof durationMs === "number") durations.push(durationMs);
        if (event === "turn_failed") events.set(`turn_failed: ${error}`, (events.get(`turn_failed: ${error}`) ?? 0) + 1);
      } catch {
        // A line cut between chunks: counts are indicative.
      }
    }
  };
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the local server exited with code ${code}: ${stderr}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      buffered += text;
      const found = /ue-advisor is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
      if (found?.[1]) resolve(found[1]);
      countEvents(text);
      if (buffered.length > 100_000) buffered = buffered.slice(-1_000);
    });
  });
  return { url, process: child, events, durations };
}

async function send(url: string, activity: Record<string, unknown>, signal: AbortSignal): Promise<{ status: number; replies: string[] }> {
  const response = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity), signal });
  const body = (await response.json().catch(() => ({}))) as { activities?: { text?: string }[] };
  return { status: response.status, replies: (body.activities ?? []).map((a) => a.text ?? "") };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const opts = options(process.argv.slice(2));
  const run = randomUUID().slice(0, 8);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`stopped after --max-seconds ${opts.maxSeconds}`)), opts.maxSeconds * 1000);
  let dynamo: DynamoDbLocal | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    process.stdout.write("Starting DynamoDB Local and the local server… ");
    dynamo = await startDynamoDbLocal({ timeoutMs: 60_000 });
    const prefix = `load-${run}-`;
    server = await startServer(dynamo.endpoint, prefix);
    console.log(`${server.url}`);
    const { url } = server;

    const results: TurnResult[] = [];
    const conversation = async (c: number) => {
      const id = `load-${run}-${c}`;
      const from = { id: `load-learner-${c}` };
      for (let t = 0; t < opts.turns && !abort.signal.aborted; t += opts.atOnce) {
        const wave = Array.from({ length: Math.min(opts.atOnce, opts.turns - t) }, (_, k) => t + k);
        await Promise.all(
          wave.map(async (n) => {
            const activity = {
              type: "message",
              id: `${id}-${n}`,
              text: QUESTIONS[(c + n) % QUESTIONS.length],
              channelId: "emulator",
              serviceUrl: url,
              deliveryMode: "expectReplies",
              conversation: { id },
              from,
              recipient: { id: "ue-advisor" },
              locale: "fr-FR",
            };
            const result: TurnResult = { conversation: id, activityId: activity.id, replies: [] };
            results.push(result);
            const redeliver = opts.redeliverEvery > 0 && (c * opts.turns + n) % opts.redeliverEvery === 0;
            const started = performance.now();
            const [first, second] = await Promise.allSettled([send(url, activity, abort.signal), ...(redeliver ? [send(url, activity, abort.signal)] : [])]);
            result.latencyMs = performance.now() - started;
            if (first?.status === "fulfilled") Object.assign(result, first.value);
            else result.error = String((first?.reason as Error)?.message ?? first?.reason);
            if (second) result.redelivery = second.status === "fulfilled" ? second.value : { replies: [], error: String((second.reason as Error)?.message) };
          }),
        );
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: opts.conversations }, (_, c) => conversation(c)));
    const elapsedS = (performance.now() - started) / 1000;

    // What took effect: each conversation's journal, read from DynamoDB Local.
    const { doc, client } = createDynamoClients({ region: "local", endpoint: dynamo.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
    const journals = new Map<string, string[]>();
    const state = tableNames(prefix).state;
    for (const id of new Set(results.map((r) => r.conversation))) {
      const { Item } = await doc.send(new GetCommand({ TableName: state, Key: { pk: conversationStateKey("emulator", id) }, ConsistentRead: true }));
      journals.set(id, journalOf(Item ? (JSON.parse(Item.doc as string) as Record<string, unknown>) : undefined).map((e) => e.a));
    }
    client.destroy();

    const expected = opts.conversations * opts.turns;
    const answered = (r: { status?: number; replies: string[] }) => r.status === 200 && r.replies.length > 0 && !r.replies.some((text) => APOLOGIES.has(text));
    const httpErrors = results.filter((r) => r.error || r.status !== 200).length;
    const apologies = results.filter((r) => r.replies.some((text) => APOLOGIES.has(text))).length;
    const noReply = results.filter((r) => !answered(r)).length;
    const missing = results.filter((r) => !(journals.get(r.conversation) ?? []).includes(r.activityId)).length;
    const notSent = expected - results.length;
    const lost = results.filter((r) => !answered(r) || !(journals.get(r.conversation) ?? []).includes(r.activityId)).length + notSent;
    const applied = [...journals.values()].reduce((sum, ids) => sum + ids.length, 0);
    const redeliveries = results.filter((r) => r.redelivery);
    const sameReplies = redeliveries.filter((r) => r.redelivery?.status === 200 && JSON.stringify(r.redelivery.replies) === JSON.stringify(r.replies)).length;
    const emptyReplies = redeliveries.filter((r) => r.redelivery?.status === 200 && r.redelivery.replies.length === 0).length;
    const redeliveryErrors = redeliveries.length - sameReplies - emptyReplies;
    const latencies = results.filter((r) => r.latencyMs !== undefined && !r.error).map((r) => r.latencyMs as number).sort((a, b) => a - b);
    const events = server.events;

    console.log(`Load: ${opts.conversations} conversations × ${opts.turns} turns, ${opts.atOnce} at once per conversation, every ${opts.redeliverEvery || "—"}th turn redelivered at once; local server on DynamoDB Local`);
    console.log(`  turns:        ${results.length} of ${expected} sent in ${elapsedS.toFixed(1)} s → ${(results.length / elapsedS).toFixed(1)} turns/s`);
    const inServer = [...server.durations].sort((a, b) => a - b);
    console.log(`  latency:      p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${percentile(latencies, 100).toFixed(0)} ms (client side, waiting for a turn slot included)`);
    console.log(`  in server:    p50 ${percentile(inServer, 50).toFixed(0)} ms, p99 ${percentile(inServer, 99).toFixed(0)} ms, max ${percentile(inServer, 100).toFixed(0)} ms (the turn itself, LOCAL_MAX_CONCURRENT_TURNS at a time)`);
    console.log(`  errors:       ${httpErrors + apologies} (HTTP or connection ${httpErrors}, apologies ${apologies}); redeliveries answered wrongly: ${redeliveryErrors}`);
    console.log(`  lost turns:   ${lost} (reply never came ${noReply + notSent}, missing from the conversation state ${missing}); turns in the state: ${applied}`);
    console.log(`  redeliveries: ${redeliveries.length} (same replies ${sameReplies}, none because none were kept ${emptyReplies})`);
    console.log(
      `  server:       ${events.get("turn_conflict") ?? 0} eTag conflicts rerun, ${events.get("turn_duplicate") ?? 0} duplicates recognised, ${events.get("turn_failed") ?? 0} turns failed, ${events.get("turn_effect_failed") ?? 0} records failed`,
    );
    const failures = [...events].filter(([name]) => name.startsWith("turn_failed: "));
    if (failures.length > 0) console.log(`  failures:     ${failures.map(([name, n]) => `${name.slice("turn_failed: ".length)} ×${n}`).join(", ")}`);
    return httpErrors + apologies + lost + redeliveryErrors === 0 ? 0 : 1;
  } finally {
    clearTimeout(timer);
    server?.process.kill("SIGTERM");
    await dynamo?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`load failed: ${error.message}`);
    process.exit(2);
  },
);
