import { createHash } from "node:crypto";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { validateContentEntries, type ContentProblem } from "../../domain/knowledge/content-set";
import { analyzeContent, type ContentAnalysis } from "../../domain/understanding/content-analysis";

/** The entries of a publish, validated, with their digest and analysis; or why nothing may be published. */
export type Publication =
  | { valid: true; entries: ContentEntry[]; digest: string; analysis: ContentAnalysis }
  | { valid: false; problems: ContentProblem[] };

/**
 * Validates entries before a repository writes anything (both adapters share it, so an invalid
 * set is refused the same way everywhere) and computes the digest that tells whether the content
 * changed. Entries are sorted by id for the digest: moving an entry between files changes nothing.
 * The entries are analyzed here, once per version, so that cold starts read their terms instead of
 * analyzing every text again.
 */
export function preparePublication(raw: readonly unknown[]): Publication {
  const validation = validateContentEntries(raw);
  if (!validation.valid) return { valid: false, problems: validation.problems };
  return { valid: true, entries: validation.entries, digest: contentDigest(validation.entries), analysis: analyzeContent(validation.entries) };
}

/** SHA-256 of the entries in id order (of their JSON array). */
export function contentDigest(entries: readonly ContentEntry[]): string {
  return jsonContentDigest(entries.map((entry) => ({ id: entry.id, json: JSON.stringify(entry) })));
}

/**
 * contentDigest of entries kept as their JSON text, as a version stores them, without parsing them:
 * what a cold start computes to know that the entries it reads are those validated at publish time.
 */
export function jsonContentDigest(entries: readonly { id: string; json: string }[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash("sha256").update(`[${sorted.map((entry) => entry.json).join(",")}]`).digest("hex");
}
