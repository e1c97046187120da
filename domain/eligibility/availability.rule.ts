import type { Offering, Weekday } from "../catalog/timetable";
import type { Unit } from "../catalog/unit.schema";
import { dayOfSlot, meetsOnAWeekdayBefore, meetsOnSaturdayOutside } from "../catalog/catalog";
import type { Term } from "../semester/semester";
import type { Availability, Misfit, OfferingSummary } from "./eligibility.types";

export type { Availability, Misfit };

/** The misfit of an offering, or undefined when it suits the learner's availability. */
export function misfit(offering: OfferingSummary, availability: Availability): Misfit | undefined {
  const days = [...new Set(offering.slots.map(dayOfSlot))].filter((day): day is Weekday => day !== "sunday" && availability.unavailableDays.includes(day));
  const refused = availability.modalities !== undefined && !availability.modalities.includes(offering.modality);
  // « je finis le travail à 19h »: a weekday class starting before then cannot be attended (Saturday's can).
  const except = availability.weekdaysFromExcept;
  const usual = availability.weekdaysFrom;
  const tooEarly = usual !== undefined && meetsOnAWeekdayBefore(offering.slots, usual, except, availability.weekdaysFromExceptAt);
  // (« … sauf le vendredi où je suis libre dès 19h »: a Friday class at 18h15 is early for that day's own time.)
  const from = tooEarly && !meetsOnAWeekdayBefore(offering.slots, usual, except) ? availability.weekdaysFromExceptAt : usual;
  // « je ne suis dispo que le samedi matin »: a Saturday class in the afternoon cannot be attended.
  const half = availability.saturdayHalf;
  const otherHalf = half !== undefined && meetsOnSaturdayOutside(offering.slots, half);
  if (days.length === 0 && !refused && !tooEarly && !otherHalf) return undefined;
  // "Can I enrol in NFP121 from Lyon?": at a distance or not at all, so its evening classes are not at a distance, not evenings refused.
  const accepted = availability.modalities ?? [];
  const distanceOnly = refused && accepted.length > 0 && accepted.every((m) => m === "distance" || m === "hybrid");
  return {
    offering,
    days,
    ...(refused ? { modality: offering.modality } : {}),
    ...(distanceOnly ? { onlyAtADistance: true as const } : {}),
    ...(tooEarly ? { from } : {}),
    ...(otherHalf ? { saturdayHalf: half } : {}),
  };
}

/** An offering as decisions show it: its modality and every slot, weekly then dated. */
export function summarizeOffering(offering: Offering): OfferingSummary {
  return { id: offering.id, modality: offering.modality, slots: [...offering.weekly, ...offering.dated] };
}

/** Whether the unit has an offering in the term that suits what the learner said. */
export function suitsInTerm(unit: Unit, term: Term, availability: Availability): boolean {
  return unit.offerings.some((o) => o.term === term && misfit(summarizeOffering(o), availability) === undefined);
}

/** Whether the learner said anything that can rule an offering out. */
export function saysAvailability(availability: Availability | undefined): availability is Availability {
  return availability !== undefined && (availability.unavailableDays.length > 0 || availability.modalities !== undefined || availability.weekdaysFrom !== undefined || availability.saturdayHalf !== undefined);
}
