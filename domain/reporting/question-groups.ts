import type { Language } from "../language/language";
import { TermAnalyzer } from "../understanding/term-analyzer";
import { foldText } from "../understanding/text-normalizer";

/** Unanswered questions that ask the same thing, as advisors read them in the report. */
export interface QuestionGroup {
  /** The most frequent wording in the group (the shortest on a tie): what the group is about. */
  label: string;
  count: number;
  /** Up to three other distinct wordings, most frequent first. */
  variants: string[];
  languages: Language[];
}

/** The terms a question is compared on. */
export type QuestionTerms = (text: string, language: Language) => readonly string[];

let sharedAnalyzer: TermAnalyzer | undefined;

/**
 * The assistant's own analysis of a question (folding, chat abbreviations, phrases, cross-language
 * concepts, stop words, Snowball stems), without typo correction: there is no content vocabulary to
 * correct against here, and a typo then only splits a group instead of merging unrelated ones.
 */
export const understandingTerms: QuestionTerms = (text, language) => {
  sharedAnalyzer ??= new TermAnalyzer(new Map());
  return sharedAnalyzer.analyzeDocument(text, language).terms;
};

/** Two questions belong together from this share of common terms (Jaccard index) on. */
export const DEFAULT_SIMILARITY = 0.5;

/** Unanswered questions that ask the same thing, with every wording: what the report's groups are made of. */
export interface QuestionCluster {
  /** The terms of its first (largest) bucket: what the cluster is about. */
  terms: ReadonlySet<string>;
  /** Each distinct wording, with how often it was asked and in which language (the first seen). */
  wordings: ReadonlyMap<string, { count: number; language: Language }>;
  languages: ReadonlySet<Language>;
  count: number;
}

type MutableCluster = { terms: Set<string>; wordings: Map<string, { count: number; language: Language }>; languages: Set<Language>; count: number };

/**
 * Groups unanswered questions by similarity so advisors see which missing answers matter most.
 * Rule: questions with the same terms (after the understanding's normalization and stemming: "Quels
 * sont les tarifs ?" and "tarif ?" share the stem "tarif") form one bucket; buckets then join the
 * group whose first (largest) bucket shares at least `threshold` of its terms (Jaccard index of the
 * two term sets), largest buckets first, so a group never drifts away from what it was about.
 * Questions without any term (only stop words) group by their folded text. Groups come largest first.
 */
export function groupSimilarQuestions(
  questions: readonly { question: string; language: Language }[],
  options: { terms?: QuestionTerms; threshold?: number } = {},
): QuestionGroup[] {
  return clusterSimilarQuestions(questions, options).map((cluster) => {
    const wordings = wordingsByFrequency(cluster);
    return { label: wordings[0] ?? "", count: cluster.count, variants: wordings.slice(1, 4), languages: [...cluster.languages].sort() };
  });
}

/** The groups of {@link groupSimilarQuestions} with all their wordings, in the same order. */
export function clusterSimilarQuestions(
  questions: readonly { question: string; language: Language }[],
  options: { terms?: QuestionTerms; threshold?: number } = {},
): QuestionCluster[] {
  const terms = options.terms ?? understandingTerms;
  const threshold = options.threshold ?? DEFAULT_SIMILARITY;

  const buckets = new Map<string, MutableCluster>();
  for (const { question, language } of questions) {
    const set = new Set(terms(question, language));
    const key = set.size > 0 ? [...set].sort().join(" ") : `text:${foldText(question).replace(/[^a-z0-9]+/g, " ").trim()}`;
    const bucket = buckets.get(key) ?? { terms: set, wordings: new Map(), languages: new Set(), count: 0 };
    addWording(bucket.wordings, question.trim(), { count: 1, language });
    bucket.languages.add(language);
    bucket.count++;
    buckets.set(key, bucket);
  }

  const ordered = [...buckets.entries()].sort(([keyA, a], [keyB, b]) => b.count - a.count || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0));
  const groups: MutableCluster[] = [];
  for (const [, bucket] of ordered) {
    let best: MutableCluster | undefined;
    let bestScore = 0;
    if (bucket.terms.size > 0) {
      for (const group of groups) {
        const score = jaccard(group.terms, bucket.terms);
        if (score >= threshold && score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
    }
    if (!best) {
      groups.push({ terms: bucket.terms, wordings: new Map(bucket.wordings), languages: new Set(bucket.languages), count: bucket.count });
      continue;
    }
    for (const [wording, seen] of bucket.wordings) addWording(best.wordings, wording, seen);
    for (const language of bucket.languages) best.languages.add(language);
    best.count += bucket.count;
  }

  const labelOf = (cluster: MutableCluster) => wordingsByFrequency(cluster)[0] ?? "";
  return groups.sort((a, b) => b.count - a.count || (labelOf(a) < labelOf(b) ? -1 : labelOf(a) > labelOf(b) ? 1 : 0));
}

/** A cluster's distinct wordings, the most frequent first (the shortest on a tie). */
export function wordingsByFrequency(cluster: Pick<QuestionCluster, "wordings">): string[] {
  return [...cluster.wordings.entries()]
    .sort(([a, { count: countA }], [b, { count: countB }]) => countB - countA || a.length - b.length || (a < b ? -1 : 1))
    .map(([wording]) => wording);
}

function addWording(wordings: Map<string, { count: number; language: Language }>, wording: string, seen: { count: number; language: Language }): void {
  const known = wordings.get(wording);
  wordings.set(wording, { count: (known?.count ?? 0) + seen.count, language: known?.language ?? seen.language });
}

/** Share of common terms: |A ∩ B| / |A ∪ B|. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const term of a) if (b.has(term)) common++;
  return common / (a.size + b.size - common);
}
