/**
 * npm run bench — the assistant's performance against the framework's own floor, in one run:
 * bundle size, cold start, turn latency on DynamoDB Local, DynamoDB calls per turn, matching time,
 * and memory over a long run, for the production bundle of the assistant and for two echo bots built
 * with the same botbuilder, CloudAdapter and DynamoDB storage (bench/floor/). Prints a table and
 * the same figures as JSON, also written to .bench/results.json. Figures are printed, never asserted.
 *
 *     npm run bench                # the full run (a few minutes)
 *     npm run bench -- --quick     # fewer samples, to try a change; not for docs/performance.md
 *
 * Subjects (each bundled with the production esbuild options, infra/build/bundle-options.ts):
 * - assistant: functions/messages.ts, the Lambda handler, as `serverless package` ships it;
 * - floor: bench/floor/dialog-echo-bot.ts, the minimal echo bot of issue 9 and DESIGN.md on
 *   botbuilder + botbuilder-dialogs, with conversation and user state (2 reads, 2 writes per turn),
 *   bundled without the assistant's trimming (the framework as it ships); the goals' ratios use it;
 * - lean: bench/floor/lean-dialog-echo-bot.ts, the same with conversation state only (1 read,
 *   1 write): a stricter floor, its ratios printed beside;
 * - echo: bench/floor/echo-bot.ts, the lean bot without botbuilder-dialogs, for reference.
 */
import { execFile, fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { DynamoDbCatalogRepository } from "../infra/catalog/dynamodb-catalog.repository";
import { publishContentFiles } from "../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../infra/knowledge/dynamodb-content.repository";
import { loadDataFolder, SAMPLE_DATA_FOLDER } from "../infra/data-loader/data-folder.loader";
import { PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { createDynamoClients } from "../infra/dynamodb/client";
import { ensureTables, tableNames } from "../infra/dynamodb/tables";
import { DynamoDbLearnerRepository } from "../infra/learners/dynamodb-learner.repository";
import { startDynamoDbLocal, type DynamoDbLocal } from "../infra/local/dynamodb-local";
import { buildBundle, ROOT, type BuiltBundle } from "../infra/build/build-bundle";
import { readServerlessNodeOptions } from "./lambda-node-options";
import type { ColdStart } from "./cold-start";
import { measureMatching, type MatchingResult } from "./matching.bench";
import type { DynamoCall, KindTimings, MemorySample, RunnerReply, RunnerRequest, TurnKind } from "./turn-runner";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const OUT = join(ROOT, ".bench");
const QUICK = process.argv.includes("--quick");
const SETTINGS = QUICK
  ? { coldRuns: 5, samples: 60, chunks: 3, countSamples: 5, soakTurns: 1_000, soakEvery: 250, soakWarmup: 250 }
  : { coldRuns: 12, samples: 500, chunks: 5, countSamples: 20, soakTurns: 10_000, soakEvery: 1_000, soakWarmup: 1_000 };
/** Decimal megabytes, as the goal is written ("2.5 MB"). */
const MB = 1_000_000;

const MIB = 1024 * 1024;
const GOALS = { bundleBytes: 2.5 * MB, coldLoadRatio: 0.5, warmTurnRatio: 1.5, planningP95Ms: 50, callsPerTurn: 2, matchingMs: 1, rssGrowthBytes: 10 * MIB, heapGrowthBytes: 2 * MIB };

const FAQ = "c'est quoi une UA ?";
const HOURS = "cb d'h pr 1 UE de 4 ects";

/** The assistant's turns: each changes the conversation's state, as a real conversation does. */
const ASSISTANT_KINDS: TurnKind[] = [
  { name: "faq", text: FAQ, between: HOURS, from: "bench-visitor", expect: "unité d'activité|UA" },
  { name: "credit-hours", text: "NFA031 c'est combien d'heures ?", between: FAQ, from: "bench-visitor", expect: "^NFA031 — .*50 heures" },
  { name: "eligibility", text: "puis-je m'inscrire à ANG320 au S2 ?", between: FAQ, from: "demo-05", expect: "ANG320" },
  { name: "eligibility-what-if", text: "puis-je m'inscrire à NFA031 au S2 ?", between: FAQ, from: "bench-visitor", expect: "NFA031[\\s\\S]*[Ss]imulation indicative" },
  // Plans in one turn (the constraints said, so none is asked), from the record read with the turn:
  // demo-02 has most of the Licence L3 ahead, demo-09 most of the engineering diploma.
  { name: "planning-licence", text: "planifier mes semestres, 3 soirs par semaine", between: FAQ, from: "demo-02", expect: "^Votre plan pour Licence informatique \\(L3\\)" },
  { name: "planning-engineering", text: "planifier mes semestres, 3 soirs par semaine", between: FAQ, from: "demo-09", expect: "^Votre plan pour Diplôme d'ingénieur" },
];
/** `--kinds=planning-licence,faq`: only these assistant turns (the floors run as always), to try a change. */
const ONLY_KINDS = process.argv.find((a) => a.startsWith("--kinds="))?.slice("--kinds=".length).split(",");
if (ONLY_KINDS) {
  const unknown = ONLY_KINDS.filter((name) => !ASSISTANT_KINDS.some((k) => k.name === name));
  if (unknown.length > 0) throw new Error(`--kinds: no turn kind ${unknown.join(", ")} (known: ${ASSISTANT_KINDS.map((k) => k.name).join(", ")})`);
  ASSISTANT_KINDS.splice(0, ASSISTANT_KINDS.length, ...ASSISTANT_KINDS.filter((k) => ONLY_KINDS.includes(k.name)));
}
/** Planning turns search (issue 18): their goal is an absolute p95, not a ratio to the echo floor. */
const isPlanning = (kind: string) => kind.startsWith("planning-");
const ECHO_KINDS: TurnKind[] = [{ name: "echo", text: "bonjour", between: "ça va ?", from: "bench-visitor", expect: "^echo \\d+: bonjour" }];

interface SubjectDefinition {
  name: "assistant" | "floor" | "lean" | "echo";
  label: string;
  entry: string;
  trimmed: boolean;
  kinds: TurnKind[];
  soak: boolean;
  seed: boolean;
}

const SUBJECTS: SubjectDefinition[] = [
  { name: "assistant", label: "assistant", entry: "functions/messages.ts", trimmed: true, kinds: ASSISTANT_KINDS, soak: true, seed: true },
  { name: "floor", label: "floor (+ user state)", entry: "bench/floor/dialog-echo-bot.ts", trimmed: false, kinds: ECHO_KINDS, soak: true, seed: false },
  { name: "lean", label: "lean (conv. state)", entry: "bench/floor/lean-dialog-echo-bot.ts", trimmed: false, kinds: ECHO_KINDS, soak: false, seed: false },
  { name: "echo", label: "echo (botbuilder only)", entry: "bench/floor/echo-bot.ts", trimmed: false, kinds: ECHO_KINDS, soak: false, seed: false },
];

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

interface CallSummary {
  /** Mean DynamoDB calls per turn, reads and writes. */
  perTurn: number;
  reads: number;
  writes: number;
  /** The most frequent sequence, e.g. "BatchGetItem(state) PutItem(state)". */
  typical: string;
  /** Calls to the content or catalog tables over all counted turns. */
  contentOrCatalog: number;
}

interface SubjectResult {
  name: string;
  label: string;
  entry: string;
  bundle: Omit<BuiltBundle, "file" | "byPackage"> & { topPackages: Record<string, number> };
  cold: {
    runs: number;
    requireMs: Stats;
    prepareMs: Stats;
    loadMs: Stats;
    firstRequestMs: Stats;
    coldStartMs: Stats;
    /** The same in CPU time: steadier on a shared machine (waiting for DynamoDB is not counted). */
    cpu: { requireMs: Stats; prepareMs: Stats; loadMs: Stats; firstRequestMs: Stats; coldStartMs: Stats };
  };
  turns: Record<string, { first: Stats; warm: Stats; firstCalls: CallSummary; warmCalls: CallSummary }>;
  prepareCalls: DynamoCall[];
  memory?: { samples: MemorySample[]; peakRss: number; rssGrowth: number; heapGrowth: number; meanTurnMs: number; turns: number };
}

// ---------------------------------------------------------------------------------------------
// Measuring

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99), mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length) };
}

/**
 * Growth over a series of memory samples: the median of the last three minus the median of the
 * first three, so that one sample caught before the allocator returns pages does not decide.
 */
function growth(values: number[]): number {
  const median = (three: number[]) => [...three].sort((a, b) => a - b)[Math.floor(three.length / 2)] ?? 0;
  return median(values.slice(-3)) - median(values.slice(0, 3));
}

const READS = new Set(["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"]);

function summarizeCalls(turns: DynamoCall[][], prefix: string): CallSummary {
  const logical = (table: string) => (table.startsWith(prefix) ? table.slice(prefix.length) : table);
  const patterns = new Map<string, number>();
  let calls = 0;
  let reads = 0;
  let contentOrCatalog = 0;
  for (const turnCalls of turns) {
    const pattern = turnCalls.map((call) => `${call.operation}(${call.tables.map(logical).join("+")})`).join(" ");
    patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
    calls += turnCalls.length;
    reads += turnCalls.filter((call) => READS.has(call.operation)).length;
    contentOrCatalog += turnCalls.filter((call) => call.tables.some((table) => ["content", "catalog"].includes(logical(table)))).length;
  }
  const n = Math.max(1, turns.length);
  const typical = [...patterns].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return { perTurn: calls / n, reads: reads / n, writes: (calls - reads) / n, typical: typical || "(none)", contentOrCatalog };
}

class BenchError extends Error {
  override readonly name = "BenchError";
}

/** A warm container: one child process holding one bundle, driven over IPC. */
class Container {
  private readonly child: ChildProcess;
  private stderr = "";

  constructor(runner: string, env: NodeJS.ProcessEnv, options: { gc?: boolean } = {}) {
    this.child = fork(runner, [], { env, execArgv: [...NODE_FLAGS, ...(options.gc ? ["--expose-gc"] : [])], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.child.stderr?.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4_000)));
  }

  ask<T extends RunnerReply["type"]>(request: RunnerRequest, expected: T): Promise<Extract<RunnerReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new BenchError(`the runner exited (${code}) during ${request.type}: ${this.stderr}`));
      this.child.once("exit", onExit);
      this.child.once("message", (reply: RunnerReply) => {
        this.child.off("exit", onExit);
        if (reply.type === expected) resolve(reply as Extract<RunnerReply, { type: T }>);
        else reject(new BenchError(`${request.type}: ${reply.type === "error" ? reply.message : reply.type} ${this.stderr}`));
      });
      this.child.send(request);
    });
  }

  close(): void {
    this.child.kill();
  }
}

/** The environment of a subject: the local stage (anonymous Bot Framework mode) on DynamoDB Local. */
function subjectEnv(local: DynamoDbLocal, prefix: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STAGE: "local", AWS_REGION: "eu-west-3", DYNAMODB_ENDPOINT: local.endpoint, TABLE_PREFIX: prefix };
  delete env.AWS_LAMBDA_FUNCTION_NAME;
  delete env.NODE_OPTIONS;
  return env;
}

/** Node's flags on Lambda (serverless.yml's NODE_OPTIONS), given to every subject alike. */
const NODE_FLAGS = readServerlessNodeOptions();

const prefixOf = (subject: SubjectDefinition) => `bench-${subject.name}-`;

async function seed(local: DynamoDbLocal, subject: SubjectDefinition): Promise<void> {
  const { client, doc } = createDynamoClients({ region: "eu-west-3", endpoint: local.endpoint, requestTimeoutMs: 10_000, maxAttempts: 3 });
  const tables = tableNames(prefixOf(subject));
  await ensureTables(client, prefixOf(subject));
  if (subject.seed) {
    const published = await publishContentFiles({ repository: new DynamoDbContentRepository({ doc, tableName: tables.content }) });
    if (published.outcome !== "published") throw new BenchError(`the content could not be published: ${published.outcome}`);
    const loaded = await loadDataFolder(SAMPLE_DATA_FOLDER, {
      catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    });
    if (!loaded.ok) throw new BenchError("the sample data could not be loaded");
  }
  client.destroy();
}

function coldEvent(kind: TurnKind): string {
  const activity = {
    type: "message",
    id: randomUUID(),
    text: kind.text,
    channelId: "emulator",
    serviceUrl: "http://127.0.0.1:9",
    deliveryMode: "expectReplies",
    conversation: { id: `cold-${randomUUID()}` },
    from: { id: kind.from },
    recipient: { id: "ue-advisor" },
    locale: "fr-FR",
  };
  return JSON.stringify({ headers: { "content-type": "application/json" }, requestContext: { http: { method: "POST" } }, body: JSON.stringify(activity), isBase64Encoded: false });
}

async function coldStart(script: string, bundle: string, env: NodeJS.ProcessEnv, kind: TurnKind): Promise<ColdStart> {
  const { stdout } = await promisify(execFile)(process.execPath, [...NODE_FLAGS, script, bundle, coldEvent(kind)], { env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
  const result = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ColdStart;
  if (result.statusCode !== 200) throw new BenchError(`cold start of ${bundle} answered ${result.statusCode}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const signedMib = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / MIB).toFixed(1)} MiB`;
const x = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

interface Goal {
  goal: string;
  target: string;
  measured: string;
  met: boolean;
}

function goals(results: Record<string, SubjectResult>, matching: MatchingResult): Goal[] {
  const assistant = results.assistant as SubjectResult;
  const floor = results.floor as SubjectResult;
  const list: Goal[] = [
    { goal: "bundle size", target: `≤ ${mb(GOALS.bundleBytes)}`, measured: mb(assistant.bundle.bytes), met: assistant.bundle.bytes <= GOALS.bundleBytes },
  ];
  const coldRatio = ratio(assistant.cold.loadMs.p50, floor.cold.loadMs.p50);
  list.push({ goal: "cold load (require + build app), elapsed", target: `≤ ${GOALS.coldLoadRatio} × floor`, measured: `${ms(assistant.cold.loadMs.p50)} ms = ${x(coldRatio)} floor (${ms(floor.cold.loadMs.p50)} ms)`, met: coldRatio <= GOALS.coldLoadRatio });
  const coldCpuRatio = ratio(assistant.cold.cpu.loadMs.p50, floor.cold.cpu.loadMs.p50);
  list.push({ goal: "cold load (require + build app), CPU", target: `≤ ${GOALS.coldLoadRatio} × floor`, measured: `${ms(assistant.cold.cpu.loadMs.p50)} ms = ${x(coldCpuRatio)} floor (${ms(floor.cold.cpu.loadMs.p50)} ms)`, met: coldCpuRatio <= GOALS.coldLoadRatio });
  const coldStartRatio = ratio(assistant.cold.coldStartMs.p50, floor.cold.coldStartMs.p50);
  list.push({ goal: "cold start to the first reply, elapsed (not a goal: for context)", target: "–", measured: `${ms(assistant.cold.coldStartMs.p50)} ms = ${x(coldStartRatio)} floor (${ms(floor.cold.coldStartMs.p50)} ms)`, met: true });
  const floorWarm = floor.turns.echo?.warm as Stats;
  for (const [kind, turn] of Object.entries(assistant.turns)) {
    if (isPlanning(kind)) {
      const p95 = Math.max(turn.first.p95, turn.warm.p95);
      list.push({ goal: `turn p95 on a warm container, ${kind}`, target: `< ${GOALS.planningP95Ms} ms`, measured: `first ${ms(turn.first.p95)} ms, again ${ms(turn.warm.p95)} ms`, met: p95 < GOALS.planningP95Ms });
      continue;
    }
    const r = ratio(turn.warm.p50, floorWarm.p50);
    const leanWarm = results.lean?.turns.echo?.warm;
    const lean = leanWarm ? `; ${x(ratio(turn.warm.p50, leanWarm.p50))} lean (${ms(leanWarm.p50)} ms)` : "";
    list.push({ goal: `warm turn p50, ${kind}`, target: `≤ ${GOALS.warmTurnRatio} × floor`, measured: `${ms(turn.warm.p50)} ms = ${x(r)} floor (${ms(floorWarm.p50)} ms)${lean}`, met: r <= GOALS.warmTurnRatio });
  }
  for (const [kind, turn] of Object.entries(assistant.turns)) {
    const worst = Math.max(turn.firstCalls.perTurn, turn.warmCalls.perTurn);
    const fine = worst <= GOALS.callsPerTurn && turn.firstCalls.reads <= 1 && turn.warmCalls.reads <= 1 && turn.firstCalls.writes <= 1 && turn.warmCalls.writes <= 1 && turn.warmCalls.contentOrCatalog === 0;
    list.push({ goal: `DynamoDB calls per turn, ${kind}`, target: "≤ 1 read + 1 write, none to content/catalog", measured: `${turn.warmCalls.typical}`, met: fine });
  }
  list.push({ goal: "matching, 1,000 entries (p95 over questions)", target: `< ${GOALS.matchingMs} ms`, measured: `${matching.p95LargeMs.toFixed(3)} ms`, met: matching.p95LargeMs < GOALS.matchingMs });
  if (assistant.memory) {
    list.push({
      goal: `memory over ${assistant.memory.turns.toLocaleString("en")} turns`,
      target: `flat (RSS growth < ${GOALS.rssGrowthBytes / 1024 / 1024} MiB, heap < ${GOALS.heapGrowthBytes / 1024 / 1024} MiB)`,
      measured: `RSS ${signedMib(assistant.memory.rssGrowth)}, heap ${signedMib(assistant.memory.heapGrowth)}`,
      met: assistant.memory.rssGrowth < GOALS.rssGrowthBytes && assistant.memory.heapGrowth < GOALS.heapGrowthBytes,
    });
  }
  return list;
}

function report(results: Record<string, SubjectResult>, matching: MatchingResult, goalList: Goal[], machine: Record<string, unknown>, writeBaseline: WriteBaseline): string {
  const names = Object.keys(results);
  const subjects = names.map((name) => results[name] as SubjectResult);
  const floor = results.floor as SubjectResult;
  const lines: string[] = [];
  const cell = (text: string, width = 24) => text.padStart(width);
  const row = (label: string, cells: string[]) => lines.push(`${label.padEnd(34)}${cells.map((c) => cell(c)).join("")}`);
  lines.push(`ue-advisor performance — node ${process.version} ${machine.nodeFlags}, ${machine.cpus} × ${machine.cpuModel}, load average ${machine.loadBefore} → ${machine.loadAfter} (shared machine)`);
  lines.push(`Figures in ms unless stated; "×floor" is the ratio to the floor bot (echo on botbuilder + botbuilder-dialogs with conversation and user state, untrimmed bundle); "lean" the same with conversation state only.`);
  lines.push("");
  row("", subjects.map((s) => s.label));
  row("bundle (minified JS)", subjects.map((s) => `${mb(s.bundle.bytes)} ${x(ratio(s.bundle.bytes, floor.bundle.bytes))}`));
  const coldRows = [["requireMs", "require the bundle"], ["prepareMs", "build the app"], ["loadMs", "= cold load"], ["firstRequestMs", "first request"], ["coldStartMs", "= cold start"]] as const;
  lines.push(`cold start, median of ${floor.cold.runs} fresh processes: elapsed`);
  for (const [key, label] of coldRows) row(`  ${label}`, subjects.map((s) => `${ms(s.cold[key].p50)} ${x(ratio(s.cold[key].p50, floor.cold[key].p50))}`));
  lines.push("cold start, same processes: CPU time (user + system)");
  for (const [key, label] of coldRows) row(`  ${label}`, subjects.map((s) => `${ms(s.cold.cpu[key].p50)} ${x(ratio(s.cold.cpu[key].p50, floor.cold.cpu[key].p50))}`));
  lines.push(`turns on DynamoDB Local, warm container: p50 / p99 over ${floor.turns.echo?.warm.n ?? 0} turns each`);
  const floorTurn = floor.turns.echo as SubjectResult["turns"][string];
  const leanTurn = results.lean?.turns.echo;
  for (const subject of subjects) {
    for (const [kind, turn] of Object.entries(subject.turns)) {
      const label = `  ${subject.name}: ${kind}`;
      const lean = leanTurn ? `, ${x(ratio(turn.warm.p50, leanTurn.warm.p50))} / ${x(ratio(turn.warm.p99, leanTurn.warm.p99))} lean` : "";
      lines.push(
        `${label.padEnd(34)}first ${ms(turn.first.p50)} / ${ms(turn.first.p99)}   warm ${ms(turn.warm.p50)} / ${ms(turn.warm.p99)}   warm ${x(ratio(turn.warm.p50, floorTurn.warm.p50))} / ${x(ratio(turn.warm.p99, floorTurn.warm.p99))} floor${lean}`,
      );
    }
  }
  const base = writeBaseline;
  lines.push(
    `DynamoDB Local alone, p50 / p99 over ${base.putItem.n}: PutItem of a state document ${ms(base.putItem.p50)} / ${ms(base.putItem.p99)}; with one record in a TransactWriteItems ${ms(base.transactWriteItems.p50)} / ${ms(base.transactWriteItems.p99)} (${x(ratio(base.transactWriteItems.p50, base.putItem.p50))})`,
  );
  lines.push("DynamoDB calls per turn, counted on the wire (warm container)");
  for (const subject of subjects) {
    for (const [kind, turn] of Object.entries(subject.turns)) {
      lines.push(`${`  ${subject.name}: ${kind}`.padEnd(34)}first: ${turn.firstCalls.perTurn.toFixed(1)} (${turn.firstCalls.typical})   warm: ${turn.warmCalls.perTurn.toFixed(1)} (${turn.warmCalls.typical})`);
    }
    if (subject.prepareCalls.length > 0) {
      const calls = subject.prepareCalls.map((call) => `${call.operation}(${call.tables.join("+")})`).join(" ");
      lines.push(`${`  ${subject.name}: building the app`.padEnd(34)}${subject.prepareCalls.length} (${calls})`);
    }
  }
  lines.push(`matching (${matching.questions} questions, median of ${matching.repeats} runs each): p50 / p95 / p99`);
  for (const timing of matching.timings) {
    const us = timing.perQuestionUs;
    const at = (p: number) => ((us[Math.min(us.length - 1, Math.floor((p / 100) * us.length))] ?? 0) / 1000).toFixed(3);
    lines.push(`${`  ${timing.label}`.padEnd(50)}${String(timing.entries).padStart(6)} entries  ${at(50)} / ${at(95)} / ${at(99)} ms`);
  }
  lines.push(`  index build: ${ms(matching.buildRealMs)} ms (${matching.realEntries} entries), ${ms(matching.buildLargeMs)} ms (${matching.largeEntries} entries)`);
  lines.push("memory (after a full GC)");
  for (const subject of subjects) {
    if (!subject.memory) continue;
    const m = subject.memory;
    const first = m.samples[0] as MemorySample;
    const last = m.samples[m.samples.length - 1] as MemorySample;
    lines.push(
      `${`  ${subject.name}`.padEnd(34)}peak RSS ${mb(m.peakRss)}; RSS ${mb(first.rss)} → ${mb(last.rss)} (${signedMib(m.rssGrowth)}), heap ${mb(first.heapUsed)} → ${mb(last.heapUsed)} (${signedMib(m.heapGrowth)}) over ${m.turns.toLocaleString("en")} turns (${ms(m.meanTurnMs)} ms/turn)`,
    );
  }
  lines.push("");
  lines.push("goals");
  for (const goal of goalList) lines.push(`  ${goal.met ? "met    " : "NOT MET"}  ${goal.goal.padEnd(46)} ${goal.target.padEnd(44)} ${goal.measured}`);
  return lines.join("\n");
}

/** What the store itself takes for a turn's write: a PutItem of a state document, or the same with one record in a TransactWriteItems. */
interface WriteBaseline {
  putItem: Stats;
  transactWriteItems: Stats;
}

/**
 * DynamoDB Local's own time for the two writes a turn makes (a state document alone, or with a
 * record in one transaction), measured in the same run, interleaved, without the bot: the part of a
 * turn's time that is the store's.
 */
async function measureWriteBaseline(local: DynamoDbLocal, samples: number): Promise<WriteBaseline> {
  const { client, doc } = createDynamoClients({ region: "local", endpoint: local.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
  try {
    const prefix = "baseline-";
    await ensureTables(client, prefix);
    const tables = tableNames(prefix);
    const state = (i: number) => ({ pk: `emulator/conversations/baseline-${i % 50}/`, key: "k", doc: JSON.stringify({ text: "x".repeat(1_500) }), etag: randomUUID(), expiresAt: 4_000_000_000 });
    const record = (i: number) => ({ pk: "ANSWERED", sk: `2026-11-28T00:00:00.000Z#${i}-${randomUUID()}`, answerId: "ua", language: "fr", expiresAt: 4_000_000_000 });
    const put = (i: number) => doc.send(new PutCommand({ TableName: tables.state, Item: state(i) }));
    const transact = (i: number) => doc.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: tables.state, Item: state(i) } }, { Put: { TableName: tables.events, Item: record(i) } }] }));
    const timings = { put: [] as number[], transact: [] as number[] };
    for (let i = 0; i < samples + 50; i++) {
      for (const [name, write] of [["put", put], ["transact", transact]] as const) {
        const started = performance.now();
        await write(i);
        if (i >= 50) timings[name].push(performance.now() - started);
      }
    }
    return { putItem: stats(timings.put), transactWriteItems: stats(timings.transact) };
  } finally {
    client.destroy();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  const machine: Record<string, unknown> = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "?",
    memory: mb(totalmem()),
    node: process.version,
    nodeFlags: NODE_FLAGS.join(" "),
    loadBefore: loadavg()[0]?.toFixed(1),
  };
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  console.error("building the bundles...");
  const tools = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "error" } as const;
  await build({ ...tools, entryPoints: [join(ROOT, "bench/turn-runner.ts")], outfile: join(OUT, "turn-runner.js") });
  await build({ ...tools, entryPoints: [join(ROOT, "bench/cold-start.ts")], outfile: join(OUT, "cold-start.js") });
  const bundles: Record<string, BuiltBundle> = {};
  for (const subject of SUBJECTS) bundles[subject.name] = await buildBundle(subject.entry, join(OUT, "bundles", subject.name), { trimmed: subject.trimmed, logLevel: "error" });

  console.error("matching...");
  const matching = await measureMatching();

  console.error("starting DynamoDB Local...");
  const local = await startDynamoDbLocal({ timeoutMs: 60_000 });
  const containers: Container[] = [];
  try {
    for (const subject of SUBJECTS) await seed(local, subject);
    console.error("DynamoDB Local's own write times...");
    const writeBaseline = await measureWriteBaseline(local, SETTINGS.samples);
    const env = (subject: SubjectDefinition) => subjectEnv(local, prefixOf(subject));
    const runner = join(OUT, "turn-runner.js");

    console.error(`cold starts (${SETTINGS.coldRuns} per bundle)...`);
    const colds: Record<string, ColdStart[]> = Object.fromEntries(SUBJECTS.map((s) => [s.name, []]));
    for (let run = 0; run < SETTINGS.coldRuns; run++) {
      // Interleaved, so a burst of load on the shared machine falls on every subject alike.
      for (const subject of SUBJECTS) colds[subject.name]?.push(await coldStart(join(OUT, "cold-start.js"), (bundles[subject.name] as BuiltBundle).file, env(subject), subject.kinds[0] as TurnKind));
    }

    console.error(`turns (${SETTINGS.samples} per kind)...`);
    const timed = new Map<string, Container>();
    for (const subject of SUBJECTS) {
      const container = new Container(runner, env(subject));
      containers.push(container);
      await container.ask({ type: "load", bundle: (bundles[subject.name] as BuiltBundle).file, count: false }, "loaded");
      await container.ask({ type: "turns", kinds: subject.kinds, samples: 20, offset: -100 }, "turns"); // warm-up
      timed.set(subject.name, container);
    }
    const timings: Record<string, Record<string, KindTimings>> = Object.fromEntries(SUBJECTS.map((s) => [s.name, {}]));
    const perChunk = Math.ceil(SETTINGS.samples / SETTINGS.chunks);
    for (let chunk = 0; chunk < SETTINGS.chunks; chunk++) {
      for (const subject of SUBJECTS) {
        const reply = await (timed.get(subject.name) as Container).ask({ type: "turns", kinds: subject.kinds, samples: perChunk, offset: chunk * perChunk }, "turns");
        for (const [kind, t] of Object.entries(reply.byKind)) {
          const into = ((timings[subject.name] as Record<string, KindTimings>)[kind] ??= { firstMs: [], warmMs: [], firstCalls: [], warmCalls: [] });
          into.firstMs.push(...t.firstMs);
          into.warmMs.push(...t.warmMs);
        }
      }
    }
    for (const container of timed.values()) container.close();

    console.error("counting DynamoDB calls...");
    const counted: Record<string, { prepareCalls: DynamoCall[]; byKind: Record<string, KindTimings> }> = {};
    for (const subject of SUBJECTS) {
      const container = new Container(runner, env(subject));
      containers.push(container);
      const loaded = await container.ask({ type: "load", bundle: (bundles[subject.name] as BuiltBundle).file, count: true }, "loaded");
      await container.ask({ type: "turns", kinds: subject.kinds, samples: 3, offset: -200 }, "turns"); // warm container
      const reply = await container.ask({ type: "turns", kinds: subject.kinds, samples: SETTINGS.countSamples, offset: -300 }, "turns");
      counted[subject.name] = { prepareCalls: loaded.prepareCalls, byKind: reply.byKind };
      container.close();
    }

    const memories: Record<string, SubjectResult["memory"]> = {};
    for (const subject of SUBJECTS.filter((s) => s.soak)) {
      console.error(`memory: ${SETTINGS.soakTurns} turns of ${subject.name}...`);
      const container = new Container(runner, env(subject), { gc: true });
      containers.push(container);
      await container.ask({ type: "load", bundle: (bundles[subject.name] as BuiltBundle).file, count: false }, "loaded");
      const soak = await container.ask({ type: "soak", kinds: subject.kinds, turns: SETTINGS.soakTurns, sampleEvery: SETTINGS.soakEvery, warmup: SETTINGS.soakWarmup }, "soak");
      memories[subject.name] = {
        samples: soak.samples,
        peakRss: soak.peakRss,
        rssGrowth: growth(soak.samples.map((m) => m.rss)),
        heapGrowth: growth(soak.samples.map((m) => m.heapUsed)),
        meanTurnMs: soak.meanTurnMs,
        turns: SETTINGS.soakTurns,
      };
      container.close();
    }

    const results: Record<string, SubjectResult> = {};
    for (const subject of SUBJECTS) {
      const built = bundles[subject.name] as BuiltBundle;
      const cold = colds[subject.name] as ColdStart[];
      const prefix = prefixOf(subject);
      const count = counted[subject.name] as { prepareCalls: DynamoCall[]; byKind: Record<string, KindTimings> };
      results[subject.name] = {
        name: subject.name,
        label: subject.label,
        entry: subject.entry,
        bundle: { bytes: built.bytes, mapBytes: built.mapBytes, buildMs: built.buildMs, topPackages: Object.fromEntries(Object.entries(built.byPackage).slice(0, 15)) },
        cold: {
          runs: cold.length,
          requireMs: stats(cold.map((c) => c.requireMs)),
          prepareMs: stats(cold.map((c) => c.prepareMs)),
          loadMs: stats(cold.map((c) => c.requireMs + c.prepareMs)),
          firstRequestMs: stats(cold.map((c) => c.firstRequestMs)),
          coldStartMs: stats(cold.map((c) => c.requireMs + c.prepareMs + c.firstRequestMs)),
          cpu: {
            requireMs: stats(cold.map((c) => c.requireCpuMs)),
            prepareMs: stats(cold.map((c) => c.prepareCpuMs)),
            loadMs: stats(cold.map((c) => c.requireCpuMs + c.prepareCpuMs)),
            firstRequestMs: stats(cold.map((c) => c.firstRequestCpuMs)),
            coldStartMs: stats(cold.map((c) => c.requireCpuMs + c.prepareCpuMs + c.firstRequestCpuMs)),
          },
        },
        turns: Object.fromEntries(
          Object.entries(timings[subject.name] as Record<string, KindTimings>).map(([kind, t]) => [
            kind,
            {
              first: stats(t.firstMs),
              warm: stats(t.warmMs),
              firstCalls: summarizeCalls(count.byKind[kind]?.firstCalls ?? [], prefix),
              warmCalls: summarizeCalls(count.byKind[kind]?.warmCalls ?? [], prefix),
            },
          ]),
        ),
        prepareCalls: count.prepareCalls.map((call) => ({ ...call, tables: call.tables.map((t) => t.replace(prefix, "")) })),
        memory: memories[subject.name],
      };
    }
    machine.loadAfter = loadavg()[0]?.toFixed(1);
    const goalList = goals(results, matching);
    const text = report(results, matching, goalList, machine, writeBaseline);
    const matchingSummary = {
      ...matching,
      timings: matching.timings.map(({ label, entries, perQuestionUs }) => ({ label, entries, ...Object.fromEntries(([50, 95, 99, 100] as const).map((p) => [`p${p}Ms`, (perQuestionUs[Math.min(perQuestionUs.length - 1, Math.floor((p / 100) * perQuestionUs.length))] ?? 0) / 1000])) })),
    };
    const json = { date: new Date().toISOString(), quick: QUICK, durationS: Math.round((Date.now() - started) / 1000), machine, settings: SETTINGS, goals: goalList, subjects: results, matching: matchingSummary, writeBaseline };
    writeFileSync(join(OUT, "results.json"), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(OUT, "results.txt"), `${text}\n`);
    console.log(text);
    console.log("");
    console.log(JSON.stringify(json));
    console.error(`\nwritten to .bench/results.json and .bench/results.txt (${json.durationS} s)`);
  } finally {
    for (const container of containers) container.close();
    await local.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
