/**
 * Reference: the least a stateful botbuilder bot does, without botbuilder-dialogs. It echoes the
 * message and counts the conversation's turns in conversation state: one state read and one state
 * write per turn, on the assistant's DynamoDB storage, through CloudAdapter.
 */
import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from "botbuilder";
import { anonymousAdapter, echoLambda, stateStorage } from "./echo-lambda";

class EchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.turns = conversationState.createProperty<number>("turns");
    this.onMessage(async (context, next) => {
      const count = (await this.turns.get(context, 0)) + 1;
      await this.turns.set(context, count);
      await context.sendActivity(`echo ${count}: ${context.activity.text ?? ""}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

export const { prepare, handler } = echoLambda(() => ({ adapter: anonymousAdapter(), bot: new EchoBot(new ConversationState(stateStorage())) }));
