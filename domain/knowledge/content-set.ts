import { contentSchemas, type ContentEntry } from "./content-entry.schema";
import { validate } from "../validation/validation-problems";
import { foldText } from "../understanding/text-normalizer";

/** One thing wrong with the content, located as precisely as the caller knows it. */
export interface ContentProblem {
  /** Position of the entry in its list (0-based), when the problem is inside an entry. */
  entryIndex?: number;
  /** The entry's id, when it has a readable one. */
  entryId?: string;
  /** Dotted path of the field inside the entry, e.g. `questions.fr.2`; empty for the entry itself. */
  field: string;
  message: string;
}

export type ContentValidation =
  | { valid: true; entries: ContentEntry[]; warnings: ContentProblem[] }
  | { valid: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/**
 * Validates a whole set of entries (all files together): each entry against the schema, then the
 * rules that span entries — ids are unique, and no question variant is claimed by two entries (the
 * assistant could not tell which answer is meant). Entries past their review date are warnings:
 * the answer stays usable while an admin re-reads it.
 *
 * @param today ISO date (YYYY-MM-DD) used for review-date warnings; omit to skip them.
 * @param entryName how a problem names another entry of the set (the first with an id), e.g. its file and line.
 */
export function validateContentEntries(
  raw: readonly unknown[],
  today?: string,
  entryName: (entryIndex: number) => string = (entryIndex) => `entry #${entryIndex + 1} of the set`,
): ContentValidation {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const parsed: { entryIndex: number; entry: ContentEntry }[] = [];
  const idAt = new Map<string, number>();
  raw.forEach((candidate, entryIndex) => {
    const result = validate(contentSchemas().entry, candidate);
    if (result.ok) {
      parsed.push({ entryIndex, entry: result.value });
      return;
    }
    const entryId = readableId(candidate);
    for (const problem of result.problems) problems.push({ entryIndex, entryId, field: problem.path.map(String).join("."), message: problem.message });
  });

  // Invalid entries keep their ids here: a duplicate is reported in the same run as the entry's other problems.
  raw.forEach((candidate, entryIndex) => {
    const id = readableId(candidate);
    if (id === undefined) return;
    const first = idAt.get(id);
    if (first === undefined) idAt.set(id, entryIndex);
    else problems.push({ entryIndex, entryId: id, field: "id", message: `duplicate id "${id}" (first used by ${entryName(first)})` });
  });

  const variantOwner = new Map<string, string>();
  for (const { entryIndex, entry } of parsed) {
    for (const language of ["fr", "en"] as const) {
      entry.questions[language].forEach((question, index) => {
        const key = foldText(question).replace(/[^a-z0-9]+/g, " ").trim();
        const owner = variantOwner.get(key);
        if (owner !== undefined && owner !== entry.id) {
          problems.push({
            entryIndex,
            entryId: entry.id,
            field: `questions.${language}.${index}`,
            message: `the question "${question}" is also a variant of entry "${owner}": one question, one answer`,
          });
        } else {
          variantOwner.set(key, entry.id);
        }
      });
    }
    if (today !== undefined && entry.reviewBy < today) {
      warnings.push({
        entryIndex,
        entryId: entry.id,
        field: "reviewBy",
        message: `review date ${entry.reviewBy} has passed: re-read the answer against its source (${entry.source}), then set a new reviewBy`,
      });
    }
  }

  const entries = parsed.map(({ entry }) => entry);
  return problems.length > 0 ? { valid: false, problems, warnings } : { valid: true, entries, warnings };
}

function readableId(candidate: unknown): string | undefined {
  if (candidate && typeof candidate === "object" && "id" in candidate) {
    const id = (candidate as { id: unknown }).id;
    if (typeof id === "string" && id.length > 0 && id.length <= 80) return id;
  }
  return undefined;
}
