import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ContentRepository, ContentVersionInfo } from "../../domain/ports/content.repository";
import { analyzerFingerprint } from "../../domain/understanding/content-analysis";
import { contentDigest } from "./content-publication";
import { CONTENT_DIR, loadContentFiles, type ContentFileProblem } from "./content-files.loader";
import { DynamoDbContentRepository } from "./dynamodb-content.repository";

/** What publishing the answer files did. */
export type PublishFilesOutcome =
  | { outcome: "published"; version: ContentVersionInfo; files: string[]; warnings: ContentFileProblem[] }
  | { outcome: "unchanged"; version: ContentVersionInfo; files: string[]; warnings: ContentFileProblem[] }
  | { outcome: "superseded"; version: ContentVersionInfo; active: ContentVersionInfo; files: string[]; warnings: ContentFileProblem[] }
  | { outcome: "invalid"; problems: ContentFileProblem[]; warnings: ContentFileProblem[] };

export interface PublishFilesOptions {
  repository: ContentRepository;
  /** Folder of the answer files; default infra/content. */
  dir?: string;
  /** Skip the publish when the active version already holds the same entries, analyzed by this analyzer. */
  onlyIfChanged?: boolean;
  /** ISO date (YYYY-MM-DD) for review-date warnings. */
  today?: string;
  /** Entries written so far and total, while the version is written. */
  onProgress?: (written: number, total: number) => void;
}

/**
 * Validates every answer file and publishes them as one new version. Invalid content publishes
 * nothing and comes back with each problem located (file, line, entry, field).
 */
export async function publishContentFiles(options: PublishFilesOptions): Promise<PublishFilesOutcome> {
  const loaded = await loadContentFiles(options.dir ?? CONTENT_DIR, { today: options.today });
  if (!loaded.valid) return { outcome: "invalid", problems: loaded.problems, warnings: loaded.warnings };
  const { files, warnings } = loaded;
  if (options.onlyIfChanged) {
    const active = await options.repository.active();
    // Same entries, but analyzed by another analyzer (the lexicon or the analysis code changed
    // since) or stored without their search index: published again, so that cold starts find an
    // analysis and an index they can use.
    const analysis = active && active.digest === contentDigest(loaded.entries) ? (await options.repository.read(active.version))?.analysis : undefined;
    if (active && analysis?.analyzer === analyzerFingerprint() && analysis.index !== undefined) {
      return { outcome: "unchanged", version: active, files, warnings };
    }
  }
  const result = await options.repository.publish(loaded.entries, { onProgress: options.onProgress });
  switch (result.outcome) {
    case "published":
      return { outcome: "published", version: result.version, files, warnings };
    case "superseded":
      return { outcome: "superseded", version: result.version, active: result.active, files, warnings };
    case "invalid":
      // The loader validated the same rules; reaching this means the two disagree.
      return { outcome: "invalid", problems: result.problems.map((problem) => ({ ...problem, file: "(content set)" })), warnings };
  }
}

/**
 * For `npm start`: publishes the repository's answer files to the local store when they differ
 * from the active version, so the local assistant always answers with the files as edited.
 *
 *     await publishContentIfChanged({ doc, tableName: tableNames(config.TABLE_PREFIX).content });
 */
export function publishContentIfChanged(options: { doc: DynamoDBDocumentClient; tableName: string; dir?: string; now?: () => number }): Promise<PublishFilesOutcome> {
  const repository = new DynamoDbContentRepository({ doc: options.doc, tableName: options.tableName, now: options.now });
  return publishContentFiles({ repository, dir: options.dir, onlyIfChanged: true });
}
