import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runDataLoad } from "../../../infra/cli/data-load";
import { createDynamoClients } from "../../../infra/dynamodb/client";
import { tableNames } from "../../../infra/dynamodb/tables";
import { DynamoDbCatalogRepository } from "../../../infra/catalog/dynamodb-catalog.repository";
import { DynamoDbLearnerRepository } from "../../../infra/learners/dynamodb-learner.repository";
import { SAMPLE_DATA_FOLDER } from "../../../infra/data-loader/data-folder.loader";
import { startEmbeddedStore } from "../../../infra/local/embedded-store";
import { isolatedTables } from "../../support/dynamo";
import { DIPLOMAS, folderWith, LEARNERS, UNITS } from "./data-files.fixture";

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function run(argv: string[], env: Record<string, string>) {
  const c = captured();
  const code = await runDataLoad(argv, env, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

describe("npm run data:load", () => {
  it("loads the shipped sample data into the configured DynamoDB and says what it loaded", async () => {
    const dynamo = await isolatedTables();
    const { code, out } = await run([], { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix });
    expect(code).toBe(0);
    expect(out).toMatch(/units-informatique\.yaml: 50 units, 0 diplomas, 0 learners/);
    expect(out).toMatch(new RegExp(`Loaded 69 units, 4 diplomas, 14 learners from ${SAMPLE_DATA_FOLDER} into DynamoDB at ${dynamo.endpoint}`));
    const catalog = await new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }).loadCatalog();
    expect(catalog.units).toHaveLength(69);
    expect(await new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners }).getLearner("demo-07")).toMatchObject({ name: { given: "Malo" } });
  });

  it("never loads the sample catalog and demo learners into a deployed stage unless asked with --allow-sample", async () => {
    const dynamo = await isolatedTables();
    const env = { STAGE: "prod", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
    const catalog = new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog });
    const learners = new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners });
    for (const argv of [[], [SAMPLE_DATA_FOLDER]]) {
      const refused = await run(argv, env);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/holds sample records \(\d+ units, 3 diplomas, 14 learners marked sample: true\): .*deployed stage prod only when asked, with --allow-sample\. Nothing was loaded\./);
    }
    expect(await catalog.loadCatalog()).toEqual({ units: [], diplomas: [] });
    expect(await learners.getLearner("demo-07")).toBeUndefined();

    // A folder without sample records loads as usual; the sample loads when asked.
    const real = await run([await folderWith({ "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS, "learners.yaml": LEARNERS })], env);
    expect(real.code).toBe(0);
    expect((await catalog.loadCatalog()).units.length).toBeGreaterThan(0);
    expect((await run([SAMPLE_DATA_FOLDER, "--allow-sample"], env)).code).toBe(0);
    expect(await learners.getLearner("demo-07")).toMatchObject({ name: { given: "Malo" } });
  });

  it("exits 1 with every error, one per line, and writes nothing", async () => {
    const dynamo = await isolatedTables();
    const folder = await folderWith({ "units.yaml": UNITS.replace("ects: 17", "ects: 17.5"), "diplomas.yaml": DIPLOMAS, "learners.yaml": LEARNERS });
    const { code, err } = await run([folder], { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix });
    expect(code).toBe(1);
    expect(err.split("\n")).toEqual([
      "units.yaml:17: units[2] (UAALOT) › ects: write a whole number (got 17.5)",
      "diplomas.yaml:7: diplomas[0] (LG02501A) › requirements[0].units[2]: refers to UAALOT, which is invalid (see above)",
      `Nothing was loaded from ${folder}: 2 errors in 2 files.`,
    ]);
    const catalog = await new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }).loadCatalog();
    expect(catalog).toEqual({ units: [], diplomas: [] });
  });

  it("validates without writing on --dry-run", async () => {
    const { code, out } = await run(["--dry-run", await folderWith({ "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS })], {});
    expect(code).toBe(0);
    expect(out).toMatch(/Valid: 3 units, 1 diploma, 0 learners .*dry run, nothing written/);
  });

  it.each([[["--force"]], [["a", "b"]]])("refuses the arguments %j with the usage, exit 2", async (argv) => {
    const { code, err } = await run(argv, {});
    expect(code).toBe(2);
    expect(err).toMatch(/usage: npm run data:load -- \[folder\] \[--dry-run\]/);
  });

  it("loads into the local embedded store by default, where npm start finds it", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ue-store-"));
    const prefix = "ue-advisor-local-";
    const { code, out } = await run([await folderWith({ "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS, "learners.yaml": LEARNERS })], { DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(out).toMatch(`into the local store (${dataDir})`);
    const store = await startEmbeddedStore({ path: dataDir });
    try {
      const { doc, client } = createDynamoClients({ region: "local", endpoint: store.endpoint, requestTimeoutMs: 2_000, maxAttempts: 1 });
      expect((await new DynamoDbLearnerRepository({ doc, tableName: tableNames(prefix).learners }).getLearner("demo-01"))?.id).toBe("demo-01");
      client.destroy();
    } finally {
      await store.close();
    }
  });

  it("is what the npm script runs, with a non-zero exit on invalid data", async () => {
    const dynamo = await isolatedTables();
    const folder = await folderWith({ "units.yaml": "units:\n  - { code: nfa031 }\n" });
    const failure = await promisify(execFile)("npm", ["run", "-s", "data:load", "--", folder], {
      env: { ...process.env, DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/units\.yaml:2: units\[0\] \(nfa031\) › code: expected a unit code/);
  });
});
