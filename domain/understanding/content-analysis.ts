import type { ContentEntry } from "../knowledge/content-entry.schema";
import type { Language } from "../language/language";
import { ABBREVIATIONS, CONCEPTS, CORE_CONCEPTS, LANGUAGE_CONCEPTS, OFF_TOPIC_WORDS, PHRASES, STOP_WORDS } from "./chat-lexicon";
import { buildSearchIndex, searchDocument, serializeSearchIndex, type EntryTerms } from "./search-index";
import { countWords, TermAnalyzer } from "./term-analyzer";

/**
 * Version of the analysis code (text-normalizer.ts, term-analyzer.ts, search-index.ts, and the
 * Snowball stemmers and MiniSearch it runs): bump it with any change to how a text becomes terms or
 * how terms are indexed, so that analyses stored by an older publish are not used. A test holds a
 * digest of that code and fails until the version is bumped (test/understanding/content-analysis.test.ts).
 * The lexicon's data (chat-lexicon.ts) is part of the fingerprint too; its file is in the test's digest all the same, so a
 * change to it is a bump as well.
 *
 * 2: the stored analysis holds the first stage's search index.
 * 3: elisions typed without apostrophe are split from known words in learners' messages.
 * 4: the analysis holds the terms of the entries' claims.
 */
export const ANALYZER_VERSION = 20;

/**
 * What indexing needs from one entry's texts, computed when the content is published rather than
 * at every cold start: analyzing the texts (folding, phrases, concepts, Snowball stems) is most of
 * the cost of building an Understanding, and it grows with the content.
 */
export interface EntryAnalysis extends EntryTerms {
  /** The terms of each question variant, per language, in the entry's order. */
  questions: Record<Language, string[][]>;
  /** The terms of the answer, per language. */
  answer: Record<Language, string[]>;
  /** The folded words of the entry's texts with their counts (the typo-correction vocabulary). */
  words: [string, number][];
}

/** The analysis of a content version, and the analyzer that made it (see analyzerFingerprint). */
export interface ContentAnalysis {
  analyzer: string;
  entries: Record<string, EntryAnalysis>;
  /**
   * The first stage's search index of the entries, serialized (search-index.ts): loading it costs
   * a cold start about half of indexing the entries again. Absent from versions published before.
   */
  index?: string;
}

/**
 * True when a value read back from storage has the shape of an EntryAnalysis. Checked by hand
 * rather than with a zod schema: a cold start reads thousands of terms, and zod's per-element
 * checks were a tenth of the content load (an analysis is the publisher's output, not user input).
 */
export function isEntryAnalysis(value: unknown): value is EntryAnalysis {
  if (typeof value !== "object" || value === null) return false;
  const { questions, answer, words, claims } = value as Partial<Record<keyof EntryAnalysis, unknown>>;
  const isTerms = (terms: unknown) => Array.isArray(terms) && terms.every((term) => typeof term === "string");
  const isVariants = (variants: unknown) => Array.isArray(variants) && variants.every(isTerms);
  const byLanguage = (field: unknown, check: (x: unknown) => boolean) =>
    typeof field === "object" && field !== null && check((field as Record<string, unknown>).fr) && check((field as Record<string, unknown>).en);
  return (
    byLanguage(questions, isVariants) &&
    byLanguage(answer, isTerms) &&
    Array.isArray(words) &&
    words.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "number") &&
    (claims === undefined || (Array.isArray(claims) && claims.every((claim) => byLanguage(claim, isTerms))))
  );
}

let fingerprint: string | undefined;

/**
 * Identifies the analyzer: its version and a hash of the lexicon it applies. A stored analysis is
 * used only when it was made by the same analyzer.
 */
export function analyzerFingerprint(): string {
  fingerprint ??= `${ANALYZER_VERSION}:${fnv1a(lexiconText())}`;
  return fingerprint;
}

function lexiconText(): string {
  return JSON.stringify([
    PHRASES.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    [...CONCEPTS],
    ABBREVIATIONS,
    [...LANGUAGE_CONCEPTS.fr],
    [...LANGUAGE_CONCEPTS.en],
    [...STOP_WORDS.fr],
    [...STOP_WORDS.en],
    [...OFF_TOPIC_WORDS],
    [...CORE_CONCEPTS],
  ]);
}

/**
 * 32-bit FNV-1a over the text's UTF-8 bytes taken four at a time (little-endian words), as hex:
 * enough to tell two lexicons apart. It runs once per cold start, before the code is optimized:
 * a quarter of the steps of hashing the 40,000 characters one by one (about 3 ms of CPU less).
 */
function fnv1a(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hash = 0x811c9dc5;
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) {
    hash = Math.imul(hash ^ ((bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24)), 0x01000193);
  }
  for (; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The texts of an entry in the order their words are counted: questions (fr, en), then answers. */
export function entryTexts(entry: ContentEntry): string[] {
  return [...entry.questions.fr, ...entry.questions.en, entry.answer.fr, entry.answer.en];
}

/** The terms of one entry's texts, analyzed as documents (no typo correction: they are the vocabulary). */
export function analyzeEntryTerms(analyzer: TermAnalyzer, entry: ContentEntry): EntryTerms {
  const document = (text: string, language: Language) => analyzer.analyzeDocument(text, language).terms;
  return {
    questions: { fr: entry.questions.fr.map((q) => document(q, "fr")), en: entry.questions.en.map((q) => document(q, "en")) },
    answer: { fr: document(entry.answer.fr, "fr"), en: document(entry.answer.en, "en") },
    ...(entry.claims?.length ? { claims: entry.claims.map((claim) => ({ fr: document(claim.fr, "fr"), en: document(claim.en, "en") })) } : {}),
  };
}

/** Analyzes one entry's texts as documents, with the words they count. */
export function analyzeEntry(analyzer: TermAnalyzer, entry: ContentEntry): EntryAnalysis {
  return { ...analyzeEntryTerms(analyzer, entry), words: [...countWords(entryTexts(entry))] };
}

/**
 * The analysis of a content version, made when it is published (see EntryAnalysis), with the
 * search index of its entries. Documents are analyzed without typo correction, so the analyzer's
 * vocabulary plays no part.
 */
export function analyzeContent(entries: readonly ContentEntry[]): ContentAnalysis {
  const analyzer = new TermAnalyzer(new Map());
  const analyzed = Object.fromEntries(entries.map((entry) => [entry.id, analyzeEntry(analyzer, entry)]));
  const index = buildSearchIndex(entries.map((entry) => searchDocument(entry.id, analyzed[entry.id] as EntryAnalysis)));
  return { analyzer: analyzerFingerprint(), entries: analyzed, index: serializeSearchIndex(index) };
}

/**
 * True when a stored analysis was made by this analyzer and covers every entry, with the right
 * number of question variants. Cheap: no text is analyzed.
 */
export function coversEntries(analysis: ContentAnalysis, entries: readonly ContentEntry[]): boolean {
  if (analysis.analyzer !== analyzerFingerprint()) return false;
  return entries.every((entry) => {
    const stored = analysis.entries[entry.id];
    return stored !== undefined && stored.questions.fr.length === entry.questions.fr.length && stored.questions.en.length === entry.questions.en.length;
  });
}

/** The content's words with their counts, from a stored analysis (same order as counting the texts). */
export function storedWords(analysis: ContentAnalysis, entries: readonly ContentEntry[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const entry of entries) {
    for (const [word, count] of analysis.entries[entry.id]?.words ?? []) words.set(word, (words.get(word) ?? 0) + count);
  }
  return words;
}
