import { WEEKDAYS } from "../../domain/catalog/timetable";
import type { DialogJob } from "../job";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { asksWhetherItFits, creditsHeld } from "../../domain/understanding/intent.recognizer";
import { readStatedBackground, saysBeginner } from "../../domain/understanding/stated-background";
import { readStatedExperience } from "../../domain/understanding/stated-experience";
import { foldText } from "../../domain/understanding/text-normalizer";
import { saysEntirelyAtADistance, saysOnlyOneWay } from "../../domain/understanding/unit-facets";
import { saysCommonCorePassed, unitMentions } from "../../domain/understanding/unit-mentions";
import { readConstraints, saysAnything } from "./planning.constraints";
import { answersPlanningPrompt, PLANNING_DIALOG, PlanningDialog, type PlanningOptions } from "./planning.dialog";
import { isQuestion, saysNothingPassed } from "./planning.passed";
import { QUESTION_WORD } from "../../domain/understanding/question-focus";
import { planningWording } from "./planning.wording";

/** « Planifier mes semestres », "how long until I finish my licence?": the fastest valid path to a diploma, explained. */
export const planningJob: DialogJob = {
  name: PLANNING_DIALOG,
  handles: { planning: "new-topic" },
  // A signed-in learner's plan is built on their record (units passed, grades, enrolments).
  usesRecord: true,
  label: { fr: planningWording.fr.label, en: planningWording.en.label },
  help: { fr: planningWording.fr.help, en: planningWording.en.help },
  dialog: (services) => new PlanningDialog(services),
  accepts: answersPlanningPrompt,
  start: ({ intent, text, understood, services, conversation }): PlanningOptions => {
    // Units said passed, or none (« je pars de zéro », "no units yet"): then the question is not asked.
    const said = intent.kind === "planning" ? intent.passed : [];
    // « J'ai un BTS SIO … en combien de temps la licence ? »: studies said, no unit: planned from nothing, at once.
    // Said turns before (« j'ai un bac pro commerce », then « en combien de temps ? »): the same learner's studies.
    const background = readStatedBackground(text) ?? conversation.studies;
    // « DUT info et 3 ans de dev, en combien de temps la licence ? »: the years of work, weighed against the diploma's UA of experience.
    const experience = readStatedExperience(text);
    // « Aucune base en info », "no IT background at all": a beginner has passed none.
    const passed = said.length > 0 ? said : saysNothingPassed(text) || saysBeginner(text) || (background && findUnitCodes(text).length === 0) ? [] : undefined;
    const words = folded(text);
    // « Combien de temps pour faire la licence ? » asks about the diploma, not about oneself: planned at once. So is
    // « en combien de semestres je peux la finir ? »: a figure asked for is answered first, from no unit passed (said
    // so), and « j'ai validé UTC501 », « 2 soirs » then refine it; and « je peux faire la licence entièrement à
    // distance ? », which asks whether a plan exists that way.
    const ofOneself = FIRST_PERSON.test(words);
    const credits = creditsHeld(text);
    // « Le samedi c'est mort, ça pose problème pour la licence ? » asks whether a plan exists without those times, too.
    const answeredAtOnce = ASKS_A_DURATION.test(words) || saysOnlyOneWay(words) || saysEntirelyAtADistance(words) || asksWhetherItFits(words);
    return {
      ...(background ? { background } : {}),
      ...(experience ? { experience } : {}),
      ...(saysBeginner(text) ? { beginner: true } : {}),
      ...(background && passed?.length === 0 ? { direct: true } : {}),
      ...(intent.kind === "planning" ? { diplomaCodes: intent.diplomaCodes } : {}),
      // « je veux planifier ma licence », « j'ai un BTS SIO », then « 2 soirs par semaine, pas le samedi »: the licence still.
      ...(conversation.diploma ? { diplomaSaid: conversation.diploma } : {}),
      ...(passed ? { passed } : {}),
      // (With what was said of one's times in the questions before: « je bosse le week-end », then « en combien de temps ? ».)
      stated: { ...conversation.constraints, ...readConstraints(text, services.now()) },
      text,
      ...(ASKS_A_DURATION.test(words) ? { durationAsked: true } : {}),
      // (Of this question alone: « la licence c combien d'ects et ça dure combien de temps ? » had its credits answered by the diploma's
      // card, the question before.)
      ...(CREDITS_OF_IT.test(folded(understood.text)) ? { creditsAsked: true } : {}),
      ...(!ofOneself ? { direct: true } : answeredAtOnce ? { direct: true, ...(passed ? {} : { passedUnsaid: true }) } : {}),
      // « j'ai 24 ECTS, combien de temps pour finir la licence ? »: credits said, not which units; the plan says why it counts none.
      ...(said.length === 0 && credits !== undefined ? { creditsSaid: credits } : {}),
    };
  },
  refine: ({ text, services, context }, options) => {
    const mentions = unitMentions(text);
    const said = mentions.filter((m) => m.role === "passed").map((m) => m.code);
    // Codes alone (« UTC501, UTC505 »), or units listed without a question (« tout le tronc commun UTC et GDN100 »,
    // « UTC501 à UTC505 et GDN100 ») give the units passed; a code asked about (« c'est quoi NFA031 ? ») does not.
    // Not units failed, wanted or set aside (« UTC501 je l'ai ratée », « je voudrais plutôt prendre NSY103 », « sauf UTC503 »).
    const words = folded(text);
    const listed = !isQuestion(text) && !QUESTION_WORD.test(words) && !NOT_PASSED.test(words);
    const core = listed && saysCommonCorePassed(text);
    const codes = said.length > 0 ? said : CODES_ONLY.test(foldText(text)) || listed ? findUnitCodes(text) : [];
    const stated = readConstraints(text, services.now());
    const before = (options as PlanningOptions).passed ?? [];
    // « En fait je n'ai rien validé » after a plan that counted units: the same plan from nothing.
    // (« j'ai encore rien validé » after a plan from nothing: that plan, which is theirs, again.)
    // (« aucune », "none yet" answer the units the plan's last words asked for: none.)
    // (As typed: read alone, « aucune » may have been taken for a question of the diploma before.)
    const none = codes.length === 0 && (saysNothingPassed(text) || NONE_ALONE.test(words) || NONE_ALONE.test(folded(context.activity.text ?? "")));
    // « j'ai un DUT info et ça fait 3 ans que je suis dev » after a plan: who the plan is for, told (asked, or naming a unit, it is a
    // question of its own; it got the page on the licence's access, and the plan was not made again).
    // (As typed: « j'ai un DUT info » alone, after the licence, is read as « …, je peux faire la licence ? ».)
    const typed = context.activity.text ?? text;
    const told = !isQuestion(typed) && !QUESTION_WORD.test(folded(typed)) && findUnitCodes(typed).length === 0;
    const background = told ? readStatedBackground(typed) : undefined;
    const experience = told ? readStatedExperience(typed) : undefined;
    if (codes.length === 0 && !core && !none && !saysAnything(stated) && !background && !experience) return undefined;
    const passed = none ? [] : [...new Set([...before, ...codes])];
    // The common core and the units between a range's ends are the catalog's to say: read with the first message.
    const withText = core || codes.length > 0 ? { text: `${(options as PlanningOptions).text ?? ""} ${text}`.trim() } : {};
    // « uniquement à distance » planned, then « et seulement le samedi ? »: one way only, said again, replaces the one before.
    const statedBefore = (options as PlanningOptions).stated ?? {};
    const onlyOneWayNow = stated.modalities?.only !== undefined || MONDAY_TO_FRIDAY.every((day) => stated.unavailableDays?.includes(day));
    const { modalities, unavailableDays: _replaced, ...kept } = statedBefore;
    const earlier = onlyOneWayNow ? { ...kept, ...(modalities && !modalities.only ? { modalities } : {}) } : statedBefore;
    return { ...options, ...withText, passed, stated: { ...earlier, ...stated }, direct: true, ...(background ? { background, studiesTold: true } : {}), ...(experience ? { experience } : {}) };
  },
};

/** « aucune », « rien pour l'instant », "none yet", "nothing so far": no unit passed, said alone. */
const NONE_ALONE = /^ (non |no )?(aucune?|rien|none|nothing|zero|pas encore|not yet)( (encore|yet|pour l instant|pour le moment|so far|for now|du tout|at all))?( merci| thanks)? $/;

/** The days of evening classes: all of them unavailable is Saturday only. */
const MONDAY_TO_FRIDAY = WEEKDAYS.filter((day) => day !== "saturday");

/** Folded words, padded with spaces (FIRST_PERSON and NOT_PASSED read whole words between spaces). */
function folded(text: string): string {
  return ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `;
}

/** Words saying units listed are not passed: failed, wanted, set aside, missing. */
const NOT_PASSED =
  / (rate|ratee|ratees|rates|echoue|echouee|echec|pas|sauf|except|excepte|hormis|voudrais|veux|aimerais|prendre|suivre|faire|want|would|take|failed|missing|manque|manquent|reste|restent|not|without|but) /;

/** A duration asked for: « en combien de temps », « combien de semestres », "how many semesters", « au plus vite ». */
const ASKS_A_DURATION =
  /\b((en )?combien de (temps|tps|semestres?|annees?|ans|mois)|cb de (temps|tps|semestres?|annees?|ans)|how (long|many (semesters|years|terms))|how quickly|how fast|(le|au) plus (vite|rapidement)|fastest|as (fast|quickly|soon) as possible|asap|en (2|3|4|deux|trois|quatre) ans)\b/;

/** The diploma's credits asked: « cb d ects », « combien de crédits », "how many ECTS" (not credits said held: « j'ai 24 ECTS »). */
const CREDITS_OF_IT = / (combien|cb|how many|nombre) (de |d |of )?(credits?|ects) /;

/** The learner speaking of themselves: then their own units and constraints are asked. */
const FIRST_PERSON = / (je|j|jai|me|m|moi|mon|ma|mes|i|im|ive|id|my|me|mine|myself) /;
/** A message of unit codes only (« UTC501, UTC505 et NFA031 »). */
const CODES_ONLY = /^\s*(j ai |jai |i have |i ve |deja |already )?(([a-z]{3}\s?\d{3})\s*(,|et|and|&|\+)?\s*)+[.!]?\s*$/;
