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
  const terms = options.terms ?? understandingTerms;
  const threshold = options.threshold ?? DEFAULT_SIMILARITY;

  const buckets = new Map<string, { terms: Set<string>; wordings: Map<string, number>; languages: Set<Language>; count: number }>();
  for (const { question, language } of questions) {
    const set = new Set(terms(question, language));
    const key = set.size > 0 ? [...set].sort().join(" ") : `text:${foldText(question).replace(/[^a-z0-9]+/g, " ").trim()}`;
    const bucket = buckets.get(key) ?? { terms: set, wordings: new Map(), languages: new Set(), count: 0 };
    const wording = question.trim();
    bucket.wordings.set(wording, (bucket.wordings.get(wording) ?? 0) + 1);
    bucket.languages.add(language);
    bucket.count++;
    buckets.set(key, bucket);
  }

  const ordered = [...buckets.entries()].sort(([keyA, a], [keyB, b]) => b.count - a.count || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0));
  const groups: { terms: Set<string>; wordings: Map<string, number>; languages: Set<Language>; count: number }[] = [];
  for (const [, bucket] of ordered) {
    let best: (typeof groups)[number] | undefined;
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
    for (const [wording, count] of bucket.wordings) best.wordings.set(wording, (best.wordings.get(wording) ?? 0) + count);
    for (const language of bucket.languages) best.languages.add(language);
    best.count += bucket.count;
  }

  return groups
    .map((group) => {
      const wordings = [...group.wordings.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.length - b.length || (a < b ? -1 : 1)).map(([wording]) => wording);
      return { label: wordings[0] ?? "", count: group.count, variants: wordings.slice(1, 4), languages: [...group.languages].sort() };
    })
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Share of common terms: |A ∩ B| / |A ∪ B|. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const term of a) if (b.has(term)) common++;
  return common / (a.size + b.size - common);
}
