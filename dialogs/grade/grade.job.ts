import { LATER_SESSION_WORDS as LATER_SESSION_WORDS_OF_A_GRADE, RESIT_NEEDED, skipsASitting } from "../../domain/understanding/intent.recognizer";
import { findUnitCodes, UNIT_CODE_PATTERN } from "../../domain/catalog/unit-code";
import { gradeEarnsCredits, PASSING_GRADE } from "../../domain/eligibility/grade.rule";
import { commonWording } from "../common/common.wording";
import { feedbackActions, message } from "../common/replies";
import { intentOf, NO_OUTCOME, type JobOutcome, type JobTurn, type ReplyJob } from "../job";
import { list } from "../common/catalog.wording";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { Intent } from "../../domain/understanding/understanding";
import { describeGradeOutcome, gradeWording } from "./grade.wording";

type GradeIntent = Extract<Intent, { kind: "grade" }>;

/** A line of the reply without its leading yes or no (after the unit's name, when it has one), capitalised again. */
function withoutYesNo(line: string, answers: RegExp): string {
  return line.replace(new RegExp(`^(\\*\\*\\w+\\*\\* ?: ?)?(${answers.source}),? `), "$1").replace(/^./, (c) => c.toUpperCase());
}

/** Whether someone else's claim is right: « il a raison ? », "is she right?", « c'est vrai ? ». */
const REPORTED_CLAIM = /\b(a raison|a tort|ont raison|ont tort|is (he|she|they|that|this|it) (right|correct|true|wrong)|are they (right|correct)|c est vrai|est ce vrai|vrai ou faux|true or false|right or wrong)\b/;

/** A grade said as the learner's own: « j'ai eu 9,5 », « j'ai mes crédits ? », "I got 12", « ma note ». */
const OWN_GRADE = /\b(j ai|jai|j avais|je l ai|i got|i ve got|i have|i had|i scored|my (grade|mark|result)|ma note|mon resultat|mes credits)\b/;

/** A grade asked to be rounded: « ça s'arrondit à 11 ? », « sarrondi », « arondi », "rounded up to 13?" (folded words). */
const ROUNDING_ASKED = /\b([sl]?ar?rondi\w*|round\w*)\b/;

/** A choice between two ways asked: « … ou je dois refaire tout le cours ? », "… or do I have to take it again?". */
const CHOICE_OF_TWO = /\b(ou|or) (je|j|il|faut|dois|est ce|bien|refaire|repasser|retake|redo|do|does|must|have|should|take|i|is|seulement|juste|uniquement|simplement|just|only|simply|tout|toute|the whole|all)\b/;

/**
 * Whether the unit must be taken again, asked: « je dois me réinscrire ? », « je dois la refaire ? », "do I have to enrol again?",
 * "do I need to register again for RSX102?" (folded words). « Je peux me réinscrire à NFA032 ? » asks no need.
 * (As typed on a phone, « jdois tt refaire ? », « faut que je refasse tout ? »: « Non, 9/20 … » read as a no to it.)
 */
const TAKEN_AGAIN_ASKED =
  /\b(dois|doit|jdois|jdoi|devoir|faut|faut il|oblige\w*|besoin|need|needs|have to|has to|must|should)( \w+){0,3} (me reinscrire|reinscrire|re inscrire|la refaire|le refaire|refaire|refasse|recommencer|tout recommencer|tout refaire|la recommencer|le recommencer|redo|start (it )?(all )?over|start again|re enrol\w*|reenrol\w*|enrol\w*( in it| in the unit)? again|register( for it)? again|sign up again|take (it|the unit|the course|the class) again)\b/;
/** Enrolling again, not only taking it again. */
const REENROL = /\b(reinscri\w*|re inscri\w*|enrol\w*|register|sign up)\b/;
/** Unit codes as written, any case, every one. */
const UNIT_CODES = new RegExp(UNIT_CODE_PATTERN.source, "gi");
/** Words around a unit named as the one a grade was of: « c'était à UTC503 », « en NFA031 », "it was for NFA031". */
const OF_THE_UNIT = /\b(c etait|c est|c|etait|est|ca|it|was|it s|that was|a|au|en|pour|de|d|dans|in|for|of|the|l|ue|unit|et|and|ok|oui|yes|ah)\b|[?!.,]/g;
/**
 * Failing again, asked after a grade below 10 (the reply offered session 2): « et si je la rate aussi ? », « et si je
 * rate encore ? », « si ça passe pas non plus », « et si j'ai pas la moyenne une deuxième fois ? », "what if I fail it again?".
 */
const FAIL_AGAIN = new RegExp(
  String.raw`\b(si (je |j )?(la |le |l )?(rate|loupe|foire|echoue|plante|rates|louper|rater)|si (ca|c|ce|elle|la session 2|le rattrapage) (ne )?(passe|marche|va|est) (toujours )?pas|si (je n ai|j ai) (toujours )?pas (la moyenne|10)|if i (fail|flunk|miss)( it| that| the resit| session 2)?|if it (fails|doesn t work))\b.*\b(aussi|encore|a nouveau|de nouveau|egalement|non plus|deuxieme fois|seconde fois|2e fois|again|too|as well|a second time)\b`,
);
/** More than failing again asked: classes, other credits, another unit (« … je perds mes autres crédits ? », « si je loupe aussi le cours de jeudi »). */
const ASKS_MORE_THAN_FAILING = /\b(cours|classe|class|classes|perd\w*|lose|credits?|prendre|take|suivre|inscri\w*|[a-z]{3} ?\d{3})\b/;
const MAX_FAIL_AGAIN_WORDS = 10;
/** Whether to sit the exam again, asked: « je peux repasser », « vous me conseillez de repasser en session 2 ? », "should I sit session 2?". */
const RESIT_ASKED_YES_OR_NO =
  /\b(peux|peut|puis je|pourrai|pourrais|can i|could i|may i|conseille\w*|recommand\w*|recommend\w*|advise\w*|should i|shall i|dois je|je dois|faut il)( \w+){0,3} (repasser|repasse|retake|resit|re sit|sit (the |my )?(session 2|resit|exam again|it again)|passer (la |en )?session 2|aller en session 2|go to session 2|take session 2)\b(?! (?:tout|toute|the whole|the entire|all|pour|to|for)\b)/;
/**
 * Whether one is registered for session 2, asked: « je suis inscrit à la session 2 automatiquement ? », "am I registered for the resit?"
 * (not « je peux m'inscrire au rattrapage ? », whose « Non » says no registration is needed).
 */
const SESSION_2_REGISTRATION_ASKED =
  /\b(je suis|suis je|serai je|je serai|am i|i am|will i be|i will be|i ll be)( [a-z]+)? (inscrite?|registered|enrolled|signed up)\b|\b(automatiquement|automatically|d office)\b/;
/** The grade's session said, and nothing else: « c'était la session 2 », « c t deja le ratrapage », "that was the resit". */
const WAS_LATER_SESSION = new RegExp(
  String.raw`^ (?:(?:ok|ah|non|mais|euh|en fait|oups|sorry|oh) )*(?:c etait|c est|c t|ct|cetait|that was|it was|this was|was|non c etait)(?: deja| already)? (?:a |au |a la |en |at |at the |the |la |le |ma |my )?(?:${LATER_SESSION_WORDS_OF_A_GRADE})(?: deja| already| en fait| actually)? $|^ (?:au|a la|en|at the) (?:${LATER_SESSION_WORDS_OF_A_GRADE}) $`,
);

/** The first session said, and nothing else: « c'était la session 1 », « en session 1 », "it was the first session", « la première ». */
const WAS_FIRST_SESSION =
  /^ (?:(?:ok|ah|non|euh|en fait) )*(?:(?:c etait|c est|c t|ct|cetait|that was|it was|this was|was) )?(?:a |au |a la |en |at |at the |the |la |le |ma |my )?(?:session 1|premiere session|1ere session|1re session|first session|first one|first exam|premiere|premier examen|session de janvier|session de juin|january session|june session)(?: en fait| actually)? $/;

/**
 * Another grade supposed, after a grade's answer: « et si j'avais eu 9,5 ? », "and if I'd had 9.99?", "and with 9.99?", « et avec 8 ? »,
 * « et 9 ? ». The grade alone, in folded words (a number with other words around it asks something else).
 */
const SUPPOSED_GRADE = new RegExp(
  String.raw`^ (?:(?:ok|mais|but|so|alors|hmm|euh) )?(?:et|and)?\s?(?:(?:what|how about|what about) )?(?:if i d had|if i had had|if i had|if i d got|if i d gotten|if i had got|if i had gotten|if i got|if i get|if it had been|if it was|if it were|if it s|with|avec|si j avais eu|si j avais|si j aurais eu|si j ai eu|si j ai|si j obtiens|si j avais obtenu|si c etait|si c est|si je fais|si j fais)?\s?(?:only |just |juste |seulement |pile |exactly |exactement )?(\d{1,2}(?:[.,]\d{1,2})?)(?: ?(?:\/ ?20|sur 20|out of 20))?(?: (?:instead|plutot|a la place|then|alors|au lieu de \d{1,2}))? $`,
);

/** What now, after a grade: « et maintenant je fais quoi ? », « je fais comment ? », "what now?", "what do I do?". */
const WHAT_NOW =
  /\b(je fais quoi|on fait quoi|que faire|quoi faire|je dois faire quoi|qu est ce que je fais|qu est ce que je dois faire|je fais comment|et maintenant|et apres|la suite|what now|now what|what do i do|what should i do|what next|what happens (now|next)|(c est|c|cest|tout est|j ai tout) (fichu|foutu|mort|perdu|cuit|grille)|(il|elle|ca) (fait|doit faire) quoi|is it (all )?over|is it (all )?lost|did i lose (it|everything)|what (does|should) (he|she|they) do)\b/;

/**
 * The content's page on what comes after a unit not validated at a session: session 2 after the first, the unit taken again after
 * session 2 (undefined without the answers job).
 */
function whatComesNext(turn: JobTurn, session: number | undefined): Promise<JobOutcome> | undefined {
  const answers = turn.jobs.find((job) => job.name === "answers");
  return answers && "reply" in answers ? answers.reply(turn, { entryId: session === 2 ? "exam-failed-both-sessions" : "exam-session-2" }) : undefined;
}

/** "9,5/20, ai-je mes crédits ?": credits from 10/20, session 2 otherwise; the unit's ECTS when one is named. */
export const gradeJob: ReplyJob = {
  name: "grade",
  handles: { grade: "new-topic" },
  label: { fr: "Note et crédits (règle)", en: "Grade and credits (rule)" },
  help: {
    fr: "dire si une note valide les crédits (« 9,5/20, ai-je mes crédits ? »)",
    en: 'tell whether a grade earns the credits ("I got 9.5/20, do I get the credits?")',
  },
  async reply(turn, options) {
    // « J'ai raté NFA032 » then the session said (« c'était le rattrapage », "it was session 1"): that session's page.
    if (options?.failed === true && (options.session === 1 || options.session === 2)) {
      const page = whatComesNext(turn, options.session);
      if (page) return page;
    }
    // « Dites-moi votre note » then « 11 »: the grade comes with the offer the answer made.
    const intent: GradeIntent =
      typeof options?.grade === "number"
        ? { kind: "grade", grade: options.grade, outOf: 20, codes: Array.isArray(options.codes) ? (options.codes as string[]) : [], ...(options.session === 2 ? { session: 2 as const } : {}) }
        : intentOf(turn, "grade");
    const w = gradeWording[turn.language];
    // "Can I sit it again to get 15?": the rule, whatever the grade.
    if (intent.grade === undefined && intent.improve) {
      await turn.context.sendActivity(message(w.noResitToImprove, feedbackActions(turn.language)));
      return { kind: "answered", answerId: "grade" };
    }
    // « … raté aussi la session 2 de GDN100. J'avais validé UTC501 et UTC504. Je dois tout recommencer ? »: not all; the units passed
    // stay earned, the one missed is sat at session 2 or, both sessions missed, taken again.
    if (intent.grade === undefined && intent.kept?.length && intent.absent?.length) {
      const missed = list(intent.absent, turn.language);
      const again = intent.session === 2 ? w.missedBothSessions(missed, intent.absent.length > 1) : w.missedSession1(missed);
      await turn.context.sendActivity(message(`${w.notAll(list(intent.kept, turn.language), intent.kept.length > 1)} ${again}`, feedbackActions(turn.language)));
      return { kind: "answered", answerId: "grade" };
    }
    // « J'ai raté NFA032, je fais quoi ? »: not validated, then each session's way on; a grade said next (« 8 ») is read as NFA032's.
    if (intent.grade === undefined && intent.failed) {
      await turn.context.sendActivity(message(w.failedNoGrade(intent.codes[0]!), feedbackActions(turn.language)));
      turn.conversation.offer = { byGrade: { job: gradeJob.name, options: { codes: intent.codes } }, refine: { job: gradeJob.name, options: { codes: intent.codes, failed: true } } };
      return { kind: "answered", answerId: "grade" };
    }
    // « J'ai eu ma note de DRS101 »: which one is asked, and the next message (« 9,75 ») is read as it.
    if (intent.grade === undefined) {
      await turn.context.sendActivity(message(w.whichGrade(intent.codes[0])));
      turn.conversation.offer = { byGrade: { job: gradeJob.name, options: { codes: intent.codes } } };
      return NO_OUTCOME;
    }
    const grade = intent.grade;
    const session = intent.session;
    // « 9 » then « et maintenant je fais quoi ? »: the content's page on what comes next, session 2 or the unit again.
    if (options?.next === true && grade < 10) {
      const page = whatComesNext(turn, session);
      if (page) {
        const outcome = await page;
        turn.conversation.offer = { refine: { job: gradeJob.name, options: { grade, codes: intent.codes, ...(session ? { session } : {}) } } };
        return outcome;
      }
    }
    const catalog = await turn.services.catalog();
    const unitContext = (code: string) => {
      const unit = catalog.units.get(code);
      return { ...(unit ? { unit: { code: unit.code, ects: unit.ects } } : {}), ...(session ? { session } : {}) };
    };
    // « 8 en UTC501 et 14 en UTC504 » : each unit with its own grade, one line each.
    const colon = commonWording[turn.language].colon;
    const absent = intent.absent ?? [];
    const lines = intent.graded?.length
      ? [
          ...intent.graded.map(({ code, grade: own }) => `**${code}**${colon}${describeGradeOutcome(gradeEarnsCredits(own, unitContext(code)), turn.language)}`),
          // "I missed the UTC504 exam": absent, so session 2.
          ...absent.map((code) => `**${code}**${colon}${w.absent}`),
        ]
      : [describeGradeOutcome(gradeEarnsCredits(grade, intent.codes.map(unitContext).find((c) => c.unit) ?? unitContext("")), turn.language)];
    // « Ça me fait combien de crédits ? » over several units: the credits earned in all, and what is left to sit again.
    // Only when the catalog knows every unit passed: a total that leaves one out would be wrong.
    if (intent.graded && intent.graded.length + absent.length > 1 && intent.graded.every((g) => g.grade < 10 || catalog.units.has(g.code))) {
      const earned = intent.graded.filter((g) => g.grade >= 10 && g.grade <= 20 && catalog.units.has(g.code));
      const failed = [...intent.graded.filter((g) => g.grade < 10).map((g) => g.code), ...absent];
      const ects = earned.reduce((sum, g) => sum + catalog.units.get(g.code)!.ects, 0);
      lines.push(w.total(ects, list(earned.map((g) => g.code), turn.language), list(failed, turn.language)));
    }
    const asked = foldText(turn.understood.text).replace(/['’]/g, " ");
    // « Mon collègue dit qu'il faut 12. Il a raison ? »: a yes or a no would answer whether he is right, not
    // whether the credits are earned; the fact alone says it.
    if (!intent.improve && REPORTED_CLAIM.test(asked)) lines.splice(0, lines.length, ...lines.map((line) => withoutYesNo(line, /Oui|Non|Yes|No/)));
    // « Can I retake it to improve? »: the no comes first; « Oui » would read as a yes to that.
    if (intent.improve) lines.splice(0, lines.length, w.noResitToImprove, ...lines.map((line) => withoutYesNo(line, /Oui|Yes/)));
    // « J'ai eu 12 à RSX102. Je dois me réinscrire ? »: « Oui, … validée » read as a yes to enrolling again; « J'ai eu 8 à RSX102 au
    // rattrapage. Je dois me réinscrire ? »: « Non, 8/20 … » read as a no to it. The answer to taking it again comes first; a unit
    // named in that question other than the one graded (« J'ai eu 15 à NFA031. Je dois refaire NFA032 ? ») is its own question.
    const takenAgain = !intent.improve && !intent.graded && grade >= 0 && grade <= 20 ? TAKEN_AGAIN_ASKED.exec(asked) : null;
    const gradedCode = intent.codes[0];
    const otherUnit = takenAgain && gradedCode ? findUnitCodes(asked.slice(takenAgain.index)).find((code) => code !== gradedCode) : undefined;
    if (takenAgain && otherUnit && gradedCode) {
      lines.splice(0, 1, withoutYesNo(lines[0]!, /Oui|Non|Yes|No/), w.otherUnit(gradedCode, otherUnit));
    } else if (takenAgain && grade >= PASSING_GRADE) {
      const fact = withoutYesNo(lines[0]!, /Oui|Yes/).replace(/^./, (c) => c.toLowerCase());
      lines.splice(0, 1, `${REENROL.test(takenAgain[0]) ? w.noReenrolNeeded : w.noRedoNeeded} ${fact}`);
    } else if (takenAgain && session === 2) {
      const fact = withoutYesNo(lines[0]!, /Non|No/).replace(/^./, (c) => c.toLowerCase()).replace(` ${w.retake}`, "");
      lines.splice(0, 1, `${w.resitNeeded} ${fact} ${w.reenrolAfterSession2}`);
    }
    // "I passed it with 12, do I need to retake it?": « Oui » would read as a yes to retaking it; the no comes first.
    // (« j'ai eu 8, je dois la repasser ? »: « Non, 8/20 est sous la moyenne » would read as a no to that.)
    // (Not a choice: « je peux juste repasser l'examen ou je dois refaire tout le cours ? » is no yes-or-no question.)
    // (« je peux repasser en session 2 ? », "Should I sit session 2?", « vous me conseillez de repasser ? »: « Non, 9/20 … » read as a no
    // to sitting it again, before « Vous pouvez repasser l'examen en session 2 ».)
    // (Not a sitting asked to be skipped: "I got 8, can I skip the resit?" is no « Yes » to sitting it.)
    else if (!takenAgain && !intent.improve && !intent.graded && grade >= 0 && grade <= 20 && (RESIT_NEEDED.test(asked) || (session !== 2 && RESIT_ASKED_YES_OR_NO.test(asked))) && !CHOICE_OF_TWO.test(asked) && !skipsASitting(asked)) {
      const fact = withoutYesNo(lines[0]!, /Oui|Non|Yes|No/).replace(/^./, (c) => c.toLowerCase());
      lines.splice(0, 1, `${grade >= PASSING_GRADE ? w.noResitNeeded : w.resitNeeded} ${fact}`);
    }
    // « j'ai eu 9 au rattrapage de NFA041, je peux repasser ? »: no session is left (the « Non »), and why, and how to sit it again: the unit
    // taken again (it said « Il faudra suivre l'unité à nouveau » alone).
    else if (!takenAgain && !intent.improve && !intent.graded && session === 2 && grade >= 0 && grade < PASSING_GRADE && RESIT_ASKED_YES_OR_NO.test(asked) && !CHOICE_OF_TWO.test(asked)) {
      lines.splice(0, 1, `${lines[0]!} ${w.reenrolAfterSession2}`);
    }
    // « j'ai eu 6 à la session 1 de UTC501, je suis inscrit à la session 2 automatiquement ? »: « Non, 6/20 … sans nouvelle inscription »
    // read as a no to it; the fact alone says no registration is needed.
    else if (!takenAgain && !intent.improve && !intent.graded && session !== 2 && grade >= 0 && grade < PASSING_GRADE && SESSION_2_REGISTRATION_ASKED.test(asked)) {
      lines.splice(0, 1, withoutYesNo(lines[0]!, /Non|No/));
    }
    // « 10,5 ça s'arrondit à 11 ? », « 12,5 arrondi ça fait 13 sur le relevé ? »: « Oui, … validée » read as a yes to the rounding, which
    // the sources never speak of; what they say, and the validation without the yes. (Below 10, « Non, 9,5/20 est sous la moyenne »
    // answers whether it passes.)
    else if (!takenAgain && !intent.improve && !intent.graded && grade >= PASSING_GRADE && grade <= 20 && ROUNDING_ASKED.test(asked)) {
      lines.splice(0, 1, `${w.noRounding} ${withoutYesNo(lines[0]!, /Oui|Yes/)}`);
    }
    // « et si j'avais eu 9,99 ? » after « c'était UTC503 »: the unit named is what the grade supposed would not validate.
    const supposedUnit = options?.supposed === true && grade < PASSING_GRADE && !intent.graded ? catalog.units.get(intent.codes[0] ?? "") : undefined;
    if (supposedUnit) lines.push(w.supposedNotValidated(supposedUnit.code, supposedUnit.ects));
    await turn.context.sendActivity(message(lines.join("\n\n"), feedbackActions(turn.language)));
    // « C'était la session 2 », "that was the resit": the same grade again, with no session left after it.
    // « c'était à UTC503 »: the same grade, of that unit; « et maintenant ? »: what comes next.
    // (The grade is the learner's own when they say so: a check asked next may weigh it, not a colleague's.)
    const own = OWN_GRADE.test(asked);
    if (!intent.graded) turn.conversation.offer = { refine: { job: gradeJob.name, options: { grade, codes: intent.codes, ...(session ? { session } : {}), ...(own ? { own: true } : {}) } } };
    // « je peux m'inscrire à NFA032 ? », « oui NFA031 validée avec 13 », then « au second semestre »: the check before, for that
    // semester, with the units this grade passes (it got the exam calendar).
    const check = turn.pendingOffer?.bySemester;
    if (check) {
      const before = Array.isArray(check.options.passed) ? (check.options.passed as string[]) : [];
      const passedNow = intent.graded ? intent.graded.filter((g) => g.grade >= PASSING_GRADE).map((g) => g.code) : grade >= PASSING_GRADE ? intent.codes.slice(0, 1) : [];
      turn.conversation.offer = { ...turn.conversation.offer, bySemester: { job: check.job, options: { ...check.options, passed: [...new Set([...before, ...passedNow])] } } };
    }
    return { kind: "answered", answerId: "grade" };
  },
  // « et si j'avais eu 9,5 ? » after a grade's answer reads as a grade of its own: the refinement keeps the unit and the session.
  refinesItsOwnKind: true,
  refine: ({ text }, options) => {
    const words = ` ${foldText(text).replace(/['’]/g, " ")} `;
    const grade = typeof options.grade === "number" ? options.grade : undefined;
    // A unit said failed, no grade: the session it was at, said next.
    if (options.failed === true && grade === undefined) {
      if (WAS_LATER_SESSION.test(words)) return { ...options, session: 2 };
      if (WAS_FIRST_SESSION.test(words)) return { ...options, session: 1 };
      return undefined;
    }
    // « C'est quand la session 2 ? », "and do I have to sign up for the resit?" ask something of their own.
    // « et si je la rate aussi ? », « et si je rate aussi le rattrapage ? », "what if I fail again?": the page on failing session 2 too
    // (a short follow-up only: « et si je la rate encore, je perds mes autres crédits ? » asks something else).
    if (grade !== undefined && grade < 10 && options.session !== 2 && FAIL_AGAIN.test(words) && !ASKS_MORE_THAN_FAILING.test(words) && words.trim().split(" ").length <= MAX_FAIL_AGAIN_WORDS) return { ...options, session: 2, next: true };
    // « c'était la session 2 », "that was the resit": said of the grade; « ok je passerai le rattrapage alors » is not.
    if (grade !== undefined && grade < 10 && options.session !== 2 && WAS_LATER_SESSION.test(words)) return { ...options, session: 2 };
    // « avec 10 je valide ? » then « c'était à UTC503 », "it was for NFA031": the unit of the grade said.
    const codes = findUnitCodes(text);
    const rest = words.replace(UNIT_CODES, " ").replace(OF_THE_UNIT, " ").trim();
    if (codes.length === 1 && !(Array.isArray(options.codes) && options.codes.length) && rest === "") return { ...options, codes };
    // « avec 10 je valide ? », then « et si j'avais eu 9,99 ? », "and with 9.99?": the same unit, another grade (it did not understand).
    // (A supposed grade leaves the session as said; « et 12 ? » alone needs « et », a bare number may answer something else.)
    // ("ok, and with 9?": the comma after « ok » is no part of the grade; a decimal comma is, « 9,5 ».)
    const supposed = grade !== undefined ? SUPPOSED_GRADE.exec(words.replace(/[?!;]|[,.](?!\d)/g, " ").replace(/\s+/g, " ")) : null;
    if (supposed && (/^ (?:\S+ )?(?:et|and) /.test(words) || /\b(if|si|with|avec)\b/.test(words))) {
      const other = Number(supposed[1]!.replace(",", "."));
      if (other >= 0 && other <= 20 && other !== grade) return { ...options, grade: other, next: false, supposed: true };
    }
    // « et maintenant je fais quoi ? », "what now?": what comes next.
    if (grade !== undefined && grade < 10 && WHAT_NOW.test(words)) return { ...options, next: true };
    return undefined;
  },
};

