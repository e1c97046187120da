import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runDeployPublish } from "../../../infra/cli/deploy-publish";
import { DynamoDbCatalogRepository } from "../../../infra/catalog/dynamodb-catalog.repository";
import { CONTENT_DIR } from "../../../infra/knowledge/content-files.loader";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { DynamoDbLearnerRepository } from "../../../infra/learners/dynamodb-learner.repository";
import { SAMPLE_DATA_FOLDER } from "../../../infra/data-loader/data-folder.loader";
import { isolatedTables } from "../../support/dynamo";
import { io } from "../../support/cli-io";

interface Invocation {
  command: string;
  args: string[];
  options: { cwd: string; env: Record<string, string | undefined> };
}
interface Plugin {
  hooks: Record<string, () => Promise<void>>;
  spawn: (command: string, args: string[], options: object) => EventEmitter;
  invocation(extra: string[]): Promise<Invocation>;
}
const PublishOnDeployPlugin = createRequire(__filename)("../../../infra/deploy/publish-on-deploy.plugin.cjs") as new (serverless: object, options?: object, utils?: object) => Plugin;

const ROOT = resolve(__dirname, "../../..");
const CREDENTIALS = { accessKeyId: "AKIADEPLOYER", secretAccessKey: "deployer-secret", sessionToken: "deployer-session" };

function fakeServerless(custom: Record<string, unknown> = { publishOnDeploy: { enabled: true, dataFolder: "infra/data/sample", allowSample: "true" } }) {
  return {
    serviceDir: ROOT,
    service: { custom, provider: { environment: { TABLE_PREFIX: "ue-advisor-prod-", STAGE: "prod" } } },
    getProvider: () => ({ getStage: () => "prod", getRegion: () => "eu-west-3", getAwsSdkV3CredentialsProvider: () => async () => CREDENTIALS }),
  };
}

/** A spawn that records its call and exits with the given code. */
function fakeSpawn(code: number, calls: Invocation[]) {
  return (command: string, args: string[], options: object) => {
    calls.push({ command, args, options } as Invocation);
    const child = new EventEmitter();
    setImmediate(() => child.emit("exit", code));
    return child;
  };
}

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the publish-on-deploy plugin (serverless.yml)", () => {
  it("hooks into deploy only: before the stack update to check, after it to publish", () => {
    const plugin = new PublishOnDeployPlugin(fakeServerless());
    expect(Object.keys(plugin.hooks).sort()).toEqual(["after:deploy:deploy", "before:deploy:deploy"]);
  });

  it("publishes to the deployed stage's tables with the deployer's credentials, never to a local endpoint", async () => {
    const previous = process.env.DYNAMODB_ENDPOINT;
    process.env.DYNAMODB_ENDPOINT = "http://127.0.0.1:8000";
    try {
      const { command, args, options } = await new PublishOnDeployPlugin(fakeServerless()).invocation([]);
      expect(command).toBe(process.execPath);
      expect(args).toEqual(["--import", "tsx", join(ROOT, "infra/cli/deploy-publish.ts"), "--data", join(ROOT, "infra/data/sample"), "--allow-sample"]);
      expect(options.cwd).toBe(ROOT);
      expect(options.env).toMatchObject({
        STAGE: "prod",
        AWS_REGION: "eu-west-3",
        TABLE_PREFIX: "ue-advisor-prod-",
        AWS_ACCESS_KEY_ID: "AKIADEPLOYER",
        AWS_SECRET_ACCESS_KEY: "deployer-secret",
        AWS_SESSION_TOKEN: "deployer-session",
      });
      expect(options.env).not.toHaveProperty("DYNAMODB_ENDPOINT");
    } finally {
      if (previous === undefined) delete process.env.DYNAMODB_ENDPOINT;
      else process.env.DYNAMODB_ENDPOINT = previous;
    }
  });

  it("fails the deploy step when the child fails, and does nothing when disabled", async () => {
    const calls: Invocation[] = [];
    const failing = new PublishOnDeployPlugin(fakeServerless());
    failing.spawn = fakeSpawn(1, calls);
    await expect(failing.hooks["before:deploy:deploy"]!()).rejects.toThrow(/checking the content and catalog files failed \(exit 1\)/);
    expect(calls[0]?.args.at(-1)).toBe("--check-only");

    const disabled = new PublishOnDeployPlugin(fakeServerless({ publishOnDeploy: { enabled: false } }), {}, { log: { notice: () => undefined } });
    disabled.spawn = fakeSpawn(0, calls);
    await disabled.hooks["after:deploy:deploy"]!();
    expect(calls).toHaveLength(1);
  });

  it("loads no catalog unless a folder is named, and sample records only when allowed, as serverless.yml passes them (empty, \"false\")", async () => {
    const plugin = (publishOnDeploy: Record<string, unknown>) => new PublishOnDeployPlugin(fakeServerless({ publishOnDeploy: { enabled: true, ...publishOnDeploy } }));
    expect((await plugin({ dataFolder: "", allowSample: "false" }).invocation(["--check-only"])).args).toEqual(["--import", "tsx", join(ROOT, "infra/cli/deploy-publish.ts"), "--check-only"]);
    expect((await plugin({}).invocation([])).args.slice(3)).toEqual([]);
    expect((await plugin({ dataFolder: "catalog/2027", allowSample: "false" }).invocation([])).args.slice(3)).toEqual(["--data", join(ROOT, "catalog/2027")]);
  });

  it("really runs the check in a child process (node --import tsx), as serverless deploy does", async () => {
    const { command, args, options } = await new PublishOnDeployPlugin(fakeServerless()).invocation(["--check-only"]);
    const output = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.on("exit", (code) => done({ code, stdout }));
    });
    expect(output.code).toBe(0);
    expect(output.stdout).toMatch(/^Content and catalog valid: \d+ answers, \d+ units, \d+ diplomas\./);
  }, 60_000);
});

describe("deploy-publish (what the plugin runs after the stack update)", () => {
  it("publishes the answers when they changed and loads the catalog, never learner records", async () => {
    const dynamo = await isolatedTables();
    const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
    const first = io();
    expect(await runDeployPublish(["--data", SAMPLE_DATA_FOLDER, "--allow-sample"], env, first.io)).toBe(0);
    expect(first.out).toEqual([
      expect.stringMatching(/^Answers published: v000001 \(\d+ entries\) is active/),
      expect.stringMatching(/^Catalog loaded: \d+ units, 4 diplomas .*; the 14 learner records of .* are not deployed/),
    ]);
    const catalog = await new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }).loadCatalog();
    expect(catalog.units.length).toBeGreaterThan(60);
    expect(await new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners }).getLearner("demo-01")).toBeUndefined();

    const second = io();
    expect(await runDeployPublish([], env, second.io)).toBe(0);
    expect(second.out).toEqual([expect.stringMatching(/^Answers unchanged: v000001 stays active/), expect.stringMatching(/^Catalog unchanged: no data folder named/)]);
  });

  it("never loads the sample catalog unless asked: no folder, no catalog; sample records refused before anything is written", async () => {
    const dynamo = await isolatedTables();
    const env = { STAGE: "prod", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
    const catalog = new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog });

    const none = io();
    expect(await runDeployPublish([], env, none.io)).toBe(0);
    expect(none.out.at(-1)).toMatch(/^Catalog unchanged: no data folder named \(CATALOG_FOLDER at deploy\)/);
    expect((await catalog.loadCatalog()).units).toEqual([]);

    for (const args of [["--check-only", "--data", SAMPLE_DATA_FOLDER], ["--data", SAMPLE_DATA_FOLDER]]) {
      const refused = io();
      expect(await runDeployPublish(args, env, refused.io)).toBe(1);
      expect(refused.err.join("\n")).toMatch(/holds sample records \(\d+ units, 3 diplomas, 14 learners marked sample: true\).*ALLOW_SAMPLE_DATA=true/);
    }
    expect((await catalog.loadCatalog()).units).toEqual([]);
  });

  it("publishes nothing when a file is invalid, exit 1", async () => {
    const dynamo = await isolatedTables();
    const content = await mkdtemp(join(tmpdir(), "content-copy-"));
    folders.push(content);
    await cp(CONTENT_DIR, content, { recursive: true, filter: (source) => !source.endsWith(".ts") });
    const file = join(content, "units.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("    tags: [units, ue]\n", "    tags: []\n"));
    const run = io();
    expect(await runDeployPublish(["--content", content], { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix }, run.io)).toBe(1);
    expect(run.err.join("\n")).toMatch(/units\.yaml:\d+ entry "ue-definition" field tags: give at least one tag[\s\S]*nothing was published/);
    expect(await new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }).active()).toBeUndefined();
  });
});
