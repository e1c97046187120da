/** The languages the assistant answers in: French first (the learners' language), English second. */
export type Language = "fr" | "en";

export const DEFAULT_LANGUAGE: Language = "fr";

const ENGLISH_MARKERS = new Set([
  "the", "what", "how", "many", "much", "can", "could", "is", "are", "do", "does", "i", "my", "me", "you",
  "hello", "hi", "hey", "thanks", "thank", "please", "which", "when", "where", "who", "why", "unit", "units",
  "credits", "hours", "enrol", "enroll", "register", "course", "courses", "need", "want", "with", "about",
  "to", "of", "in", "for", "and", "an", "it", "this", "that", "help", "advisor", "english", "morning", "evening",
]);

const FRENCH_MARKERS = new Set([
  "le", "la", "les", "un", "une", "des", "du", "de", "est", "sont", "que", "quoi", "qui", "quel", "quelle",
  "quels", "quelles", "comment", "combien", "pourquoi", "je", "j", "tu", "vous", "il", "elle", "mon", "ma",
  "mes", "bonjour", "bonsoir", "salut", "merci", "puis", "peux", "pour", "avec", "sur", "dans", "et", "ou",
  "heures", "crédits", "credits", "inscrire", "cours", "aide", "conseiller", "français", "francais", "ai",
  "c", "cest", "koi", "cb", "pr", "svp", "stp", "d", "l", "qu", "ne", "pas", "oui", "non",
]);

/**
 * Guesses whether a message is written in English or French by counting frequent function words of
 * each language. Ties and messages without clues keep the `fallback` (the conversation's language).
 */
export function detectLanguage(text: string, fallback: Language = DEFAULT_LANGUAGE): Language {
  const words = text
    .toLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let english = 0;
  let french = 0;
  for (const word of words) {
    if (ENGLISH_MARKERS.has(word)) english++;
    if (FRENCH_MARKERS.has(word)) french++;
  }
  if (/[àâçéèêëîïôûùüÿœæ]/i.test(text)) french += 1;
  if (english > french) return "en";
  if (french > english) return "fr";
  return fallback;
}
