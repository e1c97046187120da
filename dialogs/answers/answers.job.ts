import type { Activity } from "botbuilder";
import type { LocalizedAnswer } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import type { AbstainReason, Suggestion } from "../../domain/understanding/understanding";
import { commonWording } from "../common/common.wording";
import { advisorAction, feedbackActions, message, say } from "../common/replies";
import { intentOf, NO_OUTCOME, type JobOutcome, type ReplyJob } from "../job";
import { answersWording } from "./answers.wording";

/** An answer of the knowledge base, with its links and the vote buttons. */
export function answerReply(answer: LocalizedAnswer, language: Language): Partial<Activity> {
  const links = answer.links.length > 0 ? `\n\n${answersWording[language].seeAlso}\n${answer.links.map((l) => `- [${l.label}](${l.url})`).join("\n")}` : "";
  return message(`${answer.text}${links}`, feedbackActions(language));
}

/** "Did you mean…": up to three canonical questions the learner can pick. */
export function suggestionsReply(suggestions: readonly Suggestion[], language: Language): Partial<Activity> {
  const lines = suggestions.map((s) => `- ${s.question}`).join("\n");
  return message(`${answersWording[language].suggestionsIntro}\n${lines}`, [...suggestions.map((s) => say(s.question)), advisorAction(language)]);
}

/** The honest "I do not know" (or "I will not"), always with a way forward. */
export function abstainReply(reason: AbstainReason, language: Language): Partial<Activity> {
  const help = say(commonWording[language].helpAction);
  return message(answersWording[language].abstain[reason], reason === "unclear" ? [help] : [advisorAction(language), help]);
}

/** Abstentions that are questions the assistant could not answer (the others are refusals or noise). */
const UNANSWERED: ReadonlySet<AbstainReason> = new Set(["unknown", "off-topic"]);

/** Questions answered from the admins' content: the answer, suggestions, or an honest "I do not know". */
export const answersJob: ReplyJob = {
  name: "answers",
  handles: { answer: "new-topic", suggestions: "input", abstain: "input" },
  label: { fr: "Réponses du contenu", en: "Answers from the content" },
  help: { fr: "expliquer ce que sont les UE, UA et US", en: "explain what UE, UA and US units are" },
  async reply(turn): Promise<JobOutcome> {
    const intent = intentOf(turn, "answer", "suggestions", "abstain");
    switch (intent.kind) {
      case "answer":
        await turn.context.sendActivity(answerReply(intent.answer, turn.language));
        return { kind: "answered", answerId: intent.entryId };
      case "suggestions":
        await turn.context.sendActivity(suggestionsReply(intent.suggestions, turn.language));
        return { kind: "unanswered", question: turn.text, suggested: intent.suggestions.map((s) => s.entryId) };
      case "abstain":
        await turn.context.sendActivity(abstainReply(intent.reason, turn.language));
        return UNANSWERED.has(intent.reason) ? { kind: "unanswered", question: turn.text, suggested: [] } : NO_OUTCOME;
    }
  },
};
