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
  const known = average !== undefined && average >= 0 && average <= 20 ? average : undefined;
  // (« pas eu 10 en NFA031 »: failed, its grade unsaid, said only beside an average weighed; not a unit missed at its exam.)
  const mentions = unitMentions(turn.understood.text);
  const below = mentions.filter((m) => (m.grade !== undefined && m.grade < PASSING_GRADE) || (known !== undefined && m.role === "failed" && m.grade === undefined && !m.absent));
  if (known === undefined && below.length === 0) return undefined;
  const w = compensationWording[turn.language];
  const units = below.map((m) => w.unitBelow(m.code, m.grade !== undefined ? gradeOutOf20(m.grade, turn.language) : undefined));
  if (known !== undefined && known < PASSING_GRADE) return { before: w.averageShort(gradeOutOf20(known, turn.language)), ...(units.length ? { after: w.yourCase(units) } : {}) };
  const enough = known !== undefined && !OTHER_DIPLOMA.test(words) ? [w.averageEnough(gradeOutOf20(known, turn.language), units.length > 0)] : [];
  const lines = [...units, ...enough];
  return lines.length ? { after: w.yourCase(lines) } : undefined;
}
