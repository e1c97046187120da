import { canonicalQuestion } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { Understanding, Understood } from "../../domain/understanding/understanding";

/** « C'est quoi … ? », "what is …": the previous question's ask, left out so the follow-up's own ask counts. */
const DEFINITION_CUES = /\b(c est quoi|qu est ce que c est|qu est ce qu|qu est ce que|que veut dire|que signifie|what is|what are|what s|what does|mean|means|definition)\b/g;
/** What a follow-up asks (« le premier » alone, a pick, asks nothing). */
const ASKS = /\?|\b(comment|quand|ou|combien|pourquoi|quel|quelle|quels|quelles|concretement|how|when|where|why|which|what|what about)\b/;
/** A follow-up is a few words; more is a question of its own. */
const MAX_WORDS = 8;
/** A follow-up that only points to the matter may say a few more. */
const MAX_POINTING_WORDS = 10;

/**
 * The matter just answered, pointed to by a pronoun with a verb of getting or doing it: « comment je l'obtiens ? », « pour l'avoir »,
 * "how do I get it?". Such a question is read on that matter even when its words alone find a page (« obtenir » found the credits').
 */
export function pointsToTheMatter(text: string): boolean {
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  // (« et le certificat de scolarité, comment je le demande ? »: « le » is what the message names.)
  return words.length <= MAX_POINTING_WORDS && GETTING_IT.test(folded) && words.every((word) => POINTING_WORDS.has(word));
}
/** The words of a question that only points to the matter before: how, a verb of getting or doing, a pronoun, a filler. */
const POINTING_WORDS = new Set(
  "ok okay d accord dac et alors donc bon mais ah oui yes merci bien du coup concretement je j on moi tu vous il elle faut dois peux doit fais fait faire comment pour quoi que qu l la le les lui obtenir obtiens obtient obtenez avoir demander demande recuperer recupere signer remplir trouver trouve svp stp please how do does can could i we it one them get obtain request fill in find and so then mienne mien miennes miens mine my own for with concretely"
    .split(" "),
);
// (« … je fais comment pour la mienne ? », "how do I do mine?": one's own of the notion just answered, as « l'avoir » is.)
const GETTING_IT = /\b(l|la|le|les) (obtenir|obtiens|obtient|obtenez|avoir|demander|demande|faire|fais|recuperer|recupere|signer|remplir|trouver|trouve)\b|\b(get|obtain|request|fill in|find) (it|one|them)\b|\bpour (la mienne|le mien|les miennes|les miens)\b|\b(for|with|do) (mine|my own)\b/;

/**
 * « C'est quoi une UE soumise à autorisation ? » answered, then « ok et concrètement je fais
 * comment ? »: a few words that ask something (how, when, where) of the matter just answered and are
 * understood as nothing on their own. Read with the previous question's subject, they get another
 * entry of the content — never the one just given — when one is clearly closest; undefined otherwise.
 */
export function followUpOnAnswer(text: string, previousEntryId: string, understanding: Understanding, language: Language): Understood | undefined {
  const previous = understanding.entry(previousEntryId);
  if (!previous) return undefined;
  const folded = foldText(text).replace(/['’]/g, " ");
  // (A few words more when they only point to the matter: « d'accord, et concrètement je fais comment pour l'avoir ? ».)
  const pointing = pointsToTheMatter(text);
  if (folded.split(/[^a-z0-9]+/).filter(Boolean).length > (pointing ? MAX_POINTING_WORDS : MAX_WORDS) || !ASKS.test(` ${folded} `)) return undefined;
  const subject = foldText(canonicalQuestion(previous, language)).replace(/['’]/g, " ").replace(DEFINITION_CUES, " ");
  // (« pour l'avoir », « je l'obtiens »: the pronoun is the subject, and the verb of getting it says no more than « comment ».)
  const asked = `${pointing ? folded.replace(GETTING_IT, " ") : folded} ${subject}`;
  const understood = understanding.answerOtherThan(asked, previousEntryId, { language });
  // « c'est quoi une UA ? » then « d'accord, et concrètement je fais comment pour la mienne ? »: the page on the project during an
  // internship is the how of one who says their experience falls short (infra/content/README.md, tag `internship`); asked by one who
  // says nothing of it, the how is the next page on the matter (the experience dossier, which names the internship's route too).
  const forWhomItFallsShort = understood?.intent.kind === "answer" && understanding.entry(understood.intent.entryId)?.tags.includes(UA_INTERNSHIP_TAG);
  if (forWhomItFallsShort && understood.intent.kind === "answer" && !FALLS_SHORT.test(` ${folded} `)) {
    const instead = understanding.answerOtherThan(asked, [previousEntryId, understood.intent.entryId], { language });
    if (instead) return { ...instead, text };
  }
  return understood && { ...understood, text };
}
/** The content's tag of its page on a UA validated by a project during an internship (infra/content/README.md). */
const UA_INTERNSHIP_TAG = "internship";
/** A follow-up that says the learner's experience falls short, or asks of the internship or the project itself. */
const FALLS_SHORT = /\b(stages?|internships?|projets?|projects?|pas assez|insuffisante?s?|not enough|too short|too little|sans rapport|unrelated|aucune|zero|pas d experience|no experience|no work|reconversion|changing careers?|career change)\b/;


