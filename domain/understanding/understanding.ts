import { BUSY_UNTIL } from "./busy-until";
import { ABBREVIATIONS, WITHOUT_A_DIPLOMA } from "./chat-lexicon";
import { followUpOnNotion, ONE_OF_THEM_EN, ONE_OF_THEM_FR } from "./notion-follow-up";
import { canonicalQuestion, localizedAnswer, type ContentEntry, type LocalizedAnswer } from "../knowledge/content-entry.schema";
import { DEFAULT_LANGUAGE, detectLanguage, type Language } from "../language/language";
import type { ContentAnalysis } from "./content-analysis";
import { asksComposition, asksForUnits, asksIfCompulsory, asksWhereItCounts, CANNOT_COME_TO_THE_EXAM, LATER_SESSION, intentForRoute, mentionsADiploma, namedDiploma, namesAnotherSchool, recognizeIntent, skipsASitting, saysTakenTogether, subjectOfSituation, UA_NAMED, withWholeSituation, type RuleIntent, FUNDING_SAID } from "./intent.recognizer";
import { SURE_ANSWER, overrulingRoute, predictRoute, routeFeatures, unpackRouteModel, type Route, type RouteModel, type StoredRouteModel } from "./route-classifier";
import storedRouteModel from "./route-model.json";
import { deniesWhatClaimStates, isPolarQuestion, negations } from "./polar-question";
import { readOrdinal } from "./prompt-answers";
import { findUnitCodes, UNIT_CODE_PATTERN } from "../catalog/unit-code";
import { namesAKnownSubject } from "../catalog/unit-search";
import { asksAuthorization, asksFromAfar, asksPrerequisites, COMES_AFTER, asksToMoveAnExam, asksWhereTheExamIs, detailsAsked, isUnheldFacet, saysEntirelyAtADistance, unheldFacets, unitFacet } from "./unit-facets";
import { asks, asksWhetherGoingOn, focusOnQuestion, fold, plainWords, pointsBackOnly, QUESTION_WORD, questionsOf, type FocusedMessage } from "./question-focus";
import { RetrievalIndex, type RankedEntry } from "./retrieval.index";
import { foldText } from "./text-normalizer";
import type { AnalyzedText } from "./term-analyzer";
import { readUnitFilters } from "./unit-filters";
import { numberWordsToDigits } from "./number-words";
import { countedInFrame, saysOnlyNewValues, withNewValues } from "./question-frame";
import { CODE_LIKE_WORDS, codesGivenAsPassed, unitMentions, withoutUnitCodes } from "./unit-mentions";
import { readStatedBackground } from "./stated-background";
import { PASSING_GRADE } from "../eligibility/grade.rule";
import { readStatedExperience } from "./stated-experience";

/** A question the assistant thinks may be meant, worded as the content's canonical question. */
export interface Suggestion {
  entryId: string;
  question: string;
  confidence: number;
}

/**
 * Why the assistant does not answer: the dialogs say so plainly and offer an advisor.
 * - `off-topic`: not about studying at the Cnam (weather, recipes, trivia...);
 * - `course-content`: help with a course's subject (explain a notion, an exercise, revision), not with studying here;
 * - `private-data`: someone else's record, or a list of learners;
 * - `manipulation`: an attempt to override the assistant's rules;
 * - `unknown`: about the domain, perhaps, but no answer is close enough to risk one;
 * - `unclear`: nothing to work with (only punctuation, "ok", "?").
 */
export type AbstainReason = "off-topic" | "on-behalf" | "course-content" | "private-data" | "manipulation" | "unknown" | "unclear";

/** What a message means, for the dialogs to route on. */
export type Intent =
  | Exclude<RuleIntent, { kind: "refuse" }>
  | { kind: "answer"; entryId: string; confidence: number; answer: LocalizedAnswer }
  | { kind: "suggestions"; suggestions: Suggestion[] }
  | { kind: "abstain"; reason: AbstainReason };

/** Every kind of intent, at run time: the job registry is checked to route each one. */
export const INTENT_KINDS = [
  "greeting",
  "thanks",
  "help",
  "cancel",
  "switch-language",
  "handoff",
  "handoff-status",
  "vote",
  "credit-hours",
  "grade",
  "eligibility",
  "yes-no",
  "unit-schedule",
  "unit",
  "unit-search",
  "diploma",
  "progress",
  "planning",
  "answer",
  "suggestions",
  "abstain",
] as const satisfies readonly Intent["kind"][];

// A kind added to Intent but not to INTENT_KINDS fails to compile here.
const everyKindListed: Exclude<Intent["kind"], (typeof INTENT_KINDS)[number]> extends never ? true : never = true;
void everyKindListed;

export interface Understood {
  /** The text understood: the message, or one of its questions (see understandEach). */
  text: string;
  /** The language to reply in: the message's, the requested one, or the conversation's. */
  language: Language;
  intent: Intent;
  /** Typos fixed on the way, e.g. for logs and for the evaluation report. */
  corrections: { from: string; to: string }[];
  /** The best-ranked entries (at most 5), for logs and the evaluation's confusion report. */
  candidates: RankedEntry[];
  /**
   * The rules' intent when the learned route overruled it (see withLearnedRoute): a prompt reads its
   * answer by what the words say, not by the job the message would go to on its own.
   */
  overruled?: Intent;
}

/**
 * When to answer, suggest or abstain, on the ranked entries' scores (see RankedEntry.score: the
 * mean of the similarity to the nearest variant and the coverage of the message).
 */
export interface ConfidencePolicy {
  /** Score from which the best entry is answered directly... */
  answerScore: number;
  /** ...provided the runner-up is at least this far behind (otherwise: suggestions). */
  answerMargin: number;
  /** Score from which entries are offered as suggestions ("vouliez-vous dire..."). */
  suggestScore: number;
  /**
   * Score from which the best entry is answered when it is the only one above `suggestScore`: with
   * no other answer close, "did you mean" with one question would only make the learner click. Such
   * an answer, less sure, never gets a yes or a no from the claims.
   */
  soleAnswerScore: number;
  /** Coverage below which an entry is never proposed: too much of the message is unexplained. */
  minCoverage: number;
  maxSuggestions: number;
}

export const DEFAULT_CONFIDENCE_POLICY: ConfidencePolicy = {
  answerScore: 0.55,
  answerMargin: 0.08,
  suggestScore: 0.4,
  soleAnswerScore: 0.52,
  minCoverage: 0.4,
  maxSuggestions: 3,
};

/** A claim of the content, with its terms in each language. */
interface AnalyzedClaim {
  text: Record<Language, string>;
  holds: boolean;
  terms: Record<Language, string[]>;
}

/** When a long message's situation alone says what it is about (see situatedAnswer). */
const SITUATED = { probability: 0.9, score: 0.45, margin: 0.2, contextWords: 25, sentenceWords: 18 } as const;

/** What to take next: « qu'est-ce que je prends au prochain semestre », "what should I take next". */
const NEXT_TO_TAKE = / (prends|prendre|prend|suivre|suis|faire|fais|take|do|choose|choisir) .*\b(prochain semestre|semestre prochain|semestre suivant|next semester|ensuite|apres|next)\b/;

/** A part of a message about a volume or its mistake: a number, « erreur », "supposed to be". */
/** Notions a learner may say they do not understand, as a definition asks them in each language. */
/** The first NOTION_NAMES are the kinds of units (UE, UA, US). */
const KINDS_OF_UNITS = 3;
const NOTION_NAMES: readonly [RegExp, Record<Language, string>][] = [
  [/\bue\b|\bunites? d enseignement\b/, { fr: "une UE", en: "a UE" }],
  [/\bua\b|\bunites? d activite\b/, { fr: "une UA", en: "a UA" }],
  [/\bus\b(?! (?:to|a|an|the|in|on|for|with|about)\b)|\bunites? specifiques?\b/, { fr: "une US", en: "a US" }],
  [/\bects\b|\bcredits?\b/, { fr: "un crédit ECTS", en: "an ECTS credit" }],
  [/\bcapitalis\w*/, { fr: "la capitalisation", en: "capitalisation" }],
  [/\bfoad\b/, { fr: "la FOAD", en: "FOAD" }],
];
/** Not understanding, or asking an explanation of what was said: « je n'ai rien compris », « vous pouvez m'expliquer », "I'm lost". */
const ASKS_EXPLAINING = /\b(rien compris|pas compris|comprends? (rien|pas)|jcomprends? (rien|pas)|(je suis|jsuis|un peu|completement|totalement) perdue?|m y perds|m y retrouve pas|m expliquer|expliquez|expliquer simplement|explain|don t (understand|get)|do not understand|confused|mix(ed)? (them )?up|i m lost|i am lost)\b/;
/**
 * What each of several notions is, asked outright: « c'est quoi une UE, une UA et une US ? », « vous pouvez me dire ce que c'est,
 * chacune ? », "what are UE, UA and US?" (only the first one's page was given). Read with the notions of units only.
 */
const DEFINITIONS_ASKED = /\b(c est quoi|c quoi|ckoi|c koi|qu est ce que|qu est ce qu|ce que c est|ce que sont|ce qu est|what is|what s|what are|what they are|what each|definitions?)\b/;
/** A question of its own beside the notions not understood: how many, when, which, whether one may. */
const OWN_QUESTION_ASKED =
  /\b(combien|cb|quand|quel|quelle|quels|quelles|ou est|puis je|je peux|on peut|est ce que je|pourquoi|reste|repasse|repasser|perdus?|faisable|compte|comptent|how many|how much|when|which|where|why|can i|may i|do i|should i|left|transferable|pick|choose)\b/;
/** Grades, credits or hours said: a question of their own (« j'ai eu 6 », « 12 crédits »), not notions to explain. */
const NUMBERS_OF_STUDYING =
  /\b(j ai eu|jai eu|obtenu|i got|scored|note|notes|grade|grades|moyenne|average)\b|\d+\s*(sur 20|\/\s*20|out of 20|ects|credits?|cr|h|heures?|hours?)\b|\b(j ai|jai|i have|i had) \d{1,2}([.,]\d{1,2})? (en|a|in|at)\b|\b(avec|with) \d{1,2}([.,]\d{1,2})? (et|and) \d{1,2}\b/;
/** An explanation asked outright: « vous pouvez m'expliquer », « expliquez-moi », "can you explain". */
const EXPLANATION_ASKED = /\b(m expliquer|expliquez|expliquer|explique|explain|explained)\b/;
/** A definition asked, in the message's language. */
const WHAT_IS: Record<Language, (notion: string) => string> = { fr: (notion) => `C'est quoi ${notion} ?`, en: (notion) => `What is ${notion}?` };
/** The notions a message says it does not understand (two at least to count), in their order; none when it names a unit. */
function notionsToExplain(text: string, language: Language): string[] {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
  // (« UE UA : je comprends pas, mon UA demande combien d'années d'expérience ? » asks a question of its own.)
  // (An explanation asked outright, « vous pouvez m'expliquer ? », "can you explain?": not confusion about something else, « je comprends
  // pas pourquoi mon UE n'apparaît pas ».) "us" is the notion only as written « US ».
  // (Numbers read with their marks: « 8/20 ».)
  // (Only that, in one question: « c'est quoi une UA ? et aussi si une US rapporte des crédits », « … la diff entre une UE et une UA, et
  // les credits ca marche comment ? » keep their parts.)
  const definitions =
    DEFINITIONS_ASKED.test(words) &&
    !/\b(diff|difference|differences)\b/.test(words) &&
    NOTION_NAMES.slice(0, KINDS_OF_UNITS).filter(([pattern], i) => pattern.test(words) && (i < 2 || /\bUS\b/.test(text))).length >= 2 &&
    !NOTION_NAMES.slice(KINDS_OF_UNITS).some(([pattern]) => pattern.test(words)) &&
    questionsOf(text).length <= 1;
  if ((!definitions && (!ASKS_EXPLAINING.test(words) || !EXPLANATION_ASKED.test(words))) || OWN_QUESTION_ASKED.test(words) || NUMBERS_OF_STUDYING.test(` ${foldText(text).replace(/['’]/g, " ")} `) || findUnitCodes(text).length > 0) return [];
  const us = /\bUS\b/.test(text);
  return NOTION_NAMES.map(([pattern, notion]) => [words.search(pattern), notion[language]] as const)
    .filter(([at, notion]) => at >= 0 && (us || !/US$/.test(notion)))
    .sort((a, b) => a[0] - b[0])
    .map(([, notion]) => notion);
}

const VOLUME_OR_MISTAKE = /\d|\b(erreur|errone\w*|mistake|error|wrong|typo|normal|supposed|cense|censee|pas cense|should be|devrait etre)\b/;

/**
 * Words that name studying here: a question holding one is a question of its own beside a message declined as a whole
 * (« … j'aurai droit au chômage ? Et au fait, avec un BTS compta, j'entre directement en L3 ? »: the L3's access is answered).
 */
const STUDY_ANCHOR =
  /\b(ue|ues|ua|us|unites?|units?|cours|course|courses|classes?|modules?|ects|credits?|cnam|licence|l1|l2|l3|bts|dut|ingenieur|diplomes?|degrees?|examens?|exams?|sessions?|rattrapage|inscri\w*|enrol\w*|prerequis\w*|prerequisites?|foad|distance|soir|evening|samedis?|saturdays?|horaires?|timetable|heures?|hours?|semestres?|semesters?|notes?|grades?|autorisation|authori[sz]ation|formations?)\b/;

/** What to do now, asked (folded words, regex source): « je fais quoi », « que dois-je faire », "what should I do", "what next". */
const WHAT_TO_DO = String.raw`je fais quoi|jfais quoi|je dois faire quoi|qu est ce que je (?:dois|peux) faire|que (?:dois|puis) je faire|que faire|quoi faire|what (?:do|should|can|must) i (?:have to |need to )?do|what now|now what|what next|what are my (?:next steps|options)|what s next|what happens (?:now|next)`;
/** What to do now or where one stands, of whatever was told: « je fais quoi », "what now", « où j'en suis » (folded words, padded). */
const WHAT_NOW = new RegExp(String.raw` (?:${WHAT_TO_DO}|qu est ce que je fais|et maintenant|where do i stand|ou j en suis|j en suis ou|c est grave|is that bad|ca compte|does it count|is that ok|c est bon) `);
/** What happens now, asked (plain words): « qu'est-ce qui se passe maintenant », « il se passe quoi », "what happens now". */
const HAPPENS_NOW = / (qu est ce qui se passe|que se passe t il|il se passe quoi|ca se passe comment|what happens|what s next|what now) /;
/** The readings a question beside a grade may have of its own: a page, units looked for, a diploma, a plan, hours, a check. */
const ANSWERS_OF_ITS_OWN: ReadonlySet<Intent["kind"]> = new Set(["answer", "unit-search", "diploma", "planning", "credit-hours", "eligibility"]);
/** The numbers a text says, in digits or in words (« trois » is 3). */
function numbersSaid(text: string): number[] {
  return [...numberWordsToDigits(fold(text)).matchAll(/\b\d+(?:[.,]\d+)?\b/g)].map((found) => Number(found[0].replace(",", ".")));
}
/** A claim of a diploma in computing (folded French). */
const IN_COMPUTING = /\b(bts|dut|diplome|licence) (informatique|info)\b/;
/** A claim's most: « 3 fois au plus », "at most 3 times", « au maximum 3 » (folded, numbers in digits). */
const AT_MOST = /\b(\d+) \w+ (?:au plus|au maximum|at most|maximum)\b|\b(?:au plus|au maximum|at most|maximum|up to|jusqu a) (\d+)\b/;
/** Whether the grade told leaves something possible: « encore », "still", « quand même », "anyway" (folded words, padded). */
const STILL = / (encore|toujours|quand meme|malgre ca|malgre tout|still|anyway|even so|nevertheless) /;
/** Where something counts, asked: « ça compte pour », "does it count toward" (folded words, padded). */
const COUNTS_FOR = / (count|counts|counted|compte|comptent|compter|valable|valables|valid) (for|toward|towards|in|pour|dans) /;
/** A kind of diploma named in a part, by a word the diploma readings may not take alone: « pour l'ingénieur », "for the master". */
const A_DIPLOMA_WORD = /\b(ingenieurs?|inge|engineers?|engineering|licences?|license|masters?|bts|dut|but|diplomes?|degrees?|certificats?|certificates?)\b/;
/** « ce soir », "tonight": an evening of life, no evening class. */
const TONIGHT = / (ce soir|tonight|this evening) /g;
/** Advice or an opinion asked of the assistant (plain words): « à ton avis », « tu penses que je devrais », "do you think I should", "would you recommend". */
const ADVICE_ASKED =
  / (a ton avis|a votre avis|selon toi|selon vous|tu penses que|vous pensez que|tu crois que|vous croyez que|tu me conseilles|vous me conseillez|tu conseilles|que ferais tu|tu ferais quoi|qu est ce que tu ferais|in your opinion|do you think|what would you do|would you recommend|would you advise|what do you recommend|what do you advise|should i) /;
/** What was told, spoken of (plain words): « c'est », « ça », "is that", "is it", « arrondi ». */
const SPEAKS_OF_WHAT_WAS_TOLD = / (c est|cest|ca|cela|that|this|is it|it s|its|arrondi|arrondie|rounded|round|normal|bien|good|bad|mal|grave) /;
/**
 * A message's question and what it told before it: the question's focus, or for a short message its sentences that ask after those
 * that tell (« J'ai validé UTC501 et UTC502. Tu peux me recommander un bon VPN ? »), or, when `afterAComma`, a question put to the
 * assistant after a comma (« j'ai eu 14 en NFA031, tu connais une bonne salle de sport ? »).
 */
function toldThenAsked(text: string, afterAComma: boolean): FocusedMessage {
  const focused = focusOnQuestion(text);
  if (focused.context.trim() !== "") return focused;
  const sentences = text.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence.trim() !== "");
  const asking = sentences.filter((sentence) => sentence.includes("?"));
  if (asking.length > 0 && asking.length < sentences.length) return { question: asking.join(" "), context: sentences.filter((sentence) => !sentence.includes("?")).join(" ") };
  const put = afterAComma && /,\s+(?=(?:tu|vous) (?:connais|connaissez|peux|pouvez|pourrais|pourriez|penses|pensez|crois|croyez|saurais|sauriez|conseilles|conseillez|recommandes|recommandez)\b|(?:can|could|would|do) you\b)/i.exec(text);
  return put ? { question: text.slice(put.index + put[0].length), context: text.slice(0, put.index) } : focused;
}
/** Papers asked for (plain words): a brochure, a programme, a form, information. */
const THE_PAPERS = / (brochures?|plaquettes?|programmes?|syllabus|fiches?|documentation|docs?|infos?|informations?|details?|dossiers?|formulaires?|forms?|leaflets?) /;
/** A question word (plain words): what the advice asked is about is then asked of the story. */
const ASKS_WHAT = / (quoi|koi|combien|cb|quand|comment|quel|quelle|quels|quelles|pourquoi|what|when|which|where|why|how|who) /;
/** « Qu'est-ce que vous me conseillez ? »: « vous me conseillez quoi ? » said with « qu'est-ce que » (plain words). */
const WHAT_ADVISED = / (qu est ce que|qu est ce qu|que) (vous|tu) (me |m )?(conseillez|conseilles|conseilleriez|conseillerais|recommandez|recommandes|recommanderiez|recommanderais) /;
/**
 * A question of its own, by its words: a question word and enough words to name something ("How do I deal with stress?", « Comment
 * gérer le stress ? »), not a bare « et maintenant je fais quoi ? ». Read, after a grade, of a question no page answers.
 */
function asksOfSomethingElse(words: string): boolean {
  return (ASKS_WHAT.test(words) || / qui /.test(words)) && !NEXT_OR_ADVICE.test(words) && words.trim().split(" ").length >= MIN_WORDS_ASKED_ELSE;
}
const MIN_WORDS_ASKED_ELSE = 4;
/** Advice or what comes next, asked after a grade: the grade's answer says it (« Tu me conseilles quoi ? », « Il se passe quoi maintenant ? »). */
const NEXT_OR_ADVICE = / (conseill\w*|recommand\w*|recommend\w*|advi[cs]e\w*|suggest\w*|maintenant|now|next|ensuite|la suite|se passe|passe t il|happens?|happening) /;
/** The thing told before, pointed back to (plain words): "who issues it", « qui me la délivre ». */
const OF_IT = / (it|them|this|that|la|le|l|les|ca|cela) /;
/** One of the units a story told, pointed back to: « laquelle », « celle-là », "which one", "the first one". */
const POINTS_TO_ONE_TOLD = / (laquelle|lequel|lesquelles|lesquels|celle|celui|celles|ceux|la premiere|le premier|la seconde|la deuxieme|le deuxieme|which one|which ones|which of them|the first|the second|the other|l autre|les deux|both|them|it) /;
/** A way of studying said alone, going on: « et le samedi ? », "and online?". */
const WAY_ONLY = /^ (?:et|and|also|aussi|what about|how about) (?:(?:le|les|on|the) )?(samedis?|saturdays?|a distance|en ligne|online|at a distance|remotely|en foad) $/;

/** A question of what to take next of more words asks more. */
const MAX_NEXT_TO_TAKE_WORDS = 12;

/** Questions of one message answered in one turn, at most. */
const MAX_QUESTIONS = 4;
/** A unit named as such (« une UE », "a unit", « des cours »): a part that looks for one is a search of its own. */
const UNIT_NOUN = /\b(ue|ues|unites?|units?|cours|courses?|modules?|classes?|formations?)\b/;
/** A question about the units a search found is short (« et il faut quoi avant ? »); a longer one asks something of its own. */
const MAX_WORDS_ABOUT_FOUND = 10;
/** The most choices the assistant offers at once (suggestions, semesters): « le troisième » at most. */
const MAX_CHOICES = 3;

/** How close a yes/no question must be to a claim for the claim to settle it (weighted Dice). */
const CLAIM_SIMILARITY = 0.5;
/** Words that restrict what is asked (« seulement », "only"): a claim without them does not settle it. */
/** An amount of money: « 300 € », "€300", « 250 euros », "$50". */
const AN_AMOUNT = /€|\$\s?\d|\d\s?(€|euros?|eur)\b/i;
const RESTRICTIVE = /\b(only|just|exclusively|solely|seulement|uniquement|exclusivement|que le|que les|qu en|que des|toujours|always|never|jamais|tous|toutes|all|every)\b/;
/** How much closer the best claim must be than one that would give the other verdict. */
const CLAIM_MARGIN = 0.1;

export interface UnderstandOptions {
  /** The conversation's language, kept when the message gives no clue (e.g. "NFA031 ?"). */
  language?: Language;
}

/** The route model stored with the code (trained by `npm run route:train` on test/eval/routes.yaml). */
export const ROUTE_MODEL = unpackRouteModel(storedRouteModel as StoredRouteModel);

/**
 * What the rules chose, as clues for the route model: the job, and the rules' own reading of it
 * (a unit's facet, whether retrieval was sure), so it learns which of the rules' choices to trust —
 * a timetable read from « quand ont lieu les cours » more than a unit's card given by default.
 */
export function ruleClues(intent: Intent): string[] {
  const reading =
    intent.kind === "unit"
      ? `unit:${intent.facet}${intent.unexplained ? ":unexplained" : ""}${intent.answerId ? ":content" : ""}`
      : intent.kind === "eligibility"
        ? `eligibility:${intent.codes.length > 0 ? "unit" : "none"}`
        : intent.kind === "abstain"
          ? `abstain:${intent.reason}`
          : intent.kind;
  return [`rule:${routeOf(intent)}`, `reading:${reading}`];
}

/** A retrieval answer at SURE_ANSWER or above: the content's own way of asking, which the learned route leaves alone. */
export function isSureAnswer(intent: Intent): boolean {
  return intent.kind === "answer" && intent.confidence >= SURE_ANSWER;
}

/** The job an intent goes to, as the route model names it ("unknown": abstain, nothing close enough). */
export function routeOf(intent: Intent): Route | "unknown" {
  switch (intent.kind) {
    case "greeting":
    case "thanks":
    case "help":
    case "cancel":
    case "switch-language":
    case "vote":
    case "yes-no":
      return "chitchat";
    case "handoff":
      return "handoff";
    case "handoff-status":
      return "request-status";
    case "eligibility":
      return "enrol-check";
    case "unit":
      if (intent.answerId) return "content";
      return isUnheldFacet(intent.facet) || intent.unexplained ? "unit-not-held" : "unit-facts";
    case "unit-schedule":
      return "unit-facts";
    case "credit-hours":
      // « NFA031 c'est combien d'heures ? »: a unit's own hours, from the catalog.
      // (« une UE par semestre, combien de temps pour UTC501 à UTC505 ? »: the units' semesters at a pace, the credit-hours job's.)
      return intent.codes.length > 0 && intent.ects === undefined && intent.hours === undefined && !intent.units && intent.unitsPerSemester === undefined ? "unit-facts" : "credit-hours";
    case "answer":
    case "suggestions":
      return "content";
    case "abstain":
      return intent.reason === "unknown" || intent.reason === "unclear" ? "unknown" : "decline";
    default:
      return intent.kind;
  }
}

/**
 * The assistant's understanding of learners' messages over one version of the content. Build it
 * once per content version (with the analysis stored at publish time, a few milliseconds); `understand`
 * is pure and fast (well under a millisecond per message).
 */
export class Understanding {
  private readonly index: RetrievalIndex;
  private readonly entries: ReadonlyMap<string, ContentEntry>;

  /** Each entry's claims, analyzed like questions (see withVerdict). */
  private readonly claimTerms = new Map<string, AnalyzedClaim[]>();

  constructor(
    entries: readonly ContentEntry[],
    private readonly policy: ConfidencePolicy = DEFAULT_CONFIDENCE_POLICY,
    analysis?: ContentAnalysis,
    /** The learned second opinion on the rules' route; null: the rules alone (to train it). */
    private readonly routeModel: RouteModel | null = ROUTE_MODEL,
  ) {
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
    this.index = new RetrievalIndex(entries, analysis);
    for (const entry of entries) {
      if (!entry.claims?.length) continue;
      const analyzed = this.index.claimTerms(entry.id);
      this.claimTerms.set(
        entry.id,
        entry.claims.map((claim, i) => ({
          text: { fr: claim.fr, en: claim.en },
          holds: claim.holds,
          terms: analyzed[i] ?? { fr: this.index.analyzer.analyzeDocument(claim.fr, "fr").terms, en: this.index.analyzer.analyzeDocument(claim.en, "en").terms },
        })),
      );
    }
  }

  /** False when a stored analysis was given but made by another analyzer: the entries were analyzed again. */
  get usedStoredAnalysis(): boolean {
    return this.index.usedStoredAnalysis;
  }

  /** True when the search index stored with the analysis was loaded rather than built again. */
  get usedStoredIndex(): boolean {
    return this.index.usedStoredIndex;
  }

  /**
   * Understands one message: language, then the structured intents a rule answers better
   * (credit hours, grades, units, eligibility, progress, handoff, conversation control), then
   * retrieval over the content with the confidence policy — answer, up to three suggestions,
   * or abstain. Never guesses: off-topic questions, requests for other people's data and
   * attempts to override the rules abstain whatever retrieval would find.
   */
  understand(text: string, options: UnderstandOptions = {}): Understood {
    // « 300 € »: the sign is a word of money for every reader (rules, retrieval, the learned route).
    return { ...this.understandText(text.replace(/€/g, " euros "), options), text };
  }

  private understandText(text: string, options: UnderstandOptions): Omit<Understood, "text"> {
    // The question sentence is found once: the refusals read it, then retrieval, then the learned route's.
    const focused = focusOnQuestion(text);
    const understood = this.withLearnedRoute(text, focused, this.byRules(text, focused, options));
    // The pages a rule of the message chooses by their tag read its folded words, folded once.
    const words = ` ${fold(text)} `;
    const chosen = this.ofPriceAsked(text, focused, understood) ?? this.ofFreeTime(text, words, focused, understood) ?? this.ofStudyTimeAsked(words, understood) ?? this.ofMissedExam(text, words, understood) ?? this.ofResitSkipped(words, understood) ?? this.ofResitRegistration(words, focused, understood) ?? this.ofMovedExam(words, understood) ?? this.ofAuthorizationSteps(focused, understood) ?? this.ofUnitsALaCarte(words, focused, understood) ?? this.ofCompensation(text, words, understood) ?? this.ofAdmissionAttempts(words, understood) ?? this.ofEngineeringWished(words, understood) ?? this.ofExperienceAsked(text, words, understood) ?? this.ofUaWithoutExperience(words, understood, focused) ?? this.notCourseContent(focused, understood, options) ?? this.admissionUnsaid(words, understood) ?? understood;
    // Whichever reading found it (the whole sentence, its last clause, the learned route's): "Are exams ever online, or do I have to
    // come in person?" asks across its clauses what no page holds.
    // « Est-ce que je peux reporter mon inscription à l'année prochaine ? »: a matter no page holds, whatever pages share its words.
    // (Not registering for the resit postponed, « décaler mon inscription à la session 2 »: none is needed, the session-2 page says.)
    const postpones = POSTPONES_ENROLMENT.test(words) && !REGISTERS_FOR_THE_RESIT.test(words);
    // « Les TD, c'est obligatoire d'y aller ou on peut juste passer l'examen ? », "Is attendance compulsory?": no page says (it suggested
    // the page on session 2). (A page found for the rest of the message keeps it: its parts say which they do not answer.)
    // (At a distance, the page on FOAD says what is done there: "Do I have to attend the classes if I study at a distance?".)
    const attendance = ATTENDANCE_ASKED.test(words) && !/\b(distance|foad|en ligne|online|remote|remotely)\b/.test(words);
    // « une facture pour la licence informatique, c'est possible ? »: an invoice, asked of no unit, is in no page (it got the licence's
    // admission page, « Oui. On entre en licence … »); of a unit, the unit's detail says so.
    // (Its price or its funding asked beside, « combien coûte la licence, facturé à mon employeur ? », keeps the fees page.)
    const invoice = detailsAsked(words).includes("invoicing") && !/\b(combien|couts?|coute|coutent|prix|tarifs?|frais|financ\w*|cpf|price|prices|cost|costs|fees?|how much|funding|funded)\b/.test(words);
    const notHeld =
      this.asksAnExamDetailNotHeld(text, words, chosen.intent) || ((postpones || invoice || (attendance && chosen.intent.kind === "suggestions")) && (chosen.intent.kind === "answer" || chosen.intent.kind === "suggestions") && findUnitCodes(text).length === 0);
    return notHeld ? { ...chosen, intent: { kind: "abstain", reason: "unknown" } } : chosen;
  }

  /** The content's page with this tag, as the answer chosen by a rule of the message (undefined when the content has none). */
  /** The first written answer with a tag: the page a reading chooses by its tag. */
  private entryTagged(tag: string): ContentEntry | undefined {
    return [...this.entries.values()].find((candidate) => candidate.tags.includes(tag));
  }

  private pageTagged(tag: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const entry = this.entryTagged(tag);
    return entry ? { ...understood, intent: { kind: "answer", entryId: entry.id, confidence: TAGGED_PAGE_CONFIDENCE, answer: localizedAnswer(entry, understood.language) } } : undefined;
  }

  /**
   * "How much work experience do I need for the cybersecurity engineering degree?", « combien d'années d'expérience pour la
   * licence ? »: how much experience a diploma asks, not understood for sure, is the page tagged EXPERIENCE_REQUIRED_TAG (which
   * the answer then applies to the diploma named) rather than suggestions or « je ne sais pas ».
   */
  private ofExperienceAsked(text: string, words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    // « Technicien support depuis un an et demi, je peux candidater à l'ingénieur cybersécurité ? »: years of work said, then
    // whether one may apply to a diploma: the years it asks at application, weighed (it abstained, or gave the diplomas' page).
    const applyingWithYears = TO_APPLY.test(words) && mentionsADiploma(text) && readStatedExperience(text) !== undefined && (intent.kind === "answer" || undecided(intent));
    // (« … je travaille depuis 5 ans comme technicien … Je voudrais préparer le diplôme d'ingénieur en IA. Est-ce que mon expérience compte ? »:
    // one's experience asked to count for a diploma named — its requirement, not the diploma's blocks.)
    const experienceForADiploma = OWN_EXPERIENCE_COUNTS.test(words) && mentionsADiploma(text) && readStatedExperience(text) !== undefined && (intent.kind === "answer" || undecided(intent) || (intent.kind === "diploma" && intent.facet === undefined));
    // « UAALOV, ça demande quoi comme expérience ? », "how many years of experience for UAALOT?": the experience a UA named asks,
    // which its card does not say (it got UAALOV's card, « aucun prérequis formel »).
    const ofAUaNamed = intent.kind === "unit" && intent.codes.length === 1 && /^UA/.test(intent.codes[0]!) && (EXPERIENCE_ASKED.test(words) || UA_EXPERIENCE_ASKED.test(words));
    if (applyingWithYears || experienceForADiploma || ofAUaNamed) return this.pageTagged(EXPERIENCE_REQUIRED_TAG, understood);
    // (« would my hospital work count for the experience unit? » says its matter whatever page came closest.)
    // ("does that cover the experience unit?": whether experience said counts — not money, « mon CPF ça couvre l'UA ? ».)
    const coversTheUa = COVERS_THE_UA.test(words) && !MONEY_SAID.test(words);
    // « Combien de crédits pour l'UA de la licence, et mon alternance de 12 mois ça compte ? »: a length of work said, the UA named
    // anywhere in the message, and whether that length counts: the UA's requirement applied to it, which names the UA and its
    // credits (it got the licence's card, the alternance left unweighed).
    const lengthCounts = UA_NAMED.test(words) && LENGTH_COUNTS.test(words.replace(/[^a-z0-9]+/g, " ")) && readStatedExperience(text) !== undefined;
    // « … ça fait seulement 5 mois que je suis développeur en alternance. Est-ce que je peux valider l'UA maintenant ? »: whether one's
    // work said validates the UA is its requirement applied to it (it got suggestions).
    const validatesTheUa = UA_NAMED.test(words) && VALIDATE_THE_UA.test(words) && readStatedExperience(text) !== undefined;
    const countsForTheUa = (COUNTS_FOR_THE_UA.test(words) || coversTheUa || lengthCounts || validatesTheUa) && !(intent.kind === "answer" && this.entries.get(intent.entryId)?.tags.some((tag) => tag === EXPERIENCE_REQUIRED_TAG || tag === UA_TAG));
    if (!undecided(intent) && !countsForTheUa) return undefined;
    if (!EXPERIENCE_ASKED.test(words) && !countsForTheUa) return undefined;
    return this.pageTagged(EXPERIENCE_REQUIRED_TAG, understood);
  }

  /**
   * « j'ai zéro expérience pro en informatique, comment je fais pour l'UA ? », "I have no work experience, how do I get the UA?":
   * the UA asked by someone who says they have no experience is the page on the project during an internship (tagged
   * UA_INTERNSHIP_TAG), not the page on the experience dossier they cannot write.
   */
  private ofUaWithoutExperience(words: string, understood: Omit<Understood, "text">, focused: FocusedMessage): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    const tags = intent.kind === "answer" ? (this.entries.get(intent.entryId)?.tags ?? []) : [];
    // (That page already, its yes or no said: kept.)
    if (tags.includes(UA_INTERNSHIP_TAG)) return undefined;
    const onUas = tags.includes(UA_TAG);
    // (« On m'a dit que je n'avais pas assez d'expérience pour l'UA. Il se passe quoi dans ce cas ? »: a question that only points
    // to the case told asks what then, whatever page its words came closest to — it got the page on where classes take place.)
    const inThatCase = focused.context !== "" && IN_THAT_CASE.test(` ${fold(focused.question)} `);
    const open = onUas || undecided(intent) || inThatCase;
    // (Not enough of it, only then: « je n'ai pas assez d'expérience pour l'UA, c'est quoi le dossier ? » keeps the dossier's page.)
    if (!open || !(NO_EXPERIENCE.test(words) || (inThatCase && NOT_ENOUGH_EXPERIENCE.test(words))) || !UA_NAMED.test(words)) return undefined;
    return this.pageTagged(UA_INTERNSHIP_TAG, understood);
  }

  /**
   * « …UTC501 et UTC504, et franchement je suis un peu perdu avec le vocabulaire du Cnam… Est-ce que vous pourriez m'expliquer ce que
   * veut dire capitaliser une UE ? »: help with a course's content read in the situation told (units, « cours ») is no refusal
   * when the question sentence, alone, is surely a page of the content (how the Cnam works is its matter).
   */
  private notCourseContent(focused: FocusedMessage, understood: Omit<Understood, "text">, options: UnderstandOptions): Omit<Understood, "text"> | undefined {
    if (understood.intent.kind !== "abstain" || understood.intent.reason !== "course-content" || !focused.context) return undefined;
    const alone = this.understandText(focused.question, options);
    return alone.intent.kind === "answer" && alone.intent.confidence >= SURE_ANSWER ? alone : undefined;
  }

  /**
   * « j'étais hospitalisée le jour de l'examen de GLG105, je fais comment ? », « j'ai raté l'examen de GDN100 car j'étais en
   * déplacement, c'est mort ? »: an exam missed (absent, not failed), no grade said, and what now asked: the page on session 2
   * (the content's page tagged SESSION_2_TAG), open to the absent without registering — not the exam's date, nor « je ne sais
   * pas ». Not when moving the exam is asked (« je peux le passer un autre jour ? »: the page on fixed dates says no).
   */
  /**
   * « je voudrais faire le diplôme d'ingénieur », "I'd like to do the engineering degree": only the wish to do it, named by its kind,
   * is the page on the engineering degrees, which names the three (« celui en IA » then gives that one's card); named with its
   * speciality ("… the engineering degree in AI"), that diploma's card. It got three pages suggested, after which « the one in AI »
   * was not understood.
   */
  private ofEngineeringWished(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    if (!undecided(understood.intent)) return undefined;
    const wished = ENGINEERING_WISHED.exec(words);
    if (!wished) return undefined;
    if (wished[1]) return namedDiploma(words) ? { ...understood, intent: { kind: "diploma", codes: [] } } : undefined;
    const page = [...this.entries.values()].find((entry) => entry.tags.includes(ENGINEERING_TAG) && entry.tags.includes(DIPLOMAS_TAG));
    return page ? { ...understood, intent: { kind: "answer", entryId: page.id, confidence: TAGGED_PAGE_CONFIDENCE, answer: localizedAnswer(page, understood.language) } } : undefined;
  }

  /**
   * « UAAD91, on peut la repasser combien de fois ? », "how many attempts at the admission exam?": the attempts at the engineering
   * admission exam, which its page says (three at most) — it got suggestions; and what one sits to be admitted.
   */
  private ofAdmissionAttempts(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    // "how many times can I try UAAD91?", « combien de fois je peux passer UAAD91 ? » (or « it » after its card): the page says the
    // attempts, the card only in its title (« trois tentatives au plus »), so the page rather than the card.
    const admissionUnit = intent.kind === "unit" && intent.facet === "description" && intent.codes.every((code) => ADMISSION_NAMED.test(` ${code.toLowerCase()} `));
    if (admissionUnit && ATTEMPTS_ASKED.test(words)) return this.pageTagged(ADMISSION_TAG, understood);
    // (Not the unit's card otherwise.)
    if (!undecided(intent)) return undefined;
    // « … Je vise le diplôme d'ingénieur en cybersécurité … et qu'est-ce que je dois passer pour être admis ? »: what one sits to be
    // admitted is the admission exam, the only one the sources hold (UAAD91) — it got « pas de réponse sûre » with that page suggested.
    // (Not of a diploma without one: « pour être admis en licence » is its access.)
    const toBeAdmitted = SAT_TO_BE_ADMITTED.test(words) && !/\b(licence|license|l3|master|bts|dut|but)\b/.test(words);
    if (!toBeAdmitted && (!ADMISSION_NAMED.test(words) || !ATTEMPTS_ASKED.test(words))) return undefined;
    return this.pageTagged(ADMISSION_TAG, understood);
  }

  /**
   * « combien de fois je peux la tenter ? », « je peux la tenter sans NFA031 ? » after another unit's card: the admission exam's page,
   * found by « tenter » alone (its page is the only one to say it), answered of NFA032 or UAEP04. Only suggested when the message says
   * nothing of the admission (UAAD91, « admission », « ingénieur », "entrance"): the unit pointed to may then make it sure.
   */
  private admissionUnsaid(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    if (intent.kind !== "answer" || !(this.entries.get(intent.entryId)?.tags.includes(ADMISSION_TAG) ?? false) || ADMISSION_SAID.test(words)) return undefined;
    const entry = this.entries.get(intent.entryId)!;
    return { ...understood, intent: { kind: "suggestions", suggestions: [{ entryId: entry.id, question: canonicalQuestion(entry, understood.language), confidence: intent.confidence }] } };
  }

  private ofMissedExam(text: string, words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    // (« je peux pas venir à l'examen de NFA009 jeudi, c'est grave ? »: the page on the ID to bring, close by its words, says
    // nothing of an exam one will miss.)
    const onTheIdPage = intent.kind === "answer" && (this.entries.get(intent.entryId)?.tags.includes(EXAM_ID_TAG) ?? false);
    // (« Je n'ai pas pu aller à l'examen de DRS102 en janvier … Je dois refaire toute l'UE ? »: the page on failing both sessions,
    // chosen by « refaire l'UE », said « Oui » to someone who missed session 1 only — session 2 is theirs.)
    const onTheRetakePage = intent.kind === "answer" && intent.entryId !== this.entryTagged(SESSION_2_TAG)?.id && (this.entries.get(intent.entryId)?.tags.includes(SESSION_2_TAG) ?? false) && !LATER_SESSION.test(words);
    const open = undecided(intent) || (intent.kind === "unit" && intent.facet === "exam-date") || onTheIdPage || onTheRetakePage;
    if (!open) return undefined;
    const mentions = unitMentions(text);
    const missed = mentions.some((mention) => mention.absent) || ABSENT_AT_AN_EXAM.test(words);
    if (!missed || mentions.some((mention) => mention.grade !== undefined) || asksToMoveAnExam(words)) return undefined;
    return this.pageTagged(SESSION_2_TAG, understood);
  }

  /**
   * « le rattrapage, on peut l'éviter si on a 8 ? », "can I skip the resit?": whether the later session must be sat, not understood,
   * is its page (open to those below 10/20 or absent, no registration) — it got « je ne sais pas ».
   */
  private ofResitSkipped(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    if (!undecided(understood.intent) || !LATER_SESSION.test(words) || !skipsASitting(words)) return undefined;
    return this.pageTagged(SESSION_2_TAG, understood);
  }

  /**
   * "If I fail an exam in January, do I have to register again for the resit?", « si je rate l'examen de janvier, je dois me réinscrire
   * pour le rattrapage ? »: registering for session 2 asked, the page on session 2 with the yes or no of its claim on registering
   * (« Il faut s'inscrire à la session 2 »: does not hold, « Non »). It got suggestions (« register again » is also re-enrolling in
   * the unit after session 2) or the page without its « Non » (« janvier », which the page does not say, kept the claims out).
   * Only registering *for* the resit (not re-enrolling after failing it), asked without a negation.
   */
  private ofResitRegistration(words: string, focused: FocusedMessage, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    const page = this.entryTagged(SESSION_2_TAG);
    if (!page || !REGISTERS_FOR_THE_RESIT.test(words) || !isPolarQuestion(focused.question) || negations(focused.question) > 0) return undefined;
    if (!undecided(intent) && !(intent.kind === "answer" && intent.entryId === page.id)) return undefined;
    const chosen = this.pageTagged(SESSION_2_TAG, understood);
    if (!chosen || chosen.intent.kind !== "answer") return chosen;
    const withVerdict = (verdict: "yes" | "no" | undefined) =>
      chosen.intent.kind === "answer" ? { ...chosen, intent: { ...chosen.intent, answer: { ...chosen.intent.answer, verdict } } } : chosen;
    // Whether one must register, only that, gets the claim's « Non » (« Il faut s'inscrire à la session 2 »: does not hold).
    const claim = this.claimTerms.get(page.id)?.find((each) => /\binscri/.test(fold(each.text.fr)));
    if (MUST_REGISTER_FOR_THE_RESIT.test(words.replace(/-/g, " ")) && claim) return withVerdict(claim.holds ? "yes" : "no");
    // « l'inscription au rattrapage est automatique ? »: it is, none being needed; « je peux m'inscrire au rattrapage si j'étais
    // absent ? »: the absent do sit it, without registering (both got « Non »).
    if (AUTOMATIC.test(words) || (ABSENT_SAID.test(words) && !MISSED_BOTH.test(words))) return withVerdict("yes");
    // « … est payante ? », "… online?", « je peux décaler mon inscription à la session 2 ? »: the page says none is needed, which
    // answers them; a « Non » would say it costs nothing or cannot be done online, which no source says.
    return withVerdict(undefined);
  }

  /**
   * « On m'a dit que mon UE était « soumise à autorisation ». Je fais comment pour m'inscrire du coup ? », « … il fallait l'accord du
   * prof. Comment je fais concrètement ? »: how to enrol or what to do, asked of a unit that needs the authorization, is the page of its steps (tagged AUTHORIZATION_STEPS_TAG), not the page on what it means.
   */
  private ofAuthorizationSteps(focused: FocusedMessage, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    // (« Une UE soumise à autorisation, comment on s'inscrit ? »: among the pages offered, one on the authorization.)
    const offered = intent.kind === "answer" ? [intent.entryId] : intent.kind === "suggestions" ? intent.suggestions.map((suggestion) => suggestion.entryId) : [];
    const tagsOf = (entryId: string) => this.entries.get(entryId)?.tags ?? [];
    // (What to do, « quelles sont les démarches », only of the authorization said: « … pour une VAE », « … pour un stage » merely have
    // the authorization's page among their suggestions.)
    const doingIt = HOW_TO_DO_IT.test(` ${fold(focused.question)} `) && AUTHORIZATION_SAID.test(` ${fold(`${focused.context} ${focused.question}`)} `);
    if (!offered.some((entryId) => tagsOf(entryId).includes(AUTHORIZATION_TAG)) || (intent.kind === "answer" && tagsOf(intent.entryId).includes(AUTHORIZATION_STEPS_TAG)) || !HOW_TO_ENROL.test(` ${fold(focused.question)} `) && !doingIt) return undefined;
    return this.pageTagged(AUTHORIZATION_STEPS_TAG, understood);
  }

  /**
   * « … je veux juste suivre un ou deux cours pour monter en compétence, sans forcément viser un diplôme tout de suite. C'est possible, et
   * à quoi je peux m'inscrire ? »: taking units without a diploma, said, then whether one may and in what, asked — the page tagged
   * A_LA_CARTE_TAG (units à la carte, banked; US only within their diploma), not the steps of enrolling.
   */
  private ofUnitsALaCarte(words: string, focused: FocusedMessage, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    const open = undecided(intent) || (intent.kind === "answer" && (this.entries.get(intent.entryId)?.tags.includes(ENROLMENT_TAG) ?? false));
    if (!open || !SAYS_WITHOUT_A_DIPLOMA.test(` ${words} `) || !MAY_I_AND_IN_WHAT.test(` ${fold(focused.question)} `)) return undefined;
    return this.pageTagged(A_LA_CARTE_TAG, understood);
  }

  /**
   * « J'ai un séminaire obligatoire … le jour de l'examen de NFA008. Je peux demander à le passer une autre semaine ? »: an exam
   * asked to be sat on another day or week, not understood for sure, is the page tagged EXAM_MOVED_TAG (dates are fixed; absent at
   * session 1, session 2) — it got suggestions, or an enrolment check of the unit.
   */
  private ofMovedExam(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    if (!undecided(understood.intent) || !(OF_EXAMS.test(words) || A_UNIT_SAT_ANOTHER_TIME.test(words)) || !EXAM_MOVED.test(words)) return undefined;
    return this.pageTagged(EXAM_MOVED_TAG, understood);
  }

  /**
   * "I didn't get 10 in UTC504 but my overall licence average is above 10. Do I still get the licence?": a unit below the pass mark
   * and an overall average said beside it ask whether the average makes up for the unit — the content's page on compensation
   * (tagged COMPENSATION_TAG), not the page the question sentence alone comes closest to (the licence's access). Only over another
   * page or an undecided reading: a grade's answer stays the grade job's.
   */
  private ofCompensation(text: string, words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    if (intent.kind !== "answer" && !undecided(intent)) return undefined;
    if (intent.kind === "answer" && this.entries.get(intent.entryId)?.tags.includes(COMPENSATION_TAG)) return undefined;
    if (!OVERALL_AVERAGE.test(words)) return undefined;
    const belowThePassMark = BELOW_THE_PASS_MARK.test(words) || unitMentions(text).some((mention) => mention.role === "failed" && !mention.absent);
    return belowThePassMark ? this.pageTagged(COMPENSATION_TAG, understood) : undefined;
  }

  /**
   * « cb coute la licence info au total pr les 60 ects », "how much does the whole licence cost?": a price asked of no unit is
   * the content's page on fees (tagged FEES_TAG), whatever else the question names (it got the page on ECTS credits).
   */
  private ofPriceAsked(text: string, focused: FocusedMessage, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    if (intent.kind !== "answer" && !undecided(intent)) return undefined;
    if (intent.kind === "answer" && this.entries.get(intent.entryId)?.tags.includes(FEES_TAG)) return undefined;
    const question = ` ${fold(focused.question)} `;
    if (!PRICE_ASKED.test(question) || COST_IN_TIME.test(question) || PRICED_ELSEWHERE.test(question) || findUnitCodes(text).length > 0) return undefined;
    return this.pageTagged(FEES_TAG, understood);
  }

  /**
   * "I finish work at 7pm, can I still make the evening classes?", « je finis à 20h, il me reste quoi comme options ? »: when
   * the learner is free, told with a question on classes in general (no unit, no diploma), asks the page on when classes meet
   * (the content's page tagged CLASS_TIMES_TAG), which the answer then weighs with the catalog — not a page that only
   * mentions evenings, nor the learner's progress.
   */
  private ofFreeTime(text: string, words: string, focused: FocusedMessage, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    const open = intent.kind === "answer" || intent.kind === "progress" || undecided(intent);
    if (!open || (intent.kind === "answer" && this.entries.get(intent.entryId)?.tags.includes(CLASS_TIMES_TAG))) return undefined;
    // (The question asks about classes, not only the situation: « j'ai cours à 18h15, c'est quoi le trajet le plus rapide ? » does not.)
    if (!SAYS_WHEN_FREE.test(words) || !ASKS_ABOUT_CLASSES.test(` ${fold(focused.question)} `) || findUnitCodes(text).length > 0 || mentionsADiploma(text)) return undefined;
    return this.pageTagged(CLASS_TIMES_TAG, understood);
  }

  /**
   * « Combien d'heures par jour je dois réviser pour valider RCP101 ? », « combien d'heures de travail perso pour NFA031 ? », "how many
   * hours a week should I study for NFA031 at home?": the time of personal study asked, of a unit or not, is the page on personal work
   * (tagged PERSONAL_WORK_TAG: the reference hours exclude it, no official figure), not the unit's card or « not in my sources ».
   */
  private ofStudyTimeAsked(words: string, understood: Omit<Understood, "text">): Omit<Understood, "text"> | undefined {
    const { intent } = understood;
    const open = undecided(intent) || intent.kind === "credit-hours" || (intent.kind === "unit" && (intent.facet === "description" || intent.facet === "detail"));
    if (!open || !STUDY_TIME_ASKED.test(words)) return undefined;
    return this.pageTagged(PERSONAL_WORK_TAG, understood);
  }

  /**
   * The learned route model's second opinion (route-classifier.ts): it reads the words around the
   * slots, with the rules' choice as one of its clues, and overrules that choice only when it is sure
   * of another job and gives the rules' own little chance, and the other job has what it needs in the
   * message (a grade for the grade job, a unit asked about for a unit's). Conversation control (greetings,
   * the advisor, a request's status, answers to the assistant's questions) and refusals for someone
   * else's data or a rule override stay with the rules.
   */
  private withLearnedRoute(text: string, focused: FocusedMessage, ruled: Omit<Understood, "text">): Omit<Understood, "text"> {
    const { intent } = ruled;
    if (!this.routeModel?.routes.length) return ruled;
    if (intent.kind === "abstain" && intent.reason !== "unknown" && intent.reason !== "off-topic" && intent.reason !== "on-behalf" && intent.reason !== "course-content") return ruled;
    const ruleRoute = routeOf(intent);
    if (ruleRoute === "chitchat" || ruleRoute === "handoff" || ruleRoute === "request-status") return ruled;
    // A passing grade one wants to raise: the rule's « Non » is the answer; the content's page on grades would read as a yes.
    if (intent.kind === "grade" && intent.improve) return ruled;
    // « ANG320 ça dure combien ? »: a unit's length read by the rules as its hours, which its credits say (the learned route made it a
    // detail the sources lack, false: 50 h).
    const asked = ` ${fold(focused.question)} `;
    // (Not an exam's length: « Le rattrapage de SEC101, il dure combien de temps ? » is a detail the sources lack, not 50 h.)
    if (intent.kind === "credit-hours" && intent.codes.length > 0 && LENGTH_OF_IT.test(asked) && !EXAM_SAID.test(asked)) return ruled;
    // « à quelle heure sont les cours de NFA031 ? »: when a unit's classes are, read by the rules, is its timetable (the learned route
    // made it a detail the sources lack, though they hold it).
    if (intent.kind === "unit-schedule" && intent.codes.length > 0 && CLASS_TIME_ASKED.test(asked)) return ruled;
    // "I have 3 units left, one per semester, when will I finish?": a pace the rules read with what it counts is the answer's sum (the
    // learned route made it a plan, which asked for a diploma).
    if (intent.kind === "credit-hours" && intent.pace) return ruled;
    // Units passed and a unit missed: which are kept, and what to sit again, is the rule's to say, not the page on capitalisation's or
    // on session 2's ("I got 12 in NFA031, but I couldn't sit the NFA035 exam … What happens to NFA035 now?").
    if (intent.kind === "grade" && (intent.kept?.length || (intent.absent?.length && intent.graded?.length))) return ruled;
    // What the catalog's structure answers, read by the rules from the slots: whether units count in a diploma
    // named (« RSX101 fait partie de la licence ? »), the units that follow one (« UTC505 ouvre quoi ? »), whether it holds a diploma (« vous avez un master en data
    // science ? »), the way to a unit (« combien de semestres pour arriver à NFP119 ? »).
    // « NSY115 : the exact exam date, how long it lasts and last year's pass rate? »: what a unit's catalog does not hold, said as such.
    // « Pour RCP104, les séances sont enregistrées ? »: what its timetable note says, or that its card does not say.
    if ((intent.kind === "diploma" && ((intent.codes.length > 0 && asksWhereItCounts(text)) || intent.offered)) || (intent.kind === "unit" && (intent.facet === "path" || intent.facet === "after" || intent.facet === "recordings" || isUnheldFacet(intent.facet)))) return ruled;
    // « Je m'intéresse à DSY101 et ESD104. Est-ce que je peux les faire entièrement à distance ? »: whether each is wholly at a
    // distance, which the timetable says (ESD104 has sessions on site), not a check of enrolling.
    if (intent.kind === "unit-schedule" && saysEntirelyAtADistance(fold(focused.question))) return ruled;
    // "I passed NFA031 (12), UTC504 (11) … which of them count for the licence and what's left?": what is left with the units said.
    // (Not when a unit is asked about, « C'est jouable ou il me manque quelque chose ? », nor when a plan or an advisor is.)
    const mentions = intent.kind === "progress" ? unitMentions(text) : [];
    if (mentions.some((m) => m.role === "passed") && !mentions.some((m) => m.role === "asked") && !ASKS_A_PLAN_OR_AN_ADVISOR.test(fold(text))) return ruled;
    const learned = overrulingRoute(predictRoute(this.routeModel, routeFeatures(text, ruleClues(intent))), ruleRoute, isSureAnswer(intent));
    if (!learned) return ruled;
    // « …j'ai eu 8 au rattrapage d'UTC502, et depuis je fais des crises d'angoisse. C'est un burn-out, et quel médicament
    // prendre ? »: a refusal the rules read in the question sentence stands unless that sentence, alone, asks the other job too.
    const refused = intent.kind === "abstain" && (intent.reason === "off-topic" || intent.reason === "on-behalf" || intent.reason === "course-content");
    if (refused && focused.context && predictRoute(this.routeModel, routeFeatures(focused.question, ruleClues(intent))).route !== learned) return ruled;
    if (rulesKeepTheJob(intent, learned, text)) return ruled;
    if (learned === "content") {
      const retrieved = this.retrieve(focused, ruled.language);
      return retrieved.intent.kind === "answer" && this.confident(retrieved.candidates) ? { ...retrieved, overruled: intent } : ruled;
    }
    const routed = intentForRoute(learned, text);
    if (!routed) return ruled;
    return { ...this.result(ruled.language, routed.kind === "refuse" ? { kind: "abstain", reason: routed.reason } : routed), overruled: intent };
  }

  /** The rules' understanding, then retrieval's (see understand). */
  private byRules(text: string, focused: FocusedMessage, options: UnderstandOptions): Omit<Understood, "text"> {
    const conversationLanguage = options.language ?? DEFAULT_LANGUAGE;
    const language = detectLanguage(text, conversationLanguage);
    const rule = recognizeIntent(text, focused);
    if (rule?.kind === "refuse") return this.result(language, { kind: "abstain", reason: rule.reason });
    if (rule?.kind === "switch-language") return this.result(rule.to, rule);
    if (rule?.kind === "unit" && rule.unexplained) {
      // « NFA031 : en session 2 on garde la note ? »: what the question asks of the unit is not a facet of
      // the catalog's; the content may answer it for every unit. The unit job weighs it against the
      // unit's own words (« NFA031 c'est du Java ? » is its title), or says it does not know.
      const withoutCodes = (sentence: string) => sentence.replace(CODE_LIKE_WORDS, " ").replace(/\s+/g, " ").trim();
      const retrieved = this.retrieve({ question: withoutCodes(focused.question), context: focused.context }, language);
      if (retrieved.intent.kind === "answer" && this.confident(retrieved.candidates)) return this.result(language, { ...rule, answerId: retrieved.intent.entryId });
    }
    // "Is there a fully online unit I could start with?": units for a beginner are the catalog's to list, whatever a page says of the way of studying.
    // "I want to enrol at the Cnam, where do I start?" names no unit: the page on enrolling answers it.
    const unitsForABeginner = rule?.kind === "unit-search" && rule.subject.trim() === "" && (rule.filters?.beginner || rule.filters?.noPrerequisite) && UNITS_NAMED.test(foldText(focused.question));
    if (rule?.kind === "unit-search" && rule.finder && !unitsForABeginner) {
      // « Il y a des devoirs à faire en plus des cours ? », « des regroupements pour les cours à distance ? »: a
      // written answer that speaks of what is looked for comes before a search in the titles. « Des UE de droit à
      // distance ? » is no question for the general page on distance learning, which does not speak of law.
      const retrieved = this.retrieve(focused, language);
      // "My job now needs databases. Which unit should I pick?": a subject the catalog's titles are known to speak of is looked for too.
      const searched = rule.filters !== undefined || namesAKnownSubject(rule.subject);
      // ("I've never programmed, which computing unit can I start with?": a page that names the computer science licence in passing
      // is no page on where a beginner starts: for units without prerequisite, the page's questions must speak of the subject.)
      const startingOut = rule.filters?.beginner === true || rule.filters?.noPrerequisite === true;
      if (retrieved.intent.kind === "answer" && this.confident(retrieved.candidates) && (!searched || this.speaksOf(retrieved.intent.entryId, rule.subject, { inQuestions: startingOut }))) return retrieved;
    }
    // « Y a-t-il un diplôme d'ingénieur en cybersécurité ? »: the content's page on it answers better than the diploma's blocks;
    // a diploma none of it speaks of (« vous avez un diplôme d'ingénieur en réseaux ? ») is the diploma job's to say it lacks.
    if (rule?.kind === "diploma" && rule.offered) {
      const retrieved = this.retrieve(focused, language);
      // « vous avez un master en informatique ? »: the page on entering the licence does not speak of a master.
      const kind = DIPLOMA_KIND.exec(foldText(text))?.[0];
      // (« Vous avez une licence de commerce en cours du soir ? »: the field said with the kind must be the page's too — it got the page on
      // fees, or the one on entering the licence in computing.)
      const field = FIELD_OF_A_KIND.exec(foldText(text).replace(/['’]/g, " "))?.[1];
      // « le Cnam propose un DUT informatique en cours du soir ? »: a page naming the DUT as the way into the licence is no page on a DUT offered.
      // (« vous avez une licence en cours du soir ? »: the page on fees names the licence too, and came at 0.67; a page answers whether a
      // diploma is offered only when it is sure.)
      if (retrieved.intent.kind === "answer" && retrieved.intent.confidence >= WHOLE_SURE && this.confident(retrieved.candidates) && (!kind || (this.speaksOf(retrieved.intent.entryId, kind) && !ENTRY_DIPLOMAS.has(kind))) && (!field || this.namesAField(retrieved.intent.entryId, field))) return retrieved;
    }
    if (rule) return this.result(language, rule);
    // « le premier », "the first one" alone picks among choices; with none pending, it asks nothing.
    if (readOrdinal(text, MAX_CHOICES) !== undefined) return this.result(language, { kind: "abstain", reason: "unclear" });
    // « Je travaille en journée du lundi au vendredi, est-ce que je peux quand même suivre des cours ? »: the sentence
    // whole says what its last clause asks; the clause alone only when the whole does not settle it.
    if (focused.clause) {
      const whole = this.retrieve({ question: text, context: "" }, language);
      if (whole.intent.kind === "answer" && this.confident(whole.candidates)) return whole;
    }
    const retrieved = this.retrieve(focused, language);
    // The question sentence's last clause: "…, what exactly is a UA at the Cnam? people keep mentionning it" asks in the first sentence.
    return (
      (retrieved.intent.kind === "abstain" && retrieved.intent.reason === "unknown" && this.agreeingLastClause(focused.question, retrieved, language)) ||
      (retrieved.intent.kind === "suggestions" && this.agreeingFirstAlternative(focused.question, retrieved, language)) ||
      retrieved
    );
  }

  /**
   * « Quand est-ce que les notes de la session de janvier sont publiées ? », "Are exams ever online, or do I have to come in
   * person?": when results come out and how an exam is sat are in no page, asked of no unit; the exam calendar suggested, or the
   * page on distance learning (which says only that an exam validates the unit), is no answer to them: the honest « je ne sais
   * pas » with the advisor is.
   */
  private asksAnExamDetailNotHeld(text: string, words: string, intent: Intent): boolean {
    if (intent.kind !== "answer" && intent.kind !== "suggestions") return false;
    // « c'est où l'examen ? », « c ou lexam », « ou se passe l exam »: where it is sat, which no page says (the calendar says when).
    if (asksWhereTheExamIs(words) && findUnitCodes(text).length === 0) return true;
    // (Most questions name no exam nor result: the details are not read for them.)
    if (!OF_EXAMS_OR_RESULTS.test(words) || findUnitCodes(text).length > 0) return false;
    const details = detailsAsked(words);
    const examPage = intent.kind === "answer" && (this.entries.get(intent.entryId)?.tags.includes(EXAMS_TAG) ?? false);
    return (intent.kind === "suggestions" && details.includes("results-date")) || (details.includes("exam-format") && !examPage);
  }

  /**
   * Where the exam is sat and when, asked together, no unit named: the place is said not in the sources (the honest « je ne sais
   * pas », for the learner's own words on it) and the time is the exam calendar — declining the whole lost the « when ».
   */
  private whereAndWhenOfTheExam(text: string, whole: Understood): Understood[] | undefined {
    const words = ` ${fold(text)} `;
    if (findUnitCodes(text).length > 0 || !WHEN_TOO.test(words)) return undefined;
    if (!asksWhereTheExamIs(words) && !(WHERE_AND_WHEN.test(words) && OF_EXAMS.test(words))) return undefined;
    const { language } = whole;
    const when = this.understand(WHEN_ARE_EXAMS[language], { language });
    if (when.intent.kind !== "answer") return undefined;
    // (The learner's words on where: the clause before « et quand », or the whole.)
    const [ownWords] = text.split(/\s+(?:et|and)\s+(?=(?:c'est |c |cest |it's |is it )?(?:quand|when)\b)|\?/i);
    const whereText = ownWords && asksWhereTheExamIs(` ${fold(ownWords)} `) ? ownWords.trim() : WHERE_IS_THE_EXAM[language];
    return [{ ...whole, text: whereText, intent: { kind: "abstain", reason: "unknown" } }, when];
  }

  /**
   * « Est-ce que je peux passer l'examen un autre jour ou faut obligatoirement aller en session 2 ? »: a choice between two
   * ways, each a page's matter, that splits the retrieval into suggestions. The first way, asked on its own, is answered
   * when that reading is sure of the entry the whole suggested first (its page says what becomes of the other way).
   */
  private agreeingFirstAlternative(text: string, whole: Omit<Understood, "text">, language: Language): Omit<Understood, "text"> | undefined {
    const [first] = foldText(text).replace(/['’]/g, " ").split(/\s(?:ou|or)\s+(?:bien\s+)?(?:(?:il\s+)?faut|faut il|je dois|dois je|on doit|est ce qu|do i have to|must i|should i)\b/);
    if (!first || first.length === foldText(text).length || countWords(first) < 3) return undefined;
    const alone = this.retrieve({ question: `${first} ?`, context: "" }, language);
    const [best] = whole.candidates;
    if (alone.intent.kind !== "answer" || !this.confident(alone.candidates) || best?.entryId !== alone.intent.entryId) return undefined;
    return alone;
  }

  /**
   * « 2 ans technicien réseau derrière moi, je veux préparer l'ingé cyber, j'ai assez d'expérience ? »: a
   * sentence whose words spread too thin for any answer, but whose last clause, asked on its own, is
   * sure of the very entry the whole ranked first, clearly. The two readings agreeing is what answers.
   */
  private agreeingLastClause(text: string, whole: Omit<Understood, "text">, language: Language): Omit<Understood, "text"> | undefined {
    const marked = /,([^,?]+)\?\s*$/.exec(text);
    const clause = marked?.[1]?.trim();
    if (!clause || countWords(clause) < 2 || countWords(clause) === countWords(text)) return undefined;
    const alone = this.retrieve({ question: `${clause} ?`, context: "" }, language);
    // The whole must rank that entry first by a margin, and high enough to have suggested it.
    const [first, second] = whole.candidates;
    if (!first || first.score < this.policy.suggestScore || (second && first.score - second.score < this.policy.answerMargin)) return undefined;
    if (alone.intent.kind !== "answer" || !this.confident(alone.candidates) || first.entryId !== alone.intent.entryId) return undefined;
    return alone;
  }

  /**
   * Whether a page given for a part before answers a whether going on: it is the page the part is read as, or among those it would
   * offer ("whether I can enrol in one directly" after the page on US, which says one cannot), or the part asks the credits of a kind of unit that
   * page speaks of and gives in ECTS (the UA page: UAALOT 17 ECTS, UAEP04 18 ECTS; not the US page, which gives none).
   */
  private answersWhether(entryId: string, intent: Intent, question: string, language: Language): boolean {
    if ((intent.kind === "answer" && intent.entryId === entryId) || (intent.kind === "suggestions" && intent.suggestions.some((suggestion) => suggestion.entryId === entryId))) return true;
    if (intent.kind !== "abstain" && intent.kind !== "suggestions") return false;
    const entry = this.entries.get(entryId);
    return entry !== undefined && CREDITS_ASKED.test(` ${fold(question)} `) && UNIT_KINDS_NAMED.some(([, pattern]) => pattern.test(question)) && this.speaksOfTheKinds(entryId, question) && /\bECTS\b/.test(entry.answer[language]);
  }

  /** Whether an entry's questions or answers (`inQuestions`: its questions) hold every word of a subject (on their first five letters); none said: true. */
  /** Whether an entry's questions or answer speak of each kind of unit a question names besides the UE (a UA, a US), as written: upper case or in words. */
  private speaksOfTheKinds(entryId: string, question: string): boolean {
    const entry = this.entries.get(entryId);
    if (!entry) return true;
    const asked = UNIT_KINDS_NAMED.filter(([, pattern]) => pattern.test(question));
    // (Its answer too: the page on the experience each diploma asks, « Expérience demandée pour l'UA », answers « mon expérience peut
    // compter pour l'UA ? » though its questions say « expérience professionnelle » only.)
    const texts = [...entry.questions.fr, ...entry.questions.en, entry.answer.fr, entry.answer.en].join(" ");
    return asked.every(([, pattern]) => pattern.test(texts));
  }

  private speaksOf(entryId: string, subject: string, { inQuestions = false }: { inQuestions?: boolean } = {}): boolean {
    const entry = this.entries.get(entryId);
    if (!entry) return false;
    const stem = (word: string) => word.slice(0, 5);
    const texts = [...entry.questions.fr, ...entry.questions.en, ...(inQuestions ? [] : [entry.answer.fr, entry.answer.en])].map((said) => foldText(said).split(/[^a-z0-9]+/).map(stem));
    const own = new Set(texts.flat());
    const wanted = foldText(subject)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3)
      .map(stem);
    if (!wanted.every((word) => own.has(word))) return false;
    // « des cours de droit du travail en cours du soir ? »: a subject of several words is spoken of when they come together (« droit
    // du travail »), not when the page says « le droit de m'inscrire » and « pour mon travail » apart (it got the page on units à la carte).
    return wanted.length < 2 || texts.some((said) => said.some((word, i) => word === wanted[0] && saysInTurn(said, i, wanted)));
  }

  /**
   * Whether an entry names a field by its root (all but its last two letters, five at least): « commerce » is not « comment », which
   * share their first five letters.
   */
  private namesAField(entryId: string, field: string): boolean {
    const entry = this.entries.get(entryId);
    if (!entry) return false;
    const root = field.slice(0, Math.max(5, field.length - 2));
    return foldText([...entry.questions.fr, ...entry.questions.en, entry.answer.fr, entry.answer.en].join(" ")).split(/[^a-z0-9]+/).some((word) => word.startsWith(root));
  }

  /** Whether the entry answered matched at most one meaningful word of the message, no concept, while FOREIGN_WORDS or more are unknown to the content. */
  private restsOnOneWord(entryId: string, ranked: readonly RankedEntry[], terms: readonly string[]): boolean {
    const matched = ranked.find((candidate) => candidate.entryId === entryId)?.matchedTerms ?? [];
    const foreign = new Set(terms.filter((term) => !this.index.knows(term)));
    // (A concept of the content's lexicon matched, « UE » in a nurse's long story, is a notion of studying asked about.)
    const strong = matched.filter((term) => this.index.isStrong(term));
    return strong.length <= 1 && !strong.some((term) => term === term.toUpperCase()) && foreign.size >= FOREIGN_WORDS;
  }

  /** Retrieval over the content with the confidence policy: an answer, suggestions, or abstain. */
  private retrieve(focused: FocusedMessage, language: Language): Omit<Understood, "text"> {
    const context = focused.context ? this.index.analyzer.analyzeQuery(focused.context, language) : undefined;
    const analyzed = withNotionPointedTo(this.index.analyzer.analyzeQuery(focused.question, language), focused.question, context?.terms ?? [], (term) => this.index.isStrong(term));
    const corrections = [...analyzed.corrections, ...(context?.corrections ?? [])];
    // (« quel temps il fait ? »: small talk about the world, declined as such — it was « je n'ai pas compris », nothing else being said.)
    if (analyzed.offTopic && !analyzed.inDomain && !context?.inDomain && RetrievalIndex.onlyWeak(analyzed.terms)) return this.result(language, { kind: "abstain", reason: "off-topic" }, corrections);
    // Nothing but "what", "when", "how" (or nothing at all): there is no subject to answer about.
    if (RetrievalIndex.onlyWeak([...analyzed.terms, ...(context?.terms ?? [])])) return this.result(language, { kind: "abstain", reason: "unclear" }, corrections);
    // « le premier », "the other one": a few words the content never uses are no question to hand on.
    if (!context && countWords(focused.question) <= 3 && !analyzed.terms.some((term) => this.index.knows(term))) {
      return this.result(language, { kind: "abstain", reason: "unclear" }, corrections);
    }
    if (analyzed.offTopic && !analyzed.inDomain && !context?.inDomain) {
      return this.result(language, { kind: "abstain", reason: "off-topic" }, corrections);
    }
    // The question sentence on its own, and with the situation around it: whichever explains an
    // entry better counts (« Est-ce possible ? » needs its context; "What is a UE?" does not).
    const alone = this.index.rank(analyzed.terms, language);
    const ranked = context && !this.confident(alone) ? mergeRankings(alone, this.index.rank(analyzed.terms, language, context.terms)) : alone;
    // A long message tells a situation, whether or not its question stands apart in a sentence of its own.
    const oneSentence = !/[.!?;]\s+\S/.test(focused.question.trim());
    const situated = context !== undefined ? countWords(focused.context) >= SITUATED.contextWords : oneSentence && countWords(focused.question) >= SITUATED.sentenceWords;
    const decided = this.decide(ranked, language, situated);
    // « Mon chien vomit depuis ce matin, je dois aller chez le véto ou attendre ? »: a page found on one word of its own (« aller »)
    // among words of the question the content never uses (« véto »), and no notion of studying said: the message is about something
    // else. (The situation around the question has words of its own life: « comptable depuis dix ans … Vous pouvez m'aider ? ».)
    // (« c'est quoi le modèle OSI en gros ? les 7 couches »: suggestions each found on one word, « modèle », the same.)
    const notionAsked = NOTION_ASKED.test(` ${fold(focused.question)} `);
    const outOfTheContent = !analyzed.inDomain && !context?.inDomain && (decided.kind === "answer" ? this.restsOnOneWord(decided.entryId, ranked, analyzed.terms) : decided.kind === "suggestions" && notionAsked && decided.suggestions.every((suggestion) => this.restsOnOneWord(suggestion.entryId, ranked, analyzed.terms)));
    const intent = outOfTheContent ? ({ kind: "abstain", reason: "unknown" } as const) : decided;
    // A yes or a no only on a sure answer: one given alone under the answer score states the fact without.
    if (intent.kind === "answer" && intent.confidence >= this.policy.answerScore && isPolarQuestion(focused.question)) {
      intent.answer = this.withVerdict(intent.answer, analyzed.terms, focused.question, language);
    }
    return this.result(language, intent, corrections, ranked.slice(0, 5));
  }

  /**
   * The entry clearly closest to a message (answer score and margin, as `confident`) other than
   * `excluded`: a follow-up read with the previous question's words (« et concrètement je fais
   * comment ? ») must not get the answer just given again. Undefined when none is clearly closest.
   */
  answerOtherThan(text: string, excluded: string | readonly string[], options: UnderstandOptions = {}): Understood | undefined {
    const understood = this.understand(text, options);
    const left = typeof excluded === "string" ? [excluded] : excluded;
    const ranked = understood.candidates.filter((candidate) => !left.includes(candidate.entryId));
    const best = ranked.find((candidate) => candidate.coverage >= this.policy.minCoverage);
    const entry = best && this.confident(ranked) ? this.entries.get(best.entryId) : undefined;
    if (!entry || !best) return undefined;
    return { ...understood, intent: { kind: "answer", entryId: entry.id, confidence: round(best.score), answer: localizedAnswer(entry, options.language ?? understood.language) } };
  }

  /** True when the best entry would be answered as it is (see decide): no need to look further. */
  private confident(ranked: readonly RankedEntry[]): boolean {
    const { answerScore, answerMargin, minCoverage } = this.policy;
    const [best, runnerUp] = ranked.filter((candidate) => candidate.coverage >= minCoverage);
    return best !== undefined && best.score >= answerScore && (!runnerUp || best.score - runnerUp.score >= answerMargin);
  }

  private decide(ranked: RankedEntry[], language: Language, situated = false): Intent {
    const { answerScore, answerMargin, suggestScore, soleAnswerScore, minCoverage, maxSuggestions } = this.policy;
    const eligible = ranked.filter((candidate) => candidate.coverage >= minCoverage);
    const best = eligible[0];
    if (!best || best.score < suggestScore) return (situated && this.situatedAnswer(ranked, language)) || { kind: "abstain", reason: "unknown" };
    const runnerUp = eligible[1];
    const entry = this.entries.get(best.entryId);
    const alone = !runnerUp || runnerUp.score < suggestScore;
    if (entry && ((best.score >= answerScore && (!runnerUp || best.score - runnerUp.score >= answerMargin)) || (alone && best.score >= soleAnswerScore))) {
      return { kind: "answer", entryId: entry.id, confidence: round(best.score), answer: localizedAnswer(entry, language) };
    }
    const suggestions = eligible
      .filter((candidate) => candidate.score >= suggestScore)
      .slice(0, maxSuggestions)
      .flatMap((candidate) => {
        const suggested = this.entries.get(candidate.entryId);
        return suggested ? [{ entryId: suggested.id, question: canonicalQuestion(suggested, language), confidence: round(candidate.score) }] : [];
      });
    return suggestions.length > 0 ? { kind: "suggestions", suggestions } : { kind: "abstain", reason: "unknown" };
  }

  /**
   * A long message whose question says little (« C'est vrai ou il m'a raconté n'importe quoi ? ») after
   * a situation that says what it is about (« … en licence les notes se compensent … »): most of its
   * words are the learner's life, so no entry covers them, but one entry may stand alone as what it
   * is about (the classifier sure of it, every other far behind). That one is answered.
   */
  private situatedAnswer(ranked: readonly RankedEntry[], language: Language): Intent | undefined {
    const [best, runnerUp] = ranked;
    if (!best || best.probability < SITUATED.probability || best.score < SITUATED.score) return undefined;
    if (runnerUp && best.score - runnerUp.score < SITUATED.margin) return undefined;
    const entry = this.entries.get(best.entryId);
    return entry ? { kind: "answer", entryId: entry.id, confidence: round(best.score), answer: localizedAnswer(entry, language) } : undefined;
  }

  private result(language: Language, intent: Intent, corrections: Understood["corrections"] = [], candidates: RankedEntry[] = []): Omit<Understood, "text"> {
    return { language, intent, corrections, candidates };
  }

  /**
   * "I have my NSY103 exam on Saturday … I passed UTC502 last term with 12, so I'm fairly confident. Which hotel near Arts et Métiers
   * would you recommend for the Friday night?": a story that names units, then a question of its own that names none. The question
   * decides what is answered: declined alone (off-topic, a course's content, a task on someone's behalf), it is declined, whatever the
   * story told (it got UTC502's grade and the hotel was left unsaid). A question only unclear or unknown alone (« Comment je fais
   * concrètement ? », « c'est arrondi à 10 ? ») is read in the story.
   */
  private declinedBesideAStory(text: string, whole: Understood, options: UnderstandOptions): Understood | undefined {
    if (whole.intent.kind === "abstain") return undefined;
    // (Not a question put after a comma: « … ce qu'on appelle une UE, vous pouvez m'expliquer simplement ? » asks what it told.)
    const { question, context } = toldThenAsked(text, false);
    if (context.trim() === "" || findUnitCodes(question).length > 0) return undefined;
    // (« Qu'est-ce que vous avez en RH ou en droit du travail que je pourrais suivre à distance ? »: a question that names studying is
    // read with its story, which may say it looks for teaching.)
    const words = plainWords(question);
    // (Two questions, « What is a journée bloquée, and can you recommend a cheap hotel …? »: each is answered or declined in its part.)
    if (STUDY_ANCHOR.test(words.replace(TONIGHT, " ")) || questionsOf(text).length > 1) return undefined;
    // (« J'habite à Lyon et je voudrais faire NFA031. Vous pouvez m'envoyer la brochure ? »: the papers of what the story named are its.)
    if (THE_PAPERS.test(words)) return undefined;
    const alone = this.understand(question, options);
    if (alone.intent.kind !== "abstain" || alone.intent.reason === "unclear") return undefined;
    // (« … j'ai pris NFA031 et NFA040 ce semestre. Tu penses que je devrais placer mes économies sur un livret A ? »: advice asked on
    // something the question alone does not make studying is not the story's units' to answer; the honest « je ne sais pas » with the
    // advisor offered is. « À ton avis, je commence par laquelle ? » points back to the story's units and is read with them.)
    // (« Vous me conseillez quoi ? », « Qu'est-ce que vous me conseillez ? », « En combien de temps c'est faisable à votre avis ? »: advice
    // on what the story told, asked by a question word, is the story's; « … je voudrais suivre une ou deux UE … à distance ce serait
    // l'idéal. Qu'est-ce que vous me conseillez ? » got « je ne sais pas ».)
    // (After a grade, the grade is said too: questionBesideAGrade.)
    if (alone.intent.reason === "unknown") return whole.intent.kind !== "grade" && ADVICE_ASKED.test(words) && !POINTS_TO_ONE_TOLD.test(words) && !ASKS_WHAT.test(words) && !WHAT_ADVISED.test(words) ? { ...alone, text } : undefined;
    return { ...alone, text };
  }

  /**
   * "I work night shifts at a hospital and passed NFA031 with 13. Which of your units could I take at a distance next?": a grade told,
   * then a question of something else. The grade is said, and the question answered after it (only the grade was, the question left
   * unsaid). A question about grades, credits or what to do now stays the grade's.
   */
  private questionBesideAGrade(text: string, whole: Understood, options: UnderstandOptions): Understood[] | undefined {
    if (whole.intent.kind !== "grade") return undefined;
    const opens = this.unitsAPassOpens(text, whole, options);
    if (opens) return opens;
    // (A short message is all question for the focus: « J'ai eu 12 en UTC501. Combien d'heures fait une UE de 6 ECTS ? » is told, then asked.)
    const { question, context } = toldThenAsked(text, true);
    // (« J'ai eu 12 en NFA031. Et NFA032, c'est à distance ? »: another unit asked of is a question of its own; the graded one is the grade's.)
    const asked = findUnitCodes(question);
    const told = unitMentions(context).map((mention) => mention.code);
    if (question.trim() === "" || context.trim() === "" || asked.some((code) => told.includes(code))) return undefined;
    const words = plainWords(question);
    // (« Combien d'heures fait une UE de 6 ECTS ? »: credits of a value are no grades' credits.)
    // (« Je dois me réinscrire ? », "Can I still get the licence?": what the grade means for enrolling again or for the diploma.)
    // ("I got 11 in UTC504. Does it count for the engineering degree?": where the one unit graded counts, asked of it.)
    const [only, ...others] = told;
    if (only !== undefined && others.length === 0 && asked.length === 0 && COUNTS_FOR.test(words) && A_DIPLOMA_WORD.test(words)) {
      const counts = this.understand(`${only} : ${question}`, options);
      if (counts.intent.kind === "unit") return [{ ...whole, text: context }, { ...counts, text: question }];
    }
    // (« …j'ai eu 11 en NFA031 et 9 en NFA032 … Est-ce que Paris 8 accepte de valider mes UE du Cnam en équivalence, et leurs partiels de
    // juin tombent quand ? »: what another school does is declined, however much it speaks of validating — the grades said, then the
    // decline; it got NFA031's grade alone, the question lost.)
    if (namesAnotherSchool(words)) {
      const elsewhere = this.understand(question, options);
      if (elsewhere.intent.kind === "abstain" && elsewhere.intent.reason === "off-topic") {
        // (The sentences told of that school are no part of the grades: « En parallèle je suis inscrite à Paris 8 » made them a decline.)
        const ofHere = context.split(/(?<=[.!?…])\s+/).filter((sentence) => !namesAnotherSchool(plainWords(sentence))).join(" ");
        const told = this.understand(ofHere || context, options);
        return [told.intent.kind === "grade" ? { ...told, text: context } : { ...whole, text: context }, { ...elsewhere, text: question }];
      }
    }
    // (« … Qu'est-ce qui se passe pour ces deux UE ? »: what becomes of the units told is the grades' answer.)
    if (SPEAKS_OF.grade!.test(words.replace(/ \d+ (ects|credits?) /g, " ")) || WHAT_NOW.test(words) || WHAT_TO_DO_NEXT.test(words) || TAKEN_AGAIN.test(words) || STILL.test(words)) return undefined;
    const alone = this.understand(question, options);
    // ("I passed NFA031 with 14. Do you think I should ask my boss for a raise?", « J'ai eu 14 en NFA031, tu connais une bonne salle de sport ? »: the grade
    // is said, and the question of something else declined in its own part; not one that points back to what was told.)
    // (Only unknown alone when advice is asked: « Il se passe quoi maintenant ? » asks what the grade means.)
    const declinedOfItsOwn =
      alone.intent.kind === "abstain" &&
      alone.intent.reason !== "unclear" &&
      (alone.intent.reason !== "unknown" || (ADVICE_ASKED.test(words) && !ASKS_WHAT.test(words)) || asksOfSomethingElse(words)) &&
      !POINTS_TO_ONE_TOLD.test(words) &&
      !SPEAKS_OF_WHAT_WAS_TOLD.test(words);
    if (declinedOfItsOwn && asked.length === 0) {
      // (The grade as told, not as the question's words would bend it: "… ask my boss for a raise?" raises no grade.)
      const told = this.understand(context, options);
      return [told.intent.kind === "grade" ? told : { ...whole, text: context }, { ...alone, text: question }];
    }
    // (A unit asked of is its facet; a check of it is read with the grades told, as the whole message reads it.)
    const ofItsOwn = asked.length > 0 ? alone.intent.kind === "unit" || alone.intent.kind === "unit-schedule" : ANSWERS_OF_ITS_OWN.has(alone.intent.kind);
    if (!ofItsOwn) return undefined;
    return [{ ...whole, text: context }, { ...alone, text: question }];
  }

  /**
   * "I earned 12 in NFA031, what should I take next?", « j'ai eu 12 en UTC505, ça ouvre quelles UE ? »: the one unit passed with its
   * grade, then the units it opens asked after a comma or a full stop (the "after" facet, of that unit): the grade, then those units
   * (only the grade was said, the question lost).
   */
  private unitsAPassOpens(text: string, whole: Understood, options: UnderstandOptions): Understood[] | undefined {
    if (whole.intent.kind !== "grade" || whole.intent.grade === undefined || whole.intent.grade < PASSING_GRADE || whole.intent.graded) return undefined;
    const cut = [...text.matchAll(/[,.;!]\s+/g)].reverse().find((m) => findUnitCodes(text.slice(m.index + m[0].length)).length === 0);
    if (!cut) return undefined;
    const context = text.slice(0, cut.index);
    const question = text.slice(cut.index + cut[0].length);
    const told = [...new Set(unitMentions(context).map((mention) => mention.code))];
    if (told.length !== 1 || unitFacet(plainWords(question)) !== "after") return undefined;
    const opens = this.understand(`${told[0]!} : ${question}`, options);
    if (opens.intent.kind !== "unit" || opens.intent.facet !== "after") return undefined;
    const grade = this.understand(context, options);
    // (Passed with that grade: the units it opens are said open or not with it.)
    const passed = [...new Set([...(opens.intent.passed ?? []), told[0]!])];
    return [grade.intent.kind === "grade" ? { ...grade, text: context } : { ...whole, text: context }, { ...opens, intent: { ...opens.intent, passed }, text: question }];
  }

  /**
   * Understands each question of a message that asks several (« C'est quoi NFA031 ? Quand sont les
   * cours ? Et combien ça coûte ? »), in order; a unit named by an earlier question is the subject of
   * a later one that names none. One understanding when the message asks one question, or when none
   * of its questions is understood on its own.
   */
  understandEach(text: string, options: UnderstandOptions = {}): Understood[] {
    const whole = this.understand(text, options);
    const declined = this.declinedBesideAStory(text, whole, options);
    if (declined) return [declined];
    const besideAGrade = this.questionBesideAGrade(text, whole, options);
    if (besideAGrade) return besideAGrade;
    // « c'est où l'examen et c'est quand ? », "where is the exam held and when?": where, in no source, said so; when, the calendar.
    const whereAndWhen = this.whereAndWhenOfTheExam(text, whole);
    if (whereAndWhen) return whereAndWhen;
    // « On m'a parlé d'UE, d'ECTS, de capitalisation et je n'ai rien compris. Vous pouvez m'expliquer ? »: each notion explained.
    const notions = notionsToExplain(text, whole.language);
    if (notions.length >= 2) {
      const explained = notions.map((notion) => ({ ...this.understand(WHAT_IS[whole.language](notion), { language: whole.language }), text: WHAT_IS[whole.language](notion) }));
      const pages = explained.filter((part, i) => part.intent.kind === "answer" && explained.findIndex((other) => other.intent.kind === "answer" && part.intent.kind === "answer" && other.intent.entryId === part.intent.entryId) === i);
      if (pages.length >= 2) return pages;
    }
    const questions = questionsOf(text);
    // "GDN100 exam: how long is it and which room?": one unit asked several things its job answers in one reply, each.
    // ("The course page says 45 hours for a 4 ECTS unit. Isn't it supposed to be 40? Is that a mistake?": one volume asked whether it is
    // a mistake, the facts and whom to ask once — its first question alone had got a « No » the second contradicted.)
    // ("…FPG114 fully online. Are the course materials accessible with a screen reader, and is there someone at Cnam who handles
    // disability arrangements for exams?": each question asks of the one unit what its catalog does not hold; one decline says it.)
    // ("My employer needs an attendance certificate for NFA018. Who issues it and how long does it take?": questions of « it », the
    // certificate told before them, are of it too; they got NFA018's card and its hours.)
    const toldUnheld = whole.intent.kind === "unit" && isUnheldFacet(whole.intent.facet) && unheldFacets(` ${fold(text.slice(0, Math.max(0, text.indexOf(questions[0] ?? ""))))} `).length > 0;
    // ("How long is the placement test for ANG320, and when is it held?": « it » is the test the question before asked of, which the
    // catalog does not hold either; it got ANG320's classes. Only a thing with a time of its own: « RSX101, qui l'enseigne et c'est
    // quand ? » asks when its classes are.)
    const ofTheDetailBefore = (question: string, i: number) => i > 0 && findUnitCodes(question).length === 0 && countWords(question) <= MAX_ELLIPTIC_WORDS + 2 && WHEN_OR_HOW_LONG.test(` ${fold(question)} `) && (OF_IT.test(` ${fold(question)} `) || POINTS_TO_THE_MATTER.test(fold(question))) && detailsAsked(` ${fold(questions[i - 1]!)} `).includes("placement-test");
    const declinedEach =
      whole.intent.kind === "unit" && whole.intent.codes.length === 1 && isUnheldFacet(whole.intent.facet) && questions.every((question, i) => unheldFacets(` ${fold(question)} `).length > 0 || (toldUnheld && OF_IT.test(` ${fold(question)} `)) || ofTheDetailBefore(question, i));
    // (« J'ai 110 heures maximum cette année : NFA008 ou NFA041 ? Ou carrément les deux ? »: options weighed against one budget, then both
    // asked, are the budget's one answer, each option then both; split, they got the two units' cards and « pas ce détail ».)
    const budgetOptionsOnly = whole.intent.kind === "credit-hours" && (whole.intent.options?.length ?? 0) >= 2 && questions.every((question) => OPTIONS_OR_BOTH.test(plainWords(question).replace(/ [a-z]{3} ?\d{3} /g, " u ").replace(/ [a-z]{3} ?\d{3} /g, " u ")));
    if (questions.length < 2 || budgetOptionsOnly || (whole.intent.kind === "unit" && whole.intent.also?.length) || declinedEach || (whole.intent.kind === "credit-hours" && whole.intent.mistake && questions.every((question) => VOLUME_OR_MISTAKE.test(foldText(question))))) return [whole];
    // "My NSY103 exam is on Saturday… Will it rain? And what's the best breakfast?": declined as a whole, its questions each about
    // something else, it is declined once.
    // (« Entre le boulot et NFA032 je dors cinq heures … des palpitations. C'est grave ? Je prends quoi ? »: a question that names
    // nothing of studying here is no question of its own beside such a message; « Je prends quoi ? » got the page on the ID to bring.)
    // (« Tu peux m'expliquer la différence entre TCP et UDP ? je galère en RSX101 »: a course's content, the unit named only in
    // what is told, no question; it got RSX101's card.)
    const asksItself = (question: string) => question.includes("?") || QUESTION_WORD.test(` ${foldText(question).replace(/['’]/g, " ")} `);
    const ownQuestion = (question: string) => asksItself(question) && (findUnitCodes(question).length > 0 || STUDY_ANCHOR.test(` ${foldText(question).replace(/['’]/g, " ")} `));
    const refused = whole.intent.kind === "abstain" && (whole.intent.reason === "off-topic" || whole.intent.reason === "course-content");
    if (refused && questions.every((question) => !ownQuestion(question) || ["abstain", "suggestions"].includes(this.understand(question, options).intent.kind))) return [whole];
    const language = whole.language;
    // What is told before the first question: the situation a question that points back, or asks how long, is read in.
    const preamble = text.slice(0, Math.max(0, text.indexOf(questions[0]!)));
    // « J'ai eu 12 en UTC501 et 8,5 en UTC502. Ça fait combien de crédits, et je repasse quoi ? »: each question is read in the situation told before it.
    const { context, clause } = focusOnQuestion(text);
    // The situation gives slots (grades, units passed), not the job: a check or a plan is one only when the question asks it.
    // « c koi la diff entre une UE et une UA, et les crédits ça marche comment ? »: the clause before the last one, when it asks, is a
    // question of the same sentence, no situation.
    const clauseAsks = clause === true && (asks(context) || QUESTION_WORD.test(` ${foldText(context).replace(/['’]/g, " ")} `) || /\b(koi|ckoi|diff|difference)\b/.test(foldText(context)));
    const situation = context && !questions.includes(context) && !clauseAsks ? context : "";
    const inContext = (question: string) => (situation ? `${situation} ${question}` : question);
    const readPart = (question: string): Understood => {
      const own = this.understand(question, { language });
      // Read in the situation only when it may settle the question: not understood alone, or asking what
      // grades or quantities settle (« ça fait combien de crédits ? » after grades) — never read twice otherwise.
      const words = foldText(question).replace(/['’]/g, " ");
      // "I got 11 in UTC501 and 8.5 in UTC502. How many credits do I have?": for a visitor, the grades said settle it.
      // The hours of units it names (« … how many hours is it? NFA032 ») are theirs alone, whatever else the situation names.
      const namesItsUnits = own.intent.kind === "credit-hours" && own.intent.codes.length > 0;
      const mayBeSettled = (own.intent.kind === "answer" || own.intent.kind === "credit-hours" || own.intent.kind === "progress") && !namesItsUnits && Object.values(SPEAKS_OF).some((speaks) => speaks.test(words));
      // « … Je voudrais continuer vers le développement web. Quelles UE prendre ensuite et est-ce qu'il en faut avec
      // autorisation ? »: the part that looks for units is the search the whole message is, on the situation's subject.
      if (own.intent.kind === "answer" && whole.intent.kind === "unit-search" && whole.intent.subject !== "" && asksForUnits(words)) return { ...whole, text: question };
      // « …je veux juste apprendre l'anglais, niveau très basique. Il y a un cours pour moi ? et ils sont combien par classe ? »:
      // units looked for « pour moi » are those of the situation.
      // (what was told before that question: a question after it is no part of the situation).
      const toldBefore = text.slice(0, Math.max(0, text.indexOf(question))).trim();
      // « J'ai aussi suivi NFA040 … Est-ce que …, et l'UA d'expérience, je peux l'avoir ? »: the UA asked is no unit told before; what was
      // told is read for what it says of the learner, its units left out (a check of enrolling in NFA040 ran).
      const toldAll = preamble.trim() || situation;
      if (toldAll && findUnitCodes(question).length === 0 && UA_NAMED.test(words) && (own.intent.kind === "suggestions" || own.intent.kind === "abstain" || own.intent.kind === "answer")) {
        const ofTheUa = this.understand(`${withoutUnitCodes(toldAll)} ${question}`, { language });
        if (ofTheUa.intent.kind === "answer") return { ...ofTheUa, text: question };
      }
      // « J'ai validé UTC501, UTC502 et UTC504. Qu'est-ce qu'il me reste pour la licence, et … ? »: what is left of a diploma,
      // after the units said passed, is where they stand in it (it got the licence's card).
      if (toldBefore && own.intent.kind === "diploma" && own.intent.codes.length === 0 && findUnitCodes(toldBefore).length > 0) {
        const standing = this.understand(`${toldBefore} ${question}`, { language });
        if (standing.intent.kind === "progress") return { ...standing, text: question };
      }
      // "I only have my nursing diploma (bac+3). … Could I go straight into the Licence L3, and …?": the studies told before it are
      // weighed against the diploma's access.
      if (toldBefore && (own.intent.kind === "answer" || (own.intent.kind === "diploma" && own.intent.facet === undefined)) && mentionsADiploma(question) && !/\bexperiences?\b/.test(words) && !UA_NAMED.test(words) && readStatedBackground(toldBefore)) {
        const weighed = this.understand(`${toldBefore} ${question}`, { language });
        if (weighed.intent.kind === "diploma" && weighed.intent.facet === "access") return { ...weighed, text: question };
        // (The rules' access, when the learned route made the whole a plan for the times told with the studies — "Saturday mornings are the
        // only time I'm free" —: the plan is the next question's, and this one got the general page on access.)
        if (weighed.overruled?.kind === "diploma" && weighed.overruled.facet === "access") return { ...weighed, intent: weighed.overruled, text: question };
      }
      if (toldBefore && own.intent.kind === "answer" && FOR_ME.test(` ${words} `)) {
        const forThem = this.understand(`${toldBefore} ${question}`, { language });
        if (forThem.intent.kind === "unit-search") return { ...forThem, text: question };
      }
      // « Mon manager me propose PRS201, je n'ai que le bac mais 15 ans de management. C'est accessible ? et ça coûte combien ? »:
      // a question that only points back asks about the situation told before it.
      // (All that was told before the first question: « … Je voudrais faire la licence seulement le samedi. C'est réaliste ou pas ? ».)
      const told = preamble.trim() || situation;
      // (« C'est vrai ? » after what a colleague said asks whether the claim holds, which the other questions answer.)
      if (told && pointsBackOnly(question) && !CONFIRMS_A_CLAIM.test(words)) {
        // « … les cours du soir sont compliqués pour moi. J'ai entendu dire que certaines UE se suivaient à distance. Comment ça
        // fonctionne exactement ? »: « ça » is what the last sentence told, when a page of the content answers it so read.
        const sentences = told.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence.trim());
        const nearest = sentences.length > 1 ? this.understand(`${sentences.at(-1)!} ${question}`, { language }) : undefined;
        if (nearest?.intent.kind === "answer") return { ...nearest, text: question };
        const ofTheSituation = this.understand(`${told} ${question}`, { language });
        if (ofTheSituation.intent.kind !== "abstain" && ofTheSituation.intent.kind !== "suggestions") return { ...ofTheSituation, text: question };
      }
      // « J'ai 11 en UTC504 mais seulement 7 en NFA031. … mes crédits d'UTC504 sont gardés si je rate NFA031 ? »: the credits of units
      // graded before are the grades' answer (it got the units' cards).
      // (« J'ai raté RSX102 avec 8 au rattrapage … mélatonine … ? Et pour RSX102, je dois me réinscrire ? »: whether to enrol in it again, after
      // its grade, is the grade's answer — read in the sentences that hold the grade when a declined question told between them makes the
      // whole a decline; it got RSX102's card.)
      // ("… And for RSX102, do I have to enrol again?": the same, not a check of enrolling in it.)
      const gradedBefore = toldBefore ? unitMentions(toldBefore).filter((mention) => mention.grade !== undefined).map((mention) => mention.code) : [];
      // "I sat UTC501 and got 12, UTC502 I got 8.5, and I completely missed the UTC504 exam … Where do I stand now, and what do I have
      // to do next?": where one stands, after units graded, is the grades' summary, as « … Où j'en suis ? » in one sentence (it asked
      // to sign in; « où j'en suis dans ma licence ? » with no grade told stays the record's).
      // (« … et je fais quoi maintenant ? », "… and what do I have to do next?": what to do after those grades, the same summary, which
      // says what to sit again; it got the page on ECTS credits.)
      // ("… I couldn't sit the NFA035 exam … What happens to NFA035 now?": what happens to a unit told before, the same; it got NFA035's card.)
      const toldUnits = unitMentions(toldBefore).map((mention) => mention.code);
      const whatNext = WHAT_TO_DO_NEXT.test(` ${words.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `) && findUnitCodes(question).every((code) => toldUnits.includes(code));
      if ((own.intent.kind === "progress" || whatNext) && gradedBefore.length > 0) {
        const standing = this.understand(`${toldBefore} ${question}`, { language });
        if (standing.intent.kind === "grade") return { ...standing, text: question };
      }
      const takenAgain = TAKEN_AGAIN.test(` ${words} `) && own.intent.kind === "eligibility" && own.intent.codes.length === 1 && gradedBefore.includes(own.intent.codes[0]!);
      if (toldBefore && ((own.intent.kind === "unit" && own.intent.facet === "description" && (SPEAKS_OF.grade!.test(words) || TAKEN_AGAIN.test(` ${words} `))) || takenAgain) && gradedBefore.length > 0) {
        const graded = this.understand(`${toldBefore} ${question}`, { language });
        if (graded.intent.kind === "grade") return { ...graded, text: question };
        const gradedSentences = toldBefore.split(/(?<=[.!?…])\s+/).filter((sentence) => unitMentions(sentence).some((mention) => mention.grade !== undefined));
        const gradedOnly = gradedSentences.length > 0 && gradedSentences.length < toldBefore.split(/(?<=[.!?…])\s+/).length ? this.understand(`${gradedSentences.join(" ")} ${question}`, { language }) : undefined;
        if (gradedOnly?.intent.kind === "grade") return { ...gradedOnly, text: question };
      }
      // "How much is left on my CPF, and is it enough for NFA031?": what is enough, after money told, is the unit's price.
      if (own.intent.kind === "unit" && own.intent.facet === "description" && ENOUGH.test(words) && FUNDING_SAID.test(foldText(toldBefore).replace(/['’]/g, " "))) {
        return { ...own, intent: { ...own.intent, facet: "fees" } };
      }
      // « Je voudrais faire GDN100 et TET102 … J'aimerais savoir si ça demande des prérequis »: « ça » is the units told before.
      const unitsBefore = findUnitCodes(toldBefore);
      if (unitsBefore.length > 0 && findUnitCodes(question).length === 0 && UNITS_POINTED_TO.test(` ${words} `) && !mentionsADiploma(question) && (own.intent.kind === "answer" || own.intent.kind === "abstain" || own.intent.kind === "suggestions")) {
        const ofThem = this.understand(`${unitsBefore.slice(0, 3).join(" et ")} : ${question}`, { language });
        if (ofThem.intent.kind === "unit" && !isUnheldFacet(ofThem.intent.facet) && ofThem.intent.facet !== "description") return { ...ofThem, text: question };
      }
      // « Est-ce que je peux entrer en L3, est-ce que NFA040 compte, et … ? »: whether a unit counts, said without the diploma, is asked of
      // the diploma the message names (it got NFA040's card and a check of enrolling in it).
      const diplomaNamed = DIPLOMA_OF_THE_MESSAGE.exec(foldText(text).replace(/['’]/g, " "))?.[0];
      if (own.intent.kind === "unit" && own.intent.facet === "description" && own.intent.codes.length === 1 && COUNTS_ALONE.test(` ${words} `) && diplomaNamed && !mentionsADiploma(question)) {
        const inIt = this.understand(`${question.replace(/\s*\?\s*$/, "")} pour ${diplomaNamed === "l3" ? "la L3" : diplomaNamed === "licence" ? "la licence" : `le ${diplomaNamed}`} ?`, { language });
        if (inIt.intent.kind === "diploma" && inIt.intent.codes.length === 1) return { ...inIt, text: question };
      }
      // « MUX101, ça demande quoi comme niveau et ça rentre dans la licence ? »: whether « ça » counts in a diploma is asked of the unit
      // told before (it got the licence's card, as if the unit were not said).
      // (« MUX101 c'est quand et ça rentre dans le diplôme d'ingénieur ? »: the same when the diploma named reads as a page of its own.)
      const ownCounts = (own.intent.kind === "diploma" && own.intent.codes.length === 0 && own.intent.facet === undefined) || (["answer", "suggestions", "abstain"].includes(own.intent.kind) && COUNTS_IN.test(` ${words} `));
      if (unitsBefore.length === 1 && findUnitCodes(question).length === 0 && UNITS_POINTED_TO.test(` ${words} `) && ownCounts && (mentionsADiploma(question) || COUNTS_IN.test(` ${words} `))) {
        const ofIt = this.understand(`${unitsBefore[0]!} ${question}`, { language });
        if (ofIt.intent.kind === "diploma" && ofIt.intent.codes.length === 1) return { ...ofIt, text: question };
      }
      if (inContext(question) === question || !(needsSituation(own.intent) || mayBeSettled)) return own;
      // « I would like to learn Java. Where should I start? »: the search's subject is the situation's.
      if (own.intent.kind === "unit-search") {
        const subject = subjectOfSituation(context, { beginner: own.intent.filters?.beginner === true });
        return subject ? { ...own, intent: { ...own.intent, subject, situation: true } } : own;
      }
      const situated = this.understand(inContext(question), { language });
      if (JOBS_THE_QUESTION_ASKS.has(situated.intent.kind) && own.intent.kind !== situated.intent.kind) return own;
      const settledBySituation = mayBeSettled && SPEAKS_OF[situated.intent.kind]?.test(words) === true;
      return needsSituation(own.intent) || settledBySituation ? situated : own;
    };
    // A part may be read alone, with the units before and with the diploma before: each reading once.
    const read = new Map<string, Understood>();
    const understandPart = (question: string): Understood => {
      const known = read.get(question);
      if (known) return known;
      const understood = readPart(question);
      read.set(question, understood);
      return understood;
    };
    // Not understood, and not declined either: « je ne sais pas ».
    const unknownAlone = ({ intent }: Understood) => intent.kind === "abstain" && intent.reason === "unknown";
    // "My manager wants me to take DNT104 … Is it online, and how many hours is it?": the one unit the situation names
    // before the questions is the « it » they ask about.
    const named = unitMentions(preamble).filter((m) => m.role === "asked");
    let codes: string[] = named.length === 1 ? [named[0]!.code] : [];
    // « J'ai repéré deux UE, NFE108 et NFE113, … Est-ce que je peux m'inscrire aux deux ? »: the units the situation names are
    // « les deux », "both", in the question that says so.
    const bothNamed = named.length > 1 && named.length <= MAX_UNITS_POINTED_TO ? named.map((m) => m.code) : [];
    const each: Understood[] = [];
    for (const question of questions.slice(0, MAX_QUESTIONS)) {
      const own = findUnitCodes(question);
      const folded = foldText(question).replace(/['’]/g, " ");
      const before = each.at(-1);
      const previous = before?.intent;
      // "What's a US exactly? Can I sign up for one on its own, like a normal UE?": « one » is the kind of unit asked before, not the UE
      // it is compared with (it got the page on taking units à la carte: « Yes », false for a US).
      const kindBefore = before?.intent.kind === "answer" ? KIND_OF_UNIT.exec(before.text)?.[1] : undefined;
      if (kindBefore && ONE_OF_THEM.test(` ${question} `)) {
        const said = ` ${question} `.replace(ONE_OF_THEM, (_all, en: string | undefined, fr: string | undefined) => (en ? `${en}a ${kindBefore} ` : `${fr ?? " "}une ${kindBefore} `)).trim();
        const ofTheKind = understandPart(said);
        if (ofTheKind.intent.kind === "answer") {
          // (The page given for the part before, that answers it too, is not said twice.)
          const entryId = ofTheKind.intent.entryId;
          if (!each.some((part) => part.intent.kind === "answer" && part.intent.entryId === entryId)) each.push({ ...ofTheKind, language, text: question });
          continue;
        }
      }
      // « La licence, il y a une partie qu'on peut faire à distance ? Et l'anglais est obligatoire ? »: a unit of the diploma said before,
      // named by its subject (English, project management), asked compulsory: whether it is in that diploma (it got the page on taking
      // units à la carte). Only a subject the catalog's titles speak of: « et les TD sont obligatoires ? » keeps its own reading.
      const diplomaOfTheSubject = own.length === 0 && before !== undefined && !mentionsADiploma(question) && !A_DIPLOMA_WORD.test(` ${fold(question)} `) && asksIfCompulsory(question) && namesAKnownSubject(question) ? (namedDiploma(before.text) ?? namedDiploma(preamble)) : undefined;
      if (diplomaOfTheSubject) {
        const askedOfIt = `${question.replace(/\s*\?\s*$/, "")} ${language === "fr" ? "pour la" : "for the"} ${diplomaOfTheSubject} ?`;
        const ofIt = understandPart(askedOfIt);
        if (ofIt.intent.kind === "diploma") {
          each.push({ ...ofIt, language, text: askedOfIt });
          continue;
        }
      }
      // « RSX102 faut UTC505 ? UTC501 aussi ? »: a unit said again with « aussi » asks the question before of it.
      // « …j'aurai droit au chômage si je démissionne, et combien je toucherai par mois ? Et au fait, … en L3 ? »: in a message declined
      // as a whole, a part that names nothing of studying here, right after a declined one, goes with it (it got a page suggested).
      if (refused && !ownQuestion(question) && previous?.kind === "abstain" && previous.reason !== "unknown" && ["abstain", "suggestions"].includes(understandPart(question).intent.kind)) continue;
      const goesOn = ELLIPTICAL.test(folded) || (own.length > 0 && ALSO_AT_END.test(folded) && saysOnlyNewValues(question));
      // « Une UE de 8 crédits c'est combien d'heures ? Et deux UE de 3 ? »: the value said again, in the question before's terms.
      const sameFrame = previous?.kind === "credit-hours" && goesOn ? this.inFrameOf(question, before!.text, previous, language) : undefined;
      if (sameFrame?.intent.kind === "credit-hours") {
        each.push({ ...sameFrame, language, text: question });
        // « Combien d'heures pour GDN100 ? et pour ANG320 ? et c'est en soirée ? »: the units said one after the other are all
        // the subject of a question after them that names none (it answered the evening for GDN100 alone).
        if (own.length > 0 && saysOnlyNewValues(question)) codes = [...codes.filter((code) => !own.includes(code)), ...own].slice(-MAX_UNITS_POINTED_TO);
        continue;
      }
      // « RSX101 il faut quoi avant ? et je peux la faire en même temps qu'UTC505 ? »: « la » is the unit before, taken with the one
      // named (it got a check of UTC505 alone).
      // (After a check of that unit, « … et je peux la prendre avec NFA031 le même semestre ? » is read further down: one check of both.)
      const unitBefore = previous !== undefined && previous.kind !== "eligibility" && "codes" in previous && previous.codes.length === 1 ? previous.codes[0]! : undefined;
      // (« et NFA031, je peux la faire en même temps que mon stage ? »: « la » is the unit named before it in the part, and « mon stage »
      // no unit — the part names its units only after « la ».)
      const taken = IT_TAKEN.exec(` ${folded} `);
      const pointsBack = taken !== null && findUnitCodes(` ${folded} `.slice(0, taken.index)).length === 0 && findUnitCodes(` ${folded} `.slice(taken.index)).length > 0;
      if (unitBefore && own.length > 0 && !own.includes(unitBefore) && pointsBack && saysTakenTogether(question)) {
        const together = understandPart(`${unitBefore} : ${question}`);
        if (together.intent.kind === "eligibility") {
          // ("I've passed UTC505. How many hours is RSX102, and can I take it at the same time as UTC501?": the units said passed
          // before the questions count for the check — it asked whether UTC505 was validated.)
          const checked = together.intent;
          // (The learner's own: "My friend passed UTC505" is no unit of theirs.)
          const own = OWN_SPEAKING.test(` ${fold(preamble)} `) && !SOMEONE_ELSE_PASSED.test(` ${fold(preamble)} `);
          const passedBefore = own ? unitMentions(preamble).filter((m) => m.role === "passed" && !checked.codes.includes(m.code)).map((m) => m.code) : [];
          const intent = passedBefore.length ? { ...checked, passed: [...new Set([...checked.passed, ...passedBefore])] } : checked;
          each.push({ ...together, intent, language, text: question });
          continue;
        }
      }
      // "What's a US? Can I take one as a standalone module?": « one » is the notion of the page before (it got « Yes » of any unit: false).
      const onTheNotion = previous?.kind === "answer" && own.length === 0 ? followUpOnNotion(question, previous.entryId, this, language) : undefined;
      if (onTheNotion) {
        // ("What is a US? And whether I can enrol in one directly": the page on US says one cannot; not « no sure answer » besides.)
        if (previous?.kind === "answer" && asksWhetherGoingOn(question) && this.answersWhether(previous.entryId, onTheNotion.intent, question, language)) continue;
        each.push({ ...onTheNotion, language, text: question });
        continue;
      }
      // « … qu'est-ce qu'il me reste pour la licence, et qu'est-ce que je prends au prochain semestre ? »: where one stands says
      // what may be taken next semester (it got the page on changing units).
      if (previous?.kind === "progress" && own.length === 0 && countWords(question) <= MAX_NEXT_TO_TAKE_WORDS && NEXT_TO_TAKE.test(` ${folded} `)) continue;
      // "How many credits is the licence and how is it split?": a diploma's card says its blocks; the split asked after it adds nothing
      // of its own (it got « not in my sources » after the card that answers it).
      if (previous?.kind === "diploma" && previous.facet === undefined && !previous.offered && previous.codes.length === 0 && own.length === 0 && countWords(question) <= MAX_POINTING_WORDS && asksComposition(question) && !OTHER_THAN_CREDITS.test(` ${folded} `)) continue;
      // « J'ai eu 8,5 à UTC502 … je peux passer la session 2, et faut-il que je m'inscrive ? »: the grade's answer says session 2
      // needs no registration; the part adds nothing of its own (it got the steps to enrol).
      if (previous?.kind === "grade" && own.length === 0 && countWords(question) <= MAX_POINTING_WORDS && REGISTERING_ASKED.test(` ${folded} `)) continue;
      // "Do I have enough experience to apply, and how much will I need at the end?": after the page on the experience each diploma
      // asks, how much at the end is the engineer's second threshold (at the defence), which that page, applied, says (it got « je ne
      // sais pas »). (Not understood alone only: a part that finds its own page keeps it.)
      if (previous?.kind === "answer" && own.length === 0 && this.entries.get(previous.entryId)?.tags.includes(EXPERIENCE_REQUIRED_TAG) && HOW_MUCH_AT_THE_END.test(` ${folded} `) && unknownAlone(understandPart(question))) continue;
      // "How many credits is the licence's UA, and does my 12-month work-study count?": a length of work said in a part that asks
      // whether it counts is asked of the UA the message names (it got the page on class hours, « count » read of hours).
      if (own.length === 0 && LENGTH_COUNTS.test(` ${folded.replace(/[^a-z0-9]+/g, " ")} `) && UA_NAMED.test(` ${fold(text)} `) && readStatedExperience(question) !== undefined) {
        const applied = this.pageTagged(EXPERIENCE_REQUIRED_TAG, understandPart(question));
        if (applied) {
          each.push({ ...applied, language, text: question });
          continue;
        }
      }
      // « … UTC501 (11), UTC502 (9,5) et UTC504 (absent). Combien de crédits j'ai au total, et qu'est-ce qu'il me reste à faire pour
      // ces UE ? », "…and what's left to do for these units?": what is left of the units graded is the grades' answer (what to sit
      // again); no diploma named, it is no progress in one (it got « connectez-vous » after the grades' answer).
      if (previous?.kind === "grade" && own.length === 0 && !mentionsADiploma(question) && isProgressOfNoDiploma(understandPart(question).intent)) continue;
      // "Which database units could I take, and are there prerequisites?": the units found say each their own.
      // (Not a part that looks for units itself: "and is there a project management unit without prerequisites?".)
      // "…and whether any of them has prerequisites I might not meet, I only have a bachelor": said of the units found, however long.
      const ofTheFound = OF_THEM.test(folded) || WHICH_OF_THEM.test(folded);
      const aboutFound = previous?.kind === "unit-search" && own.length === 0 && (folded.split(/\s+/).length <= MAX_WORDS_ABOUT_FOUND || ofTheFound) && !(asksForUnits(folded) && UNIT_NOUN.test(folded) && !ofTheFound);
      // "which courses are about networks? and which of them have no prereq": the whole message is one search, with its filter.
      if (aboutFound && WHICH_OF_THEM.test(folded) && whole.intent.kind === "unit-search" && whole.intent.filters !== undefined) {
        each[each.length - 1] = whole;
        continue;
      }
      if (aboutFound && asksPrerequisites(` ${folded} `)) {
        each[each.length - 1] = { ...before!, intent: { ...previous, prerequisites: true } };
        continue;
      }
      // « Quelles UE prendre ensuite et est-ce qu'il en faut certaines avec autorisation ? »: the units found say each whether.
      if (aboutFound && asksAuthorization(` ${folded} `)) {
        each[each.length - 1] = { ...before!, intent: { ...previous, authorizations: true } };
        continue;
      }
      // (« Mon expérience suffit-elle pour candidater, et qu'est-ce qui sera demandé au moment de la soutenance ? »: a question going on
      // with « et », not understood alone, is asked of that matter too.)
      // « la session 2 c'est pour qui ? faut s'inscrire ? »: a question of a few words right after a page of the content asks it of
      // that page's matter; when, so read, it is that very page (« pas besoin de s'y inscrire »), it adds no answer of its own.
      // (Only when that reading is surer than the question alone: « what's a UE? » after a UA's page is its own.) Not understood
      // alone (« c'est combien ? »), it is asked of that matter when, so read, another page answers it.
      // (« …se font entièrement à distance, et si oui est-ce qu'il y a quand même des moments où il faut venir au Cnam ? »: « si oui »
      // asks on the answer before, however long.)
      // ("What does 'soumise à autorisation' mean? Do I need to do anything before signing up?": a part only suggested, among
      // them the page before, asks of that page's matter — it got « no sure answer ».)
      const suggestsTheMatter = previous?.kind === "answer" && understandPart(question).intent.kind === "suggestions" && suggests(understandPart(question), previous.entryId);
      const readOnTheMatter = (!goesOn && countWords(question) <= MAX_ELLIPTIC_WORDS) || (POINTS_TO_THE_MATTER.test(folded) && countWords(question) <= MAX_POINTING_WORDS && suggests(understandPart(question), previous?.kind === "answer" ? previous.entryId : "")) || suggestsTheMatter || IF_SO.test(folded) || OF_THAT_MATTER.test(folded);
      // (Only another page is taken for it then: « Et les examens, ils se passent aussi à distance ? » after the page on FOAD is not
      // answered by that page, and its honest « je ne sais pas » stays.)
      const unknownGoingOn = !readOnTheMatter && goesOn && unknownAlone(understandPart(question));
      if (previous?.kind === "answer" && own.length === 0 && codes.length === 0 && (readOnTheMatter || unknownGoingOn)) {
        const alone = understandPart(question);
        // (The page's own question says the matter when the question before only pointed to it: « C'est quoi exactement ? ».)
        const matter = pointsBackOnly(before!.text) ? (this.entries.get(previous.entryId)?.questions[language][0] ?? before!.text) : before!.text;
        const onTheMatter = understandPart(`${question.replace(/\s*\?\s*$/, "")}, ${matter}`);
        const sureAlone = alone.intent.kind === "answer" ? alone.intent.confidence : 0;
        if (onTheMatter.intent.kind === "answer" && onTheMatter.intent.confidence > sureAlone) {
          if (onTheMatter.intent.entryId === previous.entryId && !unknownGoingOn) continue;
          if (onTheMatter.intent.entryId !== previous.entryId && (alone.intent.kind === "abstain" || alone.intent.kind === "suggestions")) {
            each.push({ ...onTheMatter, language, text: question });
            continue;
          }
        }
      }
      // « Si je prends 2 UE de 6 par semestre, combien de semestres pour 36 ECTS ? et ça fait combien d'heures par semestre ? »: the
      // hours of the units said at that pace (it got the table, asking for a number).
      if (previous?.kind === "credit-hours" && previous.pace && own.length === 0 && HOURS_OF_A_PERIOD.test(` ${folded} `)) {
        const pace = before!.text.split(",").slice(0, -1).join(",");
        const ofThePace = pace ? understandPart(`${pace}, ${question}`) : undefined;
        if (ofThePace?.intent.kind === "credit-hours" && ofThePace.intent.units?.length) {
          each.push({ ...ofThePace, language, text: question });
          continue;
        }
      }
      // « Combien d'heures pour une UE de 3 ECTS et pour une de 6 ? Et est-ce que le travail perso est compris dedans ? »: « dedans »
      // is the hours just counted; not understood alone, the question is asked of them.
      if (previous?.kind === "credit-hours" && own.length === 0 && IN_THEM.test(` ${folded} `) && OWN_WORK.test(folded) && unknownAlone(understandPart(question))) {
        const ofTheHours = understandPart(`${question.replace(/\s*\?\s*$/, "").replace(IN_THEM_WORDS, " ")} ${language === "en" ? "in the class hours" : "dans les heures de cours"} ?`);
        if (ofTheHours.intent.kind === "answer") {
          each.push({ ...ofTheHours, language, text: question });
          continue;
        }
      }
      // « L'ingénieur architecture des systèmes et des logiciels, c'est quel code et il faut de l'expérience pro ? »: going on with
      // « et » about the diploma just named, not understood alone, it is asked of a diploma (the jobs read which in the message).
      // (How long is the diploma's plan, read further down.)
      if (previous?.kind === "diploma" && goesOn && own.length === 0 && !HOW_LONG.test(` ${folded} `) && (unknownAlone(understandPart(question)) || understandPart(question).intent.kind === "suggestions")) {
        // The diploma as the question before named it, or by its kind alone, when its title's words outweigh the question's own.
        const bare = question.replace(/\s*\?\s*$/, "");
        const readings = [`${bare}, ${before!.text}`, `${bare} ${language === "en" ? "for the diploma" : "pour le diplôme"} ?`].map((said) => understandPart(said));
        const asked = (kind: string) => kind !== "abstain" && kind !== "suggestions" && kind !== "diploma";
        const ofTheDiploma = readings.find((reading) => asked(reading.intent.kind) && reading.intent.kind !== "answer") ?? readings.find((reading) => reading.intent.kind === "answer");
        if (ofTheDiploma) {
          each.push({ ...ofTheDiploma, language, text: question });
          continue;
        }
      }
      // « NFP119 il faut quoi avant ? NFA040 c'est obligé pour la suivre ? »: « la » is the unit before, the one named here
      // is asked as its prerequisite; that unit stays the subject of the questions after (« et elle compte pour la licence ? »).
      // « NFP119 ça fait combien d'heures, et je peux la suivre sans avoir fait NFA040 et NFA041 ? »: units named only as not done (or
      // done) are the situation, « la » the unit before, whose check weighs them (it got the page on prerequisites).
      const onlySituation = own.length > 0 && codes.length === 1 && !own.includes(codes[0]!) && unitMentions(question).every((m) => m.role !== "asked");
      const subject = (own.length === 1 || onlySituation) && codes.length === 1 && own[0] !== codes[0] ? codes[0]! : undefined;
      const pointed = subject ? withTheUnitPointedTo(question, subject) : undefined;
      const ofTheSubject = pointed ? understandPart(pointed) : undefined;
      if (ofTheSubject?.intent.kind === "unit" && ofTheSubject.intent.codes[0] === subject) {
        each.push({ ...ofTheSubject, language, text: pointed! });
        continue;
      }
      if (onlySituation && ofTheSubject?.intent.kind === "eligibility" && ofTheSubject.intent.codes.length === 1 && ofTheSubject.intent.codes[0] === subject) {
        each.push({ ...ofTheSubject, intent: withWholeSituation(ofTheSubject.intent, text), language, text: pointed! });
        continue;
      }
      // « Pour la licence, je peux prendre NFP119 et NFP121 ? Et SEC101 avec NFE114 ? »: the question before, of the new units.
      const reframed = before && goesOn && own.length > 0 && REFRAMED.has(before.intent.kind) && saysOnlyNewValues(question) ? withNewValues(before.text, question) : undefined;
      const asked = reframed ? understandPart(reframed) : undefined;
      if (reframed && asked?.intent.kind === previous?.kind) {
        // The text is the question asked again: its job reads its words (« à distance ? »).
        each.push({ ...asked!, language, text: reframed });
        // « RSX102 faut UTC505 ? UTC501 aussi ? »: the unit asked about stays RSX102. (« NFA031 c'est combien d'heures ? et NSY103 ? »:
        // both units are the subject of what follows.)
        codes = asked!.intent.kind === "unit" ? asked!.intent.codes : asked!.intent.kind === "credit-hours" ? [...codes.filter((code) => !own.includes(code)), ...own].slice(-MAX_UNITS_POINTED_TO) : own;
        continue;
      }
      // « Je suis UTC505 en ce moment. Je peux m'inscrire à RSX101 ? Et à RSX112 aussi ? », "Can I enrol in RSX101? And in RSX112
      // too?": the check before, of both units, as « … à RSX101 et à RSX112 ? » (it gave RSX112's card). Only a part naming nothing
      // but units.
      if (previous?.kind === "eligibility" && previous.codes.length === 1 && goesOn && own.length > 0 && !own.includes(previous.codes[0]!) && saysOnlyNewValues(question.replace(/^\s*(?:et|and)\s+(?:à|a|au|aux|in|for|pour)\b/i, "et"))) {
        each.pop();
        each.push({ ...before!, intent: withWholeSituation({ ...previous, codes: [previous.codes[0]!, ...own] }, text), language });
        codes = own;
        continue;
      }
      // « Is TET102 open to me, and can I take it with GDN100 in the same semester? »: the unit before, taken with the one
      // named; that check says all the first one did, which it replaces.
      if (previous?.kind === "eligibility" && previous.codes.length === 1 && own.length > 0 && !own.includes(previous.codes[0]!) && (REFERS_BACK.test(folded) || goesOn) && saysTakenTogether(question)) {
        const together = understandPart(`${previous.codes[0]} : ${question}`);
        if (together.intent.kind === "eligibility" && together.intent.together) {
          each.pop();
          each.push({ ...together, intent: withWholeSituation(together.intent, text), language, text: question });
          codes = own;
          continue;
        }
        // « Je peux m'inscrire à SMB101 ? et en même temps à NSY103 ? »: the check before, said again of the units named with it, in a
        // few words that ask nothing else (it gave NSY103's card).
        if (ONLY_TOGETHER_WITH.test(` ${folded.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `)) {
          const intent: Intent = { ...previous, codes: [previous.codes[0]!, ...own], together: true };
          each.pop();
          each.push({ ...before!, intent: withWholeSituation(intent, text), language, text: question });
          codes = own;
          continue;
        }
      }
      // "Are there any cybersecurity units, and which one should a beginner start with?": where a beginner starts, among the units looked
      // for before — the same search for beginners (it said the answer was not in its sources).
      if (previous?.kind === "unit-search" && previous.subject !== "" && own.length === 0 && !previous.filters?.beginner && readUnitFilters(folded).filters.beginner) {
        const alone = understandPart(question);
        if (alone.intent.kind === "abstain" || alone.intent.kind === "suggestions" || (alone.intent.kind === "unit-search" && alone.intent.subject === "")) {
          each.push({ ...before!, intent: { ...previous, filters: { ...previous.filters, beginner: true } }, language, text: question });
          continue;
        }
      }
      // (« … et je peux la combiner avec SEC101 dans la licence ? »: « la » is the unit asked about before, combined with the one named.)
      const unitsBeforeIt = previous && "codes" in previous ? (previous.codes as string[]).filter((code) => !own.includes(code)) : [];
      if (own.length > 0 && unitsBeforeIt.length > 0 && COMBINED_WITH_IT.test(` ${folded} `)) {
        const said = question.replace(/\b(?:la|le|les|l['’])\s*(combiner|associer|cumuler)\b/i, `$1 ${unitsBeforeIt.slice(0, 2).join(" et ")}`);
        const combined = understandPart(said);
        if (combined.intent.kind === "diploma") {
          each.push({ ...combined, language, text: said });
          continue;
        }
      }
      // The units named before and not in this question. « Et combien ça coûte ? » is about them; « et c'est quoi une
      // UA ? » is not, when it is understood alone; « RSX112 ça parle de quoi, et faut avoir fait UTC505 avant ? »
      // names a unit only as what was done before, and asks of the unit before when not understood alone.
      // « J'ai NFA031, NFA032, GDN100 et ANG320. Lesquelles comptent pour la licence ? »: every unit said before.
      const ofThem = own.length === 0 && codes.length === 0 && WHICH_OF_THEM.test(folded) ? findUnitCodes(preamble) : [];
      const pointsToBoth = bothNamed.length > 0 && own.length === 0 && BOTH.test(` ${folded} `);
      // (« …, et l'UA d'expérience, je peux l'avoir ? »: the UA named is what « l' » takes up, no unit before.)
      const carried = UA_NAMED.test(folded) ? [] : (ofThem.length > 1 ? ofThem : pointsToBoth ? bothNamed : codes).filter((code) => !own.includes(code));
      const alone = carried.length > 0 && (own.length > 0 || !REFERS_BACK.test(folded)) ? understandPart(question) : undefined;
      const settled = alone !== undefined && alone.intent.kind !== "abstain" && alone.intent.kind !== "suggestions";
      // « … et il faut une autorisation pour entrer en licence ? »: a question about a diploma is not about the unit before,
      // unless it asks whether that unit counts in it (« et ça compte dans la licence ? »).
      const withCodes = carried.length > 0 && (own.length === 0 || !settled) && (!mentionsADiploma(question) || asksWhereItCounts(question)) ? understandPart(`${question} ${carried.join(" ")}`) : undefined;
      // « NFE107 c'est à distance ? et il faut une autorisation ? », "ANG100, and how many credits?": a question going
      // on with « et » asks it of the same unit when, so read, it asks one of the unit's facts.
      // « NFE107 c'est à distance ? faut une autorisation ? »: a question of a few words right after one asks it of the same unit too.
      const elliptic = goesOn || countWords(question) <= MAX_ELLIPTIC_WORDS;
      // « NFE115 il faut quel niveau, …, c'est dans la licence ? »: whether it counts in a diploma is asked of the unit before.
      // ("Is ANG320 compulsory for the licence, is there a placement test, and …?": a page that hardly answers it alone leaves the
      // question to the unit's fact it asks — the test its level names.)
      const weakAlone = alone?.intent.kind === "answer" && alone.intent.confidence < WEAK_ALONE_CONFIDENCE;
      // (« Pour UTC503, il existe des annales ? Et le partiel compte pour combien dans la note ? »: after a detail the sources do not
      // hold of a unit, another detail of it going on with « et » is the unit's too — it got the page on validating a unit.)
      const detailGoesOn = goesOn && previous?.kind === "unit" && previous.facet === "detail" && withCodes?.intent.kind === "unit" && withCodes.intent.facet === "detail";
      const ofTheUnit = withCodes !== undefined && ((elliptic || pointsToBoth || weakAlone) && asksOfTheUnit(withCodes.intent) || detailGoesOn || (withCodes.intent.kind === "diploma" && asksWhereItCounts(question)));
      let understood = settled && !ofTheUnit && !(ofThem.length > 1 && withCodes) ? alone! : (withCodes ?? alone ?? understandPart(question));
      // « Le jour de l'examen de UTC504, il me faut quoi, et ça dure combien de temps ? »: how long « ça » lasts, after the exam said, is the
      // exam's length, a detail the sources lack — not the unit's hours (« ang320 cest pour qui et ca dure combien » keeps them).
      if (understood.intent.kind === "credit-hours" && own.length === 0 && carried.length > 0 && before && EXAM_SAID.test(` ${fold(before.text)} `) && LENGTH_OF_IT.test(` ${folded} `)) {
        understood = { ...understood, intent: { kind: "unit", codes: understood.intent.codes, facet: "detail" } };
      }
      // « … technicienne avec un DUT chimie. Je souhaiterais suivre SEC101 … Et mon DUT suffit-il comme niveau ? », « … licence de maths …
      // RCP105 me tente … Avec mon parcours, c'est accessible ? »: one's own level, for the unit before, weighed in the situation told.
      if (carried.length > 0 && own.length === 0 && OWN_SITUATION.test(` ${folded} `) && preamble.trim()) {
        const weighed = understandPart(`${preamble.trim()} ${carried.filter((code) => !findUnitCodes(preamble).includes(code)).join(" ")} ${question}`);
        if (weighed.intent.kind === "eligibility") understood = weighed;
      }
      // "Can I take FPG114 from Montreal? and btw what's the time difference with Paris lol": a part off the topic, read alone, is
      // declined, not answered by the card of the unit before.
      // ("My RSX102 exam is tomorrow. What's the weather going to be in Paris?": the unit only in what is told before the question.)
      const asking = question.split(/(?<=[.!?])\s+/).filter((sentence) => /\p{L}/u.test(sentence)).at(-1) ?? question;
      if (understood.intent.kind === "unit" && understood.intent.facet === "description" && (own.length === 0 || (asking !== question && findUnitCodes(asking).length === 0))) {
        const byItself = own.length === 0 ? (alone ?? understandPart(question)) : understandPart(asking);
        // (Read alone, not in the situation told before it: « My RSX102 exam is tomorrow » would make it the unit's again.)
        const reallyAlone = byItself.intent.kind === "abstain" ? byItself : this.understand(own.length === 0 ? question : asking, { language });
        if (reallyAlone.intent.kind === "abstain" && reallyAlone.intent.reason === "off-topic") understood = { ...reallyAlone, text: question };
      }
      // « La licence c'est combien d'ECTS et combien de temps ça prend ? »: a question not understood alone asks of the diploma named before.
      // « … et ça représente combien d'heures de cours ? »: « ça » is the diploma named before when, so read, the diploma's job answers.
      // « … la licence seulement le samedi et à distance. C'est réaliste ? et ça me prendrait combien de temps ? »: how long, of the
      // plan the message tells (one plan answers both).
      // "I've passed all five UTC units and GDN100. What's left for the licence, and how many semesters if I take two units per
      // semester?": how long, after where one stands in a diploma, is that diploma's plan from there (it got the page on exams).
      // ("… and how quickly could I finish?", « … et je peux finir au plus vite quand ? »: any plan's question so read, not only how long.)
      const standingBefore = previous?.kind === "progress" && before ? namedDiploma(before.text) : undefined;
      const ofTheStanding = (asked: string) => `${asked.replace(/\s*\?\s*$/, "")} ${language === "fr" ? "pour la" : "for the"} ${standingBefore} ?`;
      if (standingBefore && own.length === 0 && preamble.trim() && (HOW_LONG.test(` ${folded} `) || understandPart(ofTheStanding(question)).intent.kind === "planning")) {
        const fromThere = understandPart(ofTheStanding(`${preamble.trim()} ${question}`));
        if (fromThere.intent.kind === "planning") understood = fromThere;
      }
      // (So read, « it » is that diploma already: "What's left for my licence, and how fast can I get it?".)
      const plannedFromThere = standingBefore !== undefined && understood.intent.kind === "planning";
      if ((understood.intent.kind === "abstain" || understood.intent.kind === "suggestions") && HOW_LONG.test(` ${folded} `)) {
        const ofThePlan = preamble.trim() ? understandPart(`${preamble.trim()} ${question}`) : undefined;
        if (ofThePlan?.intent.kind === "planning") understood = ofThePlan;
      }
      // "Which licence units can I pick as options? Could I take both NFP107 and SEC101?": units taken together, asked after a
      // diploma's options, are asked as its choices (« Non : même groupe »), not as enrolments.
      const choiceOf = understood.intent.kind === "eligibility" && own.length >= 2 && previous?.kind === "diploma" ? namedDiploma(before!.text) : undefined;
      if (choiceOf) {
        const asChoice = understandPart(`${question.replace(/\s*\?\s*$/, "")} ${language === "fr" ? "pour la" : "for the"} ${choiceOf} ?`);
        if (asChoice.intent.kind === "diploma") understood = asChoice;
      }
      // « Dans la licence, il y a des UE qu'on peut faire à distance ? Et le samedi ? »: the diploma's units that other way (it got
      // the page on class times with « Oui »; the whole message had looked for units at a distance and on Saturdays at once: false).
      const wayOnly = previous?.kind === "diploma" && own.length === 0 ? WAY_ONLY.exec(` ${folded.replace(/[?!.]/g, " ").replace(/\s+/g, " ").trim()} `) : null;
      const diplomaOfTheWay = wayOnly ? namedDiploma(before!.text) : undefined;
      if (wayOnly && diplomaOfTheWay) {
        const onSaturdays = /^(samedis?|saturdays?)$/.test(wayOnly[1]!);
        const way = language === "fr" ? (onSaturdays ? "se font le samedi" : "se font à distance") : onSaturdays ? "are on Saturdays" : "are taught at a distance";
        const askedThatWay = `${language === "fr" ? "Quelles UE de la" : "Which units of the"} ${diplomaOfTheWay} ${way} ?`;
        const thatWay = understandPart(askedThatWay);
        if (thatWay.intent.kind === "diploma") {
          each.push({ ...thatWay, language, text: askedThatWay });
          continue;
        }
      }
      // "In the licence, which units are compulsory and which are optional?": a short part going on from a diploma's question asks it
      // of that diploma (it got the fees).
      const goesOnFromDiploma = previous?.kind === "diploma" && own.length === 0 && countWords(question) <= MAX_GOING_ON_WORDS && GOES_ON_ASKING.test(` ${folded} `);
      // (« La licence, c'est combien d'ECTS, combien d'heures de cours au total, et … ? »: a total asked with no subject of its own, the
      // diploma's; it got the credit-hours table.)
      const totalOfIt = previous?.kind === "diploma" && own.length === 0 && countWords(question) <= MAX_GOING_ON_WORDS && IN_ALL.test(` ${folded} `) && HOURS_WORD.test(` ${folded} `) && !OWN_WORK_WORD.test(` ${folded} `);
      const unsettled = understood.intent.kind === "abstain" || understood.intent.kind === "suggestions" || goesOnFromDiploma || totalOfIt;
      const pointsToIt = carried.length === 0 && IT.test(folded);
      const mayAskOfIt = (unsettled || pointsToIt) && own.length === 0 && before !== undefined && !plannedFromThere && !mentionsADiploma(question);
      // ("I'd love to get the engineering degree in cybersecurity. Do I have enough experience to apply, and what would I have to study?":
      // not understood alone, a part may ask it of the diploma the situation named — when, so read, the diploma job answers.)
      const diplomaSaidBefore = mayAskOfIt ? namedDiploma(before!.text) : undefined;
      const toldDiploma = mayAskOfIt && unsettled && !diplomaSaidBefore ? namedDiploma(preamble) : undefined;
      const diplomaBefore = diplomaSaidBefore ?? toldDiploma;
      const askedOfIt = diplomaBefore ? `${question.replace(/\s*\?\s*$/, "")} ${language === "fr" ? "pour" : "for the"} ${diplomaBefore} ?` : question;
      const ofTheDiploma = diplomaBefore ? understandPart(askedOfIt) : undefined;
      const diplomaAnswers =
        ofTheDiploma &&
        (goesOnFromDiploma || toldDiploma ? ofTheDiploma.intent.kind === "diploma" : unsettled ? ofTheDiploma.intent.kind !== "abstain" && ofTheDiploma.intent.kind !== "suggestions" : ofTheDiploma.intent.kind === "diploma" || ofTheDiploma.intent.kind === "planning");
      const partText = diplomaAnswers ? askedOfIt : question;
      if (partText !== question) understood = ofTheDiploma!;
      // (Read of the diploma as a whole, what it is made of, the part adds nothing to its composition said before: "and what else is in it?".)
      else if (goesOnFromDiploma && previous?.kind === "diploma" && previous.facet === undefined && previous.codes.length === 0) continue;
      // (« j'ai validé UTC505, je peux m'inscrire à RSX102 ? et il reste des places ? »: the unit asked about, not the one passed.)
      const askedHere = own.length > 1 ? unitMentions(question).filter((m) => m.role === "asked").map((m) => m.code) : [];
      if (own.length > 0) codes = askedHere.length > 0 ? askedHere : own;
      // « J'hésite entre GFN106 et MSE102 : quels prérequis pour chacune et est-ce qu'il faut un agrément ? »: the units the
      // part was asked of (from the label before it) are the subject of the next one.
      else if (codes.length === 0 && understood.intent.kind === "unit") codes = understood.intent.codes;
      // « …la différence entre une UA et une US, et aussi si une US rapporte des crédits comme une UE »: a page whose questions speak
      // of none of the kinds of unit the part asks about (the credits of a UE) does not answer it; the part is said not surely answered.
      if (understood.intent.kind === "answer" && !this.speaksOfTheKinds(understood.intent.entryId, question)) understood = { ...understood, intent: { kind: "abstain", reason: "unknown" } };
      // "What is a US? And whether I can enrol in one directly", « C'est quoi une UA ? et aussi si une UA rapporte des crédits »: whether,
      // going on, asked of what the page given for a part before already answers, is not said unanswered (that page says it).
      if (asksWhetherGoingOn(question) && each.some((before) => before.intent.kind === "answer" && this.answersWhether(before.intent.entryId, understood.intent, question, language))) continue;
      const { intent } = understood;
      // (« L'an dernier j'ai validé UTC501, UTC502 et UTC504. … Il me reste combien de semestres pour finir la licence et qu'est-ce que
      // je prends en premier ? »: the plan asked in a part is of the units the whole message says passed; it counted none and planned them again.)
      const inSituation = intent.kind === "eligibility" ? withWholeSituation(intent, text) : intent.kind === "planning" ? { ...intent, passed: [...new Set([...intent.passed, ...codesGivenAsPassed(unitMentions(text))])] } : intent;
      each.push({ ...understood, intent: inSituation, language, text: partText });
    }
    if (each.every((understood) => understood.intent.kind === "abstain")) return [whole];
    // "For the cybersecurity engineering degree there's an admission exam, right? How many tries do I get?": no part sure alone, the
    // whole message one page answers with confidence — that page, once (each part got « no sure answer » and choices).
    if (each.every((understood) => understood.intent.kind === "suggestions" || understood.intent.kind === "abstain") && whole.intent.kind === "answer" && whole.intent.confidence >= WHOLE_SURE) return [whole];
    // (« … j'ai eu 8 au rattrapage d'avril. Qu'est-ce qui se passe maintenant pour UTC503, je dois tout recommencer ? »: what happens now
    // to a unit graded in another part is that grade's answer, not a detail of the unit its sources lack.)
    const graded = each.flatMap((understood) => (understood.intent.kind === "grade" ? understood.intent.codes : []));
    const whatNowOfGraded = (understood: Understood) =>
      understood.intent.kind === "unit" && understood.intent.unexplained !== undefined && understood.intent.codes.every((code) => graded.includes(code)) && (WHAT_NOW.test(plainWords(understood.text)) || HAPPENS_NOW.test(plainWords(understood.text)));
    if (graded.length > 0 && each.some(whatNowOfGraded)) each.splice(0, each.length, ...each.filter((understood) => !whatNowOfGraded(understood)));
    // « … C'est vrai ? Lesquelles comptent pour la licence ? »: a few words not understood beside a question that is are no question of their own.
    // (« Est-ce que c'est possible ? Sinon je fais comment ? »: the check says what to do otherwise, in its next steps.)
    const checked = each.some((understood) => understood.intent.kind === "eligibility" || understood.intent.kind === "planning");
    const otherwise = (understood: Understood) => checked && OTHERWISE.test(foldText(understood.text)) && countWords(understood.text) <= MAX_OTHERWISE_WORDS;
    const understoodParts = each.filter((understood) => understood.intent.kind !== "abstain" || (understood.text.split(/\s+/).length > MAX_WORDS_OF_A_REMARK && !otherwise(understood)));
    if (understoodParts.length < each.length) each.splice(0, each.length, ...understoodParts);
    const seen = new Map<string, Understood>();
    const kept: Understood[] = [];
    for (const understood of each) {
      // « What laptop for NSY103? Any minimum specs? »: two questions the unit job answers alike are one.
      const { intent } = understood;
      // « Ça fait combien de crédits, et je repasse quoi ? » after grades: one answer says both.
      const key =
        intent.kind === "unit"
          ? JSON.stringify({ kind: intent.kind, codes: intent.codes, facet: intent.facet, also: intent.also, card: intent.card, content: intent.answerId, open: intent.unexplained !== undefined })
          : intent.kind === "grade"
            ? JSON.stringify({ kind: intent.kind, codes: [...intent.codes].sort() })
            : intent.kind === "answer"
              ? // « c koi la diff entre foad et presentiel »: one page answering both is given once.
                JSON.stringify({ kind: intent.kind, entryId: intent.entryId })
              : intent.kind === "diploma"
                ? // « … à distance ? Et le samedi ? »: the diploma's units one way, then the other, are two answers.
                  JSON.stringify({ intent, filters: readUnitFilters(foldText(understood.text).replace(/['’]/g, " ")).filters })
                : JSON.stringify(intent);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, understood);
        kept.push(understood);
        continue;
      }
      // « Pour RCP104, les séances sont enregistrées ? Si je rate un soir je pourrai rattraper ? »: the recordings, asked twice, one answer.
      if (intent.kind === "unit" && intent.facet === "recordings") continue;
      // « …j'étais malade le jour du rattrapage. Du coup c'est mort pour cette UE ? et est-ce que le certificat me permet de la
      // repasser un autre jour ? »: a question of its own, read in the situation as the one before, offers the pages it may be.
      const byItself = countWords(understood.text) >= MIN_WORDS_OF_ITS_OWN ? this.understand(understood.text, { language }) : undefined;
      if (byItself?.intent.kind === "suggestions") {
        kept.push({ ...byItself, text: understood.text });
        continue;
      }
      // « RSX102 faut UTC505 ? UTC501 aussi ? »: the prerequisites of one unit, asked of other units each time: one answer
      // saying whether each is one (the job reads the units the question names).
      // (« Pour UTC503, il existe des annales ? Et le partiel compte pour combien ? »: details the sources do not hold, each said in one
      // answer — the job reads which from the words.)
      const otherDetail = intent.kind === "unit" && intent.facet === "detail" && detailsAsked(` ${foldText(understood.text).replace(/['’]/g, " ")} `).some((detail) => !detailsAsked(` ${foldText(earlier.text).replace(/['’]/g, " ")} `).includes(detail));
      if ((intent.kind === "unit" && intent.facet === "prerequisites" && findUnitCodes(understood.text).some((code) => !findUnitCodes(earlier.text).includes(code))) || otherDetail) {
        const merged = { ...earlier, text: `${earlier.text} ${understood.text}` };
        kept[kept.indexOf(earlier)] = merged;
        seen.set(key, merged);
      }
    }
    return kept;
  }

  /**
   * « Et deux UE de 3 ? » after « une UE de 8 crédits c'est combien d'heures ? »: the question read with the
   * unit of the value asked before (credits or hours) when it says a number without one.
   */
  private inFrameOf(question: string, frame: string, previous: Extract<Intent, { kind: "credit-hours" }>, language: Language): Understood | undefined {
    // « Combien d'heures pour une UE de 4 ECTS ? Et pour une de 8 ? »: the question before, with the new value in place.
    // A count said in words (« et deux UE de 3 ? ») is a second value: read below, with the unit of the value before.
    const folded = foldText(question);
    const reframed = saysOnlyNewValues(question) && numberWordsToDigits(folded) === folded ? withNewValues(frame, question) : undefined;
    const asked = reframed ? this.understand(reframed, { language }) : undefined;
    if (asked?.intent.kind === "credit-hours") return asked;
    // « Et pour 2 UE ? » after the hours of a 6 ECTS unit: that many units of the value asked before.
    const counted = previous.ects !== undefined ? countedInFrame(frame, question, language) : undefined;
    const ofCount = counted ? this.understand(counted, { language }) : undefined;
    if (ofCount?.intent.kind === "credit-hours") return ofCount;
    // (A unit code's digits are no value: « et c'est après NFA032 ? » asks of the unit, not 32 credits; « et NFA031 ? » alone asks
    // its hours, the question before's.)
    const values = withoutUnitCodes(folded);
    const onlyAUnit = values !== folded && /^[\s?!.,]*(?:(?:et|and|pour|for|what about|how about|sinon|ou)\s+)*[\s?!.,]*$/i.test(values);
    if (!onlyAUnit && (!/\d|\b(un|une|deux|trois|quatre|cinq|six|huit|dix|douze|one|two|three|four|five|six|eight|ten|twelve)\b/.test(values) || VALUE_UNIT.test(folded))) return undefined;
    const unit = previous.hours !== undefined && previous.ects === undefined ? { fr: "heures", en: "hours" } : { fr: "crédits", en: "credits" };
    return this.understand(`${question.replace(/\s*\?\s*$/, "")} ${unit[language]} ?`, { language });
  }

  /**
   * The true yes or no to a yes/no question, from the entry's claim closest to it: a claim that
   * holds answers yes, one that does not answers no, and a negation in the question or the claim
   * flips it (« les heures ne comprennent pas le travail perso ? » → « Oui »). No claim close
   * enough: no verdict, the answer alone (it says the fact).
   */
  private withVerdict(answer: LocalizedAnswer, terms: readonly string[], question: string, language: Language): LocalizedAnswer {
    const claims = this.claimTerms.get(answer.entryId) ?? [];
    // "Are exams on Saturday?" answered by the entry on class times: the question speaks of something
    // the entry never mentions, so none of its claims can settle it; the answer alone says the fact.
    if (terms.some((term) => this.index.isStrong(term) && !this.index.entryUses(answer.entryId, term))) return answer;
    // "Is the 6 ECTS unit 300 €?": an amount asked of an entry that holds none; no claim of it settles a price.
    if (AN_AMOUNT.test(question) && !AN_AMOUNT.test(answer.text)) return answer;
    // « vous avez la date ? », "do you know the room?": whether the assistant holds something, which no claim of a page settles.
    if (ASKS_WHAT_I_HOLD.test(` ${fold(question)} `)) return answer;
    // « je n'ai qu'un bac+2, la licence c'est possible ? », « avec un DUT, je peux faire la licence ? »: a diploma said without its field
    // settles no claim of one in computing (« On peut entrer en L3 avec un DUT ou un BTS informatique »): the fact alone (it said « Oui »).
    const studies = readStatedBackground(question);
    if (studies && studies.field === undefined && claims.some((claim) => IN_COMPUTING.test(fold(claim.text.fr)))) return answer;
    const questionNegations = negations(question);
    // What the entry's claims all speak of (« session 2 ») says nothing of which one the question asks:
    // a claim settles it only if the question says something of what is the claim's own (« s'inscrire »).
    const shared = claims.length > 1 ? claims.map((c) => new Set(c.terms[language])).reduce((a, b) => new Set([...a].filter((t) => b.has(t)))) : new Set<string>();
    const asked = new Set(terms);
    const ownTermAsked = (claim: AnalyzedClaim) => {
      const own = claim.terms[language].filter((t) => !shared.has(t));
      return own.length === 0 || own.some((t) => asked.has(t));
    };
    const close = claims
      .filter(ownTermAsked)
      .map((claim) => ({ similarity: this.index.dice(terms, claim.terms[language]), claim }))
      .filter((c) => c.similarity >= CLAIM_SIMILARITY)
      .sort((a, b) => b.similarity - a.similarity)
      .map((c) => {
        // « sans m'inscrire » against « Il faut s'inscrire »: the question denies what the claim states, one more negation.
        const denied = deniesWhatClaimStates(question, c.claim.text[language]) ? 1 : 0;
        return { ...c, verdict: c.claim.holds !== ((questionNegations + denied + negations(c.claim.text[language])) % 2 === 1) ? ("yes" as const) : ("no" as const) };
      });
    const [best, runnerUp] = close;
    if (!best) return answer;
    // « l'examen d'admission, on peut le tenter 4 fois ? » against « … tenté trois fois au plus »: a number other than the claim's is no
    // yes by likeness (it said « Oui »); above the claim's most, no; otherwise the fact alone. (A claim that states no number, « les
    // heures ne comprennent pas le travail personnel », still settles « les 30 heures … comprennent le travail perso ? ».)
    const numbersAsked = numbersSaid(withoutUnitCodes(question));
    const numbersStated = numbersSaid(best.claim.text[language]);
    if (numbersStated.length > 0 && numbersAsked.some((number) => !numbersStated.includes(number))) {
      const most = AT_MOST.exec(numberWordsToDigits(fold(best.claim.text[language])));
      const limit = most ? Number(most[1] ?? most[2]) : undefined;
      return limit !== undefined && best.claim.holds && questionNegations === 0 && numbersAsked.some((number) => number > limit) ? { ...answer, verdict: "no" } : answer;
    }
    // « Seulement le soir ? », "only on weekday evenings?": a restriction the fact does not state changes
    // its truth; the fact alone, no yes or no.
    if (RESTRICTIVE.test(question.toLowerCase()) && !RESTRICTIVE.test(best.claim.text[language].toLowerCase())) return answer;
    // Two claims as close to the question that would answer it differently: the fact alone, no yes or no.
    if (runnerUp && runnerUp.verdict !== best.verdict && best.similarity - runnerUp.similarity < CLAIM_MARGIN) return answer;
    return { ...answer, verdict: best.verdict };
  }

  /** The entry behind an answer or a suggestion the learner picked. */
  entry(entryId: string): ContentEntry | undefined {
    return this.entries.get(entryId);
  }

  /** The entries an admin tagged with `tag`, in the content's order (e.g. the general answer on fees). */
  tagged(tag: string): ContentEntry[] {
    return [...this.entries.values()].filter((entry) => entry.tags.includes(tag));
  }
}

/** Whether stemmed words say `wanted` in turn from `at`, with at most SUBJECT_GAP words between two of them. */
function saysInTurn(said: readonly string[], at: number, wanted: readonly string[]): boolean {
  let i = at;
  for (const word of wanted.slice(1)) {
    const next = said.slice(i + 1, i + 2 + SUBJECT_GAP).indexOf(word);
    if (next < 0) return false;
    i += next + 1;
  }
  return true;
}
/** Words that may come between two words of a subject said together: « droit du travail ». */
const SUBJECT_GAP = 2;

/** Settled by nothing the rules or retrieval read: only suggestions, or not known (a page chosen by a rule of the message may answer it). */
function undecided(intent: Intent): boolean {
  return intent.kind === "suggestions" || (intent.kind === "abstain" && intent.reason === "unknown");
}

/**
 * A question of several that its own words do not settle: not understood, or a rule's job without the
 * numbers it needs (« ça me fait combien de crédits ? » after grades told before it).
 */
function needsSituation(intent: Intent): boolean {
  if (intent.kind === "abstain" || intent.kind === "suggestions") return true;
  if (intent.kind === "credit-hours") return intent.ects === undefined && intent.hours === undefined && intent.codes.length === 0;
  if (intent.kind === "grade") return intent.grade === undefined;
  // « I would like to learn Java. Where should I start? »: a search whose subject was said before the question.
  if (intent.kind === "unit-search") return intent.subject === "";
  return false;
}

/** The words by which a question asks what the situation's grades or quantities settle. */
const SPEAKS_OF: Partial<Record<Intent["kind"], RegExp>> = {
  grade: /\b(credits?|ects|notes?|grades?|marks?|valid\w*|repass\w*|rattrap\w*|session|acquis|moyenne|pass|passed|fail\w*|resit|retake|points?)\b/,
  "credit-hours": /\b(heures?|hours?|credits?|ects|total)\b/,
};

/** Options named, or both of them, and nothing else asked (plain words, codes as « u »): « NFA008 ou NFA041 ? », « Ou carrément les deux ? », "or both?". */
const OPTIONS_OR_BOTH =
  /^ (?:(?:ou|or|et|and|alors|so) )?(?:(?:carrement|meme|voire|even|just|maybe|peut etre|plutot|rather) )?(?:u(?: (?:ou|or|et|and) u)+|les deux|les 2|both(?: of them)?|the two(?: of them)?)(?: (?:alors|then|ensemble|together|a la fois|at once|en meme temps))? $/;

/**
 * What to do next, asked with nothing else (folded letters and single spaces, padded): « je fais quoi maintenant ? », "what do I have to
 * do next?"; what happens to the units told, « qu'est-ce qui se passe pour ces deux UE ? » (it got the page on checking the timetable).
 */
const WHAT_TO_DO_NEXT = new RegExp(
  String.raw`^ (?:et |and |so |alors |donc )?(?:${WHAT_TO_DO}|qu est ce qui se passe|que se passe t il|il se passe quoi|what happens|what will happen)(?: maintenant| now| ensuite| apres| next)?(?: (?:pour|avec) (?:ces|les|mes) (?:deux |2 )?(?:ue|unites)| (?:with|for|to) (?:these|the|both|my)(?: two| 2)? units| (?:pour|avec|a|to|with|for) [a-z]{3} ?\d{3})?(?: maintenant| now)? $`,
);

/** A unit taken again, asked: « je dois me réinscrire ? », « la refaire », "do I have to enrol again?" (folded words, padded). */
const TAKEN_AGAIN = /\b(re ?inscri\w*|refaire|redo|re ?enrol\w*|enrol (in it )?again|register again|sign up again|take it again)\b/;

/** Hours asked of a period: « combien d'heures par semestre », "how many hours a year". */
const HOURS_OF_A_PERIOD = / (heures?|hours?|h) (de cours |of class |of classes )?(par|per|a|each|chaque) (semestre|semester|term|an|annee|year) /;

/** A unit taken, said by a pronoun: « je peux la faire », « la suivre », "can I take it". */
const IT_TAKEN = / (la|le|l) (faire|suivre|prendre|passer|commencer) | (take|do|start|follow) it /;

/** Enough asked of something (« ça suffit pour NFA031 ? », "is it enough for NFA031?"). */
const ENOUGH = /\b(suffit|suffira|suffisant|suffisante|assez|enough|cover|covers)\b/;

/**
 * Units added to the check before, and nothing else asked: « et en même temps à NSY103 ? », « et NSY103 le même semestre ? », "and
 * NSY103 at the same time?".
 */
const ONLY_TOGETHER_WITH =
  /^ (et |and |aussi |also |plus )?(aussi |also )?(en meme temps |au meme semestre |le meme semestre |at the same time |in the same semester )?(a |avec |que |with |in |to )?(l ue |la |le |the unit )?[a-z]{3} ?\d{3}( (en meme temps|au meme semestre|le meme semestre|dans le meme semestre|at the same time|in the same semester|together|aussi|too|also))? $/;

/** Jobs a question of several must ask itself: the situation told before it does not start them. */
const JOBS_THE_QUESTION_ASKS: ReadonlySet<Intent["kind"]> = new Set(["eligibility", "planning", "handoff", "progress"]);

/** A value's unit said: credits or hours. */
const VALUE_UNIT = /\b(ects|credits?|cr|h|heures?|hours?|hrs?)\b|\d\s*h\b/;

/** The questions a later one with only new units asks again (« … ? Et SEC101 avec NFE114 ? »). */
const REFRAMED: ReadonlySet<Intent["kind"]> = new Set(["diploma", "unit", "unit-schedule", "credit-hours"]);

/**
 * The rules' readings the learned route may not overrule, though it is sure of another job: each a way the
 * model, trained on too few anchors per route, was seen to go wrong (retraining with more anchors moved
 * unrelated routes). Kept in one place so that a steadier model can retire them together.
 */
function rulesKeepTheJob(intent: Intent, learned: Route, text: string): boolean {
  // "I'm interested in UTC501 and RCP105. Do I meet the prerequisites? I'm only free on Tuesdays": a check of the units
  // named, whatever the times said around it; a plan is for a diploma.
  // "… Travelling to Paris every week is impossible … Can I enrol in DSY101 from Lyon?": whether it can be taken from there, a check
  // (it got DSY101's card).
  if (intent.kind === "eligibility") return intent.codes.length > 0 && (learned === "planning" || asksFromAfar(text));
  // « la licence en 1 an en gardant mon job c'est jouable ? »: a plan asked of a diploma is answered by the plan, not its blocks.
  if (intent.kind === "planning") return learned === "diploma";
  // « j'ai validé UTC501 à UTC505, GDN100 et ANG320 … Il me manque quoi pour avoir ma licence ? »: what is left, not a check of the last unit named.
  // « j'ai validé UTC501 … mais j'ai eu 8 en UTC502, qu'est-ce qu'il me reste à faire pour la licence ? »: what is left of the
  // diploma, the grade within the record told (one grade alone, of a unit maybe outside it, stays the grade's answer).
  // « ou jen suis ds ma licence »: where the learner stands in it, not the diploma's blocks.
  if (intent.kind === "progress") {
    return (learned === "enrol-check" && !unitMentions(text).some((mention) => mention.role === "asked")) || (learned === "grade" && DIPLOMA_KIND.test(foldText(text)) && unitMentions(text).length >= 2) || (learned === "diploma" && WHERE_I_STAND.test(fold(text)));
  }
  // « Je suis infirmière et l'IA me passionne, il y a un cours là-dessus ? »: a search for units the learner asked for is not
  // turned into a refusal because of the life told around it; « J'ai fait NFA031 et NFA032 … Quelles UE prendre ensuite ? »:
  // what comes after the units passed, not a check of one of them.
  // « … je n'ai que le bac … Je voudrais me reconvertir dans le développement web : je commence par quoi ? »: a beginner's units to
  // start a field with, no diploma named — not a plan's question of which diploma (it asked for one).
  if (intent.kind === "unit-search") return intent.situation === true || intent.prerequisites === true || learned === "decline" || (learned === "planning" && intent.field === true && intent.filters?.beginner === true && !mentionsADiploma(text));
  // « NFA031 il y a une liste d'attente ? »: words the unit's card does not explain stay unexplained; the card is no answer to them.
  // « je veux juste prendre GFN106 pour me remettre à niveau, faut une autorisation ? »: the authorization asked, not a check.
  if (intent.kind === "unit") return (intent.unexplained !== undefined && learned === "unit-facts") || (intent.facet === "authorization" && learned === "enrol-check");
  // « les notes de NFA010 sont tombées »: results said to be out, the grade asked; not a question of when they come out.
  if (intent.kind === "grade") return intent.grade === undefined && learned === "unit-not-held";
  // « J'ai un DUT GEA … j'ai commencé à automatiser des tableaux avec des macros … je peux m'inscrire directement en licence
  // informatique, en cours du soir ? »: entering a diploma the rules read asked is no refusal, whatever the life told before it
  // (it was declined as help with a course's content).
  if (intent.kind === "diploma") return intent.facet === "access" && learned === "decline";
  return false;
}

/** Where the learner stands: « où j'en suis », « jen suis où », "where am I". */
const WHERE_I_STAND = /\b(j ?en suis(?! (sur|sure|certaine?|convaincue?|capable|fiere?|contente?)\b)|en suis je|where (am i|do i stand))\b/;
/** A question this short, after one about a unit, goes on asking about it (« faut une autorisation ? »). */
const MAX_ELLIPTIC_WORDS = 4;
/** A page chosen alone with less confidence than this leaves a question after a unit's to be asked of that unit, when it asks one of its facts. */
const WEAK_ALONE_CONFIDENCE = 0.6;
/** A plan or a person asked for: « vous pouvez me faire un planning ? », "could an advisor help me?". */
const ASKS_A_PLAN_OR_AN_ADVISOR = /\b((faire|fais|faites|make|build|draw up|prepare|propose)\w* (moi |me )?(un |une |a )?(planning|plan)|organi[sz]e|advisor|conseiller|human|humain)\b/;
/** How long something takes: « combien de temps », « en combien », "how long". */
const HOW_LONG = / (combien de temps|en combien|how long|how many (years|semesters|terms)) /;
/** A question pointing to the matter of the answer before: « … existent sous ce format-là ? », "… taught that way?". */
const OF_THAT_MATTER = /\b(sous ce format|sous cette forme|de cette (facon|maniere)|comme ca|in that format|that way|this way|like that)\b/;
/**
 * « …journées bloquées, c'est quoi exactement, ça se passe quels jours ? »: a question opening on « ça » asks of the matter
 * before when, read alone, that matter is among what it may be asking.
 */
/** Inside what was just counted: « compris dedans », « inclus là-dedans », "included in that". */
const IN_THEM = / (dedans|la dedans|inclus dedans|compris dedans|in it|in that|in them|in those|included) /;
/** Work of one's own: what the hours leave out. */
const OWN_WORK = /\b(travail|perso|personnel|devoirs?|revisions?|homework|personal|self study|study time)\b/;
const IN_THEM_WORDS = /\b(la dedans|dedans|in it|in that|in them|in those)\b/g;
const POINTS_TO_THE_MATTER = /^\s*(et |and )?(ca|cela|c est|it|that|this)\b/;
/** A question this long, read as the one before it, is still a question of its own. */
const MIN_WORDS_OF_ITS_OWN = 8;
/** When or how long, asked: « c'est quand », "when is it held", « ça dure combien de temps », "how long does it take". */
const WHEN_OR_HOW_LONG = / (quand|when|dates?|a quelle heure|what time|combien de temps|how long|dure|duree) /;
/** The units a situation names pointed to together: « les deux », « aux deux », "both of them". */
const BOTH = / (les deux|aux deux|des deux|les 2|aux 2|both|the two|ces deux|these two|chacune|chacun|each of them) /;
/** Units named in a situation « les deux » may point to, at most. */
const MAX_UNITS_POINTED_TO = 3;
/** The confidence said of a page a rule chose by its tag (the free time, an exam missed, the experience asked). */
const TAGGED_PAGE_CONFIDENCE = 0.9;
/** The content's tag of its page on the experience each diploma asks (infra/content/README.md). */
export const EXPERIENCE_REQUIRED_TAG = "experience-required";
/**
 * Applying to a diploma, asked (the engineer's first threshold of experience): « pour candidater », « postuler », "to apply", "my
 * application" (not a job's « développeur d'application »).
 */
export const TO_APPLY = /\b(candidater|candidature|postuler|apply|applying|(my|an|the|your) application (to|for)|application (to|for) (the|a|an) (diploma|degree|engineering|licence|license|programme|program))\b/;
/**
 * The whole message a wish to do the engineering degree, named by its kind (folded words, padded): « je voudrais faire le diplôme
 * d'ingénieur », "I'd like to do the engineering degree", "I want to do an engineering degree at the Cnam"; its speciality, if said,
 * in the first group ("… in AI", « … en cybersécurité »).
 */
const ENGINEERING_WISHED =
  /^ (?:(?:bonjour|hello|hi|salut) )?(?:i d like to|i would like to|i want to|i wanna|i d love to|je voudrais|je veux|j aimerais|je souhaite|je souhaiterais|je compte)(?: (?:do|take|study|go for|start|get|pursue|faire|preparer|passer|suivre|commencer|integrer|tenter|devenir))? (?:the |an |a |le |un |l )?(?:engineering (?:degree|diploma)|engineer s degree|diplome d ingenieur|diplome ingenieur|ingenieur|cycle (?:d )?ingenieur)(?: (?:at|du|au) (?:the )?cnam)?( (?:in|en|de|d) [a-z ]{2,30})?(?: (?:please|svp|stp|merci))? $/;
/** The content's tag of its page on personal work beside the reference hours. */
const PERSONAL_WORK_TAG = "personal-work";
/** The time of personal study asked (folded words, padded): how long, then revising or working on one's own, or the other way round. */
const STUDY_TIME_ASKED =
  / (?:(?:combien d heures|combien de temps|cb d h|cb d heures|cb de temps|how many hours|how much time|how long)\b.{0,40}\b(?:reviser|revision|revisions|travail perso\w*|travail personnel|travailler (?:chez moi|chez soi|seul|seule|a la maison)|bosser (?:chez moi|chez soi|a la maison)|study|studying|revise|revising|homework|personal work|work (?:at home|on my own))|(?:reviser|revise|study|studying)\b.{0,20}\b(?:combien d heures|combien de temps|how many hours|how much time|how long)) /;
/** The content's tags of its page on the engineering degrees. */
const ENGINEERING_TAG = "engineering";
const DIPLOMAS_TAG = "diplomas";
/** How much experience is asked: "how much work experience do I need", « combien d'années d'expérience faut-il ». */
/**
 * The experience a UA asks, asked of it: « ça demande quoi comme expérience », "what experience does it require", « il faut combien
 * d'années ». (Its end is a word's: "UAALOV how many years?" ends on its question mark, and got « needs no prerequisite ».)
 */
const UA_EXPERIENCE_ASKED =
  / ((demande|faut il|faut|exige|requiert|needs?|requires?|asks?) (quoi|quelle|what|which|how much) (comme )?(d )?experience|quoi comme experience|quelle experience|what (kind of |work |professional )?experience|combien d (annees|ans)|how many years|il faut combien d annees)\b/;
const EXPERIENCE_ASKED =
  / (how (much|many years of|many years) (work |professional |job )?experience|experience (do i need|is needed|is required|required|needed)|combien d (annees d |ans d )?experience|quelle experience (faut|il faut|est demandee|est requise)|experience (requise|necessaire|demandee|exigee)|combien d annees (d experience|de travail)) /;
/**
 * Whether what was just said counts, asked: « mon alternance de 12 mois ça compte ? », « est-ce que mon CDD compte ? », "does my
 * 12-month work-study count?". (« l'UA ça compte pour combien de crédits ? » asks how much the UA counts for.)
 */
const LENGTH_COUNTS =
  /\b((ca|cela|elle|il|it|that|this|they|ils|elles) (va |peut |pourrait |will |would |could |can |does |do )?|(mon|ma|mes|my)( \w+){0,3} (alternance|apprentissage|experience|cdd|cdi|contrat|interim|job|travail|boulot|poste|emploi|annees|ans|mois|work study|apprenticeship|years|months|work|contract)( \w+){0,3} (va |peut |pourrait |will |would |could |can )?)(compte|comptent|compter|compterait|count|counts|be counted)\b(?! (combien|pour combien|for how many|how many|how much|\d|(dans|pour|in|towards?) (la |the |my )?(moyenne|average|compensation)))/;
/** Whether one's work counts for the activity unit: « mon travail peut compter pour l'UA ? », "would my work count for the experience unit?". */
const COUNTS_FOR_THE_UA =
  /\b((ca|cela|c est|is that|is it|that s|that is) (suffit|suffira|suffisant|assez|enough|sufficient) (pour|for) (l |the |une |la |an )?((licence|diploma|degree) s )?(ua|unite d activite|experience unit|activity unit)|(work|job|experience|years) (would |will |could |can |does |do )?counts? (for|towards?) (the |my )?(experience unit|activity unit|ua)|(mon|mes|ma) (travail|boulot|annees|ans|experience|experiences|experience pro|experience professionnelle) (compte|comptent|compterait|peut compter|peuvent compter|pourrait compter|peut servir|peuvent servir|suffit|suffirait) (pour|dans) (l ua|une ua|l unite d activite)|(that|this|those years|these years|cette experience|ces annees) (could |would |will |can |might |may |peut |pourrait |pourraient |peuvent )?(count|counts|be counted|compte|comptent|compter|compterait|valoir|servir) (for|towards?|pour|dans) (the |l |une |la |my |mon )?((licence|diploma|degree|engineering degree|diplome) (s |de la licence |du diplome )?)?(ua|experience unit|activity unit|unite d activite)\b(?! (de|du|d) )|\b(my|mes|mon|ma)( \w+){0,3} (years?|experience|job|work|nursing|annees|ans|metier|boulot|travail|poste|emploi)( \w+){0,2} (could |would |will |can |peut |peuvent |pourrait |pourraient )?(count|counts|be counted|compte|comptent|compter) (for|towards?|pour|dans) (the |l |une |la |my )?(professional experience unit|experience unit|activity unit|ua|unite d activite|ua d experience professionnelle))\b|\b(mon|mes|ma|my) (travail|boulot|annees|ans|experience|experiences|experience pro|experience professionnelle|work|years|experience) (peut|peuvent|pourrait|pourraient|peut[ -]elle|peuvent[ -]elles|pourrait[ -]elle|suffit a|suffirait a|can|could|would|will) (valider|validate) (the |l |une |la |my )?((licence|diploma|degree) s )?(ua|unite d activite|unite d experience|experience unit|activity unit)\b|\b(can|could|would|will) my (work |job |years of )?(experience|work|years) (validate|cover) (the |my )?((licence|diploma|degree) s )?(ua|experience unit|activity unit)\b/;
/** The content's tag of its page on the engineering admission exam (infra/content/README.md). */
const ADMISSION_TAG = "admission";
/** The engineering admission exam named: UAAD91, « l'examen d'admission », "the admission exam". */
const ADMISSION_NAMED = /\b(uaad91|examen d admission|exam d admission|admission exam|entrance exam)\b/;
/** The admission said, as its page's own questions do: « admission », « admis », « ingénieur », « concours d'entrée », "entrance". */
const ADMISSION_SAID = /\b(uaad91|admission|admissions|admis|admise|admitted|admit|entree|entrance|concours|selection|ingenieurs?|inge|ingenierie|engineers?|engineering)\b/;
/** What one sits to be admitted: « qu'est-ce que je dois passer pour être admis », "what do I have to take to be admitted". */
const SAT_TO_BE_ADMITTED = /\b(passer|passe|reussir|sit|take|pass) (pour|to|in order to) (etre|be|get) (admise?s?|admitted|accepted)\b/;
/** How many attempts: « combien de fois », « combien de tentatives », "how many times/attempts", « repasser ». */
const ATTEMPTS_ASKED = /\b((combien|cb|cmb|cbien|combiens) (de |d )?(fois|tentatives|essais)|how many (times|attempts|tries)|nombre de tentatives|number of attempts)\b/;

/** Experience said to cover the activity unit: "does that cover the experience unit?", « ça couvre l'UA ? ». */
const COVERS_THE_UA =
  /\b(that|this|it|ca|cela|ce qui|those years|these years|ces annees|cette experience|mon experience|my experience) (would |will |could |does |do |can |va |pourrait |peut |peuvent )?(cover|covers|satisfy|satisfies|fulfil|fulfill|fulfils|fulfills|meet|meets|couvre|couvrir|couvrirait|couvrent|remplit|remplir) (the |l |une |la |my |mon )?((licence|diploma|degree|engineering degree|diplome) s )?(ua|experience unit|activity unit|unite d activite|professional experience unit)\b/;
/** Money said: what « couvrir » then covers is a cost. */
const MONEY_SAID = /\b(cpf|paye|payer|paie|pays|paid|finance|financee|financement|funding|funded|fund|rembourse|remboursement|prise en charge|prend en charge|pole emploi|france travail|opco|euros?|budget|frais|fees?|cost|couts?)\b/;

/** The content's tags of its pages on UAs, and of the page on validating one by a project during an internship (infra/content/README.md). */
export const UA_TAG = "ua";
const UA_INTERNSHIP_TAG = "internship";
/** No work experience said: « zéro expérience pro », « aucune expérience », "no work experience". */
const NO_EXPERIENCE = / ((zero|0|aucune|pas d|pas de|sans|no|without|never had any|not any) (experience|exp)( pro\w*| de travail| work| professional)?|(i have|i ve got|i ve) no (work |professional |job )?experience|(jamais|never) (travaille|worked))\b/;
/** Not enough work experience said: « pas assez d'expérience », "I don't have enough work experience". */
const NOT_ENOUGH_EXPERIENCE = / (pas assez d|pas assez de|trop peu d|not enough|too little|insufficient|(don t|do not|doesn t|didn t) have enough) (work |professional |job )?(experience|exp)\b/;
/** A question that only points to the case told before it: « il se passe quoi dans ce cas ? », "what happens in that case?". */
const IN_THAT_CASE = /^ (et )?(alors |du coup )?(il se passe quoi|qu est ce qui se passe|que se passe t il|je fais (quoi|comment)|on fait (quoi|comment)|comment (ca se passe|je fais|on fait)|quelles? (sont les )?(solutions?|options?|possibilites?|alternatives?)|what happens|what do i do|what can i do|what are (my|the) options)\b.{0,20}\b(dans ce cas|dans ce cas la|in that case|in this case|then|alors)\b/;
/** Kinds of unit and ways of studying a question may point to with « c'est » (« J'ai vu « UA » dans la maquette, c'est un cours comme les autres ? »). */
const NOTIONS_POINTED_TO = new Set(["UA", "US", "FOAD", "JOURNEEBLOQUEE", "HTT"]);
/** A question whose subject is « c'est », « ça », "is it": those words say nothing of what it is. */
// ("… a 'UA' worth 17 credits but no classes. What is that thing?": what « that » is, the same.)
// (Whole words: « c », « ca » do not start « comment », « cours », « caser ».)
export const POINTING_SUBJECT = /^\s*(?:(?:c est|c|ca|cela|est ce|est ce que c est|qu est ce que c est|is it|it s|it is|is that|does it|do they|are they)\b|what(?: is|'s| s) (?:that|it|this)(?: thing)?[\s?!.]*$)/;
/**
 * « J'ai vu « UA » dans la maquette de la licence, c'est un cours comme les autres ? »: the question's « c'est » is the one notion
 * the situation named (the UA), which stands for its « cours » (read as a UE: the page on UEs had been given). Unchanged otherwise.
 */
function withNotionPointedTo(analyzed: AnalyzedText, question: string, contextTerms: readonly string[], isStrong: (term: string) => boolean): AnalyzedText {
  const named = [...new Set(contextTerms.filter((term) => NOTIONS_POINTED_TO.has(term)))];
  if (named.length !== 1 || analyzed.terms.some((term) => NOTIONS_POINTED_TO.has(term))) return analyzed;
  // « On m'a parlé d'US. Je peux en prendre une seule ? »: « en … une » is that notion, whatever else the question says (it got « Oui »
  // of any unit taken à la carte: false).
  // (Not when the question names its own notion: « On m'a parlé des UA. Les UE, on peut en prendre une seule ? ».)
  if ((ONE_OF_THEM_FR.test(fold(question)) || ONE_OF_THEM_EN.test(fold(question))) && !/\b(ue|ues|units?|unites?)\b/.test(fold(question))) return { ...analyzed, terms: [...analyzed.terms.filter((term) => term !== "UE"), named[0]!], inDomain: true };
  if (!POINTING_SUBJECT.test(fold(question))) return analyzed;
  // (Only a question with no subject of its own but « cours »: « ça se passe quels jours ? » asks its days, and keeps its words.)
  if (analyzed.terms.some((term) => term !== "UE" && isStrong(term))) return analyzed;
  return { ...analyzed, terms: [...analyzed.terms.filter((term) => term !== "UE"), named[0]!], inDomain: true };
}

/** A question on what the assistant holds or knows: « vous avez la date ? », « tu connais la salle ? », "do you have the dates?". */
const ASKS_WHAT_I_HOLD = /\b(vous avez|tu as|t as|avez vous|as tu|vous connaissez|tu connais|connaissez vous|vous savez|tu sais|savez vous|sais tu|do you (have|know)|have you got|you got|d you know)\b/;
/** A notion asked to be told what it is: « c'est quoi le modèle OSI ? », "what is a subnet mask?". */
const NOTION_ASKED = /^ (c est quoi|c quoi|ckoi|qu est ce que c est|qu est ce que|what is|what s|what are|explique|explain)\b/;
/** Words of the question unknown to the content that, beside a page matched on one word, say the message is about something else. */
const FOREIGN_WORDS = 2;
/** Words of an exam or its results: the only questions asked how an exam is sat or when results come out. */
const OF_EXAMS_OR_RESULTS = /\b(examens?|exams?|epreuves?|partiels?|notes?|resultats?|results?|grades?|marks?)\b/;
/**
 * Postponing or freezing one's enrolment (« reporter mon inscription à l'année prochaine », "defer my enrolment"): no page says
 * whether or how; it got suggestions on exams moved and session 2 (« reporter un examen »).
 */
/** Whether attending classes is compulsory, asked of classes in general (folded words, padded). */
const ATTENDANCE_ASKED =
  / (presence|assiduite)( (aux?|en) (cours|td|tp|seances?))? (est |sont )?(obligatoire|exigee|requise|controlee|notee)| (les )?(td|tp|ed) (sont |c est |ce sont )?(obligatoires?)| (obligatoire|obligee?) d (y aller|aller en cours|assister|venir en cours)| (aller|venir|assister) (en|aux?) (cours|td|tp)( c est| est)? obligatoire| attendance (is |are )?(compulsory|mandatory|required|taken|checked|recorded)| (compulsory|mandatory) attendance| (do|must) i (have to |need to )?attend (the |all )?(classes|lectures|sessions|tds?)/;
const POSTPONES_ENROLMENT =
  /\b((reporter|decaler|repousser|differer|geler|suspendre|postpone|defer|delay|push back|put off|freeze|suspend)( (mon|ma|son|sa|l|my|the|our|cette|this))? (inscription|reinscription|enrolment|enrollment|registration)|(report|gel|suspension|deferral|deferment|postponement) (de |d |of )?(mon |ma |l |my |the )?(inscription|enrolment|enrollment|registration))\b/;
/** When asked beside where: « … et c'est quand ? », "… and when?", « où et quand ». */
const WHEN_TOO = /\b(?:(?:et|and) (?:c est |c |cest |ca sera |it s |is it )?(?:quand|when)|ou et quand|quand et ou|where and when|when and where)\b/;
/** Where and when in one breath: « où et quand a lieu l'examen ? », "when and where are the exams?". */
const WHERE_AND_WHEN = /\b(ou et quand|quand et ou|where and when|when and where)\b/;
/** The exam calendar asked, in each language: the page it reads. */
const WHEN_ARE_EXAMS: Record<Language, string> = { fr: "Quand ont lieu les examens ?", en: "When are the exams?" };
/** Where the exam is, asked (« où et quand » has no words of its own for it). */
const WHERE_IS_THE_EXAM: Record<Language, string> = { fr: "où a lieu l'examen", en: "where the exam is held" };
/** The content's tag of its pages on exams (infra/content/README.md). */
const EXAMS_TAG = "exams";
/** The content's tag of its page on session 2 (infra/content/README.md). */
export const SESSION_2_TAG = "session-2";
/** Registering for the resit itself: « me réinscrire pour le rattrapage », "register again for the resit", « s'inscrire à la session 2 ». */
const REGISTERS_FOR_THE_RESIT =
  /\b(s inscrire|m inscrire|me reinscrire|se reinscrire|reinscrire|inscrire|inscription|reinscription|register|re register|registration|enrol|enroll|re enrol|re enroll|sign up|signup)( de nouveau| a nouveau| again| once more)? (pour|a|au|en|for|to|in|on) (the |le |la |l |une |un )?(rattrapages?|session 2|deuxieme session|seconde session|session de rattrapage|resits?|retakes?|second session|make up exam|examen de rattrapage)\b/;
/**
 * Whether one must register for the resit: « je dois me réinscrire pour le rattrapage ? », « faut-il s'inscrire à la session 2 ? »,
 * "do I need to sign up for the resit?", « l'inscription au rattrapage est obligatoire ? ».
 */
const MUST_REGISTER_FOR_THE_RESIT = new RegExp(
  String.raw`\b(?:(?:dois je|je dois|doit on|on doit|faut il|il faut|faut|faudra t il|il faudra|faudrait il|besoin d|besoin de|obligee? de|oblige d|necessaire de|do i (?:have|need) to|do we (?:have|need) to|must i|must we|should i|need i|i need to|i have to|i must|have to|need to|required to|necessary to|mandatory to|compulsory to)(?: \w+){0,2} (?:${REGISTERS_FOR_THE_RESIT.source.slice(3, -3)})|(?:${REGISTERS_FOR_THE_RESIT.source.slice(3, -3)})(?: \w+){0,2} (?:obligatoire|necessaire|requise?|exigee?|required|mandatory|compulsory|necessary|needed)|(?:y a t il|il y a|is there|there is|do i need|do you need)(?: une| a| an)? (?:inscription|registration|sign up) (?:pour|a|au|for|to)(?: the| le| la| l)? (?:rattrapages?|session 2|resits?))\b`,
);
/** « automatique », "automatic": no registering at all. */
const AUTOMATIC = /\b(automatiques?|automatiquement|d office|automatic|automatically)\b/;
/** Absent at session 1, said: « si j'étais absent », "if I missed the exam". */
const ABSENT_SAID = /\b(absente?s?|absence|pas pu (aller|venir|passer)|missed|was absent|couldn t (go|come|sit|make it)|did not (go|come|sit)|didn t (go|come|sit))\b/;
/** Absent or failed at both sessions: the retake's matter, no session left. */
const MISSED_BOTH = /\b(deux sessions|both sessions|2 sessions)\b/;
/** Absent at an exam, no unit said: « j'étais malade le jour de l'examen », "I was in hospital on exam day". */
const ABSENT_AT_AN_EXAM = new RegExp(String.raw`\b(malade|hospitalisee?|absente?|en deplacement|sick|ill|in hospital|hospitali[sz]ed|away)\b.{0,25}\b(l examen|l exam|mon examen|the exam|my exam|exam day|partiel)\b|\b(?:${CANNOT_COME_TO_THE_EXAM})`);
/** Credits asked: « rapporte des crédits », "gives ECTS". */
const CREDITS_ASKED = /\b(credits?|ects)\b/;
/** The kinds of unit other than the UE, as written (« US » in upper case, "us" is a pronoun): « une US », « unité spécifique », "activity unit". */
const UNIT_KINDS_NAMED: readonly [string, RegExp][] = [
  ["UA", /\bUAs?\b|\bunit[ée]s? d['’ ]activit[ée]|\bactivity units?\b/i],
  ["US", /\bUS\b|\bunit[ée]s? sp[ée]cifiques?|\bspecific units?\b/],
];
/** The content's tag of its page on units taken à la carte, and of its pages on enrolling (infra/content/README.md). */
const A_LA_CARTE_TAG = "a-la-carte";
/** « sans forcément viser un diplôme », "without enrolling in a degree" (the lexicon's phrase, tested once, not globally). */
const SAYS_WITHOUT_A_DIPLOMA = new RegExp(WITHOUT_A_DIPLOMA.source);
const ENROLMENT_TAG = "enrolment";
/** Whether one may, or in what one may enrol: « c'est possible », « à quoi je peux m'inscrire », "is that possible", "what can I sign up for". */
const MAY_I_AND_IN_WHAT =
  /\b(c est possible|est ce possible|est ce que c est possible|possible|a quoi (je peux|puis je|on peut) (m |s )?inscri\w*|je peux (m inscrire|suivre|prendre) quoi|is (that|it|this) possible|is that ok|can i do that|what can i (sign up|enrol|enroll|register)( in| for)?)\b/;
/** The content's tags of its pages on the authorization, and of the one on its steps (infra/content/README.md). */
const AUTHORIZATION_TAG = "authorization";
const AUTHORIZATION_STEPS_TAG = "authorization-steps";
/** How to enrol, asked: « je fais comment pour m'inscrire », « comment je m'inscris », "how do I enrol". */
const HOW_TO_ENROL =
  /\b((je fais|on fait|faire|je dois faire|il faut faire) comment pour (m |s |nous )?(y )?inscri\w*|comment (je |on |faire pour |puis je |peut on )?(m |s |me |nous )?(y )?inscri\w*|how (do|can|should|would) (i|we) (then )?(enrol|enroll|register|sign up))\b/;
/**
 * The procedure asked, of the authorization the message is about: « Comment je fais concrètement ? », « c'est quoi la démarche ? »,
 * "how do I actually do it?" after « il fallait l'accord du prof ».
 */
const HOW_TO_DO_IT =
  /\b(comment (je fais|j fais|on fait|faire|ca se passe|ca marche|ca fonctionne)( concretement| en pratique)?|(je fais|on fait|je dois faire|ca marche|ca se passe) comment|(c est )?quoi la demarche|quelles? (est la |sont les )?demarches?|(la|les) demarches? (a suivre|a faire)|how do i (actually |really )?(do|go about) (it|that|this)|how does (it|that|this) (actually )?work( in practice)?|what (are|is) the (actual )?(steps?|procedure)|what do i (actually |really )?(have to|need to) do)\b/;
/** The authorization said: « l'accord du prof », « soumise à autorisation », « agrément », "the teacher's approval". */
const AUTHORIZATION_SAID = /\b(autorisations?|autorise|autorisee?s?|agrements?|accords? (du|de l|de la|des|de mon|de ma) (prof|profs|professeur|enseignant|enseignante|responsable)|authori[sz]ations?|authori[sz]ed|approval|approve|permission|consent)\b/;
/** The content's tag of its page on exam dates, which cannot be moved (infra/content/README.md). */
const EXAM_MOVED_TAG = "exam-moved";
/** Words of an exam. */
const OF_EXAMS = /\b(examens?|exams?|epreuves?|partiels?)\b/;
/** A unit sat another day or week, its exam unsaid: « Je peux passer NFA031 une autre semaine que prévu ? » (not « un autre semestre »). */
const A_UNIT_SAT_ANOTHER_TIME = /\b(passer|repasser) [a-z]{3} ?\d{3} (un autre jour|une autre (date|semaine)|un autre moment)\b/;
/** An exam asked on another day: « le passer une autre semaine », "sit it another week", « décaler l'examen ». */
const EXAM_MOVED =
  /\b((le |la |l )?(passer|repasser|sit|take)( it| l examen| the exam| mon examen| my exam| (the|my) [a-z]{3} ?\d{3} exam)?( (de |d |du )?[a-z]{3} ?\d{3})? (un autre jour|une autre (date|semaine)|un autre moment|another (day|date|week)|in another week|plus tard|later)|(decaler|reporter|deplacer|repousser|reschedule|postpone|move) (l |mon |my |the |son |cet |this )?(examen|exam|epreuve))\b/;
/** The content's tag of its page on compensation in the licence (infra/content/README.md). */
export const COMPENSATION_TAG = "compensation";
/** An overall average said: « moyenne générale », « ma moyenne sur la licence », "my overall (licence) average", "average across my units". */
const OVERALL_AVERAGE =
  /\b(moyenne (generale|globale|annuelle)|moyenne (de|sur) (la|ma|l|mon) ?(licence|annee|diplome|ensemble)|(overall|general|global)( licence| license| degree| bachelor s?| year)? (average|gpa)|average (over|across|for|of) (the|my|all) (licence|license|degree|bachelor|year|units|other units))\b/;
/** Below the pass mark, said in words: « moins de 10 », « pas eu 10 », « sous la moyenne », "below 10", "didn't get 10". */
const BELOW_THE_PASS_MARK =
  /\b(moins de (10|la moyenne)|en dessous de (10|la moyenne)|sous la moyenne|(pas|jamais) (eu|obtenu|atteint) (10|la moyenne)|(below|under|less than) (10|a 10|the pass mark)|(didn t|did not|didnt|never) (get|got|reach|reached) (10|a 10|the pass mark))\b(?! ?(ects|credits?|h|heures?|hours?)\b)/;
/** One's own experience asked to count: « mon expérience compte ? », « mes années comptent-elles », "does my experience count?". */
const OWN_EXPERIENCE_COUNTS =
  /\b((mon|mes|ma) (experience|annees|annees d experience)( \w+){0,3} (compte|comptent|compterait|compteraient|suffit|suffisent|suffira|suffiront|vaut|valent)|(does|would|will|do) (my|all my) (experience|years|work experience)( \w+){0,3} (count|be enough|suffice))\b/;
/** The content's tag of its page on the ID to bring to an exam. */
const EXAM_ID_TAG = "identity";
/** The content's tag of its general answer on fees (infra/content/README.md). */
export const FEES_TAG = "fees";
/** A price asked: « combien ça coûte », « cb coute », « quel est le prix », "how much does it cost", "what's the fee". */
const PRICE_ASKED =
  /\b(combien (ca |ça |elle |il |ils |elles )?(coute|coutent|coutera|couterait|revient|me reviendra)|cb (ca )?(coute|coutent)|coute combien|coutent combien|(quel est |c est quoi |what s |what is )?(le |the )?(prix|tarif|cout|price|cost|fee) (de|du|d|of|for)|how much (does|do|will|would|is|are) [a-z ]{0,40}(cost|costs)|how much (is|are) (the )?(fees?|tuition))\b/;
/** A price of something else than a unit or a diploma, or of an exam (not in the fees page): a computer, a book, a resit. */
const PRICED_ELSEWHERE = /\b(ordinateur|ordi|laptop|computer|pc|mac|livres?|books?|logiciels?|software|examens?|exams?|rattrapage|resit|retake|rater|fail\w*|transport|parking|repas|meal)\b/;
/** What something costs in time or work, not in money: « ça coûte combien d'heures », "how much personal work does it cost". */
const COST_IN_TIME = /\b(temps|heures?|hours?|time|travail|work|effort|energie|energy|soirees?|evenings?)\b/;
/** The content's tag of its page on when classes meet (infra/content/README.md). */
export const CLASS_TIMES_TAG = "evening";
/** When the learner is free, by the end of their work or its days: « je finis à 19h », "I get off at 7pm", « je bosse tous les samedis ». */
const SAYS_WHEN_FREE =
  /\b((finis|finit|fini|termine|sors|quitte|rentre|debauche|finish|finishes|get off|leave work|get home|off work|(travaille|bosse|taffe?|boulot|taf|work|working|job)\b.{0,25}\b(jusqu a|until|till)|(travaille|bosse|taffe?|work|working|je suis au (boulot|travail|bureau))\b.{0,15}\b(de|from) \d{1,2} ?h?(\d\d)? (a|to|-) |(dispo\w*|disponibles?|libres?|free|available)\b.{0,20}\b(apres|a partir de|after|from))\b.{0,25}\b(\d{1,2} ?h(\d\d)?|\d{1,2} ?(pm|am)|\d{1,2}:\d\d)|(travaille|bosse|taffe?|work|working) (tous )?(les |le |every |on )?(samedis?|saturdays?))\b/;
/**
 * Whether the learner says when they are free, by the end of their work or its days (not which classes they ask about), and of
 * themselves: « ma fille finit la crèche à 18h30 » and « NFA031 finit à 21h45 » say someone's or something's hours, not theirs.
 */
export function saysWhenFree(text: string): boolean {
  // (Phone spellings as the chat lexicon writes them out: « jfini le taf a 19h30 » is « je finis … ».)
  const folded = ` ${fold(text).replace(/[a-z]+/g, (word) => ABBREVIATIONS[word] ?? word)} `;
  // (« je ne peux pas partir avant 19h », "I can't leave the office before 7:30pm": the time the rules read, said other ways.)
  const plain = folded.replace(/[^a-z0-9]+/g, " ");
  if (!SAYS_WHEN_FREE.test(folded) && !BUSY_UNTIL.test(plain)) return false;
  return ownTime(plain);
}
/** Whether the times folded words tell are the learner's own: no one else's (a child's, a partner's, a colleague's), or theirs too. */
export function ownTime(words: string): boolean {
  return !OTHERS_TIME.test(words) || OWN_TIME.test(words);
}
/** The learner's own working time or freedom: « je finis », « jbosse », « mon travail finit », "I get off", "I'm free". */
const OWN_TIME =
  /\b((je|j|i|i m|i ll)( ne| n)?( \w+)? (finis|fini|finit|termine|sors|quitte|rentre|debauche|bosse|travaille|taffe|suis|serai|finish|get|leave|work|am|m|ll be)|jfini\w*|jbosse|jtaf\w*|jtravaille|(mon|ma|my) (travail|boulot|job|taf|journee|shift|work) (finit|fini|termine|se termine|ends|finishes))\b|^ ((bonjour|bonsoir|salut|coucou|hello|hi|hey|good evening)( there)? )?(dispo\w*|disponibles?|libres?|free|available) (apres|a partir de|des|after|from)\b/;
/** Hours said of someone or something else: a child's or a partner's day, a school's, a unit's or its classes' end. */
const OTHERS_TIME =
  /\b((ma|mon|mes|sa|son|ses|notre|nos|my|his|her|our) (fille|fils|filles|enfants?|gamins?|gamines?|petits?|petites?|bebe|mari|femme|conjointe?|compagnon|compagne|copain|copine|partenaire|nounou|collegues?|amie?s?|chef|patron|daughters?|sons?|kids?|children|baby|husband|wife|partner|boyfriend|girlfriend|colleagues?|friends?|boss)|(la|sa|ma) creche|l ecole|le college|(the|her|his|my) (nursery|school|daycare)|[a-z]{3} ?\d{3}|(le|les|ce|ces) cours|(the|my) (class|classes|course|lecture))\b.{0,25}\b(finit|finissent|fini|termine|terminent|sort|sortent|rentre|rentrent|bosse|bossent|travaille|travaillent|taffe|end|ends|finish|finishes|works?|working|gets? out|gets? off|gets? home)\b/;
/** A question on classes in general: « je peux suivre des cours ? », "can I still make the evening classes?", « quelles options ? ». */
const ASKS_ABOUT_CLASSES = /\b(cours|classes?|options?|suivre|attend|make it|study|etudier|evening|soir|soirs)\b/;
/** A question pointing to the matter before is this short. */
const MAX_POINTING_WORDS = 7;
/** Whether one may validate the UA now: « je peux valider l'UA ? », « valider mon UA maintenant », "can I validate the UA". */
// (« et l'UA d'expérience, je peux l'avoir ? », "the experience UA, can I get it?": the UA said first, then taken up by a pronoun.)
const VALIDATE_THE_UA =
  /\b(peux|pourrai|pourrais|puis|can|could|may)( je| i)? (valider|obtenir|avoir|validate|get|pass)( mon| ma| l| la| le| my| the)? (ua|unite d activite|activity unit|experience unit)\b|\b(ua|unite d activite|activity unit|experience unit)\b[^?]{0,30}\b(je peux|je pourrai|je pourrais|puis je|can i|could i) (l |la |le )?(valider|obtenir|avoir|validate|get|pass)( it)?\b/;
/** What else than the credits a split may be asked of (« comment sont répartis les examens ? »): no part of a diploma's card. */
const OTHER_THAN_CREDITS = /\b(exam\w*|examens?|cours|classes?|heures?|hours?|semaines?|weeks?|semestres?|semesters?|annees?|years?|frais|fees|couts?|costs?|soirs?|evenings?)\b/;
/** Where one stands asked of no diploma: « qu'est-ce qu'il me reste à faire ? », "what's left?". */
function isProgressOfNoDiploma(intent: Intent): boolean {
  return intent.kind === "progress" && intent.diplomaCodes.length === 0;
}
/** A question asked on the answer to the one before: « et si oui … », "and if so …". */
const IF_SO = /^\s*(et |and |mais |but )?(si oui|si c est le cas|dans ce cas|if so|if yes|in that case)\b/;
/** A question that goes on from the one before: « et … », "and …", "what about …". */
const ELLIPTICAL = /^\s*(et|and|what about|how about|et pour|and for|et si|and if|et avec|and with|mais|but|sinon|otherwise)\b/;
/** « C'est vrai ? », "is that right?": whether something said holds, not whether it may be done. */
const CONFIRMS_A_CLAIM = /\b(vrai|true|right|correct|exact)\b/;

/** The unit before, combined with another: « je peux la combiner avec SEC101 », "can I combine it with SEC101". */
const COMBINED_WITH_IT = / (la|le|l|les) (combiner|associer|cumuler|prendre avec|suivre avec)| combine (it|them) with /;
/** Words that stand for units named before: « ça demande des prérequis ? », "do they need…", « elles sont à distance ? ». */
// (« … des prérequis pour l'une ou l'autre ? », "… for either of them?": each of the units told before.)
/** Counting in a diploma asked: « ça rentre dans », « elle compte pour », "does it count towards" (folded words, padded). */
const COUNTS_IN = / (rentre|rentrent|entre|entrent|compte|comptent|fait partie|font partie|counts?|is part|are part)( bien)? (dans|pour|pr|ds|de|in|for|towards?|of) /;
/** When classes are, asked (folded words, padded): « à quelle heure », « quels jours », "what time", "which days". */
const CLASS_TIME_ASKED = / (a quelle heure|quelle heure|what time|quel jour|quels jours|which days?|horaires?) /;
/** A kind of unit named: "a US", « une UA » (as written). */
const KIND_OF_UNIT = /\b(US|UA|UE)\b/;
/** « one » standing for a unit of that kind, as written (padded), what comes before it kept: "sign up for one", « m'inscrire à une seule ». */
const ONE_OF_THEM = /( (?:for|to|in|take|join|into) )one | ((?:à|a|dans) )une (?=seule |toute seule |seulement )/i;
/** An exam said (folded words, padded): « l'examen », « le partiel », "the exam". */
const EXAM_SAID = / (examen|examens|exam|exams|epreuve|partiel|final|rattrapage|resit|retake|session) /;
/** How long something lasts, asked (folded words, padded): « ça dure combien », « combien de temps », "how long". */
const LENGTH_OF_IT = / (dure|durent|duree|combien de temps|how long|last|lasts) /;
/** How sure a page read from a whole message must be to answer it when none of its parts is sure alone. */
const WHOLE_SURE = 0.75;
/** Whether a unit counts, the verb alone at the end: « est-ce que NFA040 compte ? », "does NFA040 count?" (folded words, padded). */
const COUNTS_ALONE = / (compte|compterait|comptera|count|counts|would count|will count)( aussi| too| quand meme| anyway)? $/;
/** The diploma a message names by its kind: « entrer en L3 », « la licence », "the licence". */
const DIPLOMA_OF_THE_MESSAGE = /\b(l3|licence|license)\b/;
const UNITS_POINTED_TO = /\b(ca|cela|elles|ils|elle|il(?! faut| en faut| y a| existe)|it(?! s| is)|they|them|those|these|those units|ces ue|ces cours|l une ou l autre|l un ou l autre|either of them|either one)\b/;
/** A question asked of the learner's own case: « un cours pour moi », "a course for me", « à ma portée ». */
const FOR_ME = /\b(pour moi|pr moi|pour mwa|for me|4 me|me convient|me conviendrait|suits me|would suit me|suitable for me|a ma portee|dans mes cordes|adaptee? a mon)\b/;

/** Units found before, pointed to besides WHICH_OF_THEM's words: "any of them", « l'une d'elles », « parmi elles ». */
const OF_THEM = /\b(any of them|some of them|one of them|of these|of those|l une d (elles|entre elles|eux)|certaines d (entre )?elles|parmi (elles|eux|celles ci|ces ue)|d entre elles)\b/;

/** The learner speaking of themselves. */
const OWN_SPEAKING = / (i|i ve|i m|i have|j ai|jai|je|j|my|mon|ma|mes) /;
/** Someone else said to have passed units: a friend, a colleague, one's partner. */
const SOMEONE_ELSE_PASSED = / (friend|colleague|coworker|wife|husband|partner|brother|sister|son|daughter|ami|amie|pote|collegue|femme|mari|conjointe?|frere|soeur|fils|fille|copain|copine) /;

/** A unit said again with « aussi »: « UTC501 aussi ? », "NSY103 too?". */
const ALSO_AT_END = /\b(aussi|too|also|as well|pareil|idem)\s*\??\s*$/;

/** « la suivre », « pour elle », "take it", "before it": a unit pointed back to with a pronoun, then the unit said instead. */
const POINTED_UNIT = /\b(?:(l['’ ]|la |le )(suivre|prendre|faire|valider|commencer|attaquer)|(take|follow|do|start) it|(before|for) it|(pour|avant) (elle|celle-ci|celle ci))\b/i;
/** The unit before as the subject of a need: "does it need NFA004?", « elle demande NFA004 ? ». */
const IT_NEEDS = /\b(does|do|will|would) (it|this unit|that unit) (need|require|ask for)\b|\b(elle|il) (demande|exige|necessite|nécessite|requiert)\b/i;
/** The words before a unit needed first, said of the unit before: « il faut avoir suivi », « faut avoir fait », "do I need to have taken". */
const NEEDED_FIRST = String.raw`\b(?:il faut|faut il|faut|faudrait il|il faudrait|dois je|je dois|est ce qu il faut|need to|have to|must i|do i need|do i have to)\s+(?:avoir |have )?(?:fait |suivi |valide |passe |done |taken |passed |completed )?`;
/** « c'est après NFA032 », « il faut avoir suivi NFA032 avant »: another unit said to come first. */
const SAID_AFTER_OR_NEEDED_FIRST = new RegExp(`${COMES_AFTER}(?:${UNIT_CODE_PATTERN.source})|${NEEDED_FIRST}(?:${UNIT_CODE_PATTERN.source})\\s+(?:avant|before|first|beforehand|d abord)\\s*[?!.]*\\s*$`, "i");
/** A unit said needed, and nothing else: « il faut UTC505 ? », « faut UTC505 obligatoirement ? », "need UTC505 too?". */
const NEEDED_ALONE = new RegExp(
  String.raw`^\s*(?:et |and |mais |but )?(?:il faut|faut il|faut|il me faut|faut avoir|il faut avoir|do i need|need|does it need|is it required|is)\s+(?:avoir |have )?(?:fait |suivi |valide |passe |done |taken |passed )?(?:${UNIT_CODE_PATTERN.source})(?:\s+(?:obligatoirement|absolument|forcement|aussi|too|also|first|avant|before|d abord|required|needed))?\s*[?!.]*\s*$`,
  "i",
);
function withTheUnitPointedTo(question: string, code: string): string | undefined {
  // « NFA035 cb de crédits ? et c'est après NFA032 ? »: whether the unit named is needed before the unit before.
  // « … et il faut avoir suivi NFA032 avant ? »: the same, said of the unit named as needed first.
  // (« RSX112 c'est combien de crédits ? il faut UTC505 ? »: the unit named alone as needed, of the unit before — it got UTC505's card.)
  // (« et faut-il NFA004 avant ? »: the hyphen of the inverted verb read as a space.)
  const said = ` ${fold(question).replace(/-/g, " ")} `;
  const after = SAID_AFTER_OR_NEEDED_FIRST.exec(said) ?? NEEDED_ALONE.exec(said);
  if (after) {
    const other = findUnitCodes(after[0])[0];
    if (!other || other === code) return undefined;
    return /\bafter\b/.test(after[0]) ? `does ${code} require ${other}?` : `faut-il avoir fait ${other} avant ${code} ?`;
  }
  if (IT_NEEDS.test(question)) return question.replace(IT_NEEDS, (_all, aux: string | undefined, _it: string | undefined, verb: string | undefined, _elle: string | undefined, verbe: string | undefined) => (aux ? `${aux} ${code} ${verb}` : `${code} ${verbe}`));
  if (!POINTED_UNIT.test(question)) return undefined;
  return question.replace(POINTED_UNIT, (_all, _pronoun: string | undefined, verb: string | undefined, enVerb: string | undefined, enBefore: string | undefined, frBefore: string | undefined) =>
    verb ? `${verb} ${code}` : enVerb ? `${enVerb} ${code}` : `${enBefore ?? frBefore} ${code}`,
  );
}

/** Whether an understanding offers this entry among its suggestions. */
function suggests(understood: Understood, entryId: string): boolean {
  return understood.intent.kind === "suggestions" && understood.intent.suggestions.some((suggestion) => suggestion.entryId === entryId);
}

/** Whether an intent asks one of a unit's own facts (not its plain card): what a question with « et » asks of the unit before. */
function asksOfTheUnit(intent: Intent): boolean {
  // Not « detail » (what the catalog does not say of it): « et il y a combien de regroupements ? » may be the content's.
  if (intent.kind === "unit") return intent.facet !== "description" && intent.facet !== "detail";
  return intent.kind === "unit-schedule" || (intent.kind === "credit-hours" && intent.codes.length > 0) || intent.kind === "eligibility";
}

/** Diplomas the content names only as a way in (« accès en L3 avec un DUT/BTS »): asked as offered, the diploma job says it holds none. */
const ENTRY_DIPLOMAS: ReadonlySet<string> = new Set(["bts", "dut", "but"]);

/** The kind of diploma a question names (« un master », "a bachelor"), to check that an answer speaks of it. */
// ("Do you run an MBA in evening classes?": the page on evening classes is no page on an MBA; it had got « Yes »: false.)
const DIPLOMA_KIND = /\b(master|masters|mba|licence|bachelor|ingenieur|engineering|doctorat|doctorate|phd|bts|dut|but|cap|bac pro)\b/;
/** The field said with a diploma's kind: « une licence de commerce », "a bachelor's degree in business" (not « en cours du soir », "online"). */
const FIELD_OF_A_KIND = /\b(?:licences?|masters?|bachelors?|degrees?|diplomes?|ingenieurs?|engineering|bts|dut|but)(?: s)?(?: degree)? (?:en|de|d|in|of) (?!(?:cours|ligne|soir|soiree|evening|evenings|the|alternance|distance|presentiel|journee|semaine|person|online)\b)([a-z]{4,})\b/;

/** Units as what is looked for: « une UE », "a unit", « des cours ». */
const UNITS_NAMED = /\b(ue|ues|unite|unites|unit|units|cours|course|courses|module|modules|classes)\b/;

/** One's own level or background, asked of: « mon DUT suffit-il ? », « avec mon parcours », "with my background", « pour moi ». */
const OWN_SITUATION =
  /\b((mon|ma|mes|my) (dut|but|bts|diplome|diplomes|licence|master|bac|niveau|level|degree|formation|parcours|profil|background|experience|cursus|etudes|studies)|avec ce que j ai|with what i have|dans mon cas|in my case|pour moi|for me)\b/;

/** « ça », "it": what the question before named. */
const IT = /\b(ca|cela|it|that)\b/;

/** Which of the units said before: « lesquelles », "which of them". */
const WHICH_OF_THEM = /\b(lesquelles|lesquels|laquelle|lequel|which of (them|these|those)|which ones)\b/;

/** « C'est vrai ? », "is that right?": a remark, dropped beside an understood question. */
const MAX_WORDS_OF_A_REMARK = 3;
/** How much (experience) will be needed at the end of the diploma: « il en faudra combien à la fin ? », "how much will I need at the end?". */
const HOW_MUCH_AT_THE_END = /^(?!.*\b(ue|ues|units?|credits?|ects|heures?|hours?|coute|cost|euros?|prix|price|notes?|grades?|moyenne|average)\b).*\b(combien|how much|how many)\b.*\b(a la fin|at the end|in the end|by the end|to graduate|pour (obtenir|avoir|valider) (le diplome|l ua)|pour etre diplome)\b/;
/** « sinon je fais comment ? », "otherwise what do I do?": what to do if the answer before is no. */
/** Whether one must register, asked: « faut-il que je m'inscrive ? », "do I need to register?". */
const REGISTERING_ASKED = / (m inscrire|m inscrive|s inscrire|inscrire|inscription|register|registering|sign up|enrol|enroll) /;
/** A part going on with a question word only: "and which are optional?", « et lesquelles sont au choix ? », "and what else is in it?". */
const GOES_ON_ASKING = /^ (et|and|also|aussi) (which|what else|lesquel\w*|quelles?|quels?|quoi d autre|qu est ce qu il y a d autre)\b(?!.*\b(reste|restent|left|remaining|manque|manquent|temps|long|durée|duree|heures?|hours?|coute|cost|price|prix|valide|passed|count|comptent|compte)\b)/;
/** Such a part is this short at most. */
const MAX_GOING_ON_WORDS = 8;
/** A total asked: « au total », « en tout », "in total", "altogether". */
const IN_ALL = /\b(au total|en tout|in total|altogether|all together|overall)\b/;
/** Hours or a volume named; one's own work named (not classes'). */
const HOURS_WORD = /\b(heures?|hours?|volume)\b/;
const OWN_WORK_WORD = /\b(perso\w*|personal|personnel|homework|devoirs?|revisions?|self study)\b/;
const OTHERWISE = /^\s*(sinon|si non|otherwise|or else|if not)\b/;
const MAX_OTHERWISE_WORDS = 7;

/** Words by which a question of several speaks of the unit an earlier one named: « ça », « son prof », "its exam". */
const REFERS_BACK =
  /\b((la|le|les|l) (prendre|suivre|faire|passer|valider|combiner)|(m|s|t|nous|vous) y (inscrire|inscris|inscrit|inscrive|inscrivez|inscrivant|aller|rendre|presenter)|j y (vais|aille|allais|vais|suis)|ca|cela|celle ci|celui ci|elle|il(?! y a| faut)|son|sa|ses|leur|leurs|it|its|this one|that one|they|them|their|cette ue|cette unite|ce cours|this unit|this course|the unit|the course|l ue|le prof|la prof|l enseignant|the teacher|l examen|the exam|les cours|the classes|prerequis|prerequisites?|places?|seats?|that|is that|ca fait|ca represente|quel niveau|what level|level required|niveau requis|par semaine|per week|a week|faut quoi avant|what before)\b/;

/**
 * Builds the understanding of one content version (see {@link Understanding}). With the analysis
 * stored when the version was published (content-analysis.ts), it skips analyzing the texts again:
 * most of the cost of a cold start's first content load.
 */
export function createUnderstanding(entries: readonly ContentEntry[], policy?: ConfidencePolicy, analysis?: ContentAnalysis, routeModel?: RouteModel | null): Understanding {
  return new Understanding(entries, policy, analysis, routeModel);
}

/** Each entry once, with its better ranking of the two; best first. */
function mergeRankings(a: RankedEntry[], b: RankedEntry[]): RankedEntry[] {
  const best = new Map<string, RankedEntry>();
  for (const entry of [...a, ...b]) {
    const known = best.get(entry.entryId);
    if (!known || entry.score > known.score) best.set(entry.entryId, entry);
  }
  return [...best.values()].sort((x, y) => y.score - x.score || y.bm25 - x.bm25 || x.entryId.localeCompare(y.entryId));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
