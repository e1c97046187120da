import { beforeAll, describe, expect, it } from "vitest";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { analyzeContent, analyzerFingerprint, type ContentAnalysis } from "../../domain/understanding/content-analysis";
import { createUnderstanding } from "../../domain/understanding/understanding";
import { loadContentFiles } from "../../infra/content/content-files.loader";
import { SPLITS, loadEvalSplit } from "../eval/eval-runner";

let entries: ContentEntry[];
let questions: string[];
let stored: ContentAnalysis;

beforeAll(async () => {
  const loaded = await loadContentFiles();
  if (!loaded.valid) throw new Error("content is invalid");
  entries = loaded.entries;
  questions = (await Promise.all(SPLITS.map(loadEvalSplit))).flat().map((c) => c.q);
  // As a cold start gets it: through JSON, from the store.
  stored = JSON.parse(JSON.stringify(analyzeContent(entries))) as ContentAnalysis;
});

/** What an understanding makes of every evaluation question and every question variant. */
function answers(understanding: ReturnType<typeof createUnderstanding>) {
  const variants = entries.flatMap((e) => [...e.questions.fr, ...e.questions.en]);
  return [...questions, ...variants].map((q) => understanding.understand(q));
}

describe("the content analysis stored at publish time", () => {
  it("gives exactly the understanding of analyzing the texts at load, for every evaluation question and variant", () => {
    const fromStored = createUnderstanding(entries, undefined, stored);
    expect(fromStored.usedStoredAnalysis).toBe(true);
    expect(answers(fromStored)).toEqual(answers(createUnderstanding(entries)));
  });

  it("names the analyzer that made it: its version and a hash of the lexicon", () => {
    expect(stored.analyzer).toBe(analyzerFingerprint());
    expect(analyzerFingerprint()).toMatch(/^\d+:[0-9a-f]{8}$/);
  });

  it.each([
    ["made by another analyzer", (a: ContentAnalysis) => ({ ...a, analyzer: "0:00000000" })],
    ["missing an entry", (a: ContentAnalysis) => ({ ...a, entries: Object.fromEntries(Object.entries(a.entries).slice(1)) })],
    [
      "disagreeing with the analyzer on a sampled variant (analysis code changed without a version bump)",
      (a: ContentAnalysis) => {
        const [id, first] = Object.entries(a.entries)[0]!;
        return { ...a, entries: { ...a.entries, [id]: { ...first, questions: { ...first.questions, fr: first.questions.fr.map(() => ["STALE"]) } } } };
      },
    ],
  ])("is not used when %s: the entries are analyzed again, with the same result", (_case, spoil) => {
    const understanding = createUnderstanding(entries, undefined, spoil(stored));
    expect(understanding.usedStoredAnalysis).toBe(false);
    expect(answers(understanding)).toEqual(answers(createUnderstanding(entries)));
  });
});
