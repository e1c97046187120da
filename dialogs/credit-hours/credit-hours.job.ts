import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from "botbuilder-dialogs";
import { askedInEveryLanguage } from "../common/question-wordings";
import { checkHoursForCredits, CREDIT_HOURS_TABLE, creditsForHours, creditsWithinHours, hoursForCredits, referenceForCredits, totalHours, unitsForTotalCredits } from "../../domain/credit-hours/credit-hours.rule";
import { numberWordsToDigits } from "../../domain/understanding/number-words";
import { foldText } from "../../domain/understanding/text-normalizer";
import { recognizeIntent, type BudgetOption, type Comparison, type Pace, type WeeklyTime } from "../../domain/understanding/intent.recognizer";
import type { Catalog } from "../../domain/catalog/catalog";
import { unitsAtAPace } from "../../domain/planning/units-at-a-pace.rule";
import type { Language } from "../../domain/language/language";
import type { AdvisorServices } from "../advisor-services";
import { decimal, unknownUnit } from "../common/catalog.wording";
import { feedbackActions, message } from "../common/replies";
import { endJob, type DialogJob, type JobOutcome } from "../job";
import type { TurnContext } from "botbuilder";
import { jobTurnOf, languageOf } from "../turn-state";
import { creditHoursWording, type ComparedSide, describeCreditsForHours, describeHoursCheck, describeHoursForCredits, type PaceWay } from "./credit-hours.wording";

export const CREDIT_HOURS_DIALOG = "credit-hours";
/** The most units whose hours one answer lists (« UTC501 à UTC505 », then two more added, is seven). */
const MAX_UNITS = 10;
const NUMBER_PROMPT = "credit-hours.number";

/** The numbers of a credit-hours question; at least one is needed to answer. */
export interface CreditHoursOptions {
  ects?: number;
  hours?: number;
  codes?: string[];
  /** Several units by their credits, each with how many of it (« 3 UE de 6 ECTS et une de 4 »). */
  units?: { count: number; ects: number }[];
  /** The units by their credits are added to the units named (« j'ai 3 UE de 6 ECTS et GDN100 »): all are in the total. */
  addsNamed?: boolean;
  /** The hours asked as all the work the unit takes (« 65 h en tout à bosser ? »). */
  allWork?: boolean;
  /** Asked whether the volume is a mistake (« c'est une erreur ? »): no Oui/Non, the facts and whom to ask. */
  mistake?: boolean;
  /** The hours are a budget (« 60 heures max »): the most credits they hold, never a unit above them. */
  atMost?: boolean;
  /** Whether the units go over the hours is asked (« ça dépasse ? », « ça fait plus que 100 heures ? »): « Oui » when they do. */
  exceeds?: boolean;
  /** A duration asked at a pace (« 2 UE de 6 ECTS par semestre, combien de semestres pour 36 ECTS ? »). */
  pace?: Pace;
  /** The units' credits asked, not their hours (« NFA031 ça fait combien de crédits ? »): each unit's ECTS first. */
  credits?: boolean;
  /** Alternatives against the budget (« NFA031 ou NFA008 ? »): each weighed on its own, then together. */
  options?: BudgetOption[];
  /** The two `units` compared (« 6 ECTS c'est pareil que deux UE de 3 ? »): a yes or no, each side's hours. */
  compare?: Comparison;
  /** The learner's weekly time (« j'ai 5 h par semaine, combien d'ECTS par semestre ? »): over the weeks said, a budget. */
  weekly?: WeeklyTime;
  /** The `codes` taken that many a semester (« une UE par semestre, combien de temps pour UTC501 à UTC505 ? »): the semesters it takes. */
  unitsPerSemester?: number;
}

/** The credits asked, not the hours: « combien de crédits », "how many credits", « ça vaut combien d'ECTS ». */
const ASKS_CREDITS = /\b(combien|cb|cmb|how many|quel nombre|nombre)( de| d)? (credits?|ects)\b|\b(credits?|ects) (ca fait|ca vaut|elle vaut|il vaut|is it|does it (give|carry|have))\b/;
/** Hours asked as well: then the hours are the answer, as before. */
const ASKS_HOURS = /\b(heures?|hours?|\d+ ?h)\b/;
function asksCredits(text: string): boolean {
  const words = foldText(text).replace(/['’]/g, " ");
  return ASKS_CREDITS.test(words) && !ASKS_HOURS.test(words);
}

/**
 * Reads the learner's reply to "how many credits?": a credit-hours phrase ("50 h", "6 ECTS") or a bare
 * number, taken as credits since that is what was asked; number words count ("six").
 */
export function readCreditHoursReply(text: string): CreditHoursOptions | undefined {
  const intent = recognizeIntent(text);
  if (intent?.kind === "credit-hours") return intent;
  // « euh 3 », "hmm, 6": the filler before the number says nothing.
  const folded = numberWordsToDigits(foldText(text)).replace(/^\s*((euh+|heu+|hmm+|hm|bah|ben|bon|um+|uh+|er+|disons|well|so|alors)[\s,.]+)+/, "");
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(h|heures?|hours?|hrs?)?\s*$/.exec(folded);
  if (!match) return undefined;
  const value = Number((match[1] as string).replace(",", "."));
  return match[2] ? { hours: value } : { ects: value };
}

/**
 * Credits and class hours: one turn when the numbers are there (credits, hours, both for a range
 * check, or a unit code from the catalog); otherwise asks for the missing number.
 */
export class CreditHoursDialog extends ComponentDialog {
  constructor(private readonly services: AdvisorServices) {
    super(CREDIT_HOURS_DIALOG);
    this.addDialog(new TextPrompt(NUMBER_PROMPT, async (prompt: PromptValidatorContext<string>) => readCreditHoursReply(prompt.recognized.value ?? "") !== undefined));
    this.addDialog(new WaterfallDialog(`${CREDIT_HOURS_DIALOG}.steps`, [(step) => this.ask(step), (step) => this.answer(step)]));
    // A component starts with its first dialog unless told otherwise: here, the steps, not a prompt.
    this.initialDialogId = `${CREDIT_HOURS_DIALOG}.steps`;
  }

  private async ask(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as CreditHoursOptions;
    if (hasWhatItNeeds(options)) return step.next(options);
    return step.prompt(NUMBER_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: creditHoursWording[language].ask, retryPrompt: creditHoursWording[language].retry })));
  }

  private async answer(step: WaterfallStepContext) {
    const language = languageOf(step.context);
    const options: CreditHoursOptions = typeof step.result === "string" ? (readCreditHoursReply(step.result) ?? {}) : (step.result as CreditHoursOptions);
    return endJob(step, await answerCreditHours(step.context, options, language, this.services));
  }
}

/** Sends the answer, with its feedback buttons. */
async function answerCreditHours(context: TurnContext, options: CreditHoursOptions, language: Language, services: AdvisorServices): Promise<JobOutcome> {
  await context.sendActivity(message(await describeCreditHours(options, language, services), feedbackActions(language)));
  // « et si c'est que des UE de 4 ? », "and with 6-credit units?", « et avec 100 h ? »: the same budget asked again.
  const turn = jobTurnOf(context);
  if (turn && options.atMost && options.hours !== undefined && !options.codes?.length && !options.units?.length && !options.options && !options.pace) turn.conversation.offer = { refine: { job: CREDIT_HOURS_DIALOG, options: { hours: options.hours, atMost: true } } };
  return { kind: "answered", answerId: CREDIT_HOURS_DIALOG };
}

/** Units said by their number only (« 2 UE par semestre »): read as units of these credits, the commonest. */
const UNIT_SIZES_READ = [6, 3];

/** Credits a semester weighed when no pace is said: one, two or three units of 6 ECTS. */
const PACES_WEIGHED = [6, 12, 18];

/** The periods a pace takes, once with the credits said, or for each usual size of unit when only their number was. */
function paceWays({ target, ects, units = 1, inUnits, unsaid }: Pace): PaceWay[] {
  if (inUnits) {
    const periods = Math.ceil(target / units);
    return [{ credits: 0, periods, ...(periods * units > target ? { lastUnits: target - (periods - 1) * units } : {}) }];
  }
  // (A pace that ends no sooner than a slower one is not said: 6 ECTS left take 1 semester at 6, 12 or 18.)
  if (unsaid) return PACES_WEIGHED.map((credits) => ({ credits, periods: Math.ceil(target / credits) })).filter((way, i, all) => i === 0 || way.periods < all[i - 1]!.periods);
  const way = (credits: number, unitEcts?: number): PaceWay => ({ credits, ...(unitEcts !== undefined ? { unitEcts } : {}), periods: Math.ceil(target / credits) });
  return ects !== undefined ? [way(ects)] : UNIT_SIZES_READ.map((size) => way(units * size, size));
}

/** Whether the options hold a number or a unit to answer from, so that nothing needs asking. */
function hasWhatItNeeds(options: CreditHoursOptions): boolean {
  return options.ects !== undefined || options.hours !== undefined || (options.codes?.length ?? 0) > 0 || options.pace !== undefined || options.weekly !== undefined;
}

/** The answer to a credits-and-hours question whose numbers (or units) are known. */
async function describeCreditHours(options: CreditHoursOptions, language: Language, services: AdvisorServices): Promise<string> {
  // "What's the workload of a 6 ECTS unit?": its class hours, and personal work on top of them.
  if (options.allWork && options.hours === undefined) return `${await describeHoursAsked({ ...options, allWork: false }, language, services)}\n${creditHoursWording[language].personalWorkOnTop}`;
  return describeHoursAsked(options, language, services);
}

async function describeHoursAsked({ ects, hours, codes = [], units: byCredits, addsNamed, allWork, mistake, atMost, pace, credits, options, compare, weekly, unitsPerSemester, exceeds }: CreditHoursOptions, language: Language, services: AdvisorServices): Promise<string> {
  if (pace) return creditHoursWording[language].pace(pace, paceWays(pace));
  if (weekly) return describeWeeklyTime(weekly, language);
  if (unitsPerSemester !== undefined && codes.length >= 2) {
    const catalog = await services.catalog();
    const known = codes.flatMap((code) => catalog.units.get(code) ?? []);
    const unknown = codes.filter((code) => !catalog.units.has(code)).map((code) => unknownUnit(code, catalog, language));
    // (« … pour UAALOT et UTC501 ? »: a UA has no semester of classes; counted, it made « 2 UE demandent 1 semestre ». Only the units
    // with classes are counted, the others said apart.)
    const paced = unitsAtAPace(known, unitsPerSemester);
    if (known.length >= 2 && paced.notOffered.length < known.length) return [...unknown, creditHoursWording[language].unitsAtAPace(known.length - paced.notOffered.length, unitsPerSemester, paced)].join("\n");
  }
  if (compare && byCredits?.length === 2) {
    const compared = compareUnits(byCredits[0]!, byCredits[1]!, compare);
    if (compared) return creditHoursWording[language].comparison(compared);
  }
  if (atMost && hours !== undefined && options && options.length > 1) return describeOptionsInBudget(hours, options, language, services);
  if (atMost && hours !== undefined && (codes.length > 0 || (ects === undefined && (byCredits?.length ?? 0) > 0))) return describeUnitsInBudget(hours, codes, byCredits ?? [], language, services, exceeds);
  // « 40 h pour NFA040, c'est pas un peu léger ? », "NFA040 40 h, is that normal?": the hours said against the unit's own credits.
  if (codes.length === 1 && hours !== undefined && ects === undefined && !atMost && !byCredits?.length) {
    const unit = (await services.catalog()).units.get(codes[0]!);
    if (unit && unit.kind !== "UA") return `${creditHoursWording[language].unitCredits(unit.code, unit.title, unit.ects, "")}\n${describeHoursCheck(checkHoursForCredits(hours, unit.ects), language, mistake === true)}`;
  }
  // « 150 h : combien d'UE de 6 ECTS ? »: as many units of those credits as their reference hours fit in the budget.
  const unitOfThose = ects !== undefined && hours !== undefined && atMost ? referenceForCredits(ects) : undefined;
  if (unitOfThose && hours !== undefined) {
    const count = Math.floor(hours / unitOfThose.hours);
    return creditHoursWording[language].unitsInHours(decimal(hours, language), unitOfThose.ects, unitOfThose.hours, count);
  }
  if (ects !== undefined && hours !== undefined) {
    const check = checkHoursForCredits(hours, ects);
    if (mistake && (check.kind === "plausible" || check.kind === "implausible")) return describeHoursCheck(check, language, true);
    // « 65 h en tout à bosser ? »: no — those are class hours, personal work comes on top.
    if (allWork && check.kind === "plausible") return creditHoursWording[language].notAllTheWork(check.ects, decimal(check.hours, language), `${decimal(check.reference.min, language)}-${decimal(check.reference.max, language)} h`);
    return describeHoursCheck(check, language);
  }
  const wording = creditHoursWording[language];
  if (byCredits?.length) {
    // « 2 ECTS cb d'heures, et 3 ECTS ? », "three 6-ECTS units": each value, then the total.
    const lines = byCredits.map(({ count, ects: value }) => {
      const reference = referenceForCredits(value);
      return count > 1 && reference ? wording.way([{ count, ects: value }], count * reference.hours) : describeHoursForCredits(hoursForCredits(value), language);
    });
    const references = byCredits.flatMap(({ count, ects: value }) => Array.from({ length: count }, () => referenceForCredits(value)));
    // « j'ai 3 UE de 6 ECTS et GDN100 »: the units named, each with its own credits and hours, are in the total too (they were left out).
    const named = addsNamed && codes.length > 0 ? unitsNamed(codes, await services.catalog(), language, true) : { lines: [], references: [] };
    lines.push(...named.lines);
    if (references.every((reference) => reference !== undefined)) {
      const total = totalHours([...(references as NonNullable<(typeof references)[number]>[]), ...named.references]);
      const credits = byCredits.reduce((sum, { count, ects: value }) => sum + count * value, 0) + named.references.reduce((sum, reference) => sum + reference.ects, 0);
      lines.push(wording.unitsTotal(total.hours, `${decimal(total.min, language)}-${decimal(total.max, language)} h`, credits));
    }
    return lines.join("\n");
  }
  if (ects !== undefined) {
    // « 12 crédits cette année, combien d'heures ? »: a total made of units.
    const ways = unitsForTotalCredits(ects).reverse().slice(0, 3);
    if (ways.length === 0) return describeHoursForCredits(hoursForCredits(ects), language);
    const hoursOf = ways.map((w) => w.count * w.reference.hours);
    const [low, high] = [Math.min(...hoursOf), Math.max(...hoursOf)];
    return wording.totalCredits(ects, ways.map((w) => wording.way([{ count: w.count, ects: w.reference.ects }], w.count * w.reference.hours)), low === high ? `${low} h` : wording.hoursRange(low, high));
  }
  if (hours !== undefined && atMost) {
    const ways = creditsWithinHours(hours);
    if (ways.length > 0) return wording.withinHours(decimal(hours, language), ways[0]!.ects, ways.map((way) => wording.way(way.parts.map(({ count, reference }) => ({ count, ects: reference.ects })), way.hours)));
  }
  if (hours !== undefined) return describeCreditsForHours(creditsForHours(hours), language);
  // « UTC501 à 505 »: the units between the ends are among the codes already (unitMentions writes ranges out).
  const { lines, references } = unitsNamed(codes, await services.catalog(), language, credits === true);
  // Several units with class hours: their total, each within its ±10 %.
  if (references.length >= 2) {
    const total = totalHours(references);
    lines.push(wording.unitsTotal(total.hours, `${decimal(total.min, language)}-${decimal(total.max, language)} h`, references.reduce((sum, reference) => sum + reference.ects, 0)));
  }
  return lines.join("\n");
}

/**
 * « Une UE de 6 ECTS, c'est autant d'heures que deux UE de 3 ? »: each side's reference class hours (the table is not proportional:
 * 50 h against 2 × 30 h), and whether the comparison asked holds on them; undefined when a side has no reference.
 */
function compareUnits(first: { count: number; ects: number }, second: { count: number; ects: number }, compare: Comparison) {
  const side = ({ count, ects }: { count: number; ects: number }): ComparedSide | undefined => {
    const reference = referenceForCredits(ects);
    if (!reference) return undefined;
    const total = totalHours(Array.from({ length: count }, () => reference));
    return { count, ects, hoursEach: reference.hours, hours: total.hours, min: total.min, max: total.max };
  };
  const [a, b] = [side(first), side(second)];
  if (!a || !b) return undefined;
  // (For a diploma, the credits: "is two 3-credit units the same as one 6-credit unit for the diploma?" is a yes, 6 ECTS either way.)
  const holds = compare === "same-credits" ? a.count * a.ects === b.count * b.ects : compare === "same" ? a.hours === b.hours : compare === "more" ? a.hours > b.hours : a.hours < b.hours;
  return { compare, holds, first: a, second: b };
}

/**
 * "I can study about 4 hours a week … a semester is roughly 15 weeks, how many credits?": 4 × 15 = 60 h, and the most credits whose
 * reference class hours fit in them; without the weeks said (the sources give no semester's length in weeks), the weeks of the
 * learner's time each unit's class hours take. Personal work comes on top either way.
 */
function describeWeeklyTime({ hours, weeks }: WeeklyTime, language: Language): string {
  const wording = creditHoursWording[language];
  if (weeks === undefined) return wording.weeksPerUnit(decimal(hours, language), CREDIT_HOURS_TABLE.map((reference) => ({ ects: reference.ects, hours: reference.hours, weeks: Math.ceil(reference.hours / hours) })));
  const total = hours * weeks;
  const ways = creditsWithinHours(total);
  const within = ways.length > 0 ? wording.withinHours(decimal(total, language), ways[0]!.ects, ways.map((way) => wording.way(way.parts.map(({ count, reference }) => ({ count, ects: reference.ects })), way.hours))) : describeCreditsForHours(creditsForHours(total), language);
  return wording.weeklyTime(decimal(hours, language), weeks, decimal(total, language), within);
}

/** Units named by their codes: one line each (its hours, with its credits when asked), and the references of those with class hours. */
function unitsNamed(codes: readonly string[], catalog: Catalog, language: Language, withCredits: boolean) {
  const wording = creditHoursWording[language];
  const units = codes.slice(0, MAX_UNITS).map((code) => ({ code, unit: catalog.units.get(code) }));
  const lines = units.map(({ code, unit }) => {
    if (!unit) return unknownUnit(code, catalog, language);
    // (A UA has no class hours: its credits are the whole answer.)
    const hoursText = unit.kind === "UA" ? wording.noClassHours : describeHoursForCredits(hoursForCredits(unit.ects), language);
    return withCredits || unit.kind === "UA" ? wording.unitCredits(unit.code, unit.title, unit.ects, hoursText) : wording.unitHours(unit.code, unit.title, hoursText);
  });
  const references = units.flatMap(({ unit }) => (unit && unit.kind !== "UA" ? (referenceForCredits(unit.ects) ?? []) : []));
  return { lines, references };
}

/**
 * « 120 h max : NFA008, NFA040 et une UE de 3 crédits, ça rentre ? »: the units' reference hours, and those said
 * by their credits, added up against the budget — yes or no on the reference, the ±10 % said when it crosses it.
 */
async function describeUnitsInBudget(budget: number, codes: readonly string[], byCredits: readonly { count: number; ects: number }[], language: Language, services: AdvisorServices, exceeds = false): Promise<string> {
  const wording = creditHoursWording[language];
  const catalog = await services.catalog();
  const weighed = weighUnits(codes, byCredits, catalog, language);
  const unknown = codes.filter((code) => !catalog.units.has(code)).map((code) => unknownUnit(code, catalog, language));
  if (!weighed) return [...unknown, describeCreditsForHours(creditsForHours(budget), language)].join("\n");
  const lines = [budgetLine(weighed, budget, language, exceeds)];
  if (weighed.total.hours <= budget && weighed.total.max > budget) lines.push(wording.budgetMargin(decimal(weighed.total.max, language)));
  // "GDN100, ANG320 and NFP121 … Does that fit in 120 hours?": no — and which of them do, together.
  if (weighed.total.hours > budget && byCredits.length === 0) {
    const fitting = fittingSubsets(codes.filter((code) => catalog.units.has(code)), budget, catalog, language);
    if (fitting.length > 0) lines.push(wording.whatFits(decimal(budget, language), fitting));
  }
  return [...unknown, ...lines].join("\n");
}

/** The most units named that fit the budget together (two at least), heaviest first, a few of them: « ANG320 + NFP121 = 100 h (12 ECTS) ». */
function fittingSubsets(codes: readonly string[], budget: number, catalog: Catalog, language: Language): string[] {
  const units = codes.slice(0, MAX_UNITS);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << units.length; mask++) subsets.push(units.filter((_, i) => mask & (1 << i)));
  const weighedSubsets = subsets.flatMap((subset) => {
    const weighed = subset.length >= 2 ? weighUnits(subset, [], catalog, language) : undefined;
    return weighed && weighed.references.length === subset.length && weighed.total.hours <= budget ? [{ size: subset.length, weighed }] : [];
  });
  const most = Math.max(0, ...weighedSubsets.map((subset) => subset.size));
  return weighedSubsets
    .filter((subset) => subset.size === most)
    .sort((a, b) => b.weighed.total.hours - a.weighed.total.hours)
    .slice(0, 3)
    .map(({ weighed }) => `${weighed.label.replace(/ \(\d+ h\)/g, "")} = ${weighed.total.hours} h (${weighed.credits} ECTS)`);
}

/** Units by their codes and by their credits, with their reference hours added up; undefined when none has a reference. */
function weighUnits(codes: readonly string[], byCredits: readonly { count: number; ects: number }[], catalog: Catalog, language: Language) {
  const wording = creditHoursWording[language];
  const known = codes.slice(0, MAX_UNITS).flatMap((code) => {
    const unit = catalog.units.get(code);
    const reference = unit && unit.kind !== "UA" ? referenceForCredits(unit.ects) : undefined;
    return reference ? [{ label: `${code} (${reference.hours} h)`, references: [reference] }] : [];
  });
  const said = byCredits.flatMap(({ count, ects }) => {
    const reference = referenceForCredits(ects);
    return reference ? [{ label: wording.unitOfCredits(count, ects, count * reference.hours), references: Array.from({ length: count }, () => reference) }] : [];
  });
  const parts = [...known, ...said];
  const references = parts.flatMap((part) => part.references);
  if (references.length === 0) return undefined;
  return { label: parts.map((part) => part.label).join(" + "), references, total: totalHours(references), credits: references.reduce((sum, reference) => sum + reference.ects, 0) };
}

/** « Oui : NFA031 (50 h) = 50 heures … dans vos 110 h »: one set of units against the budget. */
/** The units against the budget; asked whether they go over it (`exceeds`), the yes is that they do (it said « Non : … au-delà de vos 60 h »). */
function budgetLine({ label, total, credits }: NonNullable<ReturnType<typeof weighUnits>>, budget: number, language: Language, exceeds = false): string {
  return creditHoursWording[language].budgetCheck(exceeds ? total.hours > budget : total.hours <= budget, total.hours <= budget, label, total.hours, `${decimal(total.min, language)}-${decimal(total.max, language)} h`, decimal(budget, language), credits);
}

/**
 * « 110 h max : NFA031 ou NFA008 ? », « soit une UE de 6 soit deux UE de 3 »: each option against the budget, with how many fit,
 * then all of them together when each fits on its own (the learner may take both).
 */
async function describeOptionsInBudget(budget: number, options: readonly BudgetOption[], language: Language, services: AdvisorServices): Promise<string> {
  const wording = creditHoursWording[language];
  const catalog = await services.catalog();
  const codes = options.flatMap((option) => option.codes);
  const unknown = codes.filter((code) => !catalog.units.has(code)).map((code) => unknownUnit(code, catalog, language));
  const weighed = options.flatMap((option) => weighUnits(option.codes, option.units, catalog, language) ?? []);
  if (weighed.length < 2) return describeUnitsInBudget(budget, codes, options.flatMap((option) => option.units), language, services);
  const fitting = weighed.filter((option) => option.total.hours <= budget).length;
  const lines = [wording.optionsInBudget(fitting, weighed.length, decimal(budget, language)), ...weighed.map((option) => `- ${budgetLine(option, budget, language)}`)];
  // All together only when no unit is in two options (« NFA031 et NFA008 ou NFA031 et RSX101 » would count NFA031 twice).
  if (fitting === weighed.length && new Set(codes).size === codes.length) {
    const together = weighUnits(codes, options.flatMap((option) => option.units), catalog, language);
    if (together) lines.push(wording.optionsTogether(weighed.length, together.total.hours <= budget, together.total.hours, together.credits, decimal(budget, language)));
  }
  return [...unknown, ...lines].join("\n");
}

/** Units of one size said after a budget: « que des UE de 4 », "only units of 4", "6-credit units", « des UE à 6 ECTS ». */
const UNITS_OF_A_SIZE = /\b(?:ue|ues|unites?|units?|modules?|cours|courses?)\s+(?:de|d|a|of)\s+(\d{1,2})\b|\b(\d{1,2})[ -]?(?:ects|credits?|cr)(?:\s+(?:ue|ues|units?|unites?))?\b/;
/** Another budget said: « et avec 100 h ? », "and with 150 hours?". */
const OTHER_HOURS = /\b(\d{1,3}(?:[.,]\d)?)\s*(?:h|heures?|hours?|hrs?)\b/;
/** Words that take up the question before (« et avec … », "what if …", « que des … »), not a question of its own (« 6 ECTS c'est combien d'heures ? »). */
const REFINING = /^\s*(et|and|what about|how about|what if|if|si|avec|with|only|que|seulement|juste|uniquement|mais|but|ok|alors|so|plutot|instead|rather)\b|\b(que des|only|seulement|uniquement|instead|plutot)\b/;
/** A conversion asked of its own (« et combien d'heures pour une UE de 4 ? », "what if it's 2 units of 4?"): no refinement of the budget. */
const ITS_OWN_CONVERSION = /\b(combien|how many|how much|cb) (d |de |of )?(heures?|hours?|h|credits?|ects)\b|\b\d+ (ue|ues|unites?|units?|modules?) (de|d|of|a)\b/;
/** The longest message read as a budget's refinement. */
const MAX_REFINE_WORDS = 14;

/** Credits and class hours: the reference table, read either way, or a unit's hours from the catalog. */
export const creditHoursJob: DialogJob = {
  name: CREDIT_HOURS_DIALOG,
  handles: { "credit-hours": "new-topic" },
  label: { fr: "Crédits ECTS et heures (règle)", en: "ECTS credits and hours (rule)" },
  help: {
    fr: "convertir des crédits ECTS en heures de cours (« 6 ECTS = combien d'heures ? »)",
    en: 'convert ECTS credits into class hours ("6 ECTS is how many hours?")',
  },
  accepts: (promptId, turn) => promptId === NUMBER_PROMPT && readCreditHoursReply(turn.text) !== undefined,
  dialog: (services) => new CreditHoursDialog(services),
  // « 6 ECTS = combien d'heures ? et 3 ECTS ? »: with its numbers said, one reply, beside the message's other questions.
  answerAtOnce: async (turn) => {
    const options = creditHoursJob.start(turn) as CreditHoursOptions;
    return hasWhatItNeeds(options) ? answerCreditHours(turn.context, options, turn.language, turn.services) : undefined;
  },
  refinesItsOwnKind: true,
  refine: ({ text }, options) => {
    const words = numberWordsToDigits(foldText(text).replace(/['’]/g, " "));
    if (typeof options.hours !== "number" || words.split(/\s+/).length > MAX_REFINE_WORDS || !REFINING.test(words) || ITS_OWN_CONVERSION.test(words)) return undefined;
    const size = UNITS_OF_A_SIZE.exec(words);
    const ects = size ? Number(size[1] ?? size[2]) : undefined;
    const hours = OTHER_HOURS.exec(words);
    if (ects !== undefined && !referenceForCredits(ects)) return undefined;
    if (ects === undefined && !hours) return undefined;
    return { hours: hours ? Number(hours[1]!.replace(",", ".")) : options.hours, atMost: true, ...(ects !== undefined ? { ects } : {}) };
  },
  start: ({ intent, understood }) =>
    intent.kind === "credit-hours"
      ? {
          ects: intent.ects,
          hours: intent.hours,
          codes: intent.codes,
          ...(intent.units ? { units: intent.units } : {}),
          ...(intent.addsNamed ? { addsNamed: true } : {}),
          ...(intent.allWork ? { allWork: true } : {}),
          ...(intent.mistake ? { mistake: true } : {}),
          ...(intent.atMost ? { atMost: true } : {}),
          ...(intent.exceeds ? { exceeds: true } : {}),
          ...(intent.pace ? { pace: intent.pace } : {}),
          ...(intent.options ? { options: intent.options } : {}),
          ...(intent.compare ? { compare: intent.compare } : {}),
          ...(intent.weekly ? { weekly: intent.weekly } : {}),
          ...(intent.unitsPerSemester !== undefined ? { unitsPerSemester: intent.unitsPerSemester } : {}),
          ...(intent.codes.length > 0 && asksCredits(understood.text) ? { credits: true } : {}),
        }
      : {},
};
