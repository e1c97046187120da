import { foldText } from "../understanding/text-normalizer";
import type { UnitFilters } from "../understanding/unit-filters";
import type { Catalog } from "./catalog";
import type { Unit } from "./unit.schema";

/**
 * Units whose title speaks of a subject (« cours de réseaux », "java courses", « une UE de
 * comptabilité »): the titles holding the most of the subject's meaningful words, a word found when it
 * starts a word of the title (its first six letters, so « réseau » finds « réseaux »; a shorter word,
 * the whole word), English words read as the titles' French ones. In catalog order; empty when no
 * title speaks of it. `anyWord`: the words are those of a situation (« je bosse dans une startup, on
 * me demande de l'architecture d'entreprise »), the learner's words of themselves set aside.
 */
export function unitsAbout(catalog: Catalog, subject: string, { anyWord = false }: { anyWord?: boolean } = {}): Unit[] {
  return searchTitles(catalog, subject, anyWord).units;
}

/** "Linux or operating systems", « réseaux ou sécurité »: each alternative of a subject, searched on its own. */
const ALTERNATIVES = /\s+(?:or|ou|ou bien|and\/or|et\/ou)\s+/;

/** The alternatives of a subject as written (« RH ou de droit du travail »: « RH », « droit du travail »); one when it has none. */
export function subjectAlternatives(subject: string): string[] {
  return subject
    .split(new RegExp(ALTERNATIVES.source, "i"))
    .map((part) => part.replace(/^\s*(?:(?:en|in|on|sur|about)\s+)?(?:(?:de la|du|des|de|la|le|les|the)\s+|(?:de l|d|l)['’]\s*)?/i, "").trim())
    .filter(Boolean);
}

/** « et » between two subjects: « la recherche opérationnelle et l'optimisation », "networks and security". */
const JOINED = /\s+(?:et|and|&)\s+(?:(?:a|au|aux)\s+)?(?:(?:la|le|les|l|the)\s+)?/;

/**
 * « la recherche opérationnelle et l'optimisation »: two subjects joined, of which the search of the whole kept only one (the titles
 * hold « recherche opérationnelle » or « optimisation », none both): the units of the subject left out are added, in catalog
 * order. A subject the titles found together (« réseaux et sécurité ») stays as found.
 */
function withSubjectsJoined(catalog: Catalog, subject: string, whole: { units: Unit[]; said: string[] }, searchOf: (part: string) => { units: Unit[]; said: string[] }) {
  const parts = foldText(subject).replace(/['’]/g, " ").split(JOINED).filter((part) => part.trim());
  if (parts.length < 2 || whole.units.length === 0) return whole;
  const saidRoots = whole.said.map((word) => root(foldText(word)));
  const left = parts.filter((part) => !wordsOfSubject(part).some((word) => saidRoots.includes(root(word)))).map(searchOf).filter((found) => found.units.length > 0);
  if (left.length === 0) return whole;
  return { units: [...catalog.units.values()].filter((unit) => whole.units.includes(unit) || left.some((found) => found.units.includes(unit))), said: [...whole.said, ...left.flatMap((found) => found.said)] };
}

/**
 * The search behind unitsAbout, with the subject's words (as written) that the titles found hold.
 * Among titles holding as many of the subject's words, those holding the rarer ones: « gestion
 * d'équipe » finds « Management d'équipe » (one title says « équipe ») before the three that say
 * « gestion ».
 */
function searchTitles(catalog: Catalog, subject: string, anyWord: boolean): { units: Unit[]; said: string[] } {
  const subjectWords = wordsOfSubject(subject);
  // A subject of one word is the subject, whatever a learner may also say of themselves with it (« AI » is no « j'ai »).
  const ofOneself = anyWord && subjectWords.length > 1;
  const wanted = subjectWords
    .filter((word) => !NOT_A_SUBJECT.has(word) && !(ofOneself && SAID_OF_ONESELF.has(word)))
    .flatMap((word) => (IN_TITLES[word] ?? word).split(" ").map((inTitles) => ({ word, root: root(inTitles) })));
  if (wanted.length === 0) return { units: [], said: [] };
  const titles = [...catalog.units.values()].map((unit) => ({ unit, title: words(unit.title) }));
  const inTitle = (w: string, title: readonly string[]) => title.some((t) => (w.length < ROOT ? t === w : t.startsWith(w)));
  // (« Cybersécurité » speaks of « sécurité » too: a title word made with « cyber » holds the word it is made of; how telling a
  // word is stays counted on the titles as written.)
  // (« Programmation Javascript » speaks of the web: a title word that is one of the subject's own speaks of it — ALSO_SAID.)
  const speaksOf = (w: string, title: readonly string[]) =>
    inTitle(w, title) || (ALSO_SAID.get(w) ?? []).some((said) => inTitle(said, title)) || title.some((t) => CYBER.test(t) && w.length >= ROOT && t.replace(CYBER, "").startsWith(w));
  const inTitles = new Map(wanted.map(({ root: w }) => [w, titles.filter(({ title }) => inTitle(w, title)).length]));
  const scored = titles.map(({ unit, title }) => {
    const found = wanted.filter(({ root: w }) => speaksOf(w, title));
    // Rarer words weigh more, but never more than one more word found.
    const rarity = found.reduce((sum, { root: w }) => sum + 1 / (inTitles.get(w) ?? 1), 0) / (wanted.length + 1);
    return { unit, found, score: found.length + rarity };
  });
  const best = Math.max(0, ...scored.map((s) => s.found.length));
  // A word many titles share (« informatique ») does not find a subject alone: a partial match needs a telling word.
  const telling = (w: string) => (inTitles.get(w) ?? 0) <= TELLING_TITLES;
  // The titles that hold the most of the subject's words: all of them when some title does (« droit du
  // travail »), else the most found (« gérer une équipe » finds « Management d'équipe »).
  // (Two of the subject's words together are telling too: « bases de données relationnelles et SQL » finds « Bases de données ».)
  const kept = scored.filter((s) => s.found.length === best && best > 0 && (best === wanted.length || s.found.some(({ root: w }) => telling(w)) || new Set(s.found.map(({ root: w }) => w)).size >= 2));
  const top = Math.max(0, ...kept.map((s) => s.score));
  let topScored = kept.filter((s) => s.score >= top - 1e-9);
  // « programmation web »: one title says both words (NFP119), while the one that names the field, telling, names the subject's
  // other units (Architecture et langages du Web, Programmation Javascript…): those are listed too, in catalog order. The field
  // is the rarer word, but never a word of what one does in any field (« développement web » is the web's units, not
  // « Développement d'applications avec les bases de données »).
  // (Two fields said together, « sécurité des réseaux », keep to the titles that say both but for one title alone.)
  const doing = wanted.some(({ root: w }) => DOING.test(w));
  if (best === wanted.length && wanted.length >= 2 && (doing || topScored.length === 1)) {
    const rarerFirst = [...wanted].sort((a, b) => (inTitles.get(a.root) ?? 0) - (inTitles.get(b.root) ?? 0));
    const field = rarerFirst.find(({ root: w }) => !DOING.test(w)) ?? rarerFirst[0]!;
    const ofField = scored.filter((s) => s.found.some(({ root: w }) => w === field.root));
    if (telling(field.root) && ofField.length > topScored.length) topScored = scored.filter((s) => topScored.includes(s) || ofField.includes(s));
  }
  // A specific unit (US) is taken only within its diploma, not looked for on its own: named only when nothing else speaks of the subject.
  const chosen = topScored.some((s) => s.unit.kind !== "US") ? topScored.filter((s) => s.unit.kind !== "US") : topScored;
  return { units: chosen.map((s) => s.unit), said: [...new Set(chosen.flatMap((s) => s.found.map(({ word }) => word)))] };
}

/**
 * The units whose titles a whole message speaks of, its words read as a situation's (the learner's words of
 * themselves set aside): « je voudrais mieux comprendre le droit du travail pour gérer les contrats » names
 * DRS101 and DRS102. Empty when no title does, or when more than `max` do (then the words are too common to tell).
 */
export function unitsTheMessageNames(catalog: Catalog, text: string, max = MAX_NAMED_BY_A_MESSAGE): Unit[] {
  const { units } = searchTitles(catalog, spelledAsTheCatalog(catalog, text), true);
  return units.length <= max ? units : [];
}
/** The most units a message's words may name for them to tell what it speaks of. */
const MAX_NAMED_BY_A_MESSAGE = 6;

/** Units found for a learner's search: those that suit, and those on the subject before the filters. */
export interface FoundUnits {
  /** The units on the subject (every UE when no subject was said) that pass every filter. */
  units: Unit[];
  /** The units on the subject, filters aside: what to show when none passes them. */
  onSubject: Unit[];
  /** The subject's words, as written, that the titles found hold. */
  said: string[];
  /**
   * No title on the subject passes the filters, but units of the department it names do (« des UE de
   * management à distance ? »: Outils RH, of the Management department): its name, and those are `units`.
   */
  department?: string;
}

/**
 * « Des UE de droit entièrement à distance ? », "a beginner English unit", « une UE sans prérequis » :
 * the units on the subject (see unitsAbout) that pass the filters. With no subject, the catalog's UE
 * that pass them (never its UA nor US: those are not chosen like a course), in catalog order.
 */
export function findUnits(catalog: Catalog, typed: string, filters: UnitFilters, { field = false }: { field?: boolean } = {}): FoundUnits {
  // « managment », « comptabilté »: a word the catalog does not hold, one letter off one it holds, is that one.
  const subject = spelledAsTheCatalog(catalog, typed);
  // « me reconvertir dans l'informatique »: a field one moves into that is a department's very name is that department;
  // so is one where a beginner would start, or where units without prerequisite are looked for (« je n'ai jamais codé, quelle UE
  // d'informatique ? », « une UE d'informatique sans aucun prérequis ? »: Java's basics and the introductions, not only the titles
  // that say « informatique »).
  const wholeDepartment = field || filters.beginner || filters.noPrerequisite ? departmentNamed(catalog, subject, { only: true }) : undefined;
  if (wholeDepartment) {
    const ofIt = [...catalog.units.values()].filter((unit) => unit.kind === "UE" && unit.department === wholeDepartment);
    return { units: startersFirst(ofIt.filter((unit) => passes(unit, filters)), filters), onSubject: ofIt, said: [], department: wholeDepartment };
  }
  // The learner's words of themselves around a subject (« my brother speaks no English ») find nothing.
  // ("Linux or operating systems": the units of each alternative, in catalog order.)
  const alternatives = foldText(subject).split(ALTERNATIVES).filter((part) => part.trim());
  const searchOf = (part: string) => fieldOfDepartment(catalog, part) ?? searchTitles(catalog, part, true);
  const found = alternatives.length > 1 ? alternatives.map(searchOf) : [];
  const union = found.length > 1 && found.every((each) => each.units.length > 0)
    ? { units: [...catalog.units.values()].filter((unit) => found.some((each) => each.units.includes(unit))), said: found.flatMap((each) => each.said) }
    : undefined;
  const whole = union ?? (subject.trim() ? searchOf(subject) : { units: [...catalog.units.values()].filter((unit) => unit.kind === "UE"), said: [] });
  const { units: onSubject, said } = union ? whole : withSubjectsJoined(catalog, subject, whole, searchOf);
  // No title says the learner's words (« me reconvertir dans l'informatique ») or none that passes the filters
  // (« des UE de management à distance ? »), but a department does: its UE, looked up only then.
  const units = onSubject.filter((unit) => passes(unit, filters));
  if (units.length > 0 || !subject.trim()) return { units, onSubject, said };
  const department = departmentNamed(catalog, subject);
  const ofIt = department ? [...catalog.units.values()].filter((unit) => unit.kind === "UE" && unit.department === department) : [];
  if (onSubject.length === 0 && ofIt.length > 0) return { units: ofIt.filter((unit) => passes(unit, filters)), onSubject: ofIt, said: [], department };
  const passing = ofIt.filter((unit) => passes(unit, filters));
  return passing.length > 0 ? { units: passing, onSubject, said, department } : { units, onSubject, said };
}

/**
 * « des UE de gestion », "business units": a field said in one word that is a department's under another name, its UE
 * (the titles that say « gestion » are of databases and projects). Undefined when the subject says more, or names none.
 */
function fieldOfDepartment(catalog: Catalog, subject: string): { units: Unit[]; said: string[] } | undefined {
  const said = words(subject).filter((word) => !NOT_A_SUBJECT.has(word));
  const department = said.length === 1 ? FIELDS[said[0]!] : undefined;
  const units = department ? [...catalog.units.values()].filter((unit) => unit.kind === "UE" && foldText(unit.department ?? "") === department) : [];
  return units.length > 0 ? { units, said } : undefined;
}

/** Fields said in one word, and the department (folded) whose units they are. */
const FIELDS: Readonly<Record<string, string>> = { gestion: "management", business: "management" };

/** Learners' words this long at least may be one letter off the catalog's (shorter ones are other words: « droit », « froid »). */
const MIN_TYPO_LENGTH = 6;

/**
 * The subject with each word the catalog's titles and departments do not hold, but hold one letter
 * off (a letter missing, added, changed, or two swapped), written as they do: « managment » is « management ».
 */
function spelledAsTheCatalog(catalog: Catalog, subject: string): string {
  const vocabulary = vocabularyOf(catalog);
  return foldText(subject)
    .split(/(\s+)/)
    .map((word) => {
      if (word.length < MIN_TYPO_LENGTH || word in IN_TITLES || vocabulary.some((known) => known.startsWith(root(word)))) return word;
      const near = vocabulary.filter((known) => known.length >= MIN_TYPO_LENGTH && oneLetterOff(word, known));
      return near.length === 1 ? near[0]! : word;
    })
    .join("");
}

/** The words of a catalog's titles and departments, each once, read once per catalog (it changes only when loaded again). */
const VOCABULARIES = new WeakMap<Catalog, readonly string[]>();
function vocabularyOf(catalog: Catalog): readonly string[] {
  let vocabulary = VOCABULARIES.get(catalog);
  if (!vocabulary) {
    vocabulary = [...new Set([...catalog.units.values()].flatMap((unit) => [...words(unit.title), ...words(unit.department ?? "")]))];
    VOCABULARIES.set(catalog, vocabulary);
  }
  return vocabulary;
}

/** Whether two words differ by one letter missing, added or changed, or by two letters next to each other swapped. */
function oneLetterOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const [restA, restB] = [a.slice(start), b.slice(start)];
  if (a.length === b.length) return restA.slice(1) === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
  return a.length > b.length ? restA.slice(1) === restB : restB.slice(1) === restA;
}

/**
 * The catalog's department a subject names word for word (« management », « droit », "law"), if any;
 * `only`: the subject says nothing else (« l'informatique », not « informatique de gestion »).
 */
function departmentNamed(catalog: Catalog, subject: string, { only = false }: { only?: boolean } = {}): string | undefined {
  const said = new Set(words(subject).filter((word) => !NOT_A_SUBJECT.has(word)).flatMap((word) => (IN_TITLES[word] ?? word).split(" ")));
  const departments = new Set([...catalog.units.values()].flatMap((unit) => unit.department ?? []));
  return [...departments].find((department) => {
    const named = words(department);
    return named.length > 0 && named.every((word) => said.has(word)) && (!only || [...said].every((word) => named.includes(word)));
  });
}

/** A title that says its unit starts a subject: « notions de base », « introduction », « principes ». */
const STARTS_A_SUBJECT = /\b(notions? de base|introduction|initiation|debutants?|principes|fondamentaux|bases(?! de donnees))\b/;

/** A title that says its unit is where one starts from nothing: « notions de base », « initiation », « pour débutants ». */
const FROM_NOTHING = /\b(notions? de base|initiation|debutants?)\b/;

/**
 * For a beginner, the units whose title says they start a subject come first (the others keep their order), those for one
 * starting from nothing before the introductions (« je n'ai jamais programmé … par quelle UE commencer ? »: NFA031's « notions
 * de base » before UTC505's « introduction »).
 */
function startersFirst(units: Unit[], filters: UnitFilters): Unit[] {
  if (!filters.beginner) return units;
  const rank = (unit: Unit) => (FROM_NOTHING.test(foldText(unit.title)) ? 0 : STARTS_A_SUBJECT.test(foldText(unit.title)) ? 1 : 2);
  return [0, 1, 2].flatMap((tier) => units.filter((unit) => rank(unit) === tier));
}

/** Whether a unit has no prerequisite unit (an advised level may remain). */
function hasNoPrerequisite(unit: Unit): boolean {
  return unit.prerequisites.allOf.length === 0 && unit.prerequisites.anyOf.length === 0;
}

function passes(unit: Unit, filters: UnitFilters): boolean {
  // An activity unit is no course to start with (it counts experience or an internship), nor is a specific unit, open only
  // to those enrolled in its diploma.
  if ((filters.noPrerequisite || filters.beginner) && unit.kind !== "UE") return false;
  if (filters.distance && !unit.offerings.some((o) => o.modality === "distance")) return false;
  if (filters.saturday && !unit.offerings.some((o) => o.modality === "saturday")) return false;
  if ((filters.noPrerequisite || filters.beginner) && !hasNoPrerequisite(unit)) return false;
  // A level advised is none asked of a beginner when the title says the unit is for them (« pour débutants »).
  if (filters.beginner && (unit.authorizationRequired || (unit.prerequisites.advice.length > 0 && !FOR_BEGINNERS.test(foldText(unit.title))))) return false;
  return true;
}

/** A title that says its unit is for beginners. */
const FOR_BEGINNERS = /\b(debutants?|debutantes?|beginners?|initiation)\b/;

function words(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word.length >= 2);
}

/** At most this many titles hold a telling word. */
const TELLING_TITLES = 4;

/** Letters a word and a title word must share at least: « réseaux » and « réseau », « programmer » and « programmation ». */
const ROOT = 6;

/**
 * The start of a learner's word a title word must begin with: all but its last two letters, six at least
 * (« informatique » finds « informatiques », not « information »; « réseau » finds « réseaux »).
 */
function root(word: string): string {
  return word.slice(0, Math.max(ROOT, word.length - 2));
}

/** Words around a subject that say nothing of it. */
const NOT_A_SUBJECT = new Set(
  "de des du la le les en et ou or un une sur pour au aux a d l the of in on and an for about to some any with avec cours ue ues unite unites unit units course courses class classes module modules formation formations matiere matieres enseignement enseignements lesson lessons".split(" "),
);

/** Words a learner says of themselves around a subject, that name none (« je bosse », « on me demande », « passionne »). */
const SAID_OF_ONESELF = new Set(
  "travaille travailler bosse bosser demande demandent connais connait passionne passionnee interesse interessee aime adore veux voudrais aimerais fais faire suis etre avoir ai work working job boulot metier love like want would licence license diplome degree master credits credit ects finir finish need besoin etudes studies".split(" "),
);

/** Whether a subject holds a word the titles are known to speak of in other words (« databases », "AI", « compta »). */
export function namesAKnownSubject(subject: string): boolean {
  return wordsOfSubject(subject).some((word) => word in IN_TITLES || TITLE_WORDS_KNOWN.has(word)) || wordsOfPhrases(foldText(subject)).size > 0;
}

/**
 * The words of folded text that belong to a subject said in several words (« machine learning », "project
 * management"): kept together as the subject, whatever each says alone ("learning" is also one's learning).
 */
export function wordsOfPhrases(words: string): Set<string> {
  return new Set(PHRASES.flatMap(([phrase]) => [...words.matchAll(phrase)].flatMap((match) => match[0].split(/\s+/))));
}

/** A subject's words, its phrases said as the titles say them (see PHRASES). */
function wordsOfSubject(subject: string): string[] {
  return words(PHRASES.reduce((said, [phrase, inTitles]) => said.replace(phrase, inTitles), foldText(subject)));
}

/** Subjects said in several words, as the catalog's titles say them: "machine learning" is artificial intelligence. */
const PHRASES: readonly [RegExp, string][] = [
  // « programmer en C », "C programming": the language C, which no title names (C++ and C# aside); not any programming.
  [/\b(?:en|in|le|du|langage|language|of) c\b(?![+#])|\bc (?:programming|language|langage)\b/g, "clanguage"],
  // "the legal side of employment contracts": individual labour law (« Droit du travail : relations individuelles »), beside the
  // collective side a message may ask too. (« le contrat de travail » keeps finding both titles on « travail ».)
  [/\b(employment contracts?|work contracts?|labou?r contracts?)\b/g, "travail individuelles"],
  // « le travail social »: a field of its own, not labour law's « travail ».
  [/\btravail social\b/g, "travailsocial"],
  // "build websites", « faire des sites internet »: the catalog says « Web ».
  [/\b(websites?|web ?sites?|sites? (web|internet)|web pages?|pages web)\b/g, "web"],
  [/\b(machine learning|deep learning|apprentissage automatique|apprentissage profond|artificial intelligence)\b/g, "intelligence artificielle"],
  // « gestion de projet », "project management": every title on a project (« Management de projet », « Conduite d'un projet »).
  [/\b((gestion|management|conduite|pilotage) (de |d |des )?projets?|project management|managing projects)\b/g, "projet"],
  // « ressources humaines », "human resources": the catalog says « RH ».
  [/\b(ressources humaines|human resources?|gestion du personnel)\b/g, "rh"],
  // "big data", « données massives »: the catalog says « gestion de données à large échelle ».
  [/\b(big data|bigdata|donnees massives|mega ?donnees|large[- ]scale data|data at scale)\b/g, "donnees large echelle"],
  // "leading my team", « encadrer une équipe »: the catalog says « Management d'équipe ».
  [/\b((lead|leading|manage|managing|run|running) (a |my |the |our )?teams?|team (management|leadership)|(gerer|manager|encadrer|diriger|animer) (une |mon |mon |l |son )?equipe|(encadrement|animation|gestion) d equipe)\b/g, "management equipe"],
  // « développeuse front », "front-end developer", "full stack": the web's units.
  // (« front » alone only beside development: "in front of my computer" is no web.)
  [/\b(front ?end|frontend|(?<=\b(?:dev|devs|developpeu\w*|developer|developpement|development|developers?) )front|front(?= (?:dev|developpeu\w*|developer|developpement|development))|full ?stack|fullstack)\b/g, "web"],
  // « la recherche opérationnelle »: a subject, whatever « recherche » says alone (one's search).
  [/\brecherche operationnelle\b/g, "recherche operationnelle"],
  // « comprendre les chiffres de l'entreprise », "a company's figures": its finances (« Pilotage financier de l'entreprise »).
  [/\b(chiffres (de l |d une |de mon |de son |de la |de ma )?(entreprise|societe|boite)|(company|business) s? (figures|numbers|finances)|(company|business) (figures|numbers|finances))\b/g, "financier"],
  // "market research", « études de marché »: the catalog's title says « études de marché ».
  [/\b(market research|market studies|market analysis|etudes? de marche)\b/g, "etudes marche"],
];

/** Title words that are a subject's own, by the subject's root: « Javascript » is the web's, malicious code security's. */
const ALSO_SAID: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ web: ["javascript"], securite: ["malveillants", "menaces"] }).map(([subject, words]) => [root(subject), words]),
);

/** How words of what one does in any field start: a subject said with one of them is the other word's field. */
const DOING = /^(develo|progra|concep|introd|gestio|pilota|princi|analys|method)/;

/** « cyber » made into a word (« cybersécurité »): the word it is made of is said too. */
const CYBER = /^cyber(?=\w{4,})/;

/** English words of subjects, as the catalog's French titles say them. */
const IN_TITLES: Readonly<Record<string, string>> = {
  network: "reseau", networks: "reseau", networking: "reseau", security: "securite", cybersecurity: "securite", cybersecurite: "securite",
  database: "donnees", databases: "donnees", dba: "donnees", data: "donnees", programming: "programmation", coding: "programmation",
  accounting: "comptable", accountancy: "comptable", compta: "comptable", comptabilite: "comptable", law: "droit", legal: "droit",
  english: "anglais", marketing: "mercatique", finance: "financier", financial: "financier", ai: "intelligence artificielle",
  ia: "intelligence artificielle", project: "projet", projects: "projet", systems: "systemes", system: "systemes",
  software: "logiciel", hr: "rh", beginner: "debutants", beginners: "debutants", debutant: "debutants", debutante: "debutants", maths: "mathematiques", math: "mathematiques", mathematics: "mathematiques",
  operating: "exploitation", algorithms: "algorithmes", algorithmics: "algorithmes", algo: "algorithmes", algorithmique: "algorithmes",
  economics: "economiques", economy: "economiques", labour: "travail", labor: "travail", employment: "travail", testing: "test",
  reseaux: "reseau", bdd: "donnees", development: "developpement", developer: "developpement", web: "web",
  secu: "securite", cyber: "securite", cybersecu: "securite", sql: "donnees", js: "javascript", linux: "linux", management: "management",
  computing: "informatique", computer: "informatique", computers: "informatique", object: "objet", oriented: "orientee", oop: "objet", graph: "graphes", graphs: "graphes", graphe: "graphes", optimization: "optimisation", optimisation: "optimisation", market: "marche", markets: "marche",
  strategy: "strategies", strategic: "strategies", organization: "organisation", organisation: "organisation", decision: "decision", decisions: "decision",
};

/**
 * The titles' own words for subjects, as learners write them too (« pilotage financier », « réseau »): known subjects, as IN_TITLES'
 * words are. Not everyday words a title also holds (« test », « objet », « travail »).
 */
const TITLE_WORDS_KNOWN = new Set(["financier", "comptable", "reseau", "securite", "donnees", "programmation", "droit", "anglais", "mercatique", "mathematiques", "algorithmes", "economiques", "graphes", "optimisation"]);
