import type { Catalog } from "../../domain/catalog/catalog";
import { unitsTheMessageNames } from "../../domain/catalog/unit-search";
import { STOP_WORDS } from "../../domain/understanding/chat-lexicon";
import { foldText } from "../../domain/understanding/text-normalizer";
import type { Understood } from "../../domain/understanding/understanding";
import { readUnitFilters, saysAFilter } from "../../domain/understanding/unit-filters";

/**
 * A message asking for teaching in words no rule reads as a search, whose words name units by their titles:
 * "Looking for something on project management, ideally without prerequisites." (no rule read it),
 * « je voudrais mieux comprendre le droit du travail pour gérer les contrats. Vous avez ça ? » (the law read as
 * off-topic). Understood as a search of the catalog on the message's words, with the filters it says, when the
 * understanding had nothing (« je ne sais pas »), only suggestions, or an off-topic refusal; undefined otherwise.
 * The search job lists the units as those « qui en parlent », never as the answer to another question.
 * `afterAList`: the reply before listed units; a few words not understood (« et côté serveur ? ») go on searching.
 */
export function searchInTitles(text: string, first: Understood, catalog: Catalog, { afterAList = false }: { afterAList?: boolean } = {}): Understood | undefined {
  const { intent } = first;
  const unsettled = intent.kind === "suggestions" || (intent.kind === "abstain" && (intent.reason === "unknown" || intent.reason === "unclear" || intent.reason === "off-topic"));
  const unsurePage = intent.kind === "answer" && intent.confidence < SURE_OF_A_PAGE;
  // Most turns stop here: the understanding settled them.
  if (!unsettled && !unsurePage) return undefined;
  // « les courses I take »: a course said of oneself (« je suis en cours de management », « j'ai cours de NSY103 ») asks for none.
  // (« comment ça marche les UE ? »: how something works names no subject; « marche » found ESC101's « études de marché ».)
  const words = wordsOf(text).replace(ONES_OWN_COURSE, " ").replace(HOW_IT_WORKS, " ").replace(/\s+/g, " ").trim();
  // « optimisation », « gestion de projet », "AI": a subject said alone, which retrieval may have matched to a page that
  // only mentions it (the engineering diplomas, the UA's project) without being sure of it.
  const bare = isBareSubject(words);
  if (!unsettled && !bare && !ASKED_OF_THE_CNAM.test(` ${words} `)) return undefined;
  // « c'est combien une UE de java ? », « quand a lieu le cours de droit ? »: a fact asked of the units, not a list of them.
  if (ASKS_A_FACT.test(` ${words} `)) return undefined;
  // « vous avez des cours de programmation web ? » listed, then « et côté serveur ? »: a few words go on with the search.
  const goesOn = afterAList && intent.kind === "abstain" && intent.reason !== "off-topic" && words.split(" ").length <= MAX_WORDS_GOING_ON;
  if (!goesOn && !bare && !ASKS_FOR_TEACHING.test(` ${words} `)) return undefined;
  // A refusal stands unless the message asks the Cnam itself for teaching (« vous avez ça ? »): « Paris 1 fait des cours du
  // soir en droit ? » is another school's, « traduis en anglais : les UE sont capitalisables » a task.
  if (intent.kind === "abstain" && intent.reason === "off-topic" && !ASKED_OF_THE_CNAM.test(` ${words} `)) return undefined;
  const { filters, rest } = readUnitFilters(words);
  // ("any project management courses I could follow": taking them names no subject.)
  const subject = contentWords(rest.replace(TAKING_THEM, " ")).join(" ");
  if (unitsTheMessageNames(catalog, subject).length === 0) return undefined;
  return { ...first, intent: { kind: "unit-search", subject, situation: true, finder: true, ...(saysAFilter(filters) ? { filters } : {}) } };
}

/**
 * « des UE de management ? » listed, then « et sans prérequis ? », "and online?": the same search with that filter (it
 * had answered the general page on prerequisites with a « Non »: false). Undefined when the message says more than a filter.
 */
export function searchAgainWithFilters(text: string, first: Understood, searched: { subject: string; situation?: true }): Understood | undefined {
  const words = wordsOf(text);
  // "and which of those can be done remotely?", « et parmi elles, lesquelles se font à distance ? »: the list pointed to, in more words
  // (it got the general page on distance learning).
  const pointsToTheList = POINTS_TO_THE_LIST.test(` ${words} `);
  if (words.split(" ").length > (pointsToTheList ? MAX_WORDS_POINTING : MAX_WORDS_GOING_ON)) return undefined;
  const { filters, rest } = readUnitFilters(words);
  if (!saysAFilter(filters) || contentWords(rest).some((word) => !GOING_ON.has(word) && !(pointsToTheList && TAKEN_THAT_WAY.has(word)))) return undefined;
  // Two ways offered as a choice (« lesquelles se font à distance ou le samedi ? ») are no filter of both at once: the search asks
  // both (it said none was « à distance (FOAD), le samedi », then listed GDN100 with its Saturday classes).
  if (filters.distance && filters.saturday && /\b(ou|or|soit|either)\b/.test(words)) return undefined;
  return { ...first, intent: { kind: "unit-search", subject: searched.subject, ...(searched.situation ? { situation: true } : {}), filters } };
}
/** How something works, asked: « comment ça marche », « ça fonctionne comment », "how does it work". */
const HOW_IT_WORKS = /\b(ca|cela|ce|c|sa) (marche|fonctionne|se passe)\b|\bhow (does|do) (it|this|that|they) work\b/g;
/** Words that only go on from the list before: « et », "and", « alors », « lesquelles ». */
const GOING_ON = new Set(["et", "and", "alors", "then", "so", "donc", "lesquelles", "lesquels", "laquelle", "lequel", "which", "ones", "celles", "ceux", "parmi", "among", "elles", "them", "aussi", "also", "svp", "stp", "please", "uniquement", "seulement", "only"]);

/** The units just listed, pointed to: "which of those", « parmi elles », « lesquelles », "any of them" (folded words). */
const POINTS_TO_THE_LIST =
  / (of (those|these|them)|which ones|any of them|parmi (elles|eux|celles ci|ceux ci|celles la|ces ue|ces cours|ces unites)|d entre (elles|eux)|lesquelles|lesquels|y en a (t il )?qui|celles ci|ceux ci) /;
/** A message pointing to the list says this many words at most. */
const MAX_WORDS_POINTING = 10;
/** Words of taking or offering the units, said with the list pointed to: "can be done", « se suivent », "available". */
const TAKEN_THAT_WAY = new Set(["qui", "ci", "suivre", "suivies", "suivent", "faire", "faites", "font", "take", "taken", "done", "follow", "followed", "available", "offered", "dispo", "disponibles", "proposees", "offertes", "possibles"]);

/** Taking the units looked for: « que je pourrais suivre », "I could follow" (the words around it are function words, dropped anyway). */
const TAKING_THEM = /\b(pourrai )?(take|follow|attend|suivre|prendre)\b/g;

/** A message's folded words, one space apart. */
function wordsOf(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
}

/** Function words name no subject, though a title may hold them (« si » is « if », not « SI »). */
function contentWords(words: string): string[] {
  return words.split(" ").filter((word) => word && (SUBJECTS_STOPPED.has(word) || (!STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word))));
}
/** Words a stop list holds (« cours donnés ») that name a subject in titles: « gestion des données ». */
const SUBJECTS_STOPPED = new Set(["donnees"]);

/** A subject said alone: a few words, none asking anything (« optimisation », « la finance d'entreprise », "HR", "python"). */
function isBareSubject(words: string): boolean {
  const said = contentWords(words);
  return said.length > 0 && said.length <= MAX_BARE_SUBJECT_WORDS && !ASKS_SOMETHING.test(` ${words} `);
}
/** A subject said alone is this many words at most. */
const MAX_BARE_SUBJECT_WORDS = 3;
/** Words that ask something, or say something of the learner: no subject said alone. */
const ASKS_SOMETHING =
  / (quoi|koi|comment|quand|combien|pourquoi|quel|quelle|quels|quelles|qui|ou|what|how|when|why|which|who|where|est ce|c est|is|are|do|does|can|je|j|i|my|mon|ma|mes|oui|non|yes|no|ok|merci|thanks|bonjour|hello|salut|hi|aide|help) /;
/** From this confidence, retrieval's page is the answer, whatever titles the words also name. */
const SURE_OF_A_PAGE = 0.8;

/** A fact asked of units (a price, a date, a place, a person, a way, their exams), not which units there are. */
const ASKS_A_FACT = / (combien|cb|prix|tarifs?|couts?|coute|coutent|cost|costs|price|fees?|how much|quand|when|qui|who|pourquoi|why|where|examens?|exams?|epreuves?) /;

/** A course said of oneself: « je suis en cours de management », « j'ai cours de NSY103 », « mon cours de java ». */
const ONES_OWN_COURSE = /\b(je suis en cours|suis en cours|j ai cours|jai cours|mon cours|mes cours|ma formation|mon ue|mes ue|i m taking|my course|my class)( de| d| en| of| in)?\b/g;

/** Teaching asked of the Cnam itself: « vous avez ça ? », "do you have a course on …", « y a-t-il des cours de … ». */
const ASKED_OF_THE_CNAM =
  / (vous avez|avez vous|vous proposez|proposez vous|do you (have|offer|teach)|you have|(y a|ya|il y a)( t il)? (des|un|une|quelque chose|qqch) (cours|ue|unites?|formations?|sur|en)?|is there (a|an|any) (course|unit|class)|are there (any )?(courses|units|classes)) /;

/** A message going on with a list of units (« et côté serveur ? ») is this short. */
const MAX_WORDS_GOING_ON = 5;

/**
 * Teaching asked for: courses or units named as such (« des cours de … », "any units on …"), or « vous avez ça ? »,
 * "something on …", « quelque chose sur … ». A course said of one's life asks for none: « mon chef refuse de me laisser
 * partir les jours où j'ai cours, c'est légal ? » stays declined.
 */
const TEACHING = "cours|ue|ues|unites?|units?|courses?|classes?|modules?|formations?|enseignements?|matieres?";
const ASKS_FOR_TEACHING = new RegExp(
  String.raw` ((des|un|une|les|quels?|quelles?|any|some|a|an|which|what) (${TEACHING})|(${TEACHING}) ((that|which|que|qu) )?(i|je|j|we|on) (could|can|might|pourrais|peux|pourrai|pourrait|peut)|(mieux )?comprendre|apprendre|progresser (en|sur|dans)|me former (a|en|sur)|me perfectionner|get better at|learn( about)?|improve my|interested in|m interesse (a|au|aux)|(${TEACHING}) (de|d|sur|en|on|about|in|related to|covering)|vous avez (ca|cela|quelque chose|qqch|des choses|un truc|des trucs)|avez vous (ca|cela|quelque chose|qqch)|(y a|ya|il y a)( t il)? (quelque chose|qqch|des choses|un truc)|quelque chose (sur|en|de|autour|qui parle)|(something|anything) (on|about|in|related to|covering)|do you (have|offer|teach) (that|this|something|anything)|you have (that|this|anything)) `,
);
