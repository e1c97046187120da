import { foldText } from "../understanding/text-normalizer";
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
  const wanted = words(subject)
    .filter((word) => !NOT_A_SUBJECT.has(word) && !(anyWord && SAID_OF_ONESELF.has(word)))
    .flatMap((word) => (IN_TITLES[word] ?? word).split(" "))
    .map(root);
  if (wanted.length === 0) return [];
  const titles = [...catalog.units.values()].map((unit) => ({ unit, title: words(unit.title).map(root) }));
  const inTitle = (w: string, title: readonly string[]) => title.some((t) => (w.length < ROOT ? t === w : t.startsWith(w)));
  const scored = titles.map(({ unit, title }) => ({ unit, found: wanted.filter((w) => inTitle(w, title)) }));
  const best = Math.max(0, ...scored.map((s) => s.found.length));
  // A word many titles share (« informatique ») does not find a subject alone: a partial match needs a telling word.
  const inTitles = new Map(wanted.map((w) => [w, titles.filter(({ title }) => inTitle(w, title)).length]));
  const telling = (w: string) => (inTitles.get(w) ?? 0) <= TELLING_TITLES;
  // The titles that hold the most of the subject's words: all of them when some title does (« droit du
  // travail »), else the most found (« gérer une équipe » finds « Management d'équipe »).
  return scored.filter((s) => s.found.length === best && best > 0 && (best === wanted.length || s.found.some(telling))).map((s) => s.unit);
}

function words(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word.length >= 2);
}

/** At most this many titles hold a telling word. */
const TELLING_TITLES = 4;

/** Letters a word and a title word must share: « réseaux » and « réseau », « programmation » and « programmer ». */
const ROOT = 6;

function root(word: string): string {
  return word.slice(0, ROOT);
}

/** Words around a subject that say nothing of it. */
const NOT_A_SUBJECT = new Set(
  "de des du la le les en et un une sur pour au aux a d l the of in on and an for about to some any with avec cours ue ues unite unites unit units course courses class classes module modules formation formations matiere matieres enseignement enseignements lesson lessons".split(" "),
);

/** Words a learner says of themselves around a subject, that name none (« je bosse », « on me demande », « passionne »). */
const SAID_OF_ONESELF = new Set(
  "travaille travailler bosse bosser demande demandent connais connait passionne passionnee interesse interessee aime adore veux voudrais aimerais fais faire suis etre avoir ai work working job boulot metier love like want would licence license diplome degree master credits credit ects finir finish need besoin".split(" "),
);

/** English words of subjects, as the catalog's French titles say them. */
const IN_TITLES: Readonly<Record<string, string>> = {
  network: "reseau", networks: "reseau", networking: "reseau", security: "securite", cybersecurity: "cybersecurite",
  database: "donnees", databases: "donnees", data: "donnees", programming: "programmation", coding: "programmation",
  accounting: "comptable", accountancy: "comptable", compta: "comptable", comptabilite: "comptable", law: "droit", legal: "droit",
  english: "anglais", marketing: "mercatique", finance: "financier", financial: "financier", ai: "intelligence artificielle",
  ia: "intelligence artificielle", project: "projet", projects: "projet", systems: "systemes", system: "systemes",
  software: "logiciel", hr: "rh", maths: "mathematiques", math: "mathematiques", mathematics: "mathematiques",
  operating: "exploitation", algorithms: "algorithmes", algorithmics: "algorithmes", algo: "algorithmes", algorithmique: "algorithmes",
  economics: "economiques", economy: "economiques", labour: "travail", labor: "travail", employment: "travail", testing: "test",
  reseaux: "reseau", bdd: "donnees", development: "developpement", developer: "developpement", web: "web",
  secu: "securite", cyber: "cybersecurite", cybersecu: "cybersecurite", sql: "donnees", js: "javascript", linux: "linux", management: "management",
};
