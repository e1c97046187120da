import { BackgroundRefresh, FirstLoadRetry } from "../cache/background-refresh";
import { InfraError } from "../errors";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { ContentAnalysis } from "../../domain/understanding/content-analysis";
import type { ContentRepository, ContentVersionInfo } from "../../domain/ports/content.repository";
import { createUnderstanding, type Understanding } from "../../domain/understanding/understanding";

/** What the assistant answers with during a turn: one content version, prepared once. */
export interface ContentSnapshot<T> {
  /** The version served; undefined while nothing has been published (every question abstains). */
  version?: ContentVersionInfo;
  entries: readonly ContentEntry[];
  /** What `prepare` built from the entries (for the assistant: its Understanding). */
  prepared: T;
}

/** What a check of the active pointer found. */
export type RefreshOutcome =
  | { outcome: "unchanged"; version?: string }
  | { outcome: "switched"; from?: string; to: string }
  | { outcome: "failed"; error: Error };

/** Events worth a log line: the provider itself never logs (no console in adapters' logic). */
export type ContentProviderEvent =
  | { event: "content_loaded"; version?: string; entries: number }
  | { event: "content_switched"; from?: string; to: string; entries: number }
  | { event: "content_refresh_failed"; message: string }
  /** The version's stored analysis could not be used (absent, or by another analyzer): republish it. */
  | { event: "content_analyzed_at_load"; version?: string; reason: "no stored analysis" | "stored by another analyzer" };

export interface ContentProviderOptions<T> {
  repository: Pick<ContentRepository, "active" | "read">;
  /**
   * Builds what a turn needs from a version's entries (e.g. the retrieval index), once per version,
   * with the analysis stored when the version was published, if any.
   */
  prepare: (entries: readonly ContentEntry[], analysis?: ContentAnalysis, version?: string) => T;
  /** The pointer is re-checked at most this often. Default 60 s. */
  refreshIntervalMs?: number;
  /** Injected clock (epoch milliseconds). */
  now?: () => number;
  onEvent?: (event: ContentProviderEvent) => void;
}

export const DEFAULT_REFRESH_INTERVAL_MS = 60_000;

/** No content version was ever read in this container: the turn cannot answer from it. */
export class ContentUnavailableError extends InfraError {}

/**
 * Keeps the active content version in memory for the running assistant. A turn calls `current()`,
 * which never waits and never reads DynamoDB: it returns the version in memory and, when the last
 * check is older than the refresh interval, starts a check of the pointer in the background (one
 * small GetItem; the entries are read only when the pointer moved). The next turns get the new
 * version once it is loaded and prepared. So a publish reaches every warm Lambda within about one
 * interval, without a redeploy, and a DynamoDB outage only delays it: the old version keeps serving.
 * Until a first read succeeds there is no content (not the empty content, which would answer « je
 * ne sais pas » to everything): a turn reads it itself (FirstLoadRetry) or fails with the apology.
 */
export class ContentProvider<T> {
  /** Undefined until a first check succeeded. */
  private snapshot: ContentSnapshot<T> | undefined;
  private readonly schedule: BackgroundRefresh<RefreshOutcome>;
  private readonly retry: FirstLoadRetry;

  private constructor(private readonly options: ContentProviderOptions<T>) {
    this.schedule = new BackgroundRefresh(() => this.check(), options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS, options.now);
    this.retry = new FirstLoadRetry(options.now);
  }

  /**
   * Loads the active version (cold start). If nothing is published yet the provider serves the empty
   * content (the assistant abstains and offers an advisor) and picks up the first publish at the
   * next interval. If the store cannot be read, the start does not fail: turns read again (`ready`).
   * The empty content is prepared only then: a cold start that loads a version prepares that version alone.
   */
  static async start<T>(options: ContentProviderOptions<T>): Promise<ContentProvider<T>> {
    const provider = new ContentProvider(options);
    await provider.refresh();
    return provider;
  }

  /** The content in memory, never waiting. Starts a background check when the last one is older than the interval. */
  current(): ContentSnapshot<T> {
    if (!this.snapshot) throw new ContentUnavailableError("The content could not be read yet (DynamoDB): this turn gets the apology, and a later one reads it again.");
    this.schedule.poke();
    return this.snapshot;
  }

  /** The content for a turn: the version in memory, or, before a first read succeeded, read now when the backoff allows. */
  async ready(): Promise<ContentSnapshot<T>> {
    if (!this.snapshot && (this.schedule.running || this.retry.due())) await this.refresh();
    return this.current();
  }

  /** Checks the pointer now (one check at a time; concurrent callers share it). */
  refresh(): Promise<RefreshOutcome> {
    return this.schedule.run();
  }

  /** Resolves when no check is running (tests, graceful shutdown). */
  settled(): Promise<void> {
    return this.schedule.settled();
  }

  private async check(): Promise<RefreshOutcome> {
    const from = this.snapshot?.version?.version;
    try {
      const active = await this.options.repository.active();
      if (!active && !this.snapshot) {
        this.snapshot = { entries: [], prepared: this.options.prepare([]) };
        this.options.onEvent?.({ event: "content_loaded", version: undefined, entries: 0 });
      }
      if (!active || active.version === from) return { outcome: "unchanged", version: from };
      const content = await this.options.repository.read(active.version);
      if (!content) throw new Error(`the active version ${active.version} cannot be read`);
      const { entries, analysis, ...version } = content;
      this.snapshot = { version, entries, prepared: this.options.prepare(entries, analysis, version.version) };
      this.options.onEvent?.(
        from === undefined
          ? { event: "content_loaded", version: version.version, entries: entries.length }
          : { event: "content_switched", from, to: version.version, entries: entries.length },
      );
      return { outcome: "switched", from, to: version.version };
    } catch (error) {
      if (!this.snapshot) this.retry.failed();
      this.options.onEvent?.({ event: "content_refresh_failed", message: (error as Error).message });
      return { outcome: "failed", error: error as Error };
    }
  }
}

/**
 * A content provider whose prepared value is the Understanding the dialogs call per turn, built
 * from the analysis stored at publish time when it can be used (see content-analysis.ts).
 */
export function startKnowledgeProvider(
  options: Omit<ContentProviderOptions<Understanding>, "prepare">,
): Promise<ContentProvider<Understanding>> {
  return ContentProvider.start({
    ...options,
    prepare: (entries, analysis, version) => {
      const understanding = createUnderstanding(entries, undefined, analysis);
      if (entries.length > 0 && !understanding.usedStoredAnalysis) {
        options.onEvent?.({ event: "content_analyzed_at_load", version, reason: analysis ? "stored by another analyzer" : "no stored analysis" });
      }
      return understanding;
    },
  });
}
