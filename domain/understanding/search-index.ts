import MiniSearch from "minisearch";
import type { Language } from "../language/language";

/**
 * The first stage of retrieval (see retrieval.index.ts): a MiniSearch index with one document per
 * entry, whose two fields hold the terms of all its question variants (both languages) and those of
 * its answers. Built when a content version is published and stored with it, so that a cold start
 * loads it (MiniSearch.loadJSON, about half the CPU of indexing the documents again); built here
 * too when the stored one cannot be used.
 *
 * What decides the index (the documents below and the options) is part of the analysis: a change
 * here is a change of ANALYZER_VERSION (content-analysis.ts), or stored indexes would not match.
 */

/** One document per entry: the terms of all its question variants, and of its answers. */
export interface IndexedDocument {
  id: string;
  questions: string;
  answer: string;
}

/** An entry's terms, as analyzed: each question variant's, and the answer's, per language. */
export interface EntryTerms {
  questions: Record<Language, string[][]>;
  answer: Record<Language, string[]>;
  /** The terms of each of the entry's claims (its yes/no facts), per language; not indexed. */
  claims?: Record<Language, string[]>[];
}

export type SearchIndex = MiniSearch<IndexedDocument>;

/**
 * Texts are analyzed before indexing: terms are space-separated and must not be altered (the
 * default term processing would lower-case the concepts into the stems' namespace).
 */
const splitTerms = (text: string) => text.split(" ");
const keepTerm = (term: string) => term || null;
const OPTIONS = {
  fields: ["questions", "answer"],
  storeFields: [],
  tokenize: splitTerms,
  processTerm: keepTerm,
  searchOptions: { tokenize: splitTerms, processTerm: keepTerm },
};

/** The document of an entry: its question variants (French, then English), then its answers. */
export function searchDocument(id: string, terms: EntryTerms): IndexedDocument {
  return {
    id,
    questions: [...terms.questions.fr.flat(), ...terms.questions.en.flat()].join(" "),
    answer: [...terms.answer.fr, ...terms.answer.en].join(" "),
  };
}

/** Indexes the documents. */
export function buildSearchIndex(documents: readonly IndexedDocument[]): SearchIndex {
  const index = new MiniSearch<IndexedDocument>(OPTIONS);
  index.addAll(documents);
  return index;
}

/** The index as stored with a content version. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/**
 * A stored index, if it indexes exactly these entries; undefined when it cannot be used (malformed,
 * written by an incompatible MiniSearch, or for other entries): the caller then builds it.
 */
export function loadSearchIndex(json: string, entryIds: readonly string[]): SearchIndex | undefined {
  try {
    const index = MiniSearch.loadJSON<IndexedDocument>(json, OPTIONS);
    return index.documentCount === entryIds.length && entryIds.every((id) => index.has(id)) ? index : undefined;
  } catch {
    return undefined;
  }
}
