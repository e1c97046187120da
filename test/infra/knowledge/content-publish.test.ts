import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runContentPublish } from "../../../infra/cli/content-publish";
import { CONTENT_DIR } from "../../../infra/knowledge/content-files.loader";
import { publishContentFiles, publishContentIfChanged } from "../../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { InMemoryContentRepository } from "../../../infra/knowledge/in-memory-content.repository";
import type { ContentRepository } from "../../../domain/ports/content.repository";
import type { ContentAnalysis } from "../../../domain/understanding/content-analysis";
import { isolatedTables } from "../../support/dynamo";
import { io } from "../../support/cli-io";

const folders: string[] = [];
async function copyOfContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "content-copy-"));
  folders.push(dir);
  await cp(CONTENT_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(".ts") });
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("publishing the answer files", () => {
  it("publishes the repository's content, then nothing while the files do not change (npm start)", async () => {
    const { doc, tables } = await isolatedTables();
    const first = await publishContentIfChanged({ doc, tableName: tables.content });
    expect(first).toMatchObject({ outcome: "published", version: { version: "v000001" } });
    expect(await publishContentIfChanged({ doc, tableName: tables.content })).toMatchObject({ outcome: "unchanged", version: { version: "v000001" } });

    const dir = await copyOfContent();
    const file = join(dir, "about.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("La certification qualité a été délivrée", "La certification qualité a été accordée"));
    expect(await publishContentIfChanged({ doc, tableName: tables.content, dir })).toMatchObject({ outcome: "published", version: { version: "v000002" } });
  });

  it.each([
    ["analyzed by another analyzer", (analysis: ContentAnalysis) => ({ ...analysis, analyzer: "0:00000000" })],
    ["stored without its search index", (analysis: ContentAnalysis) => ({ ...analysis, index: undefined })],
  ])("publishes the same files again when the active version was %s", async (_case, spoil) => {
    const store = new InMemoryContentRepository();
    expect(await publishContentFiles({ repository: store })).toMatchObject({ outcome: "published", version: { version: "v000001" } });
    const older: ContentRepository = {
      publish: (raw, options) => store.publish(raw, options),
      active: () => store.active(),
      listVersions: () => store.listVersions(),
      activate: (version, options) => store.activate(version, options),
      read: async (version) => {
        const content = await store.read(version);
        return content && { ...content, analysis: content.analysis && spoil(content.analysis) };
      },
    };
    expect(await publishContentFiles({ repository: older, onlyIfChanged: true })).toMatchObject({ outcome: "published", version: { version: "v000002" } });
    expect(await publishContentFiles({ repository: store, onlyIfChanged: true })).toMatchObject({ outcome: "unchanged", version: { version: "v000002" } });
  });

  it("publishes nothing from invalid files and names file, line, entry and field", async () => {
    const { doc, tables } = await isolatedTables();
    const repository = new DynamoDbContentRepository({ doc, tableName: tables.content });
    const dir = await copyOfContent();
    const file = join(dir, "exams.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("    reviewBy: 2027-06-30\n\n  - id: exam-session-2", "    reviewBy: next year\n\n  - id: exam-session-2"));
    const outcome = await publishContentFiles({ repository, dir });
    expect(outcome).toMatchObject({
      outcome: "invalid",
      problems: [{ file: expect.stringMatching(/exams\.yaml$/), entryId: "exams-when", field: "reviewBy", line: expect.any(Number) }],
    });
    expect(await repository.active()).toBeUndefined();
  });
});

describe("npm run content:publish", () => {
  it("publishes to the configured DynamoDB and prints the version", async () => {
    const { endpoint, prefix } = await isolatedTables();
    const env = { STAGE: "local", DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix, AWS_REGION: "eu-west-3" };
    const first = io();
    expect(await runContentPublish([], env, first.io)).toBe(0);
    expect(first.out.join("\n")).toMatch(/^Published v000001: \d+ entries from 7 files, now active on DynamoDB at http/);
    const again = io();
    expect(await runContentPublish(["--if-changed"], env, again.io)).toBe(0);
    expect(again.out.join("\n")).toMatch(/Content unchanged: v000001/);
  });

  it("exits 1 on invalid content, naming file, entry and field, and publishes nothing", async () => {
    const { endpoint, prefix, doc, tables } = await isolatedTables();
    const dir = await copyOfContent();
    const file = join(dir, "units.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("    tags: [units, ue]\n", "    tags: []\n"));
    const run = io();
    expect(await runContentPublish(["--dir", dir], { DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix }, run.io)).toBe(1);
    expect(run.err[0]).toMatch(/units\.yaml:\d+ entry "ue-definition" field tags: give at least one tag/);
    expect(run.err.at(-1)).toMatch(/Nothing was published/);
    expect(await new DynamoDbContentRepository({ doc, tableName: tables.content }).active()).toBeUndefined();
  });

  it("publishes to the embedded local store by default", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "store-"));
    folders.push(dataDir);
    const run = io();
    expect(await runContentPublish([], { DATA_DIR: dataDir }, run.io)).toBe(0);
    expect(run.out[0]).toMatch(/^Published v000001: .* now active on the local store \(.*store-.*\), table ue-advisor-local-content\.$/);
  });

  it("validates without publishing with --check", async () => {
    const run = io();
    expect(await runContentPublish(["--check"], {}, run.io)).toBe(0);
    expect(run.out[0]).toMatch(/^Content is valid: \d+ entries in 7 files\.$/);
  });

  it("explains its options and refuses unknown ones", async () => {
    const help = io();
    expect(await runContentPublish(["--help"], {}, help.io)).toBe(0);
    expect(help.out[0]).toMatch(/Usage: npm run content:publish/);
    const wrong = io();
    expect(await runContentPublish(["--force"], {}, wrong.io)).toBe(2);
  });
});
