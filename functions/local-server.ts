import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { loadConfig, type Config } from "../infra/config/env";
import { createDynamoClients } from "../infra/dynamodb/client";
import { ensureTables, tableNames } from "../infra/dynamodb/tables";
import { DynamoDbCatalogRepository } from "../infra/catalog/dynamodb-catalog.repository";
import { formatContentProblem } from "../infra/content/content-files.loader";
import { publishContentIfChanged } from "../infra/content/content-publisher";
import { formatDataError, loadDataFolder, SAMPLE_DATA_FOLDER } from "../infra/data/data-folder.loader";
import { DynamoDbLearnerRepository } from "../infra/learners/dynamodb-learner.repository";
import { startEmbeddedStore, type EmbeddedStore } from "../infra/local/embedded-store";
import { MAX_BODY_BYTES, jsonResponse, type HttpResponse } from "./bot-http";
import { createApp, type App } from "./composition-root";
import { chatPage } from "./local-chat-page";
import { log } from "./logging";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

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
    throw new Error(`Refusing to listen on ${host} without Bot Framework credentials: anonymous mode is for loopback only (HOST=127.0.0.1).`);
  }

  let store: EmbeddedStore | undefined;
  if (!config.DYNAMODB_ENDPOINT) {
    store = await startEmbeddedStore({ path: options.dataDir ?? resolve(env.DATA_DIR ?? ".data/store") });
    config = { ...config, DYNAMODB_ENDPOINT: store.endpoint };
  }
  const seeded = await seedLocalStore(config);
  const app = await createApp(config);
  const server = createServer((req, res) => {
    route(app, req).then(
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
  return {
    seeded,
    url: `http://${shownHost}:${address.port}`,
    server,
    store,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await store?.close();
    },
  };
}

export interface LocalSeed {
  content: string;
  data: { units: number; diplomas: number; learners: number };
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
      throw new Error(`the answer files are invalid:\n${content.problems.map(formatContentProblem).join("\n")}`);
    }
    const data = await loadDataFolder(SAMPLE_DATA_FOLDER, {
      catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    });
    if (!data.ok) throw new Error(`the sample data are invalid:\n${data.errors.map(formatDataError).join("\n")}`);
    return { content: `${content.outcome} ${content.version.version}`, data: data.loaded };
  } finally {
    client.destroy();
  }
}

async function route(app: App, req: IncomingMessage): Promise<HttpResponse> {
  const path = (req.url ?? "/").split("?")[0];
  if (path === "/healthz" && req.method === "GET") return jsonResponse(200, { status: "ok" });
  if (path === "/" && req.method === "GET") {
    return { statusCode: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: chatPage };
  }
  if (path === "/api/messages") {
    const body = await readBody(req);
    if (body === undefined) {
      return jsonResponse(413, { error: `The request body is over the limit of ${MAX_BODY_BYTES} bytes.`, expected: "a Bot Framework activity under 256 KB" });
    }
    return app.handle({ method: req.method ?? "GET", headers: req.headers as Record<string, string | undefined>, body });
  }
  return jsonResponse(404, { error: `No route for ${req.method} ${path}.`, expected: "POST /api/messages, GET /healthz or GET /" });
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

function write(res: ServerResponse, response: HttpResponse): void {
  res.writeHead(response.statusCode, response.headers);
  res.end(response.body);
}

async function main(): Promise<void> {
  // Local runs use the machine's Node 20; the deployed functions run on Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const local = await startLocalServer();
  console.log(`ue-advisor is listening on ${local.url}`);
  console.log(`  Content: ${local.seeded.content}; sample data: ${local.seeded.data.units} units, ${local.seeded.data.diplomas} diplomas, ${local.seeded.data.learners} demo learners`);
  console.log(`  Chat in a browser:     ${local.url}/`);
  console.log(`  Bot Framework Emulator: ${local.url}/api/messages (no app id, no password)`);
  console.log(`  Health:                ${local.url}/healthz`);
  console.log(`  With curl:`);
  console.log(
    `    curl -s ${local.url}/api/messages -H 'content-type: application/json' -d '{"type":"message","text":"bonjour","channelId":"emulator","serviceUrl":"http://localhost","deliveryMode":"expectReplies","conversation":{"id":"demo"},"from":{"id":"learner"},"recipient":{"id":"bot"}}'`,
  );
  console.log(`  Act as a demo learner (local only): use "from":{"id":"demo-01"} … "demo-12" in the activity`);
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
