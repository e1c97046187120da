import { findUnitCodes } from "../../domain/catalog/unit-code";
import type { Language } from "../../domain/language/language";
import { mentionsADiploma, namedDiploma } from "../../domain/understanding/intent.recognizer";
import { readOrdinal } from "../../domain/understanding/prompt-answers";
import { QUESTION_WORD } from "../../domain/understanding/question-focus";
import { readStatedBackground } from "../../domain/understanding/stated-background";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { Understanding, Understood } from "../../domain/understanding/understanding";

/** A follow-up is a few words; more is a question of its own. */
const MAX_WORDS = 12;

/** The learner's studies said back as the question they ask of a diploma: « j'ai un BTS compta » → may I do it? */
const MAY_I_DO: Record<Language, (diploma: string) => string> = {
  fr: (diploma) => `je peux faire la ${diploma} ?`,
  en: (diploma) => `can I do the ${diploma}?`,
};
/** One diploma of a kind, picked by its speciality: « celui en cyber », « celle en IA », "the one in AI". */
const ONE_OF_KIND = /^(?:et |and |ok |alors )?(?:celui|celle|le|la|the one) (?:en|de|d|sur|pour|in|on|for) ([a-z0-9 ]{2,30}?)(?: svp| stp| please)?\s*\??$/;
/** A kind of diploma the content's page was about (its tag), as a pick among them names it: « celui en cyber » after the engineering page. */
export const KIND_OF_PAGE: Record<string, Record<Language, string>> = { engineering: { fr: "diplôme d'ingénieur", en: "engineering degree" } };
/** The units of a diploma of a kind, by its speciality, asked. */
const UNITS_OF: Record<Language, (diploma: string, speciality: string) => string> = {
  fr: (diploma, speciality) => `quelles UE pour le ${diploma} ${speciality} ?`,
  en: (diploma, speciality) => `which units for the ${speciality} ${diploma}?`,
};
/** A diploma picked by its place among those a page named, asked by its title (its code alone is not understood). */
const ONE_NAMED: Record<Language, (title: string) => string> = { fr: (title) => `quelles UE pour le ${title} ?`, en: (title) => `which units for the ${title}?` };
const OF_IT: Record<Language, (diploma: string) => string> = { fr: (diploma) => `pour la ${diploma}`, en: (diploma) => `for the ${diploma}` };

/**
 * « Je voudrais faire la licence info » answered, then « j'ai un BTS compta » or « en combien de temps ? »:
 * a few words that name no diploma nor unit, and either only tell the learner's studies or are understood
 * as nothing alone, are read of the diploma the conversation was about (« j'ai un BTS compta, je peux faire
 * la licence ? », « en combien de temps pour la licence ? »), and say it. Undefined when, so read, they are no better.
 */
/** What is inside the diploma just named, pointed to: « il y a quoi dedans », « ses UE », "what's in it". */
const POINTS_INSIDE = /\b((quelles?|quels?|which|what) (ue|ues|unites?|cours|modules?|matieres?|units?|courses?)( \w+){0,3} (dedans|la dedans|in it|inside it)|(il y a|y a|ya) quoi (dedans|la dedans)|what s in it|what is in it|ses ue|ses unites|ses cours|ses matieres|its units|its courses)\b/;

export function followUpOnDiploma(
  text: string,
  diploma: string | undefined,
  first: Understood,
  understanding: Understanding,
  language: Language,
  // `named`: the titles of the diplomas of that kind the page names, in its order.
  { kind, named = [] }: { kind?: string; named?: readonly string[] } = {},
): Understood | undefined {
  if ((!diploma && !kind) || mentionsADiploma(text) || findUnitCodes(text).length > 0 || text.split(/\s+/).length > MAX_WORDS) return undefined;
  // « c'est quoi les UE de l'ingé ? » then « celui en cyber »: one of the diplomas of that kind, by its speciality — its units.
  // (Only after a page on a kind of diploma, and a speciality that names one: « celle en Java » after the licence's units is a search.)
  const picked = kind ? ONE_OF_KIND.exec(foldText(text).replace(/['’]/g, " ").trim()) : null;
  // (« le deuxième », "the third one": the diploma at that place among those the page named, in its order.)
  const position = kind && !picked && named.length > 1 ? readOrdinal(text, named.length) : undefined;
  if (kind && position !== undefined) {
    const asked = ONE_NAMED[language](named[position - 1]!);
    const understood = understanding.understand(asked, { language });
    // (In the learner's language: the French title would switch it.)
    return understood.intent.kind === "diploma" && namedDiploma(asked) !== undefined ? { ...understood, language, text: asked } : undefined;
  }
  if (kind && picked) {
    const asked = UNITS_OF[language](kind, picked[1]!);
    const understood = understanding.understand(asked, { language });
    return understood.intent.kind === "diploma" && namedDiploma(asked) !== undefined ? { ...understood, text: asked } : undefined;
  }
  if (!diploma) return undefined;
  const unsettled = first.intent.kind === "abstain" || first.intent.kind === "suggestions";
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const studiesOnly = !text.includes("?") && !QUESTION_WORD.test(folded) && readStatedBackground(text) !== undefined;
  // « et ça représente combien d'heures ? » after the licence's units: its hours, not the table of one unit's.
  const hoursOfIt =
    /\b(ca|cela|le tout|en tout|au total|it|that|in total|altogether)\b/.test(folded) &&
    ((first.intent.kind === "answer" && first.intent.entryId === "credit-hours-table") || (first.intent.kind === "credit-hours" && first.intent.codes.length === 0 && first.intent.ects === undefined && first.intent.hours === undefined));
  // « quelles UE il y a dedans ? » after a page that named the diploma: its units (it got the page on choosing units).
  const inIt = POINTS_INSIDE.test(folded);
  if (!unsettled && !studiesOnly && !hoursOfIt && !inIt) return undefined;
  const asked = studiesOnly ? `${text.replace(/[.!\s]+$/, "")}, ${MAY_I_DO[language](diploma)}` : `${text.replace(/\s*\?\s*$/, "")} ${OF_IT[language](diploma)} ?`;
  const understood = understanding.understand(asked, { language });
  if (understood.intent.kind === "abstain" || understood.intent.kind === "suggestions") return undefined;
  // Read as asked of the diploma: the jobs find it in the words (an advisor reading the question too).
  return { ...understood, text: asked };
}
