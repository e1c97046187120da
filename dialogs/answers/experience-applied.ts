import type { Catalog } from "../../domain/catalog/catalog";
import { DIPLOMA_LEVELS, diplomaUnits, type DiplomaLevel } from "../../domain/catalog/diploma.schema";
import { EXPERIENCE_REQUIREMENTS, experienceFit } from "../../domain/eligibility/ua-route.rule";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import { readInternshipMonths, readStatedExperience, type StatedExperience } from "../../domain/understanding/stated-experience";
import { foldText } from "../../domain/understanding/text-normalizer";
import { EXPERIENCE_REQUIRED_TAG, TO_APPLY, UA_TAG } from "../../domain/understanding/understanding";
import { diplomaKindsNamed, readDiploma } from "../common/diploma-name";
import { message } from "../common/replies";
import type { JobTurn } from "../job";
import { experienceWording } from "./answers.wording";

/** The diploma the question is about: one the catalog holds, or a kind it names that the catalog has none of. */
export interface ExperienceTarget {
  level: DiplomaLevel;
  /** The catalog's diploma (title, and the UA that counts experience), when it holds one. */
  title?: string;
  ua?: { code: string; ects: number };
  /** Whether its field is computing: then the years said in computing are the years in its field. */
  computing?: boolean;
}

/** Kinds of diploma the learner may name that the table rules although the catalog holds none of them. */
const LEVEL_WORDS: [RegExp, DiplomaLevel, RegExp?][] = [
  // The catalog may hold the UA of a kind it holds no diploma of: UAALOV, « (titre RNCP, deux ans) ».
  [/\b(titre rncp|rncp|titre professionnel|professional title|uaalov)\b/, "titre-rncp", /\brncp\b/],
  [/\b(licence complete|licence entiere|full licence|whole licence|l1 (a|to|jusqu a) (la )?l3|depuis la l1|from l1)\b/, "licence"],
  [/\b(un bac ?\+ ?2|a bac ?\+ ?2|a two year diploma|un diplome bac ?\+ ?2|niveau bac ?\+ ?2)\b/, "bac+2"],
];

/** Whether experience counts, rather than how much is needed: « mon expérience peut compter ? », "is my experience recognised?". */
const COUNTS = /\b(compter|compte|comptera|prise? en compte|valoir|valoriser|reconnue?|servir|sert|count|counts|recogni[sz]ed|credit)\b/;
/** A question about the thesis defence (the engineer's second threshold): « pour soutenir », "for the thesis". */
const DEFENCE = /\b(soutenir|soutenance|memoire|these|thesis|defen[cs]e|defend)\b/;

/**
 * Whether the UA is asked of now, in the question sentence: « Est-ce que je peux valider l'UA maintenant ? », "can I validate the UA
 * yet?" (not « j'ai déjà 43 ECTS », nor « je peux candidater dès maintenant ? », which asks of applying).
 */
function asksOfTheUaNow(text: string): boolean {
  const question = foldText(text).replace(/['’]/g, " ").split(/(?<=[.!?])\s+/).filter((sentence) => sentence.includes("?")).at(-1) ?? "";
  return NOW.test(question) && UA_SAID.test(question);
}
const NOW = /\b(maintenant|des maintenant|tout de suite|now|yet|right away)\b/;
const UA_SAID = /\b(ua|uaalot|uaalov|uaep0\d|unite d activite|activity unit|experience unit)\b/;

/** A diploma said to be in computing: « en info », « en informatique », "in IT". */
const COMPUTING_FIELD = /\b(en|d|in) (info|informatique|it|computing|computer science|developpement|reseaux?|cybersecurite)\b/;

function target(text: string, catalog: Catalog, remembered: string | undefined): ExperienceTarget | undefined {
  const folded = foldText(text).replace(/['’]/g, " ");
  for (const [pattern, level, uaTitle] of LEVEL_WORDS) {
    if (!pattern.test(folded)) continue;
    const ua = uaTitle && [...catalog.units.values()].find((unit) => unit.kind === "UA" && unit.uaType === "professional-experience" && uaTitle.test(foldText(unit.title)));
    // « un titre RNCP niveau 6 en info »: a computing one, where years in computing are years in its field.
    return { level, ...(COMPUTING_FIELD.test(folded) ? { computing: true } : {}), ...(ua ? { ua: { code: ua.code, ects: ua.ects } } : {}) };
  }
  const named = readDiploma(text, catalog);
  // The engineering degree named without its speciality: the three share one requirement.
  if (!named && diplomaKindsNamed(text).includes("ingenieur")) return { level: "ingenieur", computing: true };
  // « UAALOT il faut combien d'années d'expérience ? »: the diploma whose UA is named.
  const ofTheUa = named ? undefined : [...catalog.diplomas.values()].find((d) => diplomaUnits(d).some((unit) => catalog.units.get(unit)?.kind === "UA" && new RegExp(String.raw`\b${unit.toLowerCase()}\b`).test(folded)))?.code;
  const code = named ?? ofTheUa ?? (remembered ? readDiploma(remembered, catalog) : undefined);
  return code ? experienceGoalOf(code, catalog) : undefined;
}

/** A diploma of the catalog as the experience it asks is weighed against: its level, field and UA of professional experience. */
export function experienceGoalOf(code: string, catalog: Catalog): ExperienceTarget | undefined {
  const diploma = catalog.diplomas.get(code);
  if (!diploma) return undefined;
  const ua = diplomaUnits(diploma)
    .map((unit) => catalog.units.get(unit))
    .find((unit) => unit?.kind === "UA" && unit.uaType === "professional-experience");
  return { level: diploma.level, title: diploma.title, computing: diploma.department === "Informatique", ...(ua ? { ua: { code: ua.code, ects: ua.ects } } : {}) };
}

/** The requirement applied to the learner's case, in their language: the verdict first, then what it rests on. */
export function experienceVerdict(
  goal: ExperienceTarget,
  experience: StatedExperience | undefined,
  language: Language,
  {
    askingDefence = false,
    askingToApply = false,
    askingIfItCounts = false,
    askingNow = false,
    askingEnough = false,
    stillWorking = false,
    internshipMonths,
    unasked = false,
  }: { askingDefence?: boolean; askingToApply?: boolean; askingIfItCounts?: boolean; askingNow?: boolean; askingEnough?: boolean; stillWorking?: boolean; internshipMonths?: number; unasked?: boolean } = {},
): string {
  const w = experienceWording[language];
  // Years in computing are years in the field of a computing diploma only.
  const inField = goal.computing ? experience?.yearsInComputing : undefined;
  const requirement = EXPERIENCE_REQUIREMENTS[goal.level];
  const diploma = goal.title ?? w.level[goal.level];
  const ua = goal.ua ? w.ua(goal.ua.code, goal.ua.ects) : w.theUa;
  const need = w.need(requirement.dossier.years, requirement.dossier.yearsInField);
  const internship = requirement.internshipMonths ? w.internship(requirement.internshipMonths.min, requirement.internshipMonths.max) : "";
  // (A titre RNCP's project route asks years besides the internship — 3 outside the field: an internship alone opens it only with them.)
  const internshipEnough = requirement.internshipMonths !== undefined && internshipMonths !== undefined && internshipMonths >= requirement.internshipMonths.min && (requirement.projectYears === undefined || (experience?.years ?? 0) >= requirement.projectYears);
  // Only an internship said (« I did a 6-month internship »): the route it opens, then what the UA asks.
  // An internship shorter than the route asks is no « Oui » either: the conditions only.
  if (!experience) {
    if (!internshipEnough) return w.counts(askingIfItCounts && internshipMonths === undefined, diploma, ua, need, internship, requirement.admissionYears);
    const counts = w.counts(false, diploma, ua, need, internship, requirement.admissionYears);
    return `${w.leadByInternship} ${counts.charAt(0).toLowerCase()}${counts.slice(1)} ${w.internshipDone(internshipMonths)}`;
  }
  const fit = experienceFit(goal.level, { years: experience.years, ...(inField === undefined ? {} : { yearsInField: inField }) });
  const has = w.has(experience.years, inField);
  const dossier = w.dossier[fit.dossier](ua, need, has, internship);
  if (fit.admission && requirement.admissionYears !== undefined) {
    const admission = w.admission[fit.admission](diploma, requirement.admissionYears, has);
    // The defence comes years later: its requirement is said, not weighed, unless it is what was asked — beside applying, both.
    // (« 2 ans et demi comme technicien en cybersécurité … J'ai assez d'expérience ? »: 6 months short of the defence's 3 years, which a
    // learner at work earns during the course — it said the UA goes by the internship's project, false.)
    const gap = Math.max(requirement.dossier.years - experience.years, inField === undefined ? 0 : requirement.dossier.yearsInField - inField);
    // Only years in the field grow into the defence's: an accountant's (« 2 ans d'expérience en compta », "2 years in sales", none in
    // the field) do not, the internship's route stays theirs (it said « il vous manque 2 ans … que vous aurez normalement acquis d'ici
    // la soutenance »). The field unsaid, the gap is said on condition of working in it.
    const growing = fit.dossier === "short" && stillWorking && inField !== 0 && gap > 0 && gap <= MAX_GAP_EARNED_DURING_THE_COURSE;
    const atTheDefence = `${w.defence[fit.dossier]} ${w.forDiploma(diploma)} ${growing ? w.defenceGap(ua, need, has, w.length(gap)) : dossier}`;
    return askingDefence ? (askingToApply ? `${admission}\n${atTheDefence}` : atTheDefence) : `${admission} ${w.atTheDefence(ua, need)}`;
  }
  // A titre RNCP's project route asks for years too (3 outside the field): whether the learner's are enough.
  const project = fit.dossier === "short" && requirement.projectYears !== undefined ? ` ${w.projectYears(requirement.projectYears, experience.years >= requirement.projectYears)}` : "";
  // « 8 mois de CDD plus 6 mois de stage »: an internship as long as the project's route asks is that route, said so.
  const byInternship = fit.dossier !== "met" && internshipEnough;
  // The sources read « 1 an dans le domaine, ou un stage de 6 mois »: such an internship done is a yes, by that route.
  // « Est-ce que je peux valider l'UA maintenant ? » with 5 months in the field: not yet.
  // "I have 8 months … Is that enough experience for the licence's UA?": asked whether it is enough, short, « Not yet ».
  // (Not for years outside the field, « 10 ans en compta, c'est assez pour la licence info ? »: those do not grow into it.)
  const notYet = fit.dossier === "short" && (askingNow || (askingEnough && (inField === undefined || inField > 0 || requirement.dossier.yearsInField === 0)));
  const lead = byInternship ? w.leadByInternship : notYet ? w.notYet : w.lead[fit.dossier];
  const forDiploma = w.forDiploma(diploma);
  // (Beside a plan, where no one asked whether: the case alone, without a « Oui : ».)
  const opening = unasked ? `${forDiploma.charAt(0).toUpperCase()}${forDiploma.slice(1)}` : `${lead} ${forDiploma}`;
  return `${opening} ${dossier}${project}${byInternship ? ` ${w.internshipDone(internshipMonths)}` : ""}`;
}

/** The most years short at the defence that the years of the course, at work, are taken to bring (an engineering course lasts three). */
const MAX_GAP_EARNED_DURING_THE_COURSE = 2;

/** Asked whether the experience is enough: « c'est assez ? », « ça suffit ? », "is that enough?". */
const ENOUGH = /\b(assez|suffit|suffira|suffisant|suffisante|suffisent|enough|sufficient|suffice)\b/;

/** Said not to work now: the experience does not grow (« au chômage », « je ne travaille plus », "unemployed"). */
const NOT_WORKING_NOW =
  /\b(chomage|chomeur|chomeuse|sans emploi|sans travail|en recherche d emploi|ne travaille (plus|pas)|travaille (plus|pas)|arrete de travailler|unemployed|out of work|jobless|not working|no longer working|stopped working|don t work|do not work)\b/;

/** The turns (by their context) whose message already had the learner's experience weighed. */
const appliedIn = new WeakSet<object>();

/**
 * The answer on the experience each diploma asks for, given to a learner who names the diploma or
 * says how long they have worked (« je suis dev depuis 3 ans, mon expérience compte pour la
 * licence ? », « 2 ans technicien réseau, l'ingé cyber, j'ai assez d'expérience ? »), is first
 * applied to their case: the table alone leaves them to work it out. True when the learner's case is weighed
 * (in this reply or earlier in the same message): the page's own yes or no then answers another question.
 */
export async function experienceApplied(turn: JobTurn, entry: ContentEntry | undefined): Promise<boolean> {
  // « C'est quoi cette UA et est-ce que mon année d'alternance suffit ? »: two questions, one case; weighed once a message.
  if (appliedIn.has(turn.context)) return true;
  // The page on what a UA is, read by someone who says their own experience (« 8 mois de CDD en tant que dev,
  // comment je fais pour l'UA ? »): that experience weighed too, for the diploma named.
  if (!entry) return false;
  const experience = readStatedExperience(turn.text, turn.services.now());
  const required = entry.tags.includes(EXPERIENCE_REQUIRED_TAG);
  // A page on UAs is read with the learner's own experience too (« 8 mois de CDD en tant que dev, l'UA ? »).
  const internshipMonths = readInternshipMonths(turn.text);
  if (!required && !(entry.tags.includes(UA_TAG) && (experience !== undefined || internshipMonths !== undefined))) return false;
  const catalog = await turn.services.catalog();
  const goal = target(turn.understood.text, catalog, undefined) ?? target(turn.text, catalog, turn.conversation.diploma);
  const language = turn.language;
  if (goal) {
    const folded = foldText(turn.text);
    const words = ` ${folded.replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
    const verdict = experienceVerdict(goal, experience, language, {
      askingDefence: DEFENCE.test(folded),
      askingToApply: TO_APPLY.test(folded),
      askingIfItCounts: COUNTS.test(folded),
      askingNow: asksOfTheUaNow(turn.text),
      askingEnough: ENOUGH.test(words),
      stillWorking: !NOT_WORKING_NOW.test(words),
      ...(internshipMonths ? { internshipMonths } : {}),
    });
    await turn.context.sendActivity(message(verdict));
    appliedIn.add(turn.context);
    return true;
  }
  if (!experience || !required) return false;
  // No diploma named: what those years are enough for, diploma by diploma.
  const w = experienceWording[language];
  const enough = DIPLOMA_LEVELS.filter((level) => {
    const fit = experienceFit(level, { years: experience.years });
    return (fit.admission ?? fit.dossier) !== "short";
  }).map((level) => w.level[level]);
  const has = w.has(experience.years, undefined);
  await turn.context.sendActivity(message(w.byLevel(has, enough)));
  appliedIn.add(turn.context);
  return true;
}
