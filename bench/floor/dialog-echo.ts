/**
 * A minimal echo bot on the assistant's framework, botbuilder with botbuilder-dialogs (6.0 MB bundled,
 * recognizers-text included). The echo is a one-step waterfall run from a DialogSet over conversation
 * state, beside a turn counter, on the assistant's DynamoDB storage, through CloudAdapter; with user
 * state too (a message counter per user), as the botbuilder samples and the floor of DESIGN.md and
 * issue 9 have it: two state reads and two state writes per turn. Without it: one of each.
 */
import { ActivityHandler, type BotState, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from "botbuilder";
import { DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from "botbuilder-dialogs";

const ECHO = "echo";

export class DialogEchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;
  private readonly messages?: StatePropertyAccessor<number>;
  private readonly dialogs: DialogSet;
  private readonly states: BotState[];

  constructor(conversationState: ConversationState, userState?: UserState) {
    super();
    this.states = [conversationState, ...(userState ? [userState] : [])];
    this.turns = conversationState.createProperty<number>("turns");
    if (userState) this.messages = userState.createProperty<number>("messages");
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>("dialogs")).add(
      new WaterfallDialog(ECHO, [
        async (step) => {
          await step.context.sendActivity(`echo ${String(step.options && (step.options as { count: number }).count)}: ${step.context.activity.text ?? ""}`);
          return step.endDialog();
        },
      ]),
    );
    this.onMessage(async (context, next) => {
      const count = (await this.turns.get(context, 0)) + 1;
      await this.turns.set(context, count);
      if (this.messages) await this.messages.set(context, (await this.messages.get(context, 0)) + 1);
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ECHO, { count });
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    for (const state of this.states) await state.saveChanges(context, false);
  }
}

