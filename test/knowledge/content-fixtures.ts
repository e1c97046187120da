import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";

/** A valid entry to derive test cases from; override what a test is about. */
export function entry(overrides: Partial<ContentEntry> & { id: string }): ContentEntry {
  return {
    questions: {
      fr: [`Question française ${overrides.id} ?`, `Autre question ${overrides.id} ?`],
      en: [`English question ${overrides.id}?`, `Another question ${overrides.id}?`],
    },
    answer: { fr: `Réponse française pour ${overrides.id}, assez longue.`, en: `English answer for ${overrides.id}, long enough.` },
    tags: ["test"],
    source: "cnam-ue-en-cours-du-soir.md",
    reviewBy: "2027-06-30",
    ...overrides,
  };
}
