import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from "botbuilder-dialogs";
import { ActionTypes, type TurnContext } from "botbuilder";
import { commonCoreUnits, meetsOnSiteToo, requiredUnits, weeklyMinutes, type Catalog } from "../../domain/catalog/catalog";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { findUnits } from "../../domain/catalog/unit-search";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { Weekday } from "../../domain/catalog/timetable";
import { checkEligibility } from "../../domain/eligibility/eligibility.rule";
import { referenceForCredits } from "../../domain/credit-hours/credit-hours.rule";
import type { EligibilityDecision } from "../../domain/eligibility/eligibility.types";
import { saysAvailability, suitsInTerm, type Availability } from "../../domain/eligibility/availability.rule";
import type { LearnerRecord } from "../../domain/learner/learner.schema";
import { statedRecord } from "../../domain/learner/stated-record";
import { followingSemester, formatSemester, nextSemester, termOf, type Semester, type SemesterId } from "../../domain/semester/semester";
import { closestCodes } from "../../domain/catalog/closest-code";
import type { Language } from "../../domain/language/language";
import { numberWordsToDigits } from "../../domain/understanding/number-words";
import { ALSO_SAID } from "../../domain/understanding/question-frame";
import { isSemesterOnly, readHavingYesNo, readYesNo, saysAllOfThem } from "../../domain/understanding/prompt-answers";
import { asksIfCompulsory, readHoursFree, saysTakenTogether } from "../../domain/understanding/intent.recognizer";
import { codesGivenAsPassed, saysCommonCorePassed, unitMentions } from "../../domain/understanding/unit-mentions";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { AdvisorServices } from "../advisor-services";
import { list } from "../common/catalog.wording";
import { advisorAction, message, say } from "../common/replies";
import { askedInEveryLanguage } from "../common/question-wordings";
import { DIPLOMA_CODE, namesADiploma, readDiploma } from "../common/diploma-name";
import { readSemester } from "../common/semester-answer";
import { endJob, NO_OUTCOME, type JobTurn } from "../job";
import { jobTurnOf, languageOf } from "../turn-state";
import { decisionReply } from "./eligibility.card";
import { describeReason, eligibilityWording, requiredUnitsText, statedPrerequisite, visitorCautions, type ClassLoad, type HoursFree, type VisitorSaid } from "./eligibility.wording";
import {
  adviceHoldsLevel,
  readKnownSkills,
  readLackedSkills,
  adviceNamesSkill,
  readLanguageLevel,
  readStatedBackground,
  saysBeginner,
  saysNewToComputing,
  type LackedSkill,
  type StatedBackground,
  type StatedLanguageLevel,
} from "../../domain/understanding/stated-background";
import { readStatedExperience } from "../../domain/understanding/stated-experience";
import { availabilityOf, readConstraints } from "../planning/planning.constraints";

export { readSemester };

export const ELIGIBILITY_DIALOG = "eligibility";
const UNIT_PROMPT = "eligibility.unit";
const SEMESTER_PROMPT = "eligibility.semester";
const PASSED_PROMPT = "eligibility.passed";
const DIPLOMA_PROMPT = "eligibility.diploma";
const EXPERIENCE_PROMPT = "eligibility.experience";

export interface EligibilityOptions {
  code?: string;
  /** Canonical semester, when the learner's message named one. */
  semester?: SemesterId;
  /** Units the message said were validated (« j'ai validé NFA031 »): a visitor is not asked again. */
  passed?: string[];
  /** « j'ai validé tout le tronc commun »: the common core's units count as validated (read against the catalog). */
  commonCore?: true;
  /** None of the common core done (« jamais fait le tronc commun »): its units are not passed. */
  commonCoreNone?: true;
  /** Units the message said were not validated (« je n'ai jamais fait UTC502 », "skip NFA032"). */
  missing?: string[];
  /** Units to take in the same semester as `code` (« RSX101 et UTC505 en même temps »): each is checked with the others. */
  together?: string[];
  /**
   * The units `together` are under way (« je fais UTC505 en ce moment, puis-je m'inscrire en même temps à RSX102 ? »): taken with
   * `code`, but not checked themselves — the learner is in them already (it said « ✅ Oui, vous pouvez vous inscrire à UTC505 »).
   */
  underWay?: true;
  /**
   * The day a unit under way is followed on, when said (« je fais NFA031 le jeudi soir en ce moment »): its offering that day is the one
   * weighed for overlaps (GDN100's Thursday class was said to clash with none, weighed against NFA031's distance option).
   */
  underWayDays?: Record<string, Weekday>;
  /** Units the learner says they are taking now (« I'm doing UTC505 right now »): passing them meets a prerequisite in time. */
  taking?: string[];
  /** Units the message said were failed, with the grade (« j'ai raté UTC505 avec 7 »). */
  failed?: { code: string; grade: number }[];
  /** The units the verdict weighed (prerequisites, those its advised levels name): a grade said of one next refines the check. */
  weighed?: string[];
  /** Other units asked about in the same message, each checked on its own (« RSX101 et NSY103, ça passe ? »). */
  also?: string[];
  /** What the message says of the learner's studies (« j'ai un BTS compta »), weighed against a unit's advised level. */
  background?: StatedBackground;
  /** The learner starts from nothing in the field (« jamais fait d'info », "total beginner"): no prerequisite is passed. */
  fromScratch?: boolean;
  /** No unit taken at the Cnam yet (« je n'ai encore fait aucune UE »): no prerequisite is passed, whatever the studies before. */
  noUnitYet?: boolean;
  /** New to computing (a beginner, or changing careers with no studies in it): an advised level in computing is not theirs. */
  newToComputing?: boolean;
  /** Years of work in computing the message says (« dev java depuis 5 ans »): a level « ou équivalent » they may hold by it. */
  yearsInComputing?: number;
  /** Years of work the message says, in any field (« vendeur depuis 10 ans »): an advised « 2 ans d'expérience » they hold. */
  yearsOfWork?: number;
  /** Years of experience said, a job named or not (« 8 ans comme chef d'équipe »): an advised « … ou expérience » is theirs to weigh. */
  experienceYears?: number;
  /** The units said passed are the only ones (« if I only did NFA031 »): a level's other units are not validated. */
  listedOnly?: boolean;
  /** Skills the learner says they lack (« jamais écrit une ligne de C »), weighed against a unit's advised level. */
  lackedSkills?: LackedSkill[];
  /** Skills the learner says they have (« j'ai fait du C à la fac »): an advised level naming one is said met. */
  knownSkills?: string[];
  /** A language level the learner says is theirs (« niveau A1 en anglais »), weighed against a language unit's level. */
  languageLevel?: StatedLanguageLevel;
  /** When the learner says they can attend (« pas le samedi », « à distance seulement »): offerings outside it are not open to them. */
  availability?: Availability;
  /** Hours said free (« j'ai 20h de dispo par semaine »): the units' class hours are weighed against them after the verdicts. */
  hoursFree?: HoursFree;
  /** The visitor has already been told the answer is an indicative simulation. */
  introduced?: boolean;
}

interface EligibilityState {
  code: string;
  commonCore?: true;
  /** None of the common core done (« jamais fait le tronc commun »): its units are not passed. */
  commonCoreNone?: true;
  semester: SemesterId;
  /** The identified learner's id; the record itself is read when deciding, never kept in dialog state. */
  learnerId?: string;
  whatIf?: { passed: string[]; failed: { code: string; grade: number }[]; diplomas: string[]; yearsInField: number };
  /** Whether the visitor has been told the answer will be an indicative simulation. */
  introduced?: boolean;
  /** Units the first message said were validated. */
  stated?: string[];
  /** Units the first message said were not validated. */
  missing?: string[];
  /** Units said not validated that every unit of a one-of prerequisite group requires (UTC505 for RSX101 or RSX102): the way in. */
  missingThrough?: string[];
  /** The visitor was asked which prerequisites they passed. */
  prerequisitesAsked?: true;
  /** Prerequisites not asked about, the no being settled by one said not validated: neither validated nor not. */
  unasked?: string[];
  fromScratch?: boolean;
  noUnitYet?: boolean;
  newToComputing?: boolean;
  listedOnly?: boolean;
  lackedSkills?: LackedSkill[];
  knownSkills?: string[];
  languageLevel?: StatedLanguageLevel;
  availability?: Availability;
  hoursFree?: HoursFree;
  /** Units to take in the same semester as `code`. */
  together?: string[];
  /** The units `together` are under way: not checked themselves. */
  underWay?: true;
  /** The day each unit under way is followed on, when said. */
  underWayDays?: Record<string, Weekday>;
  /** Units under way this semester. */
  taking?: string[];
  /** Units the first message said were failed, with their grade. */
  failed?: { code: string; grade: number }[];
  /** What the first message said of the learner's studies. */
  background?: StatedBackground;
  /** Years of work in computing the first message said. */
  yearsInComputing?: number;
  /** Years of work, in any field, the first message said. */
  yearsOfWork?: number;
  /** Years of experience the first message said, a job named or not. */
  experienceYears?: number;
  /** Other units the first message asked about, each checked on its own. */
  also?: string[];
  /** The semester was chosen without asking (it did not change the answer): the reply says which. */
  semesterChosen?: boolean;
}

/** The learner's record as read during this turn (turn state lives for one turn only). */
const TURN_RECORD = Symbol("eligibility.record");

/** Years of experience as answered: « 5 ans », « cinq », "2 years", « aucune » (0), « plus de 10 ans ». */
export function readYears(text: string): number | undefined {
  if (readYesNo(text) === "no" || /^\s*(aucune?|rien|none|nothing|zero|pas d experience|no experience)\s*[.!]*\s*$/i.test(foldText(text).replace(/'/g, " "))) return 0;
  const folded = numberWordsToDigits(foldText(text).replace(/'/g, " "));
  const match = /^\s*(?:(?:environ|about|around|plus de|more than|over|presque|almost|bientot|nearly|j ai|i have|i ve got|depuis)\s+)*(\d{1,2}(?:[.,]\d)?)\s*(ans?|annees?|years?|yrs?)?(\s+(d experience|of experience|d exp|dans le domaine|in the field))?\s*[.!]*\s*$/.exec(folded);
  return match ? Number((match[1] as string).replace(",", ".")) : undefined;
}

/**
 * "Puis-je m'inscrire à NFP121 ?": asks for the unit and the semester when missing; checks an
 * identified learner's own record, or runs a what-if on what an anonymous visitor states (the
 * answer is then indicative); shows every reason and next step, as a card where the channel has them.
 */
export class EligibilityDialog extends ComponentDialog {
  constructor(private readonly services: AdvisorServices) {
    super(ELIGIBILITY_DIALOG);
    const now = () => services.now();
    const valid = (check: (text: string) => boolean) => async (prompt: PromptValidatorContext<string>) => check(prompt.recognized.value ?? "");
    this.addDialog(new TextPrompt(UNIT_PROMPT, valid((text) => findUnitCodes(text).length > 0)));
    this.addDialog(new TextPrompt(SEMESTER_PROMPT, valid((text) => readSemester(text, now(), { atPrompt: true, offered: offeredSemesters(now()) }) !== undefined)));
    this.addDialog(
      new TextPrompt(PASSED_PROMPT, async (prompt) => {
        const text = prompt.recognized.value ?? "";
        if (this.isNone(prompt) || findUnitCodes(text).length > 0 || isSemesterOnly(text)) return true;
        // « oui » says every prerequisite is validated; it cannot say which of a choice (one of X or Y).
        const code = (prompt.options.validations as { code?: string } | undefined)?.code;
        const unit = code ? (await services.catalog()).units.get(code) : undefined;
        // « je la passe en ce moment », « oui mais avec 9 »: of the one unit asked, under way or failed.
        if (unit !== undefined && theOnePrerequisite(unit) !== undefined && saidOfTheOneUnit(text) !== undefined) return true;
        return readHavingYesNo(text) === "yes" && unit !== undefined && unit.prerequisites.anyOf.length === 0;
      }),
    );
    this.addDialog(new TextPrompt(DIPLOMA_PROMPT, async (prompt) => this.isNone(prompt) || readDiploma(prompt.recognized.value ?? "", await services.catalog()) !== undefined));
    this.addDialog(new TextPrompt(EXPERIENCE_PROMPT, valid((text) => readYears(text) !== undefined)));
    this.addDialog(
      new WaterfallDialog(`${ELIGIBILITY_DIALOG}.steps`, [
        (step) => this.askUnit(step),
        (step) => this.askSemester(step),
        (step) => this.loadRecordOrAskPassed(step),
        (step) => this.askDiploma(step),
        (step) => this.askExperience(step),
        (step) => this.decide(step),
      ]),
    );
    // A component starts with its first dialog unless told otherwise: here, the steps, not a prompt.
    this.initialDialogId = `${ELIGIBILITY_DIALOG}.steps`;
  }

  /**
   * The learner's record, read from the store at most once per turn: checking that it exists and
   * deciding on it happen in the same turn, and one read is one DynamoDB round trip less. It is
   * never kept beyond the turn (see EligibilityState.learnerId).
   */
  private async record(context: TurnContext, learnerId: string): Promise<LearnerRecord | undefined> {
    const read = context.turnState.get(TURN_RECORD) as { learnerId: string; record: LearnerRecord | undefined } | undefined;
    if (read?.learnerId === learnerId) return read.record;
    const record = await this.services.learners.getLearner(learnerId);
    context.turnState.set(TURN_RECORD, { learnerId, record });
    return record;
  }

  /** What the learner said of the check (unit, units validated or not, units taken with it), to start it again. */
  private situation(state: EligibilityState): EligibilityOptions {
    return {
      code: state.code,
      ...(state.stated?.length ? { passed: state.stated } : {}),
      ...(state.missing?.length ? { missing: state.missing } : {}),
      ...(state.together?.length ? { together: state.together } : {}),
      ...(state.underWay ? { underWay: true as const } : {}),
      ...(state.underWayDays ? { underWayDays: state.underWayDays } : {}),
      ...(state.taking?.length ? { taking: state.taking } : {}),
      // (« oui mais avec 8 » at the question on prerequisites is kept too: « et au premier semestre ? » does not ask it again.)
      ...((state.whatIf?.failed ?? state.failed)?.length ? { failed: state.whatIf?.failed ?? state.failed } : {}),
      ...(state.background ? { background: state.background } : {}),
      ...(state.yearsInComputing ? { yearsInComputing: state.yearsInComputing } : {}),
      ...(state.yearsOfWork ? { yearsOfWork: state.yearsOfWork } : {}),
      ...(state.experienceYears ? { experienceYears: state.experienceYears } : {}),
      ...(state.fromScratch ? { fromScratch: true } : {}),
      ...(state.noUnitYet ? { noUnitYet: true } : {}),
      ...(state.newToComputing ? { newToComputing: true } : {}),
      ...(state.listedOnly ? { listedOnly: true } : {}),
      ...(state.lackedSkills?.length ? { lackedSkills: state.lackedSkills } : {}),
      ...(state.knownSkills?.length ? { knownSkills: state.knownSkills } : {}),
      ...(state.languageLevel ? { languageLevel: state.languageLevel } : {}),
      ...(state.availability ? { availability: state.availability } : {}),
      ...(state.hoursFree ? { hoursFree: state.hoursFree } : {}),
      ...(state.also?.length ? { also: state.also } : {}),
    };
  }

  private isNone(prompt: PromptValidatorContext<string>): boolean {
    return isNone(prompt.recognized.value ?? "", languageOf(prompt.context));
  }

  private state(step: WaterfallStepContext): EligibilityState {
    return step.values as EligibilityState;
  }

  /** The first what-if question says that the answer will be indicative. */
  private whatIfQuestion(step: WaterfallStepContext): (question: string, language: Language) => string {
    const state = this.state(step);
    const intro = !state.introduced;
    state.introduced = true;
    return (question, language) => (intro ? `${eligibilityWording[language].whatIfIntro} ${question}` : question);
  }

  private async askUnit(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as EligibilityOptions;
    if (options.semester) this.state(step).semester = options.semester;
    if (options.passed?.length) this.state(step).stated = options.passed;
    if (options.commonCore) this.state(step).commonCore = true;
    if (options.commonCoreNone) this.state(step).commonCoreNone = true;
    if (options.missing?.length) this.state(step).missing = options.missing;
    if (options.fromScratch) this.state(step).fromScratch = true;
    if (options.noUnitYet) this.state(step).noUnitYet = true;
    if (options.newToComputing) this.state(step).newToComputing = true;
    if (options.listedOnly) this.state(step).listedOnly = true;
    if (options.lackedSkills?.length) this.state(step).lackedSkills = options.lackedSkills;
    if (options.knownSkills?.length) this.state(step).knownSkills = options.knownSkills;
    if (options.languageLevel) this.state(step).languageLevel = options.languageLevel;
    if (options.availability) this.state(step).availability = options.availability;
    if (options.hoursFree) this.state(step).hoursFree = options.hoursFree;
    if (options.together?.length) this.state(step).together = options.together;
    if (options.underWay) this.state(step).underWay = true;
    if (options.underWayDays) this.state(step).underWayDays = options.underWayDays;
    if (options.taking?.length) this.state(step).taking = options.taking;
    if (options.failed?.length) this.state(step).failed = options.failed;
    if (options.background) this.state(step).background = options.background;
    if (options.yearsInComputing) this.state(step).yearsInComputing = options.yearsInComputing;
    if (options.yearsOfWork) this.state(step).yearsOfWork = options.yearsOfWork;
    if (options.experienceYears) this.state(step).experienceYears = options.experienceYears;
    if (options.also?.length) this.state(step).also = options.also;
    if (options.introduced) this.state(step).introduced = true;
    if (options.code) return step.next(options.code);
    return step.prompt(UNIT_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: eligibilityWording[language].askUnit, retryPrompt: eligibilityWording[language].retryUnit })));
  }

  private async askSemester(step: WaterfallStepContext) {
    const state = this.state(step);
    state.code = findUnitCodes(String(step.result))[0] ?? String(step.result);
    const language = languageOf(step.context);
    // An unknown code is said at once, with the closest ones, rather than after questions about it.
    const catalog = await this.services.catalog();
    if (state.commonCore) state.stated = [...new Set([...(state.stated ?? []), ...commonCoreUnits(catalog).filter((code) => !(state.missing ?? []).includes(code) && code !== state.code)])];
    // "I never did any Cnam core unit": none of them passed, each a prerequisite said not done.
    if (state.commonCoreNone) state.missing = [...new Set([...(state.missing ?? []), ...commonCoreUnits(catalog).filter((code) => code !== state.code && !(state.stated ?? []).includes(code))])];
    if (!catalog.units.has(state.code)) {
      const reason = { rule: "unknown-unit", severity: "blocker", code: state.code, suggestions: closestCodes(state.code, catalog.units.keys()) } as const;
      await step.context.sendActivity(message(describeReason(reason, language), [advisorAction(language)]));
      return endJob(step, { kind: "unanswered", question: step.context.activity.text ?? state.code, suggested: [] });
    }
    if (state.semester) return step.next(state.semester);
    const settled = await this.semesterThatDoesNotMatter(step);
    if (settled) {
      state.semesterChosen = true;
      return step.next(settled);
    }
    const choices = offered(this.services.now());
    return step.prompt(
      SEMESTER_PROMPT,
      askedInEveryLanguage(step, (language) => {
        const worded = eligibilityWording[language];
        const [first, second] = choices.map((semester) => `${formatSemester(semester)} (${worded.months[semester.term]})`) as [string, string];
        const prompt = message(
          worded.askSemester(first, second),
          choices.map(formatSemester).map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
        );
        return { prompt, retryPrompt: worded.retrySemester };
      }),
    );
  }

  /**
   * The semester to answer for without asking, when asking would not change the answer: the unit is
   * offered in one of the two coming semesters only; or the answer is the same for both (a visitor's
   * what-if depends only on the units they passed, a learner's record may differ by semester).
   * Undefined when the learner must choose.
   */
  private async semesterThatDoesNotMatter(step: WaterfallStepContext): Promise<SemesterId | undefined> {
    const state = this.state(step);
    const now = this.services.now();
    const catalog = await this.services.catalog();
    const unit = catalog.units.get(state.code);
    if (!unit) return undefined;
    const coming = offeredSemesters(now);
    // A UA has no classes: any semester is one to enrol in.
    const alone = unit.kind === "UA" ? coming : coming.filter((id) => taughtIn(unit, id));
    // « Je peux prendre NSY103 et SMB101 en même temps ? »: a semester where the units taken with it are offered too, when one is.
    const companions = (state.together ?? []).flatMap((code) => catalog.units.get(code) ?? []).filter((other) => other.kind !== "UA");
    const withThem = alone.filter((id) => companions.every((other) => taughtIn(other, id)));
    const offered = withThem.length > 0 ? withThem : alone;
    // « Pas le samedi »: a semester whose classes suit the learner is the one to answer for, when only one does.
    const availability = state.availability;
    const suiting = saysAvailability(availability) ? offered.filter((id) => suitsInTerm(unit, termOf(id), availability)) : offered;
    const open = suiting.length > 0 ? suiting : offered;
    if (open.length === 1) return open[0];
    const identity = await this.services.identify(step.context);
    const record = identity ? await this.record(step.context, identity.learnerId) : undefined;
    if (!record) return coming[0];
    const verdicts = coming.map((semester) => {
      const decision = checkEligibility({ code: state.code, semester, learner: record, catalog, now, ...(state.availability ? { availability: state.availability } : {}) });
      return `${decision.outcome}:${decision.reasons.map((r) => r.rule).join(",")}`;
    });
    return verdicts.every((v) => v === verdicts[0]) ? coming[0] : undefined;
  }

  private async loadRecordOrAskPassed(step: WaterfallStepContext) {
    const state = this.state(step);
    const now = this.services.now();
    state.semester = typeof step.result === "string" ? (readSemester(step.result, now, { atPrompt: true, offered: offeredSemesters(now) }) ?? step.result) : state.semester;
    const language = languageOf(step.context);
    const identity = await this.services.identify(step.context);
    if (identity) {
      if (await this.record(step.context, identity.learnerId)) {
        state.learnerId = identity.learnerId;
        return step.next();
      }
      await step.context.sendActivity(eligibilityWording[language].recordMissing);
      // Said once: the learner is signed in, « vous n'êtes pas connecté » would contradict it.
      this.state(step).introduced = true;
    }
    const catalog = await this.services.catalog();
    const unit = catalog.units.get(state.code);
    state.whatIf = { passed: state.stated ?? [], failed: state.failed ?? [], diplomas: [], yearsInField: 0 };
    if (!unit) return step.next();
    const { allOf, anyOf } = unit.prerequisites;
    // « Je n'ai jamais fait d'info, je peux faire RSX102 ? »: none of its prerequisites is passed; not asked.
    // « je n'ai encore fait aucune UE au Cnam » (a BTS SIO held all the same): none of its prerequisites is passed either.
    if ((state.fromScratch || state.noUnitYet) && !state.stated?.length) state.missing = [...new Set([...(state.missing ?? []), ...requiredUnits(unit)])];
    // « jai jamais fait utc505, rsx112 c possible? »: a unit said not passed that every unit of a one-of group requires leaves none of
    // them passed (RSX112 asks RSX101 or RSX102, each after UTC505): the no is settled, not asked (it asked whether RSX101 or RSX102
    // was validated, as if UTC505 had not been said).
    const saidMissing = new Set(state.missing ?? []);
    const blockedGroups = anyOf.filter((group) => !group.some((code) => state.stated?.includes(code)) && group.every((code) => (catalog.units.get(code)?.prerequisites.allOf ?? []).some((before) => saidMissing.has(before))));
    if (blockedGroups.length > 0) {
      state.missing = [...new Set([...(state.missing ?? []), ...blockedGroups.flat()])];
      state.missingThrough = [...new Set(blockedGroups.flat().flatMap((code) => (catalog.units.get(code)?.prerequisites.allOf ?? []).filter((before) => saidMissing.has(before))))];
    }
    // What the learner already said of their situation is taken as their answer: units validated,
    // or every prerequisite named as not validated or taken in the same semester.
    const said = new Set([...(state.stated ?? []), ...(state.missing ?? []), ...(state.together ?? []), ...(state.taking ?? []), ...(state.failed ?? []).map((f) => f.code)]);
    const allSaid = allOf.every((code) => said.has(code)) && anyOf.every((codes) => codes.some((code) => said.has(code)));
    // « j'ai jamais fait UTC502, je peux prendre RSX103 ? »: one required unit said not passed settles the no; not asked.
    const lacking = new Set([...(state.missing ?? []), ...(state.failed ?? []).map((f) => f.code)]);
    const settled = allOf.some((code) => lacking.has(code)) || anyOf.some((codes) => codes.every((code) => lacking.has(code)));
    if (settled && !allSaid) state.unasked = requiredUnits(unit).filter((code) => !said.has(code));
    if ((allOf.length === 0 && anyOf.length === 0) || state.stated?.length || allSaid || settled) return step.next();
    // Asked: what the answer does not say passed is said not passed (not « que vous ne m'avez pas dit »).
    state.prerequisitesAsked = true;
    // (« jai jamais fait de C, smb101 cest jouable ? »: the C its level names is said heard before its prerequisite is asked.)
    const lacked = (state.lackedSkills ?? []).find((lack) => unit.prerequisites.advice.some((advice) => adviceNamesSkill(advice, lack.skill)));
    const whatIf = this.whatIfQuestion(step);
    return step.prompt(PASSED_PROMPT, {
      ...askedInEveryLanguage(step, (worded) => {
        const w = eligibilityWording[worded];
        // (« Je peux m'inscrire à RSX101 ? » then « Et à RSX112 aussi ? »: the question of RSX101 again, but RSX112 said to come.)
        const each = state.also?.length ? `${w.checksEach(state.code, list(state.also, worded))} ` : "";
        const noted = `${each}${lacked ? `${w.lackNoted(state.code, lacked.skill.length <= 3 ? lacked.skill.toUpperCase() : lacked.skill)} ` : ""}`;
        return {
          prompt: `${noted}${whatIf(w.askPrerequisites(state.code, requiredUnitsText(unit.prerequisites, worded)), worded)}`,
          retryPrompt: anyOf.length ? w.retryPassedWhich(list(requiredUnits(unit), worded)) : w.retryPrerequisites(list(allOf, worded)),
        };
      }),
      validations: { code: state.code },
    });
  }

  private async askDiploma(step: WaterfallStepContext) {
    const state = this.state(step);
    if (!state.whatIf) return step.next();
    if (typeof step.result === "string" && findUnitCodes(step.result).length === 0 && isSemesterOnly(step.result)) {
      // « au second semestre » where the units were asked: the semester is taken, the question asked again.
      const semester = readSemester(step.result, this.services.now()) ?? state.semester;
      await step.context.sendActivity(eligibilityWording[languageOf(step.context)].semesterNoted(semester));
      return step.replaceDialog(`${ELIGIBILITY_DIALOG}.steps`, { ...this.situation(state), semester, introduced: true } satisfies EligibilityOptions);
    }
    const unit = (await this.services.catalog()).units.get(state.code);
    if (typeof step.result === "string") {
      const answer = findUnitCodes(step.result).length === 0 ? readHavingYesNo(step.result) : undefined;
      // « UTC502 et UTC505 oui, RSX101 je l'ai ratée avec 8 »: the units said failed or not done are not passed.
      const mentions = unitMentions(step.result);
      const notPassed = new Set(mentions.filter((m) => m.role === "missing" || m.role === "failed" || m.role === "taking").map((m) => m.code));
      const required = unit ? requiredUnits(unit) : [];
      // « oui mais avec 9 », « je la passe en ce moment », « je la passe au semestre prochain », « avec 11 », said of the one unit
      // asked without its code: failed (with that grade), under way (its exam to come), not yet, or passed.
      const onlyOne = unit ? theOnePrerequisite(unit) : undefined;
      const ofIt = onlyOne && findUnitCodes(step.result).length === 0 ? saidOfTheOneUnit(step.result) : undefined;
      if (onlyOne && ofIt) {
        if (ofIt.kind !== "passed") notPassed.add(onlyOne);
        if (ofIt.kind === "passed") mentions.push({ code: onlyOne, role: "passed" });
        else if (ofIt.kind === "failed") mentions.push({ code: onlyOne, role: "failed", ...(ofIt.grade !== undefined ? { grade: ofIt.grade } : {}) });
        else if (ofIt.kind === "taking") mentions.push({ code: onlyOne, role: "taking" });
      }
      // « Oui tout, et SEC101 aussi », « j'ai tout le tronc commun mais pas encore RSX101 »: every one asked, or the
      // common core's, but those said otherwise.
      // « oui sauf UTC503 », « oui pour les deux premières, RSX101 je la passe en ce moment »: a yes first, the units named only
      // as exceptions (not done, failed, under way, or after « sauf »).
      // « J'ai tout sauf RSX101 »: what follows « sauf » is the exception to « tout ».
      const folded = foldText(step.result);
      const excepted = new Set(findUnitCodes(folded.split(/\b(sauf|except|excepte|hormis|a part|apart from|other than|but not)\b/).slice(2).join(" ")));
      // "yes UTC502 and UTC505 are done", « oui UTC502 et UTC505 »: a yes for the units it names, not for the ones it leaves out.
      const saysYes = YES_FIRST.test(folded.replace(/['’]/g, " "));
      const allOfThem = saysAllOfThem(step.result);
      const affirmed = saysYes && !allOfThem ? mentions.filter((m) => m.role === "asked" && !excepted.has(m.code) && required.includes(m.code)).map((m) => m.code) : [];
      const yesFirst = saysYes && mentions.every((m) => m.role !== "passed") && affirmed.length === 0;
      const all = answer !== "no" && (allOfThem || yesFirst) ? required : [];
      if (all.length) for (const code of excepted) notPassed.add(code);
      const core = saysCommonCorePassed(step.result) ? commonCoreUnits(await this.services.catalog()) : [];
      const given = answer === "yes" ? [...(unit?.prerequisites.allOf ?? [])] : [...codesGivenAsPassed(mentions), ...affirmed];
      state.whatIf.passed = [...new Set([...given, ...all, ...core])].filter((code) => !notPassed.has(code));
      const failedNow = mentions.flatMap((m) => (m.role === "failed" && m.grade !== undefined ? [{ code: m.code, grade: m.grade }] : []));
      if (failedNow.length) state.whatIf.failed = [...state.whatIf.failed.filter((f) => !failedNow.some((n) => n.code === f.code)), ...failedNow];
      // « j'ai UTC502 mais je n'ai jamais fait de C », « j'ai un BTS compta »: what they say of themselves at the question counts too.
      const saidNow = saidOfThemselves(step.result, this.services.now());
      if (saidNow.lackedSkills) state.lackedSkills = [...(state.lackedSkills ?? []), ...saidNow.lackedSkills];
      if (saidNow.knownSkills) state.knownSkills = [...(state.knownSkills ?? []), ...saidNow.knownSkills];
      if (saidNow.background && !state.background) state.background = saidNow.background;
      if (saidNow.yearsInComputing && !state.yearsInComputing) state.yearsInComputing = saidNow.yearsInComputing;
      if (saidNow.yearsOfWork && !state.yearsOfWork) state.yearsOfWork = saidNow.yearsOfWork;
      if (saidNow.experienceYears && !state.experienceYears) state.experienceYears = saidNow.experienceYears;
      // "I'm doing UTC505 right now": under way, its exam to come.
      const takingNow = mentions.filter((m) => m.role === "taking" && m.code !== state.code).map((m) => m.code);
      if (takingNow.length) state.taking = [...new Set([...(state.taking ?? []), ...takingNow])];
      // « Non pas encore, je pensais faire les deux en même temps »: the prerequisites taken the same semester.
      if (answer === "no" && saysTakenTogether(step.result) && unit?.prerequisites.allOf.length) state.together = [...new Set([...(state.together ?? []), ...unit.prerequisites.allOf])];
    }
    if (!unit || unit.kind === "UE") return step.next();
    const whatIf = this.whatIfQuestion(step);
    return step.prompt(DIPLOMA_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: whatIf(eligibilityWording[language].askDiploma, language), retryPrompt: eligibilityWording[language].retryDiploma })));
  }

  private async askExperience(step: WaterfallStepContext) {
    const state = this.state(step);
    if (!state.whatIf) return step.next();
    if (typeof step.result === "string") {
      const diploma = readDiploma(step.result, await this.services.catalog());
      state.whatIf.diplomas = diploma ? [diploma] : [];
    }
    const unit = (await this.services.catalog()).units.get(state.code);
    if (!unit || unit.kind !== "UA" || unit.uaType !== "professional-experience") return step.next();
    const whatIf = this.whatIfQuestion(step);
    return step.prompt(EXPERIENCE_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: whatIf(eligibilityWording[language].askExperience, language), retryPrompt: eligibilityWording[language].retryExperience })));
  }

  private async decide(step: WaterfallStepContext) {
    const state = this.state(step);
    const language = languageOf(step.context);
    const now = this.services.now();
    const catalog = await this.services.catalog();
    if (state.whatIf && typeof step.result === "string") state.whatIf.yearsInField = readYears(step.result) ?? 0;
    if (state.whatIf?.passed.includes(state.code)) {
      await step.context.sendActivity(eligibilityWording[language].alreadyPassedWhatIf(state.code));
      return endJob(step, { kind: "answered", answerId: ELIGIBILITY_DIALOG });
    }
    // Identity is the channel's, turn by turn: if it changed since the check began, the record read
    // at the start is not this person's, so nothing of it is shown.
    if (state.learnerId && (await this.services.identify(step.context))?.learnerId !== state.learnerId) {
      await step.context.sendActivity(eligibilityWording[language].identityChanged);
      return endJob(step, NO_OUTCOME);
    }
    const record = state.learnerId ? await this.record(step.context, state.learnerId) : undefined;
    const learner = record ?? statedRecord({ ...(state.whatIf ?? { passed: [], failed: [], diplomas: [], yearsInField: 0 }), taking: state.taking ?? [] }, catalog, now);
    // The other semester is offered as a check only when the unit has classes then (a UA has none to have).
    const chosenUnit = catalog.units.get(state.code);
    const other = state.semesterChosen ? offeredSemesters(now).find((id) => id !== state.semester && chosenUnit !== undefined && (chosenUnit.kind === "UA" || taughtIn(chosenUnit, id))) : undefined;
    if (state.semesterChosen) {
      const w = eligibilityWording[language];
      // (Units taken together: the next semester where all of them are offered.)
      const semester = state.semester!;
      const taughtThen = (code: string) => {
        const companion = catalog.units.get(code);
        return code !== state.code && companion !== undefined && taughtIn(companion, semester);
      };
      const together = [state.code, ...(state.together ?? []).filter(taughtThen)];
      const named = together.length > 1 ? together.join(language === "fr" ? " et " : " and ") : state.code;
      await step.context.sendActivity(message(w.semesterChosen(named, state.semester), other ? [say(w.otherSemester(state.code, other))] : []));
    }
    // Units to take together: each is checked as if the others were taken that same semester
    // (a prerequisite cannot be, some units exclude each other, their classes may overlap).
    const together = [state.code, ...(state.together ?? [])].filter((code) => catalog.units.has(code));
    // Units asked together are checked with each other; units asked side by side, each on its own; units under way, not at all.
    const checked = together.length > 1 ? (state.underWay ? [state.code] : together) : [state.code, ...(state.also ?? []).filter((code) => code !== state.code)];
    // The units the checked units' advised levels name (« niveau NFA031 et NFA032 »).
    const levelUnits = checked.flatMap((code) => catalog.units.get(code)?.prerequisites.advice.flatMap((advice) => findUnitCodes(advice)) ?? []);
    // What a visitor says of themselves, weighed against each unit's advised level (a record speaks for itself).
    const said: VisitorSaid | undefined = record
      ? undefined
      : {
          // Units taken the same semester are not validated yet; a beginner has validated none of those a level names.
          notValidated: [
            ...(state.missing ?? []),
            ...(state.whatIf?.failed ?? state.failed ?? []).map((f) => f.code),
            ...(together.length > 1 ? together : []),
            ...(state.fromScratch && !state.stated?.length ? levelUnits : []),
            // « if I only did NFA031 »: the level's other units are not validated.
            ...(state.listedOnly ? levelUnits.filter((code) => !(state.whatIf?.passed ?? state.stated ?? []).includes(code)) : []),
          ],
          // (Those said by name, « je n'ai pas fait NFA032 », are said not validated.)
          ...(state.fromScratch && !state.stated?.length
            ? { notValidatedAsBeginner: levelUnits.filter((code) => ![...(state.missing ?? []), ...(state.whatIf?.failed ?? state.failed ?? []).map((f) => f.code)].includes(code)) }
            : {}),
          listed: state.whatIf?.passed ?? state.stated ?? [],
          ...(state.background ? { background: state.background } : {}),
          ...(state.yearsInComputing ? { yearsInComputing: state.yearsInComputing } : {}),
          ...(state.yearsOfWork ? { yearsOfWork: state.yearsOfWork } : {}),
          ...(state.experienceYears ? { experienceYears: state.experienceYears } : {}),
          // (Someone new to computing is told where to start instead: the computing department's units for one starting from nothing.)
          ...(state.newToComputing ? { newToComputing: true, ...startingUnits(catalog, checked) } : {}),
          ...(state.lackedSkills?.length ? { lackedSkills: state.lackedSkills } : {}),
          ...(state.knownSkills?.length ? { knownSkills: state.knownSkills } : {}),
          ...(state.languageLevel ? { languageLevel: state.languageLevel, levelUnits: unitsForLevel(catalog, state.languageLevel) } : {}),
        };
    const unmentioned: string[] = [];
    for (const code of checked) {
      const companions = together.filter((other) => other !== code).map((unit) => ({ unit, semester: state.semester, ...offeringOn(catalog.units.get(unit), state.semester!, state.underWayDays?.[unit]) }));
      const withCompanions = companions.length ? { ...learner, enrolments: [...learner.enrolments.filter((e) => !companions.some((c) => c.unit === e.unit && c.semester === e.semester)), ...companions] } : learner;
      const checkedDecision = checkEligibility({ code, semester: state.semester, learner: withCompanions, catalog, now, ...(state.availability ? { availability: state.availability } : {}) });
      const { decision: weighedDecision, unasked } = code === state.code ? withoutUnasked(checkedDecision, state.unasked ?? []) : { decision: checkedDecision, unasked: [] };
      // (« jai jamais fait utc505, rsx112 c possible? »: the unit said not passed that the one-of group requires comes first.)
      const group = code === state.code && state.missingThrough?.length ? weighedDecision.nextSteps.find((s) => s.step === "pass-prerequisite" && s.unit === code) : undefined;
      const decision = group?.step === "pass-prerequisite" ? { ...weighedDecision, nextSteps: [{ step: "pass-prerequisite" as const, unit: list(group.prerequisites, language, "or"), prerequisites: state.missingThrough! }, ...weighedDecision.nextSteps] } : weighedDecision;
      const { lines, level } = said ? visitorCautions(decision, said, language) : { lines: [], level: undefined };
      if (unasked.length) lines.push(eligibilityWording[language].unaskedPrerequisites(code, list(unasked, language), unasked.length));
      // « je ne peux pas me déplacer du tout, je peux m'inscrire à ESD104 ? »: taught at a distance, yet with group sessions on site.
      const gatherings = atADistanceOnly(state.availability) ? onSiteGatherings(catalog.units.get(code), state.semester) : undefined;
      if (gatherings) lines.push(eligibilityWording[language].distanceWithGatherings(code, gatherings.replace(/[\s.]+$/, "")));
      // « je sors du taf à 19h30 tous les soirs, nfa008 c jouable ? »: the semester chosen suits the times said; the other one, whose
      // classes they cannot attend, is said so (the Monday evening of the first semester was left unsaid).
      // (Only for a time of day said, whose clash with the classes' hours the learner may not know; a day ruled out is plain.)
      if (code === state.code && other && state.availability?.weekdaysFrom && !decision.reasons.some((r) => r.rule === "outside-availability")) {
        const then = checkEligibility({ code, semester: other, learner: withCompanions, catalog, now, availability: state.availability });
        const misfit = then.reasons.find((r) => r.rule === "outside-availability" && r.severity === "blocker");
        if (misfit) lines.push(`ℹ️ ${describeReason(misfit, language)}`);
      }
      for (const caution of lines) await step.context.sendActivity(caution);
      // A prerequisite the visitor was asked about and did not say passed is one they said they have not.
      const checkedUnit = catalog.units.get(code);
      const asked = state.prerequisitesAsked && checkedUnit ? requiredUnits(checkedUnit) : [];
      const saidNotPassed = [...(said?.notValidated ?? []), ...asked];
      await step.context.sendActivity(decisionReply(decision, language, !record, step.context.activity.channelId, level, saidNotPassed));
      // « dites-le-moi (« j'ai validé UTC502 ») »: a « oui » passes the prerequisites not mentioned, and the check runs again.
      if (!record) unmentioned.push(...decision.reasons.flatMap((r) => (statedPrerequisite(r, language, saidNotPassed) && r.rule === "missing-prerequisite" && r.requirement.kind === "all-of" ? [r.requirement.code] : [])));
    }
    // « j'ai 20h de dispo, je peux faire UTC501 ? »: the class hours of the units checked, against the hours said (the verdict alone
    // said « Oui », as if the hours had been weighed).
    // (The units under way count in the week too: « je fais NFA031 …, j'ai 4h de libre …, UTC501 en même temps ? » said UTC501's 1 h 45
    // was « dans vos 4 h », NFA031's 3 h 30 left out.)
    if (state.hoursFree) await step.context.sendActivity(eligibilityWording[language].hoursWeighed(state.hoursFree, classLoads(state.underWay ? together : checked, catalog, state.semester, state.underWayDays)));
    // « Et au second semestre ? », "S1 please", « le 2 »: the same check for the semester said next.
    const turn = jobTurnOf(step.context);
    const passed = state.whatIf?.passed ?? state.stated;
    if (turn) {
      const options: EligibilityOptions = { ...this.situation(state), ...(passed?.length ? { passed } : {}) };
      // (An advisor offer made earlier in the same reply — « Voulez-vous que je transmette votre question ? » of a part not in
      // the sources — is kept: « oui » still takes it up.)
      const weighed = [...new Set([...checked.flatMap((code) => { const unit = catalog.units.get(code); return unit ? [...requiredUnits(unit), ...unit.recommended] : []; }), ...levelUnits])];
      const again = { ...options, semester: state.semester, ...(weighed.length ? { weighed } : {}) };
      const saidPassed = { job: ELIGIBILITY_DIALOG, options: { ...again, passed: [...new Set([...(passed ?? []), ...unmentioned])] } };
      const accept = unmentioned.length ? { accept: saidPassed, byHaving: saidPassed } : {};
      turn.conversation.offer = { ...turn.conversation.offer, ...accept, bySemester: { job: ELIGIBILITY_DIALOG, options: { ...options } }, refine: { job: ELIGIBILITY_DIALOG, options: again } };
    }
    return endJob(step, { kind: "answered", answerId: ELIGIBILITY_DIALOG });
  }
}

/**
 * A no settled by a prerequisite said not validated (« j'ai jamais fait UTC502 ») says nothing of the
 * others, which were not asked: their lines are taken out of the verdict (named apart, as unknown), as
 * long as a said one still blocks.
 */
function withoutUnasked(decision: EligibilityDecision, unasked: readonly string[]): { decision: EligibilityDecision; unasked: string[] } {
  if (unasked.length === 0 || decision.outcome === "unknown-unit") return { decision, unasked: [] };
  const isUnasked = (r: EligibilityDecision["reasons"][number]) =>
    r.rule === "missing-prerequisite" && r.status === "not-taken" && (r.requirement.kind === "all-of" ? unasked.includes(r.requirement.code) : r.requirement.codes.every((c) => unasked.includes(c)));
  const reasons = decision.reasons.filter((r) => !isUnasked(r));
  if (!reasons.some((r) => r.severity === "blocker")) return { decision, unasked: [] };
  const nextSteps = decision.nextSteps.flatMap((s): EligibilityDecision["nextSteps"][number][] => {
    if (s.step !== "pass-prerequisite") return [s];
    const prerequisites = s.prerequisites.filter((c) => !unasked.includes(c));
    return prerequisites.length ? [{ ...s, prerequisites }] : [];
  });
  return { decision: { ...decision, reasons, nextSteps }, unasked: [...unasked] };
}

type SaidOfThemselves = Pick<EligibilityOptions, "background" | "yearsInComputing" | "yearsOfWork" | "experienceYears" | "fromScratch" | "noUnitYet" | "newToComputing" | "lackedSkills" | "knownSkills" | "languageLevel" | "availability" | "hoursFree">;

/**
 * What a message says of the learner, weighed by the check: studies (« j'ai un BTS compta »), a start
 * from nothing, being new to computing, skills lacked (« jamais fait de C »), a language level, when
 * they can attend (« pas le samedi »). Read from the first message, after a verdict, and at the
 * prerequisite question; only what is said.
 */
export function saidOfThemselves(text: string, now: Date): SaidOfThemselves {
  const background = readStatedBackground(text);
  const lackedSkills = readLackedSkills(text);
  // (« je lis le C mais j'ai pas de bases en système », « l'algorithmique oui mais le C non »: a skill said beside one lacking is no
  // level met — the verdict stays on condition.)
  const folded = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ")} `;
  const saysALackToo = lackedSkills.length > 0 || LACKS_BASICS.test(folded) || BUT_NOT.test(folded);
  const knownSkills = saysALackToo ? [] : readKnownSkills(text);
  const languageLevel = readLanguageLevel(text);
  const availability = availabilityOf(readConstraints(text, now));
  const hoursFree = readHoursFree(text);
  const experience = readStatedExperience(text, now);
  const yearsInComputing = experience?.yearsInComputing;
  // (Years of living somewhere, of marriage, of a diploma held are no work: only those of a job named.)
  const yearsOfWork = experience?.inAJob;
  return {
    ...(background ? { background } : {}),
    ...(yearsInComputing ? { yearsInComputing } : {}),
    ...(yearsOfWork ? { yearsOfWork } : {}),
    ...(experience?.years ? { experienceYears: experience.years } : {}),
    ...(saysBeginner(text) ? { fromScratch: true } : {}),
    ...(NO_UNIT_YET.test(` ${foldText(text).replace(/['’]/g, " ")} `) ? { noUnitYet: true } : {}),
    ...(saysNewToComputing(text) ? { newToComputing: true } : {}),
    ...(lackedSkills.length ? { lackedSkills } : {}),
    ...(knownSkills.length ? { knownSkills } : {}),
    ...(languageLevel ? { languageLevel } : {}),
    ...(availability ? { availability } : {}),
    ...(hoursFree ? { hoursFree } : {}),
  };
}

/** Basics said lacking: « pas de bases en système », « aucune notion », "no background in", "not much knowledge". */
const LACKS_BASICS = /\b(pas de|pas les|pas vraiment de|aucune?|sans|peu de|no|without|not much|little) (vraies? |real |solid )?(bases?|notions?|connaissances?|background|basics|knowledge)\b/;
/** Something said not so after « mais », "but": « … mais le C non », "but not Linux". */
const BUT_NOT = /\b(mais|but|par contre|sauf|except)\b.*\b(pas|non|jamais|aucune?|no|not|never|none)\b/;

/** No unit taken here yet: « je n'ai encore fait aucune UE », « pas encore suivi d'UE », "I haven't taken any units yet". */
const NO_UNIT_YET =
  /\b((fait|suivi|valide|passe|pris|commence) aucune (ue|unite)|aucune (ue|unite) (encore )?(faite|suivie|validee|passee|prise)|pas (encore )?(fait|suivi|valide|passe|pris) (d|de|une seule) (ue|unites?)|(haven t|have not|never) (taken|done|passed|followed) (a|any|a single) (units?|ue|ues|course)|(not|no) units? (taken |done |passed )?(yet|so far))\b(?! (ce|cette|cet|depuis|since|this|pendant|for|last|l an|l annee|cette annee|yet this|au cours|en \d|in \d))/;

/** The units whose advised level holds a language level (« niveau inférieur à A2 » for an A1): where a learner at that level starts. */
function unitsForLevel(catalog: Catalog, level: StatedLanguageLevel): { code: string; title: string; advice: string }[] {
  return [...catalog.units.values()].flatMap((unit) =>
    unit.prerequisites.advice.filter((advice) => adviceHoldsLevel(advice, level.level)).map((advice) => ({ code: unit.code, title: unit.title, advice })),
  );
}

/** The semesters the semester question offers: the next two, in the order they come. */
function offered(now: Date): Semester[] {
  const next = nextSemester(now);
  return [next, followingSemester(next)];
}

function offeredSemesters(now: Date): SemesterId[] {
  return offered(now).map(formatSemester);
}

function isNone(text: string, language: Language): boolean {
  return eligibilityWording[language].noneWords.test(text) || readHavingYesNo(text) === "no";
}

/** Whether a message answers the eligibility prompt pending (see Job.accepts). */
export function answersEligibilityPrompt(promptId: string, turn: JobTurn): boolean {
  const text = turn.text;
  switch (promptId) {
    case UNIT_PROMPT:
      return findUnitCodes(text).length > 0;
    case SEMESTER_PROMPT:
      return readSemester(text, turn.services.now(), { atPrompt: true, offered: offeredSemesters(turn.services.now()) }) !== undefined;
    case PASSED_PROMPT:
      // Units named are how they stand, unless the words ask a check of their own (« puis-je suivre NFA032 ? »).
      // (« je l'ai eue au rattrapage avec 11 », « je la passe en ce moment »: how the unit asked stands, without its code.)
      // (« et RSX101 c'est obligé ? » asks whether RSX101 is needed, it does not say it passed: it had « ✅ RSX101 validée ».)
      // (« Et à RSX112 aussi ? »: the same question of another unit, not how RSX112 stands.)
      return isNone(text, turn.language) || readHavingYesNo(text) === "yes" || (findUnitCodes(text).length > 0 && (turn.understood.overruled ?? turn.intent).kind !== "eligibility" && !asksIfNeeded(text) && !asksOfAnotherToo(text)) || isSemesterOnly(text) || (findUnitCodes(text).length === 0 && !text.includes("?") && saidOfTheOneUnit(text) !== undefined);
    case DIPLOMA_PROMPT:
      // « au diplôme d'ingénieur cybersécurité », « la licence »: a diploma named by its kind, in a short answer.
      return isNone(text, turn.language) || DIPLOMA_CODE.test(text) || (namesADiploma(text) && text.trim().split(/\s+/).length <= 6 && !text.includes("?"));
    case EXPERIENCE_PROMPT:
      return readYears(text) !== undefined;
    default:
      return false;
  }
}

/** The question just asked, asked of another unit too: « Et à RSX112 aussi ? », "and NFA032 as well?". */
function asksOfAnotherToo(text: string): boolean {
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  return text.includes("?") && (/^\s*(et|and|what about|how about)\b/.test(folded) || ALSO_SAID.test(folded));
}

/** A question whether a unit is needed: « et RSX101 c'est obligé ? », « il la faut ? », "is UTC505 required?". */
function asksIfNeeded(text: string): boolean {
  return text.includes("?") && (asksIfCompulsory(text) || NEEDED_ASKED.test(` ${foldText(text).replace(/['’]/g, " ")} `));
}
const NEEDED_ASKED = /\b(necessaire|indispensable|il (la|le|les) faut|faut il|required|needed|mandatory|compulsory|do i need)\b/;

/** Each unit's class hours, and its weekly class time in that semester if it meets at set times (none at a distance). */
function classLoads(codes: readonly string[], catalog: Catalog, semester: SemesterId, days: Record<string, Weekday> = {}): ClassLoad[] {
  const term = termOf(semester);
  return codes.flatMap((code): ClassLoad[] => {
    const unit = catalog.units.get(code);
    if (!unit || unit.kind === "UA") return [];
    // (« … RSX102 ce semestre ? » in S1: RSX102, an S2 evening class, was said « à distance, sans horaire fixe ».)
    if (!unit.offerings.some((o) => o.term === term)) return [{ code, ...hoursOf(unit), notOffered: true }];
    const said = days[code] ? unit.offerings.find((o) => o.term === term && o.weekly.some((slot) => slot.day === days[code])) : undefined;
    const offering = said ?? unit.offerings.find((o) => o.term === term && o.weekly.length > 0);
    const weekly = offering ? weeklyMinutes(offering.weekly) : 0;
    return [{ code, ...hoursOf(unit), ...(weekly > 0 ? { weeklyMinutes: weekly } : {}) }];
  });
}

/** A unit's reference class hours, by its credits. */
function hoursOf(unit: Unit): { hours?: number } {
  const hours = referenceForCredits(unit.ects)?.hours;
  return hours !== undefined ? { hours } : {};
}

/** The offering of a unit under way followed on the day said, as an enrolment names it (none when no day is said or none matches). */
function offeringOn(unit: Unit | undefined, semester: SemesterId, day: Weekday | undefined): { offering?: string } {
  if (!unit || !day) return {};
  const term = termOf(semester);
  const offering = unit.offerings.find((o) => o.term === term && o.weekly.some((slot) => slot.day === day));
  return offering ? { offering: offering.id } : {};
}

/** Whether the learner said they take classes at a distance only (« je ne peux pas me déplacer »). */
function atADistanceOnly(availability: EligibilityState["availability"]): boolean {
  return (availability?.modalities?.length ?? 0) > 0 && availability!.modalities!.every((modality) => modality === "distance");
}

/** The note of a unit's distance offering in a semester that says it also meets on site, if any. */
function onSiteGatherings(unit: Unit | undefined, semester: SemesterId): string | undefined {
  const term = termOf(semester);
  return unit?.offerings.find((offering) => offering.term === term && offering.modality === "distance" && meetsOnSiteToo(offering))?.note;
}

/** An answer that opens with a yes: « oui sauf UTC503 », "yes except UTC503". */
const YES_FIRST = /^\s*(oui|ouais|yes|yep|yeah|toutes?|tous|all)\b/;

/** « oui mais avec 9 »: a grade said at the question; below the pass mark, the unit is failed. */
const GRADE_SAID = /\b(?:avec|with|eu|got|note de|note|grade of|mark of)\s+(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*\/\s*20)?\b/;
/** « je la passe en ce moment », « pas encore, je la passe en juin », "I'm taking it right now": under way, its exam to come. */
const UNDER_WAY =
  /\b(en ce moment|actuellement|en cours|ce semestre|je (la|le|l) (passe|suis|fais|prepare|termine)|je suis en train|en train de (la|le|l) (faire|suivre|passer)|exam(en)? (est |c est )?en janvier|this semester|right now|currently|i m (taking|doing) it|taking it now|doing it now)\b/;

/** How the one unit asked about stands, said without its code. */
export type SaidOfTheUnit = { kind: "passed" } | { kind: "failed"; grade?: number } | { kind: "taking" } | { kind: "later" };

/**
 * What an answer with no unit code says of the one unit the question asked about (« oui mais avec 9 »: failed with 9;
 * « avec 11 »: passed; « je la passe en ce moment »: under way; « au semestre prochain »: not yet), or undefined when it
 * says none of these.
 */
export function saidOfTheOneUnit(text: string): SaidOfTheUnit | undefined {
  const said = ` ${foldText(text).replace(/['’]/g, " ").replace(/\s+/g, " ")} `;
  const grade = GRADE_SAID.exec(said);
  if (grade) {
    const value = Number((grade[1] as string).replace(",", "."));
    return value < 10 ? { kind: "failed", grade: value } : { kind: "passed" };
  }
  // « non, je la passe au semestre prochain », « je la passe en juin »: not yet, and not under way this semester.
  if (LATER.test(said)) return { kind: "later" };
  if (FAILED.test(said)) return { kind: "failed" };
  return UNDER_WAY.test(said) ? { kind: "taking" } : undefined;
}

/** The one unit a unit requires, when it requires exactly one and no choice: what « je la passe en ce moment » speaks of. */
function theOnePrerequisite(unit: Unit): string | undefined {
  return unit.prerequisites.anyOf.length === 0 && unit.prerequisites.allOf.length === 1 ? unit.prerequisites.allOf[0] : undefined;
}
/** Taken in a semester to come: « au semestre prochain », « en juin », "next semester". */
const LATER = /\b(semestre prochain|prochain semestre|l an prochain|l annee prochaine|en (fevrier|mars|juin|septembre)|next (semester|term|year)|in (june|february|september))\b/;
/** Failed, said of it: « je l'ai ratée », « pas eu la moyenne », "I failed it". */
const FAILED = /\b(ratee?|loupee?|echouee?|foiree?|pas eu la moyenne|pas validee?|failed|flunked)\b/;

/** Whether a unit has classes in a semester's term (a UA has none). */
function taughtIn(unit: Unit, semester: SemesterId): boolean {
  return unit.offerings.some((o) => o.term === termOf(semester));
}

/**
 * Where someone new to computing starts: the computing department's first units for a beginner (NFA031), not the units checked.
 * Before a unit whose level asks to program already (NFP121's « savoir déjà programmer »), the way to it in order: the first
 * programming unit for a beginner, then the unit that advises it (NFA031, then NFA032).
 */
function startingUnits(catalog: Catalog, checked: readonly string[]): Pick<VisitorSaid, "startingUnits" | "startingInOrder"> {
  const pick = ({ code, title }: Unit) => ({ code, title });
  const asksProgramming = checked.some((code) => catalog.units.get(code)?.prerequisites.advice.some((advice) => /\bprogramm/.test(foldText(advice))));
  const first = asksProgramming ? findUnits(catalog, "programmation", { beginner: true }).units.find((unit) => !checked.includes(unit.code)) : undefined;
  const then = first
    ? [...catalog.units.values()].find((unit) => unit.kind === "UE" && !checked.includes(unit.code) && unit.recommended.includes(first.code) && requiredUnits(unit).length === 0)
    : undefined;
  if (first && then) return { startingUnits: [pick(first), pick(then)], startingInOrder: true };
  const { units } = findUnits(catalog, "informatique", { beginner: true }, { field: true });
  return { startingUnits: units.filter((unit) => !checked.includes(unit.code)).slice(0, MAX_STARTING_UNITS).map(pick) };
}
const MAX_STARTING_UNITS = 2;
