import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareSemesters,
  formatSemester,
  nextSemester,
  parseSemester,
  semesterAt,
  semesterFromId,
  semesterIdSchema,
  type Semester,
} from "../../../domain/semester/semester";

const paris = (iso: string) => new Date(iso);

describe("semester at a date (S1 September-January, S2 February-June, Paris time)", () => {
  it.each([
    ["2026-09-01T00:30:00+02:00", "2026-2027 S1"],
    ["2026-11-27T12:00:00Z", "2026-2027 S1"],
    ["2027-01-31T23:30:00+01:00", "2026-2027 S1"],
    ["2027-02-01T00:30:00+01:00", "2026-2027 S2"],
    ["2027-06-30T23:30:00+02:00", "2026-2027 S2"],
    // 31 January 23:30 UTC is already 1 February in Paris.
    ["2027-01-31T23:30:00Z", "2026-2027 S2"],
  ])("%s is in %s", (iso, expected) => {
    expect(formatSemester(semesterAt(paris(iso))!)).toBe(expected);
  });

  it.each([["2027-07-01T00:30:00+02:00"], ["2027-08-31T23:30:00+02:00"]])("%s, in the summer break, is in no semester", (iso) => {
    expect(semesterAt(paris(iso))).toBeUndefined();
  });

  it.each([
    ["2026-11-27T12:00:00Z", "2026-2027 S2"],
    ["2027-03-15T12:00:00Z", "2027-2028 S1"],
    ["2027-07-14T12:00:00Z", "2027-2028 S1"],
    ["2027-01-15T12:00:00Z", "2026-2027 S2"],
  ])("the next semester after %s is %s", (iso, expected) => {
    expect(formatSemester(nextSemester(paris(iso)))).toBe(expected);
  });
});

describe("reading a semester", () => {
  const november = paris("2026-11-27T12:00:00Z");
  const march = paris("2027-03-10T12:00:00Z");
  it.each([
    ["S1", november, "2026-2027 S1"],
    ["s2", november, "2026-2027 S2"],
    ["S1", march, "2027-2028 S1"],
    ["S2", march, "2026-2027 S2"],
    ["semestre 2", november, "2026-2027 S2"],
    ["second semestre", november, "2026-2027 S2"],
    ["premier semestre", march, "2027-2028 S1"],
    ["2026-2027 S1", march, "2026-2027 S1"],
    ["S2 2027/2028", november, "2027-2028 S2"],
    ["2026-27 S2", november, "2026-2027 S2"],
    ["S1 2027", november, "2027-2028 S1"],
    ["S2 2027", november, "2026-2027 S2"],
  ])("%j in context reads as %s", (text, now, expected) => {
    expect(parseSemester(text, now)).toEqual({ ok: true, semester: semesterFromId(expected), id: expected });
  });

  it.each([
    ["the spring", "unrecognized"],
    ["S3", "unrecognized"],
    ["2026-2028 S1", "inconsistent-years"],
  ])("%j is refused as %s", (text, reason) => {
    expect(parseSemester(text, november)).toEqual({ ok: false, reason, text });
  });

  it.each([
    ["2026-2027 S1", true],
    ["2026-2027 S3", false],
    ["2026-2028 S1", false],
    ["2026/2027 S1", false],
  ])("the canonical schema says %j is valid: %s", (text, valid) => {
    expect(semesterIdSchema.safeParse(text).success).toBe(valid);
  });

  const semester = fc.record({ startYear: fc.integer({ min: 2000, max: 2098 }), term: fc.constantFrom("S1" as const, "S2" as const) });

  it("formats and reads back any semester", () => {
    fc.assert(
      fc.property(semester, (s: Semester) => {
        const id = formatSemester(s);
        expect(semesterFromId(id)).toEqual(s);
        expect(parseSemester(id, november)).toEqual({ ok: true, semester: s, id });
      }),
    );
  });

  it("orders canonical ids as text in the same order as semesters", () => {
    fc.assert(
      fc.property(semester, semester, (a, b) => {
        const [x, y] = [formatSemester(a), formatSemester(b)];
        expect(Math.sign(compareSemesters(a, b))).toBe(Math.sign(x < y ? -1 : x > y ? 1 : 0));
      }),
    );
  });
});
