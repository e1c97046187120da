/**
 * The floor of issue 9 and DESIGN.md: the minimal botbuilder bot (botbuilder + botbuilder-dialogs),
 * with conversation state and user state, as botbuilder's samples wire it: 2 state reads and 2 state
 * writes per turn (bench/floor/dialog-echo.ts).
 */
import { ConversationState, UserState } from "botbuilder";
import { DialogEchoBot } from "./dialog-echo";
import { anonymousAdapter, echoLambda, stateStorage } from "./echo-lambda";

export const { prepare, handler } = echoLambda(() => {
  const storage = stateStorage();
  return { adapter: anonymousAdapter(), bot: new DialogEchoBot(new ConversationState(storage), new UserState(storage)) };
});
