import type { Activity } from "botbuilder";
import { findUnits } from "../../domain/catalog/unit-search";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { meetsOnSiteToo } from "../../domain/catalog/catalog";
import { saysEntirelyAtADistance } from "../../domain/understanding/unit-facets";
import { handingOn } from "../conversation-data";
import { foldText } from "../../domain/understanding/text-normalizer";
import { localizedAnswer, type ContentEntry, type LocalizedAnswer } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import { EXPERIENCE_REQUIRED_TAG, type AbstainReason, type Suggestion } from "../../domain/understanding/understanding";
import { unknownUnit } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import { advisorAction, feedbackActions, message, say } from "../common/replies";
import { intentOf, NO_OUTCOME, type JobOutcome, type JobTurn, type ReplyJob } from "../job";
import { answersWording } from "./answers.wording";
import { compensationApplied } from "./compensation-applied";
import { experienceApplied } from "./experience-applied";
import { freeTimeApplied } from "./free-time-applied";

/** A yes or a no an answer text starts with: said only when a claim settles the question asked. */
const LEADING_YES_NO = /^(oui|non|yes|no)\b[\s.,;:!]*/i;

/**
 * An answer of the knowledge base, with its links and the vote buttons. A yes/no question its claims
 * settle gets the true « Oui » or « Non » first; otherwise the answer says the fact without one, so
 * that a question asked the other way round is never answered with the wrong yes or no.
 */
/**
 * A page whose own yes or no is left out, the learner's case weighed by it said around it (`compensation`'s lines before and after; a « no »
 * first when the case says so): its own verdict would answer whether the rule exists, not the learner's case.
 */
function withCompensation(answer: LocalizedAnswer, compensation: ReturnType<typeof compensationApplied>): LocalizedAnswer {
  const text = [compensation?.before, answer.text.replace(LEADING_YES_NO, ""), compensation?.after].filter(Boolean).join("\n\n");
  return { ...answer, verdict: compensation?.before ? "no" : undefined, text };
}

export function answerReply(answer: LocalizedAnswer, language: Language): Partial<Activity> {
  const w = answersWording[language];
  const bare = answer.text.replace(LEADING_YES_NO, "");
  const text = answer.verdict ? `${w.verdict[answer.verdict]} ${bare}` : `${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
  const links = answer.links.length > 0 ? `\n\n${w.seeAlso}\n${answer.links.map((l) => `- [${l.label}](${l.url})`).join("\n")}` : "";
  return message(`${text}${links}`, feedbackActions(language));
}

/**
 * "Did you mean…": up to three canonical questions the learner can pick. For one question of several
 * (`part`), the reply says which question it is about and that no page answers it surely, so that the
 * other answers of the message do not read as covering it.
 */
export function suggestionsReply(suggestions: readonly Suggestion[], language: Language, part?: string): Partial<Activity> {
  const lines = suggestions.map((s) => `- ${s.question}`).join("\n");
  const intro = part ? answersWording[language].partSuggestions(part) : answersWording[language].suggestionsIntro;
  return message(`${intro}\n${lines}`, [...suggestions.map((s) => say(s.question)), advisorAction(language)]);
}

/** The honest "I do not know" (or "I will not"), always with a way forward; of one question of several (`part`) when not known. */
export function abstainReply(reason: AbstainReason, language: Language, part?: string): Partial<Activity> {
  const w = commonWording[language];
  const help = say(w.helpAction);
  // "Unknown" ends with « voulez-vous que je lui transmette votre question ? »: the buttons answer it.
  const actions = reason === "unclear" ? [help] : reason === "unknown" ? [say(w.yes), say(w.no), help] : [advisorAction(language), help];
  const text = part && reason === "unknown" ? answersWording[language].partUnknown(part) : answersWording[language].abstain[reason];
  return message(text, actions);
}

/** A question quoted back is cut at this many characters. */
const MAX_QUOTED_PART = 120;

/**
 * The question this turn's job answers when the message asked several (« quelle différence entre … ?
 * en FOAD les exams on les passe où ? »), as quoted back: without its mark nor its « et » before.
 */
function partOfSeveral(turn: JobTurn): string | undefined {
  const asked = turn.understood.text;
  if (asked === turn.text && !turn.followUps?.length) return undefined;
  const quoted = asked.replace(/^\s*(et|and|mais|but|ah et|sinon)\b[\s,]*/i, "").replace(/[\s?!.,;:]+$/, "").trim();
  return quoted.length > MAX_QUOTED_PART ? `${quoted.slice(0, MAX_QUOTED_PART - 1).trimEnd()}…` : quoted;
}

/** Abstentions that are questions the assistant could not answer (the others are refusals or noise). */
const UNANSWERED: ReadonlySet<AbstainReason> = new Set(["unknown", "off-topic"]);

/** Questions answered from the admins' content: the answer, suggestions, or an honest "I do not know". */
export const answersJob: ReplyJob = {
  name: "answers",
  handles: { answer: "new-topic", suggestions: "input", abstain: "input" },
  label: { fr: "Réponses du contenu", en: "Answers from the content" },
  help: { fr: "expliquer ce que sont les UE, UA et US", en: "explain what UE, UA and US units are" },
  async reply(turn, options): Promise<JobOutcome> {
    // A suggestion the learner picked (« le deuxième », "the first one").
    if (typeof options?.entryId === "string") return answerEntry(turn, options.entryId);
    const intent = intentOf(turn, "answer", "suggestions", "abstain");
    switch (intent.kind) {
      case "answer": {
        const entry = (await turn.services.understanding()).entry(intent.entryId);
        // « UAMM91 ça demande quelle expérience ? »: the experience page reached by a UA's code is not for one the catalog does not hold
        // (it gave the generic table, where it said the unit was not found and the code it may be).
        if (entry?.tags.includes(EXPERIENCE_REQUIRED_TAG)) {
          const catalog = await turn.services.catalog();
          const codes = findUnitCodes(turn.understood.text);
          if (codes.length > 0 && codes.every((code) => /^UA/.test(code) && !catalog.units.has(code))) {
            await turn.context.sendActivity(message(codes.map((code) => unknownUnit(code, catalog, turn.language)).join("\n\n"), [advisorAction(turn.language)]));
            return { kind: "unanswered", question: turn.text, suggested: [] };
          }
        }
        // « 8 mois de CDD, ça suffit pour l'UA ? »: once the rule is applied to the learner's case, the page's own yes or
        // no (« Oui. » to « il faut de l'expérience ? ») would answer another question, and contradict it.
        const applied = await experienceApplied(turn, entry);
        // « 10,5 de moyenne mais 8 en UTC502, j'ai la licence ? »: the page's rule, then the learner's case weighed by it (the page's own
        // yes would answer whether the rule exists; an average below 10/20 gets its no first).
        const compensation = applied ? undefined : compensationApplied(turn, entry);
        const answer = applied || compensation ? withCompensation(intent.answer, compensation) : intent.answer;
        await turn.context.sendActivity(answerReply(answer, turn.language));
        await unitsOfTheAnswer(turn, entry);
        await freeTimeApplied(turn, entry);
        askedBy(turn, entry);
        return { kind: "answered", answerId: intent.entryId };
      }
      case "suggestions": {
        const part = partOfSeveral(turn);
        await turn.context.sendActivity(suggestionsReply(intent.suggestions, turn.language, part));
        // « oui transmettez svp », "yes pass it on" at the suggestions: the question itself handed on, as asked (a plain « oui » picks nothing).
        turn.conversation.offer = { choices: intent.suggestions.map((s) => ({ job: answersJob.name, options: { entryId: s.entryId } })), byPassingOn: handingOn(part ? turn.understood.text : turn.text) };
        return { kind: "unanswered", question: part ? turn.understood.text : turn.text, suggested: intent.suggestions.map((s) => s.entryId) };
      }
      case "abstain": {
        const part = partOfSeveral(turn);
        await turn.context.sendActivity(abstainReply(intent.reason, turn.language, part));
        // « Voulez-vous que je lui transmette votre question ? »: « oui » hands this very question on (of several, that one).
        const question = part ? turn.understood.text : turn.text;
        if (intent.reason === "unknown") turn.conversation.offer = { accept: handingOn(question) };
        return UNANSWERED.has(intent.reason) ? { kind: "unanswered", question, suggested: [] } : NO_OUTCOME;
      }
    }
  },
};

/** The content's tag of its pages on session 2 (infra/content/README.md). */
const SESSION_2_TAG = "session-2";

/**
 * An answer that ends by asking for a value (its `asks`: « Dites-moi votre note ») keeps its
 * promise: the next message, when it is that value alone (« 11 »), is answered by the rule.
 */
function askedBy(turn: JobTurn, entry: ContentEntry | undefined): void {
  const asks = entry?.asks;
  const unitOfSessionTwo = entry?.tags.includes(SESSION_2_TAG) ? findUnitCodes(turn.text) : [];
  if (asks === "grade") turn.conversation.offer = { byGrade: { job: "grade", options: {} } };
  else if (asks === "credits-or-hours") turn.conversation.offer = { byQuantity: { job: "credit-hours", options: {} } };
  // « … donnez-moi son code » then « NFA032 »: whether the learner may enrol in it.
  else if (asks === "unit") turn.conversation.offer = { byUnit: { job: "eligibility", options: {} } };
  // "I failed my UTC505 exam" → the page on session 2, then « 8 »: that unit's grade (it got « I did not understand »).
  else if (unitOfSessionTwo.length === 1) turn.conversation.offer = { byGrade: { job: "grade", options: { codes: unitOfSessionTwo } } };
  // « … adressez-vous au secrétariat ou à un conseiller. » then « oui transmettez svp »: the question handed on as asked.
  else if (entry && POINTS_TO_AN_ADVISOR.test(`${entry.answer.fr} ${entry.answer.en}`)) {
    turn.conversation.offer = { byPassingOn: handingOn(turn.text) };
  }
}

/** A question looking for units: « il y a des cours qu'on peut faire de chez soi ? », "are there online courses?". */
const LOOKS_FOR_UNITS = /\b(y a|ya|il y a|existe|existent|propose\w*|quelles?|quels?|lesquel\w*|are there|is there|any|which)\b.*\b(cours|ue|ues|unites?|units?|courses?|classes?|modules?|formations?|matieres?)\b|\b(cours|ue|ues|unites?|units?|courses?|classes?|modules?)\b.*\b(y a|ya|il y a|existe|are there|available|disponibles?|possibles?)\b/;
/** How many units the list after an answer names. */
const MAX_UNITS_AFTER_AN_ANSWER = 6;
/** How many units the list of those wholly at a distance names: all of them, as one who cannot come needs. */
const MAX_UNITS_WHOLLY_AT_A_DISTANCE = 15;

/**
 * The answer tagged `foad` (distance learning) given to a question looking for units is followed by the
 * catalog's units taught at a distance: the page says « certaines UE », the learner wants to know which.
 */
async function unitsOfTheAnswer(turn: JobTurn, entry: ContentEntry | undefined): Promise<void> {
  if (!entry?.tags.includes("foad") || !LOOKS_FOR_UNITS.test(foldText(turn.understood.text).replace(/['’]/g, " "))) return;
  const { units: atADistance } = findUnits(await turn.services.catalog(), "", { distance: true });
  // « Quelles UE je peux suivre entièrement de chez moi ? »: only those with a term wholly at a distance (no group sessions on site).
  const entirely = saysEntirelyAtADistance(foldText(turn.understood.text).replace(/['’]/g, " "));
  const units = entirely ? atADistance.filter((unit) => unit.offerings.some((offering) => offering.modality === "distance" && !meetsOnSiteToo(offering))) : atADistance;
  if (units.length === 0) return;
  const shown = entirely ? MAX_UNITS_WHOLLY_AT_A_DISTANCE : MAX_UNITS_AFTER_AN_ANSWER;
  const named = units.slice(0, shown).map((unit) => `${unit.code} (${unit.title})`).join(", ");
  const more = units.length - Math.min(units.length, shown);
  await turn.context.sendActivity(message(entirely ? answersWording[turn.language].whollyAtADistance(named, more) : answersWording[turn.language].atADistance(named, more)));
}

/** An answer that sends the learner to an advisor. */
const POINTS_TO_AN_ADVISOR = /\b(conseiller|conseillers|advisor|advisors)\b/i;

async function answerEntry(turn: JobTurn, entryId: string): Promise<JobOutcome> {
  const entry = (await turn.services.understanding()).entry(entryId);
  if (!entry) {
    // The content changed between the suggestion and the pick.
    await turn.context.sendActivity(abstainReply("unknown", turn.language));
    return { kind: "unanswered", question: turn.text, suggested: [] };
  }
  // « j'ai 11 de moyenne générale et 7 en UTC501, la compensation ça marche ? », reached through the unit: the learner's case too.
  const page = localizedAnswer(entry, turn.language);
  const compensation = compensationApplied(turn, entry);
  await turn.context.sendActivity(answerReply(compensation ? withCompensation(page, compensation) : page, turn.language));
  askedBy(turn, entry);
  // A picked suggestion is the matter of the next follow-up, as an answer given at once is.
  turn.conversation.topic = entry.id;
  return { kind: "answered", answerId: entry.id };
}
