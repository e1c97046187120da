import { ActionTypes } from "botbuilder";
import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from "botbuilder-dialogs";
import { commonCoreUnits, type Catalog } from "../../domain/catalog/catalog";
import { diplomaUnits } from "../../domain/catalog/diploma.schema";
import { closestCodes } from "../../domain/catalog/closest-code";
import { codesInRanges } from "../../domain/catalog/code-ranges";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import type { Language } from "../../domain/language/language";
import { planDiploma } from "../../domain/planning/planning.rule";
import { buildProblem } from "../../domain/planning/planning.problem";
import { standingOf } from "../../domain/planning/planning.standing";
import { diplomaAtAPace } from "../../domain/planning/units-at-a-pace.rule";
import type { LearnerStanding, PlanningConstraints } from "../../domain/planning/planning.types";
import { currentOrComingSemester, formatSemester } from "../../domain/semester/semester";
import { readOrdinal } from "../../domain/understanding/prompt-answers";
import { foldText } from "../../domain/understanding/text-normalizer";
import { saysCommonCorePassed, unitMentions } from "../../domain/understanding/unit-mentions";
import type { StatedBackground } from "../../domain/understanding/stated-background";
import type { StatedExperience } from "../../domain/understanding/stated-experience";
import { experienceGoalOf, experienceVerdict } from "../answers/experience-applied";
import type { AdvisorServices } from "../advisor-services";
import { advisorAction, feedbackActions, message, say } from "../common/replies";
import { askedInEveryLanguage } from "../common/question-wordings";
import { diplomaNotHeld, namesASpeciality, readDiploma, readDiplomaAnswer } from "../common/diploma-name";
import { endJob, NO_OUTCOME, type JobTurn, type OfferedJob } from "../job";
import { jobTurnOf, languageOf } from "../turn-state";
import { diplomaList, handoffQuestion, noPlanReply, planReply } from "./planning.card";
import { applyStated, defaultConstraints, mergeStated, readConstraints, readConstraintsAnswer, saysAnything, zeroEveningsInPerson, type StatedConstraints } from "./planning.constraints";
import { isQuestion, readPassedAnswer, saysNothingPassed } from "./planning.passed";
import { describeConstraints, planningWording } from "./planning.wording";

export const PLANNING_DIALOG = "planning";
const STEPS = `${PLANNING_DIALOG}.steps`;
const DIPLOMA_PROMPT = "planning.diploma";
const PASSED_PROMPT = "planning.passed";
const CONSTRAINTS_PROMPT = "planning.constraints";

/** What the first message gave: diploma codes, units said passed, constraints, and the text itself. */
export interface PlanningOptions {
  diplomaCodes?: string[];
  /** Units said passed; empty when the learner said they passed none (« je pars de zéro »); absent when not said. */
  passed?: string[];
  stated?: StatedConstraints;
  text?: string;
  /** The diploma said turns before, in the learner's words (« je veux planifier ma licence », then « 2 soirs par semaine »). */
  diplomaSaid?: string;
  /** A restart of the steps (a question asked again): what was gathered so far. */
  resume?: PlanningState;
  /**
   * Plan at once with what is known (no unit passed unless said, the default constraints), and say so:
   * a question about the diploma in general, or a refinement of a plan just given.
   */
  direct?: boolean;
  /** What a visitor said of their studies (« j'ai un BTS compta », "no IT diploma"), weighed against the diploma's access. */
  background?: StatedBackground;
  /** The years of work the learner told (« ça fait 3 ans que je suis dev »): weighed against the diploma's UA of experience. */
  experience?: StatedExperience;
  /** Their studies told after a plan (« j'ai un DUT info »): what they mean for the diploma's access is said, met or not. */
  studiesTold?: boolean;
  /** The learner starts from nothing in the field (« aucune base en info »): the access note is said before the plan. */
  beginner?: boolean;
  /** Planned at once though the learner, speaking of themselves, named no unit passed: the plan says none is counted. */
  passedUnsaid?: boolean;
  /** Credits said held without their units (« j'ai 24 ECTS »): the plan says it cannot count them. */
  creditsSaid?: number;
  /** How long asked (« combien de temps », "how long"): with a number of units a semester said, the diploma's taught units at that pace first. */
  durationAsked?: boolean;
  /** The diploma's credits asked besides (« la licence cb d ects et sa dure cb de temps »): its total said before the plan. */
  creditsAsked?: boolean;
}

interface PlanningState {
  /** The identified learner's id; the record is read when needed, never kept in dialog state. */
  learnerId?: string;
  visitor: boolean;
  diploma?: string;
  /** The diplomas offered at the diploma question, in order (« la deuxième »). */
  offered?: string[];
  /** A visitor's validated units. */
  passed?: string[];
  /** No unit counted as passed because the learner named none (they gave only constraints): the plan says so. */
  passedUnsaid?: boolean;
  /** Credits said held without their units: said not counted, and why. */
  creditsSaid?: number;
  stated: StatedConstraints;
  /** The constraints question must be asked (again), whatever was said before. */
  askConstraints?: boolean;
  /** Planned without asking: the assumptions are said before the plan, and how to refine it after. */
  direct?: boolean;
  introduced?: boolean;
  background?: StatedBackground;
  experience?: StatedExperience;
  studiesTold?: boolean;
  beginner?: boolean;
  durationAsked?: boolean;
  creditsAsked?: boolean;
}

/**
 * Not a diploma, but an answer to the diploma question all the same: kept in the dialog, which asks
 * again with examples, rather than understood as a question of its own (« aucun » is not about fees).
 */
const NO_DIPLOMA_YET = /^\s*(aucune?s?|rien|pas encore|aucune idee|je (ne )?sais pas|j sais pas|sais pas|pas sure?|je ne suis pas sure?|none|nothing|not yet|no idea|i don ?t know|dunno|not sure)\s*[.!?]*\s*$/;

/** A diploma named by its code, or by a word of its kind (« la licence », "engineering"). */
const DIPLOMA_WORDS = /\b([a-z]{2,4}\d{4,5}[a-z]?|licence|master|ingenieur|engineer\w*|bachelor|titre|dut|but)\b/;

/**
 * « Planifier mes semestres », « en combien de temps je peux finir ma licence ? »: the diploma (the
 * learner's, or asked), a visitor's validated units, the constraints (asked once, with defaults, in
 * the learner's words), then the plan: a card with its text, the first semester's enrolment checks,
 * and the offer to have an advisor validate it. The plan never claims to be final.
 */
export class PlanningDialog extends ComponentDialog {
  constructor(private readonly services: AdvisorServices) {
    super(PLANNING_DIALOG);
    this.addDialog(new TextPrompt(DIPLOMA_PROMPT, (prompt) => this.validDiploma(prompt)));
    this.addDialog(new TextPrompt(PASSED_PROMPT, async (prompt) => answersPassed(prompt.recognized.value ?? "", languageOf(prompt.context), services.now())));
    this.addDialog(new TextPrompt(CONSTRAINTS_PROMPT, async (prompt) => answersConstraints(prompt.recognized.value ?? "", languageOf(prompt.context), services.now())));
    this.addDialog(
      new WaterfallDialog(STEPS, [(step) => this.chooseDiploma(step), (step) => this.askPassed(step), (step) => this.askConstraints(step), (step) => this.plan(step)]),
    );
    this.initialDialogId = STEPS;
  }

  private state(step: WaterfallStepContext): PlanningState {
    return step.values as PlanningState;
  }

  private async validDiploma(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? "";
    const offered = (prompt.options as { validations?: string[] }).validations ?? [];
    return readDiplomaAnswer(text, await this.services.catalog(), offered) !== undefined || (offered.length > 0 && readOrdinal(text, offered.length) !== undefined);
  }

  /** A visitor's first question says that the plan will be indicative. */
  private visitorQuestion(step: WaterfallStepContext): (question: string, language: Language) => string {
    const state = this.state(step);
    const intro = state.visitor === true && !state.introduced;
    if (intro) state.introduced = true;
    return (question, language) => (intro ? `${planningWording[language].visitorIntro} ${question}` : question);
  }

  private async chooseDiploma(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as PlanningOptions;
    if (options.resume) {
      Object.assign(step.values, options.resume);
      return step.next();
    }
    const state = this.state(step);
    const language = languageOf(step.context);
    const w = planningWording[language];
    const catalog = await this.services.catalog();
    state.stated = options.stated ?? {};
    state.visitor = true;
    // « J'ai validé UTC501 à UTC505 »: the units between the ends of a range count too.
    // « J'ai déjà tout le tronc commun »: the common core's units.
    const core = saysCommonCorePassed(options.text ?? "") ? commonCoreUnits(catalog) : [];
    if (options.passed || core.length) {
      const ranged = [...codesInRanges(options.text ?? "", (code) => catalog.units.has(code)), ...core];
      // In code order once a range is filled in (« UTC501 à UTC505 »: UTC501, UTC502… not the ends first).
      state.passed = ranged.length > 0 ? [...new Set([...(options.passed ?? []), ...ranged])].sort() : [...(options.passed ?? [])];
    }
    if (options.direct) state.direct = true;
    if (options.background) state.background = options.background;
    if (options.experience) state.experience = options.experience;
    if (options.studiesTold) state.studiesTold = true;
    if (options.beginner) state.beginner = true;
    if (options.durationAsked) state.durationAsked = true;
    if (options.creditsAsked) state.creditsAsked = true;
    // Units the text says in other words (« tout le tronc commun ») are said all the same.
    if (options.passedUnsaid && !state.passed) state.passedUnsaid = true;
    if (options.creditsSaid !== undefined && !state.passed?.length) state.creditsSaid = options.creditsSaid;

    const identity = await this.services.identify(step.context);
    // The record comes with the turn's own read (functions/turn/learner-read-along.ts): no extra round trip.
    const record = identity ? await this.services.learners.getLearner(identity.learnerId) : undefined;
    if (identity && record) {
      state.learnerId = identity.learnerId;
      state.visitor = false;
    } else if (identity) {
      await step.context.sendActivity(w.recordMissing);
      state.introduced = true;
    }
    // A visitor who said what they passed (or « rien ») gave what the plan needs: planned at once, with
    // the defaults said, rather than asked to confirm them.
    if (state.visitor && state.passed) state.direct = true;

    const named = options.diplomaCodes?.[0] ?? (options.text ? readDiploma(options.text, catalog) : undefined) ?? (options.diplomaSaid ? readDiploma(options.diplomaSaid, catalog) : undefined);
    if (named) {
      state.diploma = named;
      return step.next();
    }
    const registered = record?.registrations.map((r) => r.diploma).filter((code) => catalog.diplomas.has(code)) ?? [];
    if (registered.length === 1) {
      state.diploma = registered[0];
      return step.next();
    }
    // « Le diplôme d'ingénieur en IA » when the catalog holds no such diploma: said plainly, not asked to pick another.
    const notHeld = registered.length === 0 && options.text ? diplomaNotHeld(options.text, catalog) : undefined;
    if (notHeld) {
      const known = [...catalog.diplomas.values()].map((d) => ({ code: d.code, title: d.title }));
      await step.context.sendActivity(message(w.diplomaNotHeld(notHeld, diplomaList(known, language)), [advisorAction(language)]));
      return endJob(step, { kind: "unanswered", question: options.text!, suggested: [] });
    }
    // Two diplomas: which one (they are planned one at a time); none: which one to aim at.
    const offered = registered.length > 1 ? registered : [...catalog.diplomas.keys()];
    state.offered = offered;
    const diplomas = offered.map((code) => ({ code, title: catalog.diplomas.get(code)!.title }));
    const visitor = this.visitorQuestion(step);
    const buttons = diplomas.map((d) => ({ type: ActionTypes.ImBack, title: `${d.code} — ${d.title}`, value: d.code }));
    return step.prompt(DIPLOMA_PROMPT, {
      ...askedInEveryLanguage(step, (worded) => {
        const ww = planningWording[worded];
        const question = registered.length > 1 ? ww.askWhichDiploma(diplomaList(diplomas, worded)) : visitor(ww.askDiploma(diplomaList(diplomas, worded)), worded);
        return { prompt: message(question, buttons), retryPrompt: message(ww.retryDiploma, buttons) };
      }),
      validations: offered,
    });
  }

  private async askPassed(step: WaterfallStepContext) {
    const state = this.state(step);
    const language = languageOf(step.context);
    const w = planningWording[language];
    const catalog = await this.services.catalog();
    if (typeof step.result === "string") {
      const position = state.offered ? readOrdinal(step.result, state.offered.length) : undefined;
      state.diploma = readDiplomaAnswer(step.result, catalog, state.offered) ?? (position !== undefined ? state.offered![position - 1] : undefined);
      this.readBesidesDiploma(state, step.result);
    }
    const diploma = (state.diploma ?? "").toUpperCase();
    if (!catalog.diplomas.has(diploma)) {
      // An unknown code: the closest ones, each a button that plans it.
      const closest = closestCodes(diploma, catalog.diplomas.keys());
      await step.context.sendActivity(message(w.unknownDiploma(diploma, closest), [...closest.map((code) => say(w.planFor(code))), advisorAction(language)]));
      return endJob(step, { kind: "unanswered", question: step.context.activity.text ?? diploma, suggested: [] });
    }
    state.diploma = diploma;
    if (!state.visitor) return step.next();
    if (state.passed) return this.checkPassed(step, state.passed, catalog);
    if (state.direct) {
      state.passed = [];
      return step.next();
    }
    const visitor = this.visitorQuestion(step);
    return step.prompt(PASSED_PROMPT, askedInEveryLanguage(step, (worded) => ({ prompt: visitor(planningWording[worded].askPassed, worded), retryPrompt: planningWording[worded].retryPassed })));
  }

  /**
   * « La licence, et je pars de zéro », "the engineering one, no Saturdays": what the answer to the
   * diploma question says of the units passed and of the constraints is kept, not asked again.
   */
  private readBesidesDiploma(state: PlanningState, answer: string): void {
    state.stated = mergeStated(state.stated, readConstraints(answer, this.services.now()));
    if (!state.visitor || state.passed) return;
    const passed = unitMentions(answer).filter((m) => m.role === "passed").map((m) => m.code);
    if (passed.length > 0 || saysNothingPassed(answer)) {
      state.passed = passed;
      state.direct = true;
    }
  }

  /** A visitor's units, all known to the catalog; else the closest codes, and the question again. */
  private async checkPassed(step: WaterfallStepContext, codes: readonly string[], catalog: Catalog) {
    const state = this.state(step);
    const unknown = codes.filter((code) => !catalog.units.has(code));
    if (unknown.length === 0) {
      state.passed = [...codes];
      return step.next();
    }
    state.passed = undefined;
    // One message: the unknown codes with the closest ones, and the question again.
    const closest = unknown.map((code) => ({ code, closest: closestCodes(code, catalog.units.keys()) }));
    return step.prompt(PASSED_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: planningWording[language].unknownUnits(closest), retryPrompt: planningWording[language].retryPassed })));
  }

  private async askConstraints(step: WaterfallStepContext) {
    const state = this.state(step);
    const language = languageOf(step.context);
    if (typeof step.result === "string") {
      const catalog = await this.services.catalog();
      // « UTC504 seulement, et 2 soirs »: the units, and the constraints said with them (not asked again).
      const answer = readPassedAnswer(step.result, { none: planningWording[language].noneWords, exists: (code) => catalog.units.has(code), now: this.services.now(), commonCore: commonCoreUnits(catalog) });
      state.stated = mergeStated(state.stated, answer.stated);
      if (answer.codes.some((code) => !catalog.units.has(code))) {
        // Asked again until every code is known: the waterfall restarts from here with what it has.
        return this.again(step, { ...state, passed: answer.codes });
      }
      state.passed = answer.codes;
      // Constraints only (« juste 2 soirs »): planned from no unit passed, which the plan says, with how to add them.
      if (answer.codes.length === 0 && !answer.none) {
        state.passedUnsaid = true;
        state.direct = true;
      }
    }
    // Asked once, with the defaults, unless the first message already said what matters to the learner.
    if ((saysAnything(state.stated) || state.direct) && !state.askConstraints) return step.next();
    state.askConstraints = false;
    const constraints = applyStated(defaultConstraints(this.services.now()), state.stated, this.services.now());
    return step.prompt(
      CONSTRAINTS_PROMPT,
      askedInEveryLanguage(step, (worded) => {
        const w = planningWording[worded];
        const buttons = [w.keepButton, ...w.constraintButtons].map(say);
        return { prompt: message(w.askConstraints(describeConstraints(constraints, worded)), buttons), retryPrompt: message(w.retryConstraints, buttons) };
      }),
    );
  }

  /** The steps again, from the start, with what was gathered (a question to ask anew). */
  private again(step: WaterfallStepContext, resume: PlanningState) {
    return step.replaceDialog(STEPS, { resume } satisfies PlanningOptions);
  }

  private async plan(step: WaterfallStepContext) {
    const state = this.state(step);
    const language = languageOf(step.context);
    const w = planningWording[language];
    const now = this.services.now();
    if (typeof step.result === "string") {
      const answer = readConstraintsAnswer(step.result, now);
      state.stated = mergeStated(state.stated, answer);
    }
    const constraints = applyStated(defaultConstraints(now), state.stated, now);

    // Identity is the channel's, turn by turn: if it changed since the plan began, nothing of the
    // record read then is shown.
    if (state.learnerId && (await this.services.identify(step.context))?.learnerId !== state.learnerId) {
      await step.context.sendActivity(w.identityChanged);
      return endJob(step, NO_OUTCOME);
    }
    const record = state.learnerId ? await this.services.learners.getLearner(state.learnerId) : undefined;
    const catalog = await this.services.catalog();
    const standing: LearnerStanding = record
      ? standingOf(record, { firstSemester: constraints.firstSemester, running: formatSemester(currentOrComingSemester(now)) })
      : { passed: state.passed ?? [], inProgress: [], committed: [], registeredIn: [state.diploma!], authorizations: [] };
    // 0 evenings in person leaves nothing to plan, unless enrolments already kept give a semester its
    // classes (the rules then plan around them).
    if (zeroEveningsInPerson(constraints) && standing.committed.length === 0) {
      const { maxEvenings: _, ...rest } = state.stated;
      await step.context.sendActivity(w.zeroEvenings);
      return this.again(step, { ...state, stated: rest, askConstraints: true, introduced: true });
    }
    const result = planDiploma(catalog, { diploma: state.diploma!, standing, constraints });
    const answered = { kind: "answered", answerId: PLANNING_DIALOG } as const;
    const title = (d: { title: string; code: string }) => `${d.title} (${d.code})`;
    // « Je n'ai aucun diplôme en informatique »: the diploma's own word on who enters it, before the plan.
    const access = catalog.diplomas.get(state.diploma!)?.note;
    const { background } = state;
    // « Aucune base en info », "no IT background": a beginner is not who the access note expects either.
    const beginner = !background && state.beginner === true;
    const shortOfAccess = !record && access !== undefined && (beginner || (background !== undefined && (background.lacks === true || background.field !== "computing" || (background.level ?? 0) < 2)));
    const caution = shortOfAccess ? w.accessCaution(!background || background.lacks ? undefined : background.said, access) : undefined;
    // « j'ai un DUT info » after a plan: that it opens the diploma, said (it got the page on the licence's access, and no plan); only for a
    // note that names a level of studies, and studies held in the field.
    const accessMet =
      state.studiesTold && !record && access !== undefined && !shortOfAccess && background !== undefined && !background.guessed && !background.inProgress && !background.unfinished && !background.notHeld && ACCESS_BY_STUDIES.test(foldText(access))
        ? w.accessMet(background.said, state.diploma!)
        : undefined;
    // « … et ça fait 3 ans que je suis dev », "I'm an accountant with a BTS in accounting": the diploma's UA of experience applied to them,
    // said with what the plan says of their studies (or of its assumptions), in the same message.
    const uaLine = this.experienceLine(catalog, state, language);
    const aboutThem = caution ?? accessMet;
    const saidOfThem = aboutThem && uaLine ? `${aboutThem}\n${uaLine}` : aboutThem;
    switch (result.outcome) {
      case "plan": {
        const context = { visitor: !record, constraints };
        // « si je prends 2 UE par semestre, combien de temps pour la licence ? »: the diploma's taught units at that pace first (the
        // catalog's structure; a UA has no classes), then the plan that shows it semester by semester. (Only for a duration asked:
        // « 2 UE par semestre » at the constraints question or after a plan asks for the plan alone.)
        const perSemester = state.stated.maxUnits;
        const diploma = catalog.diplomas.get(state.diploma!);
        // « la licence cb d ects et sa dure cb de temps »: its credits first (the plan's semesters added up to them unsaid), and that its
        // length is the learner's pace, not a fixed one. (A sample diploma's are its parts' credits, as its card says: no total.)
        if (diploma && state.creditsAsked) await step.context.sendActivity(w.diplomaCredits(title(diploma), diploma.totalEcts, diploma.sample === true));
        if (typeof perSemester === "number" && diploma && state.durationAsked) {
          const taken = [...standing.passed, ...standing.inProgress];
          const paced = diplomaAtAPace(diploma, catalog.units, perSemester, taken);
          if (paced.count > 0) await step.context.sendActivity(w.atAPace(diploma.title, paced, perSemester, paced.count < diplomaAtAPace(diploma, catalog.units, perSemester).count));
        }
        const assumes = state.direct ? w.directAssumes(state.passed ?? [], describeConstraints(constraints, language), record ? "record" : state.passedUnsaid ? "unsaid" : undefined, state.creditsSaid) : undefined;
        if (assumes) await step.context.sendActivity(uaLine && !aboutThem ? `${assumes}\n${uaLine}` : assumes);
        if (saidOfThem) await step.context.sendActivity(saidOfThem);
        else if (uaLine && !assumes) await step.context.sendActivity(uaLine);
        await step.context.sendActivity(planReply(result.plan, { ...context, ...(shortOfAccess ? { afterPreparatory: true } : {}) }, language, step.context.activity.channelId));
        if (state.direct) await step.context.sendActivity(record ? w.refineHintRecord : w.refineHint);
        const turn = jobTurnOf(step.context);
        if (turn) {
          turn.conversation.offer = {
            accept: { job: "handoff", options: { question: handoffQuestion(result.plan, context, language).slice(0, 1_000) } },
            // « 2 soirs par semaine », « j'ai validé UTC501 »: the same plan again, refined.
            refine: refinedPlan(state),
          };
        }
        return endJob(step, answered);
      }
      case "complete":
        await step.context.sendActivity(message(w.complete(title(result.diploma)), [advisorAction(language), ...feedbackActions(language)]));
        return endJob(step, answered);
      case "infeasible":
        if (saidOfThem ?? uaLine) await step.context.sendActivity((saidOfThem ?? uaLine)!);
        // After preparatory units, what would give a plan says its length, not when it would end.
        // « je peux étudier qu'à distance, quelles UE de la licence sont possibles ? »: those that fit, named.
        await step.context.sendActivity(noPlanReply(result, language, shortOfAccess, unitsThatFit(catalog, state.diploma!, standing, constraints)));
        {
          // « et seulement le samedi ? », « bon, 3 soirs alors »: other constraints plan again.
          const turn = jobTurnOf(step.context);
          if (turn) turn.conversation.offer = { refine: refinedPlan(state) };
        }
        return endJob(step, answered);
      case "too-complex":
        await step.context.sendActivity(message(w.tooComplex(title(result.diploma)), [advisorAction(language)]));
        return endJob(step, { kind: "unanswered", question: step.context.activity.text ?? "", suggested: [] });
      case "invalid-constraints":
        await step.context.sendActivity(result.conflicts.map((c) => w.conflicts[c.kind]).join("\n"));
        return this.again(step, { ...state, stated: {}, askConstraints: true, introduced: true });
      case "unknown-diploma":
        await step.context.sendActivity(message(w.unknownDiploma(result.code, result.suggestions), [advisorAction(language)]));
        return endJob(step, { kind: "unanswered", question: step.context.activity.text ?? result.code, suggested: [] });
    }
  }

  /**
   * The diploma's UA of professional experience weighed against what the learner told: years of work (« ça fait 3 ans que je suis
   * dev »: the year in the field it asks is met), or studies outside the field ("a BTS in accounting": the year in the field, or the
   * internship's route). Undefined when they told neither, or the diploma has no such UA.
   */
  private experienceLine(catalog: Catalog, state: PlanningState, language: Language): string | undefined {
    const { experience, background } = state;
    if (!experience && (!background || background.field === "computing" || background.field === undefined)) return undefined;
    const goal = experienceGoalOf(state.diploma!, catalog);
    if (!goal?.ua) return undefined;
    return experienceVerdict(goal, experience, language, { unasked: true });
  }
}

/** An access note that names a level of studies (« Accès en L3 avec un DUT/BTS informatique »), which studies said may meet. */
const ACCESS_BY_STUDIES = /\b(bac|dut|bts|deust|licence|l\d|master|premier cycle)\b/;

/** The plan asked again with what the learner adds (units passed, constraints): the offer after a plan, or after none. */
function refinedPlan(state: PlanningState): OfferedJob {
  // (What the learner told of their studies and work is theirs still: « 2 UE par semestre max » after « j'ai un DUT info et 3 ans de dev ».)
  return {
    job: PLANNING_DIALOG,
    options: {
      diplomaCodes: [state.diploma!],
      ...(state.passed ? { passed: state.passed } : {}),
      stated: state.stated,
      ...(state.background ? { background: state.background } : {}),
      ...(state.experience ? { experience: state.experience } : {}),
      ...(state.studiesTold ? { studiesTold: true } : {}),
    },
  };
}

function answersNone(text: string, language: Language): boolean {
  return planningWording[language].noneWords.test(foldText(text));
}

/**
 * Units, « aucune » in any words (« je n'ai encore rien validé »), or constraints said instead
 * (« seulement 2 soirs »), unless asked as a question of their own (« quand commence le S2 ? »).
 */
function answersPassed(text: string, language: Language, now: Date): boolean {
  return answersNone(text, language) || findUnitCodes(text).length > 0 || saysNothingPassed(text) || (!isQuestion(text) && saysAnything(readConstraints(text, now)));
}

function answersConstraints(text: string, language: Language, now: Date): boolean {
  const words = ` ${foldText(text).replace(/[^a-z0-9 ]+/g, " ").trim()}`;
  // « top, c'est quoi la FOAD ? », "sure, how much does it cost?": a question of its own after the word that keeps (asked, not kept).
  const keeps = planningWording[language].keepWords.test(words) && !(isQuestion(text) && words.trim().split(" ").length > MAX_KEEP_WORDS);
  return keeps || saysAnything(readConstraintsAnswer(text, now));
}
/** « oui ça me va très bien », "ok that works for me": what keeps the assumptions says no more. */
const MAX_KEEP_WORDS = 5;

/** Whether a message answers the planner's pending question (see Job.accepts). */
export function answersPlanningPrompt(promptId: string, turn: JobTurn): boolean {
  switch (promptId) {
    case DIPLOMA_PROMPT:
      return DIPLOMA_WORDS.test(foldText(turn.text)) || namesASpeciality(turn.text) || readOrdinal(turn.text, 4) !== undefined || NO_DIPLOMA_YET.test(foldText(turn.text).replace(/['’]/g, " "));
    case PASSED_PROMPT:
      return answersPassed(turn.text, turn.language, turn.services.now());
    case CONSTRAINTS_PROMPT:
      return answersConstraints(turn.text, turn.language, turn.services.now());
    default:
      return false;
  }
}

/**
 * The diploma's own units the constraints leave usable (a class they accept, prerequisites passed or usable; a UA needs
 * none), not passed yet: what the learner can take, though no whole plan fits.
 */
function unitsThatFit(catalog: Catalog, code: string, standing: LearnerStanding, constraints: PlanningConstraints): { code: string; title: string; activity?: boolean }[] {
  const diploma = catalog.diplomas.get(code);
  if (!diploma) return [];
  const own = new Set(diplomaUnits(diploma));
  return buildProblem(catalog, diploma, standing, constraints)
    .items.filter((item) => own.has(item.code) && item.usable && !item.done)
    .map((item) => ({ code: item.code, title: item.unit.title, ...(item.unit.kind === "UA" ? { activity: true } : {}) }));
}
