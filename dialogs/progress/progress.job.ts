import { diplomaProgress } from "../../domain/progress/progress.rule";
import { advisorAction, feedbackActions, message } from "../common/replies";
import { intentOf, NO_OUTCOME, type JobOutcome, type ReplyJob } from "../job";
import { welcomeWording } from "../welcome/welcome.wording";
import { describeProgress, progressWording } from "./progress.wording";

/**
 * "Où en suis-je dans ma licence ?": for an identified learner, the credits earned toward each
 * registered diploma (or the one named), what remains, and the units open next semester.
 */
export const progressJob: ReplyJob = {
  name: "progress",
  handles: { progress: "new-topic" },
  label: { fr: "Avancement dans un diplôme (dossier)", en: "Progress in a diploma (record)" },
  help: { fr: "suivre votre progression dans un diplôme si vous êtes connecté", en: "follow your progress in a diploma when you are signed in" },
  async reply(turn): Promise<JobOutcome> {
    const { diplomaCodes } = intentOf(turn, "progress");
    const { context, language, services } = turn;
    const w = progressWording[language];
    const identity = await services.identify(context);
    const answered: JobOutcome = { kind: "answered", answerId: "progress" };
    // Without a record there is nothing to answer from: not a question answered, not one to add to the content.
    if (!identity) {
      await context.sendActivity(message(`${w.signIn} ${welcomeWording[language].signInHint}`, [advisorAction(language)]));
      return NO_OUTCOME;
    }
    const learner = await services.learners.getLearner(identity.learnerId);
    if (!learner) {
      await context.sendActivity(message(w.noRecord, [advisorAction(language)]));
      return NO_OUTCOME;
    }
    const diplomas = diplomaCodes.length > 0 ? diplomaCodes : learner.registrations.map((r) => r.diploma);
    if (diplomas.length === 0) {
      await context.sendActivity(message(w.noDiploma, [advisorAction(language)]));
      return answered;
    }
    const catalog = await services.catalog();
    const now = services.now();
    const texts = diplomas.map((diploma) => describeProgress(diplomaProgress({ learner, diploma, catalog, now }), language, catalog));
    await context.sendActivity(message(texts.join("\n\n"), feedbackActions(language)));
    return answered;
  },
};
