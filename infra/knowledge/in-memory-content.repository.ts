import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { ContentAnalysis } from "../../domain/understanding/content-analysis";
import {
  versionName,
  type ActivateOutcome,
  type ContentRepository,
  type ContentVersionInfo,
  type PublishOptions,
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
  /** The counter value of the decision that set the pointer (publish: its sequence; rollback: a new number). */
  private revision = 0;
  private readonly versions = new Map<string, { info: ContentVersionInfo; entries: string; analysis: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  async publish(raw: readonly unknown[], options: PublishOptions = {}): Promise<PublishOutcome> {
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
    options.onProgress?.(publication.entries.length, publication.entries.length);
    await tick();
    if (this.pointer && this.revision > sequence) return { outcome: "superseded", version: info, active: { ...this.pointer } };
    this.pointer = info;
    this.revision = sequence;
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

  async listVersions(): Promise<ContentVersionInfo[]> {
    await tick();
    return newestFirst([...this.versions.values()].map((stored) => stored.info));
  }

  async activate(version: string, options: { expectedActive?: string } = {}): Promise<ActivateOutcome> {
    await tick();
    const stored = this.versions.get(version);
    if (!stored) return { outcome: "not-found", version };
    const active = this.pointer ? { ...this.pointer } : undefined;
    if (options.expectedActive !== undefined && active?.version !== options.expectedActive) return { outcome: "conflict", active };
    if (active?.version === version) return { outcome: "already-active", version: active };
    // Same counter as publishes, so a publish already under way cannot undo this decision.
    this.revision = ++this.sequence;
    this.pointer = { ...stored.info };
    return { outcome: "activated", version: { ...stored.info }, ...(active ? { previous: active } : {}) };
  }
}

/** Every complete version, newest first. */
export function newestFirst(versions: Iterable<ContentVersionInfo>): ContentVersionInfo[] {
  return [...versions].map((info) => ({ ...info })).sort((a, b) => b.sequence - a.sequence);
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
