import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from "botbuilder";
import { DEFAULT_LANGUAGE, detectLanguage, type Language } from "../domain/language/language";
import { welcomeWording } from "./welcome/welcome.wording";

/** What the assistant remembers about one conversation. */
export interface ConversationData {
  language: Language;
  welcomed: boolean;
  turns: number;
}

/**
 * The assistant's turn logic. Conversation and user state are loaded by the accessors on first use
 * and saved once at the end of every turn.
 */
export class AdvisorBot extends ActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super();
    this.conversationData = conversationState.createProperty<ConversationData>("conversation");

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length > 0) await this.welcome(context, await this.load(context));
      await next();
    });

    this.onMessage(async (context, next) => {
      const data = await this.load(context);
      data.turns += 1;
      data.language = detectLanguage(context.activity.text ?? "", data.language);
      if (!data.welcomed) {
        await this.welcome(context, data);
      } else {
        await context.sendActivity(welcomeWording[data.language].reminder);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.ConversationUpdate) {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private async load(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, { language: DEFAULT_LANGUAGE, welcomed: false, turns: 0 });
  }

  private async welcome(context: TurnContext, data: ConversationData): Promise<void> {
    data.welcomed = true;
    await context.sendActivity(welcomeWording[data.language].welcome);
  }
}
