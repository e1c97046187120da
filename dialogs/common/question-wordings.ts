import type { Activity } from "botbuilder";
import type { DialogContext, PromptOptions, WaterfallStepContext } from "botbuilder-dialogs";
import type { Language } from "../../domain/language/language";
import { languageOf } from "../turn-state";

type Wording = Pick<PromptOptions, "prompt" | "retryPrompt">;

const LANGUAGES: readonly Language[] = ["fr", "en"];

/** Where a pending question keeps its wording in every language, in its prompt's options (saved with the dialog's state). */
const WORDINGS = "wordings";

/**
 * A job's question, worded in the turn's language, with its wording in every language kept beside it, so that
 * "in English please" at it (or « en français svp ») asks it again in that language without losing what the learner
 * already answered (rewordPendingQuestion). `word` must not change anything: it is called once per language.
 */
export function askedInEveryLanguage(step: WaterfallStepContext, word: (language: Language) => PromptOptions): PromptOptions {
  const language = languageOf(step.context);
  const options = word(language);
  const wordings = Object.fromEntries(LANGUAGES.map((each) => [each, wordingOf(each === language ? options : word(each))]));
  return { ...options, [WORDINGS]: wordings } as PromptOptions;
}

function wordingOf(options: PromptOptions): Wording {
  return { prompt: options.prompt as string | Partial<Activity>, ...(options.retryPrompt ? { retryPrompt: options.retryPrompt } : {}) };
}

/**
 * The question the learner has yet to answer, deepest in the dialogs, worded in `language` from then on (its prompt and
 * its retry). False when it was asked without its wordings (askedInEveryLanguage).
 */
export function rewordPendingQuestion(dc: DialogContext, language: Language): boolean {
  let deepest = dc;
  while (deepest.child) deepest = deepest.child;
  const options = (deepest.activeDialog?.state as { options?: Record<string, unknown> } | undefined)?.options;
  const wording = (options?.[WORDINGS] as Partial<Record<Language, Wording>> | undefined)?.[language];
  if (!options || !wording) return false;
  Object.assign(options, wording);
  return true;
}
