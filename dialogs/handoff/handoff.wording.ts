import type { HandoffReach } from "../../domain/events/events.schema";
import type { Language } from "../../domain/language/language";

/** Wording of the handoff to an advisor, French first. */
export const handoffWording: Record<
  Language,
  {
    askQuestion: string;
    /** The learner changed their mind at « quelle est votre question ? »: nothing is passed on. */
    dropped: string;
    askContact: string;
    /** Where no answer can come back through the chat: said before asking for a contact. */
    askContactNoChat: string;
    contactRetry: string;
    recorded: (id: string, reach: HandoffReach, contact: string | undefined, responseDays: number) => string;
    noContact: string;
    /** The matter said right after a request that had none, added to it (the contact given stays). */
    matterAdded: (id: string, matter: string, contact: string | undefined, days: number) => string;
  }
> = {
  fr: {
    askQuestion: "Je transmets votre demande à un conseiller. Quelle est votre question ?",
    dropped: "D'accord, je ne transmets rien. Vous pouvez me poser une autre question quand vous voulez.",
    askContact:
      "Souhaitez-vous qu'un conseiller vous recontacte ? Indiquez votre adresse e-mail ou votre numéro de téléphone, ou répondez « non » : la réponse vous sera alors donnée dans cette conversation.",
    askContactNoChat:
      "Ici, je ne pourrai pas vous faire parvenir la réponse. Pour qu'un conseiller vous réponde, indiquez votre adresse e-mail ou votre numéro de téléphone ; sinon répondez « non » (votre question sera tout de même transmise).",
    contactRetry: "Je n'ai pas reconnu d'adresse e-mail ni de numéro de téléphone. Indiquez-en un, ou répondez « non ».",
    recorded: (id, reach, contact, days) =>
      `C'est noté : votre demande n° ${id} est transmise aux conseillers. ${
        reach === "contact"
          ? `Un conseiller vous répondra à ${contact}, en principe sous ${days} jours ouvrés.`
          : reach === "teams-chat"
            ? `Un conseiller vous répondra ici, dans votre conversation Teams avec l'assistant, en principe sous ${days} jours ouvrés.`
            : reach === "web-conversation"
              ? `La réponse d'un conseiller s'affichera dans cette conversation quand vous reviendrez sur cette page avec ce navigateur, en principe sous ${days} jours ouvrés.`
              : "Sans moyen de vous joindre, un conseiller ne pourra pas vous répondre : votre question servira à améliorer mes réponses. Pour une réponse, refaites une demande en laissant un e-mail ou un téléphone."
      }${reach === "none" ? "" : " Demandez « où en est ma demande ? » pour la suivre."} Vos notes et inscriptions ne sont pas jointes à la demande.`,
    noContact: "Entendu, je ne conserve aucun moyen de vous contacter.",
    matterAdded: (id, matter, contact, days) =>
      `C'est noté : j'ai ajouté à votre demande n° ${id} son objet : « ${matter} ».${contact ? ` Un conseiller vous répondra à ${contact}, en principe sous ${days} jours ouvrés.` : ""}`,
  },
  en: {
    askQuestion: "I will pass your request to an advisor. What is your question?",
    dropped: "All right, I pass nothing on. Ask me anything else whenever you like.",
    askContact:
      "Would you like an advisor to contact you? Give your email address or phone number, or answer \"no\": the answer will then come in this conversation.",
    askContactNoChat:
      "Here I cannot bring you the answer. For an advisor to answer you, give your email address or phone number; otherwise answer \"no\" (your question will be passed on all the same).",
    contactRetry: "I did not recognize an email address or a phone number. Please give one, or answer \"no\".",
    recorded: (id, reach, contact, days) =>
      `Done: your request no. ${id} has been passed to the advisors. ${
        reach === "contact"
          ? `An advisor will answer you at ${contact}, normally within ${days} working days.`
          : reach === "teams-chat"
            ? `An advisor will answer you here, in your Teams chat with the assistant, normally within ${days} working days.`
            : reach === "web-conversation"
              ? `An advisor's answer will show in this conversation when you come back to this page in this browser, normally within ${days} working days.`
              : "With no way to reach you, an advisor cannot answer you: your question will help improve my answers. For an answer, ask again and leave an email or a phone number."
      }${reach === "none" ? "" : ' Ask "where is my request?" to follow it.'} Your grades and enrolments are not attached to the request.`,
    noContact: "Understood, I keep no way to contact you.",
    matterAdded: (id, matter, contact, days) =>
      `Noted: I added what it is about to your request no. ${id}: "${matter}".${contact ? ` An advisor will answer you at ${contact}, normally within ${days} working days.` : ""}`,
  },
};
