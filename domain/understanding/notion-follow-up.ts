import type { Language } from "../language/language";
import { foldText } from "./text-normalizer";

/** What this reading needs of the understanding: its content's entries and the reading of a message (no import of it, which reads this). */
interface NotionReader<U extends { intent: { kind: string } }> {
  entry(id: string): { tags: readonly string[] } | undefined;
  understand(text: string, options: { language: Language }): U;
}

/** « je peux en prendre une ? », "can I take one?": a notion pointed back to with « en » or "one". */
export const ONE_OF_THEM_FR = /\ben (prendre|suivre|faire|choisir|avoir|valider|passer) (une|un|plusieurs|deux|quelques unes|quelques uns)\b/;
export const ONE_OF_THEM_EN = /\b(take|do|pick|choose|follow) (one|some|a few|several|a couple)( of (them|those))?\b/;
/** « on peut s'y inscrire toute seule ? », "can I enrol in it on its own?": a notion pointed back to as where one enrols. */
const ENROL_IN_IT_FR = /\b(?:s y|m y|y) (inscrire|inscris|inscrit|acceder|entrer)\b/;
const ENROL_IN_IT_EN = /\b(enrol|enroll|register|sign up)(?: in| for| on)? (?:it|one)\b/;
/** A follow-up pointing back to a notion is this short (« ok et du coup je peux en prendre une toute seule ? »). */
const MAX_NOTION_WORDS = 12;
/** The notions a content page is about, by its tags, as a follow-up names them. */
const NOTIONS: Record<Language, Record<string, string>> = {
  fr: { us: "une US", ua: "une UA", ue: "une UE", "blocked-days": "les journées bloquées" },
  en: { us: "a US", ua: "a UA", ue: "a UE", "blocked-days": "blocked days" },
};
/** The exam of the page on session 2, pointed back to: "take it", « le repasser ». */
const EXAM_POINTED: Record<Language, { pattern: RegExp; put: string }> = {
  fr: { pattern: /\b(le|la|l) (passer|repasser|rattraper|faire|refaire)\b/, put: "$2 l examen en session 2" },
  en: { pattern: /\b(take|sit|do|pass|resit|retake|redo) it\b/, put: "$1 the exam at session 2" },
};
/** The ways of studying a content page is about, by its tags, as a follow-up names them. */
const WAYS: Record<Language, Record<string, string>> = {
  fr: { foad: "à distance", "blocked-days": "en journées bloquées" },
  en: { foad: "at a distance", "blocked-days": "on blocked days" },
};
/** A way of studying pointed back to: « comme ça », "that way". */
const WAY_POINTERS: Record<Language, RegExp> = {
  fr: /\b(comme ca|de cette (facon|maniere)|de la sorte|ainsi)\b/,
  en: /\b(that way|this way|like that|like this|in that way)\b/,
};
/** Notions (by their page's tag) said in the plural, pointed back to as « elles », "those". */
const PLURAL_NOTIONS: ReadonlySet<string> = new Set(["blocked-days"]);
/** « et elles peuvent être le samedi ? », "ok and can those be on saturdays?": the notion as the subject, pointed back to. */
const THEY_FR = /\b(elles|ils|celles ci|celles la|ceux ci|ceux la)\b/;
const THEY_EN = /\b(those|they|these|them)\b/;

/**
 * « c'est quoi une US ? » answered, then « ok et du coup je peux en prendre une toute seule ? »: « en … une » is the
 * notion the page just given is about (its tag `us`, `ua` or `ue`), read as said (« … prendre une US toute seule ? »);
 * « c'est quoi une journée bloquée ? » then « et elles peuvent être le samedi ? »: « elles » are the blocked days (tag `blocked-days`);
 * undefined when the follow-up points to none, or the page is about no such notion.
 */
export function followUpOnNotion<U extends { intent: { kind: string } }>(text: string, previousEntryId: string, understanding: NotionReader<U>, language: Language): (U & { text: string }) | undefined {
  const previous = understanding.entry(previousEntryId);
  const folded = foldText(text).replace(/['’]/g, " ").replace(/\s+/g, " ");
  if (folded.split(" ").filter(Boolean).length > MAX_NOTION_WORDS) return undefined;
  // "I missed the UTC502 exam" answered with session 2, then "can I still take it this semester?": « it » is that exam.
  const exam = previous?.tags.includes("session-2") ? EXAM_POINTED[language] : undefined;
  if (exam?.pattern.test(folded)) {
    const understood = understanding.understand(folded.replace(exam.pattern, exam.put), { language });
    return understood.intent.kind === "answer" ? { ...understood, text } : undefined;
  }
  // "What is FOAD?" then "and which licence units can be taken that way?": « that way » is the way of studying of the page before.
  const way = previous?.tags.find((t) => t in WAYS[language]);
  const wayPointer = way ? WAY_POINTERS[language].exec(folded) : undefined;
  if (way && wayPointer) {
    // (The text is the question as it means it: the jobs read the way of studying in its words.)
    const said = folded.replace(WAY_POINTERS[language], WAYS[language][way]!);
    const understood = understanding.understand(said, { language });
    return understood.intent.kind !== "abstain" && understood.intent.kind !== "suggestions" ? { ...understood, text: said } : undefined;
  }
  const tag = previous?.tags.find((t) => t in NOTIONS[language]);
  if (!tag) return undefined;
  const notion = NOTIONS[language][tag]!;
  // A plural notion is pointed back to as « elles », "those"; the others as « en … une », "one".
  // (« s'y inscrire » is enrolling in it: « s inscrire a une US ».)
  const pointers: [RegExp, (all: string, verb: string) => string][] = PLURAL_NOTIONS.has(tag)
    ? [THEY_FR, THEY_EN].map((pattern) => [pattern, () => notion])
    : [
        ...[ONE_OF_THEM_FR, ONE_OF_THEM_EN].map((pattern): [RegExp, (all: string, verb: string) => string] => [pattern, (_all, verb) => `${verb} ${notion}`]),
        [ENROL_IN_IT_FR, (_all, verb) => `s ${verb} a ${notion}`],
        [ENROL_IN_IT_EN, (_all, verb) => `${verb} in ${notion}`],
      ];
  const pointer = pointers.find(([pattern]) => pattern.test(folded));
  if (!pointer) return undefined;
  const said = folded.replace(pointer[0], pointer[1]);
  const understood = understanding.understand(said, { language });
  return understood.intent.kind === "answer" ? { ...understood, text } : undefined;
}
