import type { UnansweredQuestion } from "../events/events.schema";
import { canonicalQuestion, type ContentEntry } from "../knowledge/content-entry.schema";
import type { Language } from "../language/language";
import { foldText } from "../understanding/text-normalizer";
import { clusterSimilarQuestions, jaccard, understandingTerms, wordingsByFrequency, type QuestionTerms } from "./question-groups";

/** A group of unanswered questions close to an answer that exists: its wordings can become that answer's variants. */
export interface NearAnswerGroup {
  /** The most frequent wording. */
  label: string;
  /** How many times the group's questions were asked. */
  count: number;
  /** The existing answer they are close to. */
  entryId: string;
  /** Its canonical question, in French. */
  entryQuestion: string;
  /** Share of common terms with the closest of the entry's variants (0 to 1). */
  similarity: number;
  /** How many of the group's questions were offered this entry among suggestions. */
  suggested: number;
  /** The wordings to add, most frequent first, each in the language it was asked in (at most {@link MAX_VARIANTS_PER_GROUP}). */
  variants: { text: string; language: Language }[];
}

/** From this share of common terms with one of an entry's variants, a group is close to that entry. */
export const NEAR_ANSWER_SIMILARITY = 0.4;
export const MAX_VARIANTS_PER_GROUP = 5;

/**
 * Active learning for the answer files: the groups of unanswered questions (as the report groups
 * them) that an existing answer would have settled, had its variants included their wordings.
 *
 * Rule: a group is close to an entry when one of its wordings shares at least
 * {@link NEAR_ANSWER_SIMILARITY} of its terms (Jaccard, the report's own analysis) with one of the
 * entry's variants in the same language, or half that share when the assistant also suggested that
 * entry for at least half of the group's questions. The closest entry wins
 * (similarity, then suggestions). Wordings the entry already has are left out; a group with none left
 * is not listed. The most frequent groups first: they are the misses that matter.
 */
export function groupsNearAnswers(
  unanswered: readonly UnansweredQuestion[],
  entries: readonly ContentEntry[],
  options: { terms?: QuestionTerms; threshold?: number } = {},
): NearAnswerGroup[] {
  const terms = options.terms ?? understandingTerms;
  const threshold = options.threshold ?? NEAR_ANSWER_SIMILARITY;
  const variantTerms = entries.map((entry) => ({
    entry,
    known: new Set([...entry.questions.fr, ...entry.questions.en].map(fold)),
    fr: entry.questions.fr.map((question) => new Set(terms(question, "fr"))),
    en: entry.questions.en.map((question) => new Set(terms(question, "en"))),
  }));
  const suggestedFor = new Map<string, string[]>();
  for (const question of unanswered) {
    const key = question.question.trim();
    suggestedFor.set(key, [...(suggestedFor.get(key) ?? []), ...question.suggested]);
  }

  const groups: NearAnswerGroup[] = [];
  for (const cluster of clusterSimilarQuestions(unanswered, { terms })) {
    const wordings = wordingsByFrequency(cluster);
    let best: { entry: ContentEntry; known: Set<string>; similarity: number; suggested: number } | undefined;
    for (const candidate of variantTerms) {
      let similarity = 0;
      for (const wording of wordings) {
        const language = cluster.wordings.get(wording)?.language ?? "fr";
        const asked = new Set(terms(wording, language));
        if (asked.size === 0) continue;
        for (const variant of candidate[language]) if (variant.size > 0) similarity = Math.max(similarity, jaccard(asked, variant));
      }
      let suggested = 0;
      for (const wording of wordings) {
        const offered = suggestedFor.get(wording) ?? [];
        suggested += offered.filter((id) => id === candidate.entry.id).length;
      }
      // Offered and not picked is weak evidence alone: the learner saw that answer and went on asking.
      const close = similarity >= threshold || (suggested * 2 >= cluster.count && similarity >= threshold / 2);
      if (!close) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && suggested > best.suggested)) {
        best = { entry: candidate.entry, known: candidate.known, similarity, suggested };
      }
    }
    if (!best) continue;
    const known = best.known;
    const variants = wordings
      .filter((wording) => !known.has(fold(wording)))
      .slice(0, MAX_VARIANTS_PER_GROUP)
      .map((text) => ({ text, language: cluster.wordings.get(text)?.language ?? "fr" }));
    if (variants.length === 0) continue;
    groups.push({
      label: wordings[0] ?? "",
      count: cluster.count,
      entryId: best.entry.id,
      entryQuestion: canonicalQuestion(best.entry, "fr"),
      similarity: best.similarity,
      suggested: best.suggested,
      variants,
    });
  }
  return groups;
}

function fold(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
}
