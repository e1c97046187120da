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

/**
 * Lines of a reply as Markdown that keeps them apart: Web Chat and Teams render Markdown without
 * line breaks, so a single "\n" would run two lines into one. List items ("- …") stay one per line,
 * and a list gets the blank line it needs before it.
 */
export function markdownLines(lines: readonly string[]): string {
  const isItem = (line: string) => /^\s*(- |\d+\. )/.test(line);
  return lines.reduce((text, line, i) => {
    if (i === 0) return line;
    const previous = lines[i - 1] as string;
    const separator = isItem(line) && isItem(previous) ? "\n" : "\n\n";
    return `${text}${separator}${line}`;
  }, "");
}

/** The start of a learner's question, enough to recognize it in a reply: on one line, at most `max` characters. */
export function excerpt(question: string, max = 120): string {
  const flat = question.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
