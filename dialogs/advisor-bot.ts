import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from "botbuilder";
import { DialogSet, DialogTurnStatus, type DialogState } from "botbuilder-dialogs";
import { DEFAULT_LANGUAGE, type Language } from "../domain/language/language";
import type { AdvisorServices } from "./advisor-services";
import { feedbackWording } from "./feedback/feedback.wording";
import { recognizeVote } from "./feedback/feedback";
import { advisorAction, message } from "./answers/answer.replies";
import { MAIN_DIALOG, MainDialog } from "./main.dialog";
import { answeredOf, setPreviousQuestion, setTurnLanguage, setUnderstood, unansweredOf, type PreviousQuestion } from "./turn-state";
import { welcomeReply } from "./welcome/welcome.replies";

/** What the assistant remembers about one conversation (no grades, no record: those are read when needed). */
export interface ConversationData {
  language: Language;
  /** True once the learner's language has been chosen, by their first message or on request. */
  languageSet: boolean;
  welcomed: boolean;
  /** The last answer given, for the "utile / pas utile" votes. */
  lastAnswer?: string;
  /** How the last question ended, so a handoff request says what preceded it (deflection rate). */
  lastQuestion?: PreviousQuestion;
}

/** A message in the other language switches the conversation only when it says enough to be sure. */
const WORDS_TO_SWITCH = 4;

/**
 * The assistant's turn: understands the message once, settles the reply language, takes a vote on
 * the last answer, then runs the dialogs; conversation state is saved once at the end of the turn.
 */
export class AdvisorBot extends ActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  /**
   * Conversation state only: the assistant remembers nothing per user across conversations (a
   * learner's record is read when needed, never copied into state), so a turn reads and writes one
   * state item.
   */
  constructor(
    private readonly conversationState: ConversationState,
    private readonly services: AdvisorServices,
  ) {
    super();
    this.conversationData = conversationState.createProperty<ConversationData>("conversation");
    this.dialogState = conversationState.createProperty<DialogState>("dialogs");
    this.dialogs = new DialogSet(this.dialogState).add(new MainDialog(services));

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      logTeamsChannel(context, this.services);
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      const data = await this.load(context);
      if (newcomers.length > 0 && !data.welcomed) {
        data.welcomed = true;
        setTurnLanguage(context, data.language);
        await context.sendActivity(welcomeReply(data.language));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.ConversationUpdate) {
      await this.conversationState.saveChanges(context, false);
    }
  }

  private async load(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, { language: DEFAULT_LANGUAGE, languageSet: false, welcomed: false });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // A card button sends its text in `value`; it reads as if the learner had typed it.
    const value = context.activity.value as { text?: unknown } | undefined;
    if (!context.activity.text && typeof value?.text === "string") context.activity.text = value.text;
    const text = (context.activity.text ?? "").trim();
    const data = await this.load(context);

    const understood = (await this.services.understanding()).understand(text, { language: data.language });
    if (understood.intent.kind === "switch-language" || !data.languageSet || (understood.language !== data.language && wordCount(text) >= WORDS_TO_SWITCH)) {
      data.language = understood.language;
      data.languageSet = true;
    }
    setTurnLanguage(context, data.language);
    setUnderstood(context, understood);
    setPreviousQuestion(context, data.lastQuestion);
    const intent = understood.intent;
    this.services.log?.("understood", {
      intent: intent.kind,
      entryId: intent.kind === "answer" ? intent.entryId : undefined,
      confidence: intent.kind === "answer" ? intent.confidence : undefined,
      reason: intent.kind === "abstain" ? intent.reason : undefined,
      language: data.language,
    });

    const vote = recognizeVote(text);
    if (vote !== undefined && data.lastAnswer) {
      await this.services.events.recordFeedback({
        id: this.services.newId(),
        at: this.services.now().toISOString(),
        answerId: data.lastAnswer,
        useful: vote,
        language: data.language,
      });
      data.lastAnswer = undefined;
      const w = feedbackWording[data.language];
      await context.sendActivity(vote ? message(w.thanksUseful) : message(w.thanksNotUseful, [advisorAction(data.language)]));
      return;
    }

    if (!data.welcomed) {
      data.welcomed = true;
      if (understood.intent.kind === "greeting") {
        await context.sendActivity(welcomeReply(data.language));
        return;
      }
    }

    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
    const answered = answeredOf(context);
    if (answered) {
      data.lastAnswer = answered;
      data.lastQuestion = { outcome: "answered", answerId: answered };
      await this.recordAnswered(answered, data.language);
    } else if (unansweredOf(context)) {
      data.lastQuestion = { outcome: "unanswered" };
    } else if (understood.intent.kind === "handoff") {
      // The handoff took what preceded it; a later request starts from scratch.
      data.lastQuestion = undefined;
    }
  }

  /** One event per answered question, for the deflection rate: what was answered, never who asked. */
  private async recordAnswered(answerId: string, language: Language): Promise<void> {
    try {
      await this.services.events.recordAnswered({ id: this.services.newId(), at: this.services.now().toISOString(), answerId, language });
    } catch (error) {
      // The learner has the answer already: a lost statistic must not turn it into an apology.
      this.services.log?.("answered_record_failed", { message: (error as Error).message });
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

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
