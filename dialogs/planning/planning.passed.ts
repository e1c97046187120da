import { codesInRanges } from "../../domain/catalog/code-ranges";
import { UNIT_CODE_PATTERN } from "../../domain/catalog/unit-code";
import { foldText } from "../../domain/understanding/text-normalizer";
import { codesGivenAsPassed, saysCommonCorePassed, unitMentions } from "../../domain/understanding/unit-mentions";
import { readConstraints, type StatedConstraints } from "./planning.constraints";

/** What a unit is called when a learner says they have none of them. */
const UNITS = String.raw`(ue|ues|uv|uvs|unites?|units?|cours|courses?|classes?|credits?|ects|modules?|matieres?)`;
/** Units one holds: « je n'ai pas de cours le lundi », "no classes on Mondays" are not about units passed. */
const UNITS_HELD = String.raw`(ue|ues|uv|uvs|unites?|units?|credits?|ects|modules?)`;
const PASSED_VERB = String.raw`(valide|validee|validees|valides|passe|passee|passes|fait|faite|faites|obtenu|obtenue|obtenus|acquis|acquise|acquises|reussi|reussie|reussies|suivi|suivie|suivis|pris|prise|eu|eue|passed|validated|completed|done|taken|earned|obtained|followed|attended|finished)`;

/**
 * A learner saying they have passed nothing yet, however they put it: « je n'ai encore rien validé »,
 * « aucune UE validée », « je n'ai jamais suivi de cours au Cnam », « je pars de zéro », "nothing
 * passed so far", "I haven't taken any course", "no units yet", "starting from scratch". Read on the
 * folded words; each phrase needs a word of studying (a unit, a course, a credit, the Cnam) or a
 * verb of passing, so that « rien » or "no" alone never count.
 */
const NOTHING_PASSED = new RegExp(
  [
    // « je n'ai (encore) rien validé », « j'ai aucune UE de validée », « je n'ai encore aucun crédit »
    String.raw`\b(ai|avons) (encore |toujours |jusqu ici |pour l instant |pour le moment |a ce jour )?(rien|aucune?( ${UNITS})?)( de| d)?( encore)? ${PASSED_VERB}\b`,
    String.raw`\b(ai|avons) (encore |toujours |pour l instant |pour le moment )?(aucune?|zero|0|pas (encore )?(d|de)|jamais (eu )?(d|de)) ${UNITS_HELD}\b`,
    // « je n'ai validé aucune UE », « je n'ai encore rien passé »
    String.raw`\b(ai|avons) (encore |toujours |jamais |pas encore )?${PASSED_VERB} (encore )?(rien|aucune?( ${UNITS})?)\b`,
    // « je n'ai pas encore validé d'UE », « je n'ai jamais suivi de cours au Cnam », « pas encore fait d'UE »
    String.raw`\b(pas|jamais|pas encore|toujours pas|never|not yet) (encore |jamais )?${PASSED_VERB} (d |de |un seul |une seule |la moindre |le moindre |aucune? |any |a single |a |one )${UNITS}\b`,
    // « aucune UE validée », « rien de validé », « zéro crédit obtenu », "nothing passed", "no units validated yet"
    String.raw`\b(rien|aucune?( ${UNITS})?|zero ${UNITS}|0 ${UNITS}|nothing|no ${UNITS}|none|zero|not a single ${UNITS}) (de |d )?(encore |yet |so far |at all )?${PASSED_VERB}\b`,
    // "no units yet", « pas encore d'UE », "no credits so far"
    String.raw`\b(no|zero|0) ${UNITS} (yet|so far|at all|for now)\b`,
    String.raw`\bpas encore (d |de )${UNITS}\b`,
    // "I have nothing yet", "I've got no units", "I have no credits"
    String.raw`\b(have|ve|ve got|have got) (nothing|none|no ${UNITS_HELD}|zero ${UNITS_HELD}) (yet|so far|passed|validated|completed|done|at all)\b`,
    String.raw`\b(have|ve|ve got|have got) (nothing|none|no ${UNITS_HELD}|zero ${UNITS_HELD})\s*$`,
    // "I've passed nothing", "I have validated no units", "I have completed none"
    String.raw`\b(have|ve) (yet |still )?${PASSED_VERB} (nothing|none|no ${UNITS})\b`,
    // "I haven't passed any unit", "I have not taken any courses yet", "never done any units", "I don't have any credits"
    String.raw`\b(haven t|havent|have not|ve not|hasn t|didn t|did not|never|not) (yet |ever |even |really )?${PASSED_VERB} (any|a single|one single|one|a) ${UNITS}\b`,
    String.raw`\b(haven t|havent|have not|ve not|don t|dont|do not) (yet |ever |even |really )?(have|had|got) (any|a single|one single) ${UNITS_HELD}\b`,
    String.raw`\b(haven t|havent|have not|ve not|didn t|did not) (yet |ever )?${PASSED_VERB} (any|anything)( yet| so far| at all)?\s*$`,
    String.raw`\b(haven t|havent|have not|ve not|didn t|did not) (yet |ever )?${PASSED_VERB} (anything|any) (yet|so far|at all)\b`,
    // « je pars de zéro », « je recommence à zéro », « en partant de rien », "starting from scratch", "from square one"
    String.raw`\b(pars|part|partir|partant|pars tout|commence|commencer|commencant|recommence|repars|demarre|demarrer|debute|debuter|reprends|reprendre) (tout |totalement |completement |vraiment )?(de|a|depuis|from) (zero|0|rien|scratch)\b`,
    String.raw`\b(from|at) (scratch|square one|zero|nothing)\b`,
    // « jamais été inscrit au Cnam », « je n'ai jamais étudié au Cnam », "never studied at the Cnam", « nouveau au Cnam »
    String.raw`\b(jamais|pas encore|never|not yet) (ete |been )?(inscrite?s?|etudie|enrolled|registered|studied|a student) (au|a l|a|at|in|with) (the )?cnam\b`,
    String.raw`\b(jamais|never) (suivi|fait|pris|eu|took|taken|had|followed|attended|done) (de |d |un |une |aucune? |a |any )?${UNITS} (au|a l|at|in|with) (the )?cnam\b`,
    String.raw`\b(nouveau|nouvelle|nouvel|nouveaux|nouvelles) (inscrite? |etudiante? |auditeur |auditrice )?(au|a l|a) cnam\b`,
    String.raw`\bnew (student |learner )?(to|at|in) (the )?cnam\b`,
    String.raw`\b(first time|premiere fois) (at|in|au|a) (the )?cnam\b`,
  ].join("|"),
);

/** « sauf NFA031 », "except NFA031": a learner who has passed something after all. */
const EXCEPT = /\b(sauf|hormis|excepte|a part|en dehors de|mis a part|except|apart from|other than|besides|but for)\b/;

function folded(text: string): string {
  return ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/**
 * Whether the learner says they have passed no unit yet (the planner then asks no « Quelles UE
 * avez-vous déjà validées ? »). A unit they say they passed, or an exception (« rien sauf NFA031 »),
 * is not « nothing ».
 */
export function saysNothingPassed(text: string): boolean {
  if (unitMentions(text).some((m) => m.role === "passed")) return false;
  const words = folded(text);
  return NOTHING_PASSED.test(words) && !EXCEPT.test(words);
}


/** A start said in words: only then does a semester next to units passed say when to begin. */
const START_CUE = /\b(a partir|partir de|commencer|commence|debuter|debute|demarrer|reprendre|reprise|rentree|des|from|start|starting|begin|beginning)\b/;

/** An answer to the units-passed question: the units, whether it said « none », and what it says of the constraints. */
export interface PassedAnswer {
  codes: string[];
  none: boolean;
  stated: StatedConstraints;
}

/**
 * The answer to « Quelles UE avez-vous déjà validées ? », which may carry constraints too or be only
 * constraints: « UTC504 seulement, et 2 soirs », "none, and no Saturdays", "just two evenings".
 * A range (« UTC501 à UTC505 ») names the units between its ends (known to `exists`). A semester said
 * beside units passed is when they were passed (« NFA031 au S1 »), not when to start, unless a start
 * is said (« à partir de février »).
 */
export function readPassedAnswer(text: string, options: { none: RegExp; exists: (code: string) => boolean; now: Date; commonCore?: readonly string[] }): PassedAnswer {
  const none = (options.none.test(foldText(text)) || saysNothingPassed(text)) && !EXCEPT.test(folded(text));
  const mentions = unitMentions(text);
  // "I passed all five UTC units and GDN100", « tout le tronc commun et GDN100 »: the common core's units too.
  const core = !none && saysCommonCorePassed(text) ? (options.commonCore ?? []) : [];
  const codes = none ? [] : [...new Set([...core, ...codesGivenAsPassed(mentions), ...codesInRanges(text, options.exists)])];
  // The codes out of the text: « NFA031 seulement, pas le samedi » is not « seulement … samedi ».
  const stated = readConstraints(text.replace(UNIT_CODE_PATTERN, " , "), options.now);
  if (mentions.length > 0 && stated.firstSemester && !START_CUE.test(folded(text))) delete stated.firstSemester;
  return { codes, none, stated };
}

/**
 * A message that reads as a question (« quand commence le S2 ? »), not as an answer: at the units
 * question, constraints alone are taken only from an answer.
 */
export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || /^ (quand|comment|pourquoi|combien|quel|quelle|quels|quelles|est ce|qu est|c est quoi|what|when|how|why|which) /.test(folded(text));
}
