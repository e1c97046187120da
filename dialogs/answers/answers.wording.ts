import type { Language } from "../../domain/language/language";
import type { AbstainReason } from "../../domain/understanding/understanding";

/** Wording of the knowledge-base answers and of the assistant's honest fallbacks, French first. */
export const answersWording: Record<
  Language,
  {
    suggestionsIntro: string;
    abstain: Record<AbstainReason, string>;
    seeAlso: string;
    verdict: Record<"yes" | "no", string>;
    /** After the page on distance learning, to a question looking for units: the catalog's units taught at a distance. */
    atADistance: (units: string, more: number) => string;
  }
> = {
  fr: {
    suggestionsIntro: "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire :",
    abstain: {
      unknown:
        "Je ne sais pas répondre à cette question, et je préfère ne pas deviner. Un conseiller peut vous répondre : voulez-vous que je lui transmette votre question ?",
      "off-topic":
        "Je ne peux répondre qu'aux questions sur les formations du Cnam Paris en cours du soir (UE, UA, US, crédits, inscriptions). Pour le reste, je ne sais pas. Un conseiller peut vous aider pour toute question sur votre parcours.",
      "course-content":
        "Je n'aide pas sur le contenu des cours (explications, exercices, révisions) : votre enseignant et l'espace numérique de formation de l'UE sont là pour ça. Je peux en revanche vous renseigner sur l'UE elle-même : prérequis, horaires, crédits, inscription.",
      "on-behalf":
        "Je ne peux faire aucune démarche à votre place : je ne vous inscris pas moi-même et je ne reçois pas vos données d'état civil. L'inscription se fait auprès du Cnam, après avoir vérifié votre planning (et obtenu l'autorisation de l'enseignant quand l'UE l'exige). Je peux en revanche vérifier si vous pouvez vous inscrire à une UE : demandez-moi par exemple « puis-je m'inscrire à GDN100 ? ».",
      "private-data":
        "Je ne communique jamais les données d'une autre personne. Je ne peux consulter que votre propre dossier, une fois que vous êtes connecté.",
      manipulation:
        "Je ne peux pas changer mes règles. Je peux en revanche répondre à vos questions sur les UE, les crédits et les inscriptions.",
      unclear: "Je n'ai pas compris votre message. Posez-moi une question, par exemple « c'est quoi une UE ? », ou dites « aide ».",
    },
    seeAlso: "Pour en savoir plus :",
    verdict: { yes: "Oui.", no: "Non." },
    atADistance: (units, more) => `Dans le catalogue, à distance (FOAD) : ${units}${more ? `, et ${more} autre${more > 1 ? "s" : ""}` : ""}. Demandez-moi la fiche de l'une d'elles pour ses horaires et ses regroupements.`,
  },
  en: {
    suggestionsIntro: "I am not sure I understood. Did you mean:",
    abstain: {
      unknown: "I do not know the answer to this question, and I would rather not guess. An advisor can answer it: shall I pass your question on?",
      "off-topic":
        "I can only answer questions about Cnam Paris evening courses (UE, UA, US units, credits, enrolment). For anything else, I do not know. An advisor can help with any question about your studies.",
      "course-content":
        "I do not help with the content of courses (explanations, exercises, revision): your teacher and the unit's digital learning space are there for that. I can tell you about the unit itself: prerequisites, timetable, credits, enrolment.",
      "on-behalf":
        "I cannot take any step on your behalf: I do not enrol you myself and I do not take your personal details. You enrol with the Cnam, after checking your timetable (and getting the teacher's authorization when the unit requires it). I can, however, check whether you may enrol in a unit: ask me, for instance, \"can I enrol in GDN100?\".",
      "private-data": "I never share another person's data. I can only look at your own record, once you are signed in.",
      manipulation: "I cannot change my rules. I can, however, answer your questions about units, credits and enrolment.",
      unclear: 'I did not understand your message. Ask me a question, for instance "what is a UE?", or say "help".',
    },
    seeAlso: "More information:",
    atADistance: (units, more) => `In the catalog, at a distance (FOAD): ${units}${more ? `, and ${more} more` : ""}. Ask me for one of them for its times and group sessions.`,
    verdict: { yes: "Yes.", no: "No." },
  },
};
