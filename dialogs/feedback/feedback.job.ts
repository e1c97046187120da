import { advisorAction, message } from "../common/replies";
import { intentOf, NO_OUTCOME, type ReplyJob } from "../job";
import { feedbackWording } from "./feedback.wording";

/** "👍 Utile" / "👎 Pas utile" under an answer: a vote on the last answer, never on who voted. */
export const feedbackJob: ReplyJob = {
  name: "feedback",
  handles: { vote: "reply-and-resume" },
  label: { fr: "Votes sur les réponses", en: "Votes on answers" },
  async reply(turn) {
    const { useful } = intentOf(turn, "vote");
    const { conversation, services, language } = turn;
    const w = feedbackWording[language];
    if (conversation.lastAnswer) {
      await services.events.recordFeedback({ id: services.newId(), at: services.now().toISOString(), answerId: conversation.lastAnswer, useful, language });
      // One vote per answer.
      conversation.lastAnswer = undefined;
    }
    await turn.context.sendActivity(useful ? message(w.thanksUseful) : message(w.thanksNotUseful, [advisorAction(language)]));
    // « …ou je peux la transmettre à un conseiller » : « oui » does.
    if (!useful) conversation.offer = { accept: { job: "handoff", options: {} } };
    return NO_OUTCOME;
  },
};
