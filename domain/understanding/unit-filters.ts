/** What units are looked for besides their subject. */
export interface UnitFilters {
  /** Taught at a distance (FOAD), at least in one term. */
  distance?: true;
  /** No prerequisite unit. */
  noPrerequisite?: true;
  /** For someone starting from nothing: no prerequisite nor advised level. */
  beginner?: true;
  /** On Saturdays, at least in one term. */
  saturday?: true;
}

/**
 * What a learner looking for units asks of them besides a subject (« des UE de droit entièrement à
 * distance », "a beginner English unit", « une UE de management sans prérequis », « par où commencer ? »),
 * read from folded words. The words that said it are taken out of what is left, so that they are no
 * subject (« distance » is in no title worth finding).
 */
export function readUnitFilters(words: string): { filters: UnitFilters; rest: string } {
  const filters: UnitFilters = {};
  let rest = ` ${words} `;
  const take = (pattern: RegExp): boolean => {
    const found = pattern.test(rest);
    if (found) rest = rest.replace(new RegExp(pattern.source, "g"), " ");
    return found;
  };
  // « je travaille à distance », "I work remotely": the learner's job, not how the units are taught.
  take(WORKS_REMOTELY);
  // "I'm not a beginner", « je ne suis plus débutant »: no filter, and no subject either.
  take(NOT_A_BEGINNER);
  // « je peux pas venir le samedi », "I can't come on Saturdays": a day ruled out is no filter (the check weighs it).
  const saturdayRuledOut = take(SATURDAY_RULED_OUT);
  if (take(AT_A_DISTANCE)) filters.distance = true;
  if (take(NO_PREREQUISITE)) filters.noPrerequisite = true;
  if (take(FOR_BEGINNERS)) filters.beginner = true;
  if (!saturdayRuledOut && take(ON_SATURDAY)) filters.saturday = true;
  return { filters, rest: rest.replace(/\s+/g, " ").trim() };
}

/** Whether any filter was said. */
export function saysAFilter(filters: UnitFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** Taught at a distance, or coming on site ruled out. */
const AT_A_DISTANCE =
  /\b((entierement |totalement |completement |100 ?% |tout |tt |fully |entirely |completely |only |seulement |uniquement )?(a distance|en ligne|online|remote(ly)?|foad|distance learning|from home|de chez (moi|soi|vous|nous)|depuis chez (moi|soi|vous)|a la maison|en differe|en replay|at my own pace from home|depuis l etranger|from abroad)|(impossible de|je ne peux pas|je peux pas|pas possible de|sans) (venir|me deplacer|se deplacer|nous deplacer|aller) (en presentiel|sur place)(?! (le|les|en|du|the|on) )|sans (venir|me deplacer|se deplacer|aller) (a paris|au cnam)|(on peut|je peux|peut on|puis je|que l on peut) (faire|suivre) sans (venir|se deplacer|me deplacer)( sur place| en presentiel| au cnam| a paris)?|without (coming|having to come|travelling|traveling|going) (to paris|to the cnam|on site|in person)|pas de presentiel|sans presentiel|without coming on site|can t come on site)\b/;
/** The learner's own work at a distance. */
const WORKS_REMOTELY = /\b((je )?(travaille|bosse|taf|teletravaille)( en| a)? (a distance|en teletravail|teletravail|remote)|(i )?work(ing)? (remotely|from home|remote))\b/;
/** Not, or no more, a beginner. */
const NOT_A_BEGINNER = /\b((ne )?(suis|est) (pas|plus) (un |une )?debutante?|pas (un |une )?debutante?|plus (un |une )?debutante?|not (a |an )?(complete |total )?beginners?|no longer a beginner|not new to)\b/;
/** A Saturday ruled out: « pas le samedi », « je peux pas venir le samedi », "can't come on Saturdays". */
const SATURDAY_RULED_OUT =
  /\b((pas|jamais|sauf|except|not|never|no|impossible|can t|cannot|can not|travaille|bosse|work|working)\b[a-z ]{0,25}\b(samedis?|saturdays?|week ?ends?)|(samedis?|saturdays?|week ?ends?)\b[a-z ]{0,15}\b(complique|compliques|impossible|pas possible|difficile|hard|difficult|not possible|out of the question|exclu))\b/;
/** No prerequisite asked for. */
const NO_PREREQUISITE =
  /\b((sans|pas de|aucun|zero|without|with no|no|that have no|qui n ont pas de|qui ne demandent? (pas|aucun)( de)?)( aucune?| any| le moindre| la moindre)? (pre ?requis|prerequisites?|prereqs?|conditions?)|accessibles? (a tous|sans (rien|prerequis|diplome( particulier| specifique| requis)?|niveau( particulier| requis)?))|(ouverte?s?|open) (a tous|sans diplome|to (all|anyone|everyone))|(accessible|open) without (a |any )?(particular |specific )?(degree|diploma)|open to (all|anyone|everyone)|(on )?(ne )?demande (pas|aucun) (de )?niveau( particulier)?|sans niveau (particulier|requis)|(no|without) (particular |specific )?level (required|needed)|(il n y a |y a |n y a |ou il n y a |ou y a )?rien (a|d) (avoir )?(fait|faire|valide|suivi) avant|(pas|sans) besoin d avoir (rien )?(fait|valide|suivi)( quoi que ce soit| quelque chose)? avant|nothing (to do |needed |required )?(before|beforehand)|(don t|do not) need (anything|to have done anything) (before|first))\b/;
/**
 * Where to start, asked (« par quoi je commence », "where should I begin"; not « … pour m'inscrire »): a beginner's
 * question, and a search for units (intent.recognizer's FINDS_UNITS). Regex source, folded words.
 */
export const WHERE_TO_START = String.raw`par (?:ou|quoi) commencer(?! pour (?:m |s |l |me |vous )?inscri)|par (?:ou|quoi) (?:je )?(?:commence|debute|demarre)(?! pour (?:m |s |l |me |vous )?inscri)|je commence par quoi|je commence par ou|par quelles? (?:ue|unites?|matieres?|cours) (?:je )?(?:commencer|commence|debuter)|par (?:laquelle|lequel) (?:je )?(?:commencer|commence|debuter)|par (?:ou|quoi) (?:je )?(?:pourrais|devrais|peux|dois|vais) (?:commencer|debuter|demarrer)|where to (?:start|begin)|how (?:do|should) i (?:start|begin)|where (do|should|can|could) i (start|begin)`;
/**
 * Starting from nothing, said of oneself: « je n'ai jamais codé », « aucune base en informatique », "I've never
 * programmed", "no prior knowledge". Regex source, folded words.
 */
const NEVER_CODED = String.raw`jamais (?:code|programme|developpe|fait (?:d informatique|de (?:la )?programmation|de code|de dev))(?: de (?:ma|toute ma) vie)?|(?:aucune|pas de|sans|zero) (?:base|bases|notions?|connaissances?|experience(?! (?:pro\w*|de travail|du travail|en entreprise)\b))(?: (?:en|d) (?:informatique|programmation|code|dev))?(?! (?:en|d|de) (?!informatique|programmation|code|dev)\w)|never (?:coded|programmed|written (?:any )?code|done (?:any )?(?:coding|programming))(?: (?:in|of) my (?:whole |entire )?life)?|no (?:prior )?(?:coding |programming )?(?:knowledge|skills)`;
/** For someone starting from nothing. */
const FOR_BEGINNERS =
  new RegExp(String.raw`\b(pour (les )?(vrais )?debutants?|pour (debuter|demarrer|me lancer)|debutante?s?|niveau (zero|0|debutant)|de zero|a partir de zero|from scratch|from (?:absolute |complete |total )?zero|(?:absolute|complete|total) beginners?|beginners?|for (a )?beginners?|${WHERE_TO_START}|to start with|start with|begin with|quand (on|je|j) (debute|commence|est debutant|suis debutant)|zero (it |computing |computer )?(background|experience|knowledge)|no (it |computing |computer )?(background|experience)|${NEVER_CODED})\b`);
/** Classes on Saturday, wanted (a Saturday ruled out is taken out before: SATURDAY_RULED_OUT). */
const ON_SATURDAY = /\b((le|les|du|on|en) (samedis?|saturdays?)|(samedi|saturday) (matin|morning|apres midi|afternoon))\b/;
