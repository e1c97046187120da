import type { CreditHoursReference, CreditsForHours, HoursCheck, HoursForCredits, UnitsForHours } from "../../domain/credit-hours/credit-hours.rule";
import { CREDIT_HOURS_TABLE, TOLERANCE_PERCENT } from "../../domain/credit-hours/credit-hours.rule";
import type { Language } from "../../domain/language/language";
import type { Comparison, Pace } from "../../domain/understanding/intent.recognizer";
import type { UnitsAtAPace } from "../../domain/planning/units-at-a-pace.rule";
import { catalogWording, decimal } from "../common/catalog.wording";

type Of<T extends { kind: string }, K extends T["kind"]> = T & { kind: K };

/**
 * « 42 ECTS à 12 par an »: 3,5 years of credits, said to one decimal (« environ » when rounded), before the academic years they
 * span — a year is begun whole.
 */
function yearsSaid(years: number, language: "fr" | "en"): string {
  const rounded = Math.round(years * 10) / 10;
  return rounded === years ? decimal(rounded, language) : `${language === "fr" ? "environ" : "about"} ${decimal(rounded, language)}`;
}

/** One reading of a pace: the credits each period (of units of `unitEcts` when only their number was said), and the periods it takes. */
export interface PaceWay {
  credits: number;
  unitEcts?: number;
  periods: number;
  /** Units left for the last period when it is not a full one (a pace counted in units). */
  lastUnits?: number;
}

interface CreditHoursWords {
  ask: string;
  retry: string;
  unitHours: (code: string, title: string, hoursText: string) => string;
  /** A unit's credits, asked as such, with its hours after when it has class hours. */
  unitCredits: (code: string, title: string, ects: number, hoursText: string) => string;
  /** A UA has no class hours: what stands for them. */
  noClassHours: string;
  /** Several units: their total hours, and their credits. */
  unitsTotal: (hours: number, range: string, ects: number) => string;
  /** A total no unit carries, made of units of one value (« 2 UE de 6 ECTS = 100 h »). */
  totalCredits: (ects: number, ways: string[], hours: string) => string;
  /** Units of one or more sizes and their hours: « 2 UE de 6 ECTS = 100 h », « 1 UE de 8 ECTS + 1 UE de 6 ECTS = 115 h ». */
  way: (parts: readonly { count: number; ects: number }[], hours: number) => string;
  /** Hours said as a budget: the most credits they hold, and the ways to reach them. */
  withinHours: (hours: string, ects: number, ways: string[]) => string;
  /** How many units of some credits a budget of hours holds, each at its reference hours. */
  unitsInHours: (hours: string, ects: number, reference: number, count: number) => string;
  /** Units weighed against hours as a budget: the yes or no, the sum, and the margin of ±10 % when it matters. */
  budgetCheck: (yes: boolean, fits: boolean, parts: string, total: number, range: string, budget: string, ects: number) => string;
  budgetMargin: (max: string) => string;
  /** The learner's weekly time over the weeks they said (« 4 h × 15 semaines = 60 h »), then what fits in it, personal work on top. */
  weeklyTime: (hours: string, weeks: number, total: string, within: string) => string;
  /** The learner's weekly time, no weeks said: the weeks each unit's class hours take of it. */
  weeksPerUnit: (hours: string, units: readonly { ects: number; hours: number; weeks: number }[]) => string;
  /** Named units taken a few a semester: the semesters at the least, and whether the catalog's terms allow it. */
  unitsAtAPace: (count: number, perSemester: number, paced: UnitsAtAPace) => string;
  /** The units named that fit the budget together, when all of them do not. */
  whatFits: (budget: string, ways: readonly string[]) => string;
  /** Options weighed each against the budget (« NFA031 ou NFA008 ? »): how many fit, then each, then together. */
  optionsInBudget: (fitting: number, count: number, budget: string) => string;
  optionsTogether: (count: number, fits: boolean, hours: number, ects: number, budget: string) => string;
  /** Two amounts compared (« 6 ECTS c'est pareil que deux UE de 3 ? »): the yes or no, then each side's reference hours. */
  comparison: (compared: Compared) => string;
  /** A unit said by its credits in a sum: « une UE de 3 ECTS (30 h) ». */
  unitOfCredits: (count: number, ects: number, hours: number) => string;
  /** « 65 h en tout à bosser pour 8 ECTS ? »: the hours are class hours; personal work is on top. */
  notAllTheWork: (ects: number, hours: string, range: string) => string;
  /** After the class hours of a workload asked: personal work comes on top. */
  personalWorkOnTop: string;
  hoursRange: (low: number, high: number) => string;
  /** « 2 UE de 6 ECTS par semestre, combien de semestres pour 36 ECTS ? »: the periods it takes, and what it assumes. */
  pace: (pace: Pace, ways: readonly PaceWay[]) => string;
  tableHead: string;
  tableLine: (ref: CreditHoursReference, range: string) => string;
  notANumber: string;
  notPossible: (value: string) => string;
  hoursForCredits: {
    reference: (answer: Of<HoursForCredits, "reference">, range: string) => string;
    noReference: (ects: string) => string;
  };
  creditsForHours: {
    reference: (answer: Of<CreditsForHours, "reference">, hours: string, range: string) => string;
    between: (hours: string, below: string, belowRange: string, above: string, aboveRange: string) => string;
    noReference: (hours: string, position: "below-table" | "above-table") => string;
    /** Hours of several units: « 100 h, c'est environ 2 UE de 6 ECTS ». */
    units: (hours: string, units: UnitsForHours) => string;
  };
  hoursCheck: {
    noReference: (ects: string, hours: string) => string;
    plausible: (answer: Of<HoursCheck, "plausible" | "implausible">, hours: string, range: string) => string;
    implausible: (answer: Of<HoursCheck, "plausible" | "implausible">, hours: string, range: string, deviation: string) => string;
    /** « C'est une erreur ? » of hours within the range, and of hours outside it. */
    noMistake: (answer: Of<HoursCheck, "plausible" | "implausible">, hours: string, range: string) => string;
    mayBeMistake: (answer: Of<HoursCheck, "plausible" | "implausible">, hours: string, range: string, deviation: string, matching: number | undefined) => string;
    matching: (ects: number) => string;
  };
}

/** A side of a comparison: units of some credits, their reference hours in all and the range of ±10 %. */
export interface ComparedSide {
  count: number;
  ects: number;
  hoursEach: number;
  hours: number;
  min: number;
  max: number;
}

/** Two amounts of units compared on their reference hours. */
interface Compared {
  compare: Comparison;
  holds: boolean;
  first: ComparedSide;
  second: ComparedSide;
}

/** « 2 UE de 3 ECTS = 2 × 30 h = 60 h (54-66 h) », "a 6-ECTS unit = 50 h (45-55 h)". */
function sideSaid({ count, ects, hoursEach, hours, min, max }: ComparedSide, language: Language): string {
  const units = language === "fr" ? (count > 1 ? `${count} UE de ${ects} ECTS` : `une UE de ${ects} ECTS`) : count > 1 ? `${count} units of ${ects} ECTS` : `one ${ects}-ECTS unit`;
  return `${units} = ${count > 1 ? `${count} × ${hoursEach} h = ` : ""}${hours} h (${decimal(min, language)}-${decimal(max, language)} h)`;
}

/** Wording of the credit-hours conversation and answers, French first. */
export const creditHoursWording: Record<Language, CreditHoursWords> = {
  fr: {
    ask: "Combien de crédits ECTS ? (ou indiquez un nombre d'heures, par exemple « 50 h »)",
    retry: "Indiquez un nombre de crédits ECTS (par exemple 6) ou d'heures (par exemple 50 h).",
    unitHours: (code, title, hoursText) => `${code} — ${title} : ${hoursText}`,
    unitCredits: (code, title, ects, hoursText) => `${code} — ${title} : ${ects} ECTS.${hoursText ? ` ${hoursText}` : ""}`,
    noClassHours: "C'est une UA (unité d'activité) : elle n'a pas d'heures de cours.",
    unitsTotal: (hours, range, ects) => `Au total : ${hours} heures de cours de référence (${range}), hors travail personnel, pour ${ects} ECTS.`,
    budgetCheck: (yes, fits, parts, total, range, budget, ects) =>
      `${yes ? "Oui" : "Non"} : ${parts} = ${total} heures de cours de référence (${range}) pour ${ects} ECTS, ${fits ? "dans vos" : "au-delà de vos"} ${budget} h (hors travail personnel).`,
    budgetMargin: (max) => `Chaque volume peut varier de ±10 % : jusqu'à ${max} h dans le pire des cas. Le volume exact de chaque UE figure sur sa fiche ou à l'emploi du temps.`,
    whatFits: (budget, ways) => `Ce qui tient dans vos ${budget} h : ${ways.join(" ; ")}.`,
    unitsAtAPace: (count, perSemester, { least, sequence, eitherStart, oneTermOnly, notOffered }) => {
      const span = (n: number) => `${n} semestre${n > 1 ? "s" : ""}${n > 1 ? ` (${halfYears(n, "fr")}, à deux semestres par an)` : ""}`;
      const apart = notOffered.length > 0 ? ` sans ${notOffered.map((unit) => unit.code).join(", ")} (voir plus bas),` : "";
      const head = `À ${perSemester === 1 ? "une UE" : `${perSemester} UE`} par semestre,${apart} ${count === 1 ? "1 UE demande" : `${count} UE demandent`} ${span(least)}, si ${count === 1 ? "elle" : "chacune"} est ouverte au semestre où vous la prenez.`;
      const order = sequence.map((semester, i) => `${i + 1}. ${catalogWording.fr.term[semester.term]} : ${semester.codes.join(", ") || "aucune"}`).join("\n");
      const start = eitherStart ? "en commençant en septembre comme en février" : sequence[0]?.term === "S1" ? "en commençant en septembre" : "en commençant en février";
      const only = oneTermOnly.length > 0 ? ` ${oneTermOnly.map(({ code, term }) => `${code} n'est proposée qu'au ${term === "S1" ? "premier" : "second"} semestre`).join(", ")}.` : "";
      const missing = notOffered.map(({ code, activity }) => `\n${code} : ${activity ? "unité d'activité (UA), elle n'a pas de cours, donc pas de semestre où la suivre" : "aucun semestre de cours au catalogue"} (laissée de côté du décompte).`).join("");
      const verdict =
        sequence.length === least
          ? `D'après le catalogue, c'est le cas ${start} :${only}`
          : `D'après le catalogue, ce n'est pas possible : les semestres où elles sont proposées et leurs prérequis en demandent ${sequence.length}.${only}`;
      return `${head}\n${verdict}\n${order}${missing}\nLes semestres de cours sont ceux du catalogue : vérifiez-les à l'inscription.`;
    },
    weeklyTime: (hours, weeks, total, within) =>
      `${hours} h par semaine × ${weeks} semaines = ${total} h sur le semestre.\n${within}\nAttention : ces ${total} h seraient toutes des heures de cours. Le travail personnel (lectures, exercices, révisions) s'y ajoute : si vos ${hours} h par semaine doivent tout couvrir, visez plutôt moins.`,
    weeksPerUnit: (hours, units) =>
      `À ${hours} h par semaine, les heures de cours de référence d'une UE prennent : ${units.map((unit) => `${unit.ects} ECTS (${unit.hours} h), ${unit.weeks} semaine${unit.weeks > 1 ? "s" : ""}`).join(" ; ")}. Je n'ai pas de nombre officiel de semaines de cours par semestre (le premier va de septembre à janvier, le second de février à juin) : comptez celles de votre semestre pour voir combien d'UE y tiennent. Le travail personnel (lectures, exercices, révisions) s'ajoute à ces heures de cours.`,
    optionsInBudget: (fitting, count, budget) =>
      fitting === count
        ? `${count === 2 ? "Les deux options tiennent" : `Les ${count} options tiennent`} chacune dans vos ${budget} h :`
        : fitting === 0
          ? `Aucune des ${count === 2 ? "deux" : count} options ne tient dans vos ${budget} h :`
          : `${fitting === 1 ? "Une seule" : fitting} des ${count === 2 ? "deux" : count} options ${fitting === 1 ? "tient" : "tiennent"} dans vos ${budget} h :`,
    optionsTogether: (count, fits, hours, ects, budget) => `${count === 2 ? "Les deux ensemble" : "Toutes ensemble"} : ${hours} h pour ${ects} ECTS, ${fits ? "dans vos" : "au-delà de vos"} ${budget} h.`,
    comparison: ({ compare, holds, first, second }) => {
      if (compare === "same-credits") {
        const [a, b] = [first.count * first.ects, second.count * second.ects];
        return `${holds ? `Oui : ${a} ECTS dans les deux cas` : `Non : ${a} ECTS contre ${b}`}, et ce sont les crédits qu'un diplôme compte. Les heures de cours ${first.hours === second.hours ? "sont les mêmes" : "diffèrent"} : ${sideSaid(first, "fr")}, contre ${sideSaid(second, "fr")}, en heures de cours de référence (±10 %), hors travail personnel.`;
      }
      const credits = first.count * first.ects === second.count * second.ects ? ` Les crédits sont les mêmes (${first.count * first.ects} ECTS), pas les heures : le barème n'est pas proportionnel aux crédits.` : "";
      const gap = first.hours === second.hours ? "le même volume" : `${Math.abs(first.hours - second.hours)} h ${first.hours < second.hours ? "de moins" : "de plus"} pour la première`;
      return `${holds ? "Oui" : "Non"} : ${sideSaid(first, "fr")}, contre ${sideSaid(second, "fr")}, en heures de cours de référence (±10 %), hors travail personnel : ${gap}.${credits}`;
    },
    unitOfCredits: (count, ects, hours) => `${count > 1 ? `${count} UE` : "une UE"} de ${ects} ECTS (${hours} h)`,
    totalCredits: (ects, ways, hours) =>
      `${ects} ECTS, ce n'est pas la valeur d'une UE mais un total d'UE : par exemple ${ways.join(", ")}. Soit de l'ordre de ${hours} de cours, hors temps de travail personnel (les UE ont 2, 3, 4, 6 ou 8 ECTS).`,
    way: (parts, hours) => `${parts.map(({ count, ects }) => `${count} UE de ${ects} ECTS`).join(" + ")} = ${hours} h`,
    unitsInHours: (hours, ects, reference, count) =>
      count === 0
        ? `Aucune : une UE de ${ects} ECTS compte à elle seule ${reference} h de cours de référence (±10 %), plus que vos ${hours} h.`
        : `Avec ${hours} h : ${count} UE de ${ects} ECTS, soit ${count * reference} h de cours de référence (±10 %) et ${count * ects} ECTS, hors temps de travail personnel (une UE de ${ects} ECTS compte ${reference} h).`,
    withinHours: (hours, ects, ways) =>
      `Avec ${hours} h de cours au plus : ${ects} ECTS (${ways.join(", ou ")}), en comptant chaque UE à ses heures de référence. Davantage de crédits dépasseraient ${hours} h de référence (les volumes varient de ±10 %, et le travail personnel s'y ajoute).`,
    personalWorkOnTop: "Le travail personnel (lectures, exercices, révisions) s'y ajoute : je n'ai pas de chiffre officiel pour ce temps.",
    notAllTheWork: (ects, hours, range) =>
      `Non : ${hours} h, ce sont les heures de cours d'une UE de ${ects} ECTS (plage ${range}), hors temps de travail personnel. Le travail personnel (lectures, exercices, révisions) s'y ajoute.`,
    pace: ({ target, per, ects, units, held, goal, inUnits, unsaid }, ways) => {
      const each = per === "semester" ? "semestre" : "an";
      const span = (n: number) => (per === "semester" ? `${n} semestre${n > 1 ? "s" : ""}${n > 1 ? ` (${halfYears(n, "fr")}, à deux semestres par an)` : ""}` : `${n} an${n > 1 ? "s" : ""}`);
      const left = held !== undefined && goal !== undefined ? `Avec ${held} ECTS déjà acquis, il en reste ${target} pour ${goal}. ` : "";
      const head = unsaid
        ? `Le temps dépend de votre rythme : ${ways.map((way) => `à ${way.credits} ECTS par semestre, ${span(way.periods)}`).join(" ; ")}.`
        : inUnits
        ? `À ${units} UE par ${each}, ${target} UE demandent ${span(ways[0]!.periods)}${ways[0]!.lastUnits !== undefined ? `, la dernière période avec ${ways[0]!.lastUnits} UE` : ""}.`
        : ects !== undefined
          ? per === "year" && target % ects !== 0 && target > ects
            ? `À ${ects} ECTS par an, ${target} ECTS demandent ${yearsSaid(target / ects, "fr")} ans : ${ways[0]!.periods} années universitaires, la dernière avec ${target % ects} ECTS. ${ways[0]!.periods - 1} an${ways[0]!.periods > 2 ? "s" : ""} n'en donne${ways[0]!.periods > 2 ? "nt" : ""} que ${(ways[0]!.periods - 1) * ects}.`
            : `À ${ects} ECTS par ${each}, ${target} ECTS demandent ${span(ways[0]!.periods)}.`
          : `À ${units} UE par ${each}, cela dépend de leurs crédits : ${ways.map((way) => `avec des UE de ${way.unitEcts} ECTS (${way.credits} ECTS par ${each}), ${span(way.periods)}`).join(" ; ")}.`;
      return `${left}${head}\nCela suppose de trouver ${per === "semester" ? "chaque semestre" : "chaque année"} des UE qui vous conviennent : certaines ne sont proposées qu'un semestre par an, et leurs prérequis imposent un ordre. Pour un diplôme, « planifier mes semestres » donne le chemin réel, semestre par semestre.`;
    },
    hoursRange: (low, high) => `${low} à ${high} h`,
    tableHead: `Volumes horaires de référence (±${TOLERANCE_PERCENT} %, hors temps de travail personnel) :`,
    tableLine: (ref, range) => `- ${ref.ects} ECTS : ${ref.hours} h (${range})`,
    notANumber: "Je n'ai pas compris ce nombre.",
    notPossible: (value) => `${value} n'est pas une valeur possible ici.`,
    hoursForCredits: {
      reference: (a, range) =>
        `Une UE de ${a.ects} ECTS correspond à ${a.reference.hours} heures de cours de référence (±${TOLERANCE_PERCENT} %, soit ${range}), hors temps de travail personnel.`,
      noReference: (ects) => `Il n'existe pas de volume horaire de référence pour ${ects} ECTS ; voici le barème officiel.`,
    },
    creditsForHours: {
      reference: (a, hours, range) => `${hours} h de cours correspondent à une UE de ${a.reference.ects} ECTS (référence ${a.reference.hours} h, plage ${range}).`,
      between: (hours, below, belowRange, above, aboveRange) =>
        `${hours} h tombent entre deux références : au-dessus de ${below} ECTS (${belowRange}) et en dessous de ${above} ECTS (${aboveRange}).`,
      noReference: (hours, position) =>
        `Aucune référence ne correspond à ${hours} h (${position === "below-table" ? "moins que la plus petite" : "plus que la plus grande"}) ; voici le barème officiel.`,
      units: (hours, u) =>
        `${hours} h, c'est plus qu'une UE : environ ${u.count} UE de ${u.reference.ects} ECTS (${u.count} × ${u.reference.hours} h), soit ${u.ects} ECTS${u.minEcts !== u.maxEcts ? ` ; selon la taille des UE, de ${u.minEcts} à ${u.maxEcts} ECTS (des UE d'une même taille dont les heures de référence font ${hours} h à ±10 % près)` : ""}. Le barème officiel, par UE :`,
    },
    hoursCheck: {
      noReference: (ects, hours) => `Il n'existe pas de volume horaire de référence pour ${ects} ECTS, je ne peux donc pas juger ${hours} h.`,
      plausible: (a, hours, range) =>
        `Oui : ${hours} h de cours sont dans la plage de ${a.ects} ECTS (${range}, référence ${a.reference.hours} h). Ce sont des heures d'enseignement : le travail personnel s'y ajoute.`,
      implausible: (a, hours, range, deviation) =>
        `Non : pour ${a.ects} ECTS, la référence est ${a.reference.hours} h (${range}) ; ${hours} h s'en écartent de ${deviation} %.`,
      matching: (ects) => ` Ce volume correspond plutôt à ${ects} ECTS.`,
      noMistake: (a, hours, range) =>
        `Rien d'anormal : ${hours} h de cours sont dans la plage de référence de ${a.ects} ECTS (${range}, référence ${a.reference.hours} h). Ce sont des heures d'enseignement : le travail personnel s'y ajoute.`,
      mayBeMistake: (a, hours, range, deviation, matching) =>
        `${hours} h, c'est hors de la plage de référence de ${a.ects} ECTS (${range}, référence ${a.reference.hours} h) : un écart de ${deviation} %${matching !== undefined ? `, le volume d'une UE de ${matching} ECTS` : ""}. Je ne peux pas dire si c'est une erreur : vérifiez les crédits et le volume horaire sur la fiche de l'unité, ou demandez à son secrétariat pédagogique.`,
    },
  },
  en: {
    ask: 'How many ECTS credits? (or give a number of hours, for instance "50 h")',
    retry: "Give a number of ECTS credits (for instance 6) or of hours (for instance 50 h).",
    unitHours: (code, title, hoursText) => `${code} — ${title}: ${hoursText}`,
    unitCredits: (code, title, ects, hoursText) => `${code} — ${title}: ${ects} ECTS.${hoursText ? ` ${hoursText}` : ""}`,
    noClassHours: "It is a UA (activity unit): it has no class hours.",
    unitsTotal: (hours, range, ects) => `In total: ${hours} reference class hours (${range}), personal work excluded, for ${ects} ECTS.`,
    budgetCheck: (yes, fits, parts, total, range, budget, ects) =>
      `${yes ? "Yes" : "No"}: ${parts} = ${total} reference class hours (${range}) for ${ects} ECTS, ${fits ? "within your" : "over your"} ${budget} h (personal work excluded).`,
    budgetMargin: (max) => `Each volume may vary by ±10 %: up to ${max} h at worst. Each unit's exact volume is on its page or in the timetable.`,
    whatFits: (budget, ways) => `What fits within your ${budget} h: ${ways.join("; ")}.`,
    unitsAtAPace: (count, perSemester, { least, sequence, eitherStart, oneTermOnly, notOffered }) => {
      const span = (n: number) => `${n} semester${n > 1 ? "s" : ""}${n > 1 ? ` (${halfYears(n, "en")}, at two semesters a year)` : ""}`;
      const apart = notOffered.length > 0 ? ` without ${notOffered.map((unit) => unit.code).join(", ")} (see below),` : "";
      const head = `At ${perSemester === 1 ? "one unit" : `${perSemester} units`} a semester,${apart} ${count === 1 ? "1 unit takes" : `${count} units take`} ${span(least)}, if ${count === 1 ? "it is" : "each is"} open in the semester you take it.`;
      const order = sequence.map((semester, i) => `${i + 1}. ${catalogWording.en.term[semester.term]}: ${semester.codes.join(", ") || "none"}`).join("\n");
      const start = eitherStart ? "starting in September or in February" : sequence[0]?.term === "S1" ? "starting in September" : "starting in February";
      const only = oneTermOnly.length > 0 ? ` ${oneTermOnly.map(({ code, term }) => `${code} is offered in the ${term === "S1" ? "first" : "second"} semester only`).join(", ")}.` : "";
      const missing = notOffered.map(({ code, activity }) => `\n${code}: ${activity ? "an activity unit (UA), it has no classes, so no semester to take it in" : "no semester of classes in the catalog"} (left out of the count).`).join("");
      const verdict =
        sequence.length === least
          ? `According to the catalog, that holds ${start}:${only}`
          : `According to the catalog, it does not: the semesters they are offered in and their prerequisites take ${sequence.length}.${only}`;
      return `${head}\n${verdict}\n${order}${missing}\nThe semesters are the catalog's: check them when you enrol.`;
    },
    weeklyTime: (hours, weeks, total, within) =>
      `${hours} h a week × ${weeks} weeks = ${total} h over the semester.\n${within}\nNote: these ${total} h would all be class hours. Personal work (reading, exercises, revision) comes on top: if your ${hours} h a week must cover everything, aim for less.`,
    weeksPerUnit: (hours, units) =>
      `At ${hours} h a week, a unit's reference class hours take: ${units.map((unit) => `${unit.ects} ECTS (${unit.hours} h), ${unit.weeks} week${unit.weeks > 1 ? "s" : ""}`).join("; ")}. I have no official number of teaching weeks per semester (the first runs from September to January, the second from February to June): count those of your semester to see how many units fit. Personal work (reading, exercises, revision) comes on top of these class hours.`,
    optionsInBudget: (fitting, count, budget) =>
      fitting === count
        ? `${count === 2 ? "Both options fit" : `All ${count} options fit`} within your ${budget} h, each on its own:`
        : fitting === 0
          ? `None of the ${count === 2 ? "two" : count} options fits within your ${budget} h:`
          : `${fitting === 1 ? "Only one" : fitting} of the ${count === 2 ? "two" : count} options ${fitting === 1 ? "fits" : "fit"} within your ${budget} h:`,
    optionsTogether: (count, fits, hours, ects, budget) => `${count === 2 ? "Both together" : "All together"}: ${hours} h for ${ects} ECTS, ${fits ? "within your" : "over your"} ${budget} h.`,
    comparison: ({ compare, holds, first, second }) => {
      if (compare === "same-credits") {
        const [a, b] = [first.count * first.ects, second.count * second.ects];
        return `${holds ? `Yes: ${a} ECTS either way` : `No: ${a} ECTS against ${b}`}, and credits are what a diploma counts. The class hours ${first.hours === second.hours ? "are the same" : "differ"}: ${sideSaid(first, "en")}, against ${sideSaid(second, "en")}, in reference class hours (±10 %), personal work excluded.`;
      }
      const credits = first.count * first.ects === second.count * second.ects ? ` The credits are the same (${first.count * first.ects} ECTS), the hours are not: the table is not proportional to credits.` : "";
      const gap = first.hours === second.hours ? "the same volume" : `${Math.abs(first.hours - second.hours)} h ${first.hours < second.hours ? "fewer" : "more"} for the first`;
      return `${holds ? "Yes" : "No"}: ${sideSaid(first, "en")}, against ${sideSaid(second, "en")}, in reference class hours (±10 %), personal work excluded: ${gap}.${credits}`;
    },
    unitOfCredits: (count, ects, hours) => `${count > 1 ? `${count} units` : "a unit"} of ${ects} ECTS (${hours} h)`,
    totalCredits: (ects, ways, hours) =>
      `${ects} ECTS is not a unit's value but a total of units: for instance ${ways.join(", ")}. That is about ${hours} of classes, personal work excluded (units carry 2, 3, 4, 6 or 8 ECTS).`,
    way: (parts, hours) => `${parts.map(({ count, ects }) => `${count} unit${count > 1 ? "s" : ""} of ${ects} ECTS`).join(" + ")} = ${hours} h`,
    unitsInHours: (hours, ects, reference, count) =>
      count === 0
        ? `None: one ${ects}-ECTS unit alone counts ${reference} reference class hours (±10 %), more than your ${hours} h.`
        : `With ${hours} h: ${count} unit${count > 1 ? "s" : ""} of ${ects} ECTS, that is ${count * reference} reference class hours (±10 %) and ${count * ects} ECTS, personal work excluded (${ects === 8 ? "an" : "a"} ${ects}-ECTS unit counts ${reference} h).`,
    withinHours: (hours, ects, ways) =>
      `With at most ${hours} class hours: ${ects} ECTS (${ways.join(", or ")}), counting each unit at its reference hours. More credits would go over ${hours} reference hours (volumes vary by ±10 %, and personal work comes on top).`,
    personalWorkOnTop: "Personal study (reading, exercises, revision) comes on top: I have no official figure for that time.",
    notAllTheWork: (ects, hours, range) =>
      `No: ${hours} h are the class hours of a ${ects}-ECTS unit (range ${range}), personal work excluded. Personal study (reading, exercises, revision) comes on top.`,
    pace: ({ target, per, ects, units, held, goal, inUnits, unsaid }, ways) => {
      const each = per === "semester" ? "semester" : "year";
      const span = (n: number) => (per === "semester" ? `${n} semester${n > 1 ? "s" : ""}${n > 1 ? ` (${halfYears(n, "en")}, at two semesters a year)` : ""}` : `${n} year${n > 1 ? "s" : ""}`);
      const left = held !== undefined && goal !== undefined ? `With ${held} ECTS already earned, ${target} are left for ${goal}. ` : "";
      const head = unsaid
        ? `The time depends on your pace: ${ways.map((way) => `at ${way.credits} ECTS a semester, ${span(way.periods)}`).join("; ")}.`
        : inUnits
        ? `At ${units} unit${units! > 1 ? "s" : ""} a ${each}, ${target} unit${target > 1 ? "s" : ""} take ${span(ways[0]!.periods)}${ways[0]!.lastUnits !== undefined ? `, the last one with ${ways[0]!.lastUnits}` : ""}.`
        : ects !== undefined
          ? per === "year" && target % ects !== 0 && target > ects
            ? `At ${ects} ECTS a year, ${target} ECTS take ${yearsSaid(target / ects, "en")} years: ${ways[0]!.periods} academic years, the last one with ${target % ects} ECTS. ${ways[0]!.periods - 1} year${ways[0]!.periods > 2 ? "s" : ""} give${ways[0]!.periods > 2 ? "" : "s"} only ${(ways[0]!.periods - 1) * ects}.`
            : `At ${ects} ECTS a ${each}, ${target} ECTS take ${span(ways[0]!.periods)}.`
          : `At ${units} unit${units! > 1 ? "s" : ""} a ${each}, it depends on their credits: ${ways.map((way) => `with ${way.unitEcts}-ECTS units (${way.credits} ECTS a ${each}), ${span(way.periods)}`).join("; ")}.`;
      return `${left}${head}\nThis assumes you find units that suit you every ${each}: some are offered only one semester a year, and their prerequisites set an order. For a diploma, "plan my semesters" gives the real path, semester by semester.`;
    },
    hoursRange: (low, high) => `${low} to ${high} h`,
    tableHead: `Reference class hours (±${TOLERANCE_PERCENT} %, personal work excluded):`,
    tableLine: (ref, range) => `- ${ref.ects} ECTS : ${ref.hours} h (${range})`,
    notANumber: "I did not understand that number.",
    notPossible: (value) => `${value} is not a possible value here.`,
    hoursForCredits: {
      reference: (a, range) =>
        `${/^(8|11|18|80)\b/.test(String(a.ects)) ? "An" : "A"} ${a.ects}-ECTS unit matches ${a.reference.hours} reference class hours (±${TOLERANCE_PERCENT} %, i.e. ${range}), personal work excluded.`,
      noReference: (ects) => `There is no reference volume for ${ects} ECTS; here is the official table.`,
    },
    creditsForHours: {
      reference: (a, hours, range) => `${hours} class hours match a ${a.reference.ects}-ECTS unit (reference ${a.reference.hours} h, range ${range}).`,
      between: (hours, below, belowRange, above, aboveRange) =>
        `${hours} h fall between two references: above ${below} ECTS (${belowRange}) and below ${above} ECTS (${aboveRange}).`,
      noReference: (hours, position) =>
        `No reference matches ${hours} h (${position === "below-table" ? "less than the smallest" : "more than the largest"}); here is the official table.`,
      units: (hours, u) =>
        `${hours} h is more than one unit: about ${u.count} units of ${u.reference.ects} ECTS (${u.count} × ${u.reference.hours} h), that is ${u.ects} ECTS${u.minEcts !== u.maxEcts ? `; depending on the units' size, ${u.minEcts} to ${u.maxEcts} ECTS (units of one size whose reference hours come to ${hours} h within ±10 %)` : ""}. The official table, per unit:`,
    },
    hoursCheck: {
      noReference: (ects, hours) => `There is no reference volume for ${ects} ECTS, so I cannot judge ${hours} h.`,
      plausible: (a, hours, range) =>
        `Yes: ${hours} h of classes is within the range for ${a.ects} ECTS (${range}, reference ${a.reference.hours} h). These are teaching hours: personal study comes on top.`,
      implausible: (a, hours, range, deviation) => `No: for ${a.ects} ECTS the reference is ${a.reference.hours} h (${range}); ${hours} h is ${deviation} % off.`,
      matching: (ects) => ` That volume matches ${ects} ECTS instead.`,
      noMistake: (a, hours, range) =>
        `Nothing unusual: ${hours} h of classes is within the reference range for ${a.ects} ECTS (${range}, reference ${a.reference.hours} h). These are teaching hours: personal study comes on top.`,
      mayBeMistake: (a, hours, range, deviation, matching) =>
        `${hours} h is outside the reference range for ${a.ects} ECTS (${range}, reference ${a.reference.hours} h): a gap of ${deviation} %${matching !== undefined ? `, the volume of a ${matching}-ECTS unit` : ""}. I cannot tell whether it is a mistake: check the credits and hours on the unit's page, or ask its teaching secretariat.`,
    },
  },
};

function range(ref: CreditHoursReference, language: Language): string {
  return `${decimal(ref.min, language)}-${decimal(ref.max, language)} h`;
}

/** The reference table, one line per credit value. */
export function describeCreditHoursTable(language: Language, table: readonly CreditHoursReference[] = CREDIT_HOURS_TABLE): string {
  const w = creditHoursWording[language];
  return [w.tableHead, ...table.map((ref) => w.tableLine(ref, range(ref, language)))].join("\n");
}

function invalid(value: number, reason: "not-a-number" | "negative" | "zero", language: Language): string {
  const w = creditHoursWording[language];
  return reason === "not-a-number" ? w.notANumber : w.notPossible(decimal(value, language));
}

/** Wording of hoursForCredits (credit-hour table): the reference and its range, or the table when there is none. */
export function describeHoursForCredits(answer: HoursForCredits, language: Language): string {
  const w = creditHoursWording[language].hoursForCredits;
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "reference":
      return w.reference(answer, range(answer.reference, language));
    case "no-reference":
      return `${w.noReference(decimal(answer.ects, language))}\n${describeCreditHoursTable(language, answer.table)}`;
  }
}

/** Wording of creditsForHours (the table read in reverse): the matching credits, the two around, or the table. */
export function describeCreditsForHours(answer: CreditsForHours, language: Language): string {
  const w = creditHoursWording[language].creditsForHours;
  const hours = decimal(answer.kind === "invalid" ? answer.value : answer.hours, language);
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "reference":
      return w.reference(answer, hours, range(answer.reference, language));
    case "between-references":
      return `${w.between(hours, String(answer.below.ects), range(answer.below, language), String(answer.above.ects), range(answer.above, language))}\n${describeCreditHoursTable(language, answer.table)}`;
    case "no-reference":
      // « 100 heures, ça fait combien de crédits ? »: several units' worth, said as such.
      return `${answer.units ? w.units(hours, answer.units) : w.noReference(hours, answer.position)}\n${describeCreditHoursTable(language, answer.table)}`;
  }
}

/**
 * Wording of checkHoursForCredits (range check, ±10 %). `asMistake`: the learner asked whether the
 * volume is a mistake; the facts without a Oui/Non that would read the other way, and whom to ask.
 */
export function describeHoursCheck(answer: HoursCheck, language: Language, asMistake = false): string {
  const w = creditHoursWording[language].hoursCheck;
  if (asMistake && answer.kind === "plausible") return w.noMistake(answer, decimal(answer.hours, language), range(answer.reference, language));
  if (asMistake && answer.kind === "implausible") {
    return w.mayBeMistake(answer, decimal(answer.hours, language), range(answer.reference, language), decimal(answer.deviationPercent, language), answer.matchingEcts);
  }
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "no-reference":
      return `${w.noReference(decimal(answer.ects, language), decimal(answer.hours, language))}\n${describeCreditHoursTable(language, answer.table)}`;
    case "plausible":
      return w.plausible(answer, decimal(answer.hours, language), range(answer.reference, language));
    case "implausible":
      return `${w.implausible(answer, decimal(answer.hours, language), range(answer.reference, language), decimal(answer.deviationPercent, language))}${
        answer.matchingEcts !== undefined ? w.matching(answer.matchingEcts) : ""
      }`;
  }
}

/** Semesters said in years: 3 → « 1 an et demi », "1.5 years"; 4 → « 2 ans », "2 years". */
export function halfYears(semesters: number, language: Language): string {
  const years = Math.floor(semesters / 2);
  const half = semesters % 2 === 1;
  if (language === "fr") return years === 0 ? "un semestre" : `${years} an${years > 1 ? "s" : ""}${half ? " et demi" : ""}`;
  return `${half ? `${years}.5` : years} year${years > 1 || half ? "s" : ""}`;
}
