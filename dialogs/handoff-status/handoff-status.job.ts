import type { TurnContext } from "botbuilder";
import type { HandoffRequest } from "../../domain/events/events.schema";
import type { Language } from "../../domain/language/language";
import type { AdvisorServices } from "../advisor-services";
import { advisorAction, message } from "../common/replies";
import type { ConversationData } from "../conversation-data";
import { channelReach } from "../handoff/handoff.job";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { plainWords } from "../../domain/understanding/question-focus";
import { intentOf, NO_OUTCOME, type JobTurn, type ReplyJob } from "../job";
import { handoffStatusWording, parisMoment } from "./handoff-status.wording";

/** Requests a web conversation waits an answer for: a few are plenty, and state stays small. */
const MAX_AWAITED = 5;

/**
 * « Où en est ma demande ? », « ma demande 261203-AB12C », "any answer to my request?": the status
 * of one of the learner's requests to an advisor — the one named, or the latest of this conversation.
 * A request is the learner's when it was made in this conversation, or by the same signed-in
 * learner; any other number gets the same « not in this conversation » as a number that does not
 * exist, so that nothing tells whether someone else's request exists.
 */
export const handoffStatusJob: ReplyJob = {
  name: "handoff-status",
  handles: { "handoff-status": "new-topic" },
  // An advisor's answer is the learner's own: never shown where a team reads along.
  usesRecord: true,
  label: { fr: "Suivi des demandes aux conseillers", en: "Following requests to advisors" },
  help: {
    fr: "dire où en est votre demande à un conseiller (« où en est ma demande ? »)",
    en: 'tell where your request to an advisor stands ("where is my request?")',
  },
  // « je ne trouve aucune demande dans cette conversation » then "I asked it yesterday I think", « je l'ai faite par mail »: what the
  // learner tells of that request (when, where, a number lost) is looked for again, not a question to hand on.
  refine(turn, options) {
    return options.none === true && tellsOfTheRequest(turn) ? { told: true } : undefined;
  },
  async reply(turn, options) {
    const told = options?.told === true;
    const { requestId } = told ? { requestId: undefined } : intentOf(turn, "handoff-status");
    const { context, services, language, conversation } = turn;
    const w = handoffStatusWording[language];
    const request = requestId ? await ownRequest(context, services, requestId) : await latestRequest(context, services);
    if (!request) {
      await context.sendActivity(message(requestId ? w.notFound(requestId) : told ? w.noneHere : w.noRequest, [advisorAction(language)]));
      // « … sinon, je peux transmettre votre question » then « oui »: the request for an advisor starts (it got « Que puis-je faire pour vous ? »).
      if (!requestId) conversation.offer = { refine: { job: handoffStatusJob.name, options: { none: true } }, accept: { job: "handoff", options: {} } };
      else conversation.offer = { accept: { job: "handoff", options: {} } };
      return NO_OUTCOME;
    }
    await context.sendActivity(message(statusText(request, language, services.handoffResponseDays)));
    if (request.answer) await noteShown(request, services, conversation);
    return NO_OUTCOME;
  },
};

/**
 * What a learner tells of a request not found: when it was made (« hier », « la semaine dernière », "yesterday", "a few days
 * ago"), where (« par mail », « dans une autre conversation », "on my phone", "by email"), a number lost (« j'ai pas le numéro »,
 * "I lost the number"), or that it was made (« je l'ai envoyée », "I asked it", « j'en ai fait une »). A few words, no unit named.
 */
const TELLS_OF_A_REQUEST =
  /\b(hier|avant hier|ce matin|hier soir|la semaine (derniere|passee)|le mois (dernier|passe)|l autre jour|il y a (\d+|quelques|deux|trois|plusieurs) (jours?|semaines?|mois)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (dernier|passe)|yesterday|this morning|last (night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other day|earlier today|(\d+|a few|two|three|several|some) (days?|weeks?|months?) ago|par (mail|e mail|email|courriel|telephone|tel|teams)|by (e ?mail|phone|teams)|on (teams|my phone|another (device|computer|browser|page|chat))|(une |dans une |dans l )?autre (conversation|discussion|fenetre|page|ordinateur|navigateur|telephone|appareil)|(another|other|a different|an earlier|a previous|my previous|my last) (conversation|chat|session|window|page|device|computer|browser|phone)|(pas|plus|perdu|oublie|sais plus) (le |son |mon )?(numero|num)|(don t|do not|didn t|no longer) (have|keep|know|remember) (the |its |my )?(number|reference)|(lost|forgot) (the |its |my )?(number|reference)|no (number|reference)|(je l ai|jl ai|je les ai|j en ai) (faite?|posee?|envoyee?|demandee?|transmise?)|j ai (demande|ecrit|envoye|pose)|i (asked|sent|made|submitted|wrote|filed) (it|one|a request|my request|the request|my question|the question))\b/;
/** A question naming studying here (« les examens c'est la semaine dernière de janvier ? ») asks of its own. */
const STUDYING_ASKED = /\b(examens?|exams?|cours|classes?|ue|ues|units?|inscri\w*|enrol\w*|licence|diplomes?|degree|credits?|ects|sessions?|semestres?|semesters?)\b/;
/** The most words such a message has: beyond, it says more than where its request is. */
const MAX_WORDS_TELLING = 16;

function tellsOfTheRequest(turn: JobTurn): boolean {
  const words = plainWords(turn.text);
  // (« il y a cours le samedi ? », "can I enrol by phone?": a question of its own, understood as such, is no word of the request.)
  // (« j'ai demandé si la licence est faisable à distance »: the question restated, to be answered.)
  const askedOfItsOwn = (turn.text.includes("?") && ((turn.understood.intent.kind !== "abstain" && turn.understood.intent.kind !== "suggestions") || STUDYING_ASKED.test(words))) || / (demande|asked) (si|whether|if|comment|how|quand|when|pourquoi|why|combien|how many|how much) /.test(words);
  return TELLS_OF_A_REQUEST.test(words) && !askedOfItsOwn && words.trim().split(" ").length <= MAX_WORDS_TELLING && findUnitCodes(turn.text).length === 0;
}

function statusText(request: HandoffRequest, language: Language, responseDays: number): string {
  const w = handoffStatusWording[language];
  switch (request.status) {
    case "open":
      return w.open(request.id, parisMoment(request.createdAt, language), request.reach, responseDays);
    case "answered":
      // The learner asked in their own conversation: the answer itself, whatever way it also took.
      return request.answer ? w.answer(request.id, request.question, request.answer.text) : w.answeredElsewhere(request.id, parisMoment(request.createdAt, language));
    case "closed":
      return request.answer ? w.closedAnswer(request.id, request.answer.text) : w.closed(request.id, request.closedAt ? parisMoment(request.closedAt, language) : undefined);
  }
}

/** The request of that number if it is this learner's (made here, or by the same signed-in learner). */
async function ownRequest(context: TurnContext, services: AdvisorServices, id: string): Promise<HandoffRequest | undefined> {
  const request = await services.events.getHandoff(id);
  if (!request) return undefined;
  const conversationId = context.activity.conversation?.id;
  if (conversationId && request.conversationId === conversationId) return request;
  if (!request.learnerId) return undefined;
  const identity = await services.identify(context);
  return identity && identity.learnerId === request.learnerId ? request : undefined;
}

/** The latest request of this conversation, else of the same signed-in learner. */
async function latestRequest(context: TurnContext, services: AdvisorServices): Promise<HandoffRequest | undefined> {
  const conversationId = context.activity.conversation?.id;
  const here = conversationId ? (await services.events.handoffsOfConversation(conversationId)).at(-1) : undefined;
  if (here) return here;
  const identity = await services.identify(context);
  if (!identity) return undefined;
  return (await services.events.handoffsOfLearner(identity.learnerId)).filter((request) => request.learnerId === identity.learnerId).at(-1);
}

/** The answer is now in front of the learner: delivered, and no longer awaited by this conversation. */
async function noteShown(request: HandoffRequest, services: AdvisorServices, conversation: ConversationData): Promise<void> {
  conversation.awaitingAnswers = conversation.awaitingAnswers?.filter((id) => id !== request.id);
  if (conversation.awaitingAnswers?.length === 0) conversation.awaitingAnswers = undefined;
  const status = request.delivery?.status;
  if (status === "delivered" || status === "by-contact") return;
  await services.events.markDelivery(request.id, { status: "delivered", at: services.now().toISOString() });
}

/**
 * Remembers that this web conversation waits for an advisor's answer to the request, so that the
 * learner's next message or return to the page shows it; Teams and contacts are answered otherwise.
 */
export function awaitAnswer(context: TurnContext, conversation: ConversationData, requestId: string): void {
  if (channelReach(context.activity) !== "web-conversation") return;
  conversation.awaitingAnswers = [...(conversation.awaitingAnswers ?? []).filter((id) => id !== requestId), requestId].slice(-MAX_AWAITED);
}

/**
 * Shows, in this conversation, the advisors' answers it was waiting for and that have not been
 * shown yet (delivery pending), then marks them delivered. Reads nothing when the conversation
 * waits for no answer: most turns cost no extra read. With `ofLearner` (a new or resumed web
 * conversation), also the pending web answers of the same signed-in learner's other conversations:
 * a page whose token expired could not resume the conversation where they asked. Returns how many
 * answers it showed.
 */
export async function showAwaitedAnswers(
  context: TurnContext,
  services: AdvisorServices,
  conversation: ConversationData,
  language: Language,
  options: { ofLearner?: boolean } = {},
): Promise<number> {
  const conversationId = context.activity.conversation?.id;
  const due: HandoffRequest[] = [];
  const still: string[] = [];
  const awaited = conversation.awaitingAnswers ?? [];
  // Read at once, not one after another: a turn waits for the slowest read only.
  const requests = await Promise.all(awaited.map((id) => services.events.getHandoff(id)));
  for (const [index, id] of awaited.entries()) {
    const request = requests[index];
    // Never another conversation's request, even if state were tampered with or reused.
    if (!request || !conversationId || request.conversationId !== conversationId) continue;
    if (request.status === "open") still.push(id);
    else if (isDue(request)) due.push(request);
  }
  conversation.awaitingAnswers = still.length > 0 ? still : undefined;
  if (options.ofLearner && channelReach(context.activity) === "web-conversation") {
    const identity = await services.identify(context);
    if (identity) {
      for (const request of await services.events.handoffsOfLearner(identity.learnerId)) {
        if (request.learnerId === identity.learnerId && request.reach === "web-conversation" && isDue(request) && !due.some((d) => d.id === request.id)) due.push(request);
      }
    }
  }
  for (const request of due) {
    await context.sendActivity(message(handoffStatusWording[language].answer(request.id, request.question, request.answer!.text)));
    await services.events.markDelivery(request.id, { status: "delivered", at: services.now().toISOString() });
  }
  return due.length;
}

/** An answer recorded for this chat and not shown yet (an answer by email or phone is the advisor's to give). */
function isDue(request: HandoffRequest): boolean {
  return request.status === "answered" && request.answer !== undefined && request.delivery?.status === "pending";
}
