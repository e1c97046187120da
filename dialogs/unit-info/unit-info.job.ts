import type { Activity } from "botbuilder";
import { diplomasContaining, type Catalog } from "../../domain/catalog/catalog";
import { unitModalities, type Unit } from "../../domain/catalog/unit.schema";
import { hoursForCredits } from "../../domain/credit-hours/credit-hours.rule";
import type { Language } from "../../domain/language/language";
import { catalogWording, describeOffering, unknownUnit } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import { feedbackActions, message, say } from "../common/replies";
import { describeHoursForCredits } from "../credit-hours/credit-hours.wording";
import { intentOf, type ReplyJob } from "../job";
import { unitInfoWording } from "./unit-info.wording";

/** Everything a learner wants to know about one unit before choosing it, from the catalog. */
export function describeUnit(unit: Unit, catalog: Catalog, language: Language): string {
  const w = unitInfoWording[language];
  const { modality } = catalogWording[language];
  const colon = commonWording[language].colon;
  const lines: string[] = [`${unit.code} — ${unit.title}${unit.sample ? ` ${w.sample}` : ""}`];
  lines.push(`${w.kind[unit.kind]}, ${w.credits(unit.ects)}. ${unit.ects > 0 ? describeHoursForCredits(hoursForCredits(unit.ects), language) : ""}`.trim());

  const modalities = unitModalities(unit);
  if (modalities.length) lines.push(`${w.modalities}${colon}${modalities.map((m) => modality[m]).join(" ; ")}`);
  const offerings = unit.offerings.map((o) => describeOffering(o, language));
  lines.push(`${w.offerings}${colon}${offerings.length ? `\n${offerings.map((o) => `- ${o}`).join("\n")}` : w.notScheduled}`);

  const { allOf, anyOf, advice } = unit.prerequisites;
  const required = [...allOf, ...anyOf.map((group) => `${w.oneOf} ${group.join(" / ")}`)];
  lines.push(`${w.prerequisites}${colon}${required.length ? required.join(", ") : w.noPrerequisite}`);
  if (advice.length) lines.push(`${w.advice}${colon}${advice.join(" ; ")}`);
  if (unit.recommended.length) lines.push(`${w.recommended}${colon}${unit.recommended.join(", ")}`);
  if (unit.exclusions.length) lines.push(`${w.exclusions} ${unit.exclusions.map((e) => e.unit).join(", ")}.`);
  if (unit.authorizationRequired) lines.push(w.authorization);

  const diplomas = unit.kind === "US" ? unit.diplomas : diplomasContaining(catalog, unit.code).map((d) => d.code);
  if (diplomas.length) {
    const named = diplomas.map((code) => `${code}${catalog.diplomas.get(code) ? ` (${catalog.diplomas.get(code)!.title})` : ""}`);
    lines.push(`${w.diplomas}${colon}${named.join(", ")}${unit.kind === "US" ? ` — ${w.usOnly}` : ""}`);
  }
  const contact = [unit.department, unit.contact?.secretariat, unit.contact?.email].filter(Boolean);
  if (contact.length) lines.push(`${w.contact}${colon}${contact.join(", ")}`);
  return lines.join("\n");
}

/** The reply to "c'est quoi NSY103 ?": the unit's description, or the closest codes. */
function unitInfoReply(codes: readonly string[], catalog: Catalog, language: Language): Partial<Activity> {
  const w = unitInfoWording[language];
  const known = codes.slice(0, 3).map((code) => catalog.units.get(code));
  const text = codes
    .slice(0, 3)
    .map((code, i) => {
      const unit = known[i];
      return unit ? describeUnit(unit, catalog, language) : unknownUnit(code, catalog, language);
    })
    .join("\n\n");
  const first = known.find((unit) => unit !== undefined);
  return message(text, [...(first ? [say(w.checkAction(first.code))] : []), ...feedbackActions(language)]);
}

/** "C'est quoi NSY103 ?": the catalog's description of one to three units. */
export const unitInfoJob: ReplyJob = {
  name: "unit-info",
  handles: { unit: "input" },
  label: { fr: "Fiche d'une unité (catalogue)", en: "A unit's description (catalog)" },
  help: { fr: "présenter une unité (« c'est quoi NSY103 ? »)", en: 'describe a unit ("what is NSY103?")' },
  async reply(turn) {
    const { codes } = intentOf(turn, "unit");
    const catalog = await turn.services.catalog();
    await turn.context.sendActivity(unitInfoReply(codes, catalog, turn.language));
    // A code the catalog does not hold is a question left open: advisors see it in the report.
    return codes.slice(0, 3).some((code) => catalog.units.has(code))
      ? { kind: "answered", answerId: "unit-info" }
      : { kind: "unanswered", question: turn.text, suggested: [] };
  },
};
