import { findUnitCodes, normalizeUnitCode, UNIT_CODE_PATTERN } from "../../domain/catalog/unit-code";
import type { Language } from "../../domain/language/language";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { Understanding, Understood } from "../../domain/understanding/understanding";

/** The last question asked, kept one turn: the frame a follow-up with new values (« et NSY103 ? », "and 3 credits?") is read in. */
export interface QuestionFrame {
  text: string;
  kind: Understood["intent"]["kind"];
}

/** The jobs whose question a follow-up may ask again of other units or another value. */
const FRAMED: ReadonlySet<Understood["intent"]["kind"]> = new Set(["unit", "unit-schedule", "credit-hours", "diploma", "eligibility"]);
/** A frame longer than this is a story, not a question to ask again. */
const MAX_FRAME_CHARS = 300;
/** A value a question asks of (credits, hours, a grade): a larger number is a year or an amount. */
const MAX_VALUE = 100;
/** A follow-up of more words says more than new values. */
const MAX_FOLLOW_UP_WORDS = 8;

/** The frame to keep after a new question, or none. */
export function frameOf(understood: Understood): QuestionFrame | undefined {
  return FRAMED.has(understood.intent.kind) && understood.text.length <= MAX_FRAME_CHARS ? { text: understood.text, kind: understood.intent.kind } : undefined;
}

/**
 * « NFA031 est à distance ? » then « et NSY103 ? »; « pour la licence, NFE108 et NFE114 au choix ? » then
 * « et NFE108 avec RSX101 ? »; "how many hours is an 8 credit unit?" then "and the 3-credit ones?": a short
 * message going on with « et », "and", "what about", that gives other units or another value, asks the
 * question before of them. Read as that question with the new values put in place of the old ones,
 * when so read it is the same job's question, answered in the follow-up's own `language`. Undefined
 * otherwise (the message keeps its own reading).
 */
export function followUpInFrame(text: string, frame: QuestionFrame | undefined, understanding: Understanding, language: Language): Understood | undefined {
  if (!frame) return undefined;
  const folded = foldText(text).replace(/['’]/g, " ");
  if (!GOES_ON.test(folded) || folded.split(/\s+/).filter(Boolean).length > MAX_FOLLOW_UP_WORDS) return undefined;
  // « et NFA032 il est à distance ? », « et NFA031 je l'ai déjà »: more than new values, a question or a statement of its own.
  const rest = folded
    .replace(new RegExp(UNIT_CODE_PATTERN.source, "gi"), " ")
    .replace(/\d+(?:[.,]\d+)?/g, " ")
    .split(/[^a-z]+/)
    .filter((word) => word && !FILLER.has(word));
  if (rest.length > 0) return undefined;
  const reframed = withNewValues(frame.text, text);
  if (!reframed) return undefined;
  // The text understood is the question asked again (its jobs read its words: « à distance ? »).
  // The follow-up's own language, not the frame's ("and for 18 ECTS?" after a question in French).
  const understood = understanding.understand(reframed, { language });
  return understood.intent.kind === frame.kind ? { ...understood, language } : undefined;
}

/** Words around new values that ask nothing of their own: « et pour NSY103 alors ? », "and the 4-credit ones?". */
const FILLER = new Set(
  "et and ok d accord alors so ah what about how same for pareil meme chose idem pour avec with the les le la l de des du a an one ones celle celles celui ceux un une deux trois quatre two three four ects credit credits cr h heure heures hour hours unit units ue ues then du coup sinon ou or aussi too also please svp stp".split(
    " ",
  ),
);

/** A message that goes on from the question before. */
const GOES_ON = /^\s*(ok |d accord |alors |so |ah )?(et|and|what about|how about|same for|pareil pour|meme chose pour|idem pour)\b/;

/**
 * The frame's text with the message's units (as many as the frame names, or one for one) or its one
 * number in place of the frame's; undefined when the message gives neither, or not as many.
 */
export function withNewValues(frame: string, text: string): string | undefined {
  const newCodes = findUnitCodes(text);
  const oldCodes = findUnitCodes(frame);
  if (newCodes.length > 0) {
    if (oldCodes.length === 0 || (newCodes.length !== oldCodes.length && oldCodes.length !== 1)) return undefined;
    let at = 0;
    const replaced = replaceCodes(frame, (code) => (oldCodes.length === 1 ? newCodes.join(" et ") : (newCodes[at++] ?? code)));
    return replaced === frame ? undefined : replaced;
  }
  const newNumbers = numbersOf(text);
  const oldNumbers = numbersOf(replaceCodes(frame, () => " "));
  // « et en 2026 ? »: a year is no value of the question before.
  if (newNumbers.length !== 1 || oldNumbers.length !== 1 || Number(newNumbers[0]!.replace(",", ".")) > MAX_VALUE) return undefined;
  return replaceCodes(frame, (code) => `\u0000${code}\u0000`)
    .replace(/(^|[^\u0000\d])(\d+(?:[.,]\d+)?)(?![\d\u0000])/, (_all, before: string) => `${before}${newNumbers[0]}`)
    .replace(/\u0000/g, "");
}

/** Numbers said, not inside a unit code. */
function numbersOf(text: string): string[] {
  return [...text.matchAll(/(?<![A-Za-z\d])\d+(?:[.,]\d+)?(?![\d])/g)].map((m) => m[0]);
}

/** The text with each unit code (as findUnitCodes reads it: « nfa031 », « NFA 031 », « UAALOT ») replaced. */
function replaceCodes(text: string, by: (code: string) => string): string {
  return text.replace(new RegExp(UNIT_CODE_PATTERN.source, "g"), (all: string) => by(normalizeUnitCode(all)));
}
