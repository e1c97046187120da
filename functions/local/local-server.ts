import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { loadConfig, type Config } from "../../infra/config/env";
import { createDynamoClients } from "../../infra/dynamodb/client";
import { ensureTables, tableNames } from "../../infra/dynamodb/tables";
import { DynamoDbCatalogRepository } from "../../infra/catalog/dynamodb-catalog.repository";
import { formatContentProblem } from "../../infra/knowledge/content-files.loader";
import { publishContentIfChanged } from "../../infra/knowledge/content-publisher";
import { formatDataError, loadDataFolder, readDataFolder, SAMPLE_DATA_FOLDER } from "../../infra/data-loader/data-folder.loader";
import { DynamoDbLearnerRepository } from "../../infra/learners/dynamodb-learner.repository";
import { startEmbeddedStore, type EmbeddedStore } from "../../infra/local/embedded-store";
import { MAX_BODY_BYTES, jsonResponse, type HttpResponse } from "../http/bot-http";
import { createApp, type App } from "../app/composition-root";
import { CHAT_PAGE_ASSETS, CHAT_PAGE_CSP, chatPage, chatScript, chatStyle, type DemoLearner } from "./local-chat-page";
import { createLocalDirectLine, type LocalDirectLine } from "./local-direct-line";
import { FunctionsError } from "../app/errors";
import { log } from "../app/logging";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The local server refuses to start: a setting or the shipped files are wrong (the message says which). */
export class LocalStartError extends FunctionsError {}

export interface LocalServer {
  url: string;
  /** What the start loaded into the store: the content version and the sample data counts. */
  seeded: LocalSeed;
  server: Server;
  store?: EmbeddedStore;
  close(): Promise<void>;
}

/**
 * The assistant on this machine: the same request handling as the Lambda, on an embedded
 * DynamoDB-compatible store (or the endpoint given), with a chat page for a browser.
 * Anonymous Bot Framework mode (no app id) is accepted only on a loopback address.
 */
export async function startLocalServer(
  options: { host?: string; port?: number; dataDir?: string; env?: Record<string, string | undefined> } = {},
): Promise<LocalServer> {
  const env = options.env ?? process.env;
  const host = options.host ?? env.HOST ?? "127.0.0.1";
  let config: Config = loadConfig({ ...env, STAGE: env.STAGE ?? "local" });
  if (!config.MicrosoftAppId && !LOOPBACK.has(host)) {
    throw new LocalStartError(`Refusing to listen on ${host} without Bot Framework credentials: anonymous mode is for loopback only (HOST=127.0.0.1).`);
  }

  const turns = new TurnLimit(Number(env.LOCAL_MAX_CONCURRENT_TURNS ?? DEFAULT_CONCURRENT_TURNS));

  let store: EmbeddedStore | undefined;
  if (!config.DYNAMODB_ENDPOINT) {
    store = await startEmbeddedStore({ path: options.dataDir ?? resolve(env.DATA_DIR ?? ".data/store") });
    config = { ...config, DYNAMODB_ENDPOINT: store.endpoint };
  }
  const seeded = await seedLocalStore(config);
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
  const port = options.port ?? Number(env.PORT ?? 3978);
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${shownHost}:${address.port}`;
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

export interface LocalSeed {
  content: string;
  data: { units: number; diplomas: number; learners: number };
  /** The shipped demo learners, offered by the chat page's picker. */
  learners: DemoLearner[];
}

/**
 * Makes the local store match the repository: tables created when missing, the answer files
 * published when they changed, and the shipped sample catalog and demo learners loaded. Invalid
 * files stop the start with the errors, as they would stop a deployment.
 */
async function seedLocalStore(config: Config): Promise<LocalSeed> {
  const { client, doc } = createDynamoClients({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  try {
    await ensureTables(client, config.TABLE_PREFIX);
    const tables = tableNames(config.TABLE_PREFIX);
    const content = await publishContentIfChanged({ doc, tableName: tables.content });
    if (content.outcome === "invalid") {
      throw new LocalStartError(`the answer files are invalid:\n${content.problems.map(formatContentProblem).join("\n")}`);
    }
    const data = await loadDataFolder(SAMPLE_DATA_FOLDER, {
      catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    });
    if (!data.ok) throw new LocalStartError(`the sample data are invalid:\n${data.errors.map(formatDataError).join("\n")}`);
    const sample = await readDataFolder(SAMPLE_DATA_FOLDER);
    const learners = sample.ok
      ? sample.data.learners.filter((l) => l.sample).map((l) => ({ id: l.id, name: `${l.name.given} ${l.name.family}` })).sort((a, b) => a.id.localeCompare(b.id))
      : [];
    return { content: `${content.outcome} ${content.version.version}`, data: data.loaded, learners };
  } finally {
    client.destroy();
  }
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

async function main(): Promise<void> {
  // Local runs use the machine's Node 20; the deployed functions run on Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const local = await startLocalServer();
  console.log(`ue-advisor is listening on ${local.url}`);
  console.log(`  Content: ${local.seeded.content}; sample data: ${local.seeded.data.units} units, ${local.seeded.data.diplomas} diplomas, ${local.seeded.data.learners} demo learners`);
  console.log(`  Chat in a browser:     ${local.url}/  (Web Chat over a local Direct Line; pick a demo learner at the top)`);
  console.log(`  Bot Framework Emulator: ${local.url}/api/messages (no app id, no password)`);
  console.log(`  Health:                ${local.url}/healthz`);
  console.log(`  With curl:`);
  console.log(
    `    curl -s ${local.url}/api/messages -H 'content-type: application/json' -d '{"type":"message","text":"bonjour","channelId":"emulator","serviceUrl":"http://localhost","deliveryMode":"expectReplies","conversation":{"id":"demo"},"from":{"id":"learner"},"recipient":{"id":"bot"}}'`,
  );
  console.log(`  Act as a demo learner (local only): use "from":{"id":"demo-01"} … "demo-12" in the activity`);
  console.log(`  Direct Line 3.0 (local emulation, polling): ${local.url}/v3/directline`);
  if (local.store) console.log(`  Data persisted under ${resolve(process.env.DATA_DIR ?? ".data/store")}`);
  const stop = () => {
    local.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`ue-advisor could not start: ${error.message}`);
    process.exit(1);
  });
}
