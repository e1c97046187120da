import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from "botbuilder";
import { requiredUnits } from "../domain/catalog/catalog";
import { findUnitCodes } from "../domain/catalog/unit-code";
import { DialogSet, DialogTurnStatus, type DialogState } from "botbuilder-dialogs";
import { MAX_UNANSWERED_QUESTION_CHARS, redactQuestionForAdvisor } from "../domain/events/redaction";
import { DEFAULT_LANGUAGE, plainlyWrittenIn } from "../domain/language/language";
import type { Understood } from "../domain/understanding/understanding";
import { foldText } from "../domain/understanding/text-normalizer";
import { keptForALaterPlan } from "./planning/planning.constraints";
import type { AdvisorServices } from "./advisor-services";
import { isSharedConversation, withoutRecipientMention } from "./conversation-scope";
import { keptOffer, type ConversationData } from "./conversation-data";
import type { Job, JobOutcome, JobTurn } from "./job";
import { JOBS } from "./jobs";
import { ROUTER_DIALOG, RouterDialog } from "./router.dialog";
import { outcomeOf, setJobTurn } from "./turn-state";
import { answerFromAdvisorsChannel } from "./handoff/advisor-answer";
import { asksIfNeeded, followUpOnListed, followUpOnUnits, ofTheUnitFound, takesItWith, unitsOf } from "./common/unit-follow-up";
import { followUpOnAnswer, pointsToTheMatter } from "./common/answer-follow-up";
import { AFTER } from "../domain/understanding/unit-facets";
import { followUpOnNotion } from "../domain/understanding/notion-follow-up";
import { followUpOnDiploma, KIND_OF_PAGE } from "./common/diploma-follow-up";
import { searchAgainWithFilters, searchInTitles } from "./common/title-search";
import { namedDiploma } from "../domain/understanding/intent.recognizer";
import { withElisionsBeforeCodes } from "../domain/understanding/unit-mentions";
import { redactPersonalData } from "../domain/events/redaction";
import { readStatedBackground } from "../domain/understanding/stated-background";
import { alsoAskedAtACheck, followUpInFrame, frameAfterFollowUp, frameOf } from "./common/frame-follow-up";
import { welcomeReply } from "./welcome/welcome.job";
import { awaitAnswer, showAwaitedAnswers } from "./handoff-status/handoff-status.job";
import { channelReach } from "./handoff/handoff.job";
import { handoffStatusWording } from "./handoff-status/handoff-status.wording";
import { WEB_JOIN_EVENT } from "./web-join";
import { ELIGIBILITY_DIALOG } from "./eligibility/eligibility.dialog";

export type { ConversationData } from "./conversation-data";


/** A message in the other language switches the conversation only when it says enough to be sure. */
const WORDS_TO_SWITCH = 4;
/** Fewer words switch it when they are plainly of the other language (see plainlyWrittenIn). */
const WORDS_TO_SWITCH_PLAINLY = 3;
/** A message this short, not understood, right after a decline out of scope, insists on it. */
const MAX_INSISTING_WORDS = 6;
/** A message asking several questions, no longer than this, is kept for one turn to be answered again in the other language. */
const MAX_PARTS_ASKED_AGAIN = 600;

/** Understood as nothing: not known, unclear, or only suggestions. */
function notUnderstood(intent: Understood["intent"]): boolean {
  return intent.kind === "suggestions" || (intent.kind === "abstain" && (intent.reason === "unknown" || intent.reason === "unclear"));
}

/**
 * What a message that names no unit may be read as, when it follows a question about units: what
 * content would answer or not know, or a unit question without its unit (« combien d'heures ? »).
 * A grade, a plan, a request for an advisor… are their own questions.
 */
function mayBeAboutSubject(intent: Understood["intent"], text: string): boolean {
  switch (intent.kind) {
    case "answer":
    case "suggestions":
    case "abstain":
      return true;
    // « et il faut NFA041 aussi ? »: whether one more unit is needed before the one discussed.
    // (« et NFA040 c'est obligé ? » after NFP119's check: whether the unit named is needed before the one discussed.)
    case "unit":
      return intent.codes.length === 0 || (intent.codes.length === 1 && (intent.facet === "prerequisites" || asksIfNeeded(text)));
    case "unit-schedule":
    // "can I take it with UTC505?" after RSX101's card: the unit discussed, with the one named (see followUpOnUnits).
    case "eligibility":
      return intent.codes.length === 0 || (intent.codes.length === 1 && takesItWith(text));
    case "credit-hours":
      return intent.codes.length === 0 && intent.ects === undefined && intent.hours === undefined;
    // « elle compte pour la licence ? », "does it count towards the licence?" after a unit's card: whether that unit is in it
    // (it got the licence's card, without the yes or no).
    // (Not « Et la licence, quelles sont ses UE obligatoires ? », which asks of the licence.)
    case "diploma":
      return intent.codes.length === 0 && COUNTS_IN_IT.test(` ${foldText(text).replace(/['’]/g, " ")} `);
    // « et derrière elle permet de faire quelles UE ? » after UTC505's card: the units it opens, not a search on « derrière ».
    case "unit-search":
      return AFTER.test(` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `);
    default:
      return false;
  }
}

/** Whether a unit counts in a diploma, asked: « elle compte pour la licence ? », "does it count towards the licence?". */
const COUNTS_IN_IT = / (compte|comptent|count|counts|fait partie|part of|towards|dans la licence|in the licence|inclus\w*|included) /;

/** Turns that keep the subject for the next message: answers to the assistant's questions, votes, help. */
const KEEPS_SUBJECT: ReadonlySet<Understood["intent"]["kind"]> = new Set(["yes-no", "vote", "help", "thanks", "switch-language", "abstain"]);

/**
 * The assistant's turn: understands the message once, settles the reply language, runs the router
 * over the registry's jobs, then records how the job that finished ended; conversation state is
 * saved once at the end of the turn.
 */
export class AdvisorBot extends ActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly dialogs: DialogSet;

  /**
   * Conversation state only: the assistant remembers nothing per user across conversations (a
   * learner's record is read when needed, never copied into state), so a turn reads and writes one
   * state item.
   */
  constructor(
    private readonly conversationState: ConversationState,
    private readonly services: AdvisorServices,
    private readonly jobs: readonly Job[] = JOBS,
  ) {
    super();
    this.conversationData = conversationState.createProperty<ConversationData>("conversation");
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>("dialogs")).add(new RouterDialog(services, jobs));

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      logTeamsChannel(context, this.services);
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      // In a channel or group chat, the welcome is posted once, when the assistant is added, not for
      // every member who joins.
      const welcome = isSharedConversation(context.activity) ? newcomers.length < (context.activity.membersAdded ?? []).length : newcomers.length > 0;
      const data = await this.load(context);
      if (welcome && !data.welcomed) {
        data.welcomed = true;
        await context.sendActivity(welcomeReply(data.language));
        // A signed-in learner opening a new web conversation: answers their previous one could not get.
        if (channelReach(context.activity) === "web-conversation") await this.showAnswers(context, data, { ofLearner: true });
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === WEB_JOIN_EVENT) await this.welcomeBack(context);
      await next();
    });
  }

  /** A learner back on the web page, in the same conversation: the answers that came meanwhile, or a short welcome back. */
  private async welcomeBack(context: TurnContext): Promise<void> {
    const data = await this.load(context);
    const shown = await this.showAnswers(context, data, { ofLearner: true });
    if (shown === 0) await context.sendActivity(handoffStatusWording[data.language].welcomeBack);
  }

  /** Advisors' answers awaited here; a store that cannot be read leaves them for later, never fails the turn. */
  private async showAnswers(context: TurnContext, data: ConversationData, options: { ofLearner?: boolean } = {}): Promise<number> {
    try {
      return await showAwaitedAnswers(context, this.services, data, data.language, options);
    } catch (error) {
      this.services.log?.("awaited_answers_unavailable", { message: (error as Error).message });
      return 0;
    }
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    const { type } = context.activity;
    if (type === ActivityTypes.Message || type === ActivityTypes.ConversationUpdate || (type === ActivityTypes.Event && context.activity.name === WEB_JOIN_EVENT)) {
      await this.conversationState.saveChanges(context, false);
    }
  }

  /** The units required by the unit a check's question is about (« et UTC505 aussi ? » at RSX101's question answers it). */
  private async prerequisitesOfFrame(frame: ConversationData["frame"]): Promise<string[]> {
    const code = frame?.kind === "eligibility" ? findUnitCodes(frame.text)[0] : undefined;
    const unit = code ? (await this.services.catalog()).units.get(code) : undefined;
    return unit ? requiredUnits(unit) : [];
  }

  private async load(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, { language: DEFAULT_LANGUAGE, languageSet: false, welcomed: false });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // An advisor's « Répondre » from a request's card in the advisors' channel: not a learner's turn.
    if (await answerFromAdvisorsChannel(context, this.services)) return;
    // A card button sends its text in `value`; it reads as if the learner had typed it.
    const value = context.activity.value as { text?: unknown } | undefined;
    if (!context.activity.text && typeof value?.text === "string") context.activity.text = value.text;
    // In a channel, the message starts with the assistant's @mention: understood without it, and
    // prompts (which read the activity's text) read it without it too.
    if (context.activity.text) context.activity.text = withoutRecipientMention(context.activity);
    // (« qui fait le cours dang320 »: d'ANG320, the apostrophe left out on a phone.)
    if (context.activity.text && /\b[dlDL][A-Za-z]{3}\d{3}\b/.test(context.activity.text)) {
      const { units } = await this.services.catalog();
      context.activity.text = withElisionsBeforeCodes(context.activity.text, (code) => units.has(code));
    }
    const text = (context.activity.text ?? "").trim();
    const data = await this.load(context);

    const understanding = await this.services.understanding();
    const [first, ...parts] = understanding.understandEach(text, { language: data.language }) as [Understood, ...Understood[]];
    // "Is there a unit for programming beginners, how many hours is it…?": « it » after a search for one unit is the unit found first.
    const followUps = first.intent.kind === "unit-search" && parts.length > 0 ? ofTheUnitFound(first, parts, await this.services.catalog(), understanding, first.language) : parts;
    const dc = await this.dialogs.createContext(context);
    // « et c'est quand ? » after « c'est quoi RSX101 ? »: about the unit just discussed, when the message
    // names none and is no rule's question of its own. How other units stand (« jamais fait NFA004 »)
    // updates that unit's check only when no question of the assistant's waits for that very answer.
    const aboutSubject =
      followUps.length === 0 && mayBeAboutSubject(first.intent, text) ? followUpOnUnits(text, data.subject ?? [], understanding, data.language, { situation: dc.activeDialog === undefined, catalog: await this.services.catalog() }) : undefined;
    // « ok et concrètement je fais comment ? » after an answer: another entry on the same matter.
    // (« comment je l'obtiens ? » after the page on units needing an authorization: « l' » is that authorization.)
    const aboutTopic =
      !aboutSubject && followUps.length === 0 && data.topic && (first.intent.kind === "abstain" || first.intent.kind === "suggestions" || (first.intent.kind === "answer" && pointsToTheMatter(text)))
        ? followUpOnAnswer(text, data.topic, understanding, data.language)
        : undefined;
    // « c'est quoi une US ? » then « je peux en prendre une toute seule ? »: « en … une » is a US, not any unit.
    const aboutNotion = !aboutSubject && followUps.length === 0 && data.topic && (first.intent.kind === "answer" || first.intent.kind === "abstain" || first.intent.kind === "suggestions" || first.intent.kind === "diploma") ? followUpOnNotion(text, data.topic, understanding, first.language) : undefined;
    // « NFA031 est à distance ? » then « et NSY103 ? »: the question before, asked of the new units or value.
    // (« Et à RSX112 aussi ? » at the question of a check of RSX101: the check of both.)
    const inFrame = followUps.length > 0 ? undefined : dc.activeDialog === undefined ? followUpInFrame(text, data.frame, understanding, first.language) : text.includes("?") ? alsoAskedAtACheck(text, data.frame, understanding, first.language, await this.prerequisitesOfFrame(data.frame)) : undefined;
    // « je voudrais faire la licence info » then « j'ai un BTS compta », « en combien de temps ? »: of that diploma.
    // (« c'est quoi les UE de l'ingé ? » then « celui en cyber »: the kind of diploma the page was about.)
    const kindOfTopic = data.topic ? understanding.entry(data.topic)?.tags.find((tag) => tag in KIND_OF_PAGE) : undefined;
    const aboutDiploma =
      !inFrame && !aboutSubject && followUps.length === 0 && dc.activeDialog === undefined
        ? followUpOnDiploma(text, data.diploma, first, understanding, first.language, kindOfTopic ? { kind: KIND_OF_PAGE[kindOfTopic]![first.language], named: await this.diplomasNamed(understanding.entry(data.topic!)?.answer[first.language] ?? "") } : {})
        : undefined;
    // « tu peux me conseiller un bon film ? » declined, then « allez juste un »: a few words not understood insist on it.
    const insisting = data.offTopicBefore && followUps.length === 0 && dc.activeDialog === undefined && wordCount(text) <= MAX_INSISTING_WORDS && notUnderstood(first.intent) ? { ...first, intent: { kind: "abstain", reason: "off-topic" } as const } : undefined;
    // « Je cherche des UE sur les bases de données » then « et celle sur les données à large échelle, il faut quel niveau ? ».
    const listed = data.offer?.listed;
    const aboutListed = followUps.length === 0 && dc.activeDialog === undefined && listed?.length ? followUpOnListed(text, listed, await this.services.catalog(), understanding, data.language) : undefined;
    // « des UE de management ? » then « et sans prérequis ? »: the same search, with that filter.
    const searchedAgain = followUps.length === 0 && dc.activeDialog === undefined && data.offer?.searched ? searchAgainWithFilters(text, first, data.offer.searched) : undefined;
    // "Looking for something on project management, ideally without prerequisites.": nothing understood, but the words name units by their titles.
    const inTitles =
      !searchedAgain && !aboutListed && !inFrame && !aboutSubject && !aboutDiploma && !aboutNotion && !aboutTopic && !insisting && followUps.length === 0 && dc.activeDialog === undefined && !awaitsAnAnswer(data.offer)
        ? searchInTitles(text, first, await this.services.catalog(), { afterAList: (listed?.length ?? 0) > 0 })
        : undefined;
    const understood = searchedAgain ?? aboutListed ?? inFrame ?? aboutSubject ?? aboutDiploma ?? aboutNotion ?? aboutTopic ?? insisting ?? inTitles ?? first;
    // ("and its prerequisites?" after a French answer: three words, but plainly English.)
    const plainlyOther = understood.language !== data.language && wordCount(text) >= WORDS_TO_SWITCH_PLAINLY && plainlyWrittenIn(text) === understood.language;
    if (understood.intent.kind === "switch-language" || !data.languageSet || (understood.language !== data.language && wordCount(text) >= WORDS_TO_SWITCH) || plainlyOther) {
      data.language = understood.language;
      data.languageSet = true;
    }
    const intent = understood.intent;
    // An advisor's answer that came since the last message comes first (the status question shows it itself).
    if (intent.kind !== "handoff-status") await this.showAnswers(context, data);
    // An offer is answered in the message right after it, or not at all.
    const pendingOffer = data.offer;
    data.offer = undefined;
    const turn: JobTurn = {
      context,
      language: data.language,
      intent,
      understood,
      // Read of the diploma before, the message is that question (« en combien de temps pour la licence ? »); read in the
      // frame of the question before, it is that question asked again (« et RSX101 ? » with « je fais UTC505 en ce moment »).
      // (« et quelles UE de la licence on peut suivre comme ça ? » after the page on FOAD: the question as it means it, « à distance ».)
      text: aboutDiploma?.text ?? (inFrame && inFrame.intent.kind === "eligibility" ? inFrame.text : aboutNotion && understood === aboutNotion ? aboutNotion.text : text),
      services: this.services,
      conversation: data,
      jobs: this.jobs,
      ...(pendingOffer ? { pendingOffer } : {}),
      ...(followUps.length > 0 ? { followUps } : {}),
    };
    setJobTurn(context, turn);
    this.services.log?.("understood", {
      intent: intent.kind,
      entryId: intent.kind === "answer" ? intent.entryId : undefined,
      confidence: intent.kind === "answer" ? intent.confidence : undefined,
      reason: intent.kind === "abstain" ? intent.reason : undefined,
      language: data.language,
    });

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      // A new question (not the answer to a pending prompt): its units are the next message's subject.
      const subjectBefore = data.subject;
      data.subject = unitsOf(intent) ?? (KEEPS_SUBJECT.has(intent.kind) ? data.subject : undefined);
      data.topic = intent.kind === "answer" ? intent.entryId : KEEPS_SUBJECT.has(intent.kind) ? data.topic : undefined;
      // A follow-up read in the frame keeps it: « et NSY103 ? » then « et NFA032 ? » ask the first question again.
      // (« tu peux me répondre en français ? » keeps it: the question before is asked again in that language.)
      data.frame = inFrame ? frameAfterFollowUp(data.frame!, inFrame) : intent.kind === "switch-language" ? data.frame : frameOf(understood);
      // (« c'est quoi une UA et combien d'heures pour 6 ECTS ? » then "in English please": both answers again, not the first alone.)
      // (Kept as the conversation's other words are: without an email, phone or link.)
      data.askedInParts = intent.kind === "switch-language" ? data.askedInParts : followUps.length > 0 && text.length <= MAX_PARTS_ASKED_AGAIN ? redactPersonalData(text, MAX_PARTS_ASKED_AGAIN) : undefined;
      await dc.beginDialog(ROUTER_DIALOG);
      // « j'ai un bac+2 mais 8 ans comme chef d'équipe » after a check of PRS201 refines that check: PRS201 stays the subject
      // (« et il faut une autorisation ? » is asked of it).
      const refined = outcomeOf(context);
      if (!unitsOf(intent) && pendingOffer?.refine?.job === ELIGIBILITY_DIALOG && refined?.kind === "answered" && refined.answerId === ELIGIBILITY_DIALOG) data.subject = subjectBefore;
      // After the jobs, which read the diploma the question before named (« j'ai 8 ans d'expérience, ça compte ? » of the licence).
      data.diploma = namedDiploma(text) ?? (aboutDiploma ? data.diploma : undefined);
      data.studies = readStatedBackground(text) ?? data.studies;
      // (Said in a plan's own dialog, times are that plan's; said beside, « je bosse le week-end » is kept for the plan asked next.)
      data.constraints = keptForALaterPlan(text, data.constraints);
    } else {
      data.frame = undefined;
      data.askedInParts = undefined;
    }
    if (intent.kind === "abstain" && intent.reason === "off-topic") data.offTopicBefore = true;
    else delete data.offTopicBefore;
    if (data.offer) data.offer = keptOffer(data.offer);
    data.welcomed = true;
    const outcome = outcomeOf(context);
    if (outcome) await this.record(outcome, turn);
  }

  /**
   * How the job that finished this turn ended: the statistics of the deflection rate (what was
   * answered, never who asked; an unanswered question redacted) and what a vote or a handoff
   * request will refer to.
   */
  /** The titles of the catalog's diplomas a page names by their codes, in its order (« CYC9101A …, CYC9102A … »): what « le deuxième » picks among. */
  private async diplomasNamed(page: string): Promise<string[]> {
    const diplomas = (await this.services.catalog()).diplomas;
    return [...new Set(page.match(/\b[A-Z]{2,4}\d{3,5}[A-Z]?\b/g) ?? [])].flatMap((code) => diplomas.get(code)?.title ?? []);
  }

    private async record(outcome: JobOutcome, { conversation, language, context }: JobTurn): Promise<void> {
    const { events, newId, now } = this.services;
    switch (outcome.kind) {
      case "answered":
        conversation.lastAnswer = outcome.answerId;
        conversation.lastQuestion = { outcome: "answered", answerId: outcome.answerId };
        return this.statistic(() => events.recordAnswered({ id: newId(), at: now().toISOString(), answerId: outcome.answerId, language }));
      case "unanswered": {
        conversation.lastQuestion = { outcome: "unanswered" };
        // Read by advisors in the report: no identifier, grade or titled name, as in a handoff request.
        const question = redactQuestionForAdvisor(outcome.question, MAX_UNANSWERED_QUESTION_CHARS);
        if (!question) return;
        return this.statistic(() => events.recordUnanswered({ id: newId(), at: now().toISOString(), question, language, suggested: outcome.suggested }));
      }
      case "handed-off":
        // The request took what preceded it; a later request starts from scratch.
        conversation.lastQuestion = undefined;
        awaitAnswer(context, conversation, outcome.requestId);
        return;
      case "cancelled":
      case "none":
        return;
    }
  }

  private async statistic(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      // The learner has the answer already: a lost statistic must not turn it into an apology.
      this.services.log?.("statistic_record_failed", { message: (error as Error).message });
    }
  }
}

/**
 * When the app is added to a team, logs the channel's address: the values admins put in
 * ADVISORS_TEAMS_SERVICE_URL and ADVISORS_TEAMS_CONVERSATION_ID to receive handoff requests there.
 */
function logTeamsChannel(context: TurnContext, services: Pick<AdvisorServices, "log">): void {
  const { activity } = context;
  const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient?.id);
  if (activity.channelId !== "msteams" || activity.conversation?.conversationType !== "channel" || !botAdded) return;
  services.log?.("teams_channel_installed", { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id, tenantId: activity.conversation.tenantId });
}

/**
 * Whether the reply before asked something the next message may answer (a yes, a semester, a grade, a refinement of a
 * plan…): a list of units, its buttons and its search (`listed`, `choices`, `searched`) ask nothing, a pick of them aside.
 */
function awaitsAnAnswer(offer: ConversationData["offer"]): boolean {
  return offer !== undefined && Object.entries(offer).some(([key, value]) => key !== "listed" && key !== "choices" && key !== "searched" && value !== undefined);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
