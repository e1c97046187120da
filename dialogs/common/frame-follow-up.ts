import { ALSO_SAID, BOTH_VALUES, bothInFrame, countedInFrame, onlyUnitsOf, saysOnlyNewValues, takesThatMany, withAddedCredits, withAddedUnits, withNewValues } from "../../domain/understanding/question-frame";
import type { Language } from "../../domain/language/language";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { foldText } from "../../domain/understanding/text-normalizer";
import { readUnitFilters } from "../../domain/understanding/unit-filters";
import { asksIfCompulsory, mentionsADiploma, namedDiploma } from "../../domain/understanding/intent.recognizer";
import type { Understanding, Understood } from "../../domain/understanding/understanding";

/** The last question asked, kept one turn: the frame a follow-up with new values (« et NSY103 ? », "and 3 credits?") is read in. */
export interface QuestionFrame {
  text: string;
  kind: Understood["intent"]["kind"];
  /** The last follow-up read in it, as asked again (« et 8 ? » after « une UE de 4 ECTS … ? »): « les deux » are both values. */
  last?: string;
}

/** The jobs whose question a follow-up may ask again of other units or another value. */
const FRAMED: ReadonlySet<Understood["intent"]["kind"]> = new Set(["unit", "unit-schedule", "credit-hours", "diploma", "eligibility", "unit-search"]);
/** A frame longer than this is a story, not a question to ask again. */
const MAX_FRAME_CHARS = 300;
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
  // The question asked again, read as that job's question, in the follow-up's own language; undefined when it reads otherwise.
  const askedAgain = (question: string, kind: Understood["intent"]["kind"]): Understood | undefined => {
    const understood = understanding.understand(question, { language });
    return understood.intent.kind === kind ? { ...understood, language } : undefined;
  };
  // « je suis obligé de faire ANG320 pour la licence ? » then « UTC503 c'est obligatoire aussi ? »: the same question of UTC503.
  const compulsoryToo = compulsoryInFrame(text, frame, understanding, language);
  if (compulsoryToo) return compulsoryToo;
  // « une UE de 4 ECTS ? », « et 8 ? », then « et si je prends les deux ça fait combien ? »: both units, in all.
  const both = frame.kind === "credit-hours" ? bothInFrame(frame.text, frame.last, text, language) : undefined;
  const ofBoth = both && GOES_ON.test(folded) ? askedAgain(both, "credit-hours") : undefined;
  if (ofBoth) return ofBoth;
  // « les 2 ensemble ça rentre dans 100h ? », « les deux ensemble ça fait combien ? » (no « et »): both units, asked what the message asks of them.
  const bothAsked = both && !GOES_ON.test(folded) && findUnitCodes(text).length === 0 && HOURS_OR_FIT.test(folded) && folded.split(/\s+/).filter(Boolean).length <= MAX_BOTH_WORDS ? askedAgain(`${both.replace(/\s*[?.!]\s*$/, "")} ${text.replace(BOTH_SAID, " ")}`, "credit-hours") : undefined;
  if (bothAsked) return bothAsked;
  // « combien d'heures NFA009 ? », « et NFA010 ? », then « les deux sont le soir ? », "are both at a distance?": that question of both
  // units (it looked for units on « deux » and listed UAALOV, « deux ans »).
  const ofBothUnits = bothUnitsAsked(text, frame, folded);
  if (ofBothUnits) {
    const understood = understanding.understand(ofBothUnits, { language });
    if (understood.intent.kind === "unit" || understood.intent.kind === "unit-schedule") return { ...understood, language };
  }
  // "How many hours is NFA041?", "and NFA042?", then "and all of that plus NFA040?": the units of both questions, and the one added.
  const allOfThat = frame.kind === "credit-hours" && frame.last && findUnitCodes(frame.last).length > 0 && ALL_OF_THAT.test(folded) ? withAddedUnits(frame.text, frame.last, { saidOrNot: true }) : undefined;
  const allAdded = allOfThat ? withAddedUnits(allOfThat, text, { saidOrNot: true }) : undefined;
  const ofAllAdded = allAdded ? askedAgain(allAdded, "credit-hours") : undefined;
  if (ofAllAdded) return ofAllAdded;
  // "how many hours is a 6 ECTS UE?" then "and for the licence in total?": the class hours of the diploma named.
  if (frame.kind === "credit-hours" && GOES_ON.test(folded) && mentionsADiploma(text) && findUnitCodes(text).length === 0) {
    const ofTheDiploma = understanding.understand(`${language === "fr" ? "combien d'heures de cours" : "how many class hours"} ${folded.replace(GOES_ON, " ")}`, { language });
    if (ofTheDiploma.intent.kind === "diploma" && ofTheDiploma.intent.facet === "hours") return { ...ofTheDiploma, language };
  }
  // « et pour 2 UE ? », « et ça fait combien en tout si j'en prends deux ? » after the hours of a 6 ECTS unit: two units of 6 ECTS.
  const counted = frame.kind === "credit-hours" ? countedInFrame(frame.text, text, language) : undefined;
  // « je vise 18 crédits cette année … ? » then « et si c'est que des UE de 3 ? »: those credits in units of 3 ECTS only.
  const ofOneSize = frame.kind === "credit-hours" ? onlyUnitsOf(frame.text, text, language) : undefined;
  const inUnitsOfOneSize = ofOneSize ? askedAgain(ofOneSize, "credit-hours") : undefined;
  if (inUnitsOfOneSize) return inUnitsOfOneSize;
  // « j'en mets trois dans l'année, ça fait combien au total ? »: « en » goes on from the question before, without « et ».
  const thatMany = counted && takesThatMany(text) && !GOES_ON.test(folded) ? askedAgain(counted, "credit-hours") : undefined;
  if (thatMany) return thatMany;
  // "what about adding a 2 credit one on top?": a unit of some credits added to the total, however it is said.
  const withCredits = frame.kind === "credit-hours" && GOES_ON.test(folded) ? withAddedCredits(frame.text, text, language) : undefined;
  if (!GOES_ON.test(folded) || (!counted && !withCredits && folded.split(/\s+/).filter(Boolean).length > MAX_FOLLOW_UP_WORDS)) return undefined;
  // « Y a-t-il des cours de droit ? » then « et le samedi ? », « et à distance ? »: the search again, that way of studying.
  if (frame.kind === "unit-search") {
    const way = wayOfStudyingOnly(folded, language);
    if (!way) return undefined;
    return askedAgain(`${frame.text.replace(/\s*[?.!]\s*$/, "")} ${way} ?`, "unit-search");
  }
  // « UTC501 à UTC505 ça fait combien d'heures en tout ? » then « et si je rajoute GDN100 ? »: the same total, with that unit too.
  // « et ANG320 ? » after the hours of several units in all: added to the total too (each unit's hours are said).
  const ofATotal = frame.kind === "credit-hours" && findUnitCodes(frame.text).length >= 2 && saysOnlyNewValues(text);
  const added = frame.kind === "credit-hours" ? withAddedUnits(frame.text, text, { saidOrNot: ofATotal }) : undefined;
  // (To units said by their credits alone, « 2 UE de 6 ECTS », only when so read they are added to: « 6 ECTS » alone is no unit
  // to add to, its follow-up keeps its own reading.)
  if (added && findUnitCodes(frame.text).length > 0) return askedAgain(added, "credit-hours");
  // ("How many hours is a 4-credit unit?" then "ok and GDN100 plus ANG320 together?": units named on their own are a total of their own,
  // not added to the unit of the question before; it said 130 h for the three. « et si j'ajoute GDN100 ? » adds it.)
  const namedNow = findUnitCodes(text);
  const aTotalOfTheirOwn = namedNow.length >= 2 && !ADDED_TO_IT.test(` ${folded} `);
  const ofTheirOwn = added && aTotalOfTheirOwn ? askedAgain(`${language === "fr" ? "combien d'heures pour" : "how many hours for"} ${namedNow.join(language === "fr" ? " et " : " and ")} ?`, "credit-hours") : undefined;
  if (ofTheirOwn) return ofTheirOwn;
  const addedToCredits = added && !aTotalOfTheirOwn ? askedAgain(added, "credit-hours") : undefined;
  if (addedToCredits?.intent.kind === "credit-hours" && addedToCredits.intent.addsNamed) return addedToCredits;
  // « et si j'en prends deux ? » then « et avec une de 3 en plus ? »: the total before, with one unit of those credits more.
  if (withCredits) {
    const understood = understanding.understand(withCredits, { language });
    if (understood.intent.kind === "credit-hours" && (understood.intent.units?.length ?? 0) > 1) return { ...understood, language };
  }
  // « et NFA032 il est à distance ? », « et NFA031 je l'ai déjà »: more than new values, a question or a statement of its own.
  if (!counted && !saysOnlyNewValues(text)) return undefined;
  const reframed = counted ?? withNewValues(frame.text, text);
  if (!reframed) return undefined;
  // The text understood is the question asked again (its jobs read its words: « à distance ? »).
  // The follow-up's own language, not the frame's ("and for 18 ECTS?" after a question in French).
  return askedAgain(reframed, frame.kind);
}

/**
 * « Je peux m'inscrire à RSX101 ? », then, at the check's own question, « Et à RSX112 aussi ? », "and NFA032 too?": the check of both
 * units (it was read as RSX112 passed, and the check said no). Only a question of a few words that go on, say « aussi »/"too" and
 * name nothing but units the check was not about, nor those it asks about (`asked`, the prerequisites of its question): « UTC505 »
 * alone, « j'ai aussi UTC505 », « et UTC502 aussi » stay answers to the question.
 */
export function alsoAskedAtACheck(text: string, frame: QuestionFrame | undefined, understanding: Understanding, language: Language, asked: readonly string[] = []): Understood | undefined {
  if (frame?.kind !== "eligibility" || !text.includes("?")) return undefined;
  const folded = foldText(text).replace(/['’]/g, " ");
  if (!GOES_ON.test(folded) || !ALSO_SAID.test(folded) || !saysOnlyNewValues(text)) return undefined;
  const named = findUnitCodes(text);
  if (named.length === 0 || named.some((code) => findUnitCodes(frame.text).includes(code) || asked.includes(code))) return undefined;
  const both = withAddedUnits(frame.text, text, { saidOrNot: true });
  const understood = both ? understanding.understand(both, { language }) : undefined;
  return understood?.intent.kind === "eligibility" ? { ...understood, language } : undefined;
}

/**
 * The frame after a follow-up read in it: the same one (« et NSY103 ? » then « et NFA032 ? » each replace the unit
 * asked before), but units added to a total make the new total the frame (« et si je rajoute GDN100 ? » then
 * « et ANG320 ? » adds to both).
 */
export function frameAfterFollowUp(frame: QuestionFrame, followUp: Understood): QuestionFrame {
  // (« et si j'en prends deux ? » makes two units of 6 ECTS the total that « et avec une de 3 en plus ? » adds to.)
  const counted = followUp.intent.kind === "credit-hours" && (followUp.intent.units ?? []).reduce((sum, unit) => sum + unit.count, 0) > 1;
  const grown = frame.kind === "credit-hours" && followUp.intent.kind === "credit-hours" && (findUnitCodes(followUp.text).length > findUnitCodes(frame.text).length || counted);
  return grown ? (frameOf(followUp) ?? frame) : { ...frame, last: followUp.text };
}

/**
 * « je suis obligé de faire ANG320 pour la licence ? » (or « quelles UE dans la licence ? ») then « UTC503 c'est obligatoire aussi ? »,
 * "is UTC503 compulsory too?": whether that unit is compulsory in the diploma the question before named (it got UTC503's card).
 * « quels sont les prérequis de RSX101 ? » then the same words: no diploma was named, « obligatoire » is of what RSX101 requires —
 * whether UTC503 is needed before it too. Only a unit asked compulsory and nothing else (« UTC505 c'est obligatoire pour RSX101 ? »
 * says what for itself); undefined otherwise, or when the question so asked is not that job's.
 */
function compulsoryInFrame(text: string, frame: QuestionFrame, understanding: Understanding, language: Language): Understood | undefined {
  const codes = findUnitCodes(text);
  if (codes.length === 0 || !asksIfCompulsory(text) || mentionsADiploma(text)) return undefined;
  const rest = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `.replace(/\b[a-z]{3} ?\d{3}[a-z]?\b/g, " ").replace(ONLY_COMPULSORY_ASKED, " ");
  if (rest.trim() !== "") return undefined;
  const asked = text.replace(/[\s?!.]+$/, "");
  if (frame.kind === "diploma") {
    // (Not after « vous avez un master en data ? »: whether a diploma is offered names none whose units are compulsory.)
    const diploma = namedDiploma(frame.text);
    const before = diploma ? understanding.understand(frame.text, { language }).intent : undefined;
    if (!diploma || before?.kind !== "diploma" || before.offered) return undefined;
    const ofIt = understanding.understand(`${asked} ${language === "fr" ? "pour la" : "for the"} ${diploma} ?`, { language });
    return ofIt.intent.kind === "diploma" && codes.every((code) => ofIt.intent.kind === "diploma" && ofIt.intent.codes.includes(code)) ? { ...ofIt, language } : undefined;
  }
  if (frame.kind !== "unit" || codes.length !== 1) return undefined;
  const before = understanding.understand(frame.text, { language });
  if (before.intent.kind !== "unit" || before.intent.facet !== "prerequisites" || before.intent.codes.length !== 1 || before.intent.codes[0] === codes[0]) return undefined;
  const unit = before.intent.codes[0]!;
  const needed = understanding.understand(language === "fr" ? `${unit} demande ${codes[0]} ?` : `does ${unit} require ${codes[0]}?`, { language });
  return needed.intent.kind === "unit" && needed.intent.facet === "prerequisites" && needed.intent.codes.includes(unit) ? { ...needed, language } : undefined;
}

/** The words of a unit asked compulsory, and no more: « et UTC503, elle est obligatoire aussi ? », "is UTC503 compulsory too?", « je suis obligé de faire UTC503 aussi ? ». */
const ONLY_COMPULSORY_ASKED =
  /\b(et|and|what about|how about|ok|alors|du coup|donc|est ce que|est ce qu|est|c est|cest|c|elle|il|ca|l ue|l|la|le|ue|unite|unit|the|is|it|aussi|also|too|as well|egalement|pareil|en plus|je suis|suis je|on est|est on|oblige|obligee|de|d|faire|suivre|prendre|passer|valider|obligatoires?|imposee?|compulsory|mandatory|do|i|have to|required to|take)\b/g;

/** The way of studying a follow-up says and nothing else (« et des cours le samedi ? », "and online?"), in words; undefined otherwise. */
function wayOfStudyingOnly(folded: string, language: Language): string | undefined {
  const words = ` ${folded.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  const { filters, rest } = readUnitFilters(words);
  if (!filters.saturday && !filters.distance) return undefined;
  if (rest.replace(AROUND_A_WAY, " ").trim() !== "") return undefined;
  return WAY_WORDS[language][filters.saturday ? "saturday" : "distance"];
}
const WAY_WORDS: Record<Language, { saturday: string; distance: string }> = { fr: { saturday: "le samedi", distance: "à distance" }, en: { saturday: "on Saturdays", distance: "online" } };
/** The words around a way of studying in a follow-up. */
const AROUND_A_WAY = /\b(et|and|what about|how about|des|les|le|la|l|en|on|the|a|aussi|also|cours|courses|classes|ue|ues|units?|il y en a|y en a|t il|there|any|some|alors|ok|d accord)\b/g;

/** « les deux », « les 2 », "both" (BOTH_VALUES, as the message says them, to take out of it). */
const BOTH_SAID = new RegExp(BOTH_VALUES.source, "gi");
/** The follow-up asked of the unit of the frame and the one of the follow-up before it, when it says « les deux », "both" and names none. */
function bothUnitsAsked(text: string, frame: QuestionFrame, folded: string): string | undefined {
  BOTH_SAID.lastIndex = 0;
  if (!frame.last || findUnitCodes(text).length > 0 || !BOTH_SAID.test(text) || folded.split(/\s+/).filter(Boolean).length > MAX_BOTH_WORDS) return undefined;
  const [first, ...moreFirst] = findUnitCodes(frame.text);
  const [second, ...moreSecond] = findUnitCodes(frame.last);
  if (!first || !second || first === second || moreFirst.length > 0 || moreSecond.length > 0) return undefined;
  BOTH_SAID.lastIndex = 0;
  return `${first} et ${second} ${text.replace(BOTH_SAID, " ").replace(/^\s*(?:et|and)\b/i, " ").trim()}`;
}
/** Hours in all, or whether they fit, asked: « ça fait combien », « ça rentre dans 100h », "how many hours", "do they fit". */
const HOURS_OR_FIT = /\b(combien|cb|total|fait|font|ferait|feraient|rentre|rentrent|tient|tiennent|fit|fits|hours?|heures?|\d+ ?h)\b/;
/** A follow-up naming both units without « et », at most this many words. */
const MAX_BOTH_WORDS = 12;
/** What was asked before, all of it: "all of that", « tout ça », « le tout ». */
const ALL_OF_THAT = /\b(all of (that|this|them|those)|all that|everything|tout ca|tout cela|le tout|l ensemble|les trois|all three)\b/;
/** A message that goes on from the question before (« ok, and a 6-credit one on top of that? »: the comma after « ok » too). */
const GOES_ON = /^\s*((?:ok|okay|d accord|alors|so|ah)\s*[,;.!]*\s+)?(et|and|what about|how about|same for|pareil pour|meme chose pour|idem pour|plus|\+|avec en plus|with)\b/;

/** Units said added to what was asked before (folded words, padded): « si j'ajoute », « en plus », "on top", "with that". */
const ADDED_TO_IT = / (ajoute|ajouter|rajoute|rajouter|en plus|avec ca|avec cela|add|adding|added|on top|with that|with it|as well) /;
