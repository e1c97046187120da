import type { Catalog } from "../../domain/catalog/catalog";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { Language } from "../../domain/language/language";
import { describeOffering, unknownUnit } from "../common/catalog.wording";
import { feedbackActions, message, say } from "../common/replies";
import { intentOf, type ReplyJob } from "../job";
import { unitScheduleWording } from "./unit-schedule.wording";

function describeClasses(unit: Unit, language: Language): string {
  const w = unitScheduleWording[language];
  if (unit.offerings.length === 0) return w.none(unit.code);
  return [w.heading(unit.code, unit.title), ...unit.offerings.map((offering) => `- ${describeOffering(offering, language)}`)].join("\n");
}

function known(codes: readonly string[], catalog: Catalog): Unit[] {
  return codes.flatMap((code) => catalog.units.get(code) ?? []);
}

/** « Quand ont lieu les cours de NSY103 ? »: the semesters, days, hours and modality of a unit's classes, from the catalog. */
export const unitScheduleJob: ReplyJob = {
  name: "unit-schedule",
  handles: { "unit-schedule": "new-topic" },
  label: { fr: "Horaires d'une unité (catalogue)", en: "A unit's timetable (catalog)" },
  help: { fr: "donner les horaires d'une unité (« quand ont lieu les cours de NSY103 ? »)", en: 'give a unit\'s timetable ("when are the classes of NSY103?")' },
  async reply(turn) {
    const codes = intentOf(turn, "unit-schedule").codes.slice(0, 3);
    const catalog = await turn.services.catalog();
    const text = codes.map((code) => {
      const unit = catalog.units.get(code);
      return unit ? describeClasses(unit, turn.language) : unknownUnit(code, catalog, turn.language);
    });
    const first = known(codes, catalog)[0];
    await turn.context.sendActivity(message(text.join("\n\n"), [...(first ? [say(unitScheduleWording[turn.language].checkAction(first.code))] : []), ...feedbackActions(turn.language)]));
    return first ? { kind: "answered", answerId: "unit-schedule" } : { kind: "unanswered", question: turn.text, suggested: [] };
  },
};
