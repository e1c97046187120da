import MiniSearch from "minisearch";
import type { ContentEntry } from "../knowledge/content-entry.schema";
import type { Language } from "../language/language";
import { WEAK_CONCEPTS } from "./chat-lexicon";
import { TermAnalyzer, countWords } from "./term-analyzer";

/**
 * Retrieval over the content's question variants and answers, with MiniSearch.
 *
 * Why MiniSearch: it is a small (≈ 20 kB), dependency-free, maintained full-text index that runs
 * in memory in any JavaScript runtime — nothing to deploy beside the Lambda, no native code, no
 * model files. It gives BM25+ ranking, per-document boosts, and, through its radix tree
 * (SearchableMap), fast Levenshtein lookups that the analyzer uses for typo tolerance. Tokenizing
 * and term processing are pluggable, so French/English normalization, chat abbreviations, concepts
 * and Snowball stems stay ours and are shared by indexing and querying. Orama offers the same with
 * a larger API and bundle; NLP.js brings intent classifiers that need training data we do not have,
 * and a hand-written engine would be code to maintain for no gain.
 *
 * Each question variant is a document of its own (the best-matching variant speaks for its
 * entry), and each answer is a document with a low boost: answers use words learners reuse, but
 * they are long and would otherwise outweigh the variants.
 */

interface IndexedDocument {
  id: string;
  entryId: string;
  language: Language;
  kind: "question" | "answer";
  text: string;
}

/** An entry that matches a message, with how much of the message it explains. */
export interface RankedEntry {
  entryId: string;
  /**
   * The confidence that this entry answers the message, in [0, 1]: the mean of `similarity`
   * and `coverage`. Entries are ranked by it.
   */
  score: number;
  /**
   * How close the message is to the entry's nearest question variant, both ways: weighted Dice
   * coefficient of their terms. "C'est quoi une UE ?" is 1 against "C'est quoi une UE ?" and low
   * against "Qu'est-ce qu'une UE soumise à autorisation ?", although both contain every word asked.
   */
  similarity: number;
  /**
   * Share of the message's information the entry matches anywhere (variants or answer): the
   * inverse-document-frequency weight of the matched terms over the weight of all terms. Words the
   * content never uses weigh as much as the rarest content word: "recette de tarte aux pommes"
   * explains nothing of the content.
   */
  coverage: number;
  /** MiniSearch's BM25+ score (best variant plus boosted answer), the first-stage ranking. */
  bm25: number;
  matchedTerms: string[];
}

/**
 * Words the content never uses weigh this share of the rarest content word (see
 * RankedEntry.coverage). Measured: lowering it does not raise in-scope accuracy and lets more
 * off-topic questions through.
 */
const UNKNOWN_TERM_FACTOR = 1;
/** Interrogatives and other weak concepts count this much of their weight. */
const WEAK_CONCEPT_FACTOR = 0.3;
/** Answers weigh less than questions in the first stage: they are long and say more than asked. */
const ANSWER_BOOST = 0.3;
/** A variant in the other language still matches (concepts are shared), slightly behind. */
const OTHER_LANGUAGE_BOOST = 0.85;
/** Entries re-ranked after the first stage. */
const CANDIDATES = 12;

export class RetrievalIndex {
  readonly analyzer: TermAnalyzer;
  private readonly index: MiniSearch<IndexedDocument>;
  /** Number of entries using each term, for the weights. */
  private readonly entryFrequency = new Map<string, number>();
  private readonly entryCount: number;
  /** Distinct terms of each question variant, by entry, for the similarity. */
  private readonly variants = new Map<string, { language: Language; terms: Set<string> }[]>();

  constructor(entries: readonly ContentEntry[]) {
    const words = new Map<string, number>();
    for (const entry of entries) {
      countWords([...entry.questions.fr, ...entry.questions.en, entry.answer.fr, entry.answer.en], words);
    }
    this.analyzer = new TermAnalyzer(words);
    this.entryCount = Math.max(1, entries.length);
    this.index = new MiniSearch<IndexedDocument>({
      fields: ["text"],
      storeFields: ["entryId", "language", "kind"],
      // Texts are analyzed before indexing: terms are space-separated and must not be altered
      // (the default term processing would lower-case the concepts into the stems' namespace).
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term || null,
      searchOptions: { tokenize: (text) => text.split(" "), processTerm: (term) => term || null },
    });

    const documents: IndexedDocument[] = [];
    for (const entry of entries) {
      const entryTerms = new Set<string>();
      const variants: { language: Language; terms: Set<string> }[] = [];
      for (const language of ["fr", "en"] as const) {
        entry.questions[language].forEach((question, i) => {
          const { terms } = this.analyzer.analyzeDocument(question, language);
          terms.forEach((term) => entryTerms.add(term));
          variants.push({ language, terms: new Set(terms) });
          documents.push({ id: `${entry.id}|${language}|q${i}`, entryId: entry.id, language, kind: "question", text: terms.join(" ") });
        });
        const { terms } = this.analyzer.analyzeDocument(entry.answer[language], language);
        terms.forEach((term) => entryTerms.add(term));
        documents.push({ id: `${entry.id}|${language}|a`, entryId: entry.id, language, kind: "answer", text: terms.join(" ") });
      }
      this.variants.set(entry.id, variants);
      for (const term of entryTerms) this.entryFrequency.set(term, (this.entryFrequency.get(term) ?? 0) + 1);
    }
    this.index.addAll(documents);
  }

  /**
   * Entries matching the analyzed terms of a message, best first: MiniSearch retrieves and ranks
   * candidates (BM25+), then the best few are re-ranked by similarity to their nearest variant and
   * by coverage of the message.
   */
  rank(terms: readonly string[], language: Language): RankedEntry[] {
    const query = new Set(terms);
    if (query.size === 0) return [];
    const results = this.index.search([...query].join(" "), {
      combineWith: "OR",
      boostDocument: (_id, _term, stored) => {
        const kindBoost = stored?.kind === "answer" ? ANSWER_BOOST : 1;
        return kindBoost * (stored?.language === language ? 1 : OTHER_LANGUAGE_BOOST);
      },
    });

    const byEntry = new Map<string, { question: number; answer: number; matched: Set<string> }>();
    for (const result of results) {
      const entryId = result.entryId as string;
      const aggregate = byEntry.get(entryId) ?? { question: 0, answer: 0, matched: new Set<string>() };
      if (result.kind === "answer") aggregate.answer = Math.max(aggregate.answer, result.score);
      else aggregate.question = Math.max(aggregate.question, result.score);
      result.queryTerms.forEach((term: string) => aggregate.matched.add(term));
      byEntry.set(entryId, aggregate);
    }

    const queryWeight = sum([...query].map((term) => this.weight(term)));
    return [...byEntry.entries()]
      .map(([entryId, { question, answer, matched }]) => ({ entryId, bm25: question + answer, matched }))
      .sort((a, b) => b.bm25 - a.bm25)
      .slice(0, CANDIDATES)
      .map(({ entryId, bm25, matched }) => {
        const coverage = queryWeight > 0 ? sum([...matched].map((term) => this.weight(term))) / queryWeight : 0;
        const similarity = this.similarity(query, queryWeight, entryId, language);
        return { entryId, score: (similarity + coverage) / 2, similarity, coverage, bm25, matchedTerms: [...matched] };
      })
      .sort((a, b) => b.score - a.score || b.bm25 - a.bm25 || a.entryId.localeCompare(b.entryId));
  }

  /** Weighted Dice coefficient between the message and the entry's nearest question variant. */
  private similarity(query: Set<string>, queryWeight: number, entryId: string, language: Language): number {
    let best = 0;
    for (const variant of this.variants.get(entryId) ?? []) {
      let shared = 0;
      for (const term of query) if (variant.terms.has(term)) shared += this.weight(term);
      if (shared === 0) continue;
      const dice = (2 * shared) / (queryWeight + sum([...variant.terms].map((term) => this.weight(term))));
      best = Math.max(best, variant.language === language ? dice : dice * OTHER_LANGUAGE_BOOST);
    }
    return best;
  }

  /** Inverse entry frequency; a term no entry uses weighs like the rarest one. */
  private weight(term: string): number {
    const frequency = this.entryFrequency.get(term);
    if (frequency === undefined) return Math.log(1 + this.entryCount) * UNKNOWN_TERM_FACTOR;
    const weight = Math.log(1 + this.entryCount / frequency);
    return WEAK_CONCEPTS.has(term) ? weight * WEAK_CONCEPT_FACTOR : weight;
  }

  /** True when every term is a weak concept: the message asks "what", "when" or "how" of nothing. */
  static onlyWeak(terms: readonly string[]): boolean {
    return terms.every((term) => WEAK_CONCEPTS.has(term));
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
