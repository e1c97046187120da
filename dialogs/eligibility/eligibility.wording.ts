import type {
  EligibilityDecision,
  EligibilityReason,
  EligibilityRule,
  NextStep,
  NextStepCode,
  OfferingSummary,
  PrerequisiteRequirement,
  SatisfiedCheck,
  SatisfiedCheckCode,
} from "../../domain/eligibility/eligibility.types";
import type { Language } from "../../domain/language/language";
import type { SaturdayHalf } from "../../domain/catalog/catalog";
import type { Modality } from "../../domain/catalog/timetable";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { belowLevelButExperienceMayDo, fallsShortOfAdvice, meetsAdvice } from "../../domain/eligibility/stated-level.rule";
import { adviceNamesSkill, COMPUTING_LEVEL, outsideCefrBounds, skillsNamedIn, type LackedSkill, type StatedBackground, type StatedLanguageLevel } from "../../domain/understanding/stated-background";
import { foldText } from "../../domain/understanding/text-normalizer";
import { catalogWording, classDuration, decimal, describeSlot, gradeOutOf20, list, readableOffering } from "../common/catalog.wording";

type ReasonOf<R extends EligibilityRule> = EligibilityReason & { rule: R };
type StepOf<S extends NextStepCode> = NextStep & { step: S };
type CheckOf<C extends SatisfiedCheckCode> = SatisfiedCheck & { check: C };
type Prerequisite = ReasonOf<"missing-prerequisite">;
type UaRouteReason = ReasonOf<"ua-route">;

interface EligibilityWords {
  askUnit: string;
  retryUnit: string;
  /** The two coming semesters, in the order they come. */
  askSemester: (first: string, second: string) => string;
  /** Said before a verdict when the semester was not asked (it did not change the answer). */
  semesterChosen: (code: string, semester: string) => string;
  /** The button to check the other coming semester. */
  otherSemester: (code: string, semester: string) => string;
  /** A semester said where units were asked for: taken, and the question asked again. */
  semesterNoted: (semester: string) => string;
  /** The months of a term, after a semester's id. */
  months: Record<"S1" | "S2", string>;
  retrySemester: string;
  nextSemesterWord: string;
  whatIfIntro: string;
  /** The visitor is asked about the unit's prerequisites by name: `required` lists them. */
  askPrerequisites: (code: string, required: string) => string;
  /** Before the prerequisites are asked: a skill the learner said lacking that the unit's level names, kept for the verdict. */
  lackNoted: (code: string, skill: string) => string;
  /** Said before the question of the first unit when several are checked: the others are answered with it. */
  checksEach: (first: string, others: string) => string;
  /** The class hours of the units checked, weighed against the hours the learner says are free. */
  hoursWeighed: (free: HoursFree, loads: readonly ClassLoad[]) => string;
  /** The prerequisites question again, when the answer was not understood: oui, non, or codes. */
  retryPrerequisites: (required: string) => string;
  /** « oui » to a requirement with a choice (one of X or Y): which ones? */
  retryPassedWhich: (codes: string) => string;
  askDiploma: string;
  retryDiploma: string;
  askExperience: string;
  retryExperience: string;
  noneWords: RegExp;
  whatIfNote: string;
  recordMissing: string;
  identityChanged: string;
  alreadyPassedWhatIf: (code: string) => string;
  reasonsTitle: string;
  /** Above the rules met, when something else blocks or is a condition. */
  metTitle: string;
  /** Above advice that neither blocks nor conditions. */
  adviceTitle: string;
  nextStepsTitle: string;
  /** One line per rule met, with its data. */
  check: { [C in SatisfiedCheckCode]: (check: CheckOf<C>) => string };
  /** A unit taught at a distance that meets on site too, for a learner who says they cannot come. */
  distanceWithGatherings: (unit: string, note: string) => string;
  /** Units the learner says they have not validated, that the unit's advised level names. */
  missingAdvised: (unit: string, missing: string, advised: string) => string;
  /** A beginner (« je ne sais pas coder ») below a level that names units: the level said not met, not the units said not validated. */
  beginnerAdvised: (unit: string, missing: string, advised: string) => string;
  /** Units the learner says they have not validated that the unit only advises taking before (not its level): no requirement. */
  missingRecommended: (unit: string, missing: string, count: number) => string;
  /** Units the advised level names, not validated, but a level « ou équivalent » the learner's years in computing may give. */
  equivalentByExperience: (unit: string, missing: string, advised: string, years: number) => string;
  /** Units the advised level names that the learner, listing the units they validated, did not list. */
  unlistedAdvised: (unit: string, missing: string, advised: string) => string;
  /** The learner's stated studies fall short of the unit's advised level (« BTS compta » for « Bac+2 informatique »). */
  backgroundShort: (unit: string, said: string, advised: string) => string;
  /** Studies said below the level of studies advised, where experience is another way in (« Bac+4 ou expérience professionnelle »). */
  dependsOnExperience: (unit: string, said: string, advised: string) => string;
  /** The same, with the years of work told: they are that experience, the teacher judges. */
  experienceMayDo: (unit: string, said: string, advised: string, years: number) => string;
  /** Studies said that meet part of a unit's advised level (the rest still to have). */
  backgroundMeets: (unit: string, said: string, advised: string) => string;
  /** Years of work said, fewer than a unit advises: advice, no rule. */
  workShort: (unit: string, advised: string, years: number) => string;
  /** Studies short of the level, but years of work in computing said, which may stand for it: the teacher judges. */
  backgroundShortButWork: (unit: string, said: string, advised: string, years: number) => string;
  /** Prerequisites not asked about, the no being settled by another: named, neither validated nor not. */
  unaskedPrerequisites: (unit: string, codes: string, count: number) => string;
  /** A learner new to computing (a beginner, or changing careers into it) before a unit expecting a computing level. */
  newToComputing: (unit: string, advised: string) => string;
  startWith: (units: string) => string;
  /** The way in order to a unit asking to program already: « NFA031, puis NFA032 ». */
  startWithThen: (first: string, then: string) => string;
  placementLevel: (unit: string, said: string, others: string) => string;
  /** A prerequisite a visitor says they validated: no grade nor semester to show, only their word. */
  statedPassed: (check: CheckOf<"prerequisite-passed">) => string;
  /** The last step of a check with conditions: enrol once they are met. */
  enrolOnceMet: (step: StepOf<"enrol">) => string;
  authorizationAction: string;
  timetableAction: (code: string) => string;
  /** The headline of a yes by the rules when the learner says they lack the advised level (see missingAdvised, backgroundShort). */
  eligibleBelowLevel: (decision: EligibilityDecision & { outcome: "eligible" }) => string;
  /** A yes by the rules to someone who says they have the level it expects (a skill it names). */
  eligibleAtLevel: (decision: EligibilityDecision & { outcome: "eligible" }) => string;
  /** The headline when only the learner's stated availability stands in the way; `level`: the advised level they say they have. */
  notWithAvailability: (decision: EligibilityDecision & { outcome: "not-eligible" }, level?: string) => string;
  /** The headline of a decision. */
  decision: { [O in EligibilityDecision["outcome"]]: (decision: EligibilityDecision & { outcome: O }) => string };
  /** One sentence per reason. */
  reason: { [R in EligibilityRule]: (reason: ReasonOf<R>) => string };
  /** The sentence of a missing prerequisite, by its status; `what` names the requirement. */
  prerequisite: { [S in Prerequisite["status"]]: (reason: Prerequisite, what: string) => string };
  /** A prerequisite a visitor did not say they passed (their record is only what they said). */
  statedNotTaken: (reason: Prerequisite, what: string) => string;
  /** The headline when only prerequisites the visitor did not mention stand in the way. */
  notWithWhatYouSaid: (decision: EligibilityDecision & { outcome: "not-eligible" }) => string;
  /** The next step then: saying it was passed runs the check again. */
  tellIfPassed: (what: string, example: string) => string;
  requirementAnyOf: (codes: string) => string;
  /** The UA route: the experience asked and what the learner reported. */
  uaRoute: {
    need: (years: number, inField: number) => string;
    has: (years: string, inField: string) => string;
    dossier: (reason: UaRouteReason, need: string, has: string) => string;
    internship: (months: string) => string;
    /** Between the shortest and the longest internship: "4 à 6 mois". */
    monthsTo: string;
    project: (reason: UaRouteReason, need: string, has: string, internship: string) => string;
  };
  clash: (offering: string, slot: string, other: string, otherSlot: string) => string;
  clashHead: (unit: string, semester: string, details: string[]) => string;
  clashFree: (offerings: string) => string;
  /** An offering the learner said they cannot follow, and why (the days, or the way it is taught). */
  misfit: (offering: string, days: string | undefined, modality: string | undefined, from?: string, saturdayHalf?: SaturdayHalf) => string;
  /** An offering not at a distance, to one who takes classes at a distance only (« depuis Lyon », « qu'à distance »). */
  misfitNotAtADistance: (offering: string) => string;
  /** The headline when the unit is not offered at a distance that semester, and the learner can only take it so. */
  notAtADistance: (decision: EligibilityDecision & { outcome: "not-eligible" }) => string;
  availabilityHead: (unit: string, semester: string, misfits: string[]) => string;
  availabilityPartial: (unit: string, semester: string, misfits: string[], suitable: string) => string;
  availabilityOtherTerms: (unit: string, terms: string) => string;
  /** One instruction per next step. */
  step: { [S in NextStepCode]: (step: StepOf<S>) => string };
}

function offerings(items: readonly OfferingSummary[], language: Language): string {
  return list(items.map((o) => readableOffering(o, language)), language, "or");
}

function terms(items: readonly ("S1" | "S2")[], language: Language): string {
  return list(items.map((t) => catalogWording[language].term[t]), language, "or");
}

function months(range: { min: number; max: number }, separator: string): string {
  return range.min === range.max ? `${range.min}` : `${range.min}${separator}${range.max}`;
}

const fr: EligibilityWords = {
  askUnit: "Pour quelle unité ? Donnez son code, par exemple NFP121.",
  retryUnit: "Je n'ai pas reconnu de code d'unité. Donnez un code comme NFP121 ou RSX101, ou dites « annuler ».",
  askSemester: (first, second) => `Pour quel semestre ? ${first} ou ${second}.`,
  months: { S1: "septembre à janvier", S2: "février à juin" },
  semesterChosen: (code, semester) => `Je regarde pour ${semester}, le prochain semestre où vous pouvez suivre ${code} :`,
  otherSemester: (code, semester) => `Puis-je m'inscrire à ${code} en ${semester} ?`,
  semesterNoted: (semester) => `Noté : je regarde pour ${semester}.`,
  retrySemester: "Répondez S1 ou S2 (ou « prochain semestre »), ou dites « annuler ».",
  nextSemesterWord: "Prochain semestre",
  whatIfIntro: "Vous n'êtes pas connecté : je fais une simulation indicative.",
  checksEach: (first, others) => `Je vérifie ${first}, puis ${others} dans la même réponse.`,
  hoursWeighed: (free, loads) => {
    const { week, total, weekly } = loadTotals(loads);
    const each = loads.map((l) => `${l.code} ${l.hours !== undefined ? `compte ${l.hours} h de cours sur le semestre` : "n'a pas de volume d'heures de référence"}${l.notOffered ? " (mais elle n'est pas proposée ce semestre-là)" : l.weeklyMinutes ? ` (${classDuration(l.weeklyMinutes)} par semaine)` : " (à distance, sans horaire fixe)"}`);
    const said = `vous dites avoir ${decimal(free.hours, "fr")} h de libres${free.per === "week" ? " par semaine" : free.per === "month" ? " par mois" : ""}`;
    // (A unit not taught that semester leaves nothing to weigh: its verdict says so.)
    const weighed = loads.some((l) => l.notOffered)
      ? ""
      : free.per === "week" && weekly
        ? ` ${loads.length > 1 ? `En tout, ${classDuration(week)} de cours par semaine : c'est` : "C'est"} ${week <= free.hours * 60 ? `dans vos ${decimal(free.hours, "fr")} h` : `plus que vos ${decimal(free.hours, "fr")} h`}.`
        : free.per === undefined && loads.length > 0
          ? `${loads.length > 1 ? ` En tout, ${total} h de cours sur le semestre` : ""}${total > free.hours ? `${loads.length > 1 ? " :" : " C'est"} plus que ${decimal(free.hours, "fr")} h si ce sont vos heures pour tout le semestre.` : loads.length > 1 ? "." : ""}`
          : "";
    return `⏱️ Côté temps, ${said} : ${list(each, "fr")}.${weighed} Le travail personnel s'y ajoute : il n'est pas compté dans ces heures.`;
  },
  lackNoted: (code, skill) => `Noté : le niveau attendu pour ${code} demande ${skill}, que vous dites ne pas avoir ; j'en tiens compte dans la réponse.`,
  askPrerequisites: (code, required) =>
    `${code} demande d'avoir validé ${required} (note d'au moins 10/20). Est-ce votre cas ? Répondez oui ou non, ou donnez les codes des unités que vous avez validées.`,
  retryPassedWhich: (codes) => `Lesquelles avez-vous validées parmi ${codes} ? Donnez leurs codes, ou « aucune ».`,
  retryPrerequisites: (required) => `Avez-vous validé ${required} ? Répondez oui ou non, ou donnez les codes des unités que vous avez validées.`,
  askDiploma: "À quel diplôme êtes-vous inscrit ? Donnez son code (par exemple LG02501A), ou « aucun ».",
  retryDiploma: "Donnez un code de diplôme comme LG02501A, ou « aucun ».",
  askExperience: "Combien d'années d'expérience professionnelle avez-vous dans le domaine du diplôme ? (un nombre, 0 si aucune)",
  retryExperience: "Donnez un nombre d'années, par exemple 2 (ou 0).",
  noneWords: /^\s*(aucune?s?|rien|non|pas encore|none|no|nothing|zero|0)\s*[.!]*\s*$/i,
  whatIfNote:
    "Simulation indicative, faite sur vos déclarations : connectez-vous pour une vérification sur votre dossier. L'inscription reste validée par le Cnam.",
  recordMissing: "Je ne trouve pas votre dossier : je fais donc une simulation indicative.",
  identityChanged: "Votre identité a changé pendant la vérification : je l'arrête par prudence. Reposez votre question si besoin.",
  alreadyPassedWhatIf: (code) =>
    `Vous indiquez avoir déjà validé ${code} : ses crédits vous restent acquis, sans limite de durée, et il n'y a pas lieu de vous y réinscrire.`,
  reasonsTitle: "Pourquoi",
  metTitle: "Déjà en règle",
  adviceTitle: "À savoir",
  nextStepsTitle: "Prochaines étapes",
  check: {
    "prerequisite-passed": (c) => `${c.prerequisite} validée avec ${gradeOutOf20(c.grade, "fr")} en ${c.semester} (prérequis de ${c.unit})`,
    "authorization-received": (c) => `autorisation de l'enseignant reçue pour ${c.semester}`,
    "registered-in-diploma": (c) => `vous êtes inscrit(e) au diplôme ${list(c.diplomas, "fr")}, qui contient ${c.unit}`,
    offered: (c) => `${c.unit} est proposée en ${c.semester} : ${offerings(c.offerings, "fr")}`,
    "no-clash": (c) => `pas de chevauchement d'horaires avec ${list(c.with, "fr")}, suivie le même semestre`,
  },
  distanceWithGatherings: (unit, note) =>
    `Attention : ${unit} est enseignée à distance, mais pas entièrement : « ${note} ». Vous dites ne pas pouvoir vous déplacer ; demandez à l'enseignant ou à un conseiller si ces séances sur place sont obligatoires.`,
  beginnerAdvised: (unit, missing, advised) =>
    `Attention : d'après ce que vous dites, vous n'avez pas encore le niveau qu'attend ${unit} (${advised}). Aucune règle ne bloque l'inscription, mais il est conseillé de valider ${missing} d'abord.`,
  missingAdvised: (unit, missing, advised) =>
    `Attention : vous dites ne pas avoir validé ${missing}, or ${unit} attend ce niveau (${advised}). Aucune règle ne bloque l'inscription, mais il est conseillé de valider ${missing} d'abord.`,
  missingRecommended: (unit, missing, count) =>
    `${missing} ${count > 1 ? "ne sont que conseillées" : "n'est que conseillée"} avant ${unit}, pas ${count > 1 ? "exigées" : "exigée"} : aucune règle ne bloque l'inscription sans ${count > 1 ? "elles" : "elle"}.`,
  equivalentByExperience: (unit, missing, advised, years) =>
    `Sans ${missing}, ${unit} accepte un niveau équivalent (${advised}) : vos ${decimal(years, "fr")} an${years >= 2 ? "s" : ""} d'expérience en informatique peuvent en tenir lieu. Aucune règle ne bloque l'inscription ; l'enseignant juge du niveau, parlez-lui de votre expérience.`,
  unlistedAdvised: (unit, missing, advised) =>
    `Vous ne citez pas ${missing} parmi les unités validées, or ${unit} attend ce niveau (${advised}) : si vous ne l'avez pas, aucune règle ne bloque l'inscription, mais il est conseillé de valider ${missing} d'abord.`,
  unaskedPrerequisites: (unit, codes, count) => `${unit} demande aussi ${codes} (note d'au moins 10/20) : vous ne m'avez pas dit si vous ${count > 1 ? "les avez validées" : "l'avez validée"}.`,
  backgroundShort: (unit, said, advised) =>
    `Attention : ${unit} attend le niveau ${advised.replace(/^niveau\s+/i, "")}, et ce que vous dites de vos études (${said}) n'y correspond pas. Aucune règle ne bloque l'inscription, mais parlez-en à l'enseignant ou à un conseiller avant de vous inscrire.`,
  dependsOnExperience: (unit, said, advised) =>
    `Cela dépend de votre expérience : ${unit} attend le niveau ${advised.replace(/^niveau\s+/i, "")} ; vos études (${said}) n'atteignent pas ce niveau, c'est donc votre expérience professionnelle qui en tiendra lieu ou non. Aucune règle ne bloque l'inscription ; parlez-en à l'enseignant ou à un conseiller.`,
  experienceMayDo: (unit, said, advised, years) =>
    `${unit} attend le niveau ${advised.replace(/^niveau\s+/i, "")} : vos études (${said}) n'atteignent pas ce niveau, mais vos ${decimal(years, "fr")} an${years >= 2 ? "s" : ""} d'expérience professionnelle peuvent en tenir lieu. Aucune règle ne bloque l'inscription ; l'enseignant juge du niveau, parlez-lui de votre expérience.`,
  backgroundMeets: (unit, said, advised) => `D'après ce que vous dites de vos études (${said}), vous avez le niveau ${advised.replace(/^niveau\s+/i, "")} qu'attend ${unit}.`,
  workShort: (unit, advised, years) => `${unit} attend aussi : ${advised.replace(/^niveau\s+/i, "")} ; vous en dites ${decimal(years, "fr")} an${years >= 2 ? "s" : ""} : c'est un conseil, pas une règle, l'enseignant peut en juger.`,
  backgroundShortButWork: (unit, said, advised, years) =>
    `${unit} attend le niveau ${advised.replace(/^niveau\s+/i, "")} : vos études (${said}) n'y correspondent pas, mais vos ${decimal(years, "fr")} an${years >= 2 ? "s" : ""} de travail en informatique peuvent en tenir lieu. Aucune règle ne bloque l'inscription ; l'enseignant juge du niveau, parlez-lui de votre expérience.`,
  startWith: (units) => `Pour débuter en informatique, le catalogue propose sans prérequis : ${units}.`,
  startWithThen: (first, then) => `Pour apprendre à programmer, commencez par ${first}, sans prérequis, puis ${then}.`,
  newToComputing: (unit, advised) =>
    `Attention : ${unit} attend le niveau ${advised.replace(/^niveau\s+/i, "")}, et vous dites débuter en informatique ou vous y reconvertir. Aucune règle ne bloque l'inscription, mais parlez-en à l'enseignant ou à un conseiller avant de vous inscrire.`,
  placementLevel: (unit, said, others) =>
    `Attention : l'accès à ${unit} se fait après un test de positionnement, et pour le niveau que vous dites avoir (${said}) le catalogue propose ${others}. Parlez-en à l'enseignant ou à un conseiller avant de vous inscrire.`,
  statedPassed: (c) => `${c.prerequisite} validée, d'après ce que vous m'avez dit (prérequis de ${c.unit})`,
  enrolOnceMet: (s) => `Une fois ces conditions remplies, inscrivez-vous à ${s.unit} pour ${s.semester}${s.offerings.length ? ` : ${offerings(s.offerings, "fr")}` : ""}.`,
  authorizationAction: "Comment obtenir l'autorisation ?",
  timetableAction: (code) => `Horaires de ${code}`,
  eligibleAtLevel: (d) => `Oui : d'après ce que vous dites, vous avez le niveau attendu (${expectedLevel(d)}), et aucun prérequis formel ne vous empêche de vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}.`,
  eligibleBelowLevel: (d) =>
    `Aucune règle ne vous empêche de vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}, mais d'après ce que vous dites, vous n'avez pas le niveau attendu (${expectedLevel(d)}) : c'est déconseillé sans en parler d'abord à l'enseignant ou à un conseiller.`,
  notWithAvailability: (d, level) =>
    `Non, pas avec vos disponibilités : ${level ? `d'après ce que vous dites, vous avez le niveau attendu (${level}), et ` : ""}aucune règle ne vous empêche de vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}, mais ses cours tombent quand vous dites ne pas pouvoir.`,
  decision: {
    "unknown-unit": (d) => `Unité ${d.code} inconnue.`,
    eligible: (d) => {
      const level = expectedLevel(d);
      return level
        ? `Oui, si vous avez le niveau attendu (${level}) : aucun prérequis formel ne vous empêche de vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}.`
        : `Oui, vous pouvez vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}.`;
    },
    conditional: (d) => `Oui, mais sous condition : vous pourrez vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester} une fois ceci réglé :`,
    "not-eligible": (d) => `Non, vous ne pouvez pas vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester} :`,
  },
  reason: {
    "unknown-unit": (r) =>
      `Je ne trouve pas l'unité ${r.code} dans le catalogue.${r.suggestions.length ? ` Vouliez-vous dire ${list(r.suggestions, "fr", "or")} ?` : ""}`,
    "semester-past": (r) => `Impossible de s'inscrire à ${r.unit} en ${r.semester} : ce semestre est passé (nous sommes en ${r.current}).`,
    "already-validated": (r) =>
      `Vous avez déjà validé ${r.unit} avec ${gradeOutOf20(r.grade, "fr")} (${r.semester}, session ${r.session}) : ses crédits sont acquis.`,
    "already-enrolled": (r) => `Vous êtes déjà inscrit(e) à ${r.unit} pour ${r.semester}.`,
    "us-outside-diplomas": (r) =>
      `${r.unit} est une unité spécifique (US) : elle n'est ouverte qu'aux inscrits de ${list(r.unitDiplomas, "fr", "or")}, et vous ne l'êtes pas.`,
    "ua-outside-diplomas": (r) =>
      `${r.unit} est une unité d'activité (UA) d'un diplôme${r.unitDiplomas.length ? ` (${list(r.unitDiplomas, "fr", "or")})` : ""} auquel vous n'êtes pas inscrit(e).`,
    "missing-prerequisite": (r) => fr.prerequisite[r.status](r, requirementText(r.requirement, "fr")),
    "level-advice": (r) => `Niveau conseillé pour ${r.unit} : ${r.text}.`,
    "recommended-units": (r) => `Il est conseillé d'avoir suivi ${list(r.codes, "fr")} avant ${r.unit}.`,
    "authorization-required": (r) =>
      `L'inscription à ${r.unit} est soumise à l'autorisation du responsable pédagogique, que vous n'avez pas encore pour ${r.semester}.`,
    "not-offered": (r) =>
      r.offeredTerms.length
        ? `${r.unit} n'est pas proposée en ${r.semester} ; elle l'est au ${terms(r.offeredTerms, "fr")}.`
        : `${r.unit} n'est programmée à aucun semestre du catalogue actuel.`,
    "timetable-clash": (r) => clashText(r, "fr"),
    "outside-availability": (r) => availabilityText(r, "fr"),
    exclusion: (r) => `${r.unit} et ${r.other} ne peuvent pas être suivies le même semestre (${r.semester}).`,
    "ua-route": (r) => uaRouteText(r, "fr"),
  },
  prerequisite: {
    pending: (r, what) =>
      `Prérequis de ${r.unit} : ${what}. Vous suivez ${awaiting(r, "fr")} en ${r.enrolledIn} : il faudra l'avoir validé (note d'au moins 10/20).`,
    "same-semester": (r, what) => `Prérequis de ${r.unit} : ${what}, qui doit être validé avant, pas suivi le même semestre (${r.enrolledIn}).`,
    failed: (r, what) => `Prérequis de ${r.unit} non validé : ${what} (meilleure note ${gradeOutOf20(r.bestGrade ?? 0, "fr")} ; il faut au moins 10/20).`,
    "not-taken": (r, what) => `Prérequis de ${r.unit} non validé : ${what}.`,
  },
  statedNotTaken: (r, what) => `Prérequis de ${r.unit} que vous ne m'avez pas dit avoir validé : ${what}.`,
  notWithWhatYouSaid: (d) => `Non, pas avec ce que vous m'avez dit : pour vous inscrire à ${d.code} (${d.unit.title}) en ${d.semester}, il manque un prérequis :`,
  tellIfPassed: (what, example) => `Si vous avez déjà validé ${what}, dites-le-moi (« j'ai validé ${example} ») : je refais la vérification.`,
  requirementAnyOf: (codes) => `l'une des UE ${codes}`,
  uaRoute: {
    need: (years, inField) => `${years} an(s) d'expérience dont ${inField} dans le domaine`,
    has: (years, inField) => `vous déclarez ${years} an(s), dont ${inField} dans le domaine`,
    dossier: (r, need, has) =>
      `Pour ${r.unit} (${r.diploma}), votre expérience suffit (${need} ; ${has}) : vous rédigerez un dossier présentant le contexte, votre position dans l'organisation, votre activité et les compétences exercées.`,
    internship: (m) => ` d'une durée de ${m} mois`,
    monthsTo: " à ",
    project: (r, need, has, internship) =>
      `Pour ${r.unit} (${r.diploma}), il faut ${need} ; ${has}. Vous conduirez donc un projet d'application professionnelle, réalisé pendant un stage en entreprise${internship}.`,
  },
  clash: (offering, slot, other, otherSlot) => `${offering} (${slot}) chevauche ${other} (${otherSlot})`,
  clashHead: (unit, semester, details) => `Conflit d'emploi du temps pour ${unit} en ${semester} : ${details.join(" ; ")}.`,
  clashFree: (free) => `Sans conflit : ${free}.`,
  misfit: (offering, days, modality, from, saturdayHalf) =>
    days || modality
      ? `${offering}, or vous dites ne pas pouvoir ${[days ? `le ${days}` : "", modality ? `suivre ${modality}` : ""].filter(Boolean).join(" ni ")}`
      : from
        ? `${offering}, or vous dites ne pouvoir être en cours qu'à partir de ${from} en semaine`
        : `${offering}, or vous dites ne pouvoir venir que le samedi ${saturdayHalf === "afternoon" ? "après-midi" : "matin"}`,
  misfitNotAtADistance: (offering) => `${offering}, pas à distance, or vous dites ne pouvoir suivre les cours qu'à distance`,
  notAtADistance: (d) =>
    `Non, pas à distance : aucune règle ne vous empêche de vous inscrire à ${d.code} (${d.unit.title}), mais elle n'est pas proposée à distance en ${d.semester}, et vous dites ne pouvoir la suivre qu'à distance.`,
  availabilityHead: (unit, semester, misfits) => `D'après vos disponibilités, ${unit} ne vous convient pas en ${semester} : ${misfits.join(" ; ")}.`,
  availabilityPartial: (unit, semester, misfits, suitable) => `Pour ${unit} en ${semester}, choisissez ${suitable} : ${misfits.join(" ; ")}.`,
  availabilityOtherTerms: (unit, terms) => `${unit} est proposée à un moment qui vous convient au ${terms}.`,
  step: {
    "check-code": (s) => (s.suggestions.length ? `Vérifiez le code : ${list(s.suggestions, "fr", "or")} ?` : "Vérifiez le code de l'unité sur sa fiche formation."),
    "choose-another-semester": (s) =>
      s.terms.length ? `Choisissez un ${terms(s.terms, "fr")} à venir pour ${s.unit}.` : `Consultez l'emploi du temps pour savoir quand ${s.unit} sera proposée.`,
    "no-action-needed": (s) => `Rien à faire pour ${s.unit}.`,
    "register-in-diploma": (s) => `Inscrivez-vous d'abord au diplôme ${list(s.diplomas, "fr", "or")}.`,
    "pass-prerequisite": (s) => `Validez ${list(s.prerequisites, "fr", "or")} (note d'au moins 10/20) avant ${s.unit}.`,
    "await-result": (s) =>
      `Attendez le résultat de ${list(s.prerequisites, "fr", "or")} (${s.semester}) : avec au moins 10/20, vous pourrez vous inscrire à ${s.unit}.`,
    "download-authorization-template": (s) =>
      s.url ? `Téléchargez le [modèle d'autorisation de ${s.unit}](${s.url}).` : `Téléchargez le modèle d'autorisation de ${s.unit} (lien sur sa fiche formation).`,
    "get-signature-via-secretariat": (s) => {
      const contact = [s.secretariat, s.email].filter(Boolean).join(", ");
      return `Contactez le secrétariat pédagogique${contact ? ` (${contact})` : ""} pour obtenir la signature de l'enseignant.`;
    },
    "enrol-once-authorized": (s) => `Inscrivez-vous à ${s.unit} pour ${s.semester} une fois l'autorisation signée : sans elle, l'inscription est impossible.`,
    "choose-offering": (s) => `Choisissez pour ${s.unit} : ${offerings(s.offerings, "fr")}.`,
    "resolve-timetable-clash": (s) => `Choisissez entre ${s.unit} et ${list(s.with, "fr")} ce semestre, ou suivez ${s.unit} à un autre semestre.`,
    "take-in-different-semester": (s) => `Suivez ${s.unit} et ${s.other} à des semestres différents.`,
    "write-experience-dossier": (s) => `Préparez le dossier de présentation de votre expérience pour ${s.unit}.`,
    "find-internship": (s) =>
      `Trouvez un stage en entreprise${s.months ? ` (${months(s.months, "-")} mois)` : ""} pour votre projet d'application professionnelle (${s.unit}).`,
    enrol: (s) => `Vous pouvez vous inscrire à ${s.unit} pour ${s.semester}${s.offerings.length ? ` : ${offerings(s.offerings, "fr")}` : ""}.`,
  },
};

const en: EligibilityWords = {
  askUnit: "Which unit? Give its code, for instance NFP121.",
  retryUnit: 'I did not recognize a unit code. Give a code such as NFP121 or RSX101, or say "cancel".',
  askSemester: (first, second) => `For which semester? ${first} or ${second}.`,
  months: { S1: "September to January", S2: "February to June" },
  semesterChosen: (code, semester) => `Here is the answer for ${semester}, the next semester in which you can take ${code}:`,
  otherSemester: (code, semester) => `Can I enrol in ${code} in ${semester}?`,
  semesterNoted: (semester) => `Noted: I am checking ${semester}.`,
  retrySemester: 'Answer S1 or S2 (or "next semester"), or say "cancel".',
  nextSemesterWord: "Next semester",
  whatIfIntro: "You are not signed in: I will run an indicative simulation.",
  checksEach: (first, others) => `I am checking ${first}, then ${others} in the same answer.`,
  hoursWeighed: (free, loads) => {
    const { week, total, weekly } = loadTotals(loads);
    const each = loads.map((l) => `${l.code} ${l.hours !== undefined ? `is ${l.hours} class hours over the semester` : "has no reference number of hours"}${l.notOffered ? " (but it is not offered that semester)" : l.weeklyMinutes ? ` (${classDuration(l.weeklyMinutes)} a week)` : " (at a distance, no set times)"}`);
    const said = `you say you have ${decimal(free.hours, "en")} free hours${free.per === "week" ? " a week" : free.per === "month" ? " a month" : ""}`;
    // (A unit not taught that semester leaves nothing to weigh: its verdict says so.)
    const weighed = loads.some((l) => l.notOffered)
      ? ""
      : free.per === "week" && weekly
        ? ` ${loads.length > 1 ? `In all, ${classDuration(week)} of classes a week: that is` : "That is"} ${week <= free.hours * 60 ? `within your ${decimal(free.hours, "en")} h` : `more than your ${decimal(free.hours, "en")} h`}.`
        : free.per === undefined && loads.length > 0
          ? `${loads.length > 1 ? ` In all, ${total} class hours over the semester` : ""}${total > free.hours ? `${loads.length > 1 ? ":" : " That is"} more than ${decimal(free.hours, "en")} h if those are your hours for the whole semester.` : loads.length > 1 ? "." : ""}`
          : "";
    return `⏱️ As for time, ${said}: ${list(each, "en")}.${weighed} Personal work comes on top: it is not counted in these hours.`;
  },
  lackNoted: (code, skill) => `Noted: the level expected for ${code} asks for ${skill}, which you say you lack; I will take it into account in the answer.`,
  askPrerequisites: (code, required) =>
    `${code} requires ${required} to be validated first (grade of at least 10/20). Is that your case? Answer yes or no, or give the codes of the units you have validated.`,
  retryPassedWhich: (codes) => `Which of ${codes} have you validated? Give their codes, or "none".`,
  retryPrerequisites: (required) => `Have you validated ${required}? Answer yes or no, or give the codes of the units you have validated.`,
  askDiploma: 'Which diploma are you registered in? Give its code (for instance LG02501A), or "none".',
  retryDiploma: 'Give a diploma code such as LG02501A, or "none".',
  askExperience: "How many years of professional experience do you have in the diploma's field? (a number, 0 if none)",
  retryExperience: "Give a number of years, for instance 2 (or 0).",
  noneWords: /^\s*(aucune?s?|rien|non|none|no|nothing|not yet|zero|0)\s*[.!]*\s*$/i,
  whatIfNote: "Indicative simulation, based on what you told me: sign in for a check against your record. Enrolment is still confirmed by the Cnam.",
  recordMissing: "I cannot find your record, so I will run an indicative simulation.",
  identityChanged: "Your identity changed during the check, so I stopped it to be safe. Ask again if needed.",
  alreadyPassedWhatIf: (code) => `You say you have already validated ${code}: its credits stay yours, with no time limit, and there is no need to enrol in it again.`,
  reasonsTitle: "Why",
  metTitle: "Already in order",
  adviceTitle: "Good to know",
  nextStepsTitle: "Next steps",
  check: {
    "prerequisite-passed": (c) => `${c.prerequisite} passed with ${gradeOutOf20(c.grade, "en")} in ${c.semester} (prerequisite of ${c.unit})`,
    "authorization-received": (c) => `the teacher's authorization received for ${c.semester}`,
    "registered-in-diploma": (c) => `you are registered in ${list(c.diplomas, "en")}, which includes ${c.unit}`,
    offered: (c) => `${c.unit} is offered in ${c.semester}: ${offerings(c.offerings, "en")}`,
    "no-clash": (c) => `no timetable overlap with ${list(c.with, "en")}, taken the same semester`,
  },
  distanceWithGatherings: (unit, note) =>
    `Careful: ${unit} is taught at a distance, but not entirely: "${note}". You say you cannot travel; ask the teacher or an advisor whether these on-site sessions are compulsory.`,
  beginnerAdvised: (unit, missing, advised) =>
    `Careful: from what you say, you do not have the level ${unit} expects yet (${advised}). No rule blocks the enrolment, but validating ${missing} first is advised.`,
  missingAdvised: (unit, missing, advised) =>
    `Careful: you say you have not validated ${missing}, and ${unit} expects that level (${advised}). No rule blocks the enrolment, but validating ${missing} first is advised.`,
  missingRecommended: (unit, missing, count) =>
    `${missing} ${count > 1 ? "are" : "is"} only advised before ${unit}, not required: no rule blocks the enrolment without ${count > 1 ? "them" : "it"}.`,
  equivalentByExperience: (unit, missing, advised, years) =>
    `Without ${missing}, ${unit} takes an equivalent level (${advised}): your ${decimal(years, "en")} year${years >= 2 ? "s" : ""} of work in computing may stand for it. No rule blocks the enrolment; the teacher judges the level, tell them about your experience.`,
  unlistedAdvised: (unit, missing, advised) =>
    `You do not name ${missing} among the units you validated, and ${unit} expects that level (${advised}): if you do not have it, no rule blocks the enrolment, but validating ${missing} first is advised.`,
  unaskedPrerequisites: (unit, codes, count) => `${unit} also requires ${codes} (a grade of at least 10/20): you have not told me whether you validated ${count > 1 ? "them" : "it"}.`,
  dependsOnExperience: (unit, said, advised) =>
    `It depends on your experience: ${unit} expects ${advised}; your studies (${said}) are below that level, so it is your professional experience that may stand for it or not. No rule blocks the enrolment; talk to the teacher or an advisor.`,
  experienceMayDo: (unit, said, advised, years) =>
    `${unit} expects ${advised}: your studies (${said}) are below that level, but your ${decimal(years, "en")} year${years >= 2 ? "s" : ""} of professional experience may stand for it. No rule blocks the enrolment; the teacher judges the level, tell them about your experience.`,
  backgroundMeets: (unit, said, advised) => `From what you say of your studies (${said}), you have the ${advised} level ${unit} expects.`,
  workShort: (unit, advised, years) => `${unit} also expects: ${advised}; you say ${decimal(years, "en")} year${years >= 2 ? "s" : ""}: that is advice, not a rule, and the teacher may judge.`,
  backgroundShort: (unit, said, advised) =>
    `Careful: ${unit} expects ${advised}, and what you say of your studies (${said}) does not match it. No rule blocks the enrolment, but talk to the teacher or an advisor before enrolling.`,
  backgroundShortButWork: (unit, said, advised, years) =>
    `${unit} expects ${advised}: your studies (${said}) do not match it, but your ${decimal(years, "en")} year${years >= 2 ? "s" : ""} of work in computing may stand for it. No rule blocks the enrolment; the teacher judges the level, tell them about your experience.`,
  startWith: (units) => `To start in computing, the catalog offers, with no prerequisite: ${units}.`,
  startWithThen: (first, then) => `To learn to program, start with ${first}, with no prerequisite, then ${then}.`,
  newToComputing: (unit, advised) =>
    `Careful: ${unit} expects ${advised}, and you say you are new to computing or moving into it. No rule blocks the enrolment, but talk to the teacher or an advisor before enrolling.`,
  placementLevel: (unit, said, others) =>
    `Careful: ${unit} is entered after a placement test, and for the level you say you have (${said}) the catalog offers ${others}. Talk to the teacher or an advisor before enrolling.`,
  statedPassed: (c) => `${c.prerequisite} validated, as you told me (prerequisite of ${c.unit})`,
  enrolOnceMet: (s) => `Once these conditions are met, enrol in ${s.unit} for ${s.semester}${s.offerings.length ? `: ${offerings(s.offerings, "en")}` : ""}.`,
  authorizationAction: "How do I get the authorization?",
  timetableAction: (code) => `Timetable of ${code}`,
  eligibleAtLevel: (d) => `Yes: from what you say, you have the expected level (${expectedLevel(d)}), and no formal prerequisite stops you from enrolling in ${d.code} (${d.unit.title}) in ${d.semester}.`,
  eligibleBelowLevel: (d) =>
    `No rule stops you from enrolling in ${d.code} (${d.unit.title}) in ${d.semester}, but from what you say you do not have the expected level (${expectedLevel(d)}): it is not advised without talking to the teacher or an advisor first.`,
  notWithAvailability: (d, level) =>
    `No, not with your availability: ${level ? `from what you say, you have the expected level (${level}), and ` : ""}no rule stops you from enrolling in ${d.code} (${d.unit.title}) in ${d.semester}, but its classes fall when you say you cannot attend.`,
  decision: {
    "unknown-unit": (d) => `Unknown unit ${d.code}.`,
    eligible: (d) => {
      const level = expectedLevel(d);
      return level
        ? `Yes, if you have the expected level (${level}): no formal prerequisite stops you from enrolling in ${d.code} (${d.unit.title}) in ${d.semester}.`
        : `Yes, you may enrol in ${d.code} (${d.unit.title}) in ${d.semester}.`;
    },
    conditional: (d) => `Yes, on a condition: you may enrol in ${d.code} (${d.unit.title}) in ${d.semester} once this is settled:`,
    "not-eligible": (d) => `No, you may not enrol in ${d.code} (${d.unit.title}) in ${d.semester}:`,
  },
  reason: {
    "unknown-unit": (r) => `I cannot find unit ${r.code} in the catalog.${r.suggestions.length ? ` Did you mean ${list(r.suggestions, "en", "or")}?` : ""}`,
    "semester-past": (r) => `You cannot enrol in ${r.unit} in ${r.semester}: that semester is over (the current one is ${r.current}).`,
    "already-validated": (r) =>
      `You have already validated ${r.unit} with ${gradeOutOf20(r.grade, "en")} (${r.semester}, session ${r.session}): its credits are yours.`,
    "already-enrolled": (r) => `You are already enrolled in ${r.unit} for ${r.semester}.`,
    "us-outside-diplomas": (r) =>
      `${r.unit} is a specific unit (US): it is open only to learners registered in ${list(r.unitDiplomas, "en", "or")}, which you are not.`,
    "ua-outside-diplomas": (r) =>
      `${r.unit} is an activity unit (UA) of a diploma${r.unitDiplomas.length ? ` (${list(r.unitDiplomas, "en", "or")})` : ""} you are not registered in.`,
    "missing-prerequisite": (r) => en.prerequisite[r.status](r, requirementText(r.requirement, "en")),
    "level-advice": (r) => `Advised level for ${r.unit}: ${r.text}.`,
    "recommended-units": (r) => `Taking ${list(r.codes, "en")} before ${r.unit} is advised.`,
    "authorization-required": (r) => `Enrolling in ${r.unit} needs the teacher's authorization, which you do not have yet for ${r.semester}.`,
    "not-offered": (r) =>
      r.offeredTerms.length
        ? `${r.unit} is not offered in ${r.semester}; it is offered in the ${terms(r.offeredTerms, "en")}.`
        : `${r.unit} is not scheduled in any semester of the current catalog.`,
    "timetable-clash": (r) => clashText(r, "en"),
    "outside-availability": (r) => availabilityText(r, "en"),
    exclusion: (r) => `${r.unit} and ${r.other} may not be taken in the same semester (${r.semester}).`,
    "ua-route": (r) => uaRouteText(r, "en"),
  },
  prerequisite: {
    pending: (r, what) =>
      `Prerequisite of ${r.unit}: ${what}. You are taking ${awaiting(r, "en")} in ${r.enrolledIn}: you will need to validate it (a grade of at least 10/20).`,
    "same-semester": (r, what) => `Prerequisite of ${r.unit}: ${what}, which must be validated first, not taken in the same semester (${r.enrolledIn}).`,
    failed: (r, what) => `Prerequisite of ${r.unit} not validated: ${what} (best grade ${gradeOutOf20(r.bestGrade ?? 0, "en")}; at least 10/20 is needed).`,
    "not-taken": (r, what) => `Prerequisite of ${r.unit} not validated: ${what}.`,
  },
  statedNotTaken: (r, what) => `Prerequisite of ${r.unit} you did not tell me you passed: ${what}.`,
  notWithWhatYouSaid: (d) => `No, not with what you told me: to enrol in ${d.code} (${d.unit.title}) in ${d.semester}, a prerequisite is missing:`,
  tellIfPassed: (what, example) => `If you have already passed ${what}, tell me ("I passed ${example}") and I will check again.`,
  requirementAnyOf: (codes) => `one of ${codes}`,
  uaRoute: {
    need: (years, inField) => `${years} year(s) of experience, ${inField} of them in the field`,
    has: (years, inField) => `you report ${years} year(s), ${inField} in the field`,
    dossier: (r, need, has) =>
      `For ${r.unit} (${r.diploma}) your experience is enough (${need}; ${has}): you will write a dossier presenting the context, your position in the organisation, your activity and the skills it used.`,
    internship: (m) => ` of ${m} months`,
    monthsTo: " to ",
    project: (r, need, has, internship) =>
      `For ${r.unit} (${r.diploma}) you need ${need}; ${has}. You will therefore carry out a professional application project during an internship${internship}.`,
  },
  clash: (offering, slot, other, otherSlot) => `${offering} (${slot}) overlaps ${other} (${otherSlot})`,
  misfit: (offering, days, modality, from, saturdayHalf) =>
    days || modality
      ? `${offering}, and you say you cannot ${[days ? `attend on ${days}` : "", modality ? `follow ${modality}` : ""].filter(Boolean).join(" or ")}`
      : from
        ? `${offering}, and you say you can only be in class from ${from} on weekdays`
        : `${offering}, and you say you can only come on Saturday ${saturdayHalf === "afternoon" ? "afternoons" : "mornings"}`,
  misfitNotAtADistance: (offering) => `${offering}, not at a distance, and you say you can only take classes at a distance`,
  notAtADistance: (d) =>
    `No, not at a distance: no rule stops you from enrolling in ${d.code} (${d.unit.title}), but it is not offered at a distance in ${d.semester}, and you say you can only take it at a distance.`,
  availabilityHead: (unit, semester, misfits) => `From what you say of when you can attend, ${unit} does not suit you in ${semester}: ${misfits.join("; ")}.`,
  availabilityPartial: (unit, semester, misfits, suitable) => `For ${unit} in ${semester}, choose ${suitable}: ${misfits.join("; ")}.`,
  availabilityOtherTerms: (unit, terms) => `${unit} is offered at a time that suits you in the ${terms}.`,
  clashHead: (unit, semester, details) => `Timetable clash for ${unit} in ${semester}: ${details.join("; ")}.`,
  clashFree: (free) => `Free of clashes: ${free}.`,
  step: {
    "check-code": (s) => (s.suggestions.length ? `Check the code: ${list(s.suggestions, "en", "or")}?` : "Check the unit's code on its course page."),
    "choose-another-semester": (s) =>
      s.terms.length ? `Choose a coming ${terms(s.terms, "en")} for ${s.unit}.` : `Check the timetable to see when ${s.unit} will be offered.`,
    "no-action-needed": (s) => `Nothing to do for ${s.unit}.`,
    "register-in-diploma": (s) => `Register in the diploma ${list(s.diplomas, "en", "or")} first.`,
    "pass-prerequisite": (s) => `Validate ${list(s.prerequisites, "en", "or")} (a grade of at least 10/20) before ${s.unit}.`,
    "await-result": (s) =>
      `Wait for your result in ${list(s.prerequisites, "en", "or")} (${s.semester}): with at least 10/20 you may enrol in ${s.unit}.`,
    "download-authorization-template": (s) =>
      s.url ? `Download the [authorization form of ${s.unit}](${s.url}).` : `Download the authorization form of ${s.unit} (linked from its course page).`,
    "get-signature-via-secretariat": (s) => {
      const contact = [s.secretariat, s.email].filter(Boolean).join(", ");
      return `Contact the teaching secretariat${contact ? ` (${contact})` : ""} to get the teacher's signature.`;
    },
    "enrol-once-authorized": (s) => `Enrol in ${s.unit} for ${s.semester} once the authorization is signed: without it you cannot enrol.`,
    "choose-offering": (s) => `For ${s.unit}, choose ${offerings(s.offerings, "en")}.`,
    "resolve-timetable-clash": (s) => `Choose between ${s.unit} and ${list(s.with, "en")} this semester, or take ${s.unit} in another semester.`,
    "take-in-different-semester": (s) => `Take ${s.unit} and ${s.other} in different semesters.`,
    "write-experience-dossier": (s) => `Prepare the dossier presenting your experience for ${s.unit}.`,
    "find-internship": (s) => `Find an internship${s.months ? ` (${months(s.months, "-")} months)` : ""} for your professional application project (${s.unit}).`,
    enrol: (s) => `You may enrol in ${s.unit} for ${s.semester}${s.offerings.length ? `: ${offerings(s.offerings, "en")}` : ""}.`,
  },
};

export const eligibilityWording: Record<Language, EligibilityWords> = { fr, en };

/**
 * The level a unit expects, when its catalog entry states one: not a rule the enrolment checks, yet a
 * plain « oui » would mislead someone who does not have it, so a yes says it is theirs to judge.
 */
function expectedLevel(decision: EligibilityDecision): string | undefined {
  const levels = decision.reasons.flatMap((r) => (r.rule === "level-advice" ? [r.text] : []));
  return levels.length ? levels.join(" ; ") : undefined;
}

/**
 * « Sauter NFA032 pour NFP119 » : the units the learner says they have not validated that the unit's
 * advised level or advised units name, said before the verdict (undefined when there are none).
 */
export function missingAdvisedText(decision: EligibilityDecision, missing: readonly string[], language: Language, said: "missingAdvised" | "unlistedAdvised" | "beginnerAdvised" = "missingAdvised"): string | undefined {
  const advised = decision.reasons.flatMap((r) =>
    r.rule === "level-advice" ? [{ text: r.text, codes: namedIn(r.text, missing) }]
    : r.rule === "recommended-units" ? [{ text: list(r.codes, language), codes: missing.filter((code) => r.codes.includes(code)) }]
    : [],
  ).filter((a) => a.codes.length > 0);
  if (advised.length === 0) return undefined;
  const codes = [...new Set(advised.flatMap((a) => a.codes))];
  // « NFP119 sans avoir fait NFA040 et NFA041 ? »: units only advised before, not named by the level, are no level lacked.
  const onlyRecommended = said !== "unlistedAdvised" && !decision.reasons.some((r) => r.rule === "level-advice" && namedIn(r.text, missing).length > 0);
  if (onlyRecommended) return eligibilityWording[language].missingRecommended(decision.code, list(codes, language), codes.length);
  return eligibilityWording[language][said](decision.code, list(codes, language), advised.map((a) => a.text).join(" ; "));
}

/** What a visitor said of themselves: units not validated (not done, failed), units listed as validated, their studies. */
/** Hours the learner says are free for studying, a week's or a month's when said. */
export interface HoursFree {
  hours: number;
  per?: "week" | "month";
}

/** A unit's class hours (its credits' reference) and, when it meets at set times in the semester checked, its weekly class time. */
export interface ClassLoad {
  code: string;
  hours?: number;
  weeklyMinutes?: number;
  /** Not taught in the semester weighed: its hours are said, not weighed (it was said « à distance, sans horaire fixe »). */
  notOffered?: true;
}

/** The weekly class time of the units that meet at set times, their class hours in all, and whether any meets at set times. */
function loadTotals(loads: readonly ClassLoad[]): { week: number; total: number; weekly: boolean } {
  return {
    week: loads.reduce((sum, l) => sum + (l.weeklyMinutes ?? 0), 0),
    total: loads.reduce((sum, l) => sum + (l.hours ?? 0), 0),
    weekly: loads.some((l) => l.weeklyMinutes !== undefined),
  };
}

export interface VisitorSaid {
  notValidated: readonly string[];
  /** Of those, the units a beginner is taken not to have validated (the level's), not said by name. */
  notValidatedAsBeginner?: readonly string[];
  listed: readonly string[];
  background?: StatedBackground;
  /** Years of work in computing the visitor says: a level « ou équivalent » they may hold by it. */
  yearsInComputing?: number;
  /** Years of work, in any field, the visitor says: an advised « 2 ans d'expérience » they may hold. */
  yearsOfWork?: number;
  /** Years of experience the visitor says, a job named or not. */
  experienceYears?: number;
  /** Skills the visitor says they lack (« jamais écrit une ligne de C »). */
  lackedSkills?: readonly LackedSkill[];
  /** Skills the visitor says they have (« j'ai fait du C à la fac »). */
  knownSkills?: readonly string[];
  /** New to computing (« jamais fait d'info », a career change with no studies in it). */
  newToComputing?: boolean;
  /** Where one new to computing may start instead (NFA031), said after the warning. */
  startingUnits?: readonly { code: string; title: string }[];
  /** The starting units are a way in order (NFA031, then NFA032), not a choice. */
  startingInOrder?: boolean;
  /** A language level the visitor says is theirs, and the catalog's units whose advised level holds it. */
  languageLevel?: StatedLanguageLevel;
  levelUnits?: readonly { code: string; title: string; advice: string }[];
}

/** What the learner says of the level a unit expects: lacking it, or having every skill it names. */
export type LevelSaid = "below" | "met";

/**
 * What a visitor says, weighed against a decision's advised level, said before the verdict: units they
 * lack that the level names, studies that fall short of it, and — when they listed the units they
 * validated — the level's units they did not list (« si vous ne l'avez pas »). `level`: « below » when they
 * said they lack it, so a yes by the rules is headlined as a warning; « met » when they said they have every
 * skill it names, so the yes is not said on condition of it.
 */

export function visitorCautions(decision: EligibilityDecision, said: VisitorSaid, language: Language): { lines: string[]; level?: LevelSaid } {
  if (decision.outcome === "unknown-unit") return { lines: [] };
  // « Je n'ai jamais écrit une ligne de C » for a unit whose level says « connaître le langage C ».
  const skills = (said.lackedSkills ?? []).flatMap(({ skill }) =>
    decision.reasons.flatMap((r) => (r.rule === "level-advice" && adviceNamesSkill(r.text, skill) ? [eligibilityWording[language].backgroundShort(decision.code, `${language === "fr" ? "pas de" : "no"} ${skillName(skill)}`, r.text)] : [])),
  );
  // « Jamais fait d'info » (or a career change into it) for a unit that expects « Bac+2 informatique ».
  // « dev java depuis 5 ans, je peux zapper NFA031 ? »: a level that takes an equivalent may be held by work in the field.
  const byExperience = said.yearsInComputing ? equivalentByExperienceText(decision, said.notValidated, said.yearsInComputing, language) : undefined;
  // « je ne sais pas coder, je peux faire NFP119 ? »: the level's units were not named, the level is said not met.
  const asBeginner = said.notValidatedAsBeginner ?? [];
  const namedNotValidated = said.notValidated.filter((code) => !asBeginner.includes(code));
  const beginnerOnly = asBeginner.length > 0 && !decision.reasons.some((r) => r.rule === "level-advice" && namedIn(r.text, namedNotValidated).length > 0);
  const missing = byExperience ? undefined : missingAdvisedText(decision, said.notValidated, language, beginnerOnly ? "beginnerAdvised" : "missingAdvised");
  // « dev Python depuis 4 ans … sans diplôme en info » for « Bac+2 informatique, savoir déjà programmer »: the studies fall short,
  // the work may stand for them — no « not the expected level » (set 56's `false`).
  const worked = (said.yearsInComputing ?? 0) >= YEARS_OF_WORK_FOR_A_LEVEL ? said.yearsInComputing : undefined;
  const shortStudies = backgroundShortText(decision, said.background, language);
  const background = worked === undefined ? shortStudies : undefined;
  const studiesButWork = worked !== undefined && shortStudies !== undefined ? backgroundShortButWorkText(decision, said.background!, worked, language) : undefined;
  // (Studies said that fall short already say the level is not met: where to start is said after them.)
  const computing = !missing && said.newToComputing ? newToComputingText(decision, said, language, { warned: background !== undefined }) : undefined;
  const lacking = [missing, background, computing, ...skills, ...languageLevelCautions(decision, said, language)].filter((line) => line !== undefined);
  const named = decision.reasons.flatMap((r) => (r.rule === "level-advice" ? findUnitCodes(r.text) : []));
  const unlisted = said.listed.length === 0 ? [] : named.filter((code) => !said.listed.includes(code) && !said.notValidated.includes(code) && code !== decision.code);
  const unlistedLine = unlisted.length ? missingAdvisedText(decision, unlisted, language, "unlistedAdvised") : undefined;
  // « nfp119 sans avoir fait nfa040 ? »: a unit only advised before (not named by the level) is said missing, but the level
  // expected (« niveau NFA031 et NFA032 ») is not said lacking for it.
  const levelNamesMissing = decision.reasons.some((r) => r.rule === "level-advice" && namedIn(r.text, said.notValidated).length > 0);
  const belowLevel = lacking.some((line) => line !== missing) || (missing !== undefined && levelNamesMissing);
  // "yes, I did C at university" for a unit whose level says « connaître le langage C »: the level said met.
  // Every skill the level names, not one of them (« J'ai fait du Java » for « un langage avancé (Java), l'algorithmique et la programmation objet »).
  const known = said.knownSkills ?? [];
  const advised = decision.reasons.filter((r) => r.rule === "level-advice");
  // « j'ai un BTS SIO » for « premier cycle informatique validé », a BTS for « Bac+2 »: a level of studies the studies said meet.
  const metByStudies = said.background && !belowLevel ? advised.filter((r) => meetsAdvice(said.background!, r.text)) : [];
  // (Not a level that names studies too, « Bac+2 informatique, savoir déjà programmer … »: skills do not say the studies.)
  const metBySkills = (text: string) => {
    const named = skillsNamedIn(text);
    return known.length > 0 && named.length > 0 && named.every((skill) => known.includes(skill)) && !STUDIES_IN_ADVICE.test(foldText(text).replace(/['’]/g, " "));
  };
  // « vendeur depuis 10 ans » for « 2 ans d'expérience professionnelle souhaitables »: the years said hold it.
  const metByWork = (text: string) => {
    const asked = YEARS_OF_EXPERIENCE_ADVISED.exec(foldText(text).replace(/['’]/g, " "));
    return asked !== null && (said.yearsOfWork ?? 0) >= Number(asked[1]);
  };
  const met = !belowLevel && advised.length > 0 && advised.every((r) => metBySkills(r.text) || metByStudies.includes(r) || metByWork(r.text));
  const level: LevelSaid | undefined = belowLevel ? "below" : met ? "met" : undefined;
  // (Only part of it met, « Bac+2 » of « Bac+2 ; 2 ans d'expérience souhaitables »: that part said, the verdict still on condition.)
  // « j'ai juste le bac » for « Bac+4 ou expérience professionnelle »: it depends on the experience (it said « Oui, si vous avez le niveau »
  // alone).
  // (Years of work told, « un bac+2 mais 8 ans comme chef d'équipe », are that experience: said to stand for the level, no « cela dépend ».)
  // (« un BTS et 10 ans comme responsable d'agence » for « Bac+4 ou expérience professionnelle »: those years may stand for the level,
  // said so; it said only « Oui, si vous avez le niveau attendu », again after the background was told.)
  const yearsTold = said.yearsOfWork ?? said.experienceYears;
  const byExperienceOnly = said.background && !belowLevel ? advised.filter((r) => belowLevelButExperienceMayDo(said.background!, r.text)) : [];
  const experienceText = byExperienceOnly.map((r) => r.text).join(" ; ");
  const dependsLine =
    byExperienceOnly.length === 0
      ? undefined
      : yearsTold === undefined
        ? eligibilityWording[language].dependsOnExperience(decision.code, said.background!.said, experienceText)
        : yearsTold >= YEARS_OF_WORK_FOR_A_LEVEL
          ? eligibilityWording[language].experienceMayDo(decision.code, said.background!.said, experienceText, yearsTold)
          : undefined;
  const studiesMeet = !met && metByStudies.length > 0 ? eligibilityWording[language].backgroundMeets(decision.code, said.background!.said, metByStudies.map((r) => r.text).join(" ; ")) : undefined;
  // (« 1 an d'expérience » for « 2 ans d'expérience souhaitables »: the years said, below those advised.)
  const workShort = said.yearsOfWork !== undefined && !met ? advised.find((r) => YEARS_OF_EXPERIENCE_ADVISED.test(foldText(r.text).replace(/['’]/g, " ")) && !metByWork(r.text)) : undefined;
  const workLine = workShort ? eligibilityWording[language].workShort(decision.code, workShort.text, said.yearsOfWork!) : undefined;
  return { lines: [...(byExperience ? [byExperience] : []), ...(studiesButWork ? [studiesButWork] : []), ...(dependsLine ? [dependsLine] : []), ...(studiesMeet ? [studiesMeet] : []), ...(workLine ? [workLine] : []), ...lacking, ...(unlistedLine ? [unlistedLine] : [])], ...(level ? { level } : {}) };
}

/** A level of studies named in an advised level: « Bac+2 », « L2 », « licence », « BTS », « premier cycle ». */
const STUDIES_IN_ADVICE = /\b(bac ?\+ ?\d|l[123]|licence|bts|dut|but|master|premier cycle|deuxieme cycle)\b/;

/** An advised level of years of work: « 2 ans d'expérience professionnelle souhaitables », "2 years of professional experience". */
const YEARS_OF_EXPERIENCE_ADVISED = /^\s*(\d{1,2}) (?:ans?|years?) (?:d experience|of (?:professional |work )?experience)\b/;

/** Years of work in computing that may stand for a level of studies the learner does not hold. */
const YEARS_OF_WORK_FOR_A_LEVEL = 2;

/** The advised levels the stated studies fall short of, said with the years of work in computing that may stand for them. */
function backgroundShortButWorkText(decision: EligibilityDecision, background: StatedBackground, years: number, language: Language): string | undefined {
  const short = decision.reasons.flatMap((r) => (r.rule === "level-advice" && fallsShortOfAdvice(background, r.text, { underWayCounts: true }) ? [r.text] : []));
  return short.length ? eligibilityWording[language].backgroundShortButWork(decision.code, background.said, short.join(" ; "), years) : undefined;
}

/** The units of `codes` an advised level names (« niveau NFA031 et NFA032 »). */
function namedIn(advice: string, codes: readonly string[]): string[] {
  const upper = advice.toUpperCase();
  return codes.filter((code) => upper.includes(code));
}

/** An advised level said as a level of the units it names: « niveau NFA031 et NFA032 », "NFA031 level". */
const A_LEVEL = /\b(niveau|level)\b/i;
/** An advised level that says another way to hold it: « niveau NFA031 ou équivalent », "or equivalent". */
const OR_EQUIVALENT = /\b(ou|or)( un| an)? (niveau )?(equivalent|équivalent)/i;

/**
 * Units not validated that an advised level names « ou équivalent », said of someone who tells years of
 * work in computing: that work may be the equivalent level, which the teacher judges — no « not the level ».
 */
function equivalentByExperienceText(decision: EligibilityDecision, notValidated: readonly string[], years: number, language: Language): string | undefined {
  // (« niveau NFA031 et NFA032 » is a level too: what those units teach, which work in the field may have taught.)
  const levels = decision.reasons.flatMap((r) => (r.rule === "level-advice" && (OR_EQUIVALENT.test(r.text) || A_LEVEL.test(r.text)) && namedIn(r.text, notValidated).length > 0 ? [r.text] : []));
  if (levels.length === 0) return undefined;
  const codes = namedIn(levels.join(" "), notValidated);
  return eligibilityWording[language].equivalentByExperience(decision.code, list(codes, language), levels.join(" ; "), years);
}

/**
 * « J'ai un BTS compta » for a unit that expects « Bac+2 informatique »: the advised levels the
 * learner's stated studies fall short of, said before the verdict (undefined when none, or unknown).
 */
export function backgroundShortText(decision: EligibilityDecision, background: StatedBackground | undefined, language: Language): string | undefined {
  if (!background) return undefined;
  const short = decision.reasons.flatMap((r) => (r.rule === "level-advice" && fallsShortOfAdvice(background, r.text, { underWayCounts: true }) ? [r.text] : []));
  return short.length ? eligibilityWording[language].backgroundShort(decision.code, background.said, short.join(" ; ")) : undefined;
}

/** The advised levels in computing of a decision, weighed against someone new to it. */
function newToComputingText(decision: EligibilityDecision, said: VisitorSaid, language: Language, { warned }: { warned: boolean }): string | undefined {
  // A level with another way to meet it (« L2 informatique ou mathématiques ») may be theirs.
  const levels = decision.reasons.flatMap((r) => {
    if (r.rule !== "level-advice") return [];
    const folded = foldText(r.text).replace(/['’]/g, " ");
    // (« niveau NFA031 ou équivalent » is no other way for a beginner: they hold neither.)
    return COMPUTING_LEVEL.test(folded) && !/\b(ou|or)\b(?! (un |an )?(niveau |level )?equivalent)/.test(folded) ? [r.text] : [];
  });
  if (!levels.length) return undefined;
  const start = (said.startingUnits ?? []).filter((unit) => unit.code !== decision.code).map((unit) => `${unit.code} (${unit.title})`);
  const w = eligibilityWording[language];
  const startLine = start.length === 0 ? undefined : said.startingInOrder && start.length === 2 ? w.startWithThen(start[0]!, start[1]!) : w.startWith(list(start, language));
  const lines = [...(warned ? [] : [w.newToComputing(decision.code, levels.join(" ; "))]), ...(startLine ? [startLine] : [])];
  return lines.length ? lines.join(" ") : undefined;
}

/**
 * « Niveau A1 en anglais » for a unit whose level says « inférieur à A2 » or « B1 » and which does not
 * hold it; for a unit placed by a test (« test de positionnement »), the catalog's units whose level
 * does hold it (ANG100 for an A1), when there are.
 */
function languageLevelCautions(decision: EligibilityDecision, said: VisitorSaid, language: Language): string[] {
  const stated = said.languageLevel;
  if (!stated) return [];
  const w = eligibilityWording[language];
  return decision.reasons.flatMap((r) => {
    if (r.rule !== "level-advice") return [];
    if (outsideCefrBounds(stated.level, r.text)) return [w.backgroundShort(decision.code, stated.said, r.text)];
    const others = (said.levelUnits ?? []).filter((unit) => unit.code !== decision.code);
    if (!/\b(positionnement|placement)\b/i.test(r.text) || others.length === 0) return [];
    return [w.placementLevel(decision.code, stated.said, list(others.map((unit) => `${unit.code} (${unit.title}, ${unit.advice})`), language))];
  });
}

/**
 * The prerequisites of a unit named for a visitor's question: « UTC505 », « UTC502, UTC505 et l'une
 * des UE RSX101 ou RSX102 ». Empty when the unit has none.
 */
export function requiredUnitsText(prerequisites: { allOf: readonly string[]; anyOf: readonly (readonly string[])[] }, language: Language): string {
  const parts = [
    ...prerequisites.allOf,
    ...prerequisites.anyOf.map((codes) => requirementText({ kind: "any-of", codes }, language)),
  ];
  return list(parts, language, "and");
}

function requirementText(requirement: PrerequisiteRequirement, language: Language): string {
  return requirement.kind === "all-of" ? requirement.code : eligibilityWording[language].requirementAnyOf(list(requirement.codes, language, "or"));
}

function awaiting(reason: Prerequisite, language: Language): string {
  return list(reason.awaiting ?? (reason.requirement.kind === "all-of" ? [reason.requirement.code] : []), language, "and");
}

/** A way of taking classes, as the object of « suivre » / "follow". */
const MODALITY_FOLLOWED: Record<Language, Record<Modality, string>> = {
  fr: { evening: "de cours du soir", saturday: "de cours le samedi", "blocked-days": "de journées bloquées", distance: "de cours à distance", hybrid: "de cours hybrides" },
  en: { evening: "evening classes", saturday: "Saturday classes", "blocked-days": "blocked days", distance: "classes at a distance", hybrid: "hybrid classes" },
};

function availabilityText(reason: ReasonOf<"outside-availability">, language: Language): string {
  const w = eligibilityWording[language];
  const c = catalogWording[language];
  const misfits = reason.misfits.map((m) =>
    m.onlyAtADistance && m.days.length === 0
      ? w.misfitNotAtADistance(readableOffering(m.offering, language))
      : w.misfit(
          readableOffering(m.offering, language),
          m.days.length ? list(m.days.map((d) => (language === "en" ? `${c.days[d]}s` : c.days[d])), language, "or") : undefined,
          m.modality ? MODALITY_FOLLOWED[language][m.modality] : undefined,
          m.from ? catalogWording[language].time(m.from) : undefined,
          m.saturdayHalf,
        ),
  );
  if (reason.suitable.length) return w.availabilityPartial(reason.unit, reason.semester, misfits, offerings(reason.suitable, language));
  const head = w.availabilityHead(reason.unit, reason.semester, misfits);
  return reason.suitableTerms.length ? `${head} ${w.availabilityOtherTerms(reason.unit, terms(reason.suitableTerms, language))}` : head;
}

function clashText(reason: ReasonOf<"timetable-clash">, language: Language): string {
  const w = eligibilityWording[language];
  const details = reason.clashes.map((c) => w.clash(c.offering, describeSlot(c.slot, language), c.with, describeSlot(c.otherSlot, language)));
  const head = w.clashHead(reason.unit, reason.semester, details);
  return reason.freeOfferings.length ? `${head} ${w.clashFree(offerings(reason.freeOfferings, language))}` : head;
}

function uaRouteText(reason: UaRouteReason, language: Language): string {
  const w = eligibilityWording[language].uaRoute;
  const need = w.need(reason.requirement.dossier.years, reason.requirement.dossier.yearsInField);
  const has = w.has(decimal(reason.experience.years, language), decimal(reason.experience.yearsInField, language));
  if (reason.route === "experience-dossier") return w.dossier(reason, need, has);
  const range = reason.requirement.internshipMonths;
  return w.project(reason, need, has, range ? w.internship(months(range, w.monthsTo)) : "");
}

/** One sentence per reason. */
export function describeReason(reason: EligibilityReason, language: Language): string {
  return (eligibilityWording[language].reason[reason.rule] as (r: EligibilityReason) => string)(reason);
}

/** One instruction per next step; enrolling reads differently when conditions come first. */
export function describeNextStep(step: NextStep, language: Language, outcome?: EligibilityDecision["outcome"]): string {
  if (step.step === "enrol" && outcome === "conditional") return eligibilityWording[language].enrolOnceMet(step);
  return (eligibilityWording[language].step[step.step] as (s: NextStep) => string)(step);
}

/** One line per rule met. */
export function describeCheck(check: SatisfiedCheck, language: Language, whatIf = false): string {
  if (whatIf && check.check === "prerequisite-passed") return eligibilityWording[language].statedPassed(check);
  return (eligibilityWording[language].check[check.check] as (c: SatisfiedCheck) => string)(check);
}

/** The headline of a decision. */
export function describeDecision(decision: EligibilityDecision, language: Language, level?: LevelSaid): string {
  // No rule but the learner's own availability stands in the way: not a « vous ne pouvez pas vous inscrire ».
  const blockers = decision.reasons.filter((r) => r.severity === "blocker");
  if (decision.outcome === "not-eligible" && blockers.every((r) => r.rule === "outside-availability")) {
    // « je peux suivre NFP121 depuis Lyon ? »: not offered at a distance, not « ses cours tombent quand vous dites ne pas pouvoir ».
    const notAtADistance = blockers.every((r) => r.rule === "outside-availability" && r.misfits.every((m) => m.onlyAtADistance && m.days.length === 0));
    if (notAtADistance) return eligibilityWording[language].notAtADistance(decision as EligibilityDecision & { outcome: "not-eligible" });
    // (« je suis en L2 de maths … serveuse le lundi soir » for UTC501: the level she asked about is hers, the evening is not.)
    return eligibilityWording[language].notWithAvailability(decision as EligibilityDecision & { outcome: "not-eligible" }, level === "met" ? expectedLevel(decision) : undefined);
  }
  if (level === "below" && decision.outcome === "eligible" && expectedLevel(decision)) return eligibilityWording[language].eligibleBelowLevel(decision as EligibilityDecision & { outcome: "eligible" });
  if (level === "met" && decision.outcome === "eligible" && expectedLevel(decision)) return eligibilityWording[language].eligibleAtLevel(decision as EligibilityDecision & { outcome: "eligible" });
  return (eligibilityWording[language].decision[decision.outcome] as (d: EligibilityDecision) => string)(decision);
}

/** A skill as written: « C », « C++ », « SQL », « Java », « programmation ». */
function skillName(skill: string): string {
  return skill.length <= 3 || skill === "c++" ? skill.toUpperCase() : /^(java|python|javascript|linux)$/.test(skill) ? skill.charAt(0).toUpperCase() + skill.slice(1) : skill;
}

/**
 * A visitor's check (their record is only what they said): a prerequisite not said passed is said so, not « non validé », and
 * saying it was passed is offered as the next step. Undefined for other reasons, and for a prerequisite said not passed.
 */
export function statedPrerequisite(reason: EligibilityReason, language: Language, saidNotPassed: readonly string[] = []): { line: string; step: string } | undefined {
  if (reason.rule !== "missing-prerequisite" || reason.status !== "not-taken") return undefined;
  const w = eligibilityWording[language];
  const what = requirementText(reason.requirement, language);
  if (findUnitCodes(what).some((code) => saidNotPassed.includes(code))) return undefined;
  const example = findUnitCodes(what)[0] ?? what;
  return { line: w.statedNotTaken(reason, what), step: w.tellIfPassed(what, example) };
}
