/**
 * The floor: a minimal echo bot on the assistant's framework, botbuilder with botbuilder-dialogs
 * (the "minimal botbuilder bot" of DESIGN.md: 6.0 MB bundled, recognizers-text included). The echo
 * is a one-step waterfall run from a DialogSet over conversation state, beside a turn counter: one
 * state read and one state write per turn, on the assistant's DynamoDB storage, through CloudAdapter.
 */
import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from "botbuilder";
import { DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from "botbuilder-dialogs";
import { anonymousAdapter, echoLambda, stateStorage } from "./echo-lambda";

const ECHO = "echo";

class DialogEchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;
  private readonly dialogs: DialogSet;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.turns = conversationState.createProperty<number>("turns");
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
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ECHO, { count });
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

export const { prepare, handler } = echoLambda(() => ({ adapter: anonymousAdapter(), bot: new DialogEchoBot(new ConversationState(stateStorage())) }));
