/**
 * A stricter floor than issue 9's: the same minimal bot with conversation state only, one state read
 * and one state write per turn, as the assistant makes (bench/floor/dialog-echo.ts).
 */
import { ConversationState } from "botbuilder";
import { DialogEchoBot } from "./dialog-echo";
import { anonymousAdapter, echoLambda, stateStorage } from "./echo-lambda";

export const { prepare, handler } = echoLambda(() => ({ adapter: anonymousAdapter(), bot: new DialogEchoBot(new ConversationState(stateStorage())) }));
