/**
 * npm run bench:matching — time to understand one message, per question, with the real content and
 * with 1,000 synthetic entries added, against a baseline measured in the same run: a plain linear
 * scan that compares the message with every question variant (same analysis, no index).
 * Goal: under 1 ms per question with 1,000 entries. Numbers are printed, never asserted (tests do
 * not time things: machines differ).
 *
 * Each question is timed REPEATS times and its median kept: on a shared machine a single sample
 * mostly measures the scheduler. The table shows how those medians spread over the questions.
 */
import { performance } from "node:perf_hooks";
import type { ContentEntry } from "../domain/knowledge/content-entry.schema";
import { detectLanguage, type Language } from "../domain/language/language";
import { recognizeIntent } from "../domain/understanding/intent.recognizer";
import { TermAnalyzer, countWords } from "../domain/understanding/term-analyzer";
import { createUnderstanding, type Understanding } from "../domain/understanding/understanding";
import { loadContentFiles } from "../infra/knowledge/content-files.loader";
import { SPLITS, loadEvalSplit } from "../test/eval/eval-runner";

const SYNTHETIC_ENTRIES = 1_000;
const REPEATS = 21;

/** A deterministic pseudo-random generator, so every run benchmarks the same entries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Synthetic entries built from the real content's words plus invented ones, so the index holds
 * realistic term frequencies: many entries share "UE", "examen", "inscription"; each has rarer words.
 */
function syntheticEntries(real: readonly ContentEntry[], count: number): ContentEntry[] {
  const next = random(42);
  const vocabulary = [...countWords(real.flatMap((e) => [...e.questions.fr, ...e.questions.en, e.answer.fr, e.answer.en])).keys()].filter((w) => w.length > 3);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
  const invented = () => `${pick().slice(0, 4)}${Math.floor(next() * 10_000).toString(36)}`;
  const question = (n: number) => `${Array.from({ length: 3 + Math.floor(next() * 5) }, () => (next() < 0.3 ? invented() : pick())).join(" ")} ${n} ?`;
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    questions: { fr: [question(i), question(i), question(i), question(i)], en: [question(i), question(i), question(i), question(i)] },
    answer: { fr: Array.from({ length: 40 }, pick).join(" "), en: Array.from({ length: 40 }, pick).join(" ") },
    tags: ["synthetic"],
    source: "bench",
    reviewBy: "2027-06-30",
  }));
}

/** The baseline: the same analysis, then every variant of every entry compared with the message. */
class LinearScan {
  private readonly analyzer: TermAnalyzer;
  private readonly variants: { entryId: string; terms: Set<string> }[] = [];

  constructor(entries: readonly ContentEntry[]) {
    this.analyzer = new TermAnalyzer(countWords(entries.flatMap((e) => [...e.questions.fr, ...e.questions.en, e.answer.fr, e.answer.en])));
    for (const entry of entries) {
      for (const language of ["fr", "en"] as const) {
        for (const question of entry.questions[language]) this.variants.push({ entryId: entry.id, terms: new Set(this.analyzer.analyzeDocument(question, language).terms) });
      }
    }
  }

  understand(text: string): string | undefined {
    const language: Language = detectLanguage(text);
    if (recognizeIntent(text)) return undefined;
    const query = new Set(this.analyzer.analyzeQuery(text, language).terms);
    let best: { entryId: string; score: number } | undefined;
    for (const variant of this.variants) {
      let shared = 0;
      for (const term of query) if (variant.terms.has(term)) shared++;
      const score = (2 * shared) / (query.size + variant.terms.size || 1);
      if (!best || score > best.score) best = { entryId: variant.entryId, score };
    }
    return best?.entryId;
  }
}

export interface Timing {
  label: string;
  entries: number;
  /** Median time of each question, in microseconds, sorted. */
  perQuestionUs: number[];
}

function measure(label: string, entries: number, questions: readonly string[], run: (text: string) => unknown): Timing {
  for (const q of questions) run(q); // warm-up: JIT, stem and correction caches, as in a warm Lambda
  const perQuestionUs = questions.map((q) => {
    const samples: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      run(q);
      samples.push((performance.now() - start) * 1000);
    }
    return percentile(samples.sort((a, b) => a - b), 50);
  });
  return { label, entries, perQuestionUs: perQuestionUs.sort((a, b) => a - b) };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function row(timing: Timing): string {
  const { perQuestionUs: us } = timing;
  const mean = us.reduce((a, b) => a + b, 0) / us.length;
  const cells = [mean, percentile(us, 50), percentile(us, 95), percentile(us, 99), us[us.length - 1] ?? 0].map((v) => `${(v / 1000).toFixed(3)} ms`.padStart(10));
  return `${timing.label.padEnd(44)}${String(timing.entries).padStart(7)}${cells.join("")}`;
}

/** What the matching benchmark measured, for `npm run bench` and for the table below. */
export interface MatchingResult {
  questions: number;
  repeats: number;
  timings: Timing[];
  /** Index build, once per content version: real content, and with 1,000 synthetic entries added. */
  buildRealMs: number;
  buildLargeMs: number;
  realEntries: number;
  largeEntries: number;
  /** p95 over the questions of the per-question median, with 1,000 synthetic entries (the goal's figure). */
  p95LargeMs: number;
}

export async function measureMatching(): Promise<MatchingResult> {
  const loaded = await loadContentFiles();
  if (!loaded.valid) throw new Error("content is invalid: run npm run content:publish -- --check");
  const real = loaded.entries;
  const large = [...real, ...syntheticEntries(real, SYNTHETIC_ENTRIES)];
  const questions = (await Promise.all(SPLITS.map(loadEvalSplit))).flat().map((c) => c.q);

  let start = performance.now();
  const realUnderstanding: Understanding = createUnderstanding(real);
  const buildRealMs = performance.now() - start;
  start = performance.now();
  const largeUnderstanding = createUnderstanding(large);
  const buildLargeMs = performance.now() - start;
  const scan = new LinearScan(large);

  const timings = [
    measure("MiniSearch understanding, real content", real.length, questions, (q) => realUnderstanding.understand(q)),
    measure("MiniSearch understanding, + 1,000 synthetic", large.length, questions, (q) => largeUnderstanding.understand(q)),
    measure("baseline: linear scan, + 1,000 synthetic", large.length, questions, (q) => scan.understand(q)),
  ];
  const p95LargeMs = percentile(timings[1]?.perQuestionUs ?? [], 95) / 1000;
  return { questions: questions.length, repeats: REPEATS, timings, buildRealMs, buildLargeMs, realEntries: real.length, largeEntries: large.length, p95LargeMs };
}

async function main(): Promise<void> {
  const result = await measureMatching();
  const { timings, questions } = result;
  console.log(`Matching time per question (median of ${REPEATS} runs each) over the ${questions} evaluation questions, after a warm-up (node ${process.version})`);
  console.log(`${"".padEnd(44)}${"entries".padStart(7)}${["mean", "p50", "p95", "p99", "max"].map((h) => h.padStart(10)).join("")}`);
  for (const timing of timings) console.log(row(timing));
  console.log(`Index build: ${result.buildRealMs.toFixed(1)} ms for ${result.realEntries} entries, ${result.buildLargeMs.toFixed(0)} ms for ${result.largeEntries} entries (once per content version).`);
  const p95 = result.p95LargeMs;
  console.log(`Goal (< 1 ms per question with 1,000 entries, p95 over questions): ${p95 < 1 ? "met" : "NOT met"} (${p95.toFixed(3)} ms)`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
