import { readLackedSkills, readLanguageLevel, readStatedBackground, saysBeginner } from "../../domain/understanding/stated-background";
import type { DialogJob } from "../job";
import { answersEligibilityPrompt, ELIGIBILITY_DIALOG, EligibilityDialog, readSemester, type EligibilityOptions } from "./eligibility.dialog";

/** "Puis-je m'inscrire à RSX101 ?": the learner's record (or a visitor's what-if) against the catalog's rules. */
export const eligibilityJob: DialogJob = {
  name: ELIGIBILITY_DIALOG,
  handles: { eligibility: "new-topic" },
  usesRecord: true,
  label: { fr: "Inscription possible ? (règle)", en: "May I enrol? (rule)" },
  help: { fr: "vérifier une inscription (« puis-je m'inscrire à RSX101 ? »)", en: 'check an enrolment ("can I enrol in RSX101?")' },
  dialog: (services) => new EligibilityDialog(services),
  accepts: answersEligibilityPrompt,
  start: ({ intent, text, services }): EligibilityOptions => ({
    ...(intent.kind === "eligibility"
      ? {
          code: intent.codes[0],
          passed: intent.passed,
          ...(intent.missing?.length ? { missing: intent.missing } : {}),
          ...(intent.failed?.length ? { failed: intent.failed } : {}),
          ...(intent.together ? { together: intent.codes.slice(1, 3) } : intent.codes.length > 1 ? { also: intent.codes.slice(1, 3) } : {}),
        }
      : {}),
    semester: readSemester(text, services.now()),
    ...withBackground(text),
    ...(saysBeginner(text) ? { fromScratch: true } : {}),
    ...lackedSkillsOf(text),
    ...languageLevelOf(text),
  }),
};

function lackedSkillsOf(text: string): Pick<EligibilityOptions, "lackedSkills"> {
  const lackedSkills = readLackedSkills(text);
  return lackedSkills.length ? { lackedSkills } : {};
}

function languageLevelOf(text: string): Pick<EligibilityOptions, "languageLevel"> {
  const languageLevel = readLanguageLevel(text);
  return languageLevel ? { languageLevel } : {};
}

function withBackground(text: string): Pick<EligibilityOptions, "background"> {
  const background = readStatedBackground(text);
  return background ? { background } : {};
}
