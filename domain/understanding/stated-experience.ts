import { numberWordsToDigits } from "./number-words";
import { foldText } from "./text-normalizer";

/**
 * What a learner says of their working life (« je suis dev depuis 3 ans », "2 ans technicien réseau
 * derrière moi", "I've worked in IT for five years"): how many years, and how many of them in
 * computing when the job they name says so. Read to apply a diploma's experience requirement to the
 * learner's own case, never as a record.
 */
export interface StatedExperience {
  /** Years of work, all fields (the largest said). */
  years: number;
  /** Years in computing: said as such (« dont 1 an comme développeur »), or every year when the job named is one. */
  yearsInComputing?: number;
  /** Years said of a job named beside them (« vendeur depuis 10 ans »), not of living somewhere or being married. */
  inAJob?: number;
}

/** A number of years or months: « 3 ans », « 2,5 années », "five years", « 8 mois » (number words are digits by then). */
const YEARS = String.raw`(\d{1,2}(?:[.,]5)?) ?(ans?|annees?|years?|yrs?|mois|months?)`;
/** Before a number, words that make it a length of work, not an age or a date: « depuis », « ça fait », "for". */
// (« j'ai travaillé 8 mois », "I worked 8 months", « mon alternance de 12 mois »: a verb of working, or a contract done, said before the length;
// « ça fait seulement 5 mois que je suis développeur »: a length said short is one all the same.)
const SINCE = new RegExp(
  String.raw`\b(?:depuis|ca fait|cela fait|ca va faire|voila|pendant|durant|for|over|since|worked|travaille|bosse|(?:mon|ma|my|fait (?:un|une)|apres (?:un|une|mon|ma)) (?:alternance|apprentissage|cdd|interim) (?:de|d))(?: (?:plus de|pres de|presque|environ|bientot|deja|seulement|juste|que|about|around|almost|nearly|more than|over|only|just|the last|the past))? ${YEARS}(?![a-z]| ago\b)`,
  "g",
);
/**
 * A diploma or a move some years ago, and work « depuis » (since then): « obtenu il y a 6 ans et depuis je suis technicien support »,
 * "6 years ago, and since then I've been a support technician": those years are years of work.
 */
const SINCE_THEN = new RegExp(
  String.raw`\b(?:il y a|voila) ${YEARS},? (?:et )?depuis(?: (?:lors|ce temps|ce moment))?,? (?:je suis|je travaille|je bosse|j occupe|je fais|j exerce|je taffe)\b(?! (?:au chomage|chomeu\w*|sans emploi|en recherche|etudiant\w*|en formation|a la maison))|\b${YEARS} ago,? (?:and )?(?:ever )?since (?:then|that)(?: time)?,? i (?:ve been|ve worked|have been|have worked|work|m working|am working)\b(?! (?:unemployed|out of work|job hunting|looking for|studying|a student|at home))`,
  "g",
);
/** A SINCE_THEN match with its number and unit as the first two groups, as the other patterns have them (the English form has them third and fourth). */
function sinceThenLength(m: RegExpMatchArray): RegExpMatchArray {
  if (m[1] !== undefined) return m;
  const moved = [m[0], m[3], m[4]] as unknown as RegExpMatchArray;
  moved.index = m.index;
  return moved;
}
/** Words up to the sentence's end (a decimal's point, « 2.5 years », is none). */
const IN_THE_SENTENCE = String.raw`(?:[^.!?;]|\.(?=\d))*`;
/**
 * A job said: « here », « ici » after a length is one of work only with a job in the same sentence ("a network technician (two and a
 * half years here, …)"), not "I've spent two years here at the Cnam taking evening classes".
 */
const A_JOB_SAID = String.raw`\b(?:work|working|worked|job|technician|developer|engineer|employee|travaille|bosse|poste|technicien|developpeur|ingenieur|employe|salarie)\b`;
/** After a number, words that make it a length of work: « 5 ans d'expérience », « 2 ans technicien », "4 years as a". */
const OF_WORK = new RegExp(
  String.raw`${YEARS} (?:d experience|d exp|de boulot|de travail|d anciennete|de cdd|de cdi|en cdd|en cdi|d interim|en interim|de contrat|d alternance|d apprentissage|en apprentissage|(?:on|of) (?:a )?(?:fixed term |temporary |short term |permanent )?contract|(?:of )?(?:apprenticeship|work study)|de metier|de pratique|d activite|professionnel\w*|pro|comme|en tant que|en poste|au poste|dans|chez|en entreprise|en alternance|derriere moi|(?:here|ici)(?:(?=${IN_THE_SENTENCE}${A_JOB_SAID})|(?<=${A_JOB_SAID}${IN_THE_SENTENCE}))|au total|dans le metier|of (?:work |professional |relevant |job )?experience|experience|(?:of|de|d) (?:java|python|javascript|typescript|php|sql|code|coding|programming|programmation|developpement|dev)|as an?|as|in|working|at|of work|technicien\w*|developpeu\w*|dev|admin\w*|ingenieur|chef|responsable|manager|consultant\w*|assistant\w*|agent|employe\w*|salarie\w*|cadre|magasinier\w*|vendeu\w*|commercial\w*|infirmi\w*|comptable)\b`,
  "g",
);
/** Years said to be in computing, or in the diploma's speciality: « dont 1 an comme développeur », « seulement 1 an en informatique ». */
// ("only 1 year on IT projects", « dont 1 an sur des projets informatiques ».)
const IN_FIELD = new RegExp(String.raw`\b(?:dont|mais (?:seulement|que|juste)|seulement|only|including|of which|but only) ${YEARS} (?:comme|en tant que|en|dans|as an?|as|in|(?:on|sur) (?:des |the |some )?(?:it|informatiques?|projets? (?:it|informatiques?)))\b`);
/** Jobs and fields that are computing: then the years said are in the field of a computing diploma. */
const COMPUTING_WORK =
  /\b(java|python|php|javascript|typescript|coding|coder|programming|programmation|dev|devs|developpeu\w*|developer|developpement|programmeu\w*|programmer|codeu\w*|admin(?:istrateur)? (?:systemes?|reseaux?|sys|bdd|bases? de donnees)|adminsys|sysadmin|technicien (?:reseaux?|support|informatique|systemes?|it)|(?:it |desktop )?support technician|informaticien\w*|support (?:informatique|it|technique)|helpdesk|hotline|devops|ingenieur (?:logiciel|reseaux?|systemes?|informatique|securite|cybersecurite|data|etudes)|data (?:analyst|scientist|engineer)|analyste (?:programmeur|developpeur|data)|esn|ssii|informatique|cyber|cybersecurite|securite informatique|reseaux?|software|it|network\w*|web|integrateur|testeu\w*|tester|chef de projet (?:it|informatique|digital)|dba|(?:dut|bts|but|licence|master) (?:info|informatique|sio|gei|reseaux?)\w*)\b/;
/** A job said outside computing: then the years are not in a computing diploma's field. */
const OTHER_WORK =
  /\b(logistique|magasinier\w*|restauration|boulang\w*|patissi\w*|baker|cuisinie\w*|serveu\w*|vendeu\w*|vente|commercial\w*|comptab\w*|compta|infirmi\w*|aide soignant\w*|soignant\w*|rh|ressources humaines|chef de rayon|caissi\w*|batiment|btp|mecani\w*|barista|hotellerie|enseignant\w*|professeu\w*|profs?|instituteu\w*|teachers?|teaching|banque|assurance|secretaire|assistant\w* (?:de direction|administrati\w*|de gestion|comptable|rh)|marketing|juriste|avocat|logistics|sales|nurse|accountant|waiter|cook|retail)\b/;
/** Around a length of time, words of studying, not of working: « auditeur depuis 2 ans », « inscrit au Cnam depuis 3 ans ». */
const STUDYING = /\b(auditeu\w*|au cnam|inscrite?s?|etudiante?s?|etudes|en formation|les cours|student|studying|studies)\b/;
/** Around a length of time, an interest or a pastime, not work: « depuis un an je m'intéresse à la cybersécurité, je fais des CTF le soir ». */
const PASTIME = /\b(m interesse|interesse|passionne\w*|hobby|hobbies|loisirs?|pour le plaisir|for fun|in my free time|on my own time|on my own|by myself|en autodidacte|autodidacte|tout seul|toute seule|ctf|ctfs|je m y mets|i m interested|interested in|passionate|learning|j apprends|benevole|volunteer\w*)\b/;

/** The clause a length of work is said in, between punctuation marks: where a pastime would say it is none. */
function clauseAt(folded: string, index: number, length: number): string {
  const start = Math.max(...[",", ".", ";", "!", "?"].map((mark) => folded.lastIndexOf(mark, index)));
  const ends = [",", ".", ";", "!", "?"].map((mark) => folded.indexOf(mark, index + length)).filter((at) => at >= 0);
  return folded.slice(start + 1, ends.length ? Math.min(...ends) : folded.length);
}
/** A job said to be outside the field: « pas dans l'informatique », "not in IT". */
const NOT_IN_FIELD = /\b(pas dans (?:l |le )?(?:informatique|domaine|meme domaine)|hors (?:du )?domaine|(?:dans|from) (?:un|une|another|a different) (?:autre )?(?:domaine|field)|not in (?:it|computing|the field))\b/;

/** The length said, in years: « 8 mois » is 8/12 of one. */
function years(match: string, unit: string): number {
  const value = Number(match.replace(",", "."));
  return /^(mois|months?)$/.test(unit) ? value / 12 : value;
}

/** Just before a length of time, living somewhere: "I've lived in France for three years", « j'habite à Paris depuis 3 ans ». */
const LIVING = /\b(lived|live|living|habite|vis|vit|resided|resident|marie|mariee|married|pacse|pacsee|en couple)\b(?:(?!\b(?:work|worked|working|travaille|bosse|job|poste)\b)[^.!?;]){0,25}$/;

/** Just before a length of time, a diploma held since: « j'ai mon bac depuis 2015 », "my degree since 2015" (no work). */
const HELD_SINCE = /\b(bac|baccalaureat|diplome|diplomee|bts|dut|licence|master|degree|diploma)( \w+)? (depuis|since) $/;

/** Just before a length of time, not working: « au chômage depuis 6 mois », "unemployed for a year". */
const NOT_WORKING = /\b(chomage|chomeur|chomeuse|sans emploi|sans travail|en recherche d emploi|unemployed|out of work|job hunting|jobless)\b[^.!?;]{0,12}$/;

/** How many words on each side of a length of work may name the job it was spent in. */
const JOB_REACH = 7;

/** The words around a length of work, within its sentence (where the job it was spent in is named), and where in them its number is. */
function around(folded: string, index: number, length: number): { window: string; at: number } {
  const before = (folded.slice(0, index).split(/[.!?;]/).pop() ?? "").trim().split(" ").filter(Boolean).slice(-JOB_REACH);
  const after = folded.slice(index + length).split(/[.!?;]/)[0] ?? "";
  const said = folded.slice(index, index + length).trim().split(" ");
  return { window: ` ${before.join(" ")} ${said.join(" ")} ${after.trim().split(" ").slice(0, JOB_REACH).join(" ")} `, at: before.length + Math.max(0, said.findIndex((word) => /^\d/.test(word))) };
}

/** A diploma named as the one sought: « la licence info », "for the licence informatique". */
const SOUGHT_DIPLOMA = /\b(?:la|le|for the|the|pour la|pour le|faire la|faire le|do the|vers la|into the) (?:licence|license|master|dut|bts|but|bachelor) (?:info|informatique|sio|gei|reseaux?)\w*/g;

/** The field of the job named nearest a length of work: « technicien support depuis 6 ans dans une banque » is computing. */
function fieldOf({ window: said, at: middle }: { window: string; at: number }): "computing" | "other" | undefined {
  // The diploma sought is no job's field: "5 years of work experience, how long for the licence informatique?", « ça fait 5 ans que je
  // suis prof, la licence info … ? » (said « 5 ans d'expérience dans l'informatique »); a diploma held, « mon DUT info », still is.
  const window = said.replace(SOUGHT_DIPLOMA, (whole) => whole.replace(/[a-z]/g, "x"));
  const nearest = (pattern: RegExp) => {
    let best = Infinity;
    for (const m of window.matchAll(new RegExp(pattern.source, "g"))) {
      const at = window.slice(0, m.index).trim().split(" ").filter(Boolean).length;
      best = Math.min(best, Math.abs(at - middle));
    }
    return best;
  };
  const computing = nearest(COMPUTING_WORK);
  const other = nearest(OTHER_WORK);
  if (computing === Infinity && other === Infinity) return undefined;
  return computing <= other ? "computing" : "other";
}

/**
 * « développeur front-end (8 ans) », "sysadmin (3 years)": a length in brackets right after a job is how long it was held, read as
 * « depuis 8 ans ». (« ma fille (8 ans) » is an age: no job before it.)
 */
function withLengthsOfJobs(folded: string): string {
  // (« Licence informatique (3 ans) », « BTS SIO (2 ans) »: the length of a diploma, not of work.)
  return folded.replace(BRACKETED_LENGTH, (whole, before: string, length: string) => (!A_DIPLOMA.test(before) && (COMPUTING_WORK.test(before) || OTHER_WORK.test(before) || A_JOB.test(before)) ? `${before} depuis ${length}` : whole));
}
/** A diploma or a course of studies named: its length in brackets is no work. */
const A_DIPLOMA = /\b(licence|license|bachelor|bts|dut|but|deust|deug|master|mba|bac|diplome|diploma|degree|formation|cursus|etudes|studies|l1|l2|l3|m1|m2|ecole|school|universite|university|fac)\b/;
/** A length in brackets and the few words before it: « développeur front end (8 ans) », "sysadmin for a hosting company (4 years, mostly Linux)". */
const BRACKETED_LENGTH = /((?:[a-z0-9-]+ ){0,5}[a-z0-9-]+) ?\( ?(\d{1,2}(?:[.,]5)? ?(?:ans?|annees?|years?|yrs?|mois|months?))(?: ?,[^)]{0,30})? ?\)/g;
/** Words that name a job in general: « en poste (2 ans) », « CDI (5 ans) ». */
const A_JOB = /\b(poste|job|metier|cdi|cdd|interim|alternance|emploi|travail|boulot|work|worked|working|position|role)\b/;

/** « 2 ans et demi », « un an et demi », "2 and a half years", "a year and a half": a half year said in words. */
const HALF_A_YEAR = /\b(\d{1,2}) (ans?|annees?) et demie?\b|\b(\d{1,2}) (?:and a half years|years? and a half)\b/g;

/** An internship the learner did, in months: « 6 mois de stage », « un stage de 6 mois », "a 6-month internship"; undefined when none is said. */
export function readInternshipMonths(text: string): number | undefined {
  const said = INTERNSHIP.exec(foldText(text).replace(/['’]/g, " "));
  return said ? Number(said[1] ?? said[2] ?? said[3] ?? said[4]) : undefined;
}
const INTERNSHIP = /\b(\d{1,2}) mois de stage\b|\bstage de (\d{1,2}) mois\b|\b(\d{1,2})[ -]months? internship\b|\binternship of (\d{1,2}) months\b/;

/** The field of the job a length of work was spent in (see fieldOf), and where the length is said. */
interface LengthOfWork {
  years: number;
  field: "computing" | "other" | undefined;
  at: number;
  end: number;
}

/** Between two lengths of work, words that say one job came after the other: « puis », « ensuite », "then", « avant ça ». (« puis-je » asks.) */
const ONE_AFTER_THE_OTHER = /\b(puis(?! je\b)|ensuite|apres (?:ca|cela)|then|afterwards|after that|followed by|before that|avant (?:ca|cela)|auparavant)\b/g;
/** How many words may separate two lengths said one after the other, and follow the word that says so. */
const MAX_WORDS_BETWEEN_JOBS = 15;
const MAX_WORDS_AFTER_THEN = 8;
/** After « puis », what is planned or studied, not a job done: « puis je voudrais faire la licence pendant 2 ans ». */
const NOT_A_JOB_DONE = /\b(veux|voudrais|vais|aimerais|souhaite|compte|prevois|envisage|want|would like|will|going to|plan|planning|hope|licence|master|diplome|formation|cnam|degree|diploma|course)\b/;

/**
 * « 8 mois de CDD comme développeur, puis 6 mois comme technicien support », « 18 mois d'alternance …, puis un an en CDI »: jobs
 * said one after the other add up (14 months, 2.5 years), where the largest length alone was read. Only lengths of one field are
 * added (« comptable (12 ans), puis dev (2 ans) » is 12 years, 2 of them in computing); a length read twice is one.
 */
function lengthsInSequence(folded: string, said: readonly LengthOfWork[]): LengthOfWork[] {
  // One length per number said (« depuis 3 ans d'expérience » is read by two patterns): in computing when either reading says so.
  const byPlace = new Map<number, LengthOfWork>();
  for (const length of said) {
    const before = byPlace.get(length.at);
    const field = before?.field === "computing" || length.field === "computing" ? "computing" : (before?.field ?? length.field);
    byPlace.set(length.at, { ...length, field, end: Math.max(length.end, before?.end ?? 0) });
  }
  const lengths = [...byPlace.values()].sort((a, b) => a.at - b.at);
  const result: LengthOfWork[] = [];
  for (const length of lengths) {
    const last = result.at(-1);
    const between = last ? folded.slice(last.end, length.at) : "";
    const then = [...between.matchAll(ONE_AFTER_THE_OTHER)].at(-1);
    const words = (part: string) => part.split(/[^a-z0-9]+/).filter(Boolean).length;
    const afterThen = then ? between.slice((then.index ?? 0) + then[0].length) : "";
    const inSequence = last !== undefined && then !== undefined && words(between) <= MAX_WORDS_BETWEEN_JOBS && words(afterThen) <= MAX_WORDS_AFTER_THEN && !NOT_A_JOB_DONE.test(afterThen);
    if (inSequence && last.field === length.field) result[result.length - 1] = { ...length, years: last.years + length.years, at: last.at };
    else result.push(length);
  }
  return result;
}

/** « depuis 2019 », "since 2019": a year the work began, said as its length (« depuis 7 ans ») up to the year given. */
function sinceAYearAsLength(folded: string, year: number): string {
  return folded.replace(SINCE_A_YEAR, (all, word: string, began: string) => {
    const length = year - Number(began);
    return length >= 1 && length < 45 ? `${word} ${length} ans` : all;
  });
}
const SINCE_A_YEAR = /\b(depuis|since) (?:l an |l annee |the year )?((?:19[6-9]|20[0-4])\d)\b/g;

/**
 * The years of work a message says, with those in computing when it says them; undefined when it says none. A year said after
 * « depuis », "since" (« développeur web depuis 2019 ») counts the years from it to `now`'s.
 */
export function readStatedExperience(text: string, now: Date = new Date()): StatedExperience | undefined {
  const folded = ` ${numberWordsToDigits(withLengthsOfJobs(sinceAYearAsLength(foldText(text).replace(/['’]/g, " "), now.getUTCFullYear())).replace(/[^a-z0-9+,.!?; ]+/g, " ").replace(/\s+/g, " ").trim())} `.replace(/\b(un|une|one|a) (an|annee|year)\b/g, "1 $2").replace(HALF_A_YEAR, (_, fr?: string, frUnit?: string, en?: string) => `${fr ?? en}.5 ${frUnit ?? "years"}`);
  const said = [...folded.matchAll(SINCE), ...folded.matchAll(OF_WORK), ...[...folded.matchAll(SINCE_THEN)].map(sinceThenLength)]
    // What is said right before the number: « au chômage depuis 6 mois » is no work.
    .filter((m) => {
      const before = folded.slice(0, (m.index ?? 0) + m[0].indexOf(m[1] as string));
      return !NOT_WORKING.test(before) && !LIVING.test(before) && !HELD_SINCE.test(before);
    })
    .map((m) => ({
      years: years(m[1] as string, m[2] as string),
      around: around(folded, m.index ?? 0, m[0].length),
      clause: clauseAt(folded, m.index ?? 0, m[0].length),
      at: (m.index ?? 0) + m[0].indexOf(m[1] as string),
      length: `${m[1]} ${m[2]}`.length,
    }))
    .filter((m) => m.years > 0 && m.years < 45 && !STUDYING.test(m.around.window) && !PASTIME.test(m.clause));
  if (said.length === 0) return undefined;
  // The field of each length said, read once; lengths said one after the other in one field, added up.
  const fields = lengthsInSequence(folded, said.map((m) => ({ years: m.years, field: fieldOf(m.around), at: m.at, end: m.at + m.length })));
  const total = Math.max(...fields.map((f) => f.years));
  const ofJobs = fields.filter((f) => f.field !== undefined).map((f) => f.years);
  const inAJob = ofJobs.length > 0 ? { inAJob: Math.max(...ofJobs) } : {};
  const inField = IN_FIELD.exec(folded);
  if (inField) return { years: total, yearsInComputing: Math.min(total, years(inField[1] as string, inField[2] as string)), ...inAJob };
  if (NOT_IN_FIELD.test(folded)) return { years: total, yearsInComputing: 0, ...inAJob };
  const computing = fields.filter((f) => f.field === "computing");
  if (computing.length > 0) return { years: total, yearsInComputing: Math.max(...computing.map((f) => f.years)), ...inAJob };
  if (fields.every((f) => f.field !== undefined)) return { years: total, yearsInComputing: 0, ...inAJob };
  // « j'ai 10 ans d'expérience en compta … mes 10 ans peuvent servir ? »: the same years said again, of the job named outside computing.
  if (fields.some((f) => f.years === total && f.field === "other")) return { years: total, yearsInComputing: 0, ...inAJob };
  return { years: total, ...inAJob };
}
