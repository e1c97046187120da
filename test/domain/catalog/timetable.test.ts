import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offeringClashes, offeringSchema, slotsClash, weekdayOf, WEEKDAYS, type Slot } from "../../../domain/catalog/timetable";

const weekly = (day: string, start: string, end: string) => ({ day, start, end }) as Slot;
const dated = (date: string, start: string, end: string) => ({ date, start, end }) as Slot;

describe("timetable clashes", () => {
  it.each([
    ["same evening, same hours", weekly("monday", "18:15", "21:45"), weekly("monday", "18:15", "21:45"), true],
    ["overlap by one minute", weekly("monday", "18:15", "20:01"), weekly("monday", "20:00", "21:45"), true],
    ["touching half evenings", weekly("monday", "18:15", "20:00"), weekly("monday", "20:00", "21:45"), false],
    ["different evenings", weekly("monday", "18:15", "21:45"), weekly("tuesday", "18:15", "21:45"), false],
    ["Saturday morning and afternoon", weekly("saturday", "09:00", "12:30"), weekly("saturday", "13:30", "17:00"), false],
    ["blocked day and an evening of the same weekday", dated("2026-10-05", "09:00", "17:30"), weekly("monday", "18:15", "21:45"), false],
    ["blocked day and a long Monday slot", dated("2026-10-05", "09:00", "17:30"), weekly("monday", "17:00", "21:45"), true],
    ["two blocked days on the same date", dated("2026-10-05", "09:00", "17:30"), dated("2026-10-05", "13:00", "17:30"), true],
    ["two blocked days on different dates", dated("2026-10-05", "09:00", "17:30"), dated("2026-10-12", "09:00", "17:30"), false],
  ])("%s: clash %s", (_label, a, b, expected) => {
    expect(slotsClash(a, b)).toBe(expected);
    expect(slotsClash(b, a)).toBe(expected);
  });

  it("FOAD occupies no slot, so it never clashes", () => {
    const foad = offeringSchema.parse({ id: "foad", term: "S1", modality: "distance" });
    const evening = offeringSchema.parse({ id: "soir", term: "S1", modality: "evening", weekly: [weekly("monday", "18:15", "21:45")] });
    expect(offeringClashes(foad, evening)).toEqual([]);
    expect(offeringClashes(evening, foad)).toEqual([]);
  });

  it("clashing is symmetric", () => {
    const time = fc.integer({ min: 8 * 60, max: 22 * 60 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
    const slot = fc.tuple(fc.constantFrom(...WEEKDAYS), time, time).filter(([, s, e]) => s < e).map(([day, start, end]) => weekly(day, start, end));
    fc.assert(
      fc.property(slot, slot, (a, b) => {
        expect(slotsClash(a, b)).toBe(slotsClash(b, a));
      }),
    );
  });

  it.each([
    ["2026-10-05", "monday"],
    ["2026-10-10", "saturday"],
    ["2026-10-11", "sunday"],
    ["2028-02-29", "tuesday"],
  ])("%s is a %s", (date, day) => {
    expect(weekdayOf(date)).toBe(day);
  });
});

describe("offering schema (weekday evenings 18:15-21:45, Saturdays, blocked weekdays, FOAD without slots)", () => {
  it.each([
    ["an evening slot inside the window", { modality: "evening", weekly: [weekly("friday", "18:15", "21:45")] }, true],
    ["an evening slot starting at 18:00", { modality: "evening", weekly: [weekly("friday", "18:00", "21:45")] }, false],
    ["an evening slot ending at 22:00", { modality: "evening", weekly: [weekly("friday", "20:00", "22:00")] }, false],
    ["a slot ending before it starts", { modality: "evening", weekly: [weekly("friday", "21:00", "19:00")] }, false],
    ["an evening offering on Saturday", { modality: "evening", weekly: [weekly("saturday", "09:00", "12:00")] }, false],
    ["a Saturday offering", { modality: "saturday", weekly: [weekly("saturday", "09:00", "12:30")] }, true],
    ["blocked days on weekdays", { modality: "blocked-days", dated: [dated("2026-10-05", "09:00", "17:30")] }, true],
    ["a blocked day on a Saturday", { modality: "blocked-days", dated: [dated("2026-10-10", "09:00", "17:30")] }, false],
    ["FOAD without slots", { modality: "distance" }, true],
    ["FOAD with a slot", { modality: "distance", weekly: [weekly("monday", "18:15", "20:00")] }, false],
    ["hybrid with one in-person slot", { modality: "hybrid", weekly: [weekly("tuesday", "18:15", "20:00")] }, true],
    ["hybrid without any", { modality: "hybrid" }, false],
    ["an unknown modality", { modality: "online" }, false],
    ["a time like 6pm", { modality: "evening", weekly: [weekly("friday", "6pm", "21:45")] }, false],
  ])("%s: valid %s", (_label, fields, valid) => {
    expect(offeringSchema.safeParse({ id: "x", term: "S1", ...fields }).success).toBe(valid);
  });
});
