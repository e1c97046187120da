import type { Language } from "../../domain/language/language";

/** The message that brings an advisor's answer to the learner, in the language of their request. French first. */
export const advisorAnswerWording: Record<Language, { delivered: (id: string, question: string, answer: string, by: string) => string }> = {
  fr: {
    delivered: (id, question, answer, by) =>
      `Réponse d'un conseiller à votre demande n° ${id} (« ${question} ») :\n\n${answer}\n\n— ${by}. Pour une autre question, écrivez-la ici.`,
  },
  en: {
    delivered: (id, question, answer, by) => `An advisor's answer to your request no. ${id} ("${question}"):\n\n${answer}\n\n— ${by}. For another question, write it here.`,
  },
};

/** What the bot says in the advisors' channel after a « Répondre » action (advisors read French). */
export const advisorsChannelWording = {
  empty: (id: string) => `Réponse à la demande n° ${id} non enregistrée : elle est vide.`,
  tooLong: (id: string, length: number, max: number) => `Réponse à la demande n° ${id} non enregistrée : ${length} caractères, au-delà des ${max} permis. Raccourcissez-la, ou répondez par e-mail.`,
  notFound: (id: string) => `Demande n° ${id} introuvable (expirée ou supprimée) : rien n'est enregistré.`,
  closed: (id: string, closedBy: string | undefined) => `La demande n° ${id} est déjà clôturée${closedBy ? ` (par ${closedBy})` : ""} : réponse non enregistrée.`,
  alreadyAnswered: (id: string, by: string | undefined) => `La demande n° ${id} a déjà reçu une réponse${by ? ` de ${by}` : ""} : elle est maintenue, la vôtre n'est pas enregistrée.`,
  delivered: (id: string) => `Réponse à la demande n° ${id} enregistrée et remise à l'apprenant dans sa conversation Teams.`,
  failed: (id: string, error: string) =>
    `Réponse à la demande n° ${id} enregistrée mais NON remise : ${error}. L'apprenant n'a pas laissé d'autre contact ; la demande reste « répondue, non remise » dans la boîte (npm run handoffs -- show ${id}).`,
  pendingTeams: (id: string) => `Réponse à la demande n° ${id} enregistrée : elle va être postée dans la conversation Teams de l'apprenant.`,
  pendingWeb: (id: string) => `Réponse à la demande n° ${id} enregistrée : l'apprenant la verra en revenant sur la page de chat du site.`,
  byContact: (id: string, contact: string) => `Réponse à la demande n° ${id} enregistrée. L'apprenant a demandé une réponse à ${contact} : écrivez-lui, puis clôturez la demande.`,
  undeliverable: (id: string) => `Réponse à la demande n° ${id} enregistrée, mais l'apprenant n'a laissé aucun moyen de le joindre : elle reste avec la demande.`,
} as const;
