import { ActionTypes, type CardAction } from "botbuilder";
import type { Language } from "../../domain/language/language";
import { feedbackWording } from "./feedback.wording";

/** The two vote buttons offered under each answer; they send plain text, so every channel works. */
export function feedbackActions(language: Language): CardAction[] {
  const wording = feedbackWording[language];
  return [
    { type: ActionTypes.ImBack, title: wording.useful, value: wording.useful },
    { type: ActionTypes.ImBack, title: wording.notUseful, value: wording.notUseful },
  ];
}

const NOT_USEFUL = /^\s*(👎\s*)?(pas utile|pas util|inutile|not useful|not helpful|unhelpful|useless)\s*[.!]*\s*$/iu;
const USEFUL = /^\s*(👍\s*)?(utile|util|tr[eè]s utile|useful|helpful|very useful)\s*[.!]*\s*$/iu;

/** Reads a vote: true for "utile", false for "pas utile", undefined for anything else. */
export function recognizeVote(text: string): boolean | undefined {
  if (NOT_USEFUL.test(text)) return false;
  if (USEFUL.test(text)) return true;
  return undefined;
}
