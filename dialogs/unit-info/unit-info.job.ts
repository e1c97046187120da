import { diplomasContaining, meetsOnSiteToo, neededThrough, unitsAfter, type Catalog } from "../../domain/catalog/catalog";
import { findUnits, subjectAlternatives, type FoundUnits } from "../../domain/catalog/unit-search";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import type { Modality } from "../../domain/catalog/timetable";
import { saysAFilter, type UnitFilters } from "../../domain/understanding/unit-filters";
import { unitModalities, type Unit } from "../../domain/catalog/unit.schema";
import { hoursForCredits } from "../../domain/credit-hours/credit-hours.rule";
import { pathToUnit } from "../../domain/planning/unit-path";
import { advisedAmong, takenTogether, unitsAtAPace } from "../../domain/planning/units-at-a-pace.rule";
import { saysAvailability, suitsInTerm } from "../../domain/eligibility/availability.rule";
import { availabilityOf, readConstraints } from "../planning/planning.constraints";
import type { Language } from "../../domain/language/language";
import { catalogWording, decimal, describeOffering, unknownUnit } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import { advisorAction, feedbackActions, markdownLines, message, say } from "../common/replies";
import { handingOn } from "../conversation-data";
import { localizedAnswer } from "../../domain/knowledge/content-entry.schema";
import { detailsAsked, isUnheldFacet, type HeldFacet, type UnheldFacet } from "../../domain/understanding/unit-facets";
import { fold } from "../../domain/understanding/question-focus";
import { foldText } from "../../domain/understanding/text-normalizer";
import { unitMentions } from "../../domain/understanding/unit-mentions";
import { adviceExcludesLevel, adviceHoldsLevel, readLanguageLevel, readStatedBackground, saysNeverProgrammed } from "../../domain/understanding/stated-background";
import { fallsShortOfAdvice } from "../../domain/eligibility/stated-level.rule";
import type { Intent } from "../../domain/understanding/understanding";
import { FEES_TAG, saysWhenFree } from "../../domain/understanding/understanding";
import { intentOf, type JobOutcome, type JobTurn, type ReplyJob } from "../job";
import { unitInfoWording } from "./unit-info.wording";

/** Everything a learner wants to know about one unit before choosing it, from the catalog. */
export function describeUnit(unit: Unit, catalog: Catalog, language: Language): string {
  const w = unitInfoWording[language];
  const { modality } = catalogWording[language];
  const colon = commonWording[language].colon;
  const lines: string[] = [`${unit.code} — ${unit.title}${unit.sample ? ` ${w.sample}` : ""}`];
  // A UA has no classes: its credits are not class hours.
  const hours = unit.kind !== "UA" && unit.ects > 0 ? hoursForCredits(unit.ects) : undefined;
  const reference = hours?.kind === "reference" ? `, ${w.referenceHours(hours.reference.hours, `${decimal(hours.reference.min, language)}-${decimal(hours.reference.max, language)} h`)}` : "";
  lines.push(`${w.kind[unit.kind]}, ${w.credits(unit.ects)}${reference}.`);

  const modalities = unitModalities(unit);
  if (modalities.length) lines.push(`${w.modalities}${colon}${modalities.map((m) => modality[m]).join(" ; ")}`);
  const offerings = unit.offerings.map((o) => `- ${describeOffering(o, language)}`);
  if (offerings.length) lines.push(`${w.offerings}${colon.trimEnd()}`, ...offerings);
  else lines.push(`${w.offerings}${colon}${w.notScheduled}`);

  const { allOf, anyOf, advice } = unit.prerequisites;
  const required = [...allOf, ...anyOf.map((group) => `${w.oneOf} ${group.join(" / ")}`)];
  lines.push(`${w.prerequisites}${colon}${prerequisitesSaid(required, advice, language)}`);
  if (required.length && advice.length) lines.push(`${w.advice}${colon}${advice.join(" ; ")}`);
  if (unit.recommended.length) lines.push(`${w.recommended}${colon}${unit.recommended.join(", ")}`);
  // « ça sert de prérequis pour quoi ? » asked with other facets: the units that require it.
  const { required: before } = unitsAfter(catalog, unit.code);
  if (before.length) lines.push(`${w.requiredBefore}${colon}${before.map(({ unit: next }) => next.code).join(", ")}`);
  if (unit.exclusions.length) lines.push(`${w.exclusions} ${unit.exclusions.map((e) => e.unit).join(", ")}.`);
  // Said either way: « faut-il une autorisation, et combien d'heures ? » gets both from the card.
  if (unit.authorizationRequired) lines.push(`${w.authorization}${unit.authorizationForm ? ` ${w.authorizationForm(unit.authorizationForm)}` : ""}`);
  else if (unit.kind === "UE") lines.push(w.authorizationNotRequired);

  const diplomas = unit.kind === "US" ? unit.diplomas : diplomasContaining(catalog, unit.code).map((d) => d.code);
  if (diplomas.length) {
    const named = diplomas.map((code) => `${code}${catalog.diplomas.get(code) ? ` (${catalog.diplomas.get(code)!.title})` : ""}`);
    lines.push(`${w.diplomas}${colon}${named.join(", ")}${unit.kind === "US" ? ` — ${w.usOnly}` : ""}`);
  }
  if (unit.department) lines.push(`${w.department}${colon}${unit.department}`);
  const contact = [unit.contact?.secretariat, unit.contact?.email].filter(Boolean);
  if (contact.length) lines.push(`${w.contact}${colon}${contact.join(", ")}`);
  return markdownLines(lines);
}

/** Whether one unit is needed before another, asked: « obligatoire avant », "mandatory before", « il faut … avant ». */
const ASKS_IF_REQUIRED = /\b(avant|before|beforehand|first|d abord|obligatoire\w*|oblige|obligee|mandatory|compulsory|required|necessaire|indispensable|needed)\b/;

/** Of two units, the one whose prerequisites (required, one of, the level expected, advised) name the other, with that other. */
function prerequisiteRelation(a: Unit, b: Unit): { unit: Unit; other: string } | undefined {
  const names = (unit: Unit, code: string) =>
    unit.prerequisites.allOf.includes(code) || unit.prerequisites.anyOf.some((group) => group.includes(code)) || unit.recommended.includes(code) || unit.prerequisites.advice.some((text) => findUnitCodes(text).includes(code));
  if (names(a, b.code) && !names(b, a.code)) return { unit: a, other: b.code };
  if (names(b, a.code) && !names(a, b.code)) return { unit: b, other: a.code };
  return undefined;
}

/** Asked whether a unit is advised, not required: « conseillée avant ? », « vaut mieux », "is it advised", "better to". */
const ASKS_IF_ADVISED = /\b(conseill\w*|recommand\w*|mieux|preferable|advised|recommended|advisable|better|a good idea|une bonne idee)\b/;

/**
 * A unit's prerequisites, advised level and units advised beforehand; headed, when the question names
 * another unit (« NFA032 faut avoir fait NFA031 ou pas ? »), by the yes or no for that one.
 */
function describePrerequisites(unit: Unit, language: Language, others: readonly string[] = [], said = "", catalog?: Catalog): string {
  const w = unitInfoWording[language];
  const colon = commonWording[language].colon;
  const { allOf, anyOf, advice } = unit.prerequisites;
  const required = [...allOf, ...anyOf.map((group) => `${w.oneOf} ${group.join(" / ")}`)];
  const verdicts = others.map((other) => {
    if (allOf.includes(other)) return w.isPrerequisite(other, unit.code);
    const group = anyOf.find((codes) => codes.includes(other));
    if (group) return w.isOneOfPrerequisites(other, group.filter((code) => code !== other), unit.code);
    // « niveau NFA031 ou équivalent »: the level of that unit is expected, the unit itself or as much otherwise.
    // (« NFA031 conseillée avant ? », "is it better to have done it?": asked whether it is advised, which it is.)
    if (advice.some((text) => findUnitCodes(text).includes(other))) return ASKS_IF_ADVISED.test(foldText(said).replace(/['’]/g, " ")) ? w.isLevelAdvised(other, unit.code) : w.isLevelExpected(other, unit.code);
    // (« RSX112 il faut UTC505 ? »: not directly, but each of the units it requires does — it was said no prerequisite: false.)
    const through = catalog ? neededThrough(catalog, unit, other) : undefined;
    if (through) return w.isNeededThrough(other, through, unit.code);
    return unit.recommended.includes(other) ? w.isAdvisedOnly(other, unit.code) : w.isNoPrerequisite(other, unit.code);
  });
  // « ANG320 il faut passer un test ? »: the level advised says a test, said first as the answer; so for a selection asked
  // (« il y a une forme de sélection à l'entrée ? », "is it selective?").
  const test = /\b(tests?|s[eé]lection|s[eé]lecti(f|ve)|entrance)\b/i.test(said) ? advice.find((text) => /\btest\b/i.test(text)) : undefined;
  if (test) verdicts.unshift(w.testFirst(unit.code, test));
  const lines = [...verdicts, w.prerequisitesOf(unit.code, unit.title, prerequisitesSaid(required, advice, language))];
  if (required.length && advice.length) lines.push(`${w.advice}${colon}${advice.join(" ; ")}`);
  if (unit.recommended.length) lines.push(`${w.recommended}${colon}${unit.recommended.join(", ")}`);
  return markdownLines(lines);
}

/**
 * The prerequisites as the catalog states them: the units required, or, with none, the level expected
 * (« aucune UE exigée ; niveau attendu : niveau NFA031 ou équivalent »): a level is a prerequisite too, and
 * « aucun prérequis formel » beside it read as none at all.
 */
function prerequisitesSaid(required: readonly string[], advice: readonly string[], language: Language): string {
  const w = unitInfoWording[language];
  if (required.length) return required.join(", ");
  return advice.length ? w.levelOnly(advice.join(" ; ")) : w.noPrerequisite;
}

function describeAuthorization(unit: Unit, language: Language): string {
  const w = unitInfoWording[language];
  if (!unit.authorizationRequired) return w.noAuthorization(unit.code);
  return `${w.needsAuthorization(unit.code)} ${w.authorization}${unit.authorizationForm ? ` ${w.authorizationForm(unit.authorizationForm)}` : ""}`;
}

function describeDiplomas(unit: Unit, catalog: Catalog, language: Language): string {
  const w = unitInfoWording[language];
  const codes = unit.kind === "US" ? unit.diplomas : diplomasContaining(catalog, unit.code).map((d) => d.code);
  if (codes.length === 0) return w.inNoDiploma(unit.code, unit.title);
  const named = codes.map((code) => `${code}${catalog.diplomas.get(code) ? ` (${catalog.diplomas.get(code)!.title})` : ""}`);
  return `${w.inDiplomas(unit.code, named.join(", "))}${unit.kind === "US" ? ` — ${w.usOnly}` : ""}`;
}

/**
 * « Je vise SEC105, dans quel ordre ? »: the units to take before it, semester by semester, from the
 * units said passed, and how many semesters at least.
 */
function describePath(unit: Unit, catalog: Catalog, language: Language, passed: readonly string[], said: string, now: Date, others: readonly string[] = []): string {
  const w = unitInfoWording[language];
  // « en combien de temps NFA031 puis NFA032 puis NFP119 ? »: the units named before it, in the order said, lead to it.
  const chain = others.length > 0 && CHAIN.test(foldText(said)) ? [...findUnitCodes(said).filter((code) => others.includes(code)), unit.code] : [];
  const path = pathToUnit(catalog, unit.code, passed, chain);
  // « je ne peux venir que le samedi » : the units of the way that have no class then are said, not planned as if they had.
  const availability = availabilityOf(readConstraints(said, now));
  const outside = saysAvailability(availability)
    ? [...new Set([...path.semesters.flat(), unit.code])].filter((code) => {
        const u = catalog.units.get(code);
        return u !== undefined && u.kind !== "UA" && !(["S1", "S2"] as const).some((term) => suitsInTerm(u, term, availability));
      })
    : [];
  const unfit = outside.length > 0 ? [w.pathOutsideAvailability(outside)] : [];
  // The level the catalog advises (« niveau NFA031 ») is said in either case: it is no prerequisite, but it counts.
  const advice = unit.prerequisites.advice.length ? [`${w.advice}${commonWording[language].colon}${unit.prerequisites.advice.join(" ; ")}`] : [];
  if (path.semesters.length <= 1) return markdownLines([w.pathOpen(unit.code, unit.title, passed), ...advice, ...(path.recommended.length ? [w.pathRecommended(path.recommended)] : []), ...unfit]);
  const lines = [chain.length > 1 ? w.pathChain(chain) : w.pathIntro(unit.code, unit.title, passed), ...path.semesters.map((codes, i) => `- ${w.pathSemester(i + 1, codes)}`)];
  for (const { chosen, others } of path.alternatives) lines.push(w.pathAlternative(chosen, others));
  if (path.recommended.length) lines.push(w.pathRecommended(path.recommended));
  lines.push(...advice, w.pathTotal(path.semesters.length), ...unfit);
  return markdownLines(lines);
}

/** The paces a way to several units is counted at besides the fastest: two units a semester, one. */
const PACES = [2, 1];

/**
 * « Je veux valider le tronc commun UTC501 à 505 le plus vite possible tout en travaillant, combien de semestres ? »: the units
 * named (those said passed left out), their credits and reference hours in all, how they stand to one another (« aucune n'exige une
 * autre »), each one's semesters and times and advised level, then the semesters they take at the fastest and at two and one a
 * semester, from the catalog's terms and their prerequisites among them (units-at-a-pace rule).
 */
function describeUnitsPath(named: readonly Unit[], passed: readonly string[], language: Language): string {
  const w = unitInfoWording[language];
  const units = named.filter((unit) => !passed.includes(unit.code));
  if (units.length === 0) return named.map((unit) => w.pathOpen(unit.code, unit.title, passed)).join("\n\n");
  const codes = units.map((unit) => unit.code);
  const hours = units.reduce((sum, unit) => {
    const hoursOf = hoursForCredits(unit.ects);
    return sum + (unit.kind !== "UA" && hoursOf.kind === "reference" ? hoursOf.reference.hours : 0);
  }, 0);
  const among = units.flatMap((unit) => {
    const required = unit.prerequisites.allOf.filter((code) => codes.includes(code));
    // (« NFA031 et NFA032 »: NFA032's advised level is NFA031's; « les 2 le même semestre » ignored it.)
    const advised = advisedAmong(unit, codes);
    // (« NFA031 et NFP119 »: NFP119's level, « niveau NFA031 et NFA032 », names NFA032 too.)
    const others = [...new Set(unit.prerequisites.advice.flatMap((advice) => findUnitCodes(advice)))].filter((code) => code !== unit.code && !codes.includes(code) && !passed.includes(code));
    return [
      ...(required.length ? [w.unitsPathRequires(unit.code, required)] : []),
      ...(advised.length ? [w.unitsPathAdvises(unit.code, advised)] : []),
      ...(advised.length && others.length ? [w.unitsPathLevelNamesOthers(unit.code, others)] : []),
    ];
  });
  const lines = [w.unitsPathHead(codes, units.reduce((sum, unit) => sum + unit.ects, 0), hours), ...(among.length ? among : [w.unitsPathFree])];
  for (const unit of units) lines.push(w.unitsPathUnit(unit.code, unit.title, unit.ects, unit.offerings.map((offering) => describeOffering(offering, language)), unit.prerequisites.advice.join(" ; ")));
  // All in one semester only where one offering each fits the week without two sessions at once.
  // (Never when one of them requires another: « UTC505 et RSX101 » take two semesters.)
  const together = among.length > 0 ? [] : (["S1", "S2"] as const).filter((term) => takenTogether(units, term));
  const fastest = unitsAtAPace(units, units.length, true);
  lines.push("", w.unitsPathFastest(units.length, together.length > 0 ? 1 : Math.max(2, fastest.sequence.length), together));
  for (const perSemester of PACES.filter((pace) => pace < units.length)) {
    const paced = unitsAtAPace(units, perSemester, true);
    // The order semester by semester at two a semester; at one, only the count.
    const order = perSemester === PACES[0] ? paced.sequence.map((semester) => ({ term: catalogWording[language].term[semester.term], codes: semester.codes })) : [];
    lines.push(w.unitsPathPace(perSemester, paced.sequence.length, order));
  }
  lines.push(w.unitsPathAssumes);
  return lines.join("\n");
}

/** `others`: the units the question names besides the one asked (one unit asked), for a yes or no about them. */
const HELD: Record<HeldFacet, (unit: Unit, catalog: Catalog, language: Language, passed: readonly string[], said: string, now: Date, others: readonly string[]) => string> = {
  description: describeUnit,
  prerequisites: (unit, catalog, language, _passed, said, _now, others) => describePrerequisites(unit, language, others, said, catalog),
  // « ANG320 : il y a une autorisation ou un test à passer ? »: the test its level advises, said after the authorization.
  authorization: (unit, _catalog, language, _passed, said) => {
    const test = /\btests?\b/i.test(said) ? unit.prerequisites.advice.find((text) => /\btest\b/i.test(text)) : undefined;
    return [describeAuthorization(unit, language), ...(test ? [unitInfoWording[language].testFirst(unit.code, test)] : [])].join("\n\n");
  },
  diplomas: describeDiplomas,
  path: describePath,
  after: describeUnitsAfter,
  recordings: describeRecordings,
};

/** A timetable note that says the sessions are recorded: « Séances enregistrées. ». */
const RECORDED_NOTE = /\b(enregistr\w*|recorded|recordings?|replays?)\b/i;
/** A note that says the opposite: « Séances non enregistrées », "not recorded", "no replay". */
const NOT_RECORDED_NOTE = /\b(non|pas|not|no|sans|without)\s+(enregistr|record|replay)/i;

/**
 * « Pour RCP104, les séances sont enregistrées ? »: « Oui » from the offerings whose timetable note says so; a card that says
 * nothing of it is said not to say (never « Non »: the catalog notes recordings only where a teacher declared them).
 */
function describeRecordings(unit: Unit, _catalog: Catalog, language: Language): string {
  const w = unitInfoWording[language];
  const recorded = unit.offerings.filter((offering) => offering.note !== undefined && RECORDED_NOTE.test(offering.note) && !NOT_RECORDED_NOTE.test(offering.note));
  if (recorded.length > 0) return w.recorded(unit.code, recorded.map((offering) => describeOffering({ ...offering, note: undefined }, language)));
  // (« je travaille en horaires décalés, … les cours sont enregistrés ? »: its classes at a distance are what such a learner can follow.)
  const distance = unit.offerings.filter((offering) => offering.modality === "distance");
  return [w.recordingsNotSaid(unit.code), ...(distance.length > 0 ? [w.alsoAtADistance(distance.map((offering) => describeOffering(offering, language)))] : [])].join(" ");
}

/**
 * « UTC505 ouvre quelles UE ? », « j'ai validé UTC505, je peux faire quoi maintenant ? »: the units that require
 * it, each with what else it requires (or that it is open with the units said passed), then those that only advise it.
 */
function describeUnitsAfter(unit: Unit, catalog: Catalog, language: Language, passed: readonly string[]): string {
  const w = unitInfoWording[language];
  const { required, advised } = unitsAfter(catalog, unit.code, passed);
  const said = (groups: readonly (readonly string[])[]) => groups.map((group) => group.join(" / ")).join(", ");
  const lines = required.map(({ unit: next, alsoRequired, missing }) => {
    const standing = passed.length ? (missing.length ? w.afterMissing(said(missing)) : w.afterOpenToYou) : alsoRequired.length ? w.afterAlso(said(alsoRequired)) : "";
    // (« Après UTC502, quelles UE deviennent accessibles ? »: SMB101 asks besides to know C, which its line left unsaid.)
    const level = next.prerequisites.advice.length ? `${w.advice.toLowerCase()}${commonWording[language].colon}${next.prerequisites.advice.join(", ")}` : "";
    const told = [standing, level].filter(Boolean).join(" ; ");
    return `- ${next.code} (${next.title})${told ? `${commonWording[language].colon}${told}` : ""}`;
  });
  const parts = [required.length ? w.afterRequired(unit.code, lines.join("\n")) : w.afterNone(unit.code)];
  if (advised.length) parts.push(w.afterAdvised(unit.code, advised.map((next) => `${next.code} (${next.title})`).join(", ")));
  return parts.join("\n\n");
}

/** Units named one after the other: « NFA031 puis NFA032 puis NFP119 », "NFA031 then NFA032". */
const CHAIN = /\b(puis|ensuite|then|after that|apres)\b/;

/** The tag of the content's page on what to bring to an exam (a valid ID). */
const EXAM_ID_TAG = "identity";
/** Words of an exam, in folded words. */
const EXAM_WORDS = /\b(examens?|exams?|epreuves?|partiels?|finals?)\b/;

/** The content's general answer on what the catalog does not hold, found by the tag admins give it. */
const GENERAL_ANSWER_TAG: Record<UnheldFacet, string | undefined> = {
  fees: FEES_TAG,
  "exam-date": "calendar",
  teacher: "contact",
  seats: "places",
  room: "locations",
  "class-size": undefined,
  contact: "contact",
  "pass-rate": undefined,
  "teaching-language": undefined,
  detail: undefined,
};
/** The tag of the content's page on how units end (an exam at the end of each semester, two sessions): the exam dates' page. */
const EXAMS_TAG = GENERAL_ANSWER_TAG["exam-date"];

/**
 * « Combien coûte NFA031 ? », "who teaches NSY103?": not in the catalog. Said plainly, with the
 * unit's contact when the catalog has one, the content's general answer on the matter, and the
 * offer to pass the question to an advisor (« oui » does).
 */
async function declineUnheld(turn: JobTurn, facets: readonly UnheldFacet[], units: readonly Unit[], cardAction = false): Promise<JobOutcome> {
  const { language } = turn;
  const w = unitInfoWording[language];
  // « l'exam c'est un QCM ? »: the detail asked is named (the form of the exam), not « ce détail ».
  const words = ` ${fold(turn.understood.text)} `;
  const details = facets.includes("detail") ? detailsAsked(words) : [];
  // « L'examen de GDN100 c'est dans quelle salle ? »: the exam's room, not the classes'; a valid ID is what the content says of it.
  // (« lexam de nfa040 cest ou »: the exam typed without the apostrophe.)
  const examRoom = facets.includes("room") && (EXAM_WORDS.test(words) || /\b[ld]exam(en)?s?\b/.test(words));
  const lines = units.map((unit) => {
    const contact = [unit.contact?.secretariat, unit.contact?.email].filter(Boolean).join(", ");
    // The secretariat asked and the catalog has it: given, not declined.
    const given = contact !== "" && facets.includes("contact");
    const notHeld = facets.map((facet) => (facet === "contact" && given ? w.askUnitContact(unit.code, contact) : facet === "detail" && details.length > 0 ? w.detailsNotInSources(unit.code, details) : w.notInSources[facet === "room" && examRoom ? "exam-room" : facet](unit.code))).join(" ");
    return `${notHeld}${contact && !given ? ` ${w.askUnitContact(unit.code, contact)}` : ""}`;
  });
  const understanding = await turn.services.understanding();
  // The secretariat given from the catalog needs no general word on secretariats.
  const contactGiven = facets.includes("contact") && units.some((unit) => unit.contact?.secretariat || unit.contact?.email);
  // How a unit's exam runs is not held, but that every unit ends with an exam in two sessions is the content's.
  const tags = [
    ...facets.map((facet) => (facet === "contact" && contactGiven ? undefined : facet === "room" && examRoom ? EXAM_ID_TAG : GENERAL_ANSWER_TAG[facet])),
    ...(details.some((detail) => detail === "exam-format" || detail === "assessment") ? [EXAMS_TAG] : []),
  ];
  const general = [...new Set(tags)].flatMap((tag) => (tag ? understanding.tagged(tag).slice(0, 1) : []));
  for (const entry of general) lines.push(`${w.inGeneral} ${localizedAnswer(entry, language).text}`);
  lines.push(w.offerAdvisor);
  const card = cardAction && units[0] ? [say(w.describeAction(units[0].code))] : [];
  await turn.context.sendActivity(message(lines.join("\n\n"), [say(commonWording[language].yes), say(commonWording[language].no), ...card]));
  // « et le prof c'est qui ? » after NFA032: the advisor reads which unit it was of.
  const question = findUnitCodes(turn.text).length > 0 ? turn.text : `${units.map((unit) => unit.code).join(", ")} : ${turn.text}`;
  turn.conversation.offer = { accept: handingOn(question) };
  return { kind: "unanswered", question, suggested: general.map((entry) => entry.id) };
}

/**
 * Whether the words a question adds about a unit are the unit's own (« NFA031 c'est du Java ? »: its
 * title says Java), so that its description answers them. Words match on their first five letters.
 */
function speaksOfUnit(unit: Unit, words: readonly string[]): boolean {
  const own = foldText([unit.title, unit.department ?? "", ...unit.prerequisites.advice].join(" ")).split(/[^a-z0-9+#]+/).filter((word) => word.length >= 2);
  const stem = (word: string) => word.slice(0, 5);
  const stems = new Set(own.map(stem));
  return words.every((word) => stems.has(stem(word)));
}

/** The filters said, in words: « à distance (FOAD), sans prérequis ». */
export function filterWords(filters: UnitFilters, language: Language): string {
  const words = unitInfoWording[language].filterWords;
  // « Pour débutants » says « sans prérequis » already.
  const said = (Object.keys(words) as (keyof UnitFilters)[]).filter((key) => filters[key] && !(key === "noPrerequisite" && filters.beginner));
  return said.map((key) => words[key]).join(", ");
}

/** A subject up to this many words is quoted as said. */
const MAX_QUOTED = 3;

/** A unit whose level a test decides: « test de positionnement », "placement test". */
const PLACEMENT_TEST = /\b(test de positionnement|test de niveau|placement test|level test)\b/;

/** A title of a unit where one programs: « Programmation Javascript », « Développement web côté serveur ». */
const PROGRAMMING_TITLE = /\b(programm\w*|developpement|langages?|javascript|java|python)\b/;

/** The most units listed for a subject; the rest are counted. */
const MAX_LISTED = 8;

/**
 * « Y a-t-il des cours de réseaux ? », "java courses?": the catalog's units whose title speaks of it,
 * with their credits and semesters, and how to ask about one; or plainly that none does.
 */
/** How a search reads and what each unit found says besides its terms: its prerequisites, its authorization. */
interface SearchAsked {
  situation?: boolean;
  filters?: UnitFilters;
  withPrerequisites?: boolean;
  withAuthorizations?: boolean;
  field?: boolean;
  /** Units said passed: those they open head the list. */
  after?: readonly string[];
  /** The subject is the words left around the search (unitFinder), not one said as such. */
  guessed?: boolean;
}

/** Evening classes asked of the units looked for: « en cours du soir », « le soir », "in the evening", "evening classes". */
const EVENING_ASKED = / (en cours du soir|cours du soir|le soir|en soiree|in the evenings?|evening (classes|courses|units)) /;
/** A way of studying wished, not required: « à distance ce serait l'idéal », « de préférence », "ideally", "if possible". */
const WISHED_ONLY = / (ce serait l ideal|serait l ideal|ce serait ideal|serait ideal|l ideal serait|idealement|de preference|si possible|dans l ideal|would be ideal|ideally|preferably|if possible|would be best|would be great) /;

async function searchUnits(turn: JobTurn, subject: string, { situation = false, filters = {}, withPrerequisites = false, withAuthorizations = false, field = false, after = [], guessed = false }: SearchAsked = {}): Promise<JobOutcome> {
  const { language } = turn;
  const w = unitInfoWording[language];
  const catalog = await turn.services.catalog();
  const filtering = saysAFilter(filters);
  const first = findUnits(catalog, subject, filters, { field });
  // A subject read from the situation that no title speaks of, with a filter: the filter alone (every UE that passes it).
  // The same for words guessed as the subject around a search (« par quelle UE commencer sans me planter ? »).
  // (« Il y a des UE qu'on peut faire entièrement de chez soi ? » with a word guessed as the subject: every unit at a distance.)
  const dropSituation = (situation || guessed) && first.onSubject.length === 0 && filtering;
  const search = dropSituation ? findUnits(catalog, "", filters) : first;
  // The subject as said when short (« gérer une équipe »), else the words of it the titles hold.
  const asSaid = (word: string) => subject.split(/\s+/).find((token) => foldText(token) === word) ?? word;
  const quoted = !subject.trim() || situation || dropSituation ? undefined : subject.trim().split(/\s+/).length <= MAX_QUOTED || search.said.length === 0 ? subject : search.said.map(asSaid).join(" ");
  const fromSituation = dropSituation ? false : situation;
  if (search.onSubject.length === 0 && after.length > 0) {
    // « j'ai validé UTC505, je suis infirmière, je prends quoi après ? »: no title speaks of the situation; what follows the units passed.
    const units = after.flatMap((code) => catalog.units.get(code) ?? []);
    await turn.context.sendActivity(message(units.map((unit) => describeUnitsAfter(unit, catalog, language, after)).join("\n\n"), feedbackActions(language)));
    return { kind: "answered", answerId: "unit-info" };
  }
  // « Il y a un cours là-dessus ? » with nothing in the titles: no subject to quote, an honest « je ne sais pas ».
  if (search.onSubject.length === 0) {
    const none = filtering ? w.noneFound(quoted, fromSituation, filterWords(filters, language), false) : situation ? w.noUnitOnSituation : w.noUnitOnSubject(quoted ?? subject);
    await turn.context.sendActivity(message(none, [advisorAction(language)]));
    return { kind: "unanswered", question: turn.text, suggested: [] };
  }
  // None passes the filters: said plainly, then the units on the subject with where they stand.
  const onIt = search.units.length > 0 ? search.units : search.onSubject;
  // « J'ai validé UTC501 et UTC505, je voudrais partir sur la sécu réseau, je prends quoi ? »: what comes next, not what is passed.
  const passed = withPrerequisites ? new Set(unitMentions(turn.text).flatMap((m) => (m.role === "passed" ? [m.code] : []))) : new Set<string>();
  const kept = onIt.some((unit) => !passed.has(unit.code)) ? onIt.filter((unit) => !passed.has(unit.code)) : onIt;
  // « une UE de management sans aucun prérequis »: those with no level advised either come first; those with one, under their own words.
  const advised = (unit: Unit) => filters.noPrerequisite === true && search.units.length > 0 && unit.prerequisites.advice.length > 0;
  const found = [...kept.filter((unit) => !advised(unit)), ...kept.filter(advised)];
  // « J'aimerais me former à la cybersécurité mais je n'ai pas de bac+2. Il y a une UE pour moi ? »: studies said short of the level some
  // units found advise: those open with them (no unit to pass before, no level beyond them) first, then what each other one asks (it
  // listed them all alike, as if open).
  const background = !situation && after.length === 0 ? readStatedBackground(turn.text) : undefined;
  const shortOf = (unit: Unit) => background !== undefined && unit.prerequisites.advice.some((advice) => fallsShortOfAdvice(background, advice));
  // (Only studies said below the level most units advise, none or the bac: a degree in another field keeps the list as it was.)
  const belowAnyDegree = background !== undefined && (background.lacks === true || (background.level !== undefined && background.level < 2));
  const studiesWeighed = belowAnyDegree && !background.notHeld && found.some(shortOf);
  const join = language === "fr" ? " et " : " and ";
  const termsOf = (unit: Unit, modality?: Modality) => [...new Set(unit.offerings.filter((o) => !modality || o.modality === modality).map((o) => o.term))].sort().join(join);
  // The way of studying asked (at a distance, on Saturdays): each unit says its terms that way.
  const way = filters.distance ? "distance" : filters.saturday ? "saturday" : undefined;
  // (A day ruled out alone, « je peux pas venir le samedi », is no way of studying said: the list stays as it is.)
  // (« des cours de droit … en cours du soir ? »: the evening asked of the units found, each says how it is taught.)
  // « … à distance ce serait l'idéal. Qu'est-ce que vous me conseillez ? »: a way wished, not required: after the units taught that way, those
  // on the subject as they are taught, each with the level it advises when the studies said fall short of it (it listed Outils RH alone).
  const wishedOnly = way !== undefined && search.department === undefined && search.units.length > 0 && WISHED_ONLY.test(` ${fold(turn.text).replace(/[^a-z0-9 ]+/g, " ")} `);
  const timesSaid = saysWhenFree(turn.text) || availabilityOf(readConstraints(turn.text, turn.services.now()))?.modalities !== undefined || EVENING_ASKED.test(` ${fold(turn.understood.text).replace(/[^a-z0-9 ]+/g, " ")} `);
  const standing = (unit: Unit) => {
    // A unit that does not pass a filter says how it is taught instead (« S1 et S2 : cours du soir »).
    const how = () => `${termsOf(unit)}${commonWording[language].colon}${unitModalities(unit).map((m) => catalogWording[language].modalityShort[m]).join(", ")}`;
    const wayTerms = way ? termsOf(unit, way) : "";
    // « entièrement à distance »: a unit at a distance that meets on site too (« FOAD avec regroupements ») says so.
    const gathers = way === "distance" && unit.offerings.some((o) => o.modality === "distance" && meetsOnSiteToo(o));
    // "I only have evenings free, never Saturdays. Which units would cover that?": each unit says how it is taught, to weigh
    // against the times said.
    const parts = [!way ? (timesSaid ? how() : termsOf(unit)) : wayTerms ? w.wayTerms[gathers ? "distanceWithGatherings" : way](wayTerms) : how()];
    if (filters.noPrerequisite || filters.beginner || withPrerequisites || studiesWeighed || (wishedOnly && shortOf(unit))) {
      const { allOf, anyOf, advice } = unit.prerequisites;
      const asked = [...allOf, ...anyOf.map((group) => group.join(" / "))];
      parts.push(asked.length ? w.requires(asked.join(", ")) : w.noPrerequisite);
      if (advice.length) parts.push(`${w.advice.toLowerCase()}${commonWording[language].colon}${advice.join(", ")}`);
    }
    // « Quelles UE prendre ensuite et est-ce qu'il en faut certaines avec autorisation ? »: each says whether it needs one.
    if (withAuthorizations) parts.push(unit.authorizationRequired ? w.listedNeedsAuthorization : w.listedNoAuthorization);
    return parts.filter(Boolean).join(" ; ");
  };
  const lineOf = (unit: Unit) => w.unitLine(unit.code, unit.title, unit.ects, standing(unit));
  if (studiesWeighed) {
    const passedSaid = new Set(unitMentions(turn.text).flatMap((m) => (m.role === "passed" ? [m.code] : [])));
    const asksUnits = (unit: Unit) => unit.prerequisites.allOf.some((code) => !passedSaid.has(code)) || unit.prerequisites.anyOf.some((group) => !group.some((code) => passedSaid.has(code)));
    const open = found.filter((unit) => !shortOf(unit) && !asksUnits(unit));
    const others = found.filter((unit) => !open.includes(unit));
    const lines = [w.openWithStudies(quoted ?? subject, open.length), ...open.map(lineOf), ...(open.length > 0 && others.length > 0 ? ["", w.othersAsk] : []), ...others.slice(0, MAX_LISTED).map(lineOf)];
    await sendListed(turn, lines, [...open, ...others], { subject });
    if (open.length === 1) turn.conversation.subject = [open[0]!.code];
    return { kind: "answered", answerId: "unit-info" };
  }
  // "Are there HR or labour-law units I could follow fully online?": each subject said apart, its units that way; for one whose titles
  // are not taught that way, plainly so, with its department's that are and its own as they are taught (it listed Outils RH alone, or
  // only the law department's, as if the other subject had not been asked).
  const alternatives = filtering && !situation && !guessed && after.length === 0 ? subjectAlternatives(subject).map((part) => ({ part, found: findUnits(catalog, part, filters, { field }) })) : [];
  if (alternatives.length > 1 && alternatives.every(({ found }) => found.onSubject.length > 0) && alternatives.some(({ found }) => found.department === undefined && found.units.length > 0) && alternatives.some(({ found }) => found.department !== undefined || found.units.length === 0)) {
    const filterSaid = filterWords(filters, language);
    const linesOf = (part: string, { units, onSubject, said, department }: FoundUnits) =>
      department
        ? [w.unitsOfDepartment(said.length ? part : undefined, department, filterSaid), ...units.map(lineOf), ...(said.length ? [w.asTaught(part), ...onSubject.map(lineOf)] : [])]
        : units.length > 0
          ? [w.unitsFound(part, false, filterSaid), ...units.map(lineOf)]
          : [w.noneFound(part, false, filterSaid, true), ...onSubject.map(lineOf)];
    const listed = [...new Set(alternatives.flatMap(({ found }) => [...found.units, ...(found.units.length === 0 || found.department ? found.onSubject : [])]))];
    const lines = alternatives.flatMap(({ part, found }, i) => [...(i > 0 ? [""] : []), ...linesOf(part, found)]);
    await sendListed(turn, lines, listed, { subject });
    return { kind: "answered", answerId: "unit-info" };
  }
  const heading = !filtering
    ? situation ? w.unitsOnSituation : w.unitsOnSubject(quoted ?? subject)
    : search.department
      ? w.unitsOfDepartment(search.said.length && !fromSituation ? (quoted ?? subject) : undefined, search.department, filterWords(filters, language))
      : search.units.length > 0
      ? w.unitsFound(quoted, fromSituation, filterWords(filters, language))
      : w.noneFound(quoted, fromSituation, filterWords(filters, language), true);
  // « J'ai validé UTC505, … la sécurité, je prends quoi après ? »: first the units now open with those passed.
  const opened = [...new Set(after.flatMap((code) => unitsAfter(catalog, code, [...after, ...passed]).required.filter(({ missing }) => missing.length === 0).map(({ unit }) => unit)))];
  const openedLines = opened.length ? [w.openedBy(after.join(", "), after.length, opened.map((unit) => `${unit.code} (${unit.title})`).join(", ")), ""] : [];
  const shown = found.slice(0, MAX_LISTED);
  const firstAdvised = shown.findIndex(advised);
  const listed = firstAdvised < 0 ? shown.map(lineOf) : [...shown.slice(0, firstAdvised).map(lineOf), w.withAdvisedLevel, ...shown.slice(firstAdvised).map(lineOf)];
  const lines = [...openedLines, heading, ...listed];
  if (found.length > MAX_LISTED) lines.push(w.moreUnits(found.length - MAX_LISTED));
  // "Are there labour-law units I could follow fully online?": after the department's units taught that way, those on the subject as
  // they are taught (Droit du travail, in evening classes), which the learner asked of.
  const ownAsTaught = filtering && ((search.department !== undefined && search.said.length > 0) || wishedOnly) ? search.onSubject.filter((unit) => !found.includes(unit)).slice(0, MAX_LISTED) : [];
  // (A subject read from a message where the wish came first is said by the words the titles hold: « le samedi ce serait l'idéal, des UE
  // de java ? » said « Celles sur « ideal ue java » ».)
  if (ownAsTaught.length > 0) lines.push(w.asTaught(quoted ?? (search.said.length ? search.said.map(asSaid).join(" ") : subject)), ...ownAsTaught.map(lineOf));
  // "My English is really basic, maybe A1. Is there a course for me?": the units whose advised level holds the level said.
  const level = readLanguageLevel(turn.text);
  const forLevel = level ? found.filter((unit) => unit.prerequisites.advice.some((advice) => adviceHoldsLevel(advice, level.level))) : [];
  if (level && forLevel.length) lines.push("", w.forLevel(level.said, forLevel.map((unit) => `${unit.code} (${unit.title})`).join(", ")));
  // « mon anglais est B1 »: none whose advised level holds it — those aimed at another level, and those a test places in.
  if (level && forLevel.length === 0) {
    const elsewhere = found.flatMap((unit) => unit.prerequisites.advice.filter((advice) => adviceExcludesLevel(advice, level.level)).slice(0, 1).map((advice) => `${unit.code} (${advice})`));
    const placed = found.filter((unit) => unit.prerequisites.advice.some((advice) => PLACEMENT_TEST.test(foldText(advice)))).map((unit) => unit.code);
    if (elsewhere.length || placed.length) lines.push("", w.otherLevels(level.said, elsewhere.join(", "), placed.join(", ")));
  }
  // « Je n'ai jamais vraiment codé … me reconvertir dans le développement web : je commence par quoi ? »: the beginner's units of
  // the field, and before them, for one who never programmed, the catalog's first programming unit (NFA031) when none listed is it.
  const programming = filters.beginner && saysNeverProgrammed(turn.text) ? findUnits(catalog, "programmation", { beginner: true }).units[0] : undefined;
  // (Only for units that program: a beginner in networks is not sent to Java.)
  const programs = found.some((unit) => PROGRAMMING_TITLE.test(foldText(unit.title)));
  if (programming && programs && !found.includes(programming) && found.every((unit) => unit.department === programming.department)) lines.push("", w.programmingFirst(`${programming.code} (${programming.title})`));
  await sendListed(turn, lines, found, { subject, ...(situation ? { situation: true as const } : {}) });
  // One unit found is the subject of what follows: « et elle demande quel niveau ? ».
  if (found.length === 1) turn.conversation.subject = [found[0]!.code];
  return { kind: "answered", answerId: "unit-info" };
}

/**
 * The units found, sent after their lines: the first one's card offered, the first three as buttons. « la deuxième », "the first one"
 * pick among them; « et celle sur les données à large échelle ? » any unit listed, by what its title says.
 */
async function sendListed(turn: JobTurn, lines: readonly string[], listed: readonly Unit[], searched: { subject: string; situation?: true }): Promise<void> {
  const w = unitInfoWording[turn.language];
  await turn.context.sendActivity(message([...lines, "", w.askAboutOne(listed[0]!.code)].join("\n"), listed.slice(0, 3).map((unit) => say(w.describeAction(unit.code)))));
  turn.conversation.offer = { choices: listed.slice(0, 3).map((unit) => ({ job: unitInfoJob.name, options: { code: unit.code } })), listed: listed.slice(0, MAX_LISTED).map((unit) => unit.code), searched };
}

/** "C'est quoi NSY103 ?": the catalog's description of one to three units; units on a subject. */
export const unitInfoJob: ReplyJob = {
  name: "unit-info",
  // A bare code that answers another job's « quelle unité ? » is taken by that job's prompt (accepts).
  handles: { unit: "new-topic", "unit-search": "new-topic" },
  label: { fr: "Fiche d'une unité (catalogue)", en: "A unit's description (catalog)" },
  help: { fr: "présenter une unité (« c'est quoi NSY103 ? »)", en: 'describe a unit ("what is NSY103?")' },
  async reply(turn, options) {
    // A unit picked among those listed (« la deuxième »): its card.
    const picked = typeof options?.code === "string" ? options.code : undefined;
    if (turn.intent.kind === "unit-search" && !picked) {
      const { subject, situation, filters, prerequisites, authorizations, field, finder, unheld = [] } = turn.intent;
      const outcome = await searchUnits(turn, subject, { situation: situation === true, ...(filters ? { filters } : {}), withPrerequisites: prerequisites === true, withAuthorizations: authorizations === true, field: field === true, after: turn.intent.after ?? [], guessed: finder === true });
      // « cours d'anglais où y'a des places ? »: after the units, the content's general answer on what is not held (seats, fees…).
      const understanding = await turn.services.understanding();
      const general = [...new Set(unheld.map((facet) => GENERAL_ANSWER_TAG[facet]))].flatMap((tag) => (tag ? understanding.tagged(tag).slice(0, 1) : []));
      if (general.length > 0) await turn.context.sendActivity(message(general.map((entry) => localizedAnswer(entry, turn.language).text).join("\n\n"), feedbackActions(turn.language)));
      return outcome;
    }
    const intent: Extract<Intent, { kind: "unit" }> = picked ? { kind: "unit", codes: [picked], facet: "description" } : intentOf(turn, "unit");
    // The unit picked is the subject of what follows: « la 1ère » then « et le samedi ? ».
    if (picked) turn.conversation.subject = [picked];
    const { codes, facet, also = [], card, unexplained = [], answerId, passed = [] } = intent;
    const { language } = turn;
    const catalog = await turn.services.catalog();
    // « UTC501 à 505 le plus vite possible, combien de semestres ? »: the way to all the units named at once.
    // (Only units that need nothing outside them but what is passed: « combien de semestres pour RSX103 et SEC105 ? » gets each one's way.)
    // (Not with a unit that has no classes, a UA: « UTC501 et UAALOT » were « 2 UE » taking « au moins 2 semestres », then 1.)
    const several = facet === "path" ? codes.flatMap((code) => catalog.units.get(code) ?? []) : [];
    const withClasses = several.every((unit) => unit.offerings.length > 0);
    const within = new Set([...several.map((unit) => unit.code), ...passed]);
    // (A « one of » group counts when passed: the order among the units named is read from the units each requires.)
    const selfContained = several.every((unit) => unit.prerequisites.allOf.every((code) => within.has(code)) && unit.prerequisites.anyOf.every((group) => group.some((code) => passed.includes(code))));
    if (several.length >= 2 && selfContained && withClasses) {
      await turn.context.sendActivity(message(describeUnitsPath(several, passed, language), [say(unitInfoWording[language].checkAction(several[0]!.code)), ...feedbackActions(language)]));
      return { kind: "answered", answerId: "unit-info" };
    }
    // (« UTC501 et UAALOT » asked how long: the way to UTC501, as before; a UA has no semester to reach.)
    const classless = several.length >= 2 && !withClasses ? several.filter((unit) => unit.offerings.length === 0).map((unit) => unit.code) : [];
    const asked = (classless.length > 0 && classless.length < several.length ? codes.filter((code) => !classless.includes(code)) : codes).slice(0, 3);
    const units = asked.flatMap((code) => catalog.units.get(code) ?? []);
    const unknown = asked.filter((code) => !catalog.units.has(code)).map((code) => unknownUnit(code, catalog, language));
    if (units.length === 0) {
      // A code the catalog does not hold is a question left open: advisors see it in the report.
      await turn.context.sendActivity(message(unknown.join("\n\n"), [advisorAction(language)]));
      return { kind: "unanswered", question: turn.text, suggested: [] };
    }
    if (isUnheldFacet(facet)) {
      // « RSX101 : combien de crédits et qui l'enseigne ? »: what the catalog holds, then what it does not.
      if (card) await turn.context.sendActivity(message(units.map((unit) => describeUnit(unit, catalog, language)).join("\n\n")));
      return declineUnheld(turn, [facet, ...also], units);
    }
    // « NFA031 en session 2 on garde la note ? » is the content's, for every unit; « fais-moi un résumé
    // du cours NFA031 sur les boucles » is not what its description says.
    if (unexplained.length > 0 && !units.every((unit) => speaksOfUnit(unit, unexplained))) {
      const answers = turn.jobs.find((job) => job.name === "answers");
      if (answerId && answers && "reply" in answers) return answers.reply(turn, { entryId: answerId });
      return declineUnheld(turn, ["detail"], units, true);
    }
    // The units and words of this question (a message asking two questions has another unit in the other one).
    const own = turn.understood.text;
    // "NFP119 — is NFA041 mandatory before it?": of two units, one named by the other's prerequisites, whether it is one is asked.
    const relation = facet === "prerequisites" && units.length === 2 && ASKS_IF_REQUIRED.test(foldText(own)) ? prerequisiteRelation(units[0]!, units[1]!) : undefined;
    if (relation) units.splice(0, 2, relation.unit);
    const others = relation ? [relation.other] : units.length === 1 ? findUnitCodes(own).filter((code) => !codes.includes(code)) : [];
    const text = [...units.map((unit) => HELD[facet](unit, catalog, language, passed, facet === "prerequisites" || facet === "authorization" ? own : turn.text, turn.services.now(), others)), ...unknown].join("\n\n");
    // The units that follow one: the check offered is of the first that requires it, not of the unit passed.
    const checked = facet === "after" ? (unitsAfter(catalog, units[0]!.code).required[0]?.unit.code ?? units[0]!.code) : units[0]!.code;
    await turn.context.sendActivity(message(text, [say(unitInfoWording[language].checkAction(checked)), ...feedbackActions(language)]));
    return { kind: "answered", answerId: "unit-info" };
  },
};
