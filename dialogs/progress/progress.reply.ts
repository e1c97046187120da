import type { Activity, TurnContext } from "botbuilder";
import { describeProgress } from "../../domain/eligibility/eligibility.wording";
import { diplomaProgress } from "../../domain/progress/progress.rule";
import type { AdvisorServices } from "../advisor-services";
import { advisorAction, message } from "../answers/answer.replies";
import { feedbackActions } from "../feedback/feedback";
import { languageOf } from "../turn-state";
import { welcomeWording } from "../welcome/welcome.wording";
import { progressWording } from "./progress.wording";

/**
 * "Où en suis-je dans ma licence ?": for an identified learner, the credits earned toward each
 * registered diploma (or the one named), what remains, and the units open next semester.
 */
export async function progressReply(context: TurnContext, services: AdvisorServices, diplomaCodes: readonly string[]): Promise<Partial<Activity>> {
  const language = languageOf(context);
  const w = progressWording[language];
  const identity = await services.identify(context);
  if (!identity) return message(`${w.signIn} ${welcomeWording[language].signInHint}`, [advisorAction(language)]);
  const learner = await services.learners.getLearner(identity.learnerId);
  if (!learner) return message(w.noRecord, [advisorAction(language)]);
  const diplomas = diplomaCodes.length > 0 ? diplomaCodes : learner.registrations.map((r) => r.diploma);
  if (diplomas.length === 0) return message(w.noDiploma, [advisorAction(language)]);
  const catalog = await services.catalog();
  const now = services.now();
  const texts = diplomas.map((diploma) => describeProgress(diplomaProgress({ learner, diploma, catalog, now }), language));
  return message(texts.join("\n\n"), feedbackActions(language));
}
