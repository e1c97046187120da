import type { HandoffReach } from "../../domain/events/events.schema";
import type { Language } from "../../domain/language/language";
import { excerpt } from "../common/replies";

const PARIS: Partial<Record<Language, Intl.DateTimeFormat>> = {};
/** A moment as a learner in Paris reads it: « 3 décembre 2026 à 14:05 », "3 December 2026 at 14:05". */
export function parisMoment(iso: string, language: Language): string {
  PARIS[language] ??= new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { timeZone: "Europe/Paris", dateStyle: "long", timeStyle: "short" });
  return PARIS[language].format(new Date(iso));
}


/** Wording of « où en est ma demande ? » and of an advisor's answer shown in the conversation, French first. */
export const handoffStatusWording: Record<
  Language,
  {
    /**
     * An advisor's answer, shown in the conversation where the request was made, with the question it
     * answers: after a reload the page shows no history.
     */
    answer: (id: string, question: string, text: string) => string;
    open: (id: string, receivedAt: string, reach: HandoffReach | undefined, responseDays: number) => string;
    answeredElsewhere: (id: string, at: string) => string;
    closed: (id: string, at: string | undefined) => string;
    closedAnswer: (id: string, text: string) => string;
    /** A number that is not one of this conversation's requests: said the same whether it exists or not. */
    notFound: (id: string) => string;
    noRequest: string;
    /**
     * Told when or where a request not found was made (« je l'ai faite hier »): still none here, what this assistant sees (this
     * conversation's requests, or the signed-in learner's), and the way to it (its number), never a status made up.
     */
    noneHere: string;
    /** A web learner back on the page, with no answer waiting. */
    welcomeBack: string;
  }
> = {
  fr: {
    answer: (id, question, text) => `Un conseiller a répondu à votre demande ${id} (« ${excerpt(question)} ») :\n\n${text}`,
    open: (id, receivedAt, reach, days) =>
      `Votre demande ${id}, reçue le ${receivedAt}, attend la réponse d'un conseiller (en principe sous ${days} jours ouvrés). ${
        reach === "contact"
          ? "Le conseiller vous répondra par le moyen de contact que vous avez laissé."
          : reach === "teams-chat"
            ? "La réponse arrivera ici, dans votre conversation Teams avec l'assistant."
            : reach === "web-conversation"
              ? "La réponse s'affichera dans cette conversation quand vous reviendrez sur cette page avec ce navigateur."
              : "Sans moyen de vous joindre, un conseiller ne pourra pas vous répondre directement : pour une réponse, refaites une demande en laissant un e-mail ou un téléphone."
      }`,
    answeredElsewhere: (id, at) => `Un conseiller a répondu à votre demande ${id} le ${at}, par le moyen de contact que vous avez laissé.`,
    closed: (id, at) => `Votre demande ${id} est close${at ? ` depuis le ${at}` : ""}. Si votre question demeure, je peux la transmettre de nouveau à un conseiller.`,
    closedAnswer: (id, text) => `Votre demande ${id} est close. La réponse du conseiller était :\n\n${text}`,
    notFound: (id) => `Je ne trouve pas la demande ${id} dans cette conversation. Vérifiez le numéro : il figure dans le message qui a confirmé votre demande.`,
    noRequest: "Je ne trouve aucune demande à un conseiller dans cette conversation. Si vous avez gardé son numéro, donnez-le-moi (par exemple « ma demande 261203-AB12C ») ; sinon, je peux transmettre votre question.",
    noneHere:
      "Je ne vois toujours aucune demande à un conseiller : je ne vois que celles faites dans cette conversation (et, si vous êtes connecté, les vôtres). Une demande faite ailleurs (une autre conversation, un autre navigateur, par e-mail) ne m'apparaît pas : son numéro figure dans le message qui l'a confirmée, donnez-le-moi (« ma demande 261203-AB12C »). Sinon, je peux transmettre de nouveau votre question à un conseiller.",
    welcomeBack: "Bon retour ! Nous reprenons notre conversation : posez votre question, ou demandez « où en est ma demande ? ».",
  },
  en: {
    answer: (id, question, text) => `An advisor answered your request ${id} ("${excerpt(question)}"):\n\n${text}`,
    open: (id, receivedAt, reach, days) =>
      `Your request ${id}, received on ${receivedAt}, is waiting for an advisor's answer (normally within ${days} working days). ${
        reach === "contact"
          ? "The advisor will answer you through the contact you left."
          : reach === "teams-chat"
            ? "The answer will come here, in your Teams chat with the assistant."
            : reach === "web-conversation"
              ? "The answer will show in this conversation when you come back to this page in this browser."
              : "With no way to reach you, an advisor cannot answer you directly: for an answer, ask again and leave an email or a phone number."
      }`,
    answeredElsewhere: (id, at) => `An advisor answered your request ${id} on ${at}, through the contact you left.`,
    closed: (id, at) => `Your request ${id} is closed${at ? ` since ${at}` : ""}. If your question still stands, I can pass it to an advisor again.`,
    closedAnswer: (id, text) => `Your request ${id} is closed. The advisor's answer was:\n\n${text}`,
    notFound: (id) => `I cannot find request ${id} in this conversation. Please check the number: it is in the message that confirmed your request.`,
    noRequest: 'I cannot find any request to an advisor in this conversation. If you kept its number, give it to me (e.g. "my request 261203-AB12C"); otherwise I can pass your question on.',
    noneHere:
      'I still see no request to an advisor: I only see the requests made in this conversation (and, when you are signed in, your own). A request made elsewhere (another conversation, another browser, by email) does not show here: its number is in the message that confirmed it, give it to me ("my request 261203-AB12C"). Otherwise I can pass your question on to an advisor again.',
    welcomeBack: 'Welcome back! We are picking up our conversation: ask your question, or ask "where is my request?".',
  },
};
