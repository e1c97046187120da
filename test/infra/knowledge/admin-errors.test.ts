import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runContentCommand } from "../../../infra/cli/content-commands";
import { io } from "../../support/cli-io";

/**
 * What an admin reads for the mistakes admins make, word for word: test/fixtures/broken-content/
 * and test/fixtures/broken-data/ hold one of each (see test/fixtures/README.md).
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures");
const CONTENT = join(FIXTURES, "broken-content");
const DATA = join(FIXTURES, "broken-data");

describe("npm run content:check -- --strict on deliberately broken files", () => {
  it("says what to write for each mistake, once, and still runs every other check", async () => {
    const run = io();
    expect(await runContentCommand(["check", "--strict", "--content", CONTENT, "--data", DATA], {}, run.io)).toBe(1);
    const content = relative(process.cwd(), CONTENT);
    const data = relative(process.cwd(), DATA);

    expect(run.err).toEqual([
      // An answer past its review date fails under --strict, naming the entry, its source and the date.
      `${content}/answers.yaml:43 entry "past-its-review-date" field reviewBy: review date 2020-01-31 has passed: re-read the answer against its source (cnam-catalog-facts.md § Validation and exams), then set a new reviewBy`,
      `${content}/syntax.yaml:5:6: YAML syntax: All mapping items must start at the same column`,
      `${content}/answers.yaml:7 entry "missing-french-answer" field answer.fr: missing: the answer in French is required`,
      `${content}/answers.yaml:21 entry "impossible-review-date" field reviewBy: 2027-13-45 is not a real date: there is no month 13 (write YYYY-MM-DD)`,
      // One typo, one message: not also "source: missing".
      `${content}/answers.yaml:31 entry "misspelt-source" field sauce: unknown field "sauce": did you mean source?`,

      // One message for a semester written the other way round, not also "the second year must follow the first".
      `${data}/learners.yaml:4: learners[0] (demo-21) › registrations[0].since: write "2025-2026 S2": the years first, then S1 or S2`,
      `${data}/learners.yaml:6: learners[0] (demo-21) › results[0].session: write 1 or 2 (got 3)`,
      `${data}/learners.yaml:6: learners[0] (demo-21) › results[0].grade: write 9.5 (a dot), not "9,5"`,
      `${data}/more-units.yaml:5:4: not valid YAML/JSON: Sequence item without - indicator`,
      `${data}/units.yaml:13: units[1] (HOA201) › authorisationRequired: unknown field "authorisationRequired": did you mean authorizationRequired?`,
      `${data}/units.yaml:18: units[1] (HOA201) › offerings[0].dated[0].date: 2027-13-45 is not a real date: there is no month 13 (write YYYY-MM-DD)`,
      `${data}/units.yaml:19: units[1] (HOA201) › offerings[1].modality: write evening, saturday, blocked-days, distance or hybrid (got "evning"): did you mean evening?`,
      // What refers to the invalid HOA201 (and to HOA401, in the file that does not parse) says so.
      `${data}/units.yaml:24: units[2] (HOA301) › prerequisites.allOf[1]: refers to HOA201, which is invalid (see above)`,
      `${data}/diplomas.yaml:7: diplomas[0] (LG03101A) › requirements[0].units[1]: refers to HOA201, which is invalid (see above)`,
      `${data}/diplomas.yaml:13: diplomas[0] (LG03101A) › requirements[1].groups[0].units[0]: unit HOA999 is not in the catalog`,
      `${data}/diplomas.yaml:13: diplomas[0] (LG03101A) › requirements[1].groups[0].units[1]: refers to HOA401, which is invalid (see above)`,
      // The diploma's total is still checked in the same run, with HOA201's readable credits.
      `${data}/diplomas.yaml:5: diplomas[0] (LG03101A) › totalEcts: the requirements add up to 24 ECTS, not the declared 60`,
      `${data}/learners.yaml:10: learners[1] (demo-22) › enrolments[0].unit: refers to HOA201, which is invalid (see above)`,
      `${data}/learners.yaml:12: learners[1] (demo-22) › authorizations[0].unit: refers to HOA201, which is invalid (see above)`,
      "Check failed: fix the problems above (each names file:line, entry or record, and field). Nothing was published.",
    ]);
    expect(run.out).toEqual([`Answers: 4 problem(s) in ${CONTENT}, and 1 answer(s) past their review date.`, `Data: 14 problem(s) in ${DATA}.`]);
  });

  it("fails on an answer past its review date alone, and only under --strict", async () => {
    const lenient = io();
    expect(await runContentCommand(["check", "--content", join(FIXTURES, "expired-content")], {}, lenient.io)).toBe(0);
    expect(lenient.err[0]).toMatch(/^warning: .*answers\.yaml:\d+ entry "past-its-review-date" field reviewBy: review date 2020-01-31 has passed/);

    const strict = io();
    expect(await runContentCommand(["check", "--strict", "--content", join(FIXTURES, "expired-content")], {}, strict.io)).toBe(1);
    expect(strict.err).toEqual([
      `${relative(process.cwd(), join(FIXTURES, "expired-content"))}/answers.yaml:11 entry "past-its-review-date" field reviewBy: review date 2020-01-31 has passed: re-read the answer against its source (cnam-catalog-facts.md § Validation and exams), then set a new reviewBy`,
      "Check failed (--strict): 1 answer(s) past their review date: re-read each against its source and set a new reviewBy.",
    ]);
  });
});
