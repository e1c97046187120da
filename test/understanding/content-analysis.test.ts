import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { ANALYZER_VERSION, analyzeContent, analyzerFingerprint, type ContentAnalysis } from "../../domain/understanding/content-analysis";
import { createUnderstanding } from "../../domain/understanding/understanding";
import { loadContentFiles } from "../../infra/knowledge/content-files.loader";
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
    expect(fromStored.usedStoredIndex).toBe(true);
    expect(answers(fromStored)).toEqual(answers(createUnderstanding(entries)));
  });

  it("gives the same understanding when its search index is absent or unusable: the index is built at load", () => {
    const expected = answers(createUnderstanding(entries));
    const withIndex = (index: string | undefined) => createUnderstanding(entries, undefined, { ...stored, index });
    const ofFewerEntries = analyzeContent(entries.slice(1)).index;
    for (const index of [undefined, "{ not json", '{"serializationVersion":99}', ofFewerEntries]) {
      const understanding = withIndex(index);
      expect(understanding.usedStoredAnalysis).toBe(true);
      expect(understanding.usedStoredIndex).toBe(false);
      expect(answers(understanding)).toEqual(expected);
    }
  });

  it("names the analyzer that made it: its version and a hash of the lexicon", () => {
    expect(stored.analyzer).toBe(analyzerFingerprint());
    expect(analyzerFingerprint()).toMatch(/^\d+:[0-9a-f]{8}$/);
  });

  it.each([
    ["made by another analyzer", (a: ContentAnalysis) => ({ ...a, analyzer: "0:00000000" })],
    ["missing an entry", (a: ContentAnalysis) => ({ ...a, entries: Object.fromEntries(Object.entries(a.entries).slice(1)) })],
  ])("is not used when %s: the entries are analyzed again, with the same result", (_case, spoil) => {
    const understanding = createUnderstanding(entries, undefined, spoil(stored));
    expect(understanding.usedStoredAnalysis).toBe(false);
    expect(understanding.usedStoredIndex).toBe(false);
    expect(answers(understanding)).toEqual(answers(createUnderstanding(entries)));
  });
});

/**
 * The code that turns texts into terms and terms into the search index (the chat lexicon too: a concept
 * changed there changes the terms stored), and the packages it runs.
 * A stored analysis is trusted when its analyzer's version matches (nothing is analyzed again at a
 * cold start to check it), so any change here must come with a new ANALYZER_VERSION.
 */
const ANALYSIS_CODE = ["domain/understanding/content-analysis.ts", "domain/understanding/text-normalizer.ts", "domain/understanding/term-analyzer.ts", "domain/understanding/search-index.ts", "domain/understanding/chat-lexicon.ts"];
const ANALYSIS_PACKAGES = ["snowball-stemmers", "minisearch"];

function analysisCodeDigest(): string {
  const root = join(__dirname, "../..");
  const hash = createHash("sha256");
  for (const file of ANALYSIS_CODE) {
    // The version line itself is left out: bumping it must not change the digest it is checked against.
    const source = readFileSync(join(root, file), "utf8").replace(/\r\n/g, "\n").replace(/^export const ANALYZER_VERSION = \d+;$/m, "");
    hash.update(`${file}\n${source}\n`);
  }
  for (const name of ANALYSIS_PACKAGES) {
    const { version } = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string };
    hash.update(`${name}@${version}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

describe("the analyzer's version", () => {
  it("is bumped with every change to the analysis code or the packages it runs", () => {
    // When this fails: bump ANALYZER_VERSION in domain/understanding/content-analysis.ts and write
    // both new values here. The next `content:publish --if-changed` (run by every deploy) then
    // analyzes the content again; until it does, cold starts analyze it at load.
    expect({ version: ANALYZER_VERSION, code: analysisCodeDigest() }).toEqual({ version: 20, code: "72fa7b7a08c9eda3" });
  });
});
