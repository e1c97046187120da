import type { ContentEntry } from "../knowledge/content-entry.schema";
import type { Language } from "../language/language";
import { WEAK_CONCEPTS } from "./chat-lexicon";
import { analyzeEntryTerms, coversEntries, entryTexts, storedWords, type ContentAnalysis } from "./content-analysis";
import { buildSearchIndex, loadSearchIndex, searchDocument, type EntryTerms, type SearchIndex } from "./search-index";
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
 * Two stages. MiniSearch indexes one document per entry, with two fields: the terms of all its
 * question variants (both languages) and those of its answers, boosted low (answers use words
 * learners reuse, but they are long and say more than what was asked). Its BM25+ ranking picks a
 * dozen candidates; they are then re-ranked by similarity to their nearest question variant and
 * by coverage of the message. One document per entry keeps posting lists bounded by the number
 * of entries, so a search stays well under a millisecond with a thousand entries.
 */

/** An entry that matches a message, with how much of the message it explains. */
export interface RankedEntry {
  entryId: string;
  /**
   * The confidence that this entry answers the message, in [0, 1]: the mean of `similarity` and
   * `coverage`, mixed with the naive Bayes `probability` (see BAYES_SHARE). Entries are ranked by it.
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
  /** MiniSearch's BM25+ score of the entry (questions, answers boosted low): the first stage. */
  bm25: number;
  /** The naive Bayes posterior of the entry given the message's terms, over all entries. */
  probability: number;
  matchedTerms: string[];
}

/**
 * Words the content never uses weigh this share of the rarest content word (see
 * RankedEntry.coverage). Measured with the Bayes mix (npm run eval): 1 → 65 % of the situational
 * tuning split answered, 0.7 → 70 % with out-of-scope questions still declined (96.6 % over all
 * splits); 0.5 lets more off-topic questions through.
 */
const UNKNOWN_TERM_FACTOR = 0.7;
/** Interrogatives and other weak concepts count this much of their weight. */
const WEAK_CONCEPT_FACTOR = 0.3;
/** A term of the learner's situation (not of the question sentence) weighs this much of its weight. */
const CONTEXT_FACTOR = 0.3;
/** Answers weigh less than questions in the first stage: they are long and say more than asked. */
const ANSWER_BOOST = 0.3;
/** Weighted terms of a question variant, computed once at indexing. */
interface Variant {
  language: Language;
  terms: Set<string>;
  weight: number;
}
/** A variant in the other language still counts (concepts are shared), slightly behind. */
const OTHER_LANGUAGE_BOOST = 0.85;
/** Entries re-ranked after the first stage. */
const CANDIDATES = 20;
/**
 * The first stage searches with the rarest known terms of the message, as many as fit in this many
 * postings (entries containing them). Common terms (UE, exam, enrolment) would make MiniSearch score
 * and merge most entries for nothing: candidates are told apart by the rare terms, and the
 * re-ranking uses every term anyway. With the real content every term fits.
 */
const FIRST_STAGE_POSTINGS = 250;

export class RetrievalIndex {
  readonly analyzer: TermAnalyzer;
  private readonly index: SearchIndex;
  /** Number of entries using each term, for the weights. */
  private readonly entryFrequency = new Map<string, number>();
  private readonly entryCount: number;
  /** Question variants of each entry, for the similarity. */
  private readonly variants = new Map<string, Variant[]>();
  /** For each entry, which of its variants hold each term: the similarity visits only variants sharing a term. */
  private readonly variantsByTerm = new Map<string, Map<string, number[]>>();
  /** Every term of each entry (variants and answers), for the coverage. */
  private readonly entryTerms = new Map<string, Set<string>>();
  /**
   * Multinomial naive Bayes over the entries: log P(term | entry), and the log of the unseen-term
   * mass. Trained at the first message that needs it, not at a cold start.
   */
  private bayes: { logLikelihood: Map<string, Map<string, number>>; logUnseen: Map<string, number> } | undefined;
  /** Each entry's analyzed terms: the Bayes counts, and the claims' terms. */
  private readonly analyzed: ReadonlyMap<string, EntryTerms>;

  /** True when the entries' analysis came from the stored one rather than from analyzing them now. */
  readonly usedStoredAnalysis: boolean;
  /** True when the first stage's index was loaded as stored rather than built now. */
  readonly usedStoredIndex: boolean;

  /**
   * @param stored the analysis made when the content was published (see content-analysis.ts); used
   * when it was made by this analyzer, otherwise the entries are analyzed here, as without it
   */
  constructor(entries: readonly ContentEntry[], stored?: ContentAnalysis) {
    const analysis = stored && coversEntries(stored, entries) ? stored : undefined;
    this.analyzer = new TermAnalyzer(analysis ? storedWords(analysis, entries) : countAllWords(entries));
    this.usedStoredAnalysis = analysis !== undefined;
    this.entryCount = Math.max(1, entries.length);

    const analyzed = new Map<string, EntryTerms>();
    const analyzedVariants = new Map<string, { language: Language; terms: string[] }[]>();
    for (const entry of entries) {
      const terms: EntryTerms = analysis?.entries[entry.id] ?? analyzeEntryTerms(this.analyzer, entry);
      analyzed.set(entry.id, terms);
      const variants = (["fr", "en"] as const).flatMap((language) => terms.questions[language].map((variant) => ({ language, terms: variant })));
      analyzedVariants.set(entry.id, variants);
      const all = new Set([...variants.flatMap((variant) => variant.terms), ...terms.answer.fr, ...terms.answer.en]);
      this.entryTerms.set(entry.id, all);
      for (const term of all) this.entryFrequency.set(term, (this.entryFrequency.get(term) ?? 0) + 1);
    }
    this.analyzed = analyzed;
    // Weights depend on frequencies across all entries: variants are weighed once everything is counted.
    for (const [entryId, variants] of analyzedVariants) {
      const weighed = variants.map(({ language, terms }) => {
        const unique = new Set(terms);
        return { language, terms: unique, weight: sum([...unique].map((term) => this.weight(term))) };
      });
      this.variants.set(entryId, weighed);
    }
    // The index as published when it indexes these entries; otherwise built from their documents.
    const loaded = analysis?.index === undefined ? undefined : loadSearchIndex(analysis.index, [...analyzed.keys()]);
    this.usedStoredIndex = loaded !== undefined;
    this.index = loaded ?? buildSearchIndex([...analyzed].map(([entryId, terms]) => searchDocument(entryId, terms)));
  }

  /**
   * Entries matching the analyzed terms of a message, best first: MiniSearch retrieves and ranks
   * candidates (BM25+), then the best few are re-ranked by similarity to their nearest variant and
   * by coverage of the message.
   */
  rank(terms: readonly string[], language: Language, contextTerms: readonly string[] = []): RankedEntry[] {
    const asked = new Set(terms);
    // The learner's situation around the question counts, but less than the question.
    const context = new Set(contextTerms.filter((term) => !asked.has(term)));
    const query = new Set([...asked, ...context]);
    const selective = this.selective(query);
    if (selective.length === 0) return [];
    const candidates = this.index
      .search(selective.join(" "), { combineWith: "OR", boost: { questions: 1, answer: ANSWER_BOOST } })
      .slice(0, CANDIDATES);
    const weights = new Map([...query].map((term) => [term, this.weight(term) * (context.has(term) ? CONTEXT_FACTOR : 1)]));
    const queryWeight = sum([...weights.values()]);
    const posteriors = this.posteriors(query, candidates.map((candidate) => candidate.id as string));
    return candidates
      .map((result) => {
        const entryId = result.id as string;
        const entryTerms = this.entryTerms.get(entryId) ?? new Set<string>();
        const matchedTerms = [...query].filter((term) => entryTerms.has(term));
        const coverage = queryWeight > 0 ? sum(matchedTerms.map((term) => weights.get(term) ?? 0)) / queryWeight : 0;
        const similarity = this.similarity(weights, queryWeight, entryId, language);
        const probability = posteriors.get(entryId) ?? 0;
        return { entryId, score: combine(similarity, coverage, probability), similarity, coverage, bm25: result.score, probability, matchedTerms };
      })
      .sort((a, b) => b.score - a.score || b.bm25 - a.bm25 || a.entryId.localeCompare(b.entryId));
  }

  /**
   * Counts each entry's terms: its question variants fully, its answers at ANSWER_BOOST (they use
   * the words learners reuse, but say more than what is asked). Laplace-smoothed over the content's
   * vocabulary.
   */
  private trainBayes(analyzed: ReadonlyMap<string, EntryTerms>): NonNullable<RetrievalIndex["bayes"]> {
    const logLikelihood = new Map<string, Map<string, number>>();
    const logUnseen = new Map<string, number>();
    const vocabulary = new Set<string>();
    const counts = new Map<string, Map<string, number>>();
    for (const [entryId, terms] of analyzed) {
      const count = new Map<string, number>();
      const add = (term: string, weight: number) => {
        vocabulary.add(term);
        count.set(term, (count.get(term) ?? 0) + weight);
      };
      for (const language of ["fr", "en"] as const) {
        for (const variant of terms.questions[language]) for (const term of new Set(variant)) add(term, 1);
        for (const term of new Set(terms.answer[language])) add(term, BAYES_ANSWER_WEIGHT);
      }
      counts.set(entryId, count);
    }
    for (const [entryId, count] of counts) {
      let total = 0;
      for (const value of count.values()) total += value;
      const denominator = Math.log(total + BAYES_ALPHA * vocabulary.size);
      const likelihood = new Map<string, number>();
      for (const [term, value] of count) likelihood.set(term, Math.log(value + BAYES_ALPHA) - denominator);
      logLikelihood.set(entryId, likelihood);
      logUnseen.set(entryId, Math.log(BAYES_ALPHA) - denominator);
    }
    return { logLikelihood, logUnseen };
  }

  /**
   * P(entry | terms) among the candidate entries, over the terms the content knows (a uniform prior).
   * Entries sharing no term with the message are left out of the normalization: their likelihood is
   * negligible, and summing over every entry would cost a thousand entries' work at each message.
   */
  private posteriors(terms: ReadonlySet<string>, candidates: readonly string[]): Map<string, number> {
    const known = [...terms].filter((term) => this.entryFrequency.has(term) && !WEAK_CONCEPTS.has(term));
    this.bayes ??= this.trainBayes(this.analyzed);
    const { logLikelihood, logUnseen } = this.bayes;
    const logs = new Map<string, number>();
    let max = -Infinity;
    for (const entryId of candidates) {
      const likelihood = logLikelihood.get(entryId);
      if (!likelihood) continue;
      const unseen = logUnseen.get(entryId) ?? 0;
      let log = 0;
      for (const term of known) log += likelihood.get(term) ?? unseen;
      logs.set(entryId, log);
      if (log > max) max = log;
    }
    let sumExp = 0;
    for (const log of logs.values()) sumExp += Math.exp(log - max);
    const result = new Map<string, number>();
    for (const [entryId, log] of logs) result.set(entryId, known.length === 0 ? 0 : Math.exp(log - max) / sumExp);
    return result;
  }

  /** The query terms worth a first-stage search: the rarest known ones, within the postings budget. */
  private selective(query: ReadonlySet<string>): string[] {
    const known = [...query]
      .map((term) => ({ term, frequency: this.entryFrequency.get(term) ?? 0 }))
      .filter(({ frequency }) => frequency > 0)
      .sort((a, b) => a.frequency - b.frequency);
    const chosen: string[] = [];
    let postings = 0;
    for (const { term, frequency } of known) {
      if (chosen.length > 0 && postings + frequency > FIRST_STAGE_POSTINGS) break;
      chosen.push(term);
      postings += frequency;
    }
    return chosen;
  }

  /** Weighted Dice coefficient between the message and the entry's nearest question variant. */
  /** Which of an entry's variants hold each term, made the first time the entry is a candidate. */
  private variantIndex(entryId: string, variants: readonly Variant[]): Map<string, number[]> {
    let byTerm = this.variantsByTerm.get(entryId);
    if (byTerm) return byTerm;
    byTerm = new Map<string, number[]>();
    for (const [index, variant] of variants.entries()) {
      for (const term of variant.terms) {
        const holding = byTerm.get(term);
        if (holding) holding.push(index);
        else byTerm.set(term, [index]);
      }
    }
    this.variantsByTerm.set(entryId, byTerm);
    return byTerm;
  }

  private similarity(weights: ReadonlyMap<string, number>, queryWeight: number, entryId: string, language: Language): number {
    const variants = this.variants.get(entryId) ?? [];
    const byTerm = this.variantIndex(entryId, variants);
    const shared = new Map<number, number>();
    for (const [term, weight] of weights) {
      for (const index of byTerm.get(term) ?? []) shared.set(index, (shared.get(index) ?? 0) + weight);
    }
    let best = 0;
    for (const [index, sharedWeight] of shared) {
      const variant = variants[index] as Variant;
      const dice = (2 * sharedWeight) / (queryWeight + variant.weight);
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

  /** True when an entry uses the term anywhere (its question variants or its answer, in either language). */
  entryUses(entryId: string, term: string): boolean {
    return this.entryTerms.get(entryId)?.has(term) ?? false;
  }

  /** True for a term that carries meaning (known to some entry, not a weak concept such as "when", "how"). */
  isStrong(term: string): boolean {
    return this.entryFrequency.has(term) && !WEAK_CONCEPTS.has(term);
  }

  /** The terms of an entry's claims, as analyzed (stored at publish, or analyzed here). */
  claimTerms(entryId: string): Record<Language, string[]>[] {
    return this.analyzed.get(entryId)?.claims ?? [];
  }

  /** Weighted Dice coefficient of two term lists (the weights of the similarity): how alike two texts are. */
  dice(a: readonly string[], b: readonly string[]): number {
    const left = new Set(a);
    const right = new Set(b);
    let shared = 0;
    let total = 0;
    for (const term of left) {
      const weight = this.weight(term);
      total += weight;
      if (right.has(term)) shared += weight;
    }
    for (const term of right) total += this.weight(term);
    return total === 0 ? 0 : (2 * shared) / total;
  }

  /** True when some entry uses the term (in a question variant or an answer). */
  knows(term: string): boolean {
    return this.entryFrequency.has(term);
  }

  /** True when every term is a weak concept: the message asks "what", "when" or "how" of nothing. */
  static onlyWeak(terms: readonly string[]): boolean {
    return terms.every((term) => WEAK_CONCEPTS.has(term));
  }
}

/** Laplace smoothing of the naive Bayes counts; chosen by cross-validation over the variants (npm run eval). */
const BAYES_ALPHA = 0.1;
/** An answer's terms count this much of a question variant's in the naive Bayes counts. */
const BAYES_ANSWER_WEIGHT = 0.3;
/**
 * Largest share of the naive Bayes posterior in an entry's score (see combine), the rest being the
 * mean of similarity and coverage. Measured (npm run eval, 4-fold cross-validation over the
 * variants): without it 46.6 % of held-out variants are answered, with it 58 %; the tuned splits
 * gain (independent 96.2 → 98.1 %, holdout 83.3 → 88.3 %) and every variant still finds its own entry.
 */
const BAYES_SHARE = 0.5;

/**
 * The Bayes posterior counts in proportion to how far the message is from every variant: a message
 * that is (nearly) a variant of an entry is that entry, whatever the counts say (naive Bayes favours
 * entries with few words); a new phrasing leans on what each entry's words have in common.
 */
function combine(similarity: number, coverage: number, probability: number): number {
  const share = BAYES_SHARE * (1 - similarity);
  return (1 - share) * ((similarity + coverage) / 2) + share * probability;
}

function countAllWords(entries: readonly ContentEntry[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const entry of entries) countWords(entryTexts(entry), words);
  return words;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
