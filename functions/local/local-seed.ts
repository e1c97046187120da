import { ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../../infra/config/env";
import { DynamoDbCatalogRepository } from "../../infra/catalog/dynamodb-catalog.repository";
import { formatDataError, loadDataFolder, readDataFolder, SAMPLE_DATA_FOLDER } from "../../infra/data-loader/data-folder.loader";
import { createDynamoClients } from "../../infra/dynamodb/client";
import { ensureTables, tableNames } from "../../infra/dynamodb/tables";
import { CONTENT_DIR, formatContentProblem, loadContentFiles } from "../../infra/knowledge/content-files.loader";
import { contentDigest } from "../../infra/knowledge/content-publication";
import { publishContentIfChanged } from "../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../infra/knowledge/dynamodb-content.repository";
import { DynamoDbLearnerRepository, RECORD_SORT_KEY } from "../../infra/learners/dynamodb-learner.repository";
import { FunctionsError } from "../app/errors";
import type { DemoLearner } from "./local-chat-page";

/** The local store cannot be prepared: the shipped files are invalid (the message lists the problems). */
export class LocalSeedError extends FunctionsError {}

/** What `npm start` did to the store's data, for its banner. */
export interface LocalSeed {
  /** The sample catalog and demo learners: loaded into an empty store, reloaded on request, or the store's own data kept. */
  sample: "loaded" | "reloaded" | "kept";
  /** The answers: the files published (or already active), or the store's active version kept although the files differ. */
  content: { outcome: "published" | "unchanged" | "kept"; version?: string; filesDiffer?: boolean; filesInvalid?: boolean };
  /** What the store holds now. */
  data: { units: number; diplomas: number; learners: number };
  /** The shipped demo learners, offered by the chat page's picker. */
  learners: DemoLearner[];
}

/**
 * Prepares the local store: tables created when missing; the shipped sample catalog and demo
 * learners loaded only into an empty store (no unit, diploma nor learner), and the answer files
 * published only when no version is active — or both when `reset` is asked (`--reset-sample`). So
 * what an admin loaded or published locally survives a restart. Invalid sample files stop the start
 * when they would be loaded, as they would stop a deployment.
 */
export async function seedLocalStore(config: Config, options: { reset?: boolean } = {}): Promise<LocalSeed> {
  const { client, doc } = createDynamoClients({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  try {
    await ensureTables(client, config.TABLE_PREFIX);
    const tables = tableNames(config.TABLE_PREFIX);
    const catalog = new DynamoDbCatalogRepository({ doc, tableName: tables.catalog });
    const learners = new DynamoDbLearnerRepository({ doc, tableName: tables.learners });
    const contentRepository = new DynamoDbContentRepository({ doc, tableName: tables.content });

    const before = await storedCounts(doc, catalog, tables.learners);
    const empty = before.units === 0 && before.diplomas === 0 && before.learners === 0;
    let sample: LocalSeed["sample"] = "kept";
    if (empty || options.reset) {
      const data = await loadDataFolder(SAMPLE_DATA_FOLDER, { catalog, learners });
      if (!data.ok) throw new LocalSeedError(`the sample data are invalid:\n${data.errors.map(formatDataError).join("\n")}`);
      sample = empty ? "loaded" : "reloaded";
    }

    const active = await contentRepository.active();
    let content: LocalSeed["content"];
    if (!active || options.reset) {
      const published = await publishContentIfChanged({ doc, tableName: tables.content });
      if (published.outcome === "invalid") {
        throw new LocalSeedError(`the answer files are invalid:\n${published.problems.map(formatContentProblem).join("\n")}`);
      }
      content = { outcome: published.outcome === "unchanged" ? "unchanged" : "published", version: published.version.version };
    } else {
      const files = await loadContentFiles(CONTENT_DIR);
      if (files.valid && contentDigest(files.entries) === active.digest) {
        // The same answers: published again only if they were analyzed by other code (a pull since).
        const published = await publishContentIfChanged({ doc, tableName: tables.content });
        content = { outcome: "kept", version: published.outcome === "invalid" ? active.version : published.version.version };
      } else {
        content = { outcome: "kept", version: active.version, ...(files.valid ? { filesDiffer: true } : { filesInvalid: true }) };
      }
    }

    const sampleFiles = await readDataFolder(SAMPLE_DATA_FOLDER);
    const demo = sampleFiles.ok
      ? sampleFiles.data.learners.filter((l) => l.sample).map((l) => ({ id: l.id, name: `${l.name.given} ${l.name.family}` })).sort((a, b) => a.id.localeCompare(b.id))
      : [];
    return { sample, content, data: await storedCounts(doc, catalog, tables.learners), learners: demo };
  } finally {
    client.destroy();
  }
}

/** The banner's lines about the data: what was loaded, what was kept, and how to reload. */
export function seedBanner(seed: LocalSeed): string[] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const held = `${plural(seed.data.units, "unit")}, ${plural(seed.data.diplomas, "diploma")}, ${plural(seed.data.learners, "learner")}`;
  const version = seed.content.version ?? "none";
  const lines: string[] = [];
  switch (seed.sample) {
    case "loaded":
      lines.push(`Sample catalog and demo learners loaded into an empty store (${held}).`);
      break;
    case "reloaded":
      lines.push(`Sample catalog and demo learners reloaded over the store's data (--reset-sample); the store holds ${held}.`);
      break;
    case "kept":
      lines.push(`Kept the store's data: ${held}, content version ${version} (npm start -- --reset-sample to reload the samples).`);
      break;
  }
  switch (seed.content.outcome) {
    case "published":
      lines.push(`Answers: the files of infra/content published as ${version}.`);
      break;
    case "unchanged":
      lines.push(`Answers: ${version}, the same as the files of infra/content.`);
      break;
    case "kept":
      if (seed.content.filesDiffer) lines.push(`Answers: kept ${version}; the files of infra/content differ from it (npm run content:diff, then content:publish, works while the assistant runs).`);
      else if (seed.content.filesInvalid) lines.push(`Answers: kept ${version}; the files of infra/content are invalid (npm run content:check says where).`);
      else if (seed.sample !== "kept") lines.push(`Answers: kept ${version}, the same as the files of infra/content.`);
      break;
  }
  return lines;
}

/** Units, diplomas and learner records in the store (a local store is small: a scan is enough). */
async function storedCounts(doc: DynamoDBDocumentClient, catalog: DynamoDbCatalogRepository, learnersTable: string): Promise<LocalSeed["data"]> {
  const [{ units, diplomas }, learners] = await Promise.all([catalog.loadCatalog(), countLearners(doc, learnersTable)]);
  return { units: units.length, diplomas: diplomas.length, learners };
}

async function countLearners(doc: DynamoDBDocumentClient, tableName: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({ TableName: tableName, Select: "COUNT", FilterExpression: "sk = :record", ExpressionAttributeValues: { ":record": RECORD_SORT_KEY }, ExclusiveStartKey: start }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}
