import type { Activity } from "botbuilder";
import { diplomasContaining, type Catalog } from "../../domain/catalog/catalog";
import { closestCodes } from "../../domain/catalog/closest-code";
import { unitModalities, type Unit } from "../../domain/catalog/unit.schema";
import { hoursForCredits } from "../../domain/credit-hours/credit-hours.rule";
import { describeHoursForCredits } from "../../domain/credit-hours/credit-hours.wording";
import { describeSlot, MODALITY_WORDING, TERM_WORDING } from "../../domain/eligibility/eligibility.wording";
import type { Language } from "../../domain/language/language";
import { message, say } from "../answers/answer.replies";
import { feedbackActions } from "../feedback/feedback";
import { unitInfoWording } from "./unit-info.wording";

/** Everything a learner wants to know about one unit before choosing it, from the catalog. */
export function describeUnit(unit: Unit, catalog: Catalog, language: Language): string {
  const w = unitInfoWording[language];
  const lines: string[] = [`${unit.code} — ${unit.title}${unit.sample ? ` ${w.sample}` : ""}`];
  lines.push(`${w.kind[unit.kind]}, ${w.credits(unit.ects)}. ${unit.ects > 0 ? describeHoursForCredits(hoursForCredits(unit.ects), language) : ""}`.trim());

  const modalities = unitModalities(unit);
  if (modalities.length) lines.push(`${w.modalities}${colon(language)}${modalities.map((m) => MODALITY_WORDING[m][language]).join(" ; ")}`);
  const offerings = unit.offerings.map((o) => {
    const slots = [...o.weekly, ...o.dated].map((slot) => describeSlot(slot, language));
    return `${TERM_WORDING[o.term][language]} — ${MODALITY_WORDING[o.modality][language]}${slots.length ? ` : ${slots.join(", ")}` : ""}${o.note ? ` (${o.note})` : ""}`;
  });
  lines.push(`${w.offerings}${colon(language)}${offerings.length ? `\n${offerings.map((o) => `- ${o}`).join("\n")}` : w.notScheduled}`);

  const { allOf, anyOf, advice } = unit.prerequisites;
  const required = [...allOf, ...anyOf.map((group) => `${w.oneOf} ${group.join(" / ")}`)];
  lines.push(`${w.prerequisites}${colon(language)}${required.length ? required.join(", ") : w.noPrerequisite}`);
  if (advice.length) lines.push(`${w.advice}${colon(language)}${advice.join(" ; ")}`);
  if (unit.recommended.length) lines.push(`${w.recommended}${colon(language)}${unit.recommended.join(", ")}`);
  if (unit.exclusions.length) lines.push(`${w.exclusions} ${unit.exclusions.map((e) => e.unit).join(", ")}.`);
  if (unit.authorizationRequired) lines.push(w.authorization);

  const diplomas = unit.kind === "US" ? unit.diplomas : diplomasContaining(catalog, unit.code).map((d) => d.code);
  if (diplomas.length) {
    const named = diplomas.map((code) => `${code}${catalog.diplomas.get(code) ? ` (${catalog.diplomas.get(code)!.title})` : ""}`);
    lines.push(`${w.diplomas}${colon(language)}${named.join(", ")}${unit.kind === "US" ? ` — ${w.usOnly}` : ""}`);
  }
  const contact = [unit.department, unit.contact?.secretariat, unit.contact?.email].filter(Boolean);
  if (contact.length) lines.push(`${w.contact}${colon(language)}${contact.join(", ")}`);
  return lines.join("\n");
}

/** The reply to "c'est quoi NSY103 ?": the unit's description, or the closest codes. */
export function unitInfoReply(codes: readonly string[], catalog: Catalog, language: Language): Partial<Activity> {
  const w = unitInfoWording[language];
  const known = codes.slice(0, 3).map((code) => catalog.units.get(code));
  const text = codes
    .slice(0, 3)
    .map((code, i) => {
      const unit = known[i];
      return unit ? describeUnit(unit, catalog, language) : w.unknown(code, closestCodes(code, catalog.units.keys()));
    })
    .join("\n\n");
  const first = known.find((unit) => unit !== undefined);
  return message(text, [...(first ? [say(w.checkAction(first.code))] : []), ...feedbackActions(language)]);
}

function colon(language: Language): string {
  return language === "fr" ? " : " : ": ";
}
