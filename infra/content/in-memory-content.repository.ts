import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { ContentAnalysis } from "../../domain/understanding/content-analysis";
import {
  versionName,
  type ContentRepository,
  type ContentVersionInfo,
  type PublishOutcome,
  type PublishedContent,
} from "../../domain/ports/content.repository";
import { preparePublication } from "./content-publication";

/**
 * The content repository in memory, with the same semantics as the DynamoDB one (the contract
 * suite runs against both): for tests, the evaluation and local tools. Each step yields to the
 * event loop, so concurrent publishes interleave as they would against a database.
 */
export class InMemoryContentRepository implements ContentRepository {
  private sequence = 0;
  private pointer: ContentVersionInfo | undefined;
  private readonly versions = new Map<string, { info: ContentVersionInfo; entries: string; analysis: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  async publish(raw: readonly unknown[]): Promise<PublishOutcome> {
    const publication = preparePublication(raw);
    if (!publication.valid) return { outcome: "invalid", problems: publication.problems };
    await tick();
    const sequence = ++this.sequence;
    const info: ContentVersionInfo = {
      version: versionName(sequence),
      sequence,
      digest: publication.digest,
      publishedAt: new Date(this.now()).toISOString(),
      entryCount: publication.entries.length,
    };
    await tick();
    // Stored as JSON: readers get their own copies, as they would from a database.
    this.versions.set(info.version, { info, entries: JSON.stringify(publication.entries), analysis: JSON.stringify(publication.analysis) });
    await tick();
    if (this.pointer && this.pointer.sequence > sequence) return { outcome: "superseded", version: info, active: { ...this.pointer } };
    this.pointer = info;
    return { outcome: "published", version: { ...info } };
  }

  async active(): Promise<ContentVersionInfo | undefined> {
    await tick();
    return this.pointer ? { ...this.pointer } : undefined;
  }

  async read(version: string): Promise<PublishedContent | undefined> {
    await tick();
    const stored = this.versions.get(version);
    if (!stored) return undefined;
    return { ...stored.info, entries: JSON.parse(stored.entries) as ContentEntry[], analysis: JSON.parse(stored.analysis) as ContentAnalysis };
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
