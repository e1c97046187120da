/**
 * Text normalization shared by language detection, intent rules and retrieval. Learners type on
 * phones: no accents or wrong ones, typographic apostrophes, ligatures, random case and punctuation.
 */

/** A character folding may change beyond lower case: anything outside ASCII, or a backquote. */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

/** Lower case, diacritics removed, ligatures expanded, typographic apostrophes and dashes made plain. */
export function foldText(text: string): string {
  // Most messages and nearly every word are plain ASCII: lower case is all folding does to them.
  // Every reading of a message folds it again, so this path is taken many times per turn.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[’‘‛`´ʼ′]/g, "'")
    .replace(/[‐‑‒–—―−]/g, "-");
}

/** A word of the message: as typed (for case-sensitive clues like "US" or "TO") and folded. */
export interface RawToken {
  raw: string;
  folded: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits a message into words. Apostrophes split words, so French elisions (l'UE, d'heures,
 * qu'est-ce) and English contractions (what's, don't) leave their short part as a separate stop word.
 */
export function rawTokens(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    const raw = match[0];
    // Folding can split a word further (ligatures are fine, but some compatibility characters are not).
    for (const folded of foldText(raw).split(/[^a-z0-9]+/)) {
      if (folded) tokens.push({ raw, folded });
    }
  }
  return tokens;
}

/**
 * The folded message with punctuation kept (so "9,5/20", "18h15" and "rsx-101" stay readable for
 * the intent rules) and whitespace collapsed.
 */
export function foldForRules(text: string): string {
  return ` ${foldText(text).replace(/\s+/g, " ").trim()} `;
}
