import { answersJob } from "./answers/answers.job";
import { creditHoursJob } from "./credit-hours/credit-hours.job";
import { diplomaInfoJob } from "./diploma-info/diploma-info.job";
import { eligibilityJob } from "./eligibility/eligibility.job";
import { feedbackJob } from "./feedback/feedback.job";
import { gradeJob } from "./grade/grade.job";
import { handoffJob } from "./handoff/handoff.job";
import { handoffStatusJob } from "./handoff-status/handoff-status.job";
import type { Job } from "./job";
import { planningJob } from "./planning/planning.job";
import { progressJob } from "./progress/progress.job";
import { unitInfoJob } from "./unit-info/unit-info.job";
import { unitScheduleJob } from "./unit-schedule/unit-schedule.job";
import { welcomeJob } from "./welcome/welcome.job";

/**
 * Every learner job, one line each. The router routes each intent to the job that handles it, the
 * help text lists the jobs' help lines in this order, and the advisors' report names answers by
 * the jobs' labels. Adding a job: a folder dialogs/<job>/ exporting its Job, and a line here.
 */
export const JOBS: readonly Job[] = [
  welcomeJob,
  answersJob,
  creditHoursJob,
  unitInfoJob,
  unitScheduleJob,
  diplomaInfoJob,
  eligibilityJob,
  gradeJob,
  progressJob,
  planningJob,
  handoffJob,
  handoffStatusJob,
  feedbackJob,
];
