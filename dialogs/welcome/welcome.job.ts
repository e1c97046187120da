import type { Activity } from "botbuilder";
import type { Language } from "../../domain/language/language";
import { localizedAnswer } from "../../domain/knowledge/content-entry.schema";
import { answerReply } from "../answers/answers.job";
import { message, say } from "../common/replies";
import { isDialogJob, NO_OUTCOME, type Job, type JobTurn, type ReplyJob } from "../job";
import { welcomeWording } from "./welcome.wording";

/** The opening message: what the assistant can do and three example questions to click. */
export function welcomeReply(language: Language): Partial<Activity> {
  const w = welcomeWording[language];
  return message(`${w.welcome}\n\n${w.examplesIntro}\n${w.examples.map((e) => `- ${e}`).join("\n")}`, w.examples.map(say));
}

/** What every job does, one line each, in the registry's order. */
export function helpReply(language: Language, jobs: readonly Job[]): Partial<Activity> {
  const w = welcomeWording[language];
  return message(w.help(jobs.flatMap((job) => (job.help ? [job.help[language]] : []))), w.examples.map(say));
}

/**
 * The question before (the conversation's frame: a unit's fact, a check, a conversion…) answered again by its job, in the
 * turn's language; false when there is none, or its job must ask something first.
 */
async function askedAgain(turn: JobTurn): Promise<boolean> {
  if (turn.conversation.askedInParts) {
    const again = await askedAgainInParts(turn, turn.conversation.askedInParts);
    // (A check that would ask first is not run again: the unit it was about is shown instead, as after a single question.)
    if (again.missed) await unitCardAgain(turn);
    return again.answered || again.missed;
  }
  const frame = turn.conversation.frame;
  if (!frame) return false;
  const understood = (await turn.services.understanding()).understand(frame.text, { language: turn.language });
  if (understood.intent.kind !== frame.kind) return false;
  const job = turn.jobs.find((candidate) => understood.intent.kind in candidate.handles);
  const again = { ...turn, intent: understood.intent, understood, text: frame.text };
  if (job && !isDialogJob(job)) {
    await job.reply(again);
    return true;
  }
  return job?.answerAtOnce ? (await job.answerAtOnce(again)) !== undefined : false;
}

/**
 * A message that asked several questions, each answered again in the turn's language by its job. A check that must ask something
 * first is not asked again unbidden: it is `missed`. `answered` when one part at least was.
 */
async function askedAgainInParts(turn: JobTurn, text: string): Promise<{ answered: boolean; missed: boolean }> {
  const understanding = await turn.services.understanding();
  let answered = false;
  let missed = false;
  for (const part of understanding.understandEach(text, { language: turn.language })) {
    const job = turn.jobs.find((candidate) => part.intent.kind in candidate.handles);
    if (!job || job.name === welcomeJob.name) continue;
    // A page of the content is read in the message's language: given again in the one asked for.
    const entry = part.intent.kind === "answer" ? understanding.entry(part.intent.entryId) : undefined;
    const intent = part.intent.kind === "answer" && entry ? { ...part.intent, answer: localizedAnswer(entry, turn.language) } : part.intent;
    const again = { ...turn, intent, understood: { ...part, intent }, text: part.text, followUps: [] };
    if (!isDialogJob(job)) {
      await job.reply(again);
      answered = true;
    } else if (job.answerAtOnce && (await job.answerAtOnce(again)) !== undefined) answered = true;
    else missed = true;
  }
  return { answered, missed };
}

/** The card of the unit the conversation is about, in the turn's language; nothing when it is about none. */
async function unitCardAgain(turn: JobTurn): Promise<void> {
  const unitJob = turn.conversation.subject?.length ? turn.jobs.find((job) => job.name === "unit-info") : undefined;
  if (unitJob && !isDialogJob(unitJob)) await unitJob.reply({ ...turn, intent: { kind: "unit", codes: turn.conversation.subject!, facet: "description" } });
}

/** Greetings (the welcome on a first one), thanks, help, a change of language, and « oui » / « non » to nothing. */
export const welcomeJob: ReplyJob = {
  name: "welcome",
  handles: { greeting: "input", thanks: "input", help: "reply-and-resume", "switch-language": "reply-and-resume", "yes-no": "input" },
  label: { fr: "Accueil et aide", en: "Welcome and help" },
  async reply(turn) {
    const w = welcomeWording[turn.language];
    switch (turn.intent.kind) {
      case "greeting":
        await turn.context.sendActivity(turn.conversation.welcomed ? message(w.greeting, w.examples.map(say)) : welcomeReply(turn.language));
        break;
      case "thanks":
        await turn.context.sendActivity(w.thanks);
        break;
      case "help":
        await turn.context.sendActivity(helpReply(turn.language, turn.jobs));
        break;
      case "switch-language": {
        await turn.context.sendActivity(w.languageSwitched);
        // « tu peux me répondre en français ? » after "How much does NFA031 cost?": that question again, in the language asked for.
        if (await askedAgain(turn)) break;
        // "In English please" right after an answer: that answer again, in the language asked for.
        const topic = turn.conversation.topic ? (await turn.services.understanding()).entry(turn.conversation.topic) : undefined;
        if (topic) await turn.context.sendActivity(answerReply(localizedAnswer(topic, turn.language), turn.language));
        // After a unit's card (« c'est quoi NFE115 ? »): that card again, in the language asked for.
        if (!topic) await unitCardAgain(turn);
        break;
      }
      case "yes-no":
        // « Oui » / « non » with no question pending: nothing to confirm, the learner may go on.
        await turn.context.sendActivity(message(turn.intent.answer === "yes" ? w.yesToNothing : w.noToNothing, w.examples.map(say)));
        break;
    }
    return NO_OUTCOME;
  },
};
