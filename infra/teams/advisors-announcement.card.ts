import type { HandoffRequest } from "../../domain/events/events.schema";
import { redactGrades } from "../../domain/events/redaction";

// Made on first use: the first Intl formatter of a process starts ICU's time zones (~18 ms of a cold start).
let PARIS_TIME: Intl.DateTimeFormat | undefined;
const parisTime = () => (PARIS_TIME ??= new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }));

const ORIGIN: Record<NonNullable<HandoffRequest["origin"]>, (answerId?: string) => string> = {
  direct: () => "directement, sans question à l'assistant",
  "after-answer": (answerId) => `après la réponse « ${answerId ?? "?"} » de l'assistant`,
  "after-unanswered": () => "après une question restée sans réponse",
};

/** Bot Framework's content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** What a message to the advisors' channel says: plain Bot Framework activity JSON, no SDK types. */
export interface AnnouncementMessage {
  type: "message";
  summary: string;
  attachments: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: Record<string, unknown> }[];
}

/**
 * The message posted to the advisors' Teams channel for a new handoff request, in French (the
 * advisors' language): an Adaptive Card with the request's facts and a summary for notifications. Grades are
 * removed from the question, even those the learner typed; nothing is read from the learner's record.
 */
export function advisorsAnnouncement(request: HandoffRequest): AnnouncementMessage {
  const question = redactGrades(request.question);
  const facts = [
    { title: "Reçue", value: parisTime().format(new Date(request.createdAt)) },
    { title: "Canal", value: request.channel },
    { title: "Langue", value: request.language === "fr" ? "français" : "anglais" },
    { title: "Demandée", value: ORIGIN[request.origin ?? "direct"](request.answerId) },
    { title: "Contact", value: request.contact ? `${request.contact.value} (${request.contact.kind === "email" ? "e-mail" : "téléphone"}, avec son accord)` : "aucun : répondre dans la conversation" },
    ...(request.learnerId ? [{ title: "Apprenant", value: request.learnerId }] : []),
  ];
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.4",
    body: [
      { type: "TextBlock", text: `Nouvelle demande n° ${request.id}`, weight: "Bolder", size: "Medium", wrap: true },
      { type: "TextBlock", text: question, wrap: true },
      { type: "FactSet", facts },
      { type: "TextBlock", text: `Clôturer : npm run handoffs -- close ${request.id} --resolution "…"`, isSubtle: true, size: "Small", wrap: true },
    ],
  };
  return {
    type: "message",
    // No text beside the card: Teams would show both. The summary is the notification's preview.
    summary: `Nouvelle demande n° ${request.id}`,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}
