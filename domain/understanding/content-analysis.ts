import type { ContentEntry } from "../knowledge/content-entry.schema";
import type { Language } from "../language/language";
import { ABBREVIATIONS, CONCEPTS, CORE_CONCEPTS, LANGUAGE_CONCEPTS, OFF_TOPIC_WORDS, PHRASES, STOP_WORDS } from "./chat-lexicon";
import { countWords, TermAnalyzer } from "./term-analyzer";

/**
 * Version of the analysis code (text-normalizer.ts, term-analyzer.ts): bump it with any change to
 * how a text becomes terms, so that analyses stored by an older publish are not used. Changes to
 * the lexicon (chat-lexicon.ts) need no bump: its data is part of the fingerprint.
 */
export const ANALYZER_VERSION = 1;

/**
 * What indexing needs from one entry's texts, computed when the content is published rather than
 * at every cold start: analyzing the texts (folding, phrases, concepts, Snowball stems) is most of
 * the cost of building an Understanding, and it grows with the content.
 */
export interface EntryAnalysis {
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
}

/**
 * True when a value read back from storage has the shape of an EntryAnalysis. Checked by hand
 * rather than with a zod schema: a cold start reads thousands of terms, and zod's per-element
 * checks were a tenth of the content load (an analysis is the publisher's output, not user input).
 */
export function isEntryAnalysis(value: unknown): value is EntryAnalysis {
  if (typeof value !== "object" || value === null) return false;
  const { questions, answer, words } = value as Partial<Record<keyof EntryAnalysis, unknown>>;
  const isTerms = (terms: unknown) => Array.isArray(terms) && terms.every((term) => typeof term === "string");
  const isVariants = (variants: unknown) => Array.isArray(variants) && variants.every(isTerms);
  const byLanguage = (field: unknown, check: (x: unknown) => boolean) =>
    typeof field === "object" && field !== null && check((field as Record<string, unknown>).fr) && check((field as Record<string, unknown>).en);
  return (
    byLanguage(questions, isVariants) &&
    byLanguage(answer, isTerms) &&
    Array.isArray(words) &&
    words.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "number")
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

/** 32-bit FNV-1a, as hex: enough to tell two lexicons apart, and cheap at cold start. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The texts of an entry in the order their words are counted: questions (fr, en), then answers. */
export function entryTexts(entry: ContentEntry): string[] {
  return [...entry.questions.fr, ...entry.questions.en, entry.answer.fr, entry.answer.en];
}

/** Analyzes one entry's texts as documents (no typo correction: they are the vocabulary). */
export function analyzeEntry(analyzer: TermAnalyzer, entry: ContentEntry): EntryAnalysis {
  const document = (text: string, language: Language) => analyzer.analyzeDocument(text, language).terms;
  return {
    questions: { fr: entry.questions.fr.map((q) => document(q, "fr")), en: entry.questions.en.map((q) => document(q, "en")) },
    answer: { fr: document(entry.answer.fr, "fr"), en: document(entry.answer.en, "en") },
    words: [...countWords(entryTexts(entry))],
  };
}

/**
 * The analysis of a content version, made when it is published (see EntryAnalysis). Documents are
 * analyzed without typo correction, so the analyzer's vocabulary plays no part.
 */
export function analyzeContent(entries: readonly ContentEntry[]): ContentAnalysis {
  const analyzer = new TermAnalyzer(new Map());
  return { analyzer: analyzerFingerprint(), entries: Object.fromEntries(entries.map((entry) => [entry.id, analyzeEntry(analyzer, entry)])) };
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

/**
 * True when a fresh analysis of a sample of question variants agrees with the stored one: a safety
 * net for a change to the analysis code made without bumping ANALYZER_VERSION.
 */
export function agreesWithSample(analysis: ContentAnalysis, entries: readonly ContentEntry[], analyzer: TermAnalyzer): boolean {
  const step = Math.max(1, Math.floor(entries.length / SAMPLE_SIZE));
  for (let i = 0; i < entries.length; i += step) {
    const entry = entries[i] as ContentEntry;
    const language: Language = i % 2 === 0 ? "fr" : "en";
    const variant = i % entry.questions[language].length;
    const fresh = analyzer.analyzeDocument(entry.questions[language][variant] as string, language).terms;
    if (fresh.join(" ") !== analysis.entries[entry.id]?.questions[language][variant]?.join(" ")) return false;
  }
  return true;
}

/** Texts re-analyzed to check a stored analysis: a few milliseconds at cold start. */
const SAMPLE_SIZE = 3;
