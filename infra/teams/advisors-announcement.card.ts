import type { HandoffRequest } from "../../domain/events/events.schema";
import { ADVISOR_ANSWER_ACTION, ANSWER_INPUT, ANSWER_MAX_LENGTH } from "../../domain/events/handoff-answer";
import { redactGrades } from "../../domain/events/redaction";

// Made on first use: the first Intl formatter of a process starts ICU's time zones (~18 ms of a cold start).
let PARIS_TIME: Intl.DateTimeFormat | undefined;
const parisTime = () => (PARIS_TIME ??= new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }));

const ORIGIN: Record<NonNullable<HandoffRequest["origin"]>, (answerId?: string) => string> = {
  direct: () => "directement, sans question à l'assistant",
  "after-answer": (answerId) => `après la réponse « ${answerId ?? "?"} » de l'assistant`,
  "after-unanswered": () => "après une question restée sans réponse",
};

/** Where the answer goes when the learner left no contact (the promise made to them). */
const NO_CONTACT: Record<NonNullable<HandoffRequest["reach"]>, string> = {
  "teams-chat": "la réponse sera postée dans sa conversation Teams avec l'assistant",
  "web-conversation": "la réponse s'affichera quand il reviendra sur la page de chat",
  contact: "répondre par le contact donné",
  none: "impossible de lui répondre",
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
    { title: "Contact", value: request.contact ? `${request.contact.value} (${request.contact.kind === "email" ? "e-mail" : "téléphone"}, avec son accord)` : `aucun : ${NO_CONTACT[request.reach ?? "none"]}` },
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
      {
        type: "TextBlock",
        text: `Ou : npm run handoffs -- reply ${request.id} --text "…" ; clôturer : npm run handoffs -- close ${request.id} --resolution "…"`,
        isSubtle: true,
        size: "Small",
        wrap: true,
      },
    ],
    actions: [
      {
        type: "Action.ShowCard",
        title: "Répondre",
        card: {
          type: "AdaptiveCard",
          body: [
            {
              type: "Input.Text",
              id: ANSWER_INPUT,
              isMultiline: true,
              maxLength: ANSWER_MAX_LENGTH,
              isRequired: true,
              label: request.contact ? "Votre réponse (enregistrée avec la demande ; écrivez aussi à l'apprenant)" : "Votre réponse à l'apprenant",
              errorMessage: "Écrivez une réponse.",
            },
          ],
          actions: [{ type: "Action.Submit", title: "Envoyer la réponse", data: { action: ADVISOR_ANSWER_ACTION, requestId: request.id } }],
        },
      },
    ],
  };
  return {
    type: "message",
    // No text beside the card: Teams would show both. The summary is the notification's preview.
    summary: `Nouvelle demande n° ${request.id}`,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}
