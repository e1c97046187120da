import { withCodesWrittenOut } from "../catalog/code-ranges";
import { UNIT_CODE_PATTERN, normalizeUnitCode } from "../catalog/unit-code";
import { detectLanguage } from "../language/language";
import { PASSING_GRADE } from "../eligibility/grade.rule";
import { foldText } from "./text-normalizer";

/** A unit code in any case (« nfa031 », « nfa 031 »), for text folded to lower case. */
const UNIT_CODE_ANY_CASE = new RegExp(UNIT_CODE_PATTERN.source, "gi");

/** The text with each unit code in it, in any case, replaced by a space: what it says besides its units. */
export function withoutUnitCodes(text: string): string {
  return text.replace(UNIT_CODE_ANY_CASE, " ");
}

/**
 * What a unit code is doing in a message. « J'ai validé NFA031 avec 12, puis-je suivre NFA032 ? »
 * mentions NFA031 as passed (with its grade) and asks about NFA032: the check is about NFA032.
 */
export interface UnitMention {
  code: string;
  /** missing: the learner says they have not passed it (« je n'ai jamais fait UTC502 », "skip NFA032"). */
  role: "asked" | "passed" | "failed" | "taking" | "missing";
  grade?: number;
  /** Failed by missing its exam (« j'ai raté l'examen de UTC504 », "I missed the UTC504 exam"): absent, no grade. */
  absent?: true;
  /**
   * A session of it said missed (« raté aussi la session 2 de GDN100 », "missed both sessions of GDN100"), its role left as it was read:
   * only units passed beside it, and whether all is lost, make it a unit missed (alone, the pages on either session answer).
   */
  sessionMissed?: true;
}

/**
 * Not at an exam, the verb said before the exam: "missed", "didn't show up to", "never turned up for", "wasn't at";
 * « pas pu passer », « pas allé à », « jamais venu à », « pas présenté à ».
 */
const NOT_AT_AN_EXAM =
  "missed|skipped|(?:didn t|did not|couldn t|could not) (?:sit|take|attend|go to|make it to|show up (?:to|at|for)|turn up (?:to|at|for))|never (?:sat|took|attended|went to|showed up (?:to|at|for)|turned up (?:to|at|for))|(?:wasn t|was not) at|no show (?:at|for|to)" +
  "|(?:pas|jamais) (?:pu )?(?:passer|passe)|(?:pas|jamais) (?:pu )?(?:ete|alle|allee|aller|venu|venue|venir|presente|presentee|me presenter|rendu|rendue|me rendre) (?:a|au)|loupe|manque";
/**
 * The exam of a code missed, said before it: "missed the … exam", « absent à l'examen de », « pas pu passer l'examen de », « pas allé à
 * l'examen de »; « absente à l'examen de » as a woman says it (NFA008 was read as asked, left out of what to sit again).
 */
const MISSED_BEFORE = new RegExp(
  String.raw`\b((?:malade|hospitalisee?|absente?|en deplacement|sick|ill|in hospital|hospitali[sz]ed|away) (le jour |on the day |the day )?(de l |of the |of my )(examen|exam|partiel|epreuve)\s*(de|d|du|of)?\s*$|(?:${NOT_AT_AN_EXAM}|(?:ai|as|avais|avait) rate)\s+(the |my |l ?|le |la |mon |ma )?(exam|examen|final|partiel|epreuve)|absente? (a|au|a la|at|from|for)( the| l| le| la)?( exam| examen| partiel| epreuve)?)\s*(of|de|d|du|for|in|en|on)?\s*$`,
);
/**
 * A session of the code missed, said before it: « j'ai raté aussi la session 2 de GDN100 », « absente aux deux sessions de GDN100 »,
 * "I missed both sessions of GDN100" (read as asked; with a grade after it, « … de GDN100 avec 7 », it is failed, not missed). Not
 * "the sessions of NFA031" alone, its classes ("missed the sessions of NFA031 for three weeks").
 */
const MISSED_A_SESSION_BEFORE =
  /\b(?:(?:ai|as|avais|avait) (?:rate|loupe|manque)|absente?|missed|skipped)\s+(?:aussi |egalement |encore |also )?(?:a |aux |a la |au |at |from )?(?:la |le |les |the |both |mes |my )?(?:session 2|session 1|deux sessions|2 sessions|rattrapage|both sessions|resit|second session)\s*(?:de|d|du|of|for|in|en)\s*$/;
/** "missed the UTC504 exam": the verb before the code, the exam after it. */
const MISSED_VERB_BEFORE = new RegExp(String.raw`\b(?:${NOT_AT_AN_EXAM})\s+(the |my )?$`);
/** The same, said after it: "UTC504 exam, which I missed", « UTC504 : absent », « UTC504 (absent) », "the UTC504 exam I missed". */
const MISSED_AFTER =
  /^\s*(?:,|:|-|\()?\s*(?:(?:exam|examen|final|partiel)\s+)?(?:(?:(?:j etais|jetais|i was) (?:malade |sick |ill )?(?:donc |alors |so |and )?)?(?:absent|absente|missed|i missed|(?:which|that) i missed|not sat)|(?:j etais|jetais|i was) (?:malade|hospitalisee?|sick|ill|in hospital) (?:le jour de l ?(?:examen|exam|partiel|epreuve)|a l ?(?:examen|exam|partiel)|pour l ?(?:examen|exam|partiel)|(?:on )?the day of the exam|for the exam)|(?:car|parce que|because|since|as) (?:j etais|jetais|i was) (?:en deplacement|malade|hospitalisee?|absente?|sick|ill|away|in hospital|travelling|traveling)|(?:j avais|i had) (?:un |une |a )?(?:deplacement|empechement|imprevu|business trip|work trip)\b[^.?!;]{0,40}\b(?:je n ai pas pu|j ai pas pu|i couldn t|i could not) (?:venir|y aller|m y rendre|la passer|le passer|passer l examen|come|make it|attend|sit it|go)\b(?! (?:au|aux|a la|a l|en|to (?:the|my))\b(?! (?:l |the |my )?(?:exam|examen|partiel|epreuve|final))))\b/;

/**
 * The exam's day named with the code, and not getting there said later in the clause: "on the day of the UTC502 exam my train was
 * cancelled and I never made it", « le jour de l'examen de UTC502 mon train a été annulé, je n'ai pas pu y aller » (read as asked).
 */
const EXAM_DAY_BEFORE = /\b(?:the day of (?:the |my )?|le jour de (?:l ?|mon )(?:examen|exam|partiel) (?:de |d |du )?)$/;
const NEVER_GOT_THERE =
  /^[^.?!;]{0,70}\b(?:i (?:never|couldn t|could not|didn t|did not) (?:made|make) it|i never got there|i (?:couldn t|could not) get there|(?:je n ai|j ai|jai) pas pu (?:y aller|venir|m y rendre|y etre|y arriver)|je (?:ne )?suis jamais arrivee?)\b/;

/**
 * The exam missed, told further on in the code's own clause (up to the next code or the sentence's end): "for UTC505 I was on shift so
 * I missed the exam completely", « pour UTC502 j'étais de garde le jour de l'examen et je n'ai pas pu venir » (read as asked, it was
 * left out of what to sit again, and the grade of the next unit given to another).
 */
function missedInItsClause(after: string): boolean {
  const clause = after.split(/[.?!;]|\b[a-z]{3}\s?\d{3}\b/)[0] ?? "";
  const missed = MISSED_IN_CLAUSE.exec(clause);
  if (!missed || !EXAM_NAMED.test(clause) || ABSENT_FROM_A_CLASS.test(clause) || /\b\d{1,2}(?:[.,]\d{1,2})?\b/.test(clause)) return false;
  // (« je n'ai pas pu venir aux cours du soir, l'examen … »: classes missed, not the exam; « pas pu venir » is the exam's only said after it.)
  const rest = clause.slice((missed.index ?? 0) + missed[0].length);
  if (/^\s*(?:a|au|aux|en|to|at)\s+(?:the |my |l |la |le |les )?(?:cours|classes?|lectures?|td|tp|seances?)\b/.test(rest)) return false;
  return !/(?:pas|jamais) pu|couldn t|could not|didn t|did not|wasn t able/.test(missed[0]) || EXAM_NAMED.test(clause.slice(0, missed.index ?? 0));
}
const EXAM_NAMED = /\b(exam|exams|examen|examens|partiel|epreuve|final)\b(?! (?:registration|inscription|date|dates|results?|resultats?))/;
const MISSED_IN_CLAUSE =
  /\b((?:i |and |so |then )?(?:missed|skipped) (?:the |my )?(?:exam|final|it)|(?:couldn t|could not|didn t|did not|wasn t able to) (?:go|come|sit it|make it|attend|show up|take it)|(?:je |j )?(?:n ai|ai) (?:pas|jamais) pu (?:venir|y aller|la passer|le passer|passer l ?examen|m y rendre|me presenter|y etre)|(?:j etais|jetais|i was) (?:de garde|en service|de service|d astreinte|au travail|en deplacement|on shift|on duty|on call|at work|working|away)\b[^,]{0,40}\b(?:le jour de l ?(?:examen|exam|partiel|epreuve)|on the day of the exam|on exam day|that day|for the exam|during the exam))/;

/** Absent from a class, not from the exam: « absent au premier cours », "absent from the last TD". */
const ABSENT_FROM_A_CLASS = /\babsente?s? (?:au|aux|a|a la|from|at|in|for|pour) (?:the |le |la |les |un |une |\w+ ){0,2}(?:cours|td|tp|ed|class|classes|lecture|lectures|seances?|sessions? de td|tutorials?)\b/;

/** Verbs and phrases before a code that say the learner already has it. */
const PASSED_BEFORE =
  /\b((j ai|jai|i have|i ve got|i ve done|valide|validee|fait) (tout |all )?(le |the )?(tronc commun|common core)( de la licence| of the licence)?( (et|and|\+|avec|plus))?|(tronc commun|common core) (boucle|bouclee|valide|validee|fini|finie|termine|ok|done|passed|completed)( (les |mes |the |my |all )?(5 |cinq |five )?(utc|utcs))?( (et|and|avec|plus))?|(passed|done|validated|completed|finished|valide|validees?|fait|termine|fini) (all |tous |toutes |les |mes )?(the |my |les |mes )?(5 |five |cinq )?(utc|utcs)( units?| ues?)?( (et|and|\+|avec|plus))?|(j ai|jai|ai|i have|i ve got|i ve|have) (que|seulement|juste|uniquement|only|just)|(n ai|n avoir|n aurai|j ai|jai) (fait|valide|passe|suivi|eu|obtenu|reussi) (que|qu)|(i|i ve) (only |just )?(did|done|passed)|j ai|jai|valide|validee|validees|valides|(?<=\b(?:j ai|jai|ai) )valid|reussi|reussie|obtenu|obtenue|eu|passe|passee|fait|fini|finie|termine|terminee|acquis|j ai deja|deja|ai valide|passed|completed|finished|validated|done|got|took|taken|have|earned|cleared)\s+(?:(?:l an dernier|l annee derniere|cette annee|l an passe|au dernier semestre|au semestre dernier|le semestre dernier|au premier semestre|au second semestre|en \d{4}|last year|last semester|this year|in \d{4}) )?(all of |all |tout |toutes |tous |both )?(l |la |le |les |mon |ma |mes |the |my |en |in |a |an |une |un )?(ue |ues |unit |units |unite |unites |module |modules |cours |course |courses )?$/;
/** An exam sat, named before the code: "sat session 2 of", "took the exam for", « passé le rattrapage de ». */
const SAT_BEFORE =
  /\b(sat|took|did|passe|passee|repasse|repassee|fait|had)\s+(the |my |le |la |l |mon |ma )?(exam|examen|final|session ?\d|session (one|two)|resit|retake|rattrapage|partiel)\s+(of|de|d|du|for|in|en|on)\s*$/;
/** Right after a code, the same: « NFA031 validée avec 11 », "NFA031 passed with 12". */
const PASSED_AFTER = /^\s*(?:(?:l an dernier|l annee derniere|l an passe|last year|last semester|au semestre dernier|le semestre dernier)\s*)?[(,]?\s*(deja |already )?(c\s?['’]?\s?est (?:fait|valide|validee)|it\s?['’]?\s?s done|its done|validee?s?|reussie?s?|obtenue?s?|acquise?s?|passed|completed|validated|done|cleared|ok(?! (?:for|pour|pr|to|avec|with)\b)|oui|yes|yep|yeah)\b/;
/** Right after a code, under way: « RSX101 je suis en train de la faire », "RSX101 I'm taking it now", « RSX101 en cours ». */
const TAKING_AFTER =
  /^\s*[,:-]?\s*(je suis en train de (la |le )?(faire|suivre|passer)|(que |qu )?je (la |le |l )?(fais|suis|passe|prepare) (en ce moment|actuellement|ce semestre|cette annee)|en cours|je suis dessus|i m (taking|doing|on) it|i am (taking|doing) it|(currently|right now) (taking|doing)|in progress|ongoing|(is|c est) (what|ce que) (i m|i am|je) (doing|taking|fais|suis) (now|right now|this semester|currently|en ce moment|ce semestre|actuellement))\b/;
/** A code listed right after another: « RSX101 et RSX102 », "UTC502 and UTC505", « NFA031, NFA032 », « utc501 502 », "UTC501 to 505". */
const LISTED =
  /^\s*(?:(?:l['’ ]an dernier|l['’ ]annee derniere|l['’ ]an passe|cette annee|last year|this year)\s*,?\s*(?:et|and|plus|ainsi que|as well as)\s*(l |la |le |the )?(ue |unit |unite )?$|(,\s*)?(et|and|,|&|puis|ou|or|ni|nor|\/|a|to|through|-|plus|ainsi que|as well as)?\s*(l |la |le |the )?(ue |unit |unite )?$)/;
/**
 * A passed verb negated, or a unit gone without: « je n'ai pas (encore) validé », « jamais fait »,
 * "I haven't taken", "never did", « sauter », "skip", « sans », "without", « au lieu de ». Read before
 * the passed verbs: « jamais fait UTC502 » is not « fait UTC502 ».
 */
const MISSING_BEFORE =
  /\b((j ai|jai|ai|n ai) (pas|pa|jamais)( encore)?|i don t have|i do not have|i haven t got|i have no|without having|(pas|jamais|never|not|haven t|hasn t|didn t|don t|havent|didnt|no) (encore |yet |deja |already |vraiment |really )?(valide|validee|reussi|reussie|obtenu|obtenue|eu|passe|passee|fait|suivi|suivie|fini|termine|done|taken|took|passed|completed|validated|had|did|followed|finished)|(mais|but) (pas|not)( encore| yet)?|pas encore|not yet|sauter|skip|skipping|zapper|bypass|sans( passer par| faire| avoir fait| avoir valide| avoir suivi| avoir eu| avoir obtenu| suivre| avoir| d abord)?|without( doing| taking| having (done|taken|passed))?|au lieu de|instead of|plutot que)\s+(l |la |le |the |mon |my |en |in |par |d |de )?(ue |unit |unite |module |cours |course )?$/;
/** A unit failed: « j'ai raté UTC505 (avec 7) », "I failed NFA031", « j'ai échoué à NFA031 », « j'ai pas eu la moyenne à NFA032 », "I didn't pass NFA032". */
const FAILED_BEFORE =
  /\b((j ai|ai|j|jai|avoir) (rate|ratee|loupe|foire|plante)|echoue|echouee|failed|flunked|(pas|jamais) (eu|obtenu|atteint) la moyenne|(didn t|did not|didnt) pass)\s+(a |en |in |at |l |la |le |the |mon |my )?(ue |unit |unite |module |cours |course |exam |examen |l examen |the exam |exam of |examen de |l examen de )?(de |d |of )?$/;
/** Right after a code, the present: « NFA031 ce semestre », "NFA031 this term". */
const NOW_AFTER = /^\s*,?\s*(ce semestre|cette annee|en ce moment|actuellement|en cours|this (semester|term|year)|right now|currently|at the moment)\b/;
/** Phrases before a code that say the learner is taking it now. */
const TAKING_BEFORE =
  /\b((?:while|whilst|alors que|pendant que|tout en) (?:i m |i am |im |je |j )?(?:also |aussi |deja |egalement |already |currently |actuellement )?(?:doing|taking|following|fais|suis|prends|faisant|suivant|prenant)(?: aussi| deja| egalement| also| already| en ce moment| actuellement)?|je suis|j suis|jsuis|actuellement|en ce moment|en train de suivre|je suis inscrit a|je suis inscrite a|je suis en|i m taking|im taking|i am taking|currently taking|currently in|i m doing|im doing|i am doing|currently doing|halfway through|half way through|in the middle of|en train de faire|je suis en train de faire|je la fais|je le fais|enrolled in|i m enrolled in|i am enrolled in|je fais|je suis|suis)\s+(l |la |le |the |en |in |a )?(ue |unit |unite |cours |course )?$/;
/** Failed, said right after the code: « RSX101 I failed with 8 », « NFA031 je l'ai ratée (7) », "UTC505 - failed". */
const FAILED_AFTER =
  /^\s*[,:-]?\s*(?:(?:i|j ai|je l ai|that i|which i|que j ai)\s+)?(?:failed|flunked|ratee?|rate|loupee?|echoue|echouee|pas valide|pas validee|not passed)(?:\s+(?:it|la|le))?(?:\s*[,(]?\s*(?:with|avec|:)?\s*(?:a |une note de |un )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?)?/;
/** After a code taken, the grade got in the same clause: "UTC505 last semester and got 9", « UTC505 et j'ai eu 8 ». */
/**
 * What a number counts when it is no grade: credits, hours, years, or things (« deux voyages », "3 days
 * to revise", "two kids"). Read after a number, as a negative lookahead's alternatives.
 */
export const NOT_A_GRADE_AFTER =
  "ects|credits?|h\\b|heures?|hours?|ans?\\b|years?|%|business|trips?|voyages?|deplacements?|enfants?|kids?|children|jours?|days?|semaines?|weeks?|mois\\b|months?|fois\\b|times\\b|soirs?|evenings?|nights?|nuits?|personnes|people|ue\\b|ues\\b|unites?|units?|modules?|courses?|classes|eleves|students?|minutes?|min\\b|jobs?|emplois?|postes?";
const GRADE_LATER = new RegExp(
  `^[^.?!;]{0,40}?\\b(?:got|scored|had|received|j ai eu|eu|obtenu|avec)\\s+(?:a |an |un |une |only |que |seulement )?(\\d{1,2}(?:[.,]\\d{1,2})?)\\b(?!\\s*(?:${NOT_A_GRADE_AFTER}))`,
);
/**
 * After a grade, the word that ties it to the unit named next: « jpeux minscrire a nfa032 jai eu 11 en nfa031 », "can I take NFA032,
 * I got 11 in NFA031": the 11 is NFA031's, not the grade of the code before it.
 */
const GRADE_OF_NEXT_CODE = String.raw`\s*(?:\/\s*20|sur 20|out of 20)?\s+(?:a|en|in|at|on|pour|for|dans)\s+(?:l['’ ]|la |le |the |mon |my )?(?:ue |unit |unite |module |cours |course )?[a-z]{3}\s?\d{3}\b`;
/**
 * After a number, no plural noun that says what it counts: "with 2 coworkers", « avec 2 enfants », "I have 2 kids" (regex source; a
 * grade is followed by a link, « 12 en NFA031 », "with 10 do I pass", or nothing).
 */
export const NOT_A_COUNT_OF_THINGS = String.raw`(?!\s+(?!(?:is|was|has|does|this|thus|its|as|us|yes|pas|puis|mais|plus|dans|sans|sous|vers|apres|alors|tres|donc|ans|fois)\b)[a-z]{2,}[sx]\b)`;
/**
 * A grade right after a code, without a verb: « NFA031 (12/20) », "NFA032: 8/20", "RSX101 with 12";
 * in a list, « UTC501 (12), UTC502 (8,5) », « UTC501 : 12, UTC502 : 8 », « UTC501 12, UTC502 10 » (a number alone in brackets, or
 * after a colon and before the next item).
 */
const GRADE_OUT_OF_20_AFTER = new RegExp(String.raw`^\s*(?:\(\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*\)|(?::|=)\s*(\d{1,2}(?:[.,]\d{1,2})?)(?=(?:\s+(?:tout rond|tout pile|pile poil|pile|tout juste|exactement|exactly|flat))?\s*(?:,(?!\d)|[;:)]|\.(?!\d)|et\b|and\b|$))|(?:\(|:|=|-|,)?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:\/\s*20|sur 20|out of 20)|(?:avec|with)\s+(?:une note de |a grade of |a mark of )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20|out of 20))?(?!\s*(?:(?:ects|credits?|h|heures?|hours?|ans?|years?|students?|etudiants?|personnes|people)\b|%))${NOT_A_COUNT_OF_THINGS}|\s+(\d{1,2}(?:[.,]\d{1,2})?)(?=(?:\s+(?:tout rond|tout pile|pile poil|pile|tout juste|exactement|exactly|flat))?\s*(?:,(?!\d)|[;:]|\.(?!\d)|et\b|and\b|$))|\s*[:,-]?\s*(?:j['’ ]?ai eu|jai eu|i got|i had|i scored)\s+(?:un |une |a |an )?(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]*\d)(?!\s*(?:(?:ects|credits?|h|heures?|hours?|ans?|years?)\b|%))(?!${GRADE_OF_NEXT_CODE})|\s*[:,-]?\s*(?:ou|where|in which|for which|pour laquelle|a laquelle|dans laquelle|dont) (?:j['’ ]?ai eu|jai eu|i got|i had|i scored)\s+(?:un |une |a |an )?(\d{1,2}(?:[.,]\d{1,2})?)(?=\s*(?:\/\s*20|sur 20|out of 20|[,.;!?)]|$|(?:et|and|mais|but|puis|then|au|a la|en|at|in)\b)))`);
/**
 * Codes each followed by its grade, typed on a phone with nothing between (« nfe108 13 nfp107 8.5 jai validé ? », "nfa031 12 utc505 9
 * did I pass?", « utc501 11 utc502 7 »): two such pairs at least, in a row, each number the grade of the code before it (they were read
 * as units asked about, an enrolment check of each). Not one code and a number (« NFA031 2 fois par semaine ? »), nor a number that
 * counts something (« NFA031 6 ECTS »), nor a range (« UTC501 à 505 », written out before).
 */
const GRADED_PAIR = String.raw`\b(?:[A-Za-z]{3}\d{3}|[A-Z]{3} \d{3})\s+\d{1,2}(?:[.,]\d{1,2})?\b(?![.,]\d)(?:\s*\/\s*20\b)?`;
const GRADED_PAIRS = new RegExp(String.raw`(?:${GRADED_PAIR}\s*,?\s+){1,9}${GRADED_PAIR}`, "g");
const ONE_GRADED_PAIR = /\b(?:[A-Za-z]{3}\d{3}|[A-Z]{3} \d{3})\s+(\d{1,2}(?:[.,]\d{1,2})?)/g;
/** After the last pair, words that make its number a count (« 4 ECTS », « 1 fois », "2 hours"), read in lower case. */
const COUNTED_AFTER = new RegExp(String.raw`^\s*(?:\/|(?:${NOT_A_GRADE_AFTER}))`);

/** Words around such numbers that make them no grades: an order, a rank, evenings, semesters, times a week. */
const NOT_GRADES_AROUND = /\b(ordre|order|rang|rank|ranking|classement|soirs?|evenings?|semestres?|semesters?|fois|times|plus tard|later|semaines?|weeks?|mois|months?|ans|years?|places?|seats?)\b/;

/** Where each code of such pairs starts in the text, with its grade (none when a number of the run is no grade out of 20). */
function gradesOfPairs(text: string): Map<number, number> {
  const grades = new Map<number, number>();
  for (const run of text.matchAll(GRADED_PAIRS)) {
    const start = run.index ?? 0;
    const pairs = [...run[0].matchAll(ONE_GRADED_PAIR)].map((pair) => ({ at: start + (pair.index ?? 0), grade: number(pair[1] as string) }));
    // (« NFA031 6 NFA032 6 NFA033 6 ECTS »: the last number counts credits, and so, in such a list, do the others.)
    if (COUNTED_AFTER.test(text.slice(start + run[0].length).toLowerCase())) continue;
    // (« NFA031 1 NFA032 2 : dans quel ordre ? », « NFA031 2 NFA032 2 ça fait 4 soirs ? »: ranks, counts, semesters, not grades —
    // numbers counting from 1, or a message about an order, evenings, semesters.)
    const ranks = (pairs[0]?.grade ?? 0) <= 1 && pairs.every(({ grade }, i) => i === 0 || grade === pairs[i - 1]!.grade + 1);
    if (ranks || NOT_GRADES_AROUND.test(` ${foldText(text).replace(/['’]/g, " ")} `)) continue;
    if (pairs.every(({ grade }) => grade >= 0 && grade <= 20)) for (const { at, grade } of pairs) grades.set(at, grade);
  }
  return grades;
}

/** Right after a code, a grade then a later one at the resit: « (7 puis 8 au rattrapage) », ": 7 then 8 at the resit". */
const LATER_GRADE_AFTER =
  /^\s*[(:,-]?\s*(?:j ai eu |jai eu |j ai |i got |got )?(?:avec |with )?\d{1,2}(?:[.,]\d{1,2})?(?:\s*(?:\/\s*20|sur 20))?(?:\s+(?:en|a la|at the|in the|at)\s+(?:session 1|premiere session|first session))?\s*(?:,|puis|then|et|and|ensuite|,? ?mais|,? ?but)(?:\s+(?:ensuite|then|apres|after that))?\s+(?:j ai eu |jai eu |i got |got )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?\s+(?:au|a la|en|at the|in the|at)\s+(?:rattrapage|session 2|deuxieme session|seconde session|second session|resit|retake)\b/;
/**
 * Right after a code, two grades one after the other with nothing else: « GLG105 7 puis 8 », "UTC505: 7 then 8" — the two sessions',
 * the later one counts (LATER_GRADE_AFTER when the resit is named). Not a count (« NFA031 2 puis 3 fois »), nor the next unit's grade.
 */
const SUCCESSIVE_GRADES_AFTER = new RegExp(
  String.raw`^\s*[(:,=-]?\s*(?:j ai eu |jai eu |i got |got )?(?:avec |with )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?\s*,?\s+(?:puis|then|ensuite|et ensuite|and then|et apres)\s+(?:j ai eu |jai eu |i got |got |un |une |a |an )?(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]*\d)(?!\s*(?:\/|sur)?\s*(?:${NOT_A_GRADE_AFTER}))(?!${GRADE_OF_NEXT_CODE})`,
);
/** Its first grade said before the code, the resit's after: "I got 9 in UTC502 at the first session and then 10.5 at the resit". */
const LATER_ONLY_AFTER =
  /^\s*(?:(?:en|a la|at the|in the|at)\s+(?:session 1|premiere session|first session)\s*)?,?\s*(?:puis|then|et|and|ensuite|mais|but)(?:\s+(?:ensuite|then|apres|after that))?\s+(?:j ai eu |jai eu |i got |got )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?\s+(?:au|a la|en|at the|in the|at)\s+(?:rattrapage|session 2|deuxieme session|seconde session|second session|resit|retake)\b/;
/** The code's unit sat again at the resit, its grade there after: « … UTC505 et je l'ai repassée au rattrapage avec 11 », "… and resat it and got 12". */
const RESAT_WITH_GRADE_AFTER =
  /^\s*,?\s*(?:et |and |puis |then |mais |but )?(?:je l ai |jl ai |i )?(?:repasse|repassee|resat|retook|re sat)(?: (?:it|l ue|l examen|the exam))?\s+(?:(?:au|a la|en|at the|in the|at)\s+(?:rattrapage|session 2|deuxieme session|seconde session|second session|resit|retake)\s+)?(?:avec |with |et j ai eu |and got |j ai eu |got )(\d{1,2}(?:[.,]\d{1,2})?)\b/;
/** A grade right after a code: « NFA031 avec 12 », "NFA031 with 12/20", « NFA031 (12/20) ». */
const GRADE_AFTER = /^\s*(avec|with|a|:|=|en|\()?\s*(une note de |un |une |a grade of |a |note |grade )?(\d{1,2}(?:[.,]\d{1,2})?)\s*(\/\s*20|sur 20|out of 20)?\b/;
/** A grade listed after a graded code: « 8 en UTC501 et 14 en UTC504 », "7/20 in UTC502 and 12/20 in UTC503". */
const GRADE_LISTED = /^\s*(et|and|,|mais|but|puis|then)\s+(j ai eu |i got |got |eu |un |une |a )?(?:seulement |only |que |juste |just |a peine |barely |pas plus de )?(\d{1,2}(?:[.,]\d{1,2})?)\s*(\/\s*20|sur 20|out of 20)?\s+(a|en|in|at|on|pour|for)\s+(l |la |le |the |mon |my )?(ue |unit |unite |module |cours |course )?$/;
/**
 * What follows a grade and leads to the code it is of: « pile à », "in the unit"; the exam it was got at, « au rattrapage de », "at the
 * resit of" ("I got 9 at the resit of NFA041, do I have to redo it all?" was read as asking to enrol in NFA041).
 */
const GRADE_TO_CODE = String.raw`\s*(?:\/\s*20|sur 20|out of 20)?\s+(?:(?:pile|pile poil|tout pile|tout juste|juste|tout rond|exactement|exactly|flat)\s+)?(?:(?:a|en|in|at|on|pour|for)\s+(?:l |la |le |the |mon |my )?(?:ue |unit |unite |module |cours |course )?|(?:au|a la|a l|a|en|at|in) (?:the |my |mon |ma |le |la |l )?(?:rattrapage|session 2|session 1|deuxieme session|seconde session|premiere session|resit|retake|second session|first session|examen|exam|partiel|final)\s+(?:de|d|du|of|for|in|en)\s+(?:l |la |le |the )?(?:ue |unit |unite |module |cours |course )?)$`;
/** A grade the message opens with, right before a code: « 10 pile a GLG105 », « 9,5 en UTC503 », "12 in NFA031". */
const GRADE_OPENING = new RegExp(String.raw`^\s*(\d{1,2}(?:[.,]\d{1,2})?)${GRADE_TO_CODE}`);
/**
 * A grade before a code: « j'ai eu 12 à NFA031 », "I got 12 in NFA031", « mes résultats : 9,5 en UTC503 » (the colon a space by then);
 * "scraped a 10 in UTC501", « décroché 11 en NFA031 » (UTC501 was read as asked, its 10 left out of the summary); after another
 * number it stands against, « 10,5 de moyenne sur ma licence mais 8 en UTC502 », "10.5 overall but 8 in UTC502" (read as asked: a check).
 */
const GRADE_BEFORE = new RegExp(String.raw`\b(eu|obtenu|decroche|got|managed to get|reussi a (?:avoir|obtenir)|scored|scraped|earned|had|have|ai|j ai|jai|received|recu|mais|but|sauf|except|whereas|alors que|par contre|(?:resultats?|results?|notes|grades|marks)(?: (?:just|came|come|out|in|are|were|have|finally|sont|tombes?|tombees?|arrives?|arrivees?|sortis?|enfin))*)\s+(?:un |une |a |an )?(?:exactly |exactement |juste |pile |only |seulement |que |just )?(\d{1,2}(?:[.,]\d{1,2})?)${GRADE_TO_CODE}`);
/**
 * Before a code, two grades one after the other, the later one tied to the code: « j'ai eu 7 puis 12 à NFA031 », « j'ai eu 7 en
 * session 1 puis 12 en session 2 à NFA031 », "I got 7 then 12 in NFA031" — the later session's grade counts (« et » only with the
 * later session named: « 7 en session 1 et 12 en session 2 à NFA031 »).
 */
const LATER_GRADE_BEFORE = new RegExp(
  String.raw`\b(?:eu|obtenu|got|scored|had)\s+(?:un |une |a |an )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?(?:\s+(?:en|a la|au|at the|in the|at|in)\s+(?:session 1|premiere session|first session|1ere session))?\s*,?\s+(?:puis|then|ensuite|et ensuite|and then|et apres|(?:et|and|mais|but)(?=\s+(?:j ai eu |i got |got )?\d{1,2}(?:[.,]\d{1,2})?(?:\s*(?:\/\s*20|sur 20))?\s+(?:en|a la|au|at the|in the|at)\s+(?:session 2|rattrapage|deuxieme session|seconde session|second session|resit|retake)\b))\s+(?:j ai eu |i got |got )?(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20))?(?:\s+(?:en|a la|au|at the|in the|at)\s+(?:session 2|rattrapage|deuxieme session|seconde session|second session|resit|retake))?${GRADE_TO_CODE}`,
);

/**
 * A grade said not got, its verb (folded words, regex source): « pas eu », « jamais obtenu », "didn't get", "never reached"; « pas réussi à
 * avoir », "never managed to get" (read as got once "managed to get" was a grade: « Oui, avec 10/20 … validée »).
 */
export const GRADE_NOT_GOT = String.raw`(?:(?:pas|jamais) (?:eu|obtenu|atteint|reussi a (?:avoir|obtenir|atteindre|decrocher))|(?:didn t|did not|didnt|never|not|couldn t|could not) (?:get|got|gotten|score|scored|reach|reached|make|made|manage to (?:get|score|reach)|managed to (?:get|score|reach)))`;
/** A grade said not got, before a code: « j'ai pas eu 10 à UTC504 », « jamais obtenu 10 en », "I didn't get 10 in", "never got a 10 in". */
const NOT_GOT_BEFORE = new RegExp(String.raw`\b${GRADE_NOT_GOT}\s+(?:un |une |a |an )?(\d{1,2}(?:[.,]\d{1,2})?)${GRADE_TO_CODE}`);
/**
 * Someone else's grade, before a code: « ma collègue a eu 15 en NFA031 », « mon ami a réussi à avoir 12 en », "my colleague managed to get
 * 14 in NFA008" — theirs, not the learner's: the unit stays as asked (their grade was graded, the question dropped).
 */
const OTHERS_GRADE_BEFORE =
  /\b(?:ma|mon|sa|son|une?|my|a|his|her|our|notre)\s+(?:collegues?|colleagues?|coworkers?|co workers?|amie?|potes?|friends?|copains?|copines?|soeurs?|sisters?|freres?|brothers?|cousine?s?|femme|mari|wife|husband|conjointe?|partner|voisine?|neighbou?r|fils|fille|son|daughter|camarades?|classmates?)\s+(?:\w+\s+){0,2}?(?:a|has|had|ont|have)?\s*(?:eu|obtenu|decroche|got|scored|managed to get|reussi a (?:avoir|obtenir))\s+(?:un |une |a |an )?(?:\d{1,2}(?:[.,]\d{1,2})?)\s*(?:\/\s*20|sur 20|out of 20)?\s+(?:a|en|in|at|on|pour|for)\s+(?:l |la |le |the |mon |my )?(?:ue |unit |unite |module |cours |course )?$/;

/** Words shaped like a unit code, known or not (« NFA031 », « rsx 101 », « UTC509 »): set aside where a question's other words are read. */
export const CODE_LIKE_WORDS = /\b[A-Za-z]{2,5} ?\d{2,5}[A-Za-z]?\b/g;

/** Every unit code of the message once, in order, with its role. */
export function unitMentions(message: string): UnitMention[] {
  // « utc501 502 503 » is UTC501, UTC502 and UTC503.
  const text = withCodesWrittenOut(message);
  const mentions: UnitMention[] = [];
  const paired = gradesOfPairs(text);
  let previousEnd = -1;
  // The mention of the code matched just before (a code said twice is one mention, kept in place).
  let previous: UnitMention | undefined;
  for (const match of text.matchAll(UNIT_CODE_PATTERN)) {
    const code = normalizeUnitCode(match[5] ?? `${match[1] ?? match[3]}${match[2] ?? match[4]}`);
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const between = previousEnd >= 0 ? foldText(text.slice(previousEnd, index)) : undefined;
    previousEnd = end;
    const listedGrade = previous?.grade !== undefined && between !== undefined ? GRADE_LISTED.exec(between) : null;
    const pairedGrade = paired.get(index);
    const mention = pairedGrade !== undefined ? graded(code, pairedGrade) : listedGrade ? graded(code, number(listedGrade[3] as string)) : mentionAt(code, text, index, end, between, previous);
    const seen = mentions.findIndex((m) => m.code === code);
    if (seen < 0) mentions.push(mention);
    // Named first, graded later (« j'ai suivi GDN100 et ESC101 … 10 en GDN100 et 9,9 en ESC101 »): the grade says how it went.
    else if (mentions[seen]!.grade === undefined && mention.grade !== undefined) mentions[seen] = mention;
    // (« I took UTC501 and GDN100 … I missed the GDN100 exam »: named first, then said missed: absent.)
    else if (mentions[seen]!.grade === undefined && !mentions[seen]!.absent && mention.absent) mentions[seen] = mention;
    // Said under way, then asked about (« I'm taking NSY103 next semester … who teaches NSY103 »): the unit asked about.
    // (« … UTC505 je la suis en ce moment … je dois attendre le résultat de UTC505 ? »: its result, not the unit asked about.)
    else if (mentions[seen]!.role === "taking" && mention.role === "asked" && !ITS_OUTCOME_BEFORE.test(foldText(text.slice(Math.max(0, index - 30), index)))) mentions[seen] = mention;
    previous = mentions[seen < 0 ? mentions.length - 1 : seen];
  }
  return mentions;
}

/** The outcome of a unit named just before its code: « le résultat de », « la note de », "the result of", "my grade in". */
const ITS_OUTCOME_BEFORE = /\b(resultats?|notes?|examens?|exams?|results?|grades?|marks?)\s+(de|d|du|of|in|for)\s*$/;

/** A code's role from the words around it, or from the code listed just before it. */
function mentionAt(code: string, text: string, index: number, end: number, between: string | undefined, previous: UnitMention | undefined): UnitMention {
  // A code listed after a passed one is passed too (« j'ai validé RSX101 et RSX102 »).
  // « pas validé UTC505 ni UTC501 » lists; « pas validé UTC501, RSX101 c'est possible ? » asks RSX101.
  // (« pas encore UTC501 à 504 » lists the range written out: consecutive codes are one list.)
  const listed = between !== undefined && LISTED.test(between) && !(previous?.role === "missing" && between.trim() === "," && !followsInARange(previous.code, code));
  const after = foldText(text.slice(end, end + 60));
  // (« j'ai UTC502 et UTC505, et RSX101 je suis en train de la faire »: the last one of the list says it is under way.)
  if (previous && previous.role !== "asked" && listed && TAKING_AFTER.test(after.replace(/['’]/g, " "))) return { code, role: "taking" };
  // (« j'ai UTC502 et UTC505, RSX101 j'ai eu 9 », « …, RSX101 (9) »: a unit listed after one passed says its own grade: how it went —
  // in its own clause only (« UTC502, j'ai eu 8 à UTC503 » is UTC503's 8), and not the first of grades listed in turn (« : 12, 14 et 9 »).)
  const ownClause = after.split(/[,;.]|\b[a-z]{3} ?\d{3}\b/)[0] ?? "";
  // (« UTC502 j'ai eu 8 à UTC503 »: a grade said before the next unit's code, with the word that ties it to it, is the next one's.)
  const gradesInTurn = /^\s*[:=]?\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:,|et\b|and\b)\s*\d/.test(after) || /\b(a|en|in|at|pour|for|de|d|of|dans|on)\s*$/.test(ownClause);
  const ownGrade = previous?.role === "passed" && listed && !gradesInTurn ? (gradeOutOf20After(ownClause) ?? gradeSaidAfter(` ${ownClause.replace(/['’]/g, " ")}`)) : undefined;
  if (ownGrade !== undefined) return graded(code, ownGrade);
  // (« j'ai passé UTC501 (11), UTC502 (9,5) et UTC504 (absent) »: the last one of the list says it was missed — at its exam, not at a class:
  // « UTC502 (j'étais absent au premier cours mais bon) » is passed.)
  const folded = after.replace(/['’]/g, " ");
  const missedAfter = MISSED_AFTER.test(folded) && !ABSENT_FROM_A_CLASS.test(folded);
  if (previous && previous.role !== "asked" && listed) return missedAfter ? { code, role: "failed", absent: true } : { code, role: previous.role };
  // "passed UTC505 (14), UTC502 (10) and RSX101 last semestre (12)": listed after a graded one, with its own grade or none.
  if (previous?.grade !== undefined && between !== undefined && LISTED.test(between.replace(BRACKETED_GRADE, ""))) {
    const grade = gradeOutOf20After(after.replace(WHEN_SAID, ""));
    if (grade !== undefined) return graded(code, grade);
    return missedAfter ? { code, role: "failed", absent: true } : { code, role: previous.role };
  }
  // « j'ai fait UTC505 l'an dernier et UTC502 ce semestre »: the same verb, a time said of each; this one under way.
  if (previous?.role === "passed" && between !== undefined && WHEN_THEN_AND.test(foldText(between).replace(/['’]/g, " "))) return NOW_AFTER.test(after) ? { code, role: "taking" } : { code, role: "passed" };
  // « 10 pile a GLG105, c'est validé ? », "12 in NFA031, is that a pass?": the message opens on the unit's grade.
  const opening = previous === undefined ? GRADE_OPENING.exec(foldText(text.slice(0, index)).replace(/[^a-z0-9.,/]+/g, " ")) : null;
  if (opening) return graded(code, number(opening[1] as string));
  const own = mentionOf(code, beforeOf(text, index), after);
  // « NFA031 et NFA032 validées »: the verb after the last code of a list says how each stands.
  if (own.role === "asked" && LIST_THEN_PASSED.test(after)) return { code, role: "passed" };
  return own;
}

/** A grade in brackets right after the code before: "UTC502 (10) and". */
const BRACKETED_GRADE = /^\s*\(\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:\/\s*20)?\s*\)/;
/** When a unit was taken, said between it and its grade: "RSX101 last semestre (12)". */
const WHEN_SAID = /^\s*(l an dernier|l annee derniere|l an passe|au semestre dernier|le semestre dernier|last (year|semester|semestre|term)|this (semester|semestre|term))\b/;

/** UTC502 right after UTC501: a range written out (« UTC501 à 504 »). */
function followsInARange(previous: string, code: string): boolean {
  return previous.slice(0, 3) === code.slice(0, 3) && Number(code.slice(3)) === Number(previous.slice(3)) + 1;
}

/** Between two codes, the time of the first and « et »: « l'an dernier et », "last year and". */
const WHEN_THEN_AND =
  /^\s*,?\s*(l an dernier|l annee derniere|en \d{4}|il y a \w+ (ans?|mois)|au s[12]|au (premier|second|deuxieme) semestre|last year|last semester|in \d{4}|\w+ years? ago)\s*,?\s*(et|and|puis|then)\s*$/;
/** A list of codes ending with a passed word: « et NFA032 validées », ", NFA032 passed". */
const LIST_THEN_PASSED = /^\s*(?:(?:,|et|and|&|\+)\s*[a-z]{3}\s?\d{3}\s*)+(validees?s?|valides|reussies?|obtenues?|acquises?|passed|completed|validated|done|cleared)\b/;

/** Others said to have passed or failed it, right before the code: "people passed", « d'élèves ont réussi ». */
const OTHERS_PASSED_BEFORE = /\b(people|students|learners|others|candidates|personnes|gens|eleves|etudiants|auditeurs|inscrits)( (?!i\b|je\b|j\b|we\b|nous\b)\w+)? (passed|validated|failed|succeeded in|pass|fail|ont (reussi|valide|echoue a|rate|eu)|reussissent|valident|echouent a|ratent)\s*$/;

/** Right after a grade, the unit it is of: « … 8 en UTC502 », "… 12 in NFA032". */
const GRADE_OF_ANOTHER_CODE = /^\s*(?:\/\s*20|sur 20|out of 20)?\s+(?:a|au|en|in|at|on|pour|for)\s+(?:l |la |le |the |mon |my )?(?:ue |unit |unite |module |cours |course )?[a-z]{3}\s?\d{3}\b/i;

/** The 60 characters before a code, folded to words and the punctuation grades use. */
function beforeOf(text: string, index: number): string {
  return ` ${foldText(text.slice(Math.max(0, index - 60), index)).replace(/[^a-z0-9.,/]+/g, " ").replace(/\s+/g, " ")}`;
}

/** Said after a code: « je l'ai jamais faite », « je ne l'ai pas encore suivie », "I've never taken it". */
const NEVER_TAKEN_AFTER = /^\s*[,:-]?\s*(?:je l ai|jl ai|je ne l ai|je l avais|i ve|i have)\s+(?:jamais|pas encore|pas|never|not yet|not)\s+(?:faite?|suivie?|validee?|passee?|prise?|done|taken|passed|followed)\b/;
/**
 * A grade said a few words after a code, in its clause: « … l'an dernier et j'ai eu 12 », "… last year and I got 12", "… and got 8.5",
 * "I did NFA031 but got 8",
 * "I passed UTC502 last term with 12" (« avec », "with" only when a grade word or the clause's end follows the number).
 */
const GRADE_A_FEW_WORDS_ON = /^[^.?!;]{0,30}?\b(?:et |and )?(?:j ai eu|jai eu|i got|i scored|(?<=\b(?:and|et|but|mais) )(?:got|scored|obtenu|eu)|(?:avec|with)(?: (?:une note de|a grade of|a mark of|a))?)\s+(?:un |une |a )?(\d{1,2}(?:[.,]\d{1,2})?)(?=\s*(?:\/\s*20|sur 20|out of 20)?\s*(?:[.,](?!\d)|[;!?)]|$|(?:et|and|mais|but|donc|so)\b))/;

function mentionOf(code: string, before: string, after: string): UnitMention {
  const mention = roleOf(code, before, after);
  // (« I missed both sessions of NFA031, what now? » is the page on both sessions missed: the session said missed is only marked.)
  const sessionMissed = mention.grade === undefined && !mention.absent && MISSED_A_SESSION_BEFORE.test(before) && !/^\s*[,.]?\s*(avec|with) \d/.test(after);
  return sessionMissed ? { ...mention, sessionMissed: true } : mention;
}

function roleOf(code: string, before: string, after: string): UnitMention {
  // « je l'ai ratée »: the elision as a space, as the patterns write it.
  const spaced = after.replace(/['’]/g, " ");
  // "I missed the UTC504 exam": failed for being absent, not a unit asked about nor never taken.
  // Not a grade missed by points (« de 2 points »), nor an exam still to come (« encore », "yet").
  // (« j'ai raté l'examen de UTC502 : 7/20 »: failed with its grade, not absent.)
  // (« … deux fois, je peux encore le passer ? »: failed twice, both sessions used, no absence.)
  const notAbsent = /^\s*[,.]?\s*(de \d|avec \d|by \d|with \d|encore|yet|pas encore|deux fois|2 fois|twice|a nouveau|again)/.test(spaced) || /^\s*[:(=-]\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:\/\s*20|sur 20)?/.test(spaced);
  // "How many people passed GLG101 last year?": others who passed it, the unit asked about (it was read as the learner's).
  if (OTHERS_PASSED_BEFORE.test(before) || OTHERS_GRADE_BEFORE.test(before)) return { code, role: "asked" };
  // « UTC502 je l'ai jamais faite », "UTC502 I've never taken it": not taken, said after the code.
  if (NEVER_TAKEN_AFTER.test(spaced)) return { code, role: "missing" };
  // « j'ai suivi UTC505 l'an dernier et j'ai eu 12 »: the grade said a few words on, in the same clause, before any other unit.
  const fewWordsOn = GRADE_A_FEW_WORDS_ON.exec(spaced);
  // (Not a unit one wants to take: « je veux faire NFA031, j'ai eu 12 … ».)
  // (Nor a first session's grade followed by the resit's, « j'ai eu 6 et ensuite 8,5 au rattrapage », read further down.)
  const resitToo = fewWordsOn ? /\b(rattrapage|session 2|deuxieme session|seconde session|resit|retake|second session)\b/.test(spaced.slice(0, fewWordsOn.index + fewWordsOn[0].length + 40)) : false;
  if (fewWordsOn && !resitToo && !/\b(veux|voudrais|aimerais|souhaite|compte|want|would like|plan to|hope to)\b[^.?!;]{0,25}$/.test(before) && !/\b[a-z]{3}\s?\d{3}\b/i.test(spaced.slice(0, fewWordsOn.index + fewWordsOn[0].length))) return graded(code, number(fewWordsOn[1] as string));
  const examDay = EXAM_DAY_BEFORE.test(before.trimEnd() + " ") && (/\ble jour de\b/.test(before) || /^\s*(exam|final)\b/.test(spaced)) && NEVER_GOT_THERE.test(spaced);
  const missed = !notAbsent && (examDay || MISSED_BEFORE.test(before) || MISSED_AFTER.test(spaced) || missedInItsClause(spaced) || (MISSED_VERB_BEFORE.test(before) && /^\s*(exam|final|test)\b(?!\s*(prep|preparation|review|revision|info|information|briefing|practice|mock|workshop|class|session|lecture))/.test(after)));
  if (missed) return { code, role: "failed", absent: true };
  // « nfa031 oui nfa032 non », "NFA031 yes, NFA032 not yet": each code with its answer (not « … non ? », "no longer", "no idea").
  if (/^\s*[:,-]?\s*(oui|yes|yep|ouais)\b(?! ou\b| or\b)(?!\s*\?)/.test(after)) return { code, role: "passed" };
  // (« j'ai que UTC505, pas encore UTC501 »: the « pas encore » is the next code's.)
  if (/^\s*[:,-]?\s*(non|no|nope|pas encore|not yet|jamais|never)\b(?! plus\b| longer\b| idea\b| clue\b)(?!\s*\?)(?!\s*(?:(?:valide|validee|fait|passe|done|passed|taken)\s+)?(?:l |la |le |the )?(?:ue |unit )?[a-z]{3}\s?\d{3})/.test(after)) return { code, role: "missing" };
  // « pas encore validé UTC505, je suis en train de la faire », "I haven't validated UTC505, I'm doing it right now": under way.
  if (MISSING_BEFORE.test(before) && TAKING_AFTER.test(spaced)) return { code, role: "taking" };
  if (MISSING_BEFORE.test(before)) return { code, role: "missing" };
  // « j'ai pas eu 10 à UTC504 », "I didn't get 10 in UTC504": a grade said not got is no grade; not the pass mark, the unit is failed.
  const notGot = NOT_GOT_BEFORE.exec(before);
  // (Another grade not got, « pas eu 12 », says none got: the unit stays as asked, as when no grade is said.)
  if (notGot) return number(notGot[1] as string) <= PASSING_GRADE ? { code, role: "failed" } : { code, role: "asked" };
  // « UTC505 (7 puis 8 au rattrapage) », "UTC505: 7 then 8 at the resit": the later session's grade is the one that counts.
  // (« GLG105 7 puis 8 », « j'ai eu 7 puis 12 à NFA031 »: the same, the resit unnamed, or both grades said before the code.)
  const resit = LATER_GRADE_AFTER.exec(spaced) ?? RESAT_WITH_GRADE_AFTER.exec(spaced) ?? (GRADE_BEFORE.test(before) ? LATER_ONLY_AFTER.exec(spaced) : null);
  if (resit) return graded(code, number(resit[1] as string));
  // (Two grades said one after the other: the later counts only after a first below the pass mark — « 12 puis 8 » is validated with
  // 12, session 2 being only for those below 10 or absent.)
  const successive = SUCCESSIVE_GRADES_AFTER.exec(spaced) ?? LATER_GRADE_BEFORE.exec(before);
  if (successive) return graded(code, number(successive[1] as string) >= PASSING_GRADE ? number(successive[1] as string) : number(successive[2] as string));
  const gradeBefore = GRADE_BEFORE.exec(before);
  if (gradeBefore) return graded(code, number(gradeBefore[2] as string));
  if (TAKING_AFTER.test(spaced)) return { code, role: "taking" };
  // « j'ai NFA031 ce semestre »: under way, not passed (« m'inscrire à NFA031 ce semestre » stays asked).
  if (NOW_AFTER.test(after) && PASSED_BEFORE.test(before)) return { code, role: "taking" };
  // « RSX101 I failed with 8 », « NFA031 je l'ai ratée »: failed, said after the code.
  const failedAfter = FAILED_AFTER.exec(spaced);
  if (failedAfter) {
    const grade = failedAfter[1] !== undefined ? number(failedAfter[1]) : undefined;
    return grade !== undefined && grade < 10 ? { code, role: "failed", grade } : { code, role: "failed" };
  }
  // "I sat session 2 of NFA031 … and got 11", « j'ai passé le rattrapage de NFA031 et j'ai eu 11 »: the exam sat, its grade said after.
  // "I took UTC505 and got 9", "I sat session 2 of NFA031 … and got 11": taken or sat, and the grade says how it went.
  // Not across another unit or a « mais »: « validé UTC501, UTC502 …, mais j'ai eu 7 en UTC505 » grades UTC505.
  const later = PASSED_BEFORE.test(before) || SAT_BEFORE.test(before) ? GRADE_LATER.exec(spaced) : null;
  // (Nor a grade said of the next unit: « J'ai validé UTC501 et j'ai eu 8 en UTC502 » gave UTC501 the 8 too, « 0 ECTS acquis ».)
  const gradeLater = later && !/\b([a-z]{3}\s?\d{3}|mais|but|sauf|except|whereas|alors que|par contre)\b/.test(later[0]) && !GRADE_OF_ANOTHER_CODE.test(spaced.slice(later.index + later[0].length)) ? later : null;
  if (gradeLater) return graded(code, number(gradeLater[1] as string));
  if (PASSED_BEFORE.test(before) || PASSED_AFTER.test(after)) {
    const gradeAfter = GRADE_AFTER.exec(after.replace(PASSED_AFTER, ""));
    return gradeAfter ? graded(code, number(gradeAfter[3] as string)) : { code, role: "passed" };
  }
  if (FAILED_BEFORE.test(before)) {
    const gradeAfter = GRADE_AFTER.exec(after);
    const grade = gradeAfter ? number(gradeAfter[3] as string) : undefined;
    return grade !== undefined && grade >= 0 && grade < 10 ? { code, role: "failed", grade } : { code, role: "failed" };
  }
  const outOf20 = gradeOutOf20After(after) ?? gradeSaidAfter(spaced);
  if (outOf20 !== undefined) return graded(code, outOf20);
  if (TAKING_BEFORE.test(before)) return { code, role: "taking" };
  // « faut-il obligatoirement faire DRS101 avant DRS102 ? », "do I have to take NFA031 before NFA032?": asked as what comes
  // before the other one, not done yet; the unit asked about is the other one.
  if (TO_DO_BEFORE.test(before) && BEFORE_ANOTHER.test(spaced)) return { code, role: "missing" };
  return { code, role: "asked" };
}

/** What would be done first, said before the code: « faire », « suivre », "take". */
const TO_DO_BEFORE = /\b(faire|suivre|prendre|passer|valider|do|take|pass|complete)\s*$/;
/** Another unit after « avant », "before": « DRS101 avant DRS102 ». */
const BEFORE_ANOTHER = /^\s*(d abord |first )?(avant|before)\s+(de (faire |suivre |prendre )?|d |taking |doing )?(l ue |la |le |the )?[a-z]{3}\s?\d{3}/i;

/** The grade right after a code (GRADE_OUT_OF_20_AFTER: whichever of its forms matched), if any. */
function gradeOutOf20After(after: string): number | undefined {
  const m = GRADE_OUT_OF_20_AFTER.exec(after);
  const said = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]) : undefined;
  return said !== undefined ? number(said) : undefined;
}

/** « UTC501 j'ai 13, UTC502 j'ai 9 », "NFA031 I got 12": the code, then the learner's grade in it, said as a clause of its own. */
function gradeSaidAfter(spaced: string): number | undefined {
  const said = GRADE_SAID_AFTER.exec(spaced);
  return said ? number(said[1] as string) : undefined;
}
const GRADE_SAID_AFTER =
  /^\s*[,:-]?\s*(?:j ai eu|j ai obtenu|j ai|jai eu|jai|i got|i had|i scored|i have|got)\s+(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:\/\s*20|sur 20|out of 20))?(?=\s*(?:,(?!\d)|\.(?!\d)|[;)!?]|et\b|and\b|mais\b|but\b|$))/;

function graded(code: string, grade: number): UnitMention {
  if (!(grade >= 0 && grade <= 20)) return { code, role: "passed" };
  return { code, role: grade >= 10 ? "passed" : "failed", grade };
}

function number(raw: string): number {
  return Number(raw.replace(",", "."));
}

/**
 * In an answer to « which units have you passed? » (or a plan's question), the codes given as passed:
 * every code said but those said failed, not done or under way (« UTC502 et UTC505, mais RSX101 je
 * l'ai ratée »).
 */
export function codesGivenAsPassed(mentions: readonly UnitMention[]): string[] {
  return mentions.filter((m) => m.role === "passed" || m.role === "asked").map((m) => m.code);
}

/**
 * The codes the message asks about. A code the learner only says they passed or are taking is the
 * situation, not the question (« j'ai validé NFA031 il y a cinq ans, est-elle toujours acquise ? »).
 */
export function askedCodes(mentions: readonly UnitMention[]): string[] {
  return mentions.filter((m) => m.role === "asked").map((m) => m.code);
}

/** The common core (« tronc commun », "common core") said passed: « j'ai tout le tronc commun », not « pas encore le tronc commun ». */
const COMMON_CORE = /\b(tronc commun|troncs communs|common core|core units|(les|mes|all|the|my) (5|cinq|five) (utc|ue utc|utcs)|(tous|toutes) les utc\w*|all (the |my )?utcs?)\b/;
const NOT_BEFORE_CORE = /\b(pas|jamais|not|never|no|sans|without|manque|missing|reste|left)\b[^.;?!]{0,25}$/;

/** The common core said passed with a verb of having done it: « j'ai validé tout le tronc commun », "I've done the common core". */
export function saysCommonCoreDone(message: string): boolean {
  const folded = foldText(message).replace(/['’]/g, " ");
  return saysCommonCorePassed(message) && CORE_DONE.test(folded);
}
const CORE_DONE =
  /\b(j ai|jai|valide|validee|valides|fini|finie|termine|terminee|obtenu|acquis|passed|done|completed|finished|validated|i have|i ve got)\b[^.;?!]{0,25}\b(tronc commun|common core|(?:les|mes|all|the|my) (?:5|cinq|five) (?:utc|utcs)|(?:tous|toutes) les utc\w*)\b|\b(tronc commun|common core|(?:les|mes|all|the|my) (?:5|cinq|five) (?:utc|utcs)|(?:tous|toutes) les utc\w*)\b[^.;?!]{0,10}\b(valide|validee|fini|termine|boucle|bouclee|ok|done|passed|completed)\b/;

/** None of the common core done: « jamais fait le tronc commun », "I never did any Cnam core unit", « aucune UTC ». */
export function saysCommonCoreNotDone(message: string): boolean {
  return CORE_NOT_DONE.test(foldText(message).replace(/['’]/g, " "));
}
const CORE_NOT_DONE =
  /\b(never|not|no|none of|jamais|pas|aucune?|sans|n ai fait aucune?)\b[^.;?!]{0,25}\b(tronc commun|common core|core units?|les utc\w*|utc\w* du tronc)\b|\b(aucune|pas une seule|not a single|none of the) (ue )?(utc|core unit)/;

export function saysCommonCorePassed(message: string): boolean {
  const folded = foldText(message).replace(/['’]/g, " ");
  const at = COMMON_CORE.exec(folded);
  return at !== null && !NOT_BEFORE_CORE.test(folded.slice(0, at.index));
}

/**
 * « qui fait le cours dang320 », « lexam de lnfa040 »: the elision typed without its apostrophe, glued to a unit's code — « d'ANG320 »,
 * « l'NFA040 » — when the code without the letter is a unit (`isUnit`) and the code with it is none.
 */
export function withElisionsBeforeCodes(text: string, isUnit: (code: string) => boolean): string {
  // (In English, "who teaches dang320?": the letter is a slip, dropped — an elision would make the message French.)
  const english = detectLanguage(text.replace(/\b[dlDL][A-Za-z]{3}\d{3}\b/g, " ")) === "en";
  return text.replace(/\b([dlDL])([A-Za-z]{3}\d{3})\b/g, (whole, letter: string, code: string) => (isUnit(code.toUpperCase()) && !isUnit(whole.toUpperCase()) ? (english ? code : `${letter}'${code}`) : whole));
}

