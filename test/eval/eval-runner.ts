import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod/v4";
import type { Language } from "../../domain/language/language";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { Intent, Understanding } from "../../domain/understanding/understanding";

/**
 * The evaluation of the understanding on labeled questions: top-1 accuracy in scope, precision
 * and recall of abstention, language detection, and the confusions to look at.
 */

const slotsSchema = z
  .object({
    intent: z.string(),
    ects: z.number().optional(),
    hours: z.number().optional(),
    grade: z.number().optional(),
    codes: z.array(z.string()).optional(),
    passed: z.array(z.string()).optional(),
    facet: z.string().optional(),
    to: z.enum(["fr", "en"]).optional(),
  })
  .strict();

const caseSchema = z
  .object({
    q: z.string().min(1),
    lang: z.enum(["fr", "en"]),
    expect: z.union([z.string().min(1), slotsSchema]),
    tags: z.array(z.string()).default([]),
  })
  .strict();

const evalFileSchema = z.object({ cases: z.array(caseSchema).min(1) }).strict();

export type EvalCase = z.infer<typeof caseSchema>;
export type Split = "independent" | "dev" | "dev-situational" | "holdout" | "blind";
export const SPLITS: readonly Split[] = ["independent", "dev", "dev-situational", "holdout", "blind"];

/** The goals of issue 4, on the independent split. */
export const GOALS = { inScopeTop1: 0.95, abstentionRecall: 0.9 } as const;

export async function loadEvalSplit(split: Split): Promise<EvalCase[]> {
  const text = await readFile(join(__dirname, `${split}.eval.yaml`), "utf8");
  return evalFileSchema.parse(parse(text)).cases;
}

export interface Confusion {
  q: string;
  expected: string;
  got: string;
  candidates: string;
}

export interface SplitReport {
  split: Split;
  total: number;
  inScope: number;
  inScopeCorrect: number;
  /** Right entry answered directly, or offered first among suggestions. */
  inScopeCorrectOrFirstSuggestion: number;
  /** In-scope questions answered with the wrong entry or the wrong intent (the harmful errors). */
  inScopeWrong: number;
  outOfScope: number;
  abstainedOutOfScope: number;
  abstainedTotal: number;
  languageCorrect: number;
  confusions: Confusion[];
  top1: number;
  abstentionPrecision: number;
  abstentionRecall: number;
  languageAccuracy: number;
}

function describeExpected(expect: EvalCase["expect"]): string {
  if (typeof expect === "string") return expect;
  const { intent, ...slots } = expect;
  return `${intent}${Object.keys(slots).length ? ` ${JSON.stringify(slots)}` : ""}`;
}

function describeIntent(intent: Intent): string {
  switch (intent.kind) {
    case "answer":
      return `${intent.entryId} (${intent.confidence})`;
    case "suggestions":
      return `suggestions[${intent.suggestions.map((s) => `${s.entryId} ${s.confidence}`).join(", ")}]`;
    case "abstain":
      return `abstain:${intent.reason}`;
    default: {
      const { kind, ...slots } = intent;
      return `${kind}${Object.keys(slots).length ? ` ${JSON.stringify(slots)}` : ""}`;
    }
  }
}

function matches(expect: EvalCase["expect"], intent: Intent): boolean {
  if (typeof expect === "string") {
    if (expect === "abstain") return intent.kind === "abstain";
    return intent.kind === "answer" && intent.entryId === expect;
  }
  if (intent.kind !== expect.intent) return false;
  const actual = intent as unknown as Record<string, unknown>;
  for (const [slot, value] of Object.entries(expect)) {
    if (slot === "intent") continue;
    if (JSON.stringify(actual[slot]) !== JSON.stringify(value)) return false;
  }
  return true;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Runs every case through the understanding (each as the first message of a conversation). */
export function evaluate(split: Split, cases: readonly EvalCase[], understanding: Understanding): SplitReport {
  const report: SplitReport = {
    split,
    total: cases.length,
    inScope: 0,
    inScopeCorrect: 0,
    inScopeCorrectOrFirstSuggestion: 0,
    inScopeWrong: 0,
    outOfScope: 0,
    abstainedOutOfScope: 0,
    abstainedTotal: 0,
    languageCorrect: 0,
    confusions: [],
    top1: 0,
    abstentionPrecision: 0,
    abstentionRecall: 0,
    languageAccuracy: 0,
  };
  for (const c of cases) {
    // No conversation language yet: detection alone decides, which is what the case's lang checks.
    const understood = understanding.understand(c.q);
    const { intent } = understood;
    if (understood.language === (c.lang as Language)) report.languageCorrect++;
    const abstained = intent.kind === "abstain";
    if (abstained) report.abstainedTotal++;
    const ok = matches(c.expect, intent);
    if (c.expect === "abstain") {
      report.outOfScope++;
      if (abstained) report.abstainedOutOfScope++;
    } else {
      report.inScope++;
      if (ok) report.inScopeCorrect++;
      const firstSuggestion = intent.kind === "suggestions" && typeof c.expect === "string" && intent.suggestions[0]?.entryId === c.expect;
      if (ok || firstSuggestion) report.inScopeCorrectOrFirstSuggestion++;
      if (!ok && (intent.kind === "answer" || (typeof c.expect !== "string" && !["suggestions", "abstain"].includes(intent.kind)))) {
        report.inScopeWrong++;
      }
    }
    if (!ok) {
      report.confusions.push({
        q: c.q,
        expected: describeExpected(c.expect),
        got: describeIntent(intent),
        candidates: understood.candidates
          .slice(0, 3)
          .map((r) => `${r.entryId} s=${r.score.toFixed(2)} sim=${r.similarity.toFixed(2)} cov=${r.coverage.toFixed(2)}`)
          .join(" | "),
      });
    }
  }
  report.top1 = ratio(report.inScopeCorrect, report.inScope);
  report.abstentionPrecision = ratio(report.abstainedOutOfScope, report.abstainedTotal);
  report.abstentionRecall = ratio(report.abstainedOutOfScope, report.outOfScope);
  report.languageAccuracy = ratio(report.languageCorrect, report.total);
  return report;
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The report as text, for `npm run eval`. */
export function formatReport(report: SplitReport, options: { confusions?: boolean } = {}): string {
  const lines = [
    `== ${report.split} split: ${report.total} questions (${report.inScope} in scope, ${report.outOfScope} out of scope)`,
    `  in-scope top-1 accuracy:        ${pct(report.top1)}  (${report.inScopeCorrect}/${report.inScope})`,
    `  top-1 or first suggestion:      ${pct(ratio(report.inScopeCorrectOrFirstSuggestion, report.inScope))}`,
    `  wrong answers in scope:         ${report.inScopeWrong}`,
    `  abstention precision:           ${pct(report.abstentionPrecision)}  (${report.abstainedOutOfScope}/${report.abstainedTotal} abstentions were out of scope)`,
    `  abstention recall:              ${pct(report.abstentionRecall)}  (${report.abstainedOutOfScope}/${report.outOfScope} out-of-scope questions abstained)`,
    `  language detection:             ${pct(report.languageAccuracy)}`,
  ];
  if (options.confusions !== false && report.confusions.length > 0) {
    lines.push(`  confusions (${report.confusions.length}):`);
    for (const c of report.confusions) {
      lines.push(`    - "${c.q}"`, `        expected ${c.expected}, got ${c.got}`, `        candidates: ${c.candidates || "none"}`);
    }
  }
  return lines.join("\n");
}

export interface FoldReport {
  fold: number;
  total: number;
  /** Held-out variants answered directly with their own entry. */
  correct: number;
  /** Held-out variants whose entry was answered or offered first among suggestions. */
  correctOrFirstSuggestion: number;
  /** Held-out variants answered with another entry or routed to another job (the harmful errors). */
  wrong: number;
  confusions: Confusion[];
}

/**
 * k-fold cross-validation over the content's own question variants: in fold f, the f-th variant of
 * each entry (in each language, when the entry keeps at least one other) is held out, the
 * understanding is built on the rest, and each held-out variant must find its own entry. It
 * measures how the understanding generalizes to phrasings it was not given; a gap between the
 * folds and the fresh blind splits shows tuning that does not generalize.
 */
export function crossValidate(entries: readonly ContentEntry[], k: number, build: (entries: ContentEntry[]) => Understanding): FoldReport[] {
  const reports: FoldReport[] = [];
  for (let fold = 0; fold < k; fold++) {
    const heldOut: { q: string; lang: Language; entryId: string }[] = [];
    const training = entries.map((entry) => {
      const questions = { fr: [...entry.questions.fr], en: [...entry.questions.en] };
      for (const lang of ["fr", "en"] as const) {
        const variants = entry.questions[lang];
        const kept = variants.filter((_, i) => i % k !== fold);
        if (kept.length === 0 || kept.length === variants.length) continue;
        variants.forEach((q, i) => {
          if (i % k === fold) heldOut.push({ q, lang, entryId: entry.id });
        });
        questions[lang] = kept;
      }
      return { ...entry, questions };
    });
    const understanding = build(training);
    const report: FoldReport = { fold, total: heldOut.length, correct: 0, correctOrFirstSuggestion: 0, wrong: 0, confusions: [] };
    for (const { q, lang, entryId } of heldOut) {
      const understood = understanding.understand(q, { language: lang });
      const { intent } = understood;
      const ok = intent.kind === "answer" && intent.entryId === entryId;
      if (ok) report.correct++;
      if (ok || (intent.kind === "suggestions" && intent.suggestions[0]?.entryId === entryId)) report.correctOrFirstSuggestion++;
      if (!ok && !["suggestions", "abstain"].includes(intent.kind)) report.wrong++;
      if (!ok) {
        report.confusions.push({
          q,
          expected: entryId,
          got: describeIntent(intent),
          candidates: understood.candidates
            .slice(0, 3)
            .map((r) => `${r.entryId} s=${r.score.toFixed(2)}`)
            .join(" | "),
        });
      }
    }
    reports.push(report);
  }
  return reports;
}

/** The cross-validation as text: each fold, then the mean and the spread. */
export function formatFolds(reports: readonly FoldReport[], options: { confusions?: boolean } = {}): string {
  const rates = reports.map((r) => ratio(r.correct, r.total));
  const mean = rates.reduce((a, b) => a + b, 0) / Math.max(1, rates.length);
  const lines = [`== ${reports.length}-fold cross-validation over the content's question variants`];
  for (const r of reports) {
    lines.push(`  fold ${r.fold + 1}: ${pct(ratio(r.correct, r.total))} answered (${r.correct}/${r.total}), ${pct(ratio(r.correctOrFirstSuggestion, r.total))} with the first suggestion, ${r.wrong} wrong`);
  }
  lines.push(`  mean: ${pct(mean)}  (min ${pct(Math.min(...rates))}, max ${pct(Math.max(...rates))})`);
  if (options.confusions) for (const r of reports) for (const c of r.confusions) lines.push(`    - [fold ${r.fold + 1}] "${c.q}" expected ${c.expected}, got ${c.got}`);
  return lines.join("\n");
}
