import { ActionTypes, ActivityTypes, type Activity, type CardAction } from "botbuilder";
import type { Language } from "../../domain/language/language";
import { commonWording } from "./common.wording";

/** A text message with optional suggested actions (buttons that send their text back). */
export function message(text: string, actions: CardAction[] = []): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    ...(actions.length > 0 ? { suggestedActions: { actions, to: [] } } : {}),
  };
}

/** A button that says its text, as if the learner had typed it: works on every channel. */
export function say(text: string): CardAction {
  return { type: ActionTypes.ImBack, title: text, value: text };
}

export function advisorAction(language: Language): CardAction {
  return say(commonWording[language].advisorAction);
}

/** The two vote buttons offered under each answer. */
export function feedbackActions(language: Language): CardAction[] {
  const wording = commonWording[language];
  return [say(wording.useful), say(wording.notUseful)];
}
