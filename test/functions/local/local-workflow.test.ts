import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Level } from "level";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalStoreHeldError, startLocalServer } from "../../../functions/local/local-server";
import { seedBanner } from "../../../functions/local/local-seed";
import { runContentCommand } from "../../../infra/cli/content-commands";
import { runDataLoad } from "../../../infra/cli/data-load";
import { runHandoffs } from "../../../infra/cli/handoffs";
import { runReport } from "../../../infra/cli/report";
import { HOLDER_FILE, type StoreHolder } from "../../../infra/local/local-store";
import { shippedData } from "../../support/advisor-services";

/** How many answers the shipped content holds: what a diff or a publish of it counts. */
async function shippedEntryCount(): Promise<number> {
  return (await shippedData()).entries.length;
}

/**
 * The local workflow while the assistant runs: `npm start` in its own process on a temporary data
 * folder, and the admins' and advisors' commands against it, as a developer runs them in a second
 * terminal. The commands go through the store the server serves; what they change, the running
 * assistant answers with at once.
 */
const root = resolve(__dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "ue-advisor-workflow-"));
const dataDir = join(work, "store");
const env = { STAGE: "local", DATA_DIR: dataDir };

/** `npm start` as a process: what `npm start` runs, with the given data folder and any free port. */
function startProcess(folder: string, args: string[] = []) {
  const childEnv: Record<string, string | undefined> = { ...process.env, DATA_DIR: folder, PORT: "0", HOST: "127.0.0.1" };
  for (const name of ["DYNAMODB_ENDPOINT", "TABLE_PREFIX", "STAGE", "MicrosoftAppId", "MicrosoftAppPassword"]) delete childEnv[name];
  const child = spawn(process.execPath, ["--import", "tsx", "functions/local/local-server.ts", ...args], { cwd: root, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { child, exited, out: () => out, err: () => err };
}

/** Waits until the server has printed its banner (the last line names the data folder). */
async function banner(started: ReturnType<typeof startProcess>): Promise<string> {
  const deadline = Date.now() + 45_000;
  while (!started.out().includes("Data persisted under")) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited ${started.child.exitCode}: ${started.err()}`);
    if (Date.now() > deadline) throw new Error(`npm start printed no banner in time:\n${started.out()}\n${started.err()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return started.out().split("\n").filter((line) => !line.startsWith("{")).join("\n");
}

function holderOf(folder: string): StoreHolder {
  return JSON.parse(readFileSync(join(folder, HOLDER_FILE), "utf8")) as StoreHolder;
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out: () => out.join("\n"), err: () => err.join("\n") };
}

/** A Web Chat conversation on the local Direct Line, as the chat page opens it for a demo learner. */
async function directLine(url: string, userId: string) {
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${url}/v3/directline${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const { token, conversationId } = (await call("POST", "/tokens/generate", undefined, { user: { id: userId } })) as { token: string; conversationId: string };
  await call("POST", "/conversations", token);
  let watermark = "";
  const poll = async () => {
    const polled = await call("GET", `/conversations/${conversationId}/activities?watermark=${watermark}`, token);
    watermark = polled.watermark as string;
    return polled.activities as { from: { role?: string }; text?: string; attachments?: { content: unknown }[] }[];
  };
  await poll();
  return {
    /** The bot's replies to one message, text and cards as text. */
    async say(text: string): Promise<string> {
      await call("POST", `/conversations/${conversationId}/activities`, token, { type: "message", text });
      const replies = (await poll()).filter((activity) => activity.from.role === "bot");
      return replies.map((activity) => `${activity.text ?? ""} ${JSON.stringify(activity.attachments?.map((a) => a.content) ?? [])}`).join("\n");
    },
  };
}

/** The answer files with one answer marked, as an admin's edit of infra/content. */
function editedContent(): string {
  const folder = join(work, "content");
  cpSync(join(root, "infra/content"), folder, { recursive: true });
  const file = join(folder, "about.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("La certification qualité a été délivrée pour les catégories", "Réponse publiée localement : la certification qualité a été délivrée pour les catégories"));
  return folder;
}

/** demo-05 with the teacher's authorization for ANG320 in the spring semesters to come, as a secretary would load it. */
function authorizationFolder(): string {
  const folder = join(work, "authorization");
  const sample = readFileSync(join(root, "infra/data/sample/demo-learners.yaml"), "utf8");
  cpSync(join(root, "infra/data/sample/demo-learners.yaml"), join(folder, "demo-learners.yaml"));
  writeFileSync(
    join(folder, "demo-learners.yaml"),
    sample.replace('authorizations: [{ unit: ANG320, semester: "2027-2028 S1" }]', `authorizations: [{ unit: ANG320, semester: "2027-2028 S1" }, ${["2026-2027", "2027-2028", "2028-2029"].map((year) => `{ unit: ANG320, semester: "${year} S2" }`).join(", ")}]`),
  );
  return folder;
}

let server: ReturnType<typeof startProcess>;
let url: string;

beforeAll(async () => {
  server = startProcess(dataDir);
  const printed = await banner(server);
  expect(printed).toContain("Sample catalog and demo learners loaded into an empty store (69 units, 4 diplomas, 14 learners).");
  expect(printed).toContain("Answers: the files of infra/content published as v000001.");
  url = holderOf(dataDir).url as string;
}, 60_000);

afterAll(async () => {
  if (server.child.exitCode === null) {
    server.child.kill("SIGINT");
    await server.exited;
  }
  rmSync(work, { recursive: true, force: true });
});

describe("npm start and the commands on the same store", () => {
  it("names itself in the data folder: its pid, the store's loopback endpoint and its address", () => {
    const holder = holderOf(dataDir);
    expect(holder).toMatchObject({ pid: server.child.pid, by: "npm start", storeEndpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("content:diff, report and handoffs list work on the running assistant's store, exit 0", async () => {
    const diff = io();
    expect(await runContentCommand(["diff"], env, diff.io)).toBe(0);
    expect(diff.out()).toMatch(new RegExp(`no change \\(${await shippedEntryCount()} unchanged\\)`));

    const report = io();
    expect(await runReport(["--out", join(work, "report.html")], env, report.io)).toBe(0);
    expect(report.out()).toMatch(/Demandes de conseiller :/);

    const handoffs = io();
    expect(await runHandoffs(["list"], env, handoffs.io)).toBe(0);
    expect(handoffs.out()).toBe(`No open request on the store of the running assistant (${dataDir}, pid ${server.child.pid}).`);
  });

  it("is what the npm script runs: a command in its own process, exit 0 and no stack trace", () => {
    const { DYNAMODB_ENDPOINT: _unused, TABLE_PREFIX: _default, ...inherited } = process.env;
    const run = spawnSync(process.execPath, ["--import", "tsx", "infra/cli/handoffs.ts", "list"], { cwd: root, env: { ...inherited, ...env }, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout.trim()).toBe(`No open request on the store of the running assistant (${dataDir}, pid ${server.child.pid}).`);
    expect(run.status).toBe(0);
  });

  it("a learner's authorization loaded with data:load is seen by the running assistant at the next message", async () => {
    const chat = await directLine(url, "dl_demo-05");
    expect(await chat.say("puis-je m'inscrire à ANG320 au S2 ?")).toMatch(/que vous n.avez pas encore/);

    const load = io();
    expect(await runDataLoad([authorizationFolder()], env, load.io)).toBe(0);
    expect(load.out()).toMatch(/Loaded 0 units, 0 diplomas, 14 learners .* into the store of the running assistant/);
    expect(load.out()).toContain(`The running assistant (${url}) now serves content v000001 and 69 units, 4 diplomas.`);

    const again = await directLine(url, "dl_demo-05");
    expect(await again.say("puis-je m'inscrire à ANG320 au S2 ?")).not.toMatch(/que vous n.avez pas encore/);
  });

  it("content:publish reaches the running assistant at once", async () => {
    const publish = io();
    expect(await runContentCommand(["publish", "--dir", editedContent()], env, publish.io)).toBe(0);
    expect(publish.out()).toMatch(new RegExp(`Published v000002: ${await shippedEntryCount()} entries .* now active on the store of the running assistant`));
    expect(publish.out()).toContain(`The running assistant (${url}) now serves content v000002 and 69 units, 4 diplomas.`);

    const chat = await directLine(url, "dl_demo-01");
    expect(await chat.say("Le Cnam Paris est-il certifié qualité ?")).toContain("Réponse publiée localement");
  });

  it("a second npm start on the same store says where the assistant runs, in one sentence, exit 2", async () => {
    const second = startProcess(dataDir);
    expect(await second.exited).toBe(2);
    expect(second.err().trim()).toBe(`The assistant already runs at ${url}, pid ${server.child.pid} (stop it with Ctrl+C in its terminal, or use it).`);
    expect(holderOf(dataDir).pid).toBe(server.child.pid);
  }, 30_000);
});

describe("npm start after a stop: the store's data kept, unless --reset-sample", () => {
  it("keeps what was loaded and published, then reloads the samples when asked", async () => {
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(existsSync(join(dataDir, HOLDER_FILE))).toBe(false);

    const kept = await startLocalServer({ port: 0, dataDir, env: { STAGE: "local" } });
    try {
      expect(seedBanner(kept.seeded)).toEqual([
        "Kept the store's data: 69 units, 4 diplomas, 14 learners, content version v000002 (npm start -- --reset-sample to reload the samples).",
        "Answers: kept v000002; the files of infra/content differ from it (npm run content:diff, then content:publish, works while the assistant runs).",
      ]);
      const chat = await directLine(kept.url, "dl_demo-05");
      expect(await chat.say("Le Cnam Paris est-il certifié qualité ?")).toContain("Réponse publiée localement");
      expect(await chat.say("puis-je m'inscrire à ANG320 au S2 ?")).not.toMatch(/que vous n.avez pas encore/);
    } finally {
      await kept.close();
    }

    const reset = await startLocalServer({ port: 0, dataDir, env: { STAGE: "local" }, resetSample: true });
    try {
      expect(seedBanner(reset.seeded)).toEqual([
        "Sample catalog and demo learners reloaded over the store's data (--reset-sample); the store holds 69 units, 4 diplomas, 14 learners.",
        "Answers: the files of infra/content published as v000003.",
      ]);
      const chat = await directLine(reset.url, "dl_demo-05");
      expect(await chat.say("Le Cnam Paris est-il certifié qualité ?")).not.toContain("Réponse publiée localement");
      expect(await chat.say("puis-je m'inscrire à ANG320 au S2 ?")).toMatch(/que vous n.avez pas encore/);
    } finally {
      await reset.close();
    }
  }, 60_000);
});

describe("a store that cannot be shared", () => {
  it("replaces a stale holder file (its process is dead) and starts", async () => {
    const folder = join(work, "stale");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale: StoreHolder = { pid: dead, by: "npm start", startedAt: "2026-01-01T00:00:00.000Z", storeEndpoint: "http://127.0.0.1:9", url: "http://127.0.0.1:9" };
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, HOLDER_FILE), JSON.stringify(stale));

    const handoffs = io();
    expect(await runHandoffs(["list"], { ...env, DATA_DIR: folder }, handoffs.io)).toBe(0);
    expect(handoffs.out()).toBe(`No open request on the local store (${folder}).`);

    writeFileSync(join(folder, HOLDER_FILE), JSON.stringify(stale));
    const started = await startLocalServer({ port: 0, dataDir: folder, env: { STAGE: "local" } });
    try {
      expect(holderOf(folder)).toMatchObject({ pid: process.pid, by: "npm start", url: started.url });
    } finally {
      await started.close();
    }
    expect(existsSync(join(folder, HOLDER_FILE))).toBe(false);
  });

  it("refuses, in one sentence and exit 2, a store another command holds", async () => {
    const folder = join(work, "busy");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, HOLDER_FILE), JSON.stringify({ pid: process.pid, by: "npm run data:load", startedAt: new Date().toISOString() }));

    const report = io();
    expect(await runReport([], { ...env, DATA_DIR: folder, LOCAL_STORE_WAIT_MS: "300" }, report.io)).toBe(2);
    expect(report.err()).toBe(`The local store at ${folder} is in use by \`npm run data:load\` (pid ${process.pid}) for more than 300 ms: run this again once it has finished.`);
    const start = startLocalServer({ port: 0, dataDir: folder, env: { STAGE: "local", LOCAL_STORE_WAIT_MS: "300" } });
    await expect(start).rejects.toThrow(LocalStoreHeldError);
    await expect(start).rejects.toThrow(`The store at ${folder} is in use by \`npm run data:load\` (pid ${process.pid}) for more than 300 ms: start again once it has finished.`);
  });

  it("waits for a command that holds the store to finish", async () => {
    const folder = join(work, "waiting");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, HOLDER_FILE), JSON.stringify({ pid: process.pid, by: "npm run data:load", startedAt: new Date().toISOString() }));
    setTimeout(() => rmSync(join(folder, HOLDER_FILE)), 500);
    const handoffs = io();
    expect(await runHandoffs(["list"], { ...env, DATA_DIR: folder }, handoffs.io)).toBe(0);
    expect(handoffs.out()).toBe(`No open request on the local store (${folder}).`);
  });

  it("refuses a store whose files another program holds without a holder file", async () => {
    const folder = join(work, "foreign");
    const foreign = new Level(folder);
    await foreign.open();
    try {
      const diff = io();
      expect(await runContentCommand(["diff"], { ...env, DATA_DIR: folder }, diff.io)).toBe(2);
      expect(diff.err()).toBe(`The local store at ${folder} is open in another process that does not share it: stop that process, then run this again.`);
      expect(existsSync(join(folder, HOLDER_FILE))).toBe(false);
    } finally {
      await foreign.close();
    }
  });
});
