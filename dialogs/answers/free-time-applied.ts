import type { Catalog } from "../../domain/catalog/catalog";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import { CLASS_TIMES_TAG, saysWhenFree } from "../../domain/understanding/understanding";
import { misfit, summarizeOffering, type Availability } from "../../domain/eligibility/availability.rule";
import { catalogWording, readableOffering } from "../common/catalog.wording";
import { message } from "../common/replies";
import { availabilityOf, readConstraints } from "../planning/planning.constraints";
import type { JobTurn } from "../job";
import { answersWording } from "./answers.wording";

/** When evening classes start (the content's page says so): free later than this, some are out of reach. */
const EVENING_START = "18:15";
/** How many units each way of studying names. */
const MAX_UNITS_EACH_WAY = 4;

/** The ways of studying a learner's free time is weighed in, in the order they are said. */
type Way = "weekdays" | "saturday" | "distance";

/**
 * « Je finis le travail à 19h pile en semaine. Je peux suivre des cours du soir quand même ? », "I work every Saturday, can I
 * still study?": after the page on when classes meet, the catalog's units whose classes suit what the learner said, each
 * way of studying with the units of it that fit (the page says « du lundi au vendredi de 18h15 à 21h45, et le samedi », the
 * learner wants to know what that leaves them). Nothing when the message says nothing of when they are free.
 */
export async function freeTimeApplied(turn: JobTurn, entry: ContentEntry | undefined): Promise<boolean> {
  // (« les cours ont lieu seulement le samedi ? » asks about the classes, not when the learner is free.)
  if (!entry?.tags.includes(CLASS_TIMES_TAG) || !saysWhenFree(turn.text)) return false;
  // The whole message: when the learner is free is told beside the question (« Je finis à 19h. Je peux suivre des cours ? »).
  const availability = availabilityOf(readConstraints(turn.text, turn.services.now()));
  if (!availability || (availability.weekdaysFrom === undefined && availability.unavailableDays.length === 0)) return false;
  const w = answersWording[turn.language].freeTime;
  const from = availability.weekdaysFrom ? catalogWording[turn.language].time(availability.weekdaysFrom) : undefined;
  const late = (availability.weekdaysFrom ?? "") > EVENING_START;
  const noSaturday = availability.unavailableDays.includes("saturday");
  // Free before evening classes start, every day of the week: they all suit, which the page said; nothing to list.
  // (Not on Saturdays, and free in time for the evening: the evening and distance classes, most of the catalog.)
  if (!late && (from || noSaturday)) {
    await turn.context.sendActivity(message(noSaturday ? w.allButSaturday : w.allSuit(from!)));
    return true;
  }
  const fitting = unitsThatFit(await turn.services.catalog(), availability, turn.language);
  const lines = (["weekdays", "saturday", "distance"] as const).flatMap((way) => {
    const units = fitting[way];
    // (No weekday class that late: said, since that is what the learner asked; a way with none otherwise goes unsaid.)
    if (units.length === 0) return way === "weekdays" && from ? [w.noneOnWeekdays(from)] : [];
    const named = units.slice(0, MAX_UNITS_EACH_WAY).map(({ unit, when }) => `${unit.code} (${when})`);
    return [w.thatWay(way, named.join(" ; "), units.length - named.length, from)];
  });
  await turn.context.sendActivity(message([w.intro(from, late, noSaturday), ...lines.map((line) => `- ${line}`), w.check].join("\n")));
  return true;
}

/** The units (UE) with an offering that suits the learner, by way of studying: weekday classes, Saturday classes, at a distance. */
function unitsThatFit(catalog: Catalog, availability: Availability, language: Language): Record<Way, { unit: Unit; when: string }[]> {
  const found: Record<Way, { unit: Unit; when: string }[]> = { weekdays: [], saturday: [], distance: [] };
  for (const unit of catalog.units.values()) {
    if (unit.kind !== "UE") continue;
    const taken = new Set<Way>();
    for (const offering of unit.offerings) {
      const summary = summarizeOffering(offering);
      if (misfit(summary, availability) !== undefined) continue;
      const way: Way = offering.modality === "distance" ? "distance" : summary.slots.some((slot) => "day" in slot && slot.day === "saturday") ? "saturday" : "weekdays";
      if (offering.modality === "blocked-days" || taken.has(way)) continue;
      taken.add(way);
      found[way].push({ unit, when: way === "distance" ? unit.title : readableOffering(summary, language).replace(/\s*\([^()]*\)$/, "") });
    }
  }
  return found;
}
