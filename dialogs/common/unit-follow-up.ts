import { requiredUnits, type Catalog } from "../../domain/catalog/catalog";
import type { Unit } from "../../domain/catalog/unit.schema";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { findUnits, unitsAbout } from "../../domain/catalog/unit-search";
import { eligibilityWithSituation } from "../../domain/understanding/intent.recognizer";
import { saysCommonCoreDone, unitMentions } from "../../domain/understanding/unit-mentions";
import type { Language } from "../../domain/language/language";
import { foldText } from "../../domain/understanding/text-normalizer";
import { AFTER } from "../../domain/understanding/unit-facets";
import { ABBREVIATIONS } from "../../domain/understanding/chat-lexicon";
import type { Understanding, Understood } from "../../domain/understanding/understanding";
import { readStatedBackground } from "../../domain/understanding/stated-background";
import { readStatedExperience } from "../../domain/understanding/stated-experience";

/**
 * A pronoun or possessive standing for the unit just discussed: « je peux la suivre ? », "and its prerequisites?"; « je peux m'en
 * dispenser ? » (doing without it: it got the page on units taught on blocked days, « dispensées »).
 */
const POINTS_BACK =
  /\b((m|t|s|nous|vous) en (etre )?(dispenser|dispensee?s?|exemptee?s?)|en etre (dispensee?s?|exemptee?s?)|la suivre|la prendre|la faire|la tenter|l avoir|m y inscrire|y aller|(ca|cela) (me |m |nous |vous |te |t )?(represente|fait|dure|coute|prend|donne|vaut|compte|rapporte)|ses|son|sa|leurs?|its|their|it|them|this one|that one|celle ci|celle la|celui ci|cette ue|cette unite|ce cours|ce module|this unit|that unit|this course|that course|this module)\b/;
/**
 * The unit sat or tried, as a pronoun: « combien de fois je peux la passer ? » after UAAD91's card. Read only for a page the unit makes
 * sure of (see suggestedAlone): « si je rate je peux la repasser ? » after NFA031's card keeps its own reading.
 */
const SITS_IT = /\b(la|le) (passer|repasser|tenter|retenter)\b/;
/** The unit as the subject of the question: « et elle demande quel niveau ? », « il est à distance ? ». */
const STARTS_WITH_IT = /^ (?:et |and |mais |but )?(?:elle|il|she|he) /;
/**
 * What may be asked of a unit in a few words: « prérequis ? », « c'est quand ? », "how many hours?", « les séances sont enregistrées ? »;
 * its way of teaching, « et c'est en présentiel ? », « c'est sur place ? », "is it in person?" (it got the general page on FOAD).
 */
const FACET_WORDS =
  /\b((seances?|cours|classes?|sessions?|lectures?) (sont |seront |are |will be )?(enregistre(e|es|s)?|filmee?s?|recorded|filmed)|enregistre(e|es|s)?|recorded|replays?|prerequis|prerequisites?|requirements?|avant|before|beforehand|quand|when|horaires?|schedule|timetable|heures?|hours?|ects|credits?|autorisation|authori[sz]ation|places?|seats?|profs?|enseignants?|teachers?|couts?|coute|prix|price|cost|fees?|examens?|exams?|dates?|distance|distanciel|foad|en ligne|online|presentiel|sur place|on site|onsite|in person|hybride?|salle|room|niveau|level|jours?|days?|soirs?|samedis?|saturdays?|semestres?|semesters?|diplomes?|degrees?|inscrire|enrol|enroll|take|suivre|prendre)\b/;
/** What a way of teaching is, asked: « c'est quoi le présentiel ? », "what is FOAD?". */
const WHAT_A_WAY_IS = /^ (et |and )?(c est quoi|qu est ce que|qu est ce qu|what is|what s|what does) (le |la |l |un |une |the |a )?(presentiel|distanciel|foad|hybride?|distance|formation a distance|enseignement a distance|on site|in person)( veut dire| mean| means)? $|^ (et |and )?(le |la |l |un |une |the |a )?(presentiel|distanciel|foad|hybride?|formation a distance|enseignement a distance) (c est quoi|c quoi|ca veut dire quoi|is what|means what) $/;
/**
 * Whether the unit discussed suits the learner, and nothing else: « c'est accessible ? », « elle est accessible pour moi ? », « c'est dans
 * mes cordes ? », "is it accessible?", "is it for me?", "would it suit me?" (not « accessible en ligne », « accessible aux handicapés »).
 */
const SUITS_IT =
  /^ (et |and |mais |but |du coup |so )?(c est |cest |c |ce serait |ca serait |elle est |elle serait |est elle |il est |is it |it s |its |would it be |is that |that s )?(bien |vraiment |really )?(accessible|abordable|dans mes cordes|a ma portee|pour moi|for me|suitable( for me)?|within my reach|doable( for me)?|ok for me|open to me)( pour moi| for me| pour mon profil| with my background| avec mon profil)?( alors| then| du coup)? $/;
/** The words around a facet in such a question. */
const AROUND =
  /\b(tant pis|dommage|pas grave|too bad|never mind|nevermind|oh well|merci|thanks|et|and|what|about|how|many|much|where|which|who|qui|c est qui|is|are|there|any|the|a|an|of|for|do|does|can|i|it|its|c|est|ce|que|qu|quoi|quel|quelle|quels|quelles|combien|d|de|des|du|la|le|les|l|y|a|t|il|elle|pour|son|sa|ses|leur|leurs|ou|au|aux|en|sur|par|je|peux|puis|me|m|on|faut|se|passe|passent|lieu|ont|sont|ca|aussi|also|too|then|alors|sinon|svp|stp|please|ok|okay|d accord|daccord|bon|ah|so|well|pas|not|non|no|need|needed|besoin|necessaire|required|requis|expected|attendu|have|avoir|faut il)\b/g;

/** Rule intents that answer a question about named units. */
const ABOUT_UNITS = new Set(["unit", "unit-schedule", "eligibility", "credit-hours", "diploma"]);

/**
 * A message that names no unit but asks about the one(s) just discussed (« c'est quoi RSX101 ? » then
 * « et c'est quand ? », « je peux la suivre ? », "and its prerequisites?"): understood as if it named
 * them. Undefined when the message is not such a follow-up, or names a unit, a notion (« et une
 * US ? ») or anything else, which keeps its own understanding.
 */
export function followUpOnUnits(text: string, units: readonly string[], understanding: Understanding, language: Language, options: { situation?: boolean; catalog?: Catalog } = {}): Understood | undefined {
  if (units.length === 0) return undefined;
  const situation = options.situation === false ? undefined : situationUpdate(text, units, understanding, language);
  if (situation) return situation;
  // (Phone spellings as written out: « et cest quand » is « et c est quand ».)
  const words = wordsOf(text);
  const pointsBack = POINTS_BACK.test(words) || STARTS_WITH_IT.test(words);
  // « Et je peux la suivre ? j'ai validé UTC502 mais jamais fait de C »: other units said of the learner, not asked about.
  const saysOfOthers = pointsBack && unitMentions(text).every((m) => m.role !== "asked" && !units.includes(m.code));
  // « et il faut NFA041 aussi ? » after NFP119's check: whether that unit is needed before the one discussed.
  const named = findUnitCodes(text);
  if (named.length === 1 && !units.includes(named[0]!) && NEEDED_TOO.test(words)) {
    const understood = understanding.understand(`${units[0]} : ${text}`, { language });
    if (understood.intent.kind === "unit" && understood.intent.facet === "prerequisites") return { ...understood, text };
  }
  // « et NFA040 c'est obligé ? » after NFP119's check or card, NFA040 being advised before it: whether NFA040 is needed for NFP119
  // (it got NFA040's card). Only of a unit the one discussed requires or advises: another is asked of itself.
  const other = named.length === 1 && units.length === 1 && !units.includes(named[0]!) && options.catalog && IS_IT_NEEDED.test(words) ? options.catalog.units.get(units[0]!) : undefined;
  if (other && advisedOrRequired(other).includes(named[0]!)) {
    const needed = language === "en" ? `do I need ${named[0]} before ${other.code}?` : `faut-il avoir fait ${named[0]} avant ${other.code} ?`;
    const understood = understanding.understand(needed, { language });
    if (understood.intent.kind === "unit" && understood.intent.facet === "prerequisites") return { ...understood, text };
  }
  // "can I take it with UTC505?", « je peux la prendre avec UTC505 ? » after RSX101's card: the unit discussed, taken with the one
  // named (it checked UTC505 alone, « Yes »: false, RSX101 not being taken in the same semester as UTC505).
  if (units.length === 1 && named.length === 1 && !units.includes(named[0]!) && takesItWith(text)) {
    const together = understanding.understand(`${units[0]} : ${text}`, { language });
    const { intent } = together;
    if (intent.kind === "eligibility" && intent.codes[0] === units[0] && intent.codes.includes(named[0]!)) return { ...together, intent: { ...intent, together: true }, text };
  }
  if (named.length > 0 && !saysOfOthers) return undefined;
  // « c'est accessible ? », "is it for me?" after DRS101's card: whether the learner may take it, its check (it got the page on
  // preparing one's enrolment, the unit forgotten).
  if (SUITS_IT.test(words)) return { ...understanding.understand(`${units[0]} : ${text}`, { language }), intent: eligibilityWithSituation(units[0]!, text), text };
  if (words.trim().split(" ").length > (saysOfOthers ? MAX_SAID_WITH_A_QUESTION : 12)) return undefined;
  // (« c'est quoi le présentiel ? », « c'est quoi la FOAD ? »: what a way of teaching is, the content's notion, not the unit's.)
  const facetOnly = FACET_WORDS.test(words) && words.replace(FACET_WORDS, " ").replace(AROUND, " ").trim() === "" && !WHAT_A_WAY_IS.test(words);
  // « et après je peux faire quoi ? » after UTC505's card: the units it opens.
  const sitsIt = SITS_IT.test(words);
  if (!pointsBack && !facetOnly && !AFTER.test(words) && !sitsIt) return undefined;
  // The units first: « et je peux la suivre ? j'ai validé UTC502 mais jamais fait de C » must not read SMB101 as « de C SMB101 ».
  const understood = understanding.understand(`${units.join(" ")} : ${text}`, { language });
  const { intent } = understood;
  // « combien de fois je peux la passer ? » after UAAD91's card: alone, the admission page only suggested; of the unit, sure of it.
  if (intent.kind === "answer" && (pointsBack || sitsIt) && suggestedAlone(text, intent.entryId, understanding, language)) return { ...understood, text };
  if (!ABOUT_UNITS.has(intent.kind) || (!pointsBack && !facetOnly && !AFTER.test(words))) return undefined;
  if (intent.kind === "credit-hours" && (intent.ects !== undefined || intent.hours !== undefined)) return undefined;
  return { ...understood, text };
}

/** Whether a message, read alone, only suggests this entry among others (the unit pointed to makes it sure). */
function suggestedAlone(text: string, entryId: string, understanding: Understanding, language: Language): boolean {
  const { intent } = understanding.understand(text, { language });
  return intent.kind === "suggestions" && intent.suggestions.some((suggestion) => suggestion.entryId === entryId);
}

/**
 * "Is there a unit for absolute programming beginners, how many hours of class is it, and can I do it at a distance?": after a
 * search for one unit, « it » in the questions after it is the unit found (the first a beginner's search lists) (they got the general hours table and
 * the page on FOAD). Each such part is read as if it named that unit; the others, and any part after a search for units in the
 * plural (« quelles UE … »), keep their own reading.
 */
export function ofTheUnitFound(search: Understood, parts: readonly Understood[], catalog: Catalog, understanding: Understanding, language: Language): Understood[] {
  const { intent } = search;
  if (intent.kind !== "unit-search" || parts.length === 0 || !ONE_UNIT_ASKED.test(` ${foldText(search.text).replace(/['’]/g, " ")} `)) return [...parts];
  const filters = intent.filters ?? {};
  const found = findUnits(catalog, intent.subject, filters, { field: intent.field === true });
  const listed = found.units.length > 0 ? found.units : found.onSubject;
  // (As the list shows them: a unit with no level advised first when none is asked.)
  const first = (filters.noPrerequisite ? listed.find((unit) => unit.prerequisites.advice.length === 0) : undefined) ?? listed[0];
  // (The first of several is the one a beginner starts with; of units on a subject, none is « it »: "is there a unit on databases,
  // and how many hours is it?" keeps the table.)
  if (!first || (listed.length > 1 && !filters.beginner && !filters.noPrerequisite)) return [...parts];
  return parts.map((part) => {
    if (findUnitCodes(part.text).length > 0 || !ONE_POINTED_TO.test(` ${foldText(part.text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `)) return part;
    const ofIt = followUpOnUnits(part.text, [first.code], understanding, language, { situation: false });
    return ofIt && ofIt.intent.kind !== "diploma" && ofIt.intent.kind !== "eligibility" ? { ...ofIt, language: part.language } : part;
  });
}
/** One unit looked for: "is there a unit for …", « une UE pour débuter ». */
const ONE_UNIT_ASKED = / (a|an|one|une|un) (unit|course|module|class|ue|unite|cours|module) /;
/**
 * One unit pointed to, not several: "is it", « la faire », « c'est combien d'heures », « je peux l'avoir ». (« l' » only after a
 * subject or a verb, as a pronoun: « quel est l'examen ? » is the article, the exam in general.)
 */
const ONE_POINTED_TO = / (it|la|elle|ca|cette ue|ce cours|this unit|this course|this one|that one) | (je|j|on|tu|vous|nous|peux|peut|puis|pouvez|dois|doit|faut|ne|n|pour|de|d) l /;

/** Whether a message takes the unit discussed with another it names: « je peux la prendre avec UTC505 ? », "can I take it with UTC505?". */
export function takesItWith(text: string): boolean {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ").replace(/\s+/g, " ").trim()} `;
  return IT_TAKEN_WITH.test(words);
}
const IT_TAKEN_WITH = / (la|le|l) (faire|suivre|prendre|passer|commencer) (avec|en meme temps que|en parallele de|au meme semestre que|le meme semestre que) [a-z]{3} ?\d{3} | (take|do|start|follow) it (with|alongside|at the same time as|in the same semester as|together with) [a-z]{3} ?\d{3} /;

/** Another unit asked as needed too: « et il faut NFA041 aussi ? », "do I need NFA041 too?", « faut avoir fait NFA040 avant ? ». */
const NEEDED_TOO = /^ (et |and |mais |but )?(il faut|faut il|faut|est ce qu il faut|est ce que il faut|faudrait il|do i need|do i have to (take|do|pass)|is|does it need|does it require|must i (take|do|pass))( aussi| also| avoir| d abord)?( fait| valide| suivi| done| passed| taken)? [a-z]{3} ?\d{3}( aussi| also| too| en plus| avant| before| first| d abord| obligatoirement)? $/;

/**
 * A unit named and asked whether it is needed, nothing else: « et NFA040 c'est obligé ? », « NFA040 c'est obligatoire ? », « et NFA040
 * il la faut ? », "and is NFA040 compulsory?", "NFA040 required too?".
 */
const IS_IT_NEEDED =
  /^ (et |and |mais |but )?(est ce que )?(is |are )?[a-z]{3} ?\d{3} (c est |cest |c |elle est |il est |est elle |est il |est |is it |it s |is )?(aussi |also |vraiment |really )?(oblige|obligee|obligatoire|indispensable|necessaire|exigee?|compulsory|mandatory|required|needed|necessary|a must|(il |elle )?(la |le |l )?faut)( aussi| also| too| avant| before| first| d abord)? $/;

/** A message's folded words, chat abbreviations written out, padded with spaces: what the follow-up patterns read. */
function wordsOf(text: string): string {
  return ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ").replace(/\s+/g, " ").trim().split(" ").map((word) => ABBREVIATIONS[word] ?? word).join(" ")} `;
}

/** Whether a message only asks if the unit it names is needed (see IS_IT_NEEDED): of the unit discussed before, maybe. */
export function asksIfNeeded(text: string): boolean {
  return IS_IT_NEEDED.test(wordsOf(text));
}

/** The units a unit requires or advises before it (« Conseillé avant : NFA040, NFA041 », a level that names NFA031). */
function advisedOrRequired(unit: Unit): string[] {
  return [...requiredUnits(unit), ...unit.recommended, ...unit.prerequisites.advice.flatMap((advice) => findUnitCodes(advice))];
}

/** The units a rule intent is about, remembered as the subject of the next message. */
export function unitsOf(intent: Understood["intent"]): string[] | undefined {
  switch (intent.kind) {
    case "unit":
    case "unit-schedule":
    case "eligibility":
    case "credit-hours":
    case "grade":
    // « et NFP107 elle est dans la licence ? » then « et il faut quoi avant ? »: the unit placed in the diploma.
    case "diploma":
      return intent.codes.length ? intent.codes.slice(0, 3) : undefined;
    default:
      return undefined;
  }
}

/** A question about the unit with a few words about oneself: « je peux la suivre ? j'ai validé UTC502 mais jamais fait de C ». */
const MAX_SAID_WITH_A_QUESTION = 22;

/** A few words about oneself, no more: « non jamais fait NFA004 », "I passed UTC505 in June". */
const MAX_SITUATION_WORDS = 15;

/**
 * « Non, jamais fait NFA004 » after a check of NSY104, "I did pass UTC505" after RSX101's card: a message
 * that only says how other units stand (passed, failed, not done, under way) updates the situation of
 * the unit just discussed — its check again, with what was said.
 */
function situationUpdate(text: string, units: readonly string[], understanding: Understanding, language: Language): Understood | undefined {
  const mentions = unitMentions(text);
  // (« j'ai validé tout le tronc commun » after SEC105's prerequisites names no unit, yet says how five stand.)
  // (« j'ai un BTS SIO option SLAM » after NFP107's card names no unit, yet says the studies its level is weighed against.)
  const saysOfThemselves = mentions.length === 0 && (readStatedBackground(text) !== undefined || readStatedExperience(text) !== undefined);
  if ((mentions.length === 0 && !saysCommonCoreDone(text) && !saysOfThemselves) || text.includes("?") || text.split(/\s+/).length > MAX_SITUATION_WORDS) return undefined;
  if (!mentions.every((m) => m.role !== "asked" && !units.includes(m.code))) return undefined;
  return { ...understanding.understand(text, { language }), intent: eligibilityWithSituation(units[0] as string, text) };
}

/** A unit of a list pointed to by what its title says: « celle sur les données à large échelle », « l'UE de droit du numérique ». */
const DESCRIBED_FR = /\b(?:celle|celui|l ue|l unite|le cours|le module)\s+(?:sur|de|d|du|des|en|qui parle de|qui porte sur|avec)\s+(?<what>[a-z0-9 ]{3,60}?)(?=\s*(?:,|\?|!|\.|$|\b(?:il|elle|c est|ca|je|on|elle|est ce|demande|faut)\b))/;
/** A unit of a list picked by its place, first in the message: « la deuxième », « et la 1ère UE », "the second one". */
const PICKED =
  /^(?:et |and |ok |alors )?(?:(?:la |le |the )(?<which>premiere|premier|1ere|1re|1er|first|1st|deuxieme|2e|2eme|seconde|second|2nd|troisieme|3e|3eme|third|3rd|quatrieme|4e|4eme|fourth|4th|derniere|dernier|last)(?: (?:ue|unite|one|unit|course|cours|module))?|(?<bare>premiere|1ere|first|deuxieme|2e|second|troisieme|3e|third|derniere|last) (?:ue|unite|one|unit|course|module))(?: de la liste| of the list| on the list)?(?:\s*[,:]\s*|\s+(?=(?:elle|il|it|is|does|do|has|c est|ca|est|demande|needs?|requires?)\b))/;
/** The place in a list of `count` that a word of PICKED names, if the list has it. */
function positionOf(which: string, count: number): number | undefined {
  const position = LAST_WORDS.has(which) ? count : (PLACES.findIndex((words) => words.has(which)) + 1 || undefined);
  return position !== undefined && position <= count ? position : undefined;
}
/** The words of each place of PICKED, first to fourth; and of the last. */
const PLACES = [
  "premiere premier 1ere 1re 1er first 1st",
  "deuxieme 2e 2eme seconde second 2nd",
  "troisieme 3e 3eme third 3rd",
  "quatrieme 4e 4eme fourth 4th",
].map((words) => new Set(words.split(" ")));
const LAST_WORDS = new Set(["derniere", "dernier", "last"]);
/** A pronoun standing for the units listed, first in the message: « et elle a lieu le samedi ? », "are they online?". */
const POINTS_TO_THE_LISTED = /^ (et |and |mais |but )?(elle|elles|ils|they|are they|do they|ces ue|ces cours|these|those|chacune|each of them)\b(?! (faut|y a|reste))/;
/** A thing of the Cnam named after the pronoun, which it stands for: « elle est où la scolarité ? », « elle ferme quand l'inscription ? ». */
const OTHER_THING_NAMED = / (la|le|l) (scolarite|inscription|inscriptions|secretariat|cnam|rentree|session|examen|licence|formation|diplome|bibliotheque|salle|bureau|fac) /;
/** Someone who said something: « elle m'a dit, ma conseillère », "they said at work". */
const SAID_BY_SOMEONE = / (m a dit|m ont dit|a dit|ont dit|me dit|said|told|say|says) /;
/** The most units of a list a pronoun may stand for all together (« elle » after three units: each is answered). */
const MAX_LISTED_POINTED_TO = 3;

/** The same in English: "the object-oriented one", "the one on databases". */
const DESCRIBED_EN = /\bthe\s+(?:(?<what>[a-z0-9 ]{3,40}?)\s+(?:one|unit|course|class)|(?:one|unit|course|class)\s+(?:on|about|in|with)\s+(?<other>[a-z0-9 ]{3,40}?)(?=\s*(?:,|\?|!|\.|$|\b(?:what|is|does|do|can|how)\b)))\b/;

/**
 * After a list of units (a search), « et celle sur les données à large échelle, il faut quel niveau ? »,
 * "and the object-oriented one, what do I need before?": the one listed unit whose title says what is
 * described, put in its place and understood so. Undefined when the message names a code, describes
 * none, or the description fits no listed unit or several.
 */
export function followUpOnListed(text: string, listed: readonly string[], catalog: Catalog, understanding: Understanding, language: Language): Understood | undefined {
  if (findUnitCodes(text).length > 0) return undefined;
  const folded = foldText(text).replace(/['’]/g, " ").replace(/-/g, " ").replace(/\s+/g, " ").trim();
  // « la deuxième, elle demande quel niveau ? », "the first one, is it online?": that unit of the list, asked about.
  const picked = PICKED.exec(folded);
  const position = picked ? positionOf((picked.groups!.which ?? picked.groups!.bare)!, listed.length) : undefined;
  if (picked && position !== undefined && folded.length > picked[0].length) {
    const understood = understanding.understand(`${listed[position - 1]} : ${folded.slice(picked[0].length)}`, { language });
    // (What the unit is, not whether one may enrol; "the last one, I passed it with 12, do I need to retake it?": its grade.)
    const ofItsGrade = understood.intent.kind === "grade" && understood.intent.codes.includes(listed[position - 1]!);
    if ((ABOUT_UNITS.has(understood.intent.kind) && understood.intent.kind !== "eligibility") || ofItsGrade) return { ...understood, text };
  }
  // « et elle a lieu le samedi ? » after a list of a few units: asked of each of them (a pronoun that stands for them, not
  // « il faut … », « ça coûte … »).
  if (listed.length <= MAX_LISTED_POINTED_TO && POINTS_TO_THE_LISTED.test(` ${folded} `) && !OTHER_THING_NAMED.test(` ${folded} `) && !SAID_BY_SOMEONE.test(` ${folded} `)) {
    const ofThem = followUpOnUnits(text, listed, understanding, language, { situation: false });
    if (ofThem) return ofThem;
  }
  const match = DESCRIBED_FR.exec(folded) ?? DESCRIBED_EN.exec(folded);
  const described = match?.groups?.what ?? match?.groups?.other;
  if (!match || !described) return undefined;
  // Among those listed; else the one unit of the catalog that fits (« celle sur les données à large échelle » after a list on
  // databases that did not show it).
  const onIt = unitsAbout(catalog, described);
  const inList = onIt.filter((unit) => listed.includes(unit.code));
  const fits = inList.length > 0 ? inList : onIt;
  if (fits.length !== 1) return undefined;
  const said = `${folded.slice(0, match.index)}${fits[0]!.code}${folded.slice(match.index + match[0].length)}`;
  const understood = understanding.understand(said, { language });
  return ABOUT_UNITS.has(understood.intent.kind) ? { ...understood, text } : undefined;
}
