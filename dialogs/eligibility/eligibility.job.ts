import type { DialogJob, JobTurn } from "../job";
import { gradeJob } from "../grade/grade.job";
import { PASSING_GRADE } from "../../domain/eligibility/grade.rule";
import { saysTakenTogether, withWholeSituation } from "../../domain/understanding/intent.recognizer";
import { saysCommonCoreDone, saysCommonCoreNotDone, unitMentions, withoutUnitCodes } from "../../domain/understanding/unit-mentions";
import { foldText } from "../../domain/understanding/text-normalizer";
import { currentOrComingSemester, formatSemester } from "../../domain/semester/semester";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import type { Weekday } from "../../domain/catalog/timetable";
import { QUESTION_WORD } from "../../domain/understanding/question-focus";
import { answersEligibilityPrompt, ELIGIBILITY_DIALOG, EligibilityDialog, readSemester, saidOfThemselves, type EligibilityOptions } from "./eligibility.dialog";

/** "Puis-je m'inscrire à RSX101 ?": the learner's record (or a visitor's what-if) against the catalog's rules. */
export const eligibilityJob: DialogJob = {
  name: ELIGIBILITY_DIALOG,
  handles: { eligibility: "new-topic" },
  usesRecord: true,
  label: { fr: "Inscription possible ? (règle)", en: "May I enrol? (rule)" },
  help: { fr: "vérifier une inscription (« puis-je m'inscrire à RSX101 ? »)", en: 'check an enrolment ("can I enrol in RSX101?")' },
  dialog: (services) => new EligibilityDialog(services),
  accepts: answersEligibilityPrompt,
  start: ({ intent, text, services, pendingOffer }): EligibilityOptions => {
    const graded = intent.kind === "eligibility" ? gradeJustSaid(pendingOffer, intent.codes, text) : undefined;
    const gradedPassed = graded && graded.grade >= PASSING_GRADE ? [graded.code] : [];
    const gradedFailed = graded && graded.grade < PASSING_GRADE ? [graded] : [];
    // « alors que je suis inscrit à UTC505, je peux m'inscrire à RSX102 le même semestre ? »: the unit under way, the same semester asked,
    // is taken together with the one asked (it checked RSX102 for the next semester: « Oui, mais sous condition »).
    const taking = takingOf(text, intent.kind === "eligibility" ? intent.codes : []).taking ?? [];
    const asked = semesterAsked(text, intent.kind === "eligibility" ? intent.codes[0] : undefined, services.now());
    const running = formatSemester(currentOrComingSemester(services.now()));
    // (Another semester asked, « je fais UTC505 en ce moment, je peux prendre RSX102 en même temps au S2 ? »: the unit under way is not
    // taken then, it is passed by then or not — under way, not together; it said UTC505 was « suivi le même semestre » in S2.)
    const takenWith =
      intent.kind === "eligibility" && !intent.together && intent.codes.length === 1 && taking.length > 0 && saysTakenTogether(text) && (asked === undefined || asked === running) ? taking.slice(0, 2) : [];
    const days = daysOfUnitsUnderWay(text, takenWith);
    return {
      ...(intent.kind === "eligibility"
        ? {
            code: intent.codes[0],
            passed: [...intent.passed, ...gradedPassed],
            ...(intent.missing?.length ? { missing: intent.missing } : {}),
            ...(intent.failed?.length || gradedFailed.length ? { failed: [...(intent.failed ?? []), ...gradedFailed] } : {}),
            ...(intent.together ? { together: intent.codes.slice(1, 3) } : takenWith.length ? { together: takenWith, underWay: true as const, ...(days ? { underWayDays: days } : {}) } : intent.codes.length > 1 ? { also: intent.codes.slice(1, 3) } : {}),
          }
        : {}),
      ...(takenWith.length ? {} : takingOf(text, intent.kind === "eligibility" ? intent.codes : [])),
      // (« Je suis UTC505 ce semestre, je peux prendre RSX102 en même temps ? »: at the same time as a unit under way is the semester it
      // is taken in, the running one — it checked both for the next semester where both are offered.)
      semester: asked ?? (takenWith.length ? running : undefined),
      ...saidOfThemselves(text, services.now()),
      ...(ONLY_THESE.test(` ${foldText(text).replace(/['’]/g, " ")} `) ? { listedOnly: true } : {}),
      ...(saysCommonCoreDone(text) ? { commonCore: true as const } : saysCommonCoreNotDone(text) ? { commonCoreNone: true as const } : {}),
    };
  },
  // After a verdict, what the learner adds of themselves (« I never learned C though », « j'ai un BTS SIO »,
  // « oui NFA031 validée, mais pas NFA040 », « RSX101 non, jamais fait »): the same check again with it.
  refinesWithAGrade: true,
  refine: ({ text, services, intent }, options) => {
    const before = options as EligibilityOptions;
    // « J'ai validé NFA031, combien coûte NFA032 ? »: a question of its own, not more about the check.
    if (!before.code || QUESTION_WORD.test(` ${foldText(text).replace(/['’]/g, " ")} `)) return undefined;
    const mentions = unitMentions(text);
    // Another unit asked about is a question of its own.
    if (mentions.some((m) => m.role === "asked" && m.code !== before.code)) return undefined;
    const said = withWholeSituation({ kind: "eligibility", codes: [before.code], passed: [] }, text);
    // "I did NFA031 but got 8" after a check of NFA032: a grade of a unit the verdict weighed refines it; of another unit, it
    // is a question of its own (« j'ai eu 12 en UTC505 » after a check of NFA032 asks whether 12 passes).
    const graded = [...said.passed, ...(said.failed ?? []).map((f) => f.code)];
    if (intent.kind === "grade" && (graded.length === 0 || !graded.every((code) => before.weighed?.includes(code)))) return undefined;
    // A unit under way (« I'm doing UTC505 right now ») is not validated yet: its exam is to come.
    const takingNow = takingOf(text, [before.code]).taking ?? [];
    const notYet = [...(said.missing ?? []), ...takingNow];
    const added = saidOfThemselves(text, services.now());
    if (said.passed.length === 0 && notYet.length === 0 && !said.failed?.length && Object.keys(added).length === 0) return undefined;
    const failedNow = (said.failed ?? []).map((f) => f.code);
    const passed = [...new Set([...(before.passed ?? []).filter((code) => !notYet.includes(code) && !failedNow.includes(code)), ...said.passed])];
    const missing = [...new Set([...(before.missing ?? []).filter((code) => !said.passed.includes(code) && !takingNow.includes(code)), ...(said.missing ?? [])])];
    const taking = [...new Set([...(before.taking ?? []).filter((code) => !said.passed.includes(code) && !said.missing?.includes(code)), ...takingNow])];
    const failed = [...(before.failed ?? []).filter((f) => !said.passed.includes(f.code) && !said.failed?.some((g) => g.code === f.code)), ...(said.failed ?? [])];
    const { missing: _missing, taking: _taking, ...rest } = before;
    return { ...rest, passed, ...(missing.length ? { missing } : {}), ...(taking.length ? { taking } : {}), ...(failed.length ? { failed } : {}), ...added, introduced: true } satisfies EligibilityOptions;
  },
};

/**
 * « 9,5/20 à UTC505 j'ai mes crédits ? » then « et pour RSX101 du coup je peux m'inscrire ? »: the grade of one unit the answer before
 * weighed (kept only in its offer, for one turn) is how that unit stands for the check, unless the message says otherwise of it.
 */
function gradeJustSaid(offer: JobTurn["pendingOffer"], asked: readonly string[], text: string): { code: string; grade: number } | undefined {
  const options = offer?.refine?.job === gradeJob.name ? offer.refine.options : undefined;
  const codes = Array.isArray(options?.codes) ? (options.codes as string[]) : [];
  if (typeof options?.grade !== "number" || options.own !== true || codes.length !== 1 || asked.includes(codes[0]!)) return undefined;
  // (A grade said again, or another one, « et si j'ai 12 en session 2 … ? », « au rattrapage j'ai eu 13 »: the message's own.)
  if (unitMentions(text).some((mention) => mention.code === codes[0]) || NUMBER_SAID.test(withoutUnitCodes(text))) return undefined;
  return { code: codes[0]!, grade: options.grade };
}

/** A number said in the message (a grade of its own), its unit codes set aside. */
const NUMBER_SAID = /\d/;

/** The units said passed are the only ones: « if I only did NFA031 », « j'ai que NFA031 », « seulement validé NFA031 ». */
const ONLY_THESE = /\b((i|i ve|i have) (only|just) (did|done|passed|taken|validated)|(j ai|jai) (que|seulement|juste|uniquement) (valide|fait|eu|passe)?|(seulement|uniquement|juste) (valide|fait|passe))\b/;

/** The weekdays, folded, French and English. */
const WEEKDAY_WORDS: readonly [RegExp, Weekday][] = [
  [/^(lundi|monday)s?$/, "monday"],
  [/^(mardi|tuesday)s?$/, "tuesday"],
  [/^(mercredi|wednesday)s?$/, "wednesday"],
  [/^(jeudi|thursday)s?$/, "thursday"],
  [/^(vendredi|friday)s?$/, "friday"],
  [/^(samedi|saturday)s?$/, "saturday"],
];
/** A day said right after a unit's code: « NFA031 le jeudi soir », "NFA031 on Thursdays" (a few words between at most). */
const DAY_AFTER = /^(?:\s+\S+){0,2}?\s+(?:le|les|on|the)\s+(\p{L}+)/u;

/**
 * The day each unit under way is said to be followed on (« je fais NFA031 le jeudi soir en ce moment »), so that its class that day is
 * the one weighed (GDN100's Thursday 20h class was said to clash with nothing, NFA031's distance option weighed instead).
 */
function daysOfUnitsUnderWay(text: string, codes: readonly string[]): Record<string, Weekday> | undefined {
  const folded = foldText(text);
  const days: Record<string, Weekday> = {};
  for (const code of codes) {
    const written = new RegExp(code.replace(/^([A-Z]+)(\d)/, "$1\\s?$2"), "i").exec(folded);
    const word = written ? DAY_AFTER.exec(folded.slice(written.index + written[0].length))?.[1] : undefined;
    const day = word ? WEEKDAY_WORDS.find(([pattern]) => pattern.test(word))?.[1] : undefined;
    if (day) days[code] = day;
  }
  return Object.keys(days).length ? days : undefined;
}

/** Units said under way (« je fais UTC505 en ce moment »), other than those asked about. */
function takingOf(text: string, asked: readonly string[]): Pick<EligibilityOptions, "taking"> {
  const taking = unitMentions(text).filter((m) => m.role === "taking" && !asked.includes(m.code)).map((m) => m.code);
  return taking.length ? { taking } : {};
}

/**
 * The semester the check is asked for: said after the unit asked about (« j'ai validé UTC505 au premier semestre
 * … m'inscrire à RSX101 au second semestre ? » asks S2), else anywhere in the message.
 */
function semesterAsked(text: string, code: string | undefined, now: Date): string | undefined {
  // The code as it may be written: « rsx101 », « RSX 101 ».
  const written = code ? new RegExp(code.replace(/^([A-Z]+)(\d)/, "$1\\s?$2"), "i").exec(text) : null;
  const after = written ? text.slice(written.index) : "";
  return (after && readSemester(after, now, { yearIsNoSemester: true })) || readSemester(withoutOtherUnitsClauses(text, code), now, { yearIsNoSemester: true });
}

/**
 * The message without its clauses about other units (« j'ai validé NFA031 au premier semestre, puis-je suivre NFA032 ? »):
 * a semester said there is when that unit was passed or is taken, not the one asked for.
 */
function withoutOtherUnitsClauses(text: string, code: string | undefined): string {
  const others = new Set(unitMentions(text).flatMap((mention) => (mention.code !== code && mention.role !== "asked" ? [mention.code] : [])));
  if (others.size === 0) return text;
  return text
    .split(/[,;.!?]|\s(?:et|mais|and|but)\s/i)
    .filter((clause) => !findUnitCodes(clause).some((found) => others.has(found)))
    .join(", ");
}
