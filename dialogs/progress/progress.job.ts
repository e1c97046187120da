import { diplomaProgress } from "../../domain/progress/progress.rule";
import { advisorAction, feedbackActions, message } from "../common/replies";
import { intentOf, NO_OUTCOME, type JobOutcome, type JobTurn, type ReplyJob } from "../job";
import { diplomaUnits } from "../../domain/catalog/diploma.schema";
import { statedRecord } from "../../domain/learner/stated-record";
import { saysCommonCoreDone, unitMentions } from "../../domain/understanding/unit-mentions";
import { commonCoreUnits } from "../../domain/catalog/catalog";
import { list } from "../common/catalog.wording";
import { readDiploma } from "../common/diploma-name";
import { welcomeWording } from "../welcome/welcome.wording";
import { describeProgress, progressWording } from "./progress.wording";

/**
 * "Où en suis-je dans ma licence ?": for an identified learner, the credits earned toward each
 * registered diploma (or the one named), what remains, and the units open next semester.
 */
export const progressJob: ReplyJob = {
  name: "progress",
  handles: { progress: "new-topic" },
  usesRecord: true,
  label: { fr: "Avancement dans un diplôme (dossier)", en: "Progress in a diploma (record)" },
  help: { fr: "suivre votre progression dans un diplôme si vous êtes connecté", en: "follow your progress in a diploma when you are signed in" },
  async reply(turn): Promise<JobOutcome> {
    const { diplomaCodes } = intentOf(turn, "progress");
    const { context, language, services } = turn;
    const w = progressWording[language];
    const identity = await services.identify(context);
    const answered: JobOutcome = { kind: "answered", answerId: "progress" };
    // « J'ai validé UTC501 à UTC505 et GDN100, il me reste quoi pour la licence ? »: what the visitor says is the record.
    if (!identity) {
      const stated = await statedProgress(turn, diplomaCodes);
      if (stated) {
        await context.sendActivity(message(`${w.stated(list(stated.passed, language))}\n\n${stated.text}`, [advisorAction(language), ...feedbackActions(language)]));
        return answered;
      }
    }
    // Without a record there is nothing to answer from: not a question answered, not one to add to the content.
    if (!identity) {
      await context.sendActivity(message(`${w.signIn} ${welcomeWording[language].signInHint}\n\n${w.orSayUnits}`, [advisorAction(language)]));
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

/**
 * A visitor's progress from the units they say they passed (and failed, with a grade), in the diploma
 * they name or the only one holding those units: an indicative simulation. Undefined when they name no
 * unit passed, or the diploma is not one the catalog can tell.
 */
async function statedProgress(turn: JobTurn, diplomaCodes: readonly string[]): Promise<{ passed: string[]; text: string } | undefined> {
  const mentions = unitMentions(turn.text);
  const catalog = await turn.services.catalog();
  // « j'ai validé tout le tronc commun et GDN100 »: the common core's units, passed as said.
  const core = saysCommonCoreDone(turn.text) ? commonCoreUnits(catalog) : [];
  const passed = [...new Set([...core, ...mentions.filter((m) => m.role === "passed").map((m) => m.code)])];
  if (passed.length === 0) return undefined;
  const named = diplomaCodes[0] ?? readDiploma(turn.text, catalog);
  const holding = [...catalog.diplomas.values()].filter((d) => passed.every((code) => diplomaUnits(d).includes(code)));
  const diploma = named ?? (holding.length === 1 ? holding[0]!.code : undefined);
  if (!diploma || !catalog.diplomas.has(diploma)) return undefined;
  const failed = mentions.flatMap((m) => (m.role === "failed" && m.grade !== undefined ? [{ code: m.code, grade: m.grade }] : []));
  const now = turn.services.now();
  const learner = statedRecord({ passed, failed, diplomas: [diploma], yearsInField: 0 }, catalog, now);
  const progress = diplomaProgress({ learner, diploma, catalog, now });
  // « I passed NFA031, UTC504 … which of them count for the licence and what's left? »: those that count in none are said.
  const counted = progress.outcome === "progress" ? new Set(progress.requirements.flatMap((r) => r.counted.map((c) => c.unit))) : undefined;
  const notCounted = counted ? passed.filter((code) => !counted.has(code)) : [];
  const text = describeProgress(progress, turn.language, catalog);
  const said = notCounted.length ? [progressWording[turn.language].notCounted(list(notCounted, turn.language), notCounted.length, diploma)] : [];
  return { passed, text: [text, ...said].join("\n\n") };
}
