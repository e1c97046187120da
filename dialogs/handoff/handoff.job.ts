import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from "botbuilder-dialogs";
import { askedInEveryLanguage } from "../common/question-wordings";
import { parseContact, redactQuestionForAdvisor } from "../../domain/events/redaction";
import type { TurnContext } from "botbuilder";
import type { Contact, HandoffReach, HandoffRequest, TeamsChat } from "../../domain/events/events.schema";
import { readYesNo } from "../../domain/understanding/prompt-answers";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { ABBREVIATIONS, STOP_WORDS } from "../../domain/understanding/chat-lexicon";
import { foldText } from "../../domain/understanding/text-normalizer";
import { fold } from "../../domain/understanding/question-focus";
import type { AdvisorServices } from "../advisor-services";
import type { PreviousQuestion } from "../conversation-data";
import { endJob, type DialogJob } from "../job";
import { jobTurnOf, languageOf, previousQuestionOf } from "../turn-state";
import { handoffWording } from "./handoff.wording";

export const HANDOFF_DIALOG = "handoff";
const QUESTION_PROMPT = "handoff.question";
const CONTACT_PROMPT = "handoff.contact";

export interface HandoffOptions {
  /** The question already asked, when the learner asked for an advisor about it. */
  question?: string;
  /** The request says no matter of its own (« un conseiller peut me rappeler ? mon numéro : … »): the next message may say it. */
  bare?: boolean;
  /** A request just recorded, to which `matter` is added (« c'est pour … » said right after it). */
  addTo?: string;
  matter?: string;
}

interface HandoffValues {
  question: string;
  previous?: PreviousQuestion;
  bare?: boolean;
}

const REFUSAL = /^\s*(non|no|nope|non merci|no thanks?|pas besoin|aucun|none|ici|here)\b/i;

/** Words that drop a request for an advisor: « laissez tomber », "never mind", « n'envoyez rien ». */
const DROP_WORDS = String.raw`laisse[zr]? tomber|oublie[zr]?( ca)?|never ?mind|forget (it|about it|that)|cancel|annule[zr]?|pas la peine|plus besoin|no longer need|don t (send|pass)|do not (send|pass)|ne (la |le )?(transmettez|envoyez|transmets|envoie) (pas|rien)|n (envoyez|envoie|transmettez|transmets) (pas|rien)`;

/** « J'ai trouvé », "I found it", « je me débrouille »: the learner has the answer, nothing to ask an advisor. */
const SOLVED = String.raw`j ai trouve( la reponse| tout seul| toute seule| moi meme| entre temps)?( (sur|dans|en|grace a|via|on|in) [^?]{1,40})?|c est regle|c est resolu|probleme (regle|resolu)|je me debrouille(rai)?|je vais me debrouiller|j ai (eu|ma) (la |ma )?reponse|i found it|i ve found it|found it|i figured it out|figured it out|sorted|i got it|got it`;
/** « Finalement non », "actually no thanks, never mind", « laissez tomber », « en fait c'est bon j'ai trouvé »: no request after all. */
const CHANGED_MIND = new RegExp(
  String.raw`^\s*((finalement|en fait|actually|oh|ah|bon|well|hmm+|euh+)[\s,]+)*(non merci|non|no thanks?|no|nope|pas besoin|${DROP_WORDS}|c est bon|ca ira|it s fine|i m fine|not now|pas maintenant|${SOLVED})\b[\s,.!]*(((finalement|en fait|actually|tout compte fait)[\s,]+)?(${DROP_WORDS}|c est bon|merci|thanks?|thank you|ca ira|${SOLVED}|je vais (voir|chercher|regarder)[^?]*|i ll (check|look|see)[^?]*)[\s,.!]*)*$`,
);

/**
 * At the contact prompt, a plain « non » passes the question on without a contact (the prompt says so);
 * words that drop the request itself (« non merci, laissez tomber », "no thanks, actually forget it",
 * « n'envoyez rien ») pass nothing on.
 */
const DROPS_THE_REQUEST = new RegExp(String.raw`\b(${DROP_WORDS})\b`);

function changesMind(text: string): boolean {
  return CHANGED_MIND.test(fold(text));
}

function dropsTheRequest(text: string): boolean {
  return DROPS_THE_REQUEST.test(fold(text));
}

/** « finalement », "actually": a no said after them takes back the request, not only the contact. */
const AFTER_ALL = /^\s*(finalement|en fait|tout compte fait|actually|on second thought)\b/;

/**
 * At the contact prompt, the request itself taken back: "actually forget it", « laisse tomber », « oubliez »,
 * « finalement non » (a plain « non » still passes the question on without a contact, as the prompt says).
 */
function dropsAtContact(text: string): boolean {
  if (parseContact(text) !== undefined) return false;
  // Only a message that is a drop on its own: « pas la peine de m'appeler, répondez-moi par mail », « je voulais aussi savoir si on
  // peut annuler une UE », « plus besoin de mail, je passerai à l'accueil ? », « pas de mail mais ne l'oubliez pas » want it passed on.
  return changesMind(text) && (dropsTheRequest(text) || AFTER_ALL.test(fold(text)));
}

/** « je préfère pas donner mon mail », "I'd rather not", « pas de téléphone »: no contact given, said in words. */
const NO_CONTACT =
  /\b(je (ne )?prefere(rais)? (pas|ne pas)|(pas|sans) (de |d )?(mail|e mail|email|adresse|telephone|tel|numero|contact|coordonnees)|je (ne )?(veux|souhaite) pas (le |la |les |vous )?(donner|laisser|communiquer|transmettre)|i d rather not|i would rather not|rather not|no (email|e mail|phone|number|contact)|i don t want to (give|share|leave))\b/;

/** « Non merci », "nope", « pas besoin », « je préfère pas donner mon mail »: no contact left. */
function refuses(text: string): boolean {
  return REFUSAL.test(text) || readYesNo(text) === "no" || (parseContact(text) === undefined && NO_CONTACT.test(fold(text)));
}

/**
 * Hands a question to an advisor: collects the question and, with consent, a way to reach the
 * learner; records the request (the question without identifiers, grades or titled names, and
 * nothing from the learner's record) and says what happens next. The contact is read in the turn
 * that writes the request and never kept in the dialog's state.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly services: AdvisorServices) {
    super(HANDOFF_DIALOG);
    this.addDialog(new TextPrompt(QUESTION_PROMPT, async (prompt) => Boolean(prompt.recognized.value?.trim())));
    this.addDialog(new TextPrompt(CONTACT_PROMPT, (prompt) => this.validateContact(prompt)));
    this.addDialog(
      new WaterfallDialog(`${HANDOFF_DIALOG}.steps`, [
        (step) => this.askQuestion(step),
        (step) => this.askContact(step),
        (step) => this.record(step),
      ]),
    );
    // A component starts with its first dialog unless told otherwise: here, the steps, not a prompt.
    this.initialDialogId = `${HANDOFF_DIALOG}.steps`;
  }

  private async askQuestion(step: WaterfallStepContext) {
    // What the learner had asked just before, read now: the next turns are the handoff's own.
    const previous = previousQuestionOf(step.context);
    if (previous) (step.values as HandoffValues).previous = previous;
    const { question, bare, addTo, matter } = (step.options ?? {}) as HandoffOptions;
    if (addTo && matter) return this.addMatter(step, addTo, matter);
    if (bare) (step.values as HandoffValues).bare = true;
    if (question?.trim()) return step.next(question);
    return step.prompt(QUESTION_PROMPT, askedInEveryLanguage(step, (language) => ({ prompt: handoffWording[language].askQuestion })));
  }

  private async askContact(step: WaterfallStepContext) {
    const wording = handoffWording[languageOf(step.context)];
    const written = String(step.result);
    // « Finalement non merci », "actually never mind": nothing to pass on.
    if (changesMind(written)) {
      await step.context.sendActivity(wording.dropped);
      return endJob(step, { kind: "cancelled" });
    }
    // Kept in the dialog's state as the advisor will read it: a learner who leaves at the next
    // prompt leaves no email, grade or name there for the state's 30 days.
    (step.values as HandoffValues).question = redactQuestionForAdvisor(written);
    // « … un conseiller peut me rappeler ? Mon numéro c'est le 06 12 34 56 78 »: the contact is given.
    if (givesContact(written)) return step.next(written);
    // Said as it is: without a contact, the answer comes in this chat only where it can.
    const noChat = channelReach(step.context.activity) === "none";
    return step.prompt(
      CONTACT_PROMPT,
      askedInEveryLanguage(step, (language) => ({ prompt: noChat ? handoffWording[language].askContactNoChat : handoffWording[language].askContact, retryPrompt: handoffWording[language].contactRetry })),
    );
  }

  private async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? "";
    return refuses(text) || parseContact(text) !== undefined || dropsAtContact(text);
  }

  private async record(step: WaterfallStepContext) {
    const language = languageOf(step.context);
    const wording = handoffWording[language];
    const answer = String(step.result);
    // « non merci, finalement laissez tomber », "actually forget it": the request itself is dropped, not only the contact.
    if (dropsAtContact(answer)) {
      await step.context.sendActivity(wording.dropped);
      return endJob(step, { kind: "cancelled" });
    }
    const contact: Contact | undefined = refuses(answer) ? undefined : parseContact(answer);
    const activity = step.context.activity;
    const id = this.services.newHandoffId();
    const learnerId = (await this.services.identify(step.context))?.learnerId;
    const values = step.values as HandoffValues;
    const chat = channelReach(activity);
    const reach: HandoffReach = contact ? "contact" : chat;
    const teamsChat = chat === "teams-chat" ? teamsChatOf(activity) : undefined;
    const request: HandoffRequest = {
      id,
      createdAt: this.services.now().toISOString(),
      language,
      channel: activity.channelId,
      question: redactQuestionForAdvisor(values.question),
      ...(contact ? { contact } : {}),
      ...(learnerId ? { learnerId } : {}),
      conversationId: activity.conversation?.id,
      status: "open",
      ...originOf(values.previous),
      reach,
      ...(teamsChat ? { teamsChat } : {}),
    };
    await this.services.events.recordHandoff(request);
    if (!contact) await step.context.sendActivity(wording.noContact);
    // The promise is what the system will do: see reach.
    await step.context.sendActivity(wording.recorded(id, reach, contact?.value, this.services.handoffResponseDays));
    if (this.services.advisorsChannel) {
      try {
        await this.services.advisorsChannel.notify(request);
      } catch (error) {
        // The request is recorded and listed in the inbox: a missed announcement must not fail the turn.
        this.services.log?.("handoff_notify_failed", { id, message: (error as Error).message });
      }
    }
    // "can an advisor call me back? my number is …": what it is about may come next (« c'est pour … »), to be added to it.
    const turn = jobTurnOf(step.context);
    if (values.bare && turn) turn.conversation.offer = { byMatter: { job: HANDOFF_DIALOG, options: { addTo: id } } };
    return endJob(step, { kind: "handed-off", requestId: id });
  }

  /**
   * "it's about whether my BTS in electronics lets me into the licence" right after a request that said no matter: added to that
   * request's question, still open and of this conversation; the contact it holds is kept (read from the request, not the state).
   */
  private async addMatter(step: WaterfallStepContext, id: string, matter: string) {
    const wording = handoffWording[languageOf(step.context)];
    const request = await this.services.events.getHandoff(id);
    // (The request answered or gone meanwhile: what was said is a question of its own, passed on as a new request.)
    if (!request || request.status !== "open" || request.conversationId !== step.context.activity.conversation?.id) return step.next(matter);
    const said = redactQuestionForAdvisor(matter);
    await this.services.events.recordHandoff({ ...request, question: redactQuestionForAdvisor(`${request.question}\n${matter}`) });
    await step.context.sendActivity(wording.matterAdded(id, said, request.contact?.value, this.services.handoffResponseDays));
    return endJob(step, { kind: "handed-off", requestId: id });
  }
}

/**
 * A contact said with the question: an email, or a phone number written as one (ten digits from a
 * leading 0, or an international +/00 prefix) — « mon numéro d'auditeur est 100234567 » is no phone.
 */
function givesContact(text: string): boolean {
  const contact = parseContact(text);
  if (contact?.kind === "email") return true;
  const digits = contact?.value.replace(/[^\d+]/g, "") ?? "";
  return /^(0\d{9}|\+\d{10,14}|00\d{10,14})$/.test(digits);
}

/**
 * What a request for an advisor is about, when it says: « … pour savoir si mon BTS compte », "about
 * getting my units recognised", « … car je ne comprends pas mon dossier ».
 */
const MATTER =
  /\b(about|regarding|concerning|au sujet (de|d|du|des)|concernant|a propos (de|d|du|des)|pour savoir|savoir si|whether|because|car|parce qu|parce que|pour (mon|ma|mes|une|un|le|la|les|l))\b(?<matter>.*)$/;
/** A matter in English after "for", ending the request in at most three words: "… call me for my enrolment", "… for a VAE". */
const FOR_MATTER = /\bfor (?:my|a|an|the) (?<matter>[a-z0-9]+(?: [a-z0-9]+){0,2})$/;
/** What the learner wants to talk about or be helped with: « parler de VAE », « m'aider à choisir entre … », "help me choose …". */
const TOPIC = /\b(?:(?:parler|discuter|echanger|talk|speak|chat)\s+(?:de|d|du|des|about|of)|(?:aider?|aide|help)\s+(?:me\s+|moi\s+)?(?:a|to|with))\s+(?<topic>.+)$/;
/** Words of a matter that say nothing (« … about something », "… pour ça"). */
const EMPTY_MATTER = /\b(ca|cela|it|this|that|something|quelque chose|un truc|le|la|les|l|un|une|de|d|du|des|a|the|my|mon|ma|mes|svp|stp|please|merci|thanks)\b/g;
/** Who a request asks for: a clause that names them is the request, not its matter. */
const ADVISOR_WORDS = /\b(conseill\w*|advis\w*|counsel\w*|humains?|human|personne|person|someone|somebody|quelqu un|agent|staff|rappeler|call me|parler|talk|speak)\b/;
/** Words of the conversation itself, not of a matter: "none of this answers my question". */
const ABOUT_THE_CHAT = /^(question|questions|answer|answers|answered|reponse|reponses|repond|repondu|understand|comprends|compris|help|aide|works|marche|none|rien|nothing|still|encore|toujours|times|fois)$/;
/** A clause of this many words of its own says the learner's matter. */
const SITUATION_WORDS = 4;

function situationWords(clause: string): number {
  return clause.split(/[^a-z0-9]+/).filter((word) => word.length >= 4 && !STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word) && !ABOUT_THE_CHAT.test(word) && !/^\d+$/.test(word)).length;
}

/** A question of studying here asked in this many words of its own is the question. */
const ASKED_WORDS = 2;

/** Words that ask, opening a short question: « puis-je … », « c'est quoi … », "can I …", "what is …". */
const ASKING_WORDS = /^ (puis je|est ce que|est ce qu|c est quoi|qu est ce que|qu est ce qu|comment|combien|quand|pourquoi|quel|quelle|quels|quelles|je peux|peut on|on peut|faut il|can i|could i|may i|how|what|when|why|which|is|are|do|does)\b/;

/** A matter said in this many words is the question. */
const MATTER_WORDS = 2;

/**
 * « Je voudrais parler à un conseiller de la validation de mes UE de Lyon », "can I speak to someone,
 * I still don't get whether my old BTS counts": the request says its question; « un vrai conseiller
 * svp » does not, nor "none of this answers my question, get me a human".
 */
function carriesQuestion(text: string): boolean {
  if (findUnitCodes(text).length > 0) return true;
  // « Je n'arrive pas à remplir mon dossier d'inscription, un conseiller peut me rappeler ? »: a clause of its own.
  const clauses = foldText(text).replace(/['’]/g, " ").split(/[.,;:!?]+/);
  if (clauses.some((clause) => !ADVISOR_WORDS.test(clause) && situationWords(clause) >= SITUATION_WORDS)) return true;
  // « transmettez ma question à un conseiller : est-ce que je peux changer d'UE en cours de semestre ? », "pass this on to an advisor: can
  // I switch units mid-semester?": a question of studying here asked beside the request, shorter than a situation told (it was asked
  // again, « Quelle est votre question ? »).
  const asked = foldText(text).replace(/['’]/g, " ").split(/[.:;!]+/).filter((part) => part.includes("?")).map((part) => part.replace(/\?/g, " "));
  // (Shorter still with a word of asking: « transmettez à un conseiller : puis-je changer d'UE ? », « … : c'est quoi une UA ? ».)
  if (asked.some((part) => !ADVISOR_WORDS.test(part) && KNOWN_MATTER.test(part) && (situationWords(part) >= ASKED_WORDS || ASKING_WORDS.test(` ${part.replace(/-/g, " ").trim()} `)))) return true;
  // (As typed on a phone, « … me rappelle pr une vae »: chat abbreviations written out.)
  const words = foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).map((word) => ABBREVIATIONS[word] ?? word).join(" ");
  // « … me rappelle pour parler de VAE », « … m'aide à choisir entre la licence et le diplôme d'ingénieur »: what to talk about.
  const topic = TOPIC.exec(words)?.groups?.topic ?? "";
  if (topic.replace(EMPTY_MATTER, " ").split(/\s+/).some((word) => word.length >= 3)) return true;
  // « …, c'est pour une VAE », « au sujet de mon inscription », "about my exemption": a matter named as such, in one word when it is
  // one the advisor could answer on (« c'est pour moi », « concernant mon cas », "about tomorrow" name none: the question is asked).
  const named = NAMED_MATTER.exec(words)?.groups?.matter ?? "";
  if (KNOWN_MATTER.test(named)) return true;
  const matter = MATTER.exec(words)?.groups?.matter ?? "";
  // « je voudrais qu'un conseiller me rappelle pour une VAE », « … pour mon inscription »: a matter the advisor could answer on, in
  // one word after « pour » (« pour une question », « pour mon cas » name none).
  if (/\bpour (mon|ma|mes|une|un|le|la|les|l)$/.test(words.slice(0, words.length - matter.length).trimEnd()) && KNOWN_MATTER.test(matter)) return true;
  // "can an advisor call me for my enrolment", "… for a VAE": the same in English, the matter ending the request (it asked "What is your
  // question?"; "for a question", "for my case" name none).
  const forMatter = FOR_MATTER.exec(words.trimEnd())?.groups?.matter ?? "";
  if (KNOWN_MATTER.test(forMatter)) return true;
  return matter.replace(EMPTY_MATTER, " ").split(/\s+/).filter((word) => word.length >= 3).length >= MATTER_WORDS;
}

/**
 * Words that name what a request is about and nothing else: « c'est pour », « au sujet de », "about". (« pour une question » or
 * « parce que » alone may be the learner's reason, not the matter: those need more words, see MATTER_WORDS.)
 */
const NAMED_MATTER =
  /\b(c est pour|c etait pour|ce serait pour|au sujet (de|d|du|des)|concernant|a propos (de|d|du|des)|it s about|it is about|it s for|it is for|about|regarding|concerning)\b(?<matter>.*)$/;
/**
 * A matter of studying here, which a learner could be answered on: a diploma, a VAE, enrolling, an exam, a grade, a kind of unit,
 * credits, an exemption, funding (a unit code is read before). Not « moi », « mon fils », « mon cas », « ma situation », « un rdv »,
 * « savoir », "tomorrow", nor « une question »: those leave « Quelle est votre question ? » to ask.
 */
const KNOWN_MATTER =
  /\b(vae|vap|vapp|validations?|valider|inscriptions?|inscrire|reinscriptions?|enrol\w*|registration|admissions?|examens?|exams?|partiels?|epreuves?|rattrapages?|resits?|sessions? 2|notes?|grades?|marks|resultats?|results|releve|transcript|ua|uas|ue|ues|unites? (d enseignement|d activite|specifiques?)|units?|licence|master|masters|diplomes?|diplomas?|degrees?|ingenieur|inge|bts|dut|certificats?|certificates?|titres? rncp|dispenses?|exemptions?|equivalences?|financements?|funding|cpf|credits?|ects|prerequis|prerequisites?|autorisations?|authori[sz]ations?|stages?|internships?|alternance|apprentissage|foad|frais|fees|tarifs?|emploi du temps|timetable|horaires?|planning|progression)\b/;

/**
 * How an answer can come back through this channel without a contact: Teams posts it in the
 * learner's personal chat with the assistant; the website's chat page keeps its conversation and
 * shows it when the learner comes back; other channels (the Emulator, a group chat, a channel of a
 * team) cannot.
 */
export function channelReach(activity: TurnContext["activity"]): "teams-chat" | "web-conversation" | "none" {
  if (activity.channelId === "msteams") return activity.conversation?.conversationType === "personal" && activity.serviceUrl ? "teams-chat" : "none";
  if (activity.channelId === "directline" || activity.channelId === "webchat") return "web-conversation";
  return "none";
}

function teamsChatOf(activity: TurnContext["activity"]): TeamsChat | undefined {
  const conversationId = activity.conversation?.id;
  if (!conversationId || !activity.serviceUrl) return undefined;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return { serviceUrl: activity.serviceUrl, conversationId, ...(tenantId ? { tenantId } : {}) };
}

function originOf(previous: PreviousQuestion | undefined): Pick<HandoffRequest, "origin" | "answerId"> {
  if (previous?.outcome === "answered") return { origin: "after-answer", answerId: previous.answerId };
  if (previous?.outcome === "unanswered") return { origin: "after-unanswered" };
  return { origin: "direct" };
}

/** "Je veux parler à un conseiller": the question and, with consent, a contact, recorded for advisors. */
export const handoffJob: DialogJob = {
  name: HANDOFF_DIALOG,
  handles: { handoff: "new-topic" },
  usesRecord: true,
  label: { fr: "Demande à un conseiller", en: "Request to an advisor" },
  help: { fr: "vous mettre en relation avec un conseiller", en: "put you in touch with an advisor" },
  // While the learner writes their question for an advisor, a question is what they write.
  capturesInput: true,
  dialog: (services) => new HandoffDialog(services),
  // « Je voudrais parler à un conseiller de la validation de mes UE de Lyon »: the question is said already.
  // A request that gives a phone or an email (« un conseiller peut me rappeler ? mon numéro : … ») is itself the question.
  // A question routed here by the learned route (« … vous me conseillez quoi comme première UE ? ») is the one to hand on.
  // (A request that gives a contact and no matter — "can an advisor call me back? my number is …" — is `bare`: its matter may follow.)
  start: (turn) => {
    const carries = carriesQuestion(turn.text) || (turn.understood.overruled !== undefined && turn.text.includes("?"));
    if (carries) return { question: turn.text };
    return givesContact(turn.text) ? { question: turn.text, bare: true } : {};
  },
};
