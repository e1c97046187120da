import { z } from "zod/v4";
import { termSchema } from "../semester/semester";

/**
 * When a unit is taught. Lectures and tutorials run Monday to Friday from 18:15 to 21:45 and on
 * Saturdays; some units use blocked days (TO) on weekdays; FOAD units are taught at a distance and
 * occupy no slot; hybrid units keep some in-person slots. Source: "UE en cours du soir", modalités.
 */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MODALITIES = ["evening", "saturday", "blocked-days", "distance", "hybrid"] as const;
export type Modality = (typeof MODALITIES)[number];

/** Weekday evening classes start no earlier and end no later than this. */
export const EVENING_WINDOW = { start: "18:15", end: "21:45" } as const;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time like "18:15"' });
// No message of its own: the shared wording tells a malformed date from one that does not exist (2027-13-45).
const isoDateSchema = z.iso.date();

export const weeklySlotSchema = z.strictObject({ day: z.enum(WEEKDAYS), start: timeSchema, end: timeSchema });
export const datedSlotSchema = z.strictObject({ date: isoDateSchema, start: timeSchema, end: timeSchema });
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;
export type DatedSlot = z.infer<typeof datedSlotSchema>;
export type Slot = WeeklySlot | DatedSlot;

/** The weekday of an ISO date, computed on the calendar alone (no clock, no time zone). */
export function weekdayOf(date: string): Weekday | "sunday" {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const index = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return index === 0 ? "sunday" : (WEEKDAYS[index - 1] as Weekday);
}

export const offeringSchema = z
  .strictObject({
    /** Unique within the unit, e.g. "S1-soir"; enrolments name it when a term has several offerings. */
    id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, { message: "expected a short id of letters, digits and dashes" }),
    term: termSchema,
    modality: z.enum(MODALITIES),
    weekly: z.array(weeklySlotSchema).default([]),
    /** Blocked days (TO), or dated in-person sessions of a hybrid unit. */
    dated: z.array(datedSlotSchema).default([]),
    note: z.string().min(1).optional(),
  })
  .superRefine((offering, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    [...offering.weekly, ...offering.dated].forEach((slot, i) => {
      const path = i < offering.weekly.length ? ["weekly", i] : ["dated", i - offering.weekly.length];
      if (slot.start >= slot.end) issue([...path, "end"], `a slot must end after it starts (${slot.start}-${slot.end})`);
    });
    offering.weekly.forEach((slot, i) => {
      if (slot.day !== "saturday" && (slot.start < EVENING_WINDOW.start || slot.end > EVENING_WINDOW.end)) {
        issue(["weekly", i], `weekday classes run between ${EVENING_WINDOW.start} and ${EVENING_WINDOW.end} (got ${slot.day} ${slot.start}-${slot.end})`);
      }
    });
    offering.dated.forEach((slot, i) => {
      const day = weekdayOf(slot.date);
      if (day === "sunday" || day === "saturday") issue(["dated", i, "date"], `blocked days fall Monday to Friday (${slot.date} is a ${day})`);
    });
    switch (offering.modality) {
      case "evening":
        if (offering.weekly.length === 0) issue(["weekly"], "an evening offering needs at least one weekday slot");
        if (offering.weekly.some((slot) => slot.day === "saturday")) issue(["weekly"], 'a Saturday slot belongs to a "saturday" or "hybrid" offering');
        if (offering.dated.length > 0) issue(["dated"], 'dated sessions belong to a "blocked-days" or "hybrid" offering');
        break;
      case "saturday":
        if (offering.weekly.length === 0 || offering.weekly.some((slot) => slot.day !== "saturday")) {
          issue(["weekly"], "a Saturday offering has Saturday slots only, at least one");
        }
        if (offering.dated.length > 0) issue(["dated"], 'dated sessions belong to a "blocked-days" or "hybrid" offering');
        break;
      case "blocked-days":
        if (offering.dated.length === 0) issue(["dated"], "a blocked-days offering lists its days");
        if (offering.weekly.length > 0) issue(["weekly"], "a blocked-days offering has no weekly slots");
        break;
      case "distance":
        // FOAD: the point is that it occupies no slot, so it can never clash.
        if (offering.weekly.length > 0 || offering.dated.length > 0) issue(["modality"], "a distance (FOAD) offering has no timetable slots");
        break;
      case "hybrid":
        if (offering.weekly.length === 0 && offering.dated.length === 0) issue(["modality"], "a hybrid offering keeps at least one in-person slot");
        break;
    }
  });
export type Offering = z.infer<typeof offeringSchema>;

function overlaps(a: Slot, b: Slot): boolean {
  // Touching slots (one ends at 19:45, the next starts at 19:45) do not clash.
  return a.start < b.end && b.start < a.end;
}

function sameDay(a: Slot, b: Slot): boolean {
  const day = (slot: Slot) => ("day" in slot ? slot.day : weekdayOf(slot.date));
  if ("date" in a && "date" in b) return a.date === b.date;
  return day(a) === day(b);
}

/** Two sessions clash when they fall on the same day (weekday or date) and their times overlap. */
export function slotsClash(a: Slot, b: Slot): boolean {
  return sameDay(a, b) && overlaps(a, b);
}

export interface SlotClash {
  readonly slot: Slot;
  readonly otherSlot: Slot;
}

/** Every pair of clashing sessions between two offerings; empty for FOAD, which occupies none. */
export function offeringClashes(offering: Offering, other: Offering): SlotClash[] {
  const clashes: SlotClash[] = [];
  for (const slot of [...offering.weekly, ...offering.dated]) {
    for (const otherSlot of [...other.weekly, ...other.dated]) {
      if (slotsClash(slot, otherSlot)) clashes.push({ slot, otherSlot });
    }
  }
  return clashes;
}
