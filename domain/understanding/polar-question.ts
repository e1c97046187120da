import { foldText } from "./text-normalizer";

/**
 * Yes/no questions. « Les heures comprennent-elles le travail perso ? », "Do the hours include
 * homework?", « on peut suivre une UE sans diplôme ? » ask for a yes or a no, then the explanation;
 * « Combien d'heures… ? » or "What is a UE?" do not.
 */

const FRENCH_POLAR_START = /^(est ce que|est ce qu|es ce que|esque|est ce|y a t il|y a t elle|ya t il|il y a|on peut|je peux|je dois|il faut|peut on|puis je|dois je|faut il|ai je|suis je|sont ils|sont elles|est il|est elle|existe t il|c est|ca)\b/;
const FRENCH_INVERSION = /\b\w+ (t )?(il|elle|on|ils|elles|je)\b/;
/** A yes/no question's verb after a condition with no comma: « si je rate l'examen je peux le repasser ? ». */
const MAIN_CLAUSE_POLAR = /\b(je peux|puis je|peut on|on peut|est ce que|faut il|dois je|ai je|suis je|can i|could i|do i|does it|is it|will i|should i|may i|must i)\b/;
/** Words that ask how much or which, never a conjunction (« quand » may be one). */
const HOW_MUCH_OR_WHICH = /\b(combien|cb|cbien|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles)\b/;
const INTERROGATIVE = /\b(quoi|koi|comment|cmt|quand|combien|cb|cbien|pourquoi|quel|quelle|quels|quelles|ou|qui|que|qu est|lequel|laquelle|what|how|when|why|which|where|who|whom|whose)\b/;
const ENGLISH_POLAR_START = /^(do|does|did|is|are|was|were|can|could|will|would|should|must|may|might|have|has|had|am|isn t|aren t|don t|doesn t|can t|shall)\b/;
/** Negations of a question or a claim: their parity flips the answer. */
const NEGATION = /\b(pas|jamais|aucun|aucune|ni|non|not|never|no|nor|none)\b|n t\b/g;
/**
 * A condition (« si je n'ai pas d'expérience », "if I don't have experience"): a negation there
 * restricts the case, it does not deny what is asked, so it is not counted.
 */
/** A clause telling the situation beside the question, up to its punctuation: « mais je suis pas inscrit », "but I'm not enrolled". */
const SITUATION_BESIDE = /\b(mais|but|alors que|while|whereas|car|because|parce que|vu que)\b[^,;.?]*(?=[,;.])/g;
const CONDITION = /\b(si|s il|meme si|if|even if|when|whenever|unless|quand|lorsque|lorsqu)\b[^,;.?]*/g;

function normalized(text: string): string {
  return ` ${foldText(text).replace(/['’-]/g, " ").replace(/[^a-z0-9? ]+/g, " ").replace(/\s+/g, " ").trim()} `;
}

/** True when the message asks for a yes or a no. */
export function isPolarQuestion(text: string): boolean {
  const t = normalized(text).trim();
  const sentence = t.replace(/\?/g, " ").trim();
  // "…, and are the classes in the evening or on Saturdays?": the question after its conjunction.
  const asked = sentence.replace(/^(and|also|so|but|et|mais|alors|donc)\s+/, "");
  // "Only in the evening or also on Saturdays?": a choice between two things, not a yes or a no ("or not" still is one).
  if (/^(is|are|do|does|can|will|would|should)\b/.test(asked) && /\bor\b(?! not\b)/.test(asked)) return false;
  // « Je peux entrer directement en L3 ou il faut passer par autre chose ? », « c'est le soir ou le samedi ? », « en une fois ou
  // en plusieurs ? »: which of two, not a yes or a no (« ou pas » still is one).
  if (/\bou (il faut|faut il|je dois|dois je|on doit|il y a|est ce|c est|je peux|on peut|plutot|alors|sinon|bien|le|la|les|l|en|a|au|aux|du|des|de|d|un|une|par|pour|sur|dans)\b/.test(asked)) return false;
  // « Et si j'ai 10 à la session 2 ? », "what if I miss the exam?": what happens then, not a yes or a
  // no; unless a yes/no question follows the condition (« si je rate, je peux repasser ? », "if …, can I …?").
  if (/^(et |mais |and |but |so |alors )?(si|s il|what if|if|suppose|imagine)\b/.test(sentence)) {
    const afterComma = foldText(text).replace(/['’-]/g, " ").split(/[,;:]/).slice(1).join(" ");
    if (afterComma.trim()) return isPolarQuestion(afterComma);
    return MAIN_CLAUSE_POLAR.test(sentence);
  }
  if (ENGLISH_POLAR_START.test(sentence)) return true;
  // « je dois prévoir combien d'heures ? », « il faut quel niveau ? »: how much or which, not a yes or a no.
  if (FRENCH_POLAR_START.test(sentence)) return !/^(c est|ca) (quoi|qui|ou|comment|combien|quand|pourquoi|quel|quelle|quels|quelles|lequel|laquelle)\b/.test(sentence) && !HOW_MUCH_OR_WHICH.test(sentence);
  // Intonation: a question mark and no interrogative word (« les cours sont gratuits ? »).
  if (t.includes("?") && !INTERROGATIVE.test(sentence)) return true;
  return /\?/.test(t) && FRENCH_INVERSION.test(sentence) && !INTERROGATIVE.test(sentence);
}

/** A clause where the learner tells where they stand: « je suis pas inscrit à un diplôme », "I don't have the bac". */
const OWN_STATEMENT = /^\s*(je|j|jsuis|chui|i|i m|moi|mon|ma|mes|my)\b/;

/** How many negations a text carries (« ne … pas », "not", "doesn't"). */
export function negations(text: string): number {
  // « je suis pas inscrit à un diplôme, juste curieux, je peux prendre une US ? »: what the learner says of themselves before
  // the question restricts the case, as a condition does; the question is the last clause (« je peux … ? », "can I …?").
  const clauses = foldText(text).replace(/['’-]/g, " ").split(/[,;.:]/).filter((clause) => clause.trim());
  const question = clauses.at(-1) ?? "";
  if (clauses.length > 1 && MAIN_CLAUSE_POLAR.test(question) && OWN_STATEMENT.test(clauses[0]!) && !clauses.slice(0, -1).some((clause) => clause.includes("?"))) return negationsIn(question);
  return negationsIn(text);
}

function negationsIn(text: string): number {
  // The condition ends at the clause's punctuation, which normalizing removes: cut it out first.
  // « … mais je suis pas inscrit au diplôme, c'est possible ? »: the situation said with « mais » is not what is asked.
  const withoutConditions = ` ${foldText(text).replace(/['’-]/g, " ").replace(/[^a-z0-9?,;. ]+/g, " ")} `.replace(/\bquand meme\b/g, " ").replace(CONDITION, " ").replace(SITUATION_BESIDE, " ");
  return [...normalized(withoutConditions).matchAll(NEGATION)].length;
}

/**
 * « sans » / "without" and the verb it denies, past a pronoun: « sans m'inscrire », "without enrolling" (an
 * infinitive or an -ing form; « sans l'autorisation » denies a thing, which the claims say otherwise).
 */
const DENIED_VERB = /\b(?:sans|without)\s+(?:(?:m|me|te|t|se|s|y|en)\s+)?([a-z]{2,}(?:er|ir|re|oir|ing))\b/g;
/** How many letters a verb and its forms share: « inscrire », « inscrit », « inscription ». */
const VERB_ROOT = 5;

/**
 * Whether a question denies, with « sans » / "without", an action a claim states plainly (« je peux suivre des UE
 * sans m'inscrire à un diplôme ? » against « Il faut s'inscrire à un diplôme … »): the question then asks the
 * claim's opposite, and its yes or no flips. A claim that says « sans » of the same action is read as it is.
 */
export function deniesWhatClaimStates(question: string, claim: string): boolean {
  const q = normalized(question);
  const c = normalized(claim);
  const denied = [...q.matchAll(DENIED_VERB)].map((m) => (m[1] as string).slice(0, VERB_ROOT));
  if (denied.length === 0) return false;
  const claimDenies = new Set([...c.matchAll(DENIED_VERB)].map((m) => (m[1] as string).slice(0, VERB_ROOT)));
  const claimWords = c.split(" ").map((word) => word.slice(0, VERB_ROOT));
  return denied.some((root) => !claimDenies.has(root) && claimWords.includes(root));
}
