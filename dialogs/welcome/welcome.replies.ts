import type { Activity } from "botbuilder";
import type { Language } from "../../domain/language/language";
import { message, say } from "../answers/answer.replies";
import { welcomeWording } from "./welcome.wording";

/** The opening message: what the assistant can do and three example questions to click. */
export function welcomeReply(language: Language): Partial<Activity> {
  const w = welcomeWording[language];
  return message(`${w.welcome}\n\n${w.examplesIntro}\n${w.examples.map((e) => `- ${e}`).join("\n")}`, w.examples.map(say));
}

export function greetingReply(language: Language): Partial<Activity> {
  const w = welcomeWording[language];
  return message(w.greeting, w.examples.map(say));
}

export function helpReply(language: Language): Partial<Activity> {
  const w = welcomeWording[language];
  return message(w.help, w.examples.map(say));
}
