import { STOP_WORDS } from "./chat-lexicon";
import { readStatedExperience } from "./stated-experience";
import { foldText } from "./text-normalizer";

/**
 * What a learner says of their own studies before the Cnam (« j'ai un BTS compta », "I have a
 * bachelor's in history"): the diploma's level (years after the baccalauréat) and its field, when
 * the message says them. Read for a visitor's enrolment check, where a unit's advised level is
 * weighed against it.
 */
export interface StatedBackground {
  /** The learner's words, to quote back (« BTS compta »). */
  said: string;
  /** Years after the baccalauréat: BTS 2, licence 3, master 5; 0 for the bac itself. */
  level?: number;
  /** computing, science or technical, or another field (accounting, law, history, sales…). */
  field?: "computing" | "science" | "other";
  /** The learner says they do NOT have it (« pas de bac+2 info », "no bac+2 in IT"). */
  lacks?: boolean;
  /** The field was guessed from a word no list knows (« audiovisuel »): other than computing or science, maybe. */
  guessed?: true;
  /** The diploma is being prepared (« je suis en L2 maths »): `level` is the year before it. */
  inProgress?: true;
  /** The diploma was left unfinished (« la moitié d'un DUT info sans le finir »): not held, `level` is the year before it. */
  unfinished?: true;
  /** Said failed or still under way in other words (« j'ai raté mon BTS SIO », « L3 en cours »): not weighed as held. */
  notHeld?: true;
}

const DIPLOMAS: [RegExp, number | undefined][] = [
  [/^bac ?\+ ?(\d)$/, undefined],
  [/^(l1)$/, 1],
  [/^(bts|dut|deust|deug|l2|bac 2|hnd)$/, 2],
  [/^(licence pro|licence|license|bachelor s|bachelors|bachelor|l3|but)$/, 3],
  [/^(m1|maitrise)$/, 4],
  [/^(master s|masters|master|m2|diplome d ingenieur|engineering degree|mba)$/, 5],
  [/^(bac pro|bac|baccalaureat|high school diploma|high school|a levels)$/, 0],
];
/** Before a diploma, the learner aims at it: « finir ma licence », "to get the licence", « pour le diplôme ». */
const AIMED = /\b(reprendre|continuer|poursuivre|commencer|suivre|inscrire|finir|terminer|obtenir|avoir|decrocher|valider|faire|preparer|viser|vise|pour|planifier|planifie|plan|planning|organiser|organise|schedule|dans|get|finish|complete|obtain|earn|do|doing|toward|towards|for|into|entrer|rentrer|acceder|integrer)\b( \w+){0,2} $/;
/** Between two diplomas, words that join the second to the first: « et un », « puis une », "and a". */
const JOINED_TO_THE_ONE_BEFORE = /^( \w+){0,3} (et|puis|and|then|plus) (un|une|a|an|mon|ma|my|la|le|des|d)? ?$/;
/** Someone else spoken of just before a diploma: it is theirs, not the learner's. */
const SOMEONE_ELSE =
  /\b(sister|brother|wife|husband|partner|friend|colleague|cousin|son|daughter|mother|father|mum|mom|dad|boss|his|her|soeur|frere|femme|mari|conjoint|conjointe|copain|copine|ami|amie|collegue|fils|fille|mere|pere|patron|sa|son)\b/;
/** A diploma named by the word alone: what it is, the message does not say. */
const GENERIC = /^(diplomes?|diplomas?|degrees?)$/;
/** A field said right after a diploma's generic name: « … est en compta », "… is in business". */
const FIELD_SAID_AFTER = /^\s*(?:is |was |est |etait |c est )?(?:in|en|de|d|of) (\w+(?: \w+)?)/;
/** How many words before a diploma may say it is the learner's own. */
const OWN_REACH = 5;
/** A diploma being prepared, not held: « en 1ère année de », « je prépare un », "first year of", "studying for a". */
const IN_PROGRESS_WORDS = String.raw`\b(en (1ere|1re|premiere|2e|2eme|deuxieme|derniere) annee (de|d)|je prepare( un| une| le| la| mon| ma)?|en train de (faire|preparer)( un| une| mon| ma)?|en cours de|je suis en|apprentie? en|alternance en|(first|second|final|1st|2nd) year (of|in)( a| an| my| the)?|studying for( a| an| my)?|currently (doing|in)( a| an| my)?|i m (doing|in)( a| an| my| the)?)`;
const IN_PROGRESS = new RegExp(`${IN_PROGRESS_WORDS}\\s*$`);
const IN_PROGRESS_ANYWHERE = new RegExp(IN_PROGRESS_WORDS);
const IN_PROGRESS_SAID = { fr: "en cours", en: "in progress" } as const;
/** Said before a diploma, part of it only: « la moitié d'un », « un an de », "half of a", "dropped out of". */
const UNFINISHED_BEFORE = /\b(moitie (d|de)( un| une| mon| ma)?|(un|1|une|premiere) (an|annee|semestre) (d|de|en)( un| une| mon| ma)?|(one|a|the first) (year|semester) (of|in)( a| an| my)?|une partie (d|de)( un| une| mon| ma)?|un bout (d|de)( un| une)?|commence( un| une| mon| ma)|abandonne( un| une| mon| ma)|arrete( un| une| mon| ma)|half (of )?(a|an|my)|part of (a|an|my)|started (a|an|my)|dropped out of( a| an| my)?|quit( a| an| my))\s*$/;
/** How many years a diploma lasts, for those that do not start at the baccalauréat (others last as many years as their level). */
const LENGTH_OF: Readonly<Record<string, number>> = { master: 2, masters: 2, "master s": 2, m2: 2, mba: 2, "diplome d ingenieur": 3, "engineering degree": 3, "licence pro": 1 };
/** The years done of an unfinished diploma, said before it: « une année de », « ma première année de », "two years of". */
const YEARS_DONE_BEFORE = /\b(?:(un|une|1|premiere|1ere|1re|first|one|a)|(deux|2|deuxieme|2e|2eme|second|two)) (?:an|ans|annee|annees|year|years) (?:de|d|en|of|in)( un| une| mon| ma| a| an| my)?\s*$/;
/** Said after a diploma: « sans le finir », « pas terminé », « abandonné en cours », "never finished", "unfinished". */
const UNFINISHED_AFTER = /^\s*(\w+ ){0,6}(sans (le |la |l )?(finir|terminer|valider|avoir fini|avoir termine|avoir valide|diplome)|(pas|jamais|non) (fini|finie|termine|terminee|valide|validee|obtenu|obtenue|eu)|inacheve\w*|abandonne\w*|arrete\w* en cours|(puis |et |mais )?(j ai |je l ai )?(arrete|lache|stoppe)\b|(then |and |but )?i (quit|stopped|gave up|dropped it)|(didn t|did not|never) (finish|complete|get)|without (finishing|completing|graduating)|not (finished|completed)|unfinished|incomplete|dropped out)\b/;
const UNFINISHED_SAID = { fr: ", diplôme non terminé", en: ", not completed" } as const;
const DIPLOMA_WORDS =
  /\b(diplomes?|diplomas?|degrees?|bac ?\+ ?\d|bts|dut|but(?= (?:informatique|info|reseaux|rt|gea|tc|geii|mmi|mp|gmp|qlio|chimie|carrieres|genie|sd|hse|gim|cj|infocom|techniques|science))|deust|deug|licence pro|licence|license|bachelor s|bachelors|bachelor|master s|masters|master|maitrise|mba|l1|l2|l3|m1|m2|diplome d ingenieur|engineering degree|bac pro|baccalaureat|bac|high school diploma|high school|a levels|hnd)\b/;
/** Said right before the diploma: they do not have it. */
const LACKS = /\b(no|not|without|sans|pas de|pas d|pas le|pas la|pas un|pas une|aucun|aucune|don t have( a| an| any)?|do not have( a| an| any)?|haven t got( a| an| any)?|n ai pas( de| d| le| la| un| une)?|n ai aucun|n ai aucune|i have no)( it| informatique| computing| computer science)?\s*$/;
/**
 * The learner speaks of their own diploma: « j'ai un », « titulaire d'un », "I have a", « avec un », « j'ai 38 ans et un », "I finished a"
 * ("I finished a BTS in accounting last year" was read as no studies said, and NFP107 got a plain « Yes »).
 */
const OWN = /\b(no|pas de|sans|without|n ai pas|j ai|jai|ai \d{2} ans et|g|j avais|titulaire|diplome|diplomee|avec|i have|i ve got|i hold|i got|i did|i earned|i completed|i finished|i ve finished|i have finished|i obtained|i graduated (with|from)|have any|have an?|with|my|mon|ma|fait|obtenu|sorti|sortie|sors d|sort d|sors de|sort de|sortant d|sortant de|jsors d|jsors dun|sors dun|sort dun|jsuis sorti|jsuis sortie|jai eu|fresh out of|straight out of|issu|issue|aucun|aucune|just|only|juste|seulement|simplement|n ai que|n ai qu|j ai qu|moitie|commence|started|half|year of|years of|semester of|an de|an d|annee de|annee d|semestre de|semestre d)\b/;

const COMPUTING =
  /\b(informatique|info|sio|iris|reseaux?|telecoms?|developpe\w*|developpement|dev|programm\w*|computer|computing|software|it(?= @)|(?<=\b(?:in|en) )it|cs|data|web|cyber\w*|miage|numerique|systemes d information|information systems|mias|networks?|networking|sysadmin|systems administration)\b/;
const SCIENCE =
  /\b(scientifiques?|sciences?|maths?|mathematiques|mathematics|physiques?|physics|mesures physiques|chimie|chimiques?|chemistry|biolog\w*|engineering|ingenieur|technique|technical|technolog\w*|electroni\w*|electrotechni\w*|electri\w*|geii|mecani\w*|mechanical|industri\w*|statisti\w*|genie civil|genie|btp|batiment|travaux publics|civil engineering|civil|automatismes?|automation|productique|maintenance)\b/;
const OTHER =
  /\b(compta\w*|comptabilite|accounting|accountancy|gestion|management|business|commerce|commercial|vente|ventes|sales|marketing|rh|ressources humaines|human resources|hr|droit|juridique|law|legal|lettres|literature|histoire|history|geographie|geography|langues|languages|lea|communication|tourisme|tourism|hotellerie|hospitality|sante|health|soins|nursing|infirmi\w*|social|sociales?|carrieres sociales|sociologie|sociology|psycho\w*|economie|economics|eco|finance|banque|banking|assurance|insurance|immobilier|logistique|logistics|transport|secretariat|assistanat|assistant|muc|nrc|ndrc|mco|cg|pme|gea|gaco|tc|gmo|sp3s|esf|design|arts?|philosophie|philosophy|musique|music|sport|staps|education)\b/;

/** The first diploma the learner says is theirs, with its level and field (words within four of it). */
export function readStatedBackground(text: string): StatedBackground | undefined {
  const folded = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  if (!OWN.test(folded) && !IN_PROGRESS_ANYWHERE.test(folded)) return undefined;
  // The learner's own diploma, said as theirs just before (« j'ai un BTS », "I don't have any IT degree"):
  // « I'd love to get the licence » names the diploma they aim at, not one they hold.
  // (A diploma joined to one said owned, « j'ai une L1 et un BTS SIO », is owned too, however far its « j'ai ».)
  let ownedEnd: number | undefined;
  const owned = [...folded.matchAll(new RegExp(DIPLOMA_WORDS.source, "g"))].filter((m) => {
    const joined = ownedEnd !== undefined && JOINED_TO_THE_ONE_BEFORE.test(folded.slice(ownedEnd, m.index));
    const mine = joined || ownedBefore(m);
    if (mine) ownedEnd = (m.index ?? 0) + m[0].length;
    return mine;
  });
  function ownedBefore(m: RegExpMatchArray): boolean {
    const before = ` ${folded.slice(0, m.index).trim().split(" ").slice(-OWN_REACH).join(" ")} `;
    // « finir ma licence », "get my degree": the diploma aimed at; « un diplôme » alone says nothing unless lacked.
    if (AIMED.test(before)) return false;
    // « ma sœur a fait sa licence », "my sister did her licence": someone else's diploma.
    if (SOMEONE_ELSE.test(before)) return false;
    // (« my degree is in business », « mon diplôme est en compta »: a field said right after it says what it is.)
    const fieldAfter = FIELD_SAID_AFTER.exec(folded.slice((m.index ?? 0) + m[0].length));
    const fieldNamed = fieldAfter !== null && [COMPUTING, SCIENCE, OTHER].some((pattern) => pattern.test(` ${fieldAfter[1]} `));
    if (GENERIC.test(m[1] as string) && !fieldNamed && !LACKS.test(folded.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) return false;
    return OWN.test(before) || IN_PROGRESS.test(before);
  }
  const [first, ...others] = owned;
  const levelAt = (m: RegExpMatchArray) => levelOf((m[1] as string).replace(/\s+/g, " "));
  const firstLevel = first ? levelAt(first) : undefined;
  // (« j'ai un bac pro et un BTS compta »: the BTS; a bac or an L1 said first is the way to what follows.)
  const match = first && firstLevel !== undefined && firstLevel <= 1 ? (others.find((m) => (levelAt(m) ?? -1) > firstLevel) ?? first) : first;
  if (!match || match.index === undefined) return undefined;
  const noun = (match[1] as string).replace(/\s+/g, " ");
  // « Je suis en 1ère année de BTS », "I'm studying for a BTS": not held yet, a year below it at most.
  const inProgress = IN_PROGRESS.test(` ${folded.slice(0, match.index).trim().split(" ").slice(-OWN_REACH - 1).join(" ")} `);
  const held = levelOf(noun);
  // « J'ai fait la moitié d'un DUT info sans le finir »: the diploma is not held; a year below it at most.
  // Said after it, up to the next diploma named: « un DUT info, pas fini la licence » left the licence unfinished, not the DUT.
  const following = folded.slice(match.index + match[0].length);
  const nextDiploma = following.search(DIPLOMA_WORDS);
  const ownPart = nextDiploma < 0 ? following : following.slice(0, nextDiploma);
  const ofTheNext = nextDiploma >= 0 && /\b(fini|finie|termine|terminee|valide|validee|obtenu|obtenue|finir|terminer|valider|finish|finished|complete|completed)( (la|le|l|ma|mon|sa|son|my|the|a|an|un|une))?\s*$/.test(ownPart);
  const unfinished = !inProgress && (UNFINISHED_BEFORE.test(` ${folded.slice(0, match.index).trim()} `) || (UNFINISHED_AFTER.test(ownPart) && !ofTheNext));
  // (« ma première année de BUT » is one year done, whatever the diploma's length.)
  const yearsDone = unfinished ? YEARS_DONE_BEFORE.exec(` ${folded.slice(0, match.index).trim()} `) : null;
  // (A master starts after a licence: its first year done is bac+4.)
  const startsAt = held !== undefined ? held - (LENGTH_OF[noun] ?? held) : 0;
  const level = (inProgress || unfinished) && held !== undefined ? Math.max(0, Math.min(held - 1, yearsDone ? startsAt + (yearsDone[1] ? 1 : 2) : held)) : held;
  const after = folded.slice(match.index + match[0].length).trim().split(" ").slice(0, 4);
  const before = folded.slice(0, match.index).trim().split(" ").slice(-2);
  // « @ » stands for the diploma: "IT" counts as a field right before it ("an IT diploma") or after « in ».
  // The field nearest the diploma: « BTS compta, la licence info » is a BTS in accounting, whatever follows.
  const fieldWithin = (reach: number) => {
    const around = ` ${[...before, "@", ...after.slice(0, reach)].join(" ")} `;
    return COMPUTING.test(around) ? "computing" : SCIENCE.test(around) ? "science" : OTHER.test(around) ? "other" : undefined;
  };
  const reach = [0, 1, 2, 3, 4].findIndex((within) => fieldWithin(within) !== undefined);
  const known = reach >= 0 ? fieldWithin(reach) : undefined;
  // "my nursing diploma (bac+3)": the field said before the diploma is quoted with it, not the words after it.
  const fieldBefore = reach === 0 ? before.findIndex((word) => [COMPUTING, SCIENCE, OTHER].some((pattern) => pattern.test(` ${word} `) || pattern.test(` ${word} @ `))) : -1;
  // A field no list knows (« BTS audiovisuel ») is guessed to be another field: said so, so that a diploma's access is not refused on a guess.
  const guessed = known === undefined && namesAField(after);
  const field = known ?? (guessed ? "other" : undefined);
  // The words quoted back: the diploma and, when a field was read, the words up to it.
  const named = field ? after.findIndex((word, i) => [COMPUTING, SCIENCE, OTHER].some((pattern) => pattern.test(` ${after.slice(Math.max(0, i - 1), i + 1).join(" ")} `))) : -1;
  const fieldEnd = fieldBefore >= 0 ? -1 : named < 0 && field === "other" ? after.findIndex((word) => !FIELD_LINK.has(word)) : named;
  const lacks = LACKS.test(folded.slice(Math.max(0, match.index - 24), match.index));
  // (Lacked, the words before it are quoted with it already: « pas de bac+2 info ».)
  const words = [...(fieldBefore >= 0 && !lacks ? before.slice(fieldBefore) : []), ACRONYM.test(noun) ? noun.toUpperCase() : noun.replace(/ s$/, "'s"), ...(fieldEnd >= 0 ? after.slice(0, fieldEnd + 1).map((word) => (FIELD_ACRONYM.test(word) ? word.toUpperCase() : word)) : [])].join(" ");
  // Elisions the folding split are joined again: « licence d'histoire ».
  const said = words.replace(/\b([dl]) (?=[aeiouyh])/g, "$1'").replace(/\bit\b/, "IT");
  // Quoted back as said: with the words that lack it (« pas de bac+2 info »), or saying it is being prepared.
  const saidInEnglish = folded.includes(" i ") || folded.includes(" i m ");
  const quoted = lacks
    ? folded.slice(0, match.index).trim().split(" ").slice(-3).join(" ").replace(/^.*?\b(no|not|without|sans|pas|aucun|aucune|don t|do not|haven t|n ai|i have no)\b/, "$1") + " " + said
    : inProgress
      ? `${said} ${IN_PROGRESS_SAID[saidInEnglish ? "en" : "fr"]}`
      : unfinished
        ? `${said}${UNFINISHED_SAID[saidInEnglish ? "en" : "fr"]}`
        : said;
  return {
    ...(guessed ? { guessed: true as const } : {}),
    said: quoted,
    ...(level !== undefined ? { level } : {}),
    ...(field ? { field } : {}),
    ...(lacks ? { lacks } : {}),
    ...(inProgress && !lacks ? { inProgress: true as const } : {}),
    ...(unfinished && !lacks ? { unfinished: true as const } : {}),
    ...(!lacks && !inProgress && !unfinished && (NOT_HELD_BEFORE.test(` ${folded.slice(0, match.index).trim()} `) || NOT_HELD_AFTER.test(ownPart) || NOT_THE_DIPLOMA_AFTER.test(following.slice(0, NOT_HELD_REACH))) ? { notHeld: true as const } : {}),
  };
}

/** How many characters after a diploma may say it is not held. */
const NOT_HELD_REACH = 40;
/** Said before a diploma, failed: « j'ai raté mon BTS », "I failed my BTS". */
const NOT_HELD_BEFORE = /\b(rate|ratee|echoue|loupe|failed|flunked)( a| au| mon| ma| le| la| my| the| a| an)?\s*$/;
/** Said after it, not held (yet): « L3 en cours », « le niveau mais pas le diplôme », "failed the final exam", "not the degree". */
const NOT_HELD_AFTER = /^\s*(\w+ ){0,5}(en cours(?!\s+(de|d)\s*$)|in progress|rate|ratee|echoue|failed|flunked)\b/;
/** Said after it, up to the word « diplôme »: the level, not the diploma (« le niveau BTS mais pas le diplôme »). */
const NOT_THE_DIPLOMA_AFTER = /^\s*(\w+ ){0,4}(pas (encore )?(le |mon |de )?(diplome|diploma)|sans (le )?diplome|not (yet )?(the |my )?(diploma|degree)|no (diploma|degree)|without (the |a )?(diploma|degree))\b/;

/** Words between a diploma and its field (« BTS en audiovisuel », "a degree in film"). */
const FIELD_LINK = new Set(["en", "de", "d", "du", "des", "in", "of", "option", "specialite", "speciality", "filiere", "major", "mention"]);
/** Words right after a diploma that are no field: what the sentence goes on with. */
const NOT_A_FIELD = new Set([
  ...STOP_WORDS.fr, ...STOP_WORDS.en,
  "depuis", "since", "obtenu", "obtained", "pourtant", "mais", "donc", "alors", "puis", "then", "also", "aussi", "only", "seulement", "juste", "just",
  "peux", "puis", "pourrais", "voudrais", "veux", "aimerais", "souhaite", "can", "could", "would", "want", "like", "and", "but", "with", "avec", "sans",
  "annee", "annees", "ans", "year", "years", "ago", "dernier", "derniere", "last", "general", "generale", "professionnel", "professionnelle", "pro",
  "technologique", "complet", "valide", "validee", "equivalent", "niveau", "level", "french", "francais", "etranger", "abroad", "foreign",
  "alternance", "apprentissage", "apprenticeship", "mention", "assez", "bien", "tres", "passe", "passee", "candidat", "libre", "initial", "initiale",
  "continue", "cours", "soir", "distance", "ligne", "online", "obtained", "earned", "got", "from", "since", "with", "honours", "honors",
  // What the sentence asks next: « … le bac peut suivre … », "… the baccalauréat take PRS201?".
  "take", "taking", "do", "doing", "follow", "enrol", "enroll", "register", "join", "enter", "apply", "suivre", "faire", "prendre", "entrer", "peut", "pourrait",
]);

/** A word after the diploma, past « en », « de », "in", that names a field the lists above do not know (« audiovisuel »). */
function namesAField(after: readonly string[]): boolean {
  const word = after.find((w) => !FIELD_LINK.has(w));
  return word !== undefined && /^[a-z]{4,}$/.test(word) && !NOT_A_FIELD.has(word);
}

const ACRONYM = /^(bts|dut|but|deust|deug|mba|hnd|l1|l2|l3|m1|m2)$/;
/** The options of a BTS or a DUT, written as capitals (« BTS SIO », « DUT GEA »), and their tracks (« SLAM », « SISR »). */
const FIELD_ACRONYM = /^(sio|slam|sisr|ndrc|nrc|mco|muc|gea|gpme|pme|cg|sam|ci|sn|cir|ciel|qlio|tc|mmi|rt|geii|gmp|gte|hse)$/;

function levelOf(noun: string): number | undefined {
  for (const [pattern, level] of DIPLOMAS) {
    const match = pattern.exec(noun);
    if (match) return level ?? Number(match[1]);
  }
  return undefined;
}

/**
 * Never having written code: « jamais programmé », "never coded", "never programmed in any language" (« jamais codé en C », "never really
 * programmed in C" lack C only); nor learned a programming
 * language, « je n'ai jamais appris de vrai langage de programmation », "never learned a programming language", « je ne sais pas
 * programmer » (macros in Excel are no language: NFP121's « savoir déjà programmer » was answered « ✅ Oui, si vous avez le niveau »).
 */
const NEVER_PROGRAMMED_WORDS =
  String.raw`jamais (vraiment |reellement )?(programme|code|developpe)(?! en \w)|jamais (ecrit|tape|fait) (une |la moindre |aucune )?lignes? de code|never (written|wrote|typed) (a |one |a single )?lines? of code|never (really |actually )?(programmed|coded)(?! in (c|c\+\+|java|javascript|python|php|sql|rust|go|kotlin|swift|typescript)\b)( in my life)?` +
  String.raw`|jamais (appris|etudie) (a programmer|a coder|(de |d |un |aucun )?(vrais? |veritables? )?langages?( de programmation| informatiques?)?(?! (c|java|python|javascript|php|sql)\b))|(ne )?sais pas (programmer|coder)(?! en \w)` +
  String.raw`|never (learned|learnt|studied) (to (program|code)|(a |any )?(real |proper )?(programming|coding) languages?)|(can t|cannot|don t know how to|do not know how to) (program|code)(?! in \w)`;
const NEVER_PROGRAMMED = new RegExp(String.raw`\b(${NEVER_PROGRAMMED_WORDS})\b`);
/** Whether the learner says they never programmed (« je n'ai jamais vraiment codé », "never learned a programming language"). */
export function saysNeverProgrammed(text: string): boolean {
  return NEVER_PROGRAMMED.test(` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `);
}
/** Starting from nothing in the field: « jamais fait d'info », "I've never programmed", "total beginner". */
const BEGINNER = new RegExp(
  String.raw`\b(jamais fait (d |de l |de )?(info|informatique|programmation|prog|reseaux?|code|dev)|${NEVER_PROGRAMMED_WORDS}|never (done|did|studied|learned|learnt) (any )?(it|computing|programming|coding|code|networking|computer science)(?! formally| at (school|university|uni|college)| officially| as a degree)|(no|zero|without any|sans aucune?) (it|computing|programming|tech|technical|informatique|info) (background|experience|knowledge)|(zero|aucune|pas de) (experience|formation|connaissance)s? (en |d |de l )?(informatique|info|programmation)|aucune (base|notion|connaissance)s? (en|d) ?(info|informatique|programmation|reseaux?)|(total|complete|absolute) beginner|(i m|i am|im|quite|completely|totally|very) new to (computing|it|computers|computer science|tech)|(nouveau|nouvelle|novice|debutante?) (dans l|en) (info|informatique)|je debute en (info|informatique)|debutant (complet|total)|grand debutant|vrai debutant|je pars de zero|starting from scratch|from scratch)\b`,
);

/**
 * New to programming: « débutante en programmation », "new to coding". From scratch only for one who says no work in computing:
 * « débutante en programmation mais admin réseau depuis 10 ans » has done networks (it was told « UTC505 non validé » unasked).
 */
const NEW_TO_PROGRAMMING = /\b((i m|i am|im|quite|completely|totally|very) new to (programming|coding)|(nouveau|nouvelle|novice|debutante?) (dans la|en) (programmation|prog|code)|je debute en (programmation|prog))\b/;

/** Changing careers: « je me reconvertis », "I want to switch to data", « changer de métier ». */
const CAREER_CHANGE = /\b(reconver\w*|switch(ing)? (to|into) (data|it|computing|tech|programming|networks?|cyber\w*|dev\w*)|switch(ing)? careers?|career (change|switch)|chang(e|ing) careers?|changer de (metier|carriere|voie)|me reorienter|reorientation|nouvelle carriere|new career)\b/;

/**
 * New to computing: a beginner (« jamais fait d'info »), or someone changing careers who names no
 * studies in the field (a pastry chef "switching to data"): an advised level in computing is not theirs.
 */
export function saysNewToComputing(text: string): boolean {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  // "I've been writing Python scripts for about four years, though I never studied computing formally": years of it are no beginning.
  // (Not when they say they never programmed: « vendeur en informatique depuis 5 ans, je n'ai jamais programmé ».)
  if ((readStatedExperience(text)?.yearsInComputing ?? 0) >= 1 && !NEVER_PROGRAMMED.test(words)) return false;
  if (saysBeginner(text)) return true;
  if (!CAREER_CHANGE.test(words) || COMPUTING_JOB.test(words)) return false;
  const background = readStatedBackground(text);
  return !(background && !background.lacks && (background.field === "computing" || background.field === "science"));
}

/** A job in computing said of oneself: « je suis développeur », "admin système depuis 8 ans", "I work in IT". */
const COMPUTING_JOB =
  /\b(developpeur|developpeuse|dev|devs|developer|programmeur|programmer|informaticien\w*|admin (sys\w*|reseau\w*)|administrateur (systeme|reseau)\w*|sysadmin|devops|ingenieur (informatique|logiciel|reseau\w*|systeme\w*)|technicien (informatique|reseau\w*|support)|it support|support informatique|data (analyst|scientist|engineer)|software engineer|en informatique depuis|i work in it|je travaille dans l informatique|je bosse dans l informatique)\b/;

/** An advised level in computing (« Bac+2 informatique », « savoir programmer »), not a language's or another field's. */
export const COMPUTING_LEVEL = /\b(informatique|programm\w*|reseaux?|systemes? d exploitation|algorithm\w*|java|python|sql|bases? de donnees|web|linux|langage c|du c)\b/;

export function saysBeginner(text: string): boolean {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  return BEGINNER.test(words) || (NEW_TO_PROGRAMMING.test(words) && (readStatedExperience(text)?.yearsInComputing ?? 0) < 1);
}

/** Skills a unit's advised level may name: a language, programming, maths, English… */
const SKILLS = "c\\+\\+|c|java|python|sql|javascript|php|algorithmique|algorithmes?|algorithms?|maths?|mathematiques|programmation|programming|objet|linux|anglais|english|reseaux|networking|bases de donnees|databases?";
/** Said lacking: « jamais écrit une ligne de C », "I can't read C", « je ne connais pas Java », « sans connaître le C », "without knowing C". */
const LACKS_SKILL = new RegExp(
  `\\b(jamais( (ecrit|fait|touche|appris|programme|code|lu|utilise|vu|eu))?( une ligne| un programme)?( de| en| du| d)?|ne (sais|connais|lis|parle) (pas|rien)( lire| ecrire| programmer)?( en| le| du| de la| l| d)?|sais pas( lire| ecrire| programmer)?( en| le| du| de la| l)?|connais (rien|pas)( en| au| a la| a l| le| du)?|aucune (notion|base|connaissance)s? (en|de|d)|(can t|cannot|can not) (read|write|code in|program in|speak)( any)?|never (really |actually )?(wrote|written|coded in|programmed in|used|learned|learnt|done|did|studied)( a line of| any)?|(don t|do not) (know|speak|read)( any)?|no (knowledge of|experience (in|with))|(sans|without)( jamais| any| aucune?| never)?( avoir| having)?( (connaitre|savoir|fait|appris|touche|pratique|programme|code|maitriser|knowing|done|learned|learnt|used|studied|bases?|notions?|connaissances?|knowledge|experience|ever (done|used|learned|learnt|written)))?( (lire|ecrire|programmer|read|write|coded|programmed))?( (en|le|la|du|de la|de|d|l|in|of|with|any))?)\\s+(?<skill>${SKILLS})\\b`,
  "g",
);

/** A skill the learner says they lack (folded: « c », « java »), with the words that said it. */
export interface LackedSkill {
  said: string;
  skill: string;
}

/** Said held: « j'ai fait du C à la fac », « je connais Java », "I did C at university", "I know SQL". */
const HAS_SKILL = new RegExp(
  `\\b(j ai (deja |beaucoup |un peu )?(fait|appris|pratique|utilise|etudie|code en|programme en)( du| de la| le| la| l| des| en| de)?|je (connais|maitrise|pratique|code en|programme en|developpe en)( bien| deja| un peu)?( le| la| l| du| en)?|je sais (lire|ecrire|programmer|coder)( un peu| bien| deja)?( en| le| la| l| du| de la| de| d)?|je (lis|ecris)( un peu| bien| deja)?( le| la| l| du| de la| de| d| en)?|i can (read|write|code in|program in|use)( some| a bit of| basic)?|j ai (des |de bonnes |quelques )?(bases|notions|connaissances) (en|de|d|du)|i (did|ve done|have done|know|learned|learnt|studied|used|use|code in|program in|write|wrote)( some| a bit of| a lot of)?|i have (some |good |solid )?(experience|knowledge|skills) (in|with|of))\\s+(?<skill>${SKILLS})\\b(?! (?:est|is|c est|it s)\\b)`,
  "g",
);

/** The skills the learner says they have (folded: « c », « java »), not those said lacked. */
export function readKnownSkills(text: string): string[] {
  // (« C# » is no C once its sign is folded away.)
  const folded = ` ${foldText(text.replace(/\bc\s*#/gi, "csharp")).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  const known = [...folded.matchAll(HAS_SKILL)].filter((m) => !NEGATION.test(folded.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))).map((m) => m.groups?.skill as string);
  return [...new Set(known)];
}

/** A skill lacked after another thing lacked: « j'ai pas fait UTC502 ni de C ». */
const NOR_SKILL = new RegExp(`\\b(?:pas|jamais|never|not|no)\\b[a-z0-9 ]{0,40}?\\b(?:ni|nor|or any) (?:de |du |d |en |le |la |l )?(?<skill>${SKILLS})\\b`, "g");

export function readLackedSkills(text: string): LackedSkill[] {
  const folded = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  const lacked = [...folded.matchAll(LACKS_SKILL), ...folded.matchAll(NOR_SKILL)].map((m) => ({ said: m[0].trim().replace(/\bc\b/, "C"), skill: m.groups?.skill as string }));
  // « le C je connais pas du tout », « Java, j'en ai jamais fait »: the skill before the words that say it is lacked.
  const clauses = clausesOf(text);
  // « Le langage C, j'en ai jamais fait »: a skill named alone goes with what the next clause says of it.
  const joined = clauses.map((clause, i) => (i > 0 && isSkillAlone(clauses[i - 1] as string) ? `${clauses[i - 1]}${clause}` : clause));
  for (const clause of joined) {
    // A negation of knowing it (« je connais pas », "never done"), not of something else (« pas peur du C », « je travaille pas en C »).
    if (!NEGATION.test(clause) || !KNOWING.test(clause) || NOT_A_LACK.test(clause)) continue;
    const skill = SKILL_IN_CLAUSE.exec(clause)?.groups?.skill;
    if (skill) lacked.push({ said: clause.trim().replace(/\bc\b/, "C"), skill });
  }
  // (« sans objet » says a thing does not apply, no skill lacked.)
  return lacked.filter((l, i) => lacked.findIndex((o) => o.skill === l.skill) === i && l.said !== "sans objet");
}

/** A message's clauses, folded: split at punctuation and at the words that turn to another matter (« mais », « par contre »). */
function clausesOf(text: string): string[] {
  return foldText(text)
    .replace(/['’]/g, " ")
    .split(/[.,;:!?()\n]+|\b(?:mais|par contre|en revanche|cependant|sauf que|but|however|though|although|whereas)\b/)
    .map((clause) => ` ${clause.replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `)
    .filter((clause) => clause.trim().length > 0);
}

/** A clause of a few words naming a skill and nothing said of it: « le langage C », "Java". */
function isSkillAlone(clause: string): boolean {
  return clause.trim().split(" ").length <= 3 && SKILL_IN_CLAUSE.test(clause) && !NEGATION.test(clause);
}

/** A word that says something is not so. */
const NEGATION = /\b(pas|jamais|aucun|aucune|rien|nul|nulle|zero|never|not|no|don t|dont|didn t|haven t|can t|cannot|none)\b/;
/** Words of knowing or having done a skill. */
const KNOWING =
  /\b(connais|connait|sais|savoir|lis|lire|ecris|ecrire|ecrit|fait|faire|code|coder|programme|programmer|appris|apprendre|touche|utilise|notions?|bases?|niveau|cours|know|knowledge|read|write|wrote|written|done|did|do|learn|learned|learnt|touched|used|use|idea|clue|experience|studied|study|level)\b/;
/** Negations that say no lack: « pas mal de C », "no problem with C", « pas seulement Java ». */
const NOT_A_LACK = /\b(pas mal|pas de (probleme|souci|soucis)|aucun (probleme|souci)|peur|souci|soucis|probleme|mind|problem|pas (un |une )?debutante?|pas nule?|pas mauvaise?|not (a )?beginner|not bad|no problem|not only|pas que|pas seulement|pas uniquement|not just|n importe|no matter|pas encore valide)\b/;
/** A skill named in a clause; « c » is the language only as a word of its own (not « c est », « c était »). */
const SKILL_IN_CLAUSE = new RegExp(
  `(?:^|\\s)(?<skill>c\\+\\+|c(?! (?:est|etait|a|sera|serait|qu|quoi|koi|ke|que|vrai|bon|ok|possible|pour|la|le)\\b)|java|python|sql|javascript|php|algorithmique|algorithmes?|algorithms?|maths?|mathematiques|linux|reseaux|networking|bases de donnees|databases?)(?=\\s)`,
);

/** Whether an advised level (« savoir lire du C ») names a skill the learner said they lack. */
/** The skills an advised level names (« connaître un langage avancé (Java), l'algorithmique … » names java, algorithmique…). */
export function skillsNamedIn(advice: string): string[] {
  return SKILLS.split("|").map((skill) => skill.replace(/\\/g, "").replace(/\?$/, "")).filter((skill) => adviceNamesSkill(advice, skill));
}

export function adviceNamesSkill(advice: string, skill: string): boolean {
  const text = ` ${foldText(advice).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ")} `;
  return new RegExp(`\\b${skill.replace(/\+/g, "\\+")}(?![a-z0-9+])`).test(text);
}

/** The levels of the Common European Framework, in order. */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** A language level the learner says is theirs: « niveau A1 en anglais », "my English is B2", « débutant en anglais ». */
export interface StatedLanguageLevel {
  said: string;
  level: CefrLevel;
}

const OTHER_LANGUAGE = /\b(allemand|espagnol|italien|german|spanish|italian|chinois|chinese|mandarin|arabe|arabic|portugais|portuguese|russe|russian|japonais|japanese|francais|french|fle)\b/;
const CEFR_SAID = /\b(?:niveau |level |en |in )?(a1|a2|b1|b2|c1|c2)\b(?: (?:level|niveau))?/;
const CEFR_CONTEXT = /\b(niveau|level|anglais|english|langue|language|cecrl?|cefr|toeic|toefl|ielts)\b/;
const LANGUAGE_BEGINNER =
  /\b(debutante? (?:(?:complete?|totale?) )?en anglais|grande? debutante? en anglais|anglais (est |c est )?(tres |vraiment |super |trop )?(de base|basique|scolaire|faible|nul|nulle|mauvais|catastrophique|pourri)|nul en anglais|(je )?(ne )?parle (pas|presque pas|pas du tout|pas bien|tres peu|mal) (l )?anglais|(total |complete |absolute )?beginner (in|at) english|(basic|poor|weak|very little|no) english|(don t|do not|barely|can t|cannot) speak (much |any )?english|my english is (basic|poor|weak|bad|very bad|terrible))\b/;

export function readLanguageLevel(text: string): StatedLanguageLevel | undefined {
  const folded = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ").replace(/\s+/g, " ").trim()} `;
  // « niveau B2 en allemand »: a level in another language says nothing of English.
  if (OTHER_LANGUAGE.test(folded) && !/\b(anglais|english)\b/.test(folded)) return undefined;
  const cefr = CEFR_SAID.exec(folded);
  if (cefr && CEFR_CONTEXT.test(folded)) return { said: cefr[0].trim().replace(/\b(a1|a2|b1|b2|c1|c2)\b/, (level) => level.toUpperCase()), level: (cefr[1] as string).toUpperCase() as CefrLevel };
  const beginner = LANGUAGE_BEGINNER.exec(folded);
  return beginner ? { said: beginner[0].trim(), level: "A1" } : undefined;
}

/** The CEFR bounds an advised level states: « niveau inférieur à A2 » (below), « B1 minimum » (from). */
export function cefrBounds(advice: string): { below?: CefrLevel; from?: CefrLevel } {
  const text = ` ${foldText(advice).replace(/['’]/g, " ").replace(/[^a-z0-9+ ]+/g, " ")} `;
  const below = /\b(inferieur a|inferieurs a|sous|below|under|moins que|en dessous de)( le| du)?( niveau| level)? (a1|a2|b1|b2|c1|c2)\b/.exec(text)?.[4];
  const from = below ? undefined : /\b(a1|a2|b1|b2|c1|c2)\b/.exec(text)?.[1];
  return { ...(below ? { below: below.toUpperCase() as CefrLevel } : {}), ...(from ? { from: from.toUpperCase() as CefrLevel } : {}) };
}

/** Whether an advised level states a CEFR level and holds the one stated (« niveau inférieur à A2 » for an A1). */
export function adviceHoldsLevel(advice: string, level: CefrLevel): boolean {
  return /\b(a1|a2|b1|b2|c1|c2)\b/i.test(advice) && !outsideCefrBounds(level, advice);
}

/** Whether an advised level names CEFR levels that the stated level falls outside (« niveau inférieur à A2 » for a B1). */
export function adviceExcludesLevel(advice: string, level: CefrLevel): boolean {
  return /\b(a1|a2|b1|b2|c1|c2)\b/i.test(advice) && outsideCefrBounds(level, advice);
}

/** Whether a stated language level falls outside an advised level's CEFR bounds. */
export function outsideCefrBounds(level: CefrLevel, advice: string): boolean {
  const { below, from } = cefrBounds(advice);
  const rank = (l: CefrLevel) => CEFR_LEVELS.indexOf(l);
  return (below !== undefined && rank(level) >= rank(below)) || (from !== undefined && rank(level) < rank(from));
}
