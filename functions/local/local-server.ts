import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "../../infra/config/env";
import { EmbeddedStoreBusyError } from "../../infra/local/embedded-store";
import { NPM_START, REFRESH_PATH, formatWait, openLocalStore, waitForCommandMs, type HeldStore, type StoreHolder } from "../../infra/local/local-store";
import { MAX_BODY_BYTES, jsonResponse, type HttpResponse } from "../http/bot-http";
import { createApp, type App } from "../app/composition-root";
import { CHAT_PAGE_ASSETS, CHAT_PAGE_CSP, chatPage, chatScript, chatStyle } from "./local-chat-page";
import { createLocalDirectLine, type LocalDirectLine } from "./local-direct-line";
import { FunctionsError } from "../app/errors";
import { log } from "../app/logging";
import { LocalSeedError, seedBanner, seedLocalStore, type LocalSeed } from "./local-seed";

export type { LocalSeed } from "./local-seed";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The local server refuses to start: a setting or the shipped files are wrong (the message says which). */
export class LocalStartError extends FunctionsError {}

/** The store is held by another process (a running assistant, a command): the message says by whom and what to do. */
export class LocalStoreHeldError extends LocalStartError {
  constructor(
    message: string,
    readonly holder?: StoreHolder,
  ) {
    super(message);
  }
}

export interface LocalServer {
  url: string;
  /** What the start loaded into the store or kept there (the banner says it: seedBanner). */
  seeded: LocalSeed;
  server: Server;
  store?: HeldStore;
  close(): Promise<void>;
}

/**
 * The assistant on this machine: the same request handling as the Lambda, on an embedded
 * DynamoDB-compatible store (or the endpoint given), with a chat page for a browser.
 * Anonymous Bot Framework mode (no app id) is accepted only on a loopback address.
 */
export async function startLocalServer(
  options: { host?: string; port?: number; dataDir?: string; env?: Record<string, string | undefined>; resetSample?: boolean } = {},
): Promise<LocalServer> {
  const env = options.env ?? process.env;
  const host = options.host ?? env.HOST ?? "127.0.0.1";
  let config: Config = loadConfig({ ...env, STAGE: env.STAGE ?? "local" });
  if (!config.MicrosoftAppId && !LOOPBACK.has(host)) {
    throw new LocalStartError(`Refusing to listen on ${host} without Bot Framework credentials: anonymous mode is for loopback only (HOST=127.0.0.1).`);
  }

  const turns = new TurnLimit(Number(env.LOCAL_MAX_CONCURRENT_TURNS ?? DEFAULT_CONCURRENT_TURNS));

  let store: HeldStore | undefined;
  if (!config.DYNAMODB_ENDPOINT) {
    store = await holdLocalStore(options.dataDir ?? resolve(env.DATA_DIR ?? ".data/store"), waitForCommandMs(env));
    config = { ...config, DYNAMODB_ENDPOINT: store.endpoint };
  }
  try {
    return await serve(config, store, { host, port: options.port ?? Number(env.PORT ?? 3978), turns, resetSample: options.resetSample ?? false });
  } catch (error) {
    await store?.close();
    throw error;
  }
}

/** The store of this folder, unless a live process holds it: then one sentence says which and what to do. */
async function holdLocalStore(path: string, waitMs: number): Promise<HeldStore> {
  let access;
  try {
    access = await openLocalStore(path, NPM_START, { waitForCommandMs: waitMs });
  } catch (error) {
    if (error instanceof EmbeddedStoreBusyError) throw new LocalStoreHeldError(`The store at ${path} is open in another process: stop it, or give this one another DATA_DIR.`);
    throw error;
  }
  if (access.kind === "opened") return access.store;
  const { holder } = access;
  if (holder.by !== NPM_START) throw new LocalStoreHeldError(`The store at ${path} is in use by \`${holder.by}\` (pid ${holder.pid}) for more than ${formatWait(waitMs)}: start again once it has finished.`, holder);
  if (!holder.url) throw new LocalStoreHeldError(`The assistant is already starting on ${path} (pid ${holder.pid}).`, holder);
  throw new LocalStoreHeldError(`The assistant already runs at ${holder.url}, pid ${holder.pid} (stop it with Ctrl+C in its terminal, or use it).`, holder);
}

async function serve(config: Config, store: HeldStore | undefined, options: { host: string; port: number; turns: TurnLimit; resetSample: boolean }): Promise<LocalServer> {
  const { host, turns } = options;
  const seeded = await seedLocalStore(config, { reset: options.resetSample });
  const started = await createApp(config);
  // Advisors' answers for Teams chats (AWS: the events stream). Teams reaches only a credentialed bot.
  const deliveries = config.MicrosoftAppId ? setInterval(() => void started.deliverPendingAnswers?.().catch((error: Error) => log("warn", "answer_delivery_poll_failed", { message: error.message })), 5_000) : undefined;
  deliveries?.unref();
  // Every turn, from /api/messages or the Direct Line emulation, takes one of the turn slots.
  const app: App = { ...started, handle: (request) => turns.run(() => started.handle(request)) };
  let url = "";
  // The Direct Line emulation calls the bot without a Bot Framework token: only in anonymous mode.
  const directLine = config.MicrosoftAppId ? undefined : createLocalDirectLine({ bot: (request) => app.handle(request), serviceUrl: () => url });
  const page = chatPage(seeded.learners);
  const server = createServer((req, res) => {
    route({ app, directLine, page }, req).then(
      (response) => write(res, response),
      (error: Error) => {
        log("error", "request_failed", { message: error.message });
        write(res, jsonResponse(500, { error: "The assistant could not process this activity." }));
      },
    );
  });
  const port = options.port;
  await new Promise<void>((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(error.code === "EADDRINUSE" ? new LocalStartError(`Port ${port} on ${host} is already in use by another program: stop it, or start on another port (PORT=${port + 1} npm start).`) : error),
    );
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${shownHost}:${address.port}`;
  store?.announce({ url });
  return {
    seeded,
    url,
    server,
    store,
    close: async () => {
      clearInterval(deliveries);
      await new Promise<void>((done) => server.close(() => done()));
      await store?.close();
    },
  };
}

/**
 * On AWS each Lambda instance runs one turn at a time and DynamoDB scales out; this server is one
 * process on a developer's machine. Past a few dozen turns at once they only compete for its event
 * loop and its DynamoDB connections until their requests time out, so the rest wait their turn here,
 * before their time budget starts (as requests wait for a free instance).
 */
const DEFAULT_CONCURRENT_TURNS = 16;

class TurnLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new LocalStartError(`LOCAL_MAX_CONCURRENT_TURNS must be a positive integer, not ${limit}.`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

interface Routes {
  app: App;
  directLine?: LocalDirectLine;
  page: string;
}

/** A response of the local server: JSON and pages as text, Web Chat's bundle as bytes. */
type LocalResponse = Omit<HttpResponse, "body"> & { body: string | Buffer };

const TOO_LARGE = jsonResponse(413, { error: `The request body is over the limit of ${MAX_BODY_BYTES} bytes.`, expected: "a Bot Framework activity under 256 KB" });

async function route({ app, directLine, page }: Routes, req: IncomingMessage): Promise<LocalResponse> {
  const [path = "/", search = ""] = (req.url ?? "/").split("?");
  const method = req.method ?? "GET";
  if (path === "/healthz" && method === "GET") return jsonResponse(200, { status: "ok" });
  if (method === "GET") {
    const asset = await staticAsset(path, page);
    if (asset) return asset;
  }
  // A command that has just changed the store asks the assistant to re-read it (anonymous loopback mode only).
  if (path === REFRESH_PATH && method === "POST" && directLine && app.refresh) return jsonResponse(200, await app.refresh());
  if (path === "/api/messages") {
    const body = await readBody(req);
    if (body === undefined) return TOO_LARGE;
    return app.handle({ method, headers: req.headers as Record<string, string | undefined>, body });
  }
  if (directLine) {
    const headers = req.headers as Record<string, string | undefined>;
    const body = method === "GET" ? "" : await readBody(req);
    if (body === undefined) return TOO_LARGE;
    const response = await directLine.handle({ method, path, query: new URLSearchParams(search), headers, body });
    if (response) return response;
  }
  return jsonResponse(404, {
    error: `No route for ${method} ${path}.`,
    expected: "POST /api/messages, GET /healthz, GET / (the chat page) or the Direct Line routes under /v3/directline",
  });
}

/** Web Chat's prebuilt bundle, from this project's node_modules (never a CDN), read once. */
let webChatBundle: Promise<Buffer> | undefined;
function readWebChatBundle(): Promise<Buffer> {
  // The package exports only its module entry (lib/index.js); the bundle sits in dist/ beside lib/.
  const entry = createRequire(__filename).resolve("botframework-webchat");
  webChatBundle ??= readFile(join(dirname(entry), "..", "dist", "webchat.js"));
  return webChatBundle;
}

async function staticAsset(path: string, page: string): Promise<LocalResponse | undefined> {
  const common = { "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };
  switch (path) {
    case "/":
      return { statusCode: 200, headers: { ...common, "content-type": "text/html; charset=utf-8", "content-security-policy": CHAT_PAGE_CSP, "cache-control": "no-store" }, body: page };
    case CHAT_PAGE_ASSETS.script:
      return { statusCode: 200, headers: { ...common, "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }, body: chatScript };
    case CHAT_PAGE_ASSETS.style:
      return { statusCode: 200, headers: { ...common, "content-type": "text/css; charset=utf-8", "cache-control": "no-store" }, body: chatStyle };
    case CHAT_PAGE_ASSETS.webChatBundle:
      return { statusCode: 200, headers: { ...common, "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" }, body: await readWebChatBundle() };
    default:
      return undefined;
  }
}

/** Reads the body, or returns undefined as soon as it exceeds the limit. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        done(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
    req.on("error", fail);
  });
}

function write(res: ServerResponse, response: LocalResponse): void {
  res.writeHead(response.statusCode, response.headers);
  res.end(response.body);
}

const USAGE = "usage: npm start [-- --reset-sample]   (--reset-sample reloads the sample catalog, demo learners and answer files over the store's data)";

async function main(): Promise<number> {
  // Local runs use the machine's Node 20; the deployed functions run on Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  let args;
  try {
    args = parseArgs({ args: process.argv.slice(2), options: { "reset-sample": { type: "boolean" }, help: { type: "boolean" } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const local = await startLocalServer({ resetSample: args["reset-sample"] ?? false });
  console.log(`ue-advisor is listening on ${local.url}`);
  for (const line of seedBanner(local.seeded)) console.log(`  ${line}`);
  console.log(`  Chat in a browser:     ${local.url}/  (Web Chat over a local Direct Line; pick a demo learner at the top)`);
  console.log(`  Bot Framework Emulator: ${local.url}/api/messages (no app id, no password)`);
  console.log(`  Health:                ${local.url}/healthz`);
  console.log(`  With curl:`);
  console.log(
    `    curl -s ${local.url}/api/messages -H 'content-type: application/json' -d '{"type":"message","text":"bonjour","channelId":"emulator","serviceUrl":"http://localhost","deliveryMode":"expectReplies","conversation":{"id":"demo"},"from":{"id":"learner"},"recipient":{"id":"bot"}}'`,
  );
  console.log(`  Act as a demo learner (local only): use "from":{"id":"demo-01"} … "demo-14" in the activity`);
  console.log(`  Direct Line 3.0 (local emulation, polling): ${local.url}/v3/directline`);
  if (local.store) {
    console.log(`  Data persisted under ${resolve(process.env.DATA_DIR ?? ".data/store")}; while this runs, the admins' and advisors' commands (content:*, data:load, report, handoffs) work on it through ${local.store.endpoint}`);
  }
  const stop = () => {
    local.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return -1;
}

if (require.main === module) {
  main().then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (error: Error) => {
      // A refusal says what to do in one sentence (exit 2, as the commands); anything else is a fault (exit 1).
      const refused = error instanceof LocalStartError || error instanceof LocalSeedError;
      console.error(refused && error instanceof LocalStoreHeldError ? error.message : `ue-advisor could not start: ${error.message}`);
      process.exit(refused ? 2 : 1);
    },
  );
}
