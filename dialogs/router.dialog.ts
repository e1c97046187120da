import { asks } from "../domain/understanding/question-focus";
import { saysCancelFirst } from "../domain/understanding/intent.recognizer";
import { foldText } from "../domain/understanding/text-normalizer";
import { findUnitCodes, UNIT_CODE_PATTERN } from "../domain/catalog/unit-code";
import { ActionTypes, type CardAction } from "botbuilder";
import { ComponentDialog, Dialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from "botbuilder-dialogs";
import type { AdvisorServices } from "./advisor-services";
import { isSharedConversation, personalChatLink } from "./conversation-scope";
import { DialogsError } from "./errors";
import { isSemesterOnly, namesTheMatter, readGradeAlone, readHavingYesNo, readOrdinal, readQuantityAlone, saysPassItOn } from "../domain/understanding/prompt-answers";
import { readSemester } from "./common/semester-answer";
import { isDialogJob, NO_OUTCOME, type DialogJob, type IntentKind, type Job, type JobOutcome, type JobTurn, type OfferedJob } from "./job";
import { routerWording } from "./router.wording";
import { excerpt, message } from "./common/replies";
import { rewordPendingQuestion } from "./common/question-wordings";
import { jobTurnOf, setOutcome } from "./turn-state";

export const ROUTER_DIALOG = "router";
const ROUTE = "router.route";

/** Intents the router handles itself: conversation control, not a job. */
const CONTROL: ReadonlySet<IntentKind> = new Set(["cancel"]);

/** A registry mistake (two jobs for one intent, an intent no job handles): a fault of the code, not of the learner. */
export class JobRegistryError extends DialogsError {}

/** Which job handles each intent; two jobs claiming one intent is a mistake in the registry. */
export function jobsByIntent(jobs: readonly Job[]): Map<IntentKind, Job> {
  const byIntent = new Map<IntentKind, Job>();
  for (const job of jobs) {
    for (const kind of Object.keys(job.handles) as IntentKind[]) {
      const other = byIntent.get(kind);
      if (other || CONTROL.has(kind)) throw new JobRegistryError(`intent "${kind}" is claimed by ${other ? `jobs "${other.name}" and` : "the router and job"} "${job.name}"`);
      byIntent.set(kind, job);
    }
  }
  return byIntent;
}

/**
 * The router: one understanding per turn (made by the bot) decides which job of the registry runs.
 * A job's intent arriving while another job waits for an answer does what the job declared
 * (AtPrompt): help and a language switch reply and ask again, a new question starts over, cancel
 * drops everything; anything else is the answer to the pending question. The router records what a
 * job returned once it has run (in the turn it finished), never before. Where others read the
 * replies (a Teams channel or group chat), a job that `usesRecord` is not started, however it is
 * reached (a question, an offer taken up, a follow-up question): the learner is pointed to the
 * personal chat.
 */
export class RouterDialog extends ComponentDialog {
  private readonly byIntent: Map<IntentKind, Job>;
  private readonly byName: Map<string, Job>;

  constructor(services: AdvisorServices, jobs: readonly Job[]) {
    super(ROUTER_DIALOG);
    this.byIntent = jobsByIntent(jobs);
    this.byName = new Map(jobs.map((job) => [job.name, job]));
    for (const job of jobs) if (isDialogJob(job)) this.addDialog(job.dialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step), (step) => this.finish(step)]));
    this.initialDialogId = ROUTE;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const turn = turnOf(innerDc);
    // Whether the running check, plan or request has read a message of the learner's since it began (see beginJob).
    const answeredBefore = turn.conversation.dialogAnswered === true;
    turn.conversation.dialogAnswered = true;
    const kind = turn.intent.kind;
    if (CONTROL.has(kind)) {
      await innerDc.cancelAllDialogs();
      await turn.context.sendActivity(routerWording[turn.language].cancelled);
      setOutcome(turn.context, { kind: "cancelled" });
      return { status: DialogTurnStatus.complete };
    }
    const job = this.byIntent.get(kind);
    const atPrompt = job?.handles[kind] ?? "input";
    const active = this.byName.get(innerDc.activeDialog?.id ?? "");
    // What the pending prompt can read as its answer is its answer, whatever else it could mean.
    const promptId = innerDc.child?.activeDialog?.id;
    if (active?.accepts && promptId && active.accepts(promptId, turn)) return undefined;
    // « en fait laisse tomber. tu connais un bon dentiste ? » at the question for an advisor: called off first, then something
    // else, which is answered (it was taken as the question to hand on).
    if (active?.capturesInput && saysCancelFirst(turn.text)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    switch (atPrompt) {
      case "input":
        return undefined;
      case "reply-and-resume": {
        if (!job || isDialogJob(job)) return undefined;
        // "in English please" at a check's question: the check asks it again in that language, from the start (its prompt,
        // written in the other language, stayed so; the unit's card came before it).
        // (Only at its first question: later, what the learner has answered since would be lost.)
        const options = kind === "switch-language" && active && isDialogJob(active) && !answeredBefore ? startOptionsOf(innerDc) : undefined;
        if (options && active) {
          await job.reply({ ...turn, conversation: { ...turn.conversation, subject: undefined, topic: undefined } });
          // (In place of the job running, so that the route below it records how it ends.)
          turn.conversation.dialogAnswered = false;
          return innerDc.replaceDialog(active.name, options);
        }
        // Later, the question pending is asked again in the language asked for, what was answered before kept.
        if (kind === "switch-language") rewordPendingQuestion(innerDc, turn.language);
        await job.reply(turn);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      case "new-topic":
        // The learner answered a prompt with another question: answer that one, unless the pending
        // job takes whatever is written (a question for an advisor).
        if (active?.capturesInput) return undefined;
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROUTE);
    }
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step);
    const kind = turn.intent.kind;
    if (CONTROL.has(kind)) {
      await turn.context.sendActivity(routerWording[turn.language].nothingToCancel);
      return step.next(NO_OUTCOME);
    }
    const offered: RefinedJob | "declined" | undefined = takenOffer(turn) ?? this.refined(turn);
    if (offered === "declined") {
      await turn.context.sendActivity(routerWording[turn.language].offerDeclined);
      return step.next(NO_OUTCOME);
    }
    if (offered) {
      // "I did NFA031 but got 8" after a check of NFA032: what the grade means, then the check again with it.
      const grade = offered.withGrade ? this.byIntent.get("grade") : undefined;
      if (grade && !isDialogJob(grade)) await grade.reply(turn);
      return this.start(step, turn, offered);
    }
    const job = this.byIntent.get(kind);
    if (!job) throw new JobRegistryError(`no job handles intent "${kind}"`);
    const refused = await this.refusedHere(turn, job);
    return this.answerEach(step, turn, refused ? undefined : job);
  }

  /**
   * Every question of the message, in order: those a job answers in one reply first; then the first
   * check that asks questions back (an enrolment check, a plan, a request for an advisor), so that the
   * learner's next message answers it. Further checks wait, and the learner is told which. A check
   * waits too when an answer just given ends on a question of its own (« voulez-vous que je transmette
   * votre question ? »): the next « oui » must answer that one.
   */
  private async answerEach(step: WaterfallStepContext, turn: JobTurn, job: Job | undefined): Promise<DialogTurnResult> {
    const checks: { job: DialogJob; turn: JobTurn }[] = [];
    // A job answers in one reply (a check too, when its first turn holds all it needs), or its check waits its turn.
    const take = async (taken: Job, part: JobTurn): Promise<JobOutcome | undefined> => {
      if (!isDialogJob(taken)) return taken.reply(part);
      const atOnce = await taken.answerAtOnce?.(part);
      if (!atOnce) checks.push({ job: taken, turn: part });
      return atOnce;
    };
    const outcome: JobOutcome = (job ? await take(job, turn) : undefined) ?? NO_OUTCOME;
    const waiting: string[] = [];
    for (const followUp of turn.followUps ?? []) {
      const other = this.byIntent.get(followUp.intent.kind);
      if (!other || CONTROL.has(followUp.intent.kind)) {
        waiting.push(followUp.text);
        continue;
      }
      if (await this.refusedHere(turn, other)) continue;
      await take(other, { ...turn, intent: followUp.intent, understood: followUp, followUps: [] });
    }
    const [first, ...later] = checks;
    // An offer only to refine an answer (« c'était la session 2 ») asks the learner nothing: the check may ask.
    const offer = turn.conversation.offer;
    // Nor does a choice among answers listed (their buttons send their own question): a check waiting asks.
    const asksBack = offer !== undefined && Object.keys(offer).some((key) => key !== "refine" && key !== "choices");
    // Nor, when the check was the message's first question, does the offer to hand on a later part not in the sources
    // (« j'ai validé UTC505, je peux m'inscrire à RSX102 ? et il reste des places ? »): the check answers in the order asked,
    // and the offer stays for « oui » unless the check asks something back (its question is then the one pending).
    const askedFirst = first?.turn === turn;
    const handsOnlyOn = askedFirst && offer !== undefined && offer.accept?.job === "handoff" && Object.keys(offer).every((key) => key === "accept" || key === "refine" || key === "choices");
    const asked = first && (!asksBack || handsOnlyOn) ? first : undefined;
    waiting.push(...(asked ? later : checks).map((check) => askableAgain(check.turn)));
    // No check starting now: this message is the last, and its buttons ask each question left without retyping it.
    const tappable = waiting.length > 0 && waiting.length <= MAX_ASKED_AGAIN && !asked;
    if (waiting.length > 0) await turn.context.sendActivity(tappable ? message(routerWording[turn.language].askAfterTap(waiting), waiting.map(askAgainAction)) : routerWording[turn.language].askAfter(waiting));
    return asked ? this.beginJob(step, turn, asked.job.name, asked.job.start(asked.turn)) : step.next(outcome);
  }

  /** « 2 soirs par semaine » after a plan: the job that answered, run again with what the message refines. */
  private refined(turn: JobTurn): RefinedJob | undefined {
    const refine = turn.pendingOffer?.refine;
    const job = refine ? this.byName.get(refine.job) : undefined;
    if (!refine || !job?.refine) return undefined;
    // A question of its own (a grade, an enrolment check, a request for an advisor…) is not a refinement;
    // read by its words, as a prompt reads its answer (the learned route's job is for a message on its own).
    // (« j'ai un BTS SIO et je travaille le week-end » after a plan says what to plan with, asking nothing of the diploma.)
    const kind = (turn.understood.overruled ?? turn.intent).kind;
    // (« que des UE de 4 ? » after a budget of hours is read as credits and hours: the job that refines it says so.)
    const ofItsOwnKind = job.refinesItsOwnKind === true && job.handles[kind] !== undefined;
    const withGrade = kind === "grade" && job.refinesWithAGrade === true;
    if (!REFINABLE.has(kind) && !ofItsOwnKind && !withGrade && !(kind === "diploma" && !asks(turn.context.activity.text ?? turn.text))) return undefined;
    const options = job.refine(turn, refine.options);
    return options ? { job: refine.job, options, ...(withGrade ? { withGrade } : {}) } : undefined;
  }

  /** Starts the job an offer promised, with the question already asked. */
  private async start(step: WaterfallStepContext, turn: JobTurn, offered: OfferedJob): Promise<DialogTurnResult> {
    const job = this.byName.get(offered.job);
    if (!job) throw new JobRegistryError(`an offer names job "${offered.job}", which the registry does not have`);
    if (await this.refusedHere(turn, job)) return step.next(NO_OUTCOME);
    if (isDialogJob(job)) return this.beginJob(step, turn, job.name, offered.options);
    return step.next(await job.reply(turn, offered.options));
  }

  /** Says why a job that uses the learner's record does not run in a shared conversation; false where it may run. */
  private async refusedHere(turn: JobTurn, job: Job): Promise<boolean> {
    const { activity } = turn.context;
    if (!job.usesRecord || !isSharedConversation(activity)) return false;
    await turn.context.sendActivity(routerWording[turn.language].personalOnly(personalChatLink(activity)));
    return true;
  }

  /** A job that asks questions back, begun: it has read none of the learner's answers yet. */
  private async beginJob(dc: DialogContext, turn: JobTurn, name: string, options: object | undefined): Promise<DialogTurnResult> {
    turn.conversation.dialogAnswered = false;
    return dc.beginDialog(name, options);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    setOutcome(step.context, (step.result as JobOutcome | undefined) ?? NO_OUTCOME);
    return step.endDialog();
  }
}

/**
 * A check left for later, as the learner can ask it again: « C'est accessible ? » said after a situation naming
 * PRS201 is « puis-je m'inscrire à PRS201 ? »; other questions as they were asked.
 */
function askableAgain(turn: JobTurn): string {
  const { intent } = turn;
  if (intent.kind === "eligibility" && intent.codes.length > 0 && findUnitCodes(turn.understood.text).length === 0) return routerWording[turn.language].enrolQuestion(intent.codes.join(turn.language === "fr" ? " et " : " and "));
  return turn.understood.text;
}

/** A job offered or refined; `withGrade`: a grade refined it, which is answered first ("I did NFA031 but got 8" after a check). */
type RefinedJob = OfferedJob & { withGrade?: true };

/** The most questions left offered as buttons. */
const MAX_ASKED_AGAIN = 3;

/** A button that asks a question left for later, as the learner asked it. */
function askAgainAction(question: string): CardAction {
  return { type: ActionTypes.ImBack, title: excerpt(question, ASKED_AGAIN_TITLE), value: question };
}
/** The longest title of such a button. */
const ASKED_AGAIN_TITLE = 60;

/** The whole message declines every choice: « aucune », « non aucune de celles-là », "none of them", « ni l'une ni l'autre ». */
const NONE_OF_THEM =
  /^ (non |no |euh |hmm |bof )?(aucune?|aucune? (de celles ci|de celles la|de ceux ci|de ceux la|des trois|des deux|d entre elles|d entre eux)|ni l une ni l autre|ni l un ni l autre|none|none of (them|these|those)|neither|neither of them|rien de tout ca|pas celles ci|pas ceux ci)( merci| thanks)? $/;

/** What a refinement may be understood as on its own: what content would answer or not know. */
const REFINABLE: ReadonlySet<IntentKind> = new Set(["answer", "suggestions", "abstain", "planning", "unit", "eligibility"]);

/**
 * How this message answers the previous reply's offer: the job it accepts or picks, "declined", or
 * undefined when it is no answer to it (a new question, which is routed as usual).
 */
function takenOffer(turn: JobTurn): OfferedJob | "declined" | undefined {
  const offer = turn.pendingOffer;
  if (!offer) return undefined;
  if (turn.intent.kind === "yes-no") {
    if (turn.intent.answer === "no") return offer.byPassingOn && !offer.accept && !offer.choices ? undefined : "declined";
    // « oui stp » right after an answer sending to an advisor: that advisor is what the yes wants (the handoff still asks before sending).
    if (offer.byPassingOn && !offer.accept && (saysPassItOn(turn.text) || !offer.choices?.length)) return offer.byPassingOn;
    return offer.accept ?? (offer.choices?.length === 1 ? offer.choices[0] : undefined);
  }
  // « voulez-vous que je transmette votre question ? » then « ok transmettez au conseiller »: the yes, in the words of
  // a request for an advisor; the question offered is the one passed on, not asked again.
  if (turn.intent.kind === "handoff") {
    const passing = [offer.accept, offer.byPassingOn].find((offered) => offered?.job === "handoff" && typeof offered.options?.question === "string");
    if (passing) return passing;
  }
  // « un conseiller peut me rappeler ? mon numéro : … » recorded, then "it's about whether my BTS …": that request's matter.
  if (offer.byMatter && namesTheMatter(turn.text)) return { job: offer.byMatter.job, options: { ...offer.byMatter.options, matter: turn.text } };
  // « dites-le-moi (« j'ai validé UTC502 ») » then « oui je l'ai validée aussi », « non pas encore ».
  const having = offer.byHaving ? readHavingYesNo(turn.text) : undefined;
  if (offer.byHaving && having) return having === "yes" ? offer.byHaving : "declined";
  const choices = offer.choices ?? [];
  // « aucune », "none of them", « ni l'une ni l'autre » among the choices offered: none taken.
  if (choices.length > 1 && NONE_OF_THEM.test(` ${foldText(turn.text).replace(/['’]/g, " ").replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim()} `)) return "declined";
  const position = choices.length > 0 ? readOrdinal(turn.text, choices.length) : undefined;
  if (position !== undefined) return choices[position - 1];
  const bySemester = offer.bySemester;
  const semester = bySemester && isSemesterOnly(turn.text) ? readSemester(turn.text, turn.services.now(), { atPrompt: true }) : undefined;
  if (bySemester && semester) return { job: bySemester.job, options: { ...bySemester.options, semester } };
  // « Dites-moi votre note » then « 11 »; « donnez-moi un nombre de crédits » then « pour une UE de 4 ».
  const grade = offer.byGrade ? readGradeAlone(turn.text) : undefined;
  if (offer.byGrade && grade !== undefined) return { job: offer.byGrade.job, options: { ...offer.byGrade.options, grade } };
  // « donnez-moi le code de l'UE » then « NFA032 », « pour NFA032 svp »: that unit.
  const unit = offer.byUnit ? unitAlone(turn.text) : undefined;
  if (offer.byUnit && unit) return { job: offer.byUnit.job, options: { ...offer.byUnit.options, code: unit } };
  const quantity = offer.byQuantity ? readQuantityAlone(turn.text) : undefined;
  if (offer.byQuantity && quantity) return { job: offer.byQuantity.job, options: { ...offer.byQuantity.options, ...quantity } };
  return undefined;
}

/**
 * The options the active job's dialog was begun with: its steps keep them (a waterfall's state), at the bottom of its own
 * stack. Undefined when it keeps none.
 */
function startOptionsOf(innerDc: DialogContext): object | undefined {
  const inner = (innerDc.activeDialog?.state as { dialogs?: { dialogStack?: { state?: { options?: unknown } }[] } } | undefined)?.dialogs?.dialogStack ?? [];
  const options = inner[0]?.state?.options;
  return typeof options === "object" && options !== null ? options : undefined;
}

/** One unit's code with a few words around it at most: « NFA032 », « pour NFA032 svp », "NFA032 please". */
function unitAlone(text: string): string | undefined {
  const codes = findUnitCodes(text);
  const rest = foldText(text.replace(UNIT_CODE_PATTERN, " ")).replace(/[^a-z ]+/g, " ").trim();
  return codes.length === 1 && rest.split(/\s+/).filter(Boolean).length <= MAX_WORDS_BESIDE_A_CODE ? codes[0] : undefined;
}
/** Words beside a unit's code said alone: « c'est pour NFA032 ». */
const MAX_WORDS_BESIDE_A_CODE = 4;

function turnOf(dc: { context: DialogContext["context"] }): JobTurn {
  const turn = jobTurnOf(dc.context);
  if (!turn) throw new JobRegistryError("the router runs only in a turn the bot has understood");
  return turn;
}
