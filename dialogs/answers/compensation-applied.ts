import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { PASSING_GRADE } from "../../domain/eligibility/grade.rule";
import { foldText } from "../../domain/understanding/text-normalizer";
import { COMPENSATION_TAG } from "../../domain/understanding/understanding";
import { unitMentions } from "../../domain/understanding/unit-mentions";
import { gradeOutOf20 } from "../common/catalog.wording";
import type { JobTurn } from "../job";
import { compensationWording } from "./answers.wording";

/** A grade as written: « 10,5 », "10.5", « 11/20 ». */
const GRADE = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*\/\s*20|\s+sur 20)?`;
/**
 * The overall average said with its value: « 10,5 de moyenne (générale|sur ma licence) », « moyenne générale de 11 », « ma moyenne est de
 * 11 », "a 10.5 overall average", "my overall average is 10.5", "an average of 11" (folded words). A unit's own average is no overall one.
 */
const AVERAGE_SAID = new RegExp(
  String.raw`\b${GRADE} (?:de |of )?(?:moyenne|(?:overall |general |global )?(?:licence |license |degree )?average)\b(?! (?:en|in|a|at|for) [a-z]{3} ?\d{3})` +
    String.raw`|\b(?:moyenne|average)(?: (?:generale|globale|annuelle|overall|general))?(?: (?:sur|de|of|for|on) (?:la|ma|l|mon|the|my) ?(?:licence|license|annee|year|diplome|degree|ensemble))?(?: (?:est|is|was|etait))?(?: (?:de|of|a|at|=|:))? ${GRADE}\b(?! ?(?:ects|credits?|h\b|heures?|hours?))`,
);

/**
 * The average said as the learner's own: « j'ai 10,5 de moyenne », « ma moyenne générale est de 11 », "I have a 10.5 overall average", "my
 * average is 11" (folded words).
 */
const OWN_AVERAGE = /\b(j ai|jai|j avais|ai eu|obtenu|i have|i ve got|i got|i had|i m at|ma moyenne|mon moyenne|my (?:overall |general |global )?average)\b/;
/**
 * The rule's threshold asked: « Faut-il une moyenne de 10 pour la compensation ? », « une moyenne de 10 suffit ? », « c'est à partir
 * d'une moyenne de 10 ? », "Do I need an average of 10?": the 10 is the rule's, not the learner's (it was weighed as their average).
 */
const THRESHOLD_ASKED = /\b(faut|faudrait|need|needs|needed|required|requise?|necessaire|suffit|suffisante?|suffire|enough|a partir d|minimum|quelle moyenne|what average|which average|exige\w*)\b/;
/** A unit's grade said, in the learner's words: « et 7 en UTC501 », « 9 en UTC503 » (not bound to the unit when it follows the average). */
const UNIT_GRADE = /\b(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*\/\s*20| sur 20)?(?: pile| tout juste| seulement)? (?:en|a|au|in|at|pour|for|on) (?:l |la |le |the |mon |my )?(?:ue |unit )?([a-z]{3} ?\d{3})\b/g;

/** Another diploma than the licence named: compensation is the licence's rule, the page says others may not have it. */
const OTHER_DIPLOMA = /\b(ingenieur|inge|engineering|master|masters|titre|rncp|bts|dut|certificat|certificate)\b/;

/**
 * « J'ai 10,5 de moyenne sur ma licence mais 8 en UTC502. Je peux quand même avoir le diplôme ? »: the page on compensation applied to the
 * learner's case — the unit below 10 not validated on its own, and the average said weighed against 10/20 (it got an enrolment check of
 * UTC502, or the page alone). `before` goes ahead of the page, after a « Non » (an average below 10/20), `after` follows it. Undefined when the message
 * gives neither a unit's grade below 10 nor the average's value.
 */
export function compensationApplied(turn: JobTurn, entry: ContentEntry | undefined): { before?: string; after?: string } | undefined {
  if (!entry?.tags.includes(COMPENSATION_TAG)) return undefined;
  const words = ` ${foldText(turn.understood.text).replace(/['’]/g, " ").replace(/\s+/g, " ").trim()} `;
  const said = AVERAGE_SAID.exec(words);
  const average = said ? Number((said[1] ?? said[2])!.replace(",", ".")) : undefined;
  // « moyenne générale 10 pile et 9 en UTC503 »: a unit's grade the mentions leave unbound after the average.
  const mentions = unitMentions(turn.understood.text).map((m) => (m.grade === undefined && m.role === "asked" ? { ...m, grade: gradeSaidOf(words, m.code) } : m));
  const graded = mentions.some((m) => m.grade !== undefined && m.grade < PASSING_GRADE);
  // (« Faut-il une moyenne de 10 pour la compensation ? »: the rule's threshold, unless the learner says it is theirs or grades a unit.)
  const theirs = !THRESHOLD_ASKED.test(words) || OWN_AVERAGE.test(words) || graded;
  const known = average !== undefined && average >= 0 && average <= 20 && theirs ? average : undefined;
  // (« pas eu 10 en NFA031 »: failed, its grade unsaid, said only beside an average weighed; not a unit missed at its exam.)
  const below = mentions.filter((m) => (m.grade !== undefined && m.grade < PASSING_GRADE) || (known !== undefined && m.role === "failed" && m.grade === undefined && !m.absent));
  // « 10 de moyenne générale mais je n'ai pas passé UTC504 »: a unit with no grade is no « UE sous la moyenne » the page speaks of.
  const unsat = known !== undefined ? mentions.filter((m) => m.role === "missing" || (m.absent === true && m.grade === undefined)) : [];
  if (known === undefined && below.length === 0) return undefined;
  const w = compensationWording[turn.language];
  const units = [...below.map((m) => w.unitBelow(m.code, m.grade !== undefined ? gradeOutOf20(m.grade, turn.language) : undefined)), ...unsat.map((m) => w.unitNotSat(m.code))];
  if (known !== undefined && known < PASSING_GRADE) return { before: w.averageShort(gradeOutOf20(known, turn.language)), ...(units.length ? { after: w.yourCase(units) } : {}) };
  const enough = known !== undefined && unsat.length === 0 && !OTHER_DIPLOMA.test(words) ? [w.averageEnough(gradeOutOf20(known, turn.language), below.length > 0)] : [];
  const lines = [...units, ...enough];
  return lines.length ? { after: w.yourCase(lines) } : undefined;
}

/** The grade said right before a unit's code (« 7 en UTC501 »), when one is. */
function gradeSaidOf(words: string, code: string): number | undefined {
  for (const m of words.matchAll(UNIT_GRADE)) {
    if (m[2]!.replace(" ", "").toUpperCase() !== code) continue;
    const grade = Number(m[1]!.replace(",", "."));
    return grade >= 0 && grade <= 20 ? grade : undefined;
  }
  return undefined;
}
