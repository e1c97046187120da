import { CardFactory, type Activity, type CardAction } from "botbuilder";
import type { Language } from "../../domain/language/language";
import type { Plan, PlannedSemester, PlanningConstraints, PlanningResult } from "../../domain/planning/planning.types";
import { catalogWording, list } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import { advisorAction, feedbackActions, message, say } from "../common/replies";
import { supportsCards } from "../eligibility/eligibility.card";
import { describeBlock, describeConstraints, describeCriticalReason, describeRelaxation, describeUnit, planningWording } from "./planning.wording";

/** First-semester units a card offers to check, at most: Teams shows up to six buttons. */
const MAX_CHECKS = 3;

export interface PlanContext {
  /** A visitor's plan rests on what they said, not on a record. */
  readonly visitor: boolean;
  readonly constraints: PlanningConstraints;
  /** The studies said are not those the diploma's access expects: preparatory units come first, not in the plan. */
  readonly afterPreparatory?: boolean;
}

/** A plan's title: its length and when the diploma is complete, or, after preparatory units, its length alone. */
function planTitle(plan: Plan, context: PlanContext, language: Language): string {
  const w = planningWording[language];
  const diploma = `${plan.diploma.title} (${plan.diploma.code})`;
  return context.afterPreparatory ? w.titleAfterPreparatory(diploma, plan.semesters.length) : w.title(diploma, plan.semesters.length, plan.completes);
}

function semesterHeading(semester: PlannedSemester, language: Language): string {
  const w = planningWording[language];
  const days = semester.evenings.map((d) => catalogWording[language].days[d]).join(", ");
  const parts = [semester.evenings.length ? w.evenings(semester.evenings.length, days) : w.noEvening];
  if (semester.blockedDays > 0) parts.push(w.blockedDays(semester.blockedDays));
  // A semester's ECTS count its taught units (what a per-semester limit counts); a UA's are said apart.
  const ua = semester.units.filter((unit) => unit.kind === "UA").reduce((sum, unit) => sum + unit.ects, 0);
  if (ua > 0) parts.push(w.creditsWithUa(semester.ects, ua));
  else if (semester.ects > 0) parts.push(w.credits(semester.ects));
  return `${semester.semester} (${w.months[semester.term]}) — ${parts.join(" — ")}`;
}

function authorizationLines(plan: Plan, language: Language): string[] {
  const w = planningWording[language];
  return plan.authorizations.map((step) =>
    step.granted
      ? w.granted(step.unit, step.semester)
      : w.authorizationStep(step, w.monthName[step.before.month], [step.secretariat, step.email].filter(Boolean).join(", ") || w.secretariatFallback),
  );
}

function assumptionLine(plan: Plan, context: PlanContext, language: Language): string {
  const w = planningWording[language];
  const parts = [...plan.assumptions.map((a) => w.assumption(a)), w.constraintsSummary(describeConstraints(context.constraints, language))];
  return `${w.assumptionsTitle}${commonWording[language].colon}${parts.join(language === "fr" ? " ; " : "; ")}.`;
}

/** The buttons that check enrolment in the first semester's taught units. */
function eligibilityChecks(plan: Plan, language: Language): string[] {
  const first = plan.semesters.find((s) => s.units.some((u) => u.kind !== "UA" && !u.committed));
  if (!first) return [];
  return first.units
    .filter((u) => u.kind !== "UA" && !u.committed)
    .slice(0, MAX_CHECKS)
    .map((u) => planningWording[language].eligibilityAction(u.code, first.semester));
}

/** The plan as plain text: everything the card shows, in order. */
export function planText(plan: Plan, context: PlanContext, language: Language): string {
  const w = planningWording[language];
  const colon = commonWording[language].colon;
  const lines = [`${planTitle(plan, context, language)}.`, `${w.indicative}${context.visitor ? ` ${w.visitorNote}` : ""}`];
  for (const semester of plan.semesters) {
    lines.push("", `${semesterHeading(semester, language)}${colon.trimEnd()}`);
    if (semester.units.length === 0) lines.push(`- ${w.nothingThisSemester}`);
    for (const unit of semester.units) lines.push(`- ${describeUnit(unit, language)}${unitFlags(plan, unit.code, semester.semester, language)}`);
  }
  lines.push("", context.afterPreparatory ? w.afterPreparatory(plan.semesters.length) : w.summary(plan.completes, plan.semesters.length, plan.peakEvenings));
  const authorizations = authorizationLines(plan, language);
  if (authorizations.length) lines.push("", `${w.authorizationsTitle}${colon.trimEnd()}`, ...authorizations.map((l) => `- ${l}`));
  lines.push("", `${w.whyTitle}`, ...plan.whyNotFaster.map((r) => `- ${describeCriticalReason(r, language, context.afterPreparatory)}`));
  lines.push("", assumptionLine(plan, context, language), "", w.offerAdvisor);
  return lines.join("\n");
}

function unitFlags(plan: Plan, code: string, semester: string, language: Language): string {
  return plan.authorizations.some((a) => a.unit === code && a.semester === semester && !a.granted) ? ` — ${planningWording[language].authorization}` : "";
}

/**
 * A plan as an Adaptive Card where the channel renders them (its full text as the summary), else
 * as text. The card's buttons check enrolment in the first semester's units; under it, « oui » /
 * « non merci » answer the offer to have an advisor validate the plan, then the votes.
 */
export function planReply(plan: Plan, context: PlanContext, language: Language, channelId: string | undefined): Partial<Activity> {
  const w = planningWording[language];
  const common = commonWording[language];
  const text = planText(plan, context, language);
  const checks = eligibilityChecks(plan, language);
  const answers: CardAction[] = [say(common.yes), say(common.no), ...feedbackActions(language)];
  if (!supportsCards(channelId)) {
    return { type: "message", text, suggestedActions: { actions: [...checks.map(say), ...answers], to: [] } };
  }
  const small = (text: string) => ({ type: "TextBlock", text, wrap: true, isSubtle: true, size: "Small", spacing: "Small" });
  const titled = (title: string, lines: string[]) =>
    lines.length === 0 ? [] : [{ type: "TextBlock", text: title, wrap: true, weight: "Bolder", spacing: "Medium" }, ...lines.map((l) => ({ type: "TextBlock", text: l, wrap: true, spacing: "Small" }))];
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    lang: language,
    body: [
      { type: "TextBlock", text: planTitle(plan, context, language), wrap: true, weight: "Bolder", size: "Medium", color: context.afterPreparatory ? "Warning" : "Good" },
      small(`${w.indicative}${context.visitor ? ` ${w.visitorNote}` : ""}`),
      ...plan.semesters.map((semester) => ({
        type: "Container",
        separator: true,
        spacing: "Medium",
        items: [
          { type: "TextBlock", text: semesterHeading(semester, language), wrap: true, weight: "Bolder" },
          semester.units.length === 0
            ? small(w.nothingThisSemester)
            : {
                type: "FactSet",
                facts: semester.units.map((unit) => ({ title: unit.code, value: `${describeUnit(unit, language).slice(unit.code.length + 1)}${unitFlags(plan, unit.code, semester.semester, language)}` })),
              },
        ],
      })),
      context.afterPreparatory
        ? { type: "TextBlock", text: w.afterPreparatory(plan.semesters.length), wrap: true, spacing: "Medium", color: "Warning" }
        : { type: "TextBlock", text: w.summary(plan.completes, plan.semesters.length, plan.peakEvenings), wrap: true, spacing: "Medium", weight: "Bolder" },
      ...titled(w.authorizationsTitle, authorizationLines(plan, language)),
      ...titled(w.whyTitle, plan.whyNotFaster.map((r) => describeCriticalReason(r, language, context.afterPreparatory))),
      { ...small(assumptionLine(plan, context, language)), spacing: "Medium" },
      { type: "TextBlock", text: w.offerAdvisor, wrap: true, spacing: "Medium" },
    ],
    // Submit buttons carry the text to say, as the eligibility card's do (an imBack for Teams).
    actions: checks.map((b) => ({ type: "Action.Submit", title: b, data: { text: b, msteams: { type: "imBack", value: b } } })),
  };
  return { type: "message", summary: text, attachments: [CardFactory.adaptiveCard(card)], suggestedActions: { actions: answers, to: [] } };
}

/** No plan: what blocks, and which single change of the constraints would give one. */
export function noPlanReply(result: PlanningResult & { outcome: "infeasible" }, language: Language, afterPreparatory = false, fitting: readonly { code: string; title: string; activity?: boolean }[] = []): Partial<Activity> {
  const w = planningWording[language];
  const colon = commonWording[language].colon;
  const lines = [w.infeasible(`${result.diploma.title} (${result.diploma.code})`)];
  // What can be taken all the same, before what blocks the rest (a UA among them has no classes: no time of the week suits it or not).
  if (fitting.length > 0) lines.push(`${w.unitsThatFit}${colon.trimEnd()}`, ...fitting.map((unit) => `- ${unit.code} ${unit.title}${unit.activity ? w.noClasses : ""}`), "", `${w.unitsThatDoNot}${colon.trimEnd()}`);
  // Units blocked for the same reason are named together: a choice may list a dozen.
  const blocked = result.blocked.flatMap((requirement) => {
    const byReason = new Map<string, { codes: string[]; block: (typeof requirement.units)[number]["block"] }>();
    for (const unit of requirement.units) {
      const reason = describeBlock(unit.block, language);
      const group = byReason.get(reason) ?? byReason.set(reason, { codes: [], block: unit.block }).get(reason)!;
      group.codes.push(requirement.units.length === 1 ? `${unit.code} ${unit.title}` : unit.code);
    }
    return [...byReason.values()].map(({ codes, block }) => `- ${requirement.label}${colon}${list(codes, language)} ${describeBlock(block, language, codes.length > 1)}.`);
  });
  lines.push(...(blocked.length ? blocked : [w.tooTight]));
  if (result.relaxations.length > 0) lines.push("", `${w.relaxationsTitle}${colon.trimEnd()}`, ...result.relaxations.map((r) => `- ${describeRelaxation(r, language, afterPreparatory)}`));
  else lines.push("", w.noRelaxation);
  return message(lines.join("\n"), [advisorAction(language), ...feedbackActions(language)]);
}

/** The plan in a few lines, for an advisor asked to validate it. */
export function handoffQuestion(plan: Plan, context: PlanContext, language: Language): string {
  const w = planningWording[language];
  const semesters = plan.semesters.map((s) => `${s.semester}${commonWording[language].colon}${s.units.map((u) => u.code).join(", ") || "-"}`).join(" ; ");
  return w.handoffQuestion(plan.diploma.code, plan.completes, semesters, w.constraintsSummary(describeConstraints(context.constraints, language)));
}

/** The diplomas as a learner reads them in a question: "LG02501A (Licence informatique (L3))". */
export function diplomaList(diplomas: readonly { code: string; title: string }[], language: Language): string {
  return list(diplomas.map((d) => `${d.code} (${d.title})`), language, "or");
}
