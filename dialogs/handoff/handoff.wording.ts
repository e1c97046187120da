import type { Language } from "../../domain/language/language";

/** Wording of the handoff to an advisor, French first. */
export const handoffWording: Record<
  Language,
  {
    askQuestion: string;
    askContact: string;
    contactRetry: string;
    recorded: (id: string, contact: string | undefined, responseDays: number) => string;
    noContact: string;
  }
> = {
  fr: {
    askQuestion: "Je transmets votre demande à un conseiller. Quelle est votre question ?",
    askContact:
      "Souhaitez-vous qu'un conseiller vous recontacte ? Indiquez votre adresse e-mail ou votre numéro de téléphone, ou répondez « non » : la réponse vous sera alors donnée ici.",
    contactRetry: "Je n'ai pas reconnu d'adresse e-mail ni de numéro de téléphone. Indiquez-en un, ou répondez « non ».",
    recorded: (id, contact, days) =>
      `C'est noté : votre demande n° ${id} est transmise aux conseillers. ${
        contact ? `Un conseiller vous répondra à ${contact}` : "Un conseiller vous répondra dans cette conversation"
      }, en principe sous ${days} jours ouvrés. Vos notes et inscriptions ne sont pas jointes à la demande.`,
    noContact: "Entendu, je ne conserve aucun moyen de vous contacter.",
  },
  en: {
    askQuestion: "I will pass your request to an advisor. What is your question?",
    askContact:
      "Would you like an advisor to contact you? Give your email address or phone number, or answer \"no\": the answer will then come here.",
    contactRetry: "I did not recognize an email address or a phone number. Please give one, or answer \"no\".",
    recorded: (id, contact, days) =>
      `Done: your request no. ${id} has been passed to the advisors. ${
        contact ? `An advisor will answer you at ${contact}` : "An advisor will answer you in this conversation"
      }, normally within ${days} working days. Your grades and enrolments are not attached to the request.`,
    noContact: "Understood, I keep no way to contact you.",
  },
};
