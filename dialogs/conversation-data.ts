import type { StatedBackground } from "../domain/understanding/stated-background";
import type { StatedConstraints } from "./planning/planning.constraints";
import type { QuestionFrame } from "./common/frame-follow-up";
import { redactPersonalData, redactQuestionForAdvisor } from "../domain/events/redaction";
import type { Language } from "../domain/language/language";

/** A job to start, with its options: what an offer starts when the learner takes it up. */
export interface OfferedJob {
  job: string;
  options: Record<string, unknown>;
}

/**
 * A question the assistant asked at the end of a reply, answered in the next message: « oui » /
 * "sure" starts `accept`; « le deuxième » / "the first one" starts that choice; « non merci » drops
 * it. Anything else is a new message, and the offer is forgotten. What an offer promises is
 * therefore what it starts: a job of the registry, with the question already asked (kept in the
 * state only as an advisor would read it: see `keptOffer`).
 */
export interface Offer {
  accept?: OfferedJob;
  choices?: OfferedJob[];
  /**
   * A semester said in the next message (« au second semestre », "S1 please", « le 2 », « le premier »)
   * starts this job with it as `options.semester`: after an answer given for one semester, the learner
   * may ask for the other.
   */
  bySemester?: OfferedJob;
  /** A grade said alone in the next message (« 11 », « 9,5 », "12/20") starts this job with it as `options.grade`. */
  byGrade?: OfferedJob;
  /** A number of credits or hours said alone (« 4 », « pour une UE de 4 », « 54 h ») starts this job with it. */
  byQuantity?: OfferedJob;
  /** A unit's code said alone (« NFA032 », « pour NFA032 svp ») starts this job with it as `options.code`. */
  byUnit?: OfferedJob;
  /**
   * A yes said about having something (« oui », « oui je l'ai validée aussi », "yes I passed it") starts this job; a no about it
   * declines (« non pas encore »): after « dites-le-moi si vous avez validé UTC502 ».
   */
  byHaving?: OfferedJob;
  /** A message that refines the answer this job gave (see DialogJob.refine) runs it again, refined. */
  refine?: OfferedJob;
  /**
   * An answer that points to an advisor without asking: « oui transmettez », "pass it on" (the offer's own verb,
   * not a bare « oui ») starts this job, the question handed on as asked.
   */
  byPassingOn?: OfferedJob;
  /**
   * A request just recorded that said no matter (« un conseiller peut me rappeler ? mon numéro : … »): the matter said next
   * (« c'est pour … », "it's about …") starts this job, to add it to that request (`options.addTo`) as `options.matter`.
   */
  byMatter?: OfferedJob;
  /** The units a list just showed: the next message may point to one by what its title says (« celle sur les données à large échelle »). */
  listed?: string[];
  /** The search that made the list: « et sans prérequis ? », "and online?" search it again with that filter. */
  searched?: { subject: string; situation?: true };
}

/** The longest question an offer hands on to an advisor. */
const MAX_QUESTION_HANDED_ON = 1_000;

/**
 * The advisor's job with the question already asked, as an offer starts it on « oui » (« voulez-vous que je lui transmette votre
 * question ? »): the question without personal data, at most MAX_QUESTION_HANDED_ON characters.
 */
export function handingOn(question: string): OfferedJob {
  return { job: "handoff", options: { question: redactPersonalData(question, MAX_QUESTION_HANDED_ON) } };
}

/** How the learner's previous question ended, remembered by the conversation (for handoff origins). */
export type PreviousQuestion = { outcome: "answered"; answerId: string } | { outcome: "unanswered" };

/** What the assistant remembers about one conversation (no grades, no record: those are read when needed). */
export interface ConversationData {
  language: Language;
  /** True once the learner's language has been chosen, by their first message or on request. */
  languageSet: boolean;
  welcomed: boolean;
  /**
   * Whether the check, plan or request for an advisor running has read a message of the learner's since it began: "in English
   * please" at its first question asks it again from the start, in that language; at a later question, that question alone is
   * asked again in that language (rewordPendingQuestion), what was answered kept.
   */
  dialogAnswered?: boolean;
  /** The last answer given, for the "utile / pas utile" votes. */
  lastAnswer?: string;
  /** How the last question ended, so a handoff request says what preceded it (deflection rate). */
  lastQuestion?: PreviousQuestion;
  /** The units the last question was about: the subject of a follow-up that names none (« et c'est quand ? »). */
  subject?: string[];
  /**
   * The diploma the last question named (its words: « licence », a code): the subject of a follow-up naming none
   * (« en combien de temps ? »). Updated after the turn's jobs, which see the one before.
   */
  diploma?: string;
  /**
   * The studies the learner said they hold, the last time they said them (« j'ai un bac pro commerce »): a plan asked
   * turns later (« en combien de temps ? ») comes after the preparatory units all the same.
   */
  studies?: StatedBackground;
  /**
   * When the learner said they can come, or not, in the questions before (« je bosse le week-end »): a plan asked turns later
   * (« en combien de temps ? ») is made with them.
   */
  constraints?: StatedConstraints;
  /** The content entry the last question got: the matter of a follow-up that asks only how, when, where (« et concrètement je fais comment ? »). */
  topic?: string;
  /** The last new question, for one turn: « et NSY103 ? », "and 3 credits?" ask it again of other values. */
  frame?: QuestionFrame;
  /** The last message, for one turn, when it asked several questions: « en français » answers each of them again. */
  askedInParts?: string;
  /** The last message was declined as out of scope, for one turn: « allez juste un » insists on it. */
  offTopicBefore?: true;
  /** The question the last reply asked (« voulez-vous que je transmette… ? », "did you mean…"), for one turn. */
  offer?: Offer;
  /**
   * Requests made in this web conversation whose advisor's answer is still to be shown here (at the
   * learner's next message, or when they come back to the page): known without a read per turn.
   */
  awaitingAnswers?: string[];
}

/**
 * An offer as the conversation keeps it until the next message: a question it would hand on
 * (`options.question`) only as an advisor would read it (redactQuestionForAdvisor: no identifier,
 * grade or titled name), whatever the job that made the offer put there.
 */
export function keptOffer(offer: Offer): Offer {
  const kept = (offered: OfferedJob): OfferedJob =>
    typeof offered.options.question === "string" ? { ...offered, options: { ...offered.options, question: redactQuestionForAdvisor(offered.options.question) } } : offered;
  return {
    ...(offer.accept ? { accept: kept(offer.accept) } : {}),
    ...(offer.choices ? { choices: offer.choices.map(kept) } : {}),
    ...(offer.bySemester ? { bySemester: kept(offer.bySemester) } : {}),
    ...(offer.byGrade ? { byGrade: kept(offer.byGrade) } : {}),
    ...(offer.byQuantity ? { byQuantity: kept(offer.byQuantity) } : {}),
    ...(offer.byUnit ? { byUnit: kept(offer.byUnit) } : {}),
    ...(offer.byHaving ? { byHaving: kept(offer.byHaving) } : {}),
    ...(offer.refine ? { refine: kept(offer.refine) } : {}),
    ...(offer.byPassingOn ? { byPassingOn: kept(offer.byPassingOn) } : {}),
    ...(offer.byMatter ? { byMatter: kept(offer.byMatter) } : {}),
    ...(offer.listed ? { listed: offer.listed } : {}),
    // The subject searched may be a situation's words: kept as an advisor would read them (no email, grade or name).
    ...(offer.searched ? { searched: { ...offer.searched, subject: redactQuestionForAdvisor(offer.searched.subject) } } : {}),
  };
}
