import { findUnitCodes, normalizeUnitCode, UNIT_CODE_PATTERN } from "../catalog/unit-code";
import { withCodesWrittenOut } from "../catalog/code-ranges";
import { numberWordsToDigits } from "./number-words";
import { unitMentions } from "./unit-mentions";
import { foldText } from "./text-normalizer";

/**
 * A question asked again of other values: « NFA031 est à distance ? » then « et NSY103 ? », « pour la
 * licence, NFP119 et NFP121 ? Et SEC101 avec NFE114 ? », "a 6 credit unit?" then "and the 4-credit ones?".
 * The question before is the frame; the follow-up gives only new units or one new value.
 */

/** A value a question asks of (credits, hours, a grade): a larger number is a year or an amount. */
const MAX_VALUE = 100;

/**
 * The frame's text with the message's units (as many as the frame names, or one for one) or its one
 * number in place of the frame's; undefined when the message gives neither, or not as many.
 */
export function withNewValues(said: string, text: string): string | undefined {
  // « UTC501-505 » is five units: written out, each is one of the frame's (a range's bare end is no code of its own).
  const frame = withCodesWrittenOut(said);
  const newCodes = findUnitCodes(text);
  const oldCodes = findUnitCodes(frame);
  if (newCodes.length > 0) {
    // « je fais UTC505 en ce moment, je peux m'inscrire à RSX102 ? » then « et RSX101 ? »: the one unit asked about is
    // replaced; the units the learner said of themselves (passed, under way) stay the situation.
    const asked = unitMentions(frame).filter((mention) => mention.role === "asked");
    if (newCodes.length === 1 && oldCodes.length > 1 && asked.length === 1) {
      const replaced = replaceCodes(frame, (code) => (code === asked[0]!.code ? newCodes[0]! : code));
      return replaced === frame ? undefined : replaced;
    }
    // « RSX102 faut UTC505 ? » then « UTC501 aussi ? »: the unit asked stays, the other one named is replaced.
    if (newCodes.length === 1 && oldCodes.length === 2 && !LISTED_CODES.test(foldText(frame))) {
      const replaced = replaceCodes(frame, (code) => (code === oldCodes[1] ? newCodes[0]! : code));
      return replaced === frame ? undefined : replaced;
    }
    if (oldCodes.length === 0 || (newCodes.length !== oldCodes.length && oldCodes.length !== 1)) return undefined;
    let at = 0;
    const replaced = replaceCodes(frame, (code) => (oldCodes.length === 1 ? newCodes.join(" et ") : (newCodes[at++] ?? code)));
    return replaced === frame ? undefined : replaced;
  }
  const newNumbers = numbersOf(text);
  const oldNumbers = numbersOf(replaceCodes(frame, () => " "));
  // « et pour 2 UE ? » after « une UE de 6 ECTS ? »: a count of units, not a value of one.
  if (COUNTS_UNITS.test(foldText(text)) && !COUNTS_UNITS.test(foldText(frame))) return undefined;
  // « et en 2026 ? »: a year is no value of the question before.
  if (newNumbers.length !== 1 || oldNumbers.length !== 1 || Number(newNumbers[0]!.replace(",", ".")) > MAX_VALUE) return undefined;
  return replaceCodes(frame, (code) => `\u0000${code}\u0000`)
    .replace(/(^|[^\u0000\d])(\d+(?:[.,]\d+)?)(?![\d\u0000])/, (_all, before: string) => `${before}${newNumbers[0]}`)
    .replace(/\u0000/g, "");
}

/** Adding units to those asked before: « si je rajoute », « en plus », "if I add", "plus". */
const ADDS = /\b(rajoute|rajouter|rajoutais|ajoute|ajouter|ajoutais|en plus|de plus|encore une?|add|adding|added|plus|more|on top|as well as|avec aussi)\b/;

/**
 * « UTC501 à UTC505 ça fait combien d'heures en tout ? » then « et si je rajoute GDN100 ? »: the question before with
 * the units added after its last one (undefined when the follow-up adds no unit). `saidOrNot`: added without
 * the words of adding (« et ANG320 ? » after a total of several units).
 */
export function withAddedUnits(said: string, text: string, { saidOrNot = false }: { saidOrNot?: boolean } = {}): string | undefined {
  // « tout le tronc commun UTC501-505 » then « et avec GDN100 en plus ? »: GDN100 comes after UTC505, not inside the range.
  const frame = withCodesWrittenOut(said);
  const added = findUnitCodes(text);
  if (added.length === 0 || (!saidOrNot && !ADDS.test(foldText(text).replace(/['’]/g, " ")))) return undefined;
  const matches = [...frame.matchAll(new RegExp(UNIT_CODE_PATTERN.source, "g"))];
  // « 2 UE de 6 ECTS ça fait combien d'heures ? » then « et avec GDN100 en plus ? »: no unit named before, the units said by their
  // credits are what the units named are added to (the follow-up got GDN100's card).
  const last = matches.at(-1) ?? [...frame.matchAll(UNITS_BY_CREDITS)].at(-1);
  if (!last || last.index === undefined) return undefined;
  const end = last.index + last[0].length;
  return `${frame.slice(0, end)} et ${added.join(" et ")}${frame.slice(end)}`;
}

/** Units said by their credits, counted or one: « 2 UE de 6 ECTS », « une UE de 4 », "two 3-ECTS units", "a 6-credit unit". */
const UNITS_BY_CREDITS =
  /\b(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|one|two|three|four|five|six|an?)\s+(?:(?:ue|ues|unit[ée]s?|units?|modules?|cours|courses?)\s+(?:de|d['’]|of|à|a|worth)\s*\d{1,2}(?:\s*-?\s*(?:cr[ée]dits?\s+ects|ects|cr[ée]dits?|cr)\b)?|\d{1,2}\s*-?\s*(?:cr[ée]dits?\s+ects|ects|cr[ée]dits?|cr)\b(?:\s+(?:ue|ues|unit[ée]s?|units?|modules?|courses?|cours)\b)?)/gi;

/**
 * « combien d'heures pour 2 UE de 6 ECTS ? » then « et avec une de 3 en plus ? », "and one more of 3 credits?": the question
 * before with one unit of those credits added (undefined when the follow-up adds no value of credits, or names units).
 */
export function withAddedCredits(frame: string, text: string, language: "fr" | "en"): string | undefined {
  const folded = foldText(text).replace(/['’]/g, " ");
  if (!ADDS.test(folded) || findUnitCodes(text).length > 0 || !/\b(ects|credits?|cr|ue|ues|unites?|units?|une|one|modules?)\b/.test(folded)) return undefined;
  // "and two of those plus a 6-credit one?": that many units of the frame's credits, then the one added.
  const saidWithCount = numberWordsToDigits(folded);
  const ofThose = OF_THOSE.exec(saidWithCount);
  const values = numbersOf(ofThose ? saidWithCount.replace(ofThose[0], " ") : text);
  const ects = values.length === 1 ? Number(values[0]) : undefined;
  // (The units before said by their credits, with their word or not: « une UE de 6 et une de 4, total d'heures ? ».)
  if (ects === undefined || !Number.isInteger(ects) || ects < 2 || ects > 8 || !/\b(ects|credits?|crédits?|ue|ues|unités?|units?)\b/i.test(frame)) return undefined;
  const added = language === "fr" ? ` et une UE de ${ects} ECTS ?` : ` and one unit of ${ects} ECTS?`;
  const credits = ofThose ? creditsSaid(frame) : undefined;
  if (ofThose && credits !== undefined) return `${unitsOfCredits(Number(ofThose[1]), credits, language).replace(/\s*\?$/, "")}${added}`;
  return `${frame.replace(/\s*[?.!]\s*$/, "")}${added}`;
}

/** A count of the units asked about before: "two of those", « deux comme ça », « 2 de celles-ci », "3 like that". */
const OF_THOSE = /\b(\d) (?:of (?:those|these|them)|like (?:that|this|those|these)|comme (?:ca|celle ci|celle la|celles ci|celles la)|de (?:ce type|celles ci|celles la|ces ue|ces unites)|pareilles)\b/;

/** Two units listed side by side: « NFA031 et NFA032 », "UTC501, UTC502", « RSX101 ou RSX102 ». */
const LISTED_CODES = /\b[a-z]{3} ?\d{3}[a-z]?\s*(,|et|and|ou|or|\/|&|\+)\s*[a-z]{3} ?\d{3}/;

/** A number of units: « 2 UE », "3 units", « deux modules ». */
const COUNTS_UNITS = /\b(\d+|deux|trois|quatre|cinq|two|three|four|five) (ue|ues|unites?|units?|modules?|cours|courses)\b/;

/** Whether a follow-up says nothing but new values (units, one number) and the words around them. */
export function saysOnlyNewValues(text: string): boolean {
  const rest = foldText(text)
    .replace(/['’]/g, " ")
    .replace(new RegExp(UNIT_CODE_PATTERN.source, "gi"), " ")
    .replace(/\d+(?:[.,]\d+)?/g, " ")
    .split(/[^a-z]+/)
    .filter((word) => word && !FILLER.has(word));
  return rest.length === 0;
}

/** Words around new values that ask nothing of their own: « et pour NSY103 alors ? », "and the 4-credit ones?". */
const FILLER = new Set(
  "et and ok d accord alors so ah what about how same for pareil meme chose idem pour avec with the les le la l de des du a an one ones celle celles celui ceux un une deux trois quatre two three four ects credit credits cr h heure heures hour hours unit units ue ues then du coup sinon ou or aussi too also please svp stp plus".split(
    " ",
  ),
);

/** Numbers said, not inside a unit code. */
function numbersOf(text: string): string[] {
  return [...text.matchAll(/(?<![A-Za-z\d])\d+(?:[.,]\d+)?(?![\d])/g)].map((m) => m[0]);
}

/** The text with each unit code (as findUnitCodes reads it: « nfa031 », « NFA 031 », « UAALOT ») replaced. */
function replaceCodes(text: string, by: (code: string) => string): string {
  return text.replace(new RegExp(UNIT_CODE_PATTERN.source, "g"), (all: string) => by(normalizeUnitCode(all)));
}

/** « les deux », "both": the two values asked one after the other. */
/** « aussi », "too": the same question asked of something else as well (folded words). */
export const ALSO_SAID = /\b(aussi|egalement|too|also|as well)\b/;
export const BOTH_VALUES = /\b(les deux|les 2|tous les deux|toutes les deux|both of them|both|the two|the 2)\b/;

/**
 * « une UE de 4 ECTS, quel volume ? », « et 8 ? », then « et si je prends les deux ça fait combien ? »: the two units of the credits
 * asked one after the other, as a question of their hours in all (in `language`); undefined when the follow-up points to no two
 * values, or either question says no credits.
 */
export function bothInFrame(frame: string, last: string | undefined, text: string, language: "fr" | "en"): string | undefined {
  if (!last || !BOTH_VALUES.test(foldText(text).replace(/['’]/g, " "))) return undefined;
  // « combien d'heures pour NFA031 ? », « et NFA032 ? », « et les deux ? »: both units, in the question before.
  if (findUnitCodes(frame).length > 0 && findUnitCodes(last).length > 0) return withAddedUnits(frame, last, { saidOrNot: true });
  const [first, second] = [frame, last].map((question) => /(\d+)\s*(?:ects|credits?|crédits?)\b/i.exec(question)?.[1]);
  if (!first || !second) return undefined;
  return language === "fr" ? `une UE de ${first} ECTS + une UE de ${second} ECTS, combien d'heures en tout ?` : `one unit of ${first} ECTS + one unit of ${second} ECTS, how many hours in all?`;
}

/**
 * « Et pour 2 UE ? » after « une UE de 6 ECTS c'est combien d'heures ? »: that many units of the credits
 * asked before, as a question of hours (in `language`); undefined when the follow-up is no count of units or
 * the frame says no credits.
 */
export function countedInFrame(frame: string, text: string, language: "fr" | "en"): string | undefined {
  // ("two?": the mark off first, or the word is no number; « ok, et pour 2 UE ? »: the comma after « ok » too.)
  const said = withEnSplit(numberWordsToDigits(foldText(text).replace(/['’?!.,]/g, " ").replace(/\s+/g, " ").trim()));
  // « et ça fait combien en tout si j'en prends deux ? », "and if I take two of them?": that many, said around the count.
  const count =
    /^(?:ok |alors |so )?(?:et |and )?(?:pour |for |what about |how about )?(\d+) (?:ue|ues|unites?|units?|modules?)(?: (?:alors|then|svp|stp|please))?$/.exec(said) ??
    /^(?:ok |alors |so )?(?:et |and )?(?:ca fait |ca ferait |that makes |how many |combien )?(?:combien |hours |d heures )?(?:en tout |au total |in total )?(?:si (?:j en prends|j en prend|je prends|je prend|j en fais|je fais|j en suis|je suis)|if i (?:take|do|follow)|pour|for) (\d+)(?: d entre elles| de celles ci| de ces ue| of them| of those| of these| ue| ues| unites?| units?)?(?: comme (?:ca|celle ci|celle la|elle)| pareilles?| de ce type| de cette taille| du meme type| like (?:that|this|it)| of that (?:size|kind))?(?: (?:dans l annee|cette annee|sur l annee|dans un an|par an|in a year|this year|a year|per year|ce semestre|au meme semestre|le meme semestre|this semester|in one semester|in the same semester))?(?: (?:en tout|au total|in total|alors|then|svp|stp|please))?$/.exec(said);
  // « et trois comme ça ? », "and three of them?", « et pour deux ? »: that many of the units before, said by the count alone — with
  // words that point to them, or a count in letters (« et pour 8 ? » in digits is another value, see withNewValues).
  const alike =
    count ??
    /^(?:ok |alors |so )?(?:et |and )?(?:pour |for |what about |how about |avec |with |si j en prends |si je prends |if i take )?(\d+) (?:comme (?:ca|celle ci|celle la|elle|celles ci)|pareilles?|de ce type|de cette taille|du meme type|d entre elles|of (?:them|those|these)|like (?:that|this|it|those|these)|of that (?:size|kind))(?: (?:alors|then|svp|stp|please|en tout|au total|in total))?$/.exec(said) ??
    (/^(?:ok |alors |so )?(?:et |and )?(?:pour |for |what about |how about |avec |with )(?:deux|trois|quatre|cinq|two|three|four|five)(?: (?:alors|then|svp|stp|please))?$/.test(foldText(text).replace(/['’?!.]/g, " ").replace(/\s+/g, " ").trim()) ? /(\d+)/.exec(said) : null);
  const credits = creditsSaid(frame);
  if (credits === undefined) return undefined;
  // « j'en mets trois dans l'année, ça fait combien au total ? », "I'll take three of them, how many hours altogether?".
  const taken = alike ?? (asksTheHoursOfSome(said) ? TAKES_THAT_MANY.exec(said) : null);
  return taken ? unitsOfCredits(Number(taken[1]), credits, language) : undefined;
}

/** The credits a question said: « une UE de 6 ECTS », "a 3-credit unit" (the first number of credits). */
function creditsSaid(question: string): number | undefined {
  const said = /(\d+)[\s-]*(?:ects|credits?|crédits?)\b/i.exec(question);
  return said ? Number(said[1]) : undefined;
}

/** The question of the hours of that many units of those credits, as the credit-hours rules read it. */
function unitsOfCredits(count: number, credits: number, language: "fr" | "en"): string {
  return language === "fr" ? `combien d'heures pour ${count} UE de ${credits} ECTS ?` : `how many hours for ${count} units of ${credits} ECTS?`;
}

/**
 * « je vise 18 crédits cette année, ça fait combien d'heures ? » then « et si c'est que des UE de 3 ? », "and if they're all
 * 3-credit units?": the credits before made of units of those credits only (6 units of 3 ECTS); undefined otherwise.
 */
export function onlyUnitsOf(frame: string, text: string, language: "fr" | "en"): string | undefined {
  const said = numberWordsToDigits(foldText(text).replace(/['’?!.,-]/g, " ").replace(/\s+/g, " ").trim());
  const only = ONLY_UNITS_OF.exec(said);
  const size = Number(only?.[1] ?? only?.[2]);
  const total = creditsSaid(frame);
  if (!only || !Number.isInteger(size) || size < 2 || size > 8 || total === undefined || total <= size || total % size !== 0) return undefined;
  return unitsOfCredits(total / size, size, language);
}
/** Units of one size only: « que des UE de 3 », « seulement des UE de 6 ECTS », "only 3-credit units", "all 6 ECTS ones". */
const ONLY_UNITS_OF =
  /\b(?:que|seulement|uniquement|only|all|just)\b(?: des| d| of| with)?(?: (?:ue|ues|unites?|units?|modules?|cours))? (?:de |of )?(\d)(?: ?(?:ects|credits?))?(?: (?:ue|ues|units?|ones|modules?))?\b|\b(\d) ?(?:ects|credits?) (?:ue|ues|units?|ones|modules?) (?:only|seulement|uniquement)\b/;

/** That many of the units asked about, taken: « j'en mets 3 », « j'en prendrai 2 », "I'll take 3 of them". */
const TAKES_THAT_MANY =
  /\b(?:j en (?:prends|prend|mets|met|prendrai|mettrai|suivrai|suis)|(?:i ll|i will|i m going to|i want to|i d|i) (?:take|follow)) (\d+)(?: (?:of (?:them|those|these)|units?|ue|ues|comme ca|pareilles?))?(?! (?:de |d )?(?:validees?|valides?|ratees?|a repasser|deja|already|passed|failed|kids?|enfants?|hours?|heures?|h\b))\b/;
/** A total asked: « ça fait combien », « au total », "how many hours altogether". */
const ASKS_A_TOTAL = /\b(combien d heures|cb d heures|how many hours|combien (au total|en tout)|ca fait combien( au total| en tout)?( d heures)?$|(au|in) total|en tout|altogether|that makes)\b/;
/** A total asked of something else than hours: a price, credits left, evenings, years, weeks. */
const ANOTHER_TOTAL = /\b(euros?|€|prix|couts?|coute|cost|price|fees?|credits?|ects|manque|reste|left|missing|(combien|how many) (de |d )?(soirs?|soirees?|evenings?|ans|annees?|years?|semaines?|weeks?|mois|months?|semestres?|semesters?)|par semaine|per week|a week|par an|per year|a year|temps j ai|delai|perso\w*|personnel|personal|homework|devoirs?|revisions?|reviser|conges?|leave|examens?|exams?|trajets?|travel)\b/;

/** Whether a message counts units of the ones asked about before (« j'en mets trois … combien au total ? »), without « et » to go on. */
export function takesThatMany(text: string): boolean {
  return asksTheHoursOfSome(withEnSplit(numberWordsToDigits(foldText(text).replace(/['’?!.,]/g, " ").replace(/\s+/g, " ").trim())));
}

/** « si jen prend 3 », typed on a phone: « j'en » without its apostrophe. */
function withEnSplit(said: string): string {
  return said.replace(/\bjen\b/g, "j en");
}

/** That many units taken and their hours in all asked, nothing else counted (« j'en prends 2, ça fait combien en euros ? » is a price). */
function asksTheHoursOfSome(said: string): boolean {
  // (One number only: « j'en prends 2 et une de 3 » adds another unit, which the count alone would drop.)
  return TAKES_THAT_MANY.test(said) && ASKS_A_TOTAL.test(said) && !ANOTHER_TOTAL.test(said) && said.split(" ").length <= 14 && (said.match(/\b\d+\b/g) ?? []).length === 1;
}

