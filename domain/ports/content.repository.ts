import type { ContentEntry } from "../knowledge/content-entry.schema";
import type { ContentProblem } from "../knowledge/content-set";
import type { ContentAnalysis } from "../understanding/content-analysis";
import { DomainError } from "../errors";

/** One published version of the content, without its entries. */
export interface ContentVersionInfo {
  /** "v000042": the sequence number, zero-padded so versions sort as text too. */
  version: string;
  /** Increases by one at every publish, whether it becomes active or not. */
  sequence: number;
  /** SHA-256 of the entries (sorted by id): equal digests mean equal content. */
  digest: string;
  /** ISO timestamp of the publish. */
  publishedAt: string;
  entryCount: number;
}

/** A published version with its entries. */
export interface PublishedContent extends ContentVersionInfo {
  entries: ContentEntry[];
  /**
   * The entries' analysis, made when the version was published, so that a cold start does not
   * analyze the texts again (absent from versions published before it existed).
   */
  analysis?: ContentAnalysis;
}

/**
 * What a publish did. Invalid content is an expected outcome (admins make mistakes), not a fault.
 * - `published`: the version is written and is now the active one;
 * - `superseded`: the version is written but a newer one (from a concurrent publish) is already
 *   active: the pointer never goes back to an older version;
 * - `invalid`: nothing was written.
 */
export type PublishOutcome =
  | { outcome: "published"; version: ContentVersionInfo }
  | { outcome: "superseded"; version: ContentVersionInfo; active: ContentVersionInfo }
  | { outcome: "invalid"; problems: ContentProblem[] };

/**
 * What moving the active pointer to an earlier version (a rollback) did.
 * - `activated`: the version is now active, `previous` was;
 * - `already-active`: nothing to do;
 * - `not-found`: no complete version has that name;
 * - `conflict`: the active version is no longer the one the caller expected (a publish or another
 *   rollback happened meanwhile): nothing was changed.
 */
export type ActivateOutcome =
  | { outcome: "activated"; version: ContentVersionInfo; previous?: ContentVersionInfo }
  | { outcome: "already-active"; version: ContentVersionInfo }
  | { outcome: "not-found"; version: string }
  | { outcome: "conflict"; active?: ContentVersionInfo };

export interface PublishOptions {
  /** Called as entries are written (long publishes show progress): entries written so far, total. */
  onProgress?: (written: number, total: number) => void;
}

/**
 * The admins' answers, stored as immutable versions plus an "active version" pointer.
 *
 * Publishing writes a complete new version first, then switches the pointer atomically, so a
 * reader sees the old content or the new one, never a mix; a failed or invalid publish leaves
 * the active content as it was. Faults (storage unreachable, corrupt version) are thrown as
 * ContentRepositoryError.
 */
export interface ContentRepository {
  /** Validates the entries, writes them as a new version, then makes it active. */
  publish(entries: readonly unknown[], options?: PublishOptions): Promise<PublishOutcome>;
  /** The active version's description: one small read, what a running assistant polls. */
  active(): Promise<ContentVersionInfo | undefined>;
  /** A version with its entries, or undefined when it does not exist. */
  read(version: string): Promise<PublishedContent | undefined>;
  /** Every complete version, newest first (without entries). */
  listVersions(): Promise<ContentVersionInfo[]>;
  /**
   * Makes an existing version the active one (a rollback, or a roll forward again), atomically.
   * With `expectedActive`, changes nothing unless that version is still the active one. A publish
   * that started before the rollback can no longer replace it: the pointer only moves to what was
   * decided last.
   */
  activate(version: string, options?: { expectedActive?: string }): Promise<ActivateOutcome>;
}

/** A fault of the content storage, with the underlying error as `cause`. */
export class ContentRepositoryError extends DomainError {}

/** The name of the version with this sequence number. */
export function versionName(sequence: number): string {
  return `v${String(sequence).padStart(6, "0")}`;
}
