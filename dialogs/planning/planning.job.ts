import type { DialogJob } from "../job";
import { readConstraints } from "./planning.constraints";
import { answersPlanningPrompt, PLANNING_DIALOG, PlanningDialog, type PlanningOptions } from "./planning.dialog";
import { planningWording } from "./planning.wording";

/** « Planifier mes semestres », "how long until I finish my licence?": the fastest valid path to a diploma, explained. */
export const planningJob: DialogJob = {
  name: PLANNING_DIALOG,
  handles: { planning: "new-topic" },
  // A signed-in learner's plan is built on their record (units passed, grades, enrolments).
  usesRecord: true,
  label: { fr: planningWording.fr.label, en: planningWording.en.label },
  help: { fr: planningWording.fr.help, en: planningWording.en.help },
  dialog: (services) => new PlanningDialog(services),
  accepts: answersPlanningPrompt,
  start: ({ intent, text, services }): PlanningOptions => ({
    ...(intent.kind === "planning" ? { diplomaCodes: intent.diplomaCodes, passed: intent.passed } : {}),
    stated: readConstraints(text, services.now()),
    text,
  }),
};
