import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { diplomaSchema } from "../../../domain/catalog/diploma.schema";
import { unitSchema } from "../../../domain/catalog/unit.schema";
import { learnerSchema } from "../../../domain/learner/learner.schema";
import { problemsInOneLine, validate, type ValidationProblem } from "../../../domain/validation/validation-problems";
import { unit } from "../builders";

function problems(schema: z.ZodType, input: unknown): ValidationProblem[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.problems;
}

const learner = { id: "demo-01", name: { given: "Camille", family: "Fictive" } };
const result = (fields: object) => ({ ...learner, results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: 12, ...fields }] });

describe("validation problems: what to write, not zod's defaults", () => {
  it.each<[string, z.ZodType, unknown, ValidationProblem[]]>([
    ["a decimal comma", learnerSchema, result({ grade: "9,5" }), [{ path: ["results", 0, "grade"], message: 'write 9.5 (a dot), not "9,5"' }]],
    ["a number in quotes", learnerSchema, result({ grade: "12" }), [{ path: ["results", 0, "grade"], message: "write 12 without quotes: a number, not a text" }]],
    ["a session other than 1 or 2", learnerSchema, result({ session: 3 }), [{ path: ["results", 0, "session"], message: "write 1 or 2 (got 3)" }]],
    ["a missing session", learnerSchema, result({ session: undefined }), [{ path: ["results", 0, "session"], message: "missing: write 1 or 2" }]],
    ["credits with decimals", unitSchema, { ...unit({ code: "NFA031" }), ects: 4.5 }, [{ path: ["ects"], message: "write a whole number (got 4.5)" }]],
    ["a missing title", unitSchema, { code: "NFA031", kind: "UE", ects: 6 }, [{ path: ["title"], message: "missing: write a text" }]],
    ["a missing name", learnerSchema, { id: "demo-01" }, [{ path: ["name"], message: "missing: write a mapping with given, family" }]],
    ["a kind close to a known one", unitSchema, { ...unit({ code: "NFA031" }), kind: "ue" }, [{ path: ["kind"], message: 'write UE, UA or US (got "ue"): did you mean UE?' }]],
    ["a text where a list is expected", unitSchema, { ...unit({ code: "NFA031" }), recommended: "NFA032" }, [{ path: ["recommended"], message: 'write a list: [NFA032], or one "- " line per item' }]],
    ["a misspelt key", unitSchema, { ...unit({ code: "NFA031" }), authorisationRequired: true }, [{ path: ["authorisationRequired"], message: 'unknown field "authorisationRequired": did you mean authorizationRequired?' }]],
    ["a key like none known", learnerSchema, { ...learner, phone: "0600000000" }, [{ path: ["phone"], message: 'unknown field "phone": the fields here are id, name, email, teams, experience, registrations, enrolments, results, authorizations, sample' }]],
    [
      "a requirement of an unknown kind",
      diplomaSchema,
      { code: "LG02501A", title: "Licence", level: "licence-l3", totalEcts: 6, requirements: [{ kind: "any", id: "core", label: "Core", units: ["NFA031"] }] },
      [{ path: ["requirements", 0, "kind"], message: 'write all or choice (got "any")' }],
    ],
  ])("%s", (_case, schema, input, expected) => {
    expect(problems(schema, input)).toEqual(expected);
  });

  it.each([
    ["2027-13-45", "2027-13-45 is not a real date: there is no month 13 (write YYYY-MM-DD)"],
    ["2027-02-29", "2027-02-29 is not a real date: 2027-02 has 28 days (write YYYY-MM-DD)"],
    ["05/10/2026", 'write a date as YYYY-MM-DD, like 2026-10-05 (got "05/10/2026")'],
  ])("a blocked day on %s", (date, message) => {
    const offering = { id: "S1-journees", term: "S1", modality: "blocked-days", dated: [{ date, start: "09:00", end: "17:30" }] };
    expect(problems(unitSchema, { ...unit({ code: "NFA031" }), offerings: [offering] })).toEqual([{ path: ["offerings", 0, "dated", 0, "date"], message }]);
  });

  it.each([
    ["S2 2025-2026", 'write "2025-2026 S2": the years first, then S1 or S2'],
    ["2025/2026 S1", 'write "2025-2026 S1": the years first, then S1 or S2'],
    ["semestre 3", 'write a semester like "2026-2027 S1": the years, then S1 or S2'],
    ["2025-2027 S1", "the second year must follow the first (e.g. 2025-2026)"],
  ])("one message for the semester %j", (since, message) => {
    expect(problems(learnerSchema, { ...learner, registrations: [{ diploma: "LG02501A", since }] })).toEqual([{ path: ["registrations", 0, "since"], message }]);
  });

  it("keeps a schema's own message", () => {
    expect(problems(unitSchema, { ...unit({ code: "NFA031" }), code: "nfa031" })).toEqual([{ path: ["code"], message: 'expected a unit code in capitals, like "NFA031" or "UAALOT"' }]);
  });

  it("puts the problems of a stored record on one line", () => {
    expect(problemsInOneLine(problems(learnerSchema, result({ grade: "9,5", session: 3 })))).toBe('results[0].session: write 1 or 2 (got 3); results[0].grade: write 9.5 (a dot), not "9,5"');
  });
});
