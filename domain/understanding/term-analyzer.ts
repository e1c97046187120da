import { editDistance } from "../text/edit-distance";
import MiniSearch from "minisearch";
import { newStemmer, type Stemmer } from "snowball-stemmers";
import type { Language } from "../language/language";
import { ABBREVIATIONS, CONCEPTS, CORE_CONCEPTS, LANGUAGE_CONCEPTS, OFF_TOPIC_WORDS, PHRASES, STOP_WORDS } from "./chat-lexicon";
import { foldText, rawTokens, type RawToken } from "./text-normalizer";


/** Holidays said of the school calendar (« vacances scolaires », "school holidays"): no trip, no off-topic word. */
const SCHOOL_HOLIDAYS = new Set(["vacances", "holiday", "holidays"]);
const SCHOOL_HOLIDAYS_SAID = /\b(vacances scolaires|school holidays?)\b/;
/** The terms of a text as the retrieval index sees them, with what the analysis noticed on the way. */
export interface AnalyzedText {
  /** Concepts (upper case) and Snowball stems (lower case), in order, repeats kept. */
  terms: string[];
  /** Typos fixed against the content's vocabulary, e.g. { from: "inscritpion", to: "inscription" }. */
  corrections: { from: string; to: string }[];
  /** A word that only appears in off-topic requests (weather, recipes, sport...). */
  offTopic: boolean;
  /** A concept that anchors the text in the assistant's domain (UE, ECTS, exams, enrolment...). */
  inDomain: boolean;
}

const STEMMERS: Record<Language, Stemmer> = {
  fr: newStemmer("french"),
  en: newStemmer("english"),
};

/** Stems and corrections cached per analyzer, at most (a few MB): beyond, they are computed each time. */
const MAX_CACHED_WORDS = 10_000;
/** Shortest word a typo correction is tried on: shorter words have too many neighbours. */
const MIN_CORRECTED_LENGTH = 6;
/** From this length a typo may be two edits away (a swap of two letters is two edits). */
const TWO_EDITS_LENGTH = 9;

const UPPER_CONCEPT = /^[A-Z][A-Z0-9]*$/;

/**
 * The words the lexicon's phrases are written with (« unites speciales », "keep seeing"): known
 * words, never "corrected" into another one before the phrase can read them.
 */
const PHRASE_WORDS: readonly string[] = [...new Set(PHRASES.flatMap(([pattern]) => pattern.source.split(/[^a-z]+/).filter((word) => word.length >= 4)))];

/**
 * Turns learners' messages and the content's questions into comparable terms: folding, chat
 * abbreviations, typo correction against the content's own words (a MiniSearch index of the
 * vocabulary does the fuzzy lookup), phrases, cross-language concepts, stop words, then Snowball stems.
 *
 * Typos are fixed on whole words, before stemming: a stemmer cannot strip the suffix of a misspelt
 * word ("inscritpion"), so fuzzy matching on stems would need larger distances and match more noise.
 */
export class TermAnalyzer {
  /** Known words and their frequency in the content (0 for lexicon-only words). */
  private readonly known = new Map<string, number>();
  /**
   * The known words, one document each, for MiniSearch's fuzzy (Levenshtein) lookup. Built on the
   * first word that needs correcting, not with the analyzer: many turns never need it, and it would
   * otherwise be built at every cold start (see the `vocabulary` getter).
   */
  private vocabularyIndex: MiniSearch<{ word: string }> | undefined;
  private readonly stems: Record<Language, Map<string, string>> = { fr: new Map(), en: new Map() };
  private readonly corrections = new Map<string, string>();

  /** @param words folded words of the content (questions, answers) with their frequencies */
  constructor(words: ReadonlyMap<string, number>) {
    for (const [word, count] of words) this.known.set(word, count);
    // Lexicon words are valid targets too, so "profeseur" finds "professeur" even if no answer says it.
    for (const word of [...CONCEPTS.keys(), ...STOP_WORDS.fr, ...STOP_WORDS.en, ...PHRASE_WORDS]) {
      if (!this.known.has(word)) this.known.set(word, 0);
    }
  }

  private get vocabulary(): MiniSearch<{ word: string }> {
    if (!this.vocabularyIndex) {
      this.vocabularyIndex = new MiniSearch<{ word: string }>({
        idField: "word",
        fields: ["word"],
        tokenize: (text) => [text],
        processTerm: (term) => term,
      });
      this.vocabularyIndex.addAll([...this.known.keys()].filter((word) => word.length >= MIN_CORRECTED_LENGTH - 1).map((word) => ({ word })));
    }
    return this.vocabularyIndex;
  }

  /** Analyzes a learner's message: typos are corrected. */
  analyzeQuery(text: string, language: Language): AnalyzedText {
    return this.analyze(text, language, true);
  }

  /** Analyzes content text (questions, answers): it is the vocabulary, nothing to correct. */
  analyzeDocument(text: string, language: Language): AnalyzedText {
    return this.analyze(text, language, false);
  }

  private analyze(text: string, language: Language, correct: boolean): AnalyzedText {
    const corrections: { from: string; to: string }[] = [];
    let offTopic = false;
    const words: string[] = [];
    for (const token of rawTokens(text)) {
      const caseClue = caseSensitiveConcept(token);
      if (caseClue) {
        words.push(caseClue);
        continue;
      }
      let word = token.folded;
      // « linscription », « dannees », « jminscrive »: an elided article glued to a known word.
      const glued = correct ? this.unglue(word) : undefined;
      if (glued) {
        words.push(...glued.slice(0, -1));
        word = glued[glued.length - 1] as string;
      }
      if (correct) {
        const fixed = this.correct(word);
        if (fixed !== word) {
          corrections.push({ from: word, to: fixed });
          word = fixed;
        }
      }
      // (« les cours pendant les vacances scolaires ? »: the school calendar, not a trip.)
      if (OFF_TOPIC_WORDS.has(word) && !(SCHOOL_HOLIDAYS.has(word) && SCHOOL_HOLIDAYS_SAID.test(foldText(text)))) offTopic = true;
      const expanded = ABBREVIATIONS[word];
      if (expanded !== undefined) {
        if (expanded) words.push(expanded);
      } else {
        words.push(word);
      }
    }

    let joined = ` ${words.join(" ")} `;
    for (const [pattern, replacement] of PHRASES) {
      // A global replace consumes the space after a match, so a phrase right after another one
      // would be skipped: repeat until stable (replacements are upper case and never match again).
      for (let pass = 0; pass < 3 && pattern.test(joined); pass++) {
        pattern.lastIndex = 0;
        joined = joined.replace(pattern, replacement);
      }
      pattern.lastIndex = 0;
    }

    const terms: string[] = [];
    let inDomain = false;
    for (const word of joined.split(" ")) {
      if (!word) continue;
      if (word === "OFFTOPIC") {
        offTopic = true;
        continue;
      }
      const term = this.term(word, language);
      if (!term) continue;
      if (CORE_CONCEPTS.has(term)) inDomain = true;
      terms.push(term);
    }
    return { terms, corrections, offTopic, inDomain };
  }

  private term(word: string, language: Language): string | undefined {
    if (UPPER_CONCEPT.test(word)) return STOP_WORDS.fr.has(word) ? undefined : word;
    const specific = LANGUAGE_CONCEPTS[language].get(word);
    if (specific !== undefined) return specific ?? undefined;
    const concept = CONCEPTS.get(word);
    if (concept) return concept;
    // Stop words of both languages go: messages mix them ("c koi the fee"), and detection can miss.
    if (STOP_WORDS.fr.has(word) || STOP_WORDS.en.has(word)) return undefined;
    // Numbers are slots for the intent rules (hours, credits, grades), not retrieval terms.
    if (/\d/.test(word) || word.length < 2) return undefined;
    return this.stem(word, language);
  }

  private stem(word: string, language: Language): string {
    const cache = this.stems[language];
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = STEMMERS[language].stem(word);
      // Bounded like the corrections: a warm container lives for hours of learners' words.
      if (cache.size < MAX_CACHED_WORDS) cache.set(word, stem);
    }
    return stem;
  }

  private correct(word: string): string {
    if (word.length < MIN_CORRECTED_LENGTH || /\d/.test(word) || this.isKnown(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const maxDistance = word.length >= TWO_EDITS_LENGTH ? 2 : 1;
    let best: { word: string; distance: number; count: number } | undefined;
    // A swap of two letters is two Levenshtein edits: search one edit wider, then keep candidates
    // within the allowed distance as a typist counts it.
    for (const result of this.vocabulary.search(word, { fuzzy: Math.min(2, maxDistance + 1), prefix: false })) {
      const candidate = result.id as string;
      // Typos rarely hit the first letter; without this rule "tarte" would become "carte".
      if (candidate[0] !== word[0]) continue;
      const distance = editDistance(word, candidate);
      if (distance > maxDistance) continue;
      const count = this.known.get(candidate) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && candidate < best.word)))) {
        best = { word: candidate, distance, count };
      }
    }
    const corrected = best?.word ?? word;
    // Learners repeat their typos; the cache is bounded by the vocabulary of real messages.
    if (this.corrections.size < MAX_CACHED_WORDS) this.corrections.set(word, corrected);
    return corrected;
  }

  /**
   * Splits an elision typed without its apostrophe (l, d, j, m, n, s, t, c, qu) from a word the
   * analyzer knows: "linscription" → ["l", "inscription"], "jminscrive" → ["j", "m", "inscrive"].
   * Undefined when the word is known as it is, or the rest is not a known word either.
   */
  private unglue(word: string): string[] | undefined {
    if (word.length < 4 || this.isKnown(word)) return undefined;
    const match = /^(qu|[ldjmnstc])([aeiouyh].+|m[aeiouy].+)$/.exec(word);
    if (!match) return undefined;
    const [, elision, rest] = match as unknown as [string, string, string];
    if (this.isKnown(rest) || CONCEPTS.has(rest)) return [elision, rest];
    const deeper = rest.length >= 4 ? this.unglue(rest) : undefined;
    return deeper ? [elision, ...deeper] : undefined;
  }

  private isKnown(word: string): boolean {
    return this.known.has(word) || ABBREVIATIONS[word] !== undefined || OFF_TOPIC_WORDS.has(word);
  }
}

/**
 * Clues folding would lose: upper-case "US" is the unit, lower-case "us" an English pronoun; "TO"
 * is a blocked day; "où" (where) is not "ou" (or).
 */
function caseSensitiveConcept(token: RawToken): string | undefined {
  if (token.raw === "US") return "US";
  if (token.raw === "TO") return "JOURNEEBLOQUEE";
  if (/^o[ùÙ]$/i.test(token.raw)) return "WHERE";
  return undefined;
}

/** Folded words of a text with their counts, to build a TermAnalyzer's vocabulary. */
export function countWords(texts: Iterable<string>, into: Map<string, number> = new Map()): Map<string, number> {
  for (const text of texts) {
    for (const { folded } of rawTokens(text)) {
      if (/\d/.test(folded)) continue;
      into.set(folded, (into.get(folded) ?? 0) + 1);
    }
  }
  return into;
}
