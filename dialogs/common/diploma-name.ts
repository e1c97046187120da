import type { Catalog } from "../../domain/catalog/catalog";
import { foldText } from "../../domain/understanding/text-normalizer";

/** A diploma's code as learners type it: LG02501A, cyc9106a. */
export const DIPLOMA_CODE = /\b([A-Za-z]{2,4}\d{4,5}[A-Za-z]?)\b/;

/** The kinds of diploma as learners name them, with the word their titles use. */
const DIPLOMA_KINDS: readonly [RegExp, string][] = [
  [/\b(licences?|licenses?|bachelors?|l3)\b/, "licence"],
  [/\b(ingenieurs?|inge|dinge|dingenieurs?|ingenieries?|engineers?|engineering)\b/, "ingenieur"],
  [/\bmasters?\b/, "master"],
  [/\b(dut|but)\b/, "dut"],
  [/\btitres?\b/, "titre"],
  [/\bbts\b/, "bts"],
  [/\bmba\b/, "mba"],
  [/\b(doctorat|phd)\b/, "doctorat"],
];

/** The kinds of diploma a message names (« licence », « ingenieur »…), in DIPLOMA_KINDS' order. */
export function diplomaKindsNamed(text: string): string[] {
  const folded = foldText(text).replace(/['’]/g, " ");
  return DIPLOMA_KINDS.filter(([pattern]) => pattern.test(folded)).map(([, kind]) => kind);
}

/** Whether a message names a diploma by its code or its kind (« au diplôme d'ingénieur cybersécurité », "the licence"). */
export function namesADiploma(text: string): boolean {
  const folded = foldText(text).replace(/['’]/g, " ");
  return DIPLOMA_CODE.test(text) || /\b(diplomes?|degree)\b/.test(folded) || DIPLOMA_KINDS.some(([pattern]) => pattern.test(folded));
}

/** The kinds as said back: « ingénieur IA ». */
const KIND_NAMES: Readonly<Record<string, string>> = { ingenieur: "ingénieur", licence: "licence", master: "master", dut: "DUT", titre: "titre", bts: "BTS", mba: "MBA", doctorat: "doctorat" };

/** Fields none of the catalog's diplomas is in (regex source, folded words). */
const OTHER_FIELDS = String.raw`droit|law|economie|economics|lettres|histoire|history|psychologie|psychology|biologie|biology|chimie|chemistry|physique|physics|sociologie|sociology|marketing|commerce|langues|rh|ressources humaines|sante|health|philosophie|philosophy|staps|mathematiques|maths|data science|science des donnees|sciences des donnees|big data|data|donnees|cloud|devops|web|design`;

/** Specialities a learner names a diploma by. */
const SPECIALITIES: readonly RegExp[] = [
  /\b(cyber\w*|securite|security)\b/,
  /\b(architecture|logiciels?|software|genie logiciel)\b/,
  /\b(intelligence artificielle|ia|artificial intelligence|optimisation|optimi[sz]ation|ai(?= (engineering|engineer|degree|diploma))|(?<=(engineering|degree|diploma) in )ai)\b/,
  /\b(reseaux?|networks?|networking|telecom\w*)\b/,
  /\b(gestion|management|business|comptabilite|accounting|finance)\b/,
  // Fields the catalog's diplomas are not in: « ma licence de droit » is not the licence in computing.
  new RegExp(String.raw`\b(${OTHER_FIELDS})\b`),
];

/** How far after the diploma's kind a speciality still names it (« ingénieur … en cybersécurité »), and before it ("AI engineering degree"). */
const SPECIALITY_REACH = { after: 40, before: 16 };

/**
 * The words around the diploma's kind, within its sentence: « j'ai un BTS compta. Je peux entrer en
 * licence ? » does not make the licence one in accounting.
 */
function near(folded: string, named: RegExpExecArray): string {
  // Before: the two words right before ("AI engineering", « cyber ingé »). After: up to four words, past
  // « en », « de », "in" and the diploma's own words, not across a comma (« la licence, je travaille en réseaux »).
  const before = (folded.slice(Math.max(0, named.index - SPECIALITY_REACH.before), named.index).split(/[.?!;,:]/).at(-1) ?? "").trim().split(/\s+/).slice(-2).join(" ");
  const after = (folded.slice(named.index + named[0].length, named.index + named[0].length + SPECIALITY_REACH.after).replace(KIND_WORDS_AFTER, "").split(/[.?!;,:]/)[0] ?? "")
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .join(" ");
  return ` ${before} ${named[0]} ${ATTACHED.test(` ${after}`) ? after : ""} `;
}

/** What follows a diploma's name and still names it: « en cybersécurité », "in AI", « informatique parcours cyber ». */
/** (« ingénieur Cnam orienté génie logiciel », "an engineering degree focused on software": what it is turned towards.) */
const ATTACHED = new RegExp(String.raw`^ (?:(?:en|de|d|du|in|of|option|specialite|speciality|specialisee?|specialized|specialised|parcours|track|informatique|computer science|cnam|du cnam|orientee?s?( vers| sur)?( la| le| les| l)?|oriented( towards?| to)?( the)?|axee?s? sur( la| le| les| l)?|focused on( the)?|focusing on( the)?|(\w+ )?(en|in|de|d) )\s*){0,2}(cyber\w*|securite|security|architecture|logiciels?|software|genie logiciel|intelligence artificielle|ia|artificial intelligence|ai|optimisation|optimi[sz]ation|reseaux?|networks?|networking|telecom\w*|gestion|management|business|comptabilite|accounting|finance|${OTHER_FIELDS})\b`);

/**
 * A focus said of a diploma that names no speciality read: « une licence orientée développement web ». (The diploma read is then
 * not the one asked for: « Oui : LG02501A » was said of a general licence.)
 */
export function saysAFocusNotRead(text: string): boolean {
  const folded = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `;
  const focus = FOCUS.exec(folded);
  return focus !== null && !ATTACHED.test(` ${folded.slice(focus.index).trim().split(/\s+/).slice(0, 5).join(" ")}`);
}
/** What a diploma is said to be turned to: « orientée », « axée sur », "focused on". */
const FOCUS = / (orientee?s?|axee?s?|oriented|focused|focusing|specialisee?s?|specialized|specialised|tournee?s? vers|centree?s? sur) /;

/** The specialities said with the diploma's name, each with the words that said it. */
function specialitiesNear(folded: string, named: RegExpExecArray): { pattern: RegExp; said: string }[] {
  const around = near(folded, named);
  return SPECIALITIES.flatMap((pattern) => {
    const said = pattern.exec(around)?.[0];
    return said ? [{ pattern, said }] : [];
  });
}

/** Words every diploma of a kind shares, which pick none of them. */
const GENERIC_TITLE_WORDS = new Set(["licence", "diplome", "ingenieur", "inge", "informatique", "specialite", "parcours", "hors", "temps", "travail"]);

/**
 * A diploma named by its code (LG02501A) or by its kind when only one diploma is of that kind
 * (« la licence », « le diplôme d'ingé »), or when the words of the message pick one of them
 * (« ingénieur cyber » among several engineering diplomas).
 */
export function readDiploma(text: string, catalog: Catalog): string | undefined {
  const code = DIPLOMA_CODE.exec(text)?.[1]?.toUpperCase();
  if (code) return code;
  const folded = foldText(text).replace(/['’]/g, " ");
  // « j'ai une licence pro réseaux. Je vise le diplôme d'ingénieur en cybersécurité »: the learner's own diploma is not the one
  // asked about when another is named (« en combien de temps j'ai une licence ? » names only that one).
  let own: string | undefined;
  for (const [pattern, kind] of DIPLOMA_KINDS) {
    // « j'ai une licence de droit, en combien de temps la licence info ? »: each time the kind is said, the first that names one held.
    for (const named of folded.matchAll(new RegExp(pattern.source, "g"))) {
      if (PRO_AFTER.test(folded.slice((named.index ?? 0) + named[0].length))) continue;
      const found = diplomaNamedAt(folded, named as RegExpExecArray, kind, catalog);
      if (found && saidOwn(folded, named)) own ??= found;
      else if (found) return found;
    }
  }
  return own;
}

/**
 * A diploma said as one's own, right before it: « j'ai une », "I have a", « titulaire d'une », « j'ai 45 ans, un », and a word or two
 * that say which ("I have a Portuguese bachelor", « j'ai une vieille licence »).
 */
const OWN_BEFORE = /\b((j ai|jai|je possede|titulaire d|i have|i ve got|i hold|i got) (un|une|a|an|my|mon|ma)( [a-z0-9]+){0,2}|(j ai|jai) \d+ ans (et )?(un|une)) $/;
/** A diploma said as one's own, right after its name: « un master en finance obtenu en 2004 », "a master's I got in 2010". */
const OWN_AFTER = /^( \w+){0,3} (obtenue?s?|en poche|que j ai (eue?|obtenue?|passee?)|obtained|earned)\b/;
/** Whether the diploma named at this place is said as the learner's own. */
function saidOwn(folded: string, named: RegExpExecArray | RegExpMatchArray): boolean {
  const at = named.index ?? 0;
  return OWN_BEFORE.test(folded.slice(Math.max(0, at - 24), at)) || OWN_AFTER.test(folded.slice(at + named[0].length, at + named[0].length + 40));
}
/** A professional licence, which the catalog's licence is not: « licence pro », « licence professionnelle ». */
const PRO_AFTER = /^ ?(pro|professionnelle)\b/;

/** A short answer naming a diploma's speciality only: « celui en IA », "the cyber one". */
export function namesASpeciality(text: string): boolean {
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  return folded.trim().split(/\s+/).length <= MAX_SPECIALITY_ANSWER_WORDS && SPECIALITIES.some((pattern) => pattern.test(folded));
}
const MAX_SPECIALITY_ANSWER_WORDS = 6;

/**
 * An answer to « pour quel diplôme ? »: a diploma named, or its speciality alone among those offered
 * (« celui en IA », "the cyber one"), when it picks one of them.
 */
export function readDiplomaAnswer(text: string, catalog: Catalog, offered: readonly string[] = []): string | undefined {
  const named = readDiploma(text, catalog);
  if (named) return named;
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const said = SPECIALITIES.filter((pattern) => pattern.test(folded));
  const among = (offered.length > 0 ? offered : [...catalog.diplomas.keys()]).flatMap((code) => catalog.diplomas.get(code) ?? []);
  const picked = among.filter((diploma) => said.some((pattern) => pattern.test(foldText(diploma.title))));
  return picked.length === 1 ? picked[0]!.code : undefined;
}

/** The diploma of a kind said at one place of the message, from the speciality said with it. */
function diplomaNamedAt(folded: string, named: RegExpExecArray, kind: string, catalog: Catalog): string | undefined {
  const matching = [...catalog.diplomas.values()].filter((d) => foldText(d.title).includes(kind));
  // « ingénieur architecture et logiciels » when the only engineering diploma known is the cybersecurity one: not that one.
  const specialities = specialitiesNear(folded, named);
  if (matching.length === 1 && specialities.length > 0 && !specialities.some(({ pattern }) => pattern.test(foldText(matching[0]!.title)))) return undefined;
  if (matching.length === 1) return matching[0]!.code;
  // Several of that kind: the one of the speciality said with it (« l'ingé cyber », "the engineering degree in AI"),
  const bySpeciality = matching.filter((d) => specialities.some(({ pattern }) => pattern.test(foldText(d.title))));
  if (bySpeciality.length === 1) return bySpeciality[0]!.code;
  // or whose title shares a telling word with the message.
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !GENERIC_TITLE_WORDS.has(w));
  const picked = matching.filter((d) => words.some((w) => foldText(d.title).includes(w)));
  return picked.length === 1 ? picked[0]!.code : undefined;
}


/**
 * A diploma the message names by its kind and speciality (« le diplôme d'ingénieur en IA ») when no
 * diploma of the catalog is that one: the words that named it (« ingénieur, IA »), so that the learner
 * is told plainly it is not in the catalog rather than asked to pick one that is not theirs.
 */
export function diplomaNotHeld(text: string, catalog: Catalog, options: { kindAlone?: boolean } = {}): string | undefined {
  if (readDiploma(text, catalog) !== undefined) return undefined;
  const folded = foldText(text).replace(/['’]/g, " ");
  const titleWords = (d: { title: string }) => foldText(d.title).replace(/['’]/g, " ").split(/[^a-z0-9]+/);
  for (const [pattern, kind] of DIPLOMA_KINDS) {
    const matching = [...catalog.diplomas.values()].filter((d) => foldText(d.title).includes(kind));
    // (« … un diplôme d'ingénieur chez vous, … un diplôme d'ingénieur en finance ? »: each time the kind is said.)
    for (const found of folded.matchAll(new RegExp(pattern.source, "g"))) {
      const named = found as RegExpExecArray;
      // "I hold a bachelor's degree in biology, what do I need for the engineering degree?": the learner's own, not one asked about.
      if (saidOwn(folded, named)) continue;
      const [speciality] = specialitiesNear(folded, named);
      // « Vous avez un master en informatique ? », asked whether it is offered, when the catalog holds no master at all.
      if (matching.length === 0 && options.kindAlone) return `${kindsJoinedTo(folded, named, kind, catalog)}${speciality ? ` ${asTyped(speciality.said, text)}` : ""}${speciality ? "" : nextWordsOf(folded, named, text)}`;
      if (speciality && !matching.some((d) => speciality.pattern.test(foldText(d.title)))) {
        const said = asTyped(speciality.said, text);
        return `${KIND_NAMES[kind] ?? kind} ${said.length <= 3 ? said.toUpperCase() : said}`;
      }
      // « un diplôme d'ingénieur en génie civil ? », « … en chimie ? »: a field no diploma of that kind names, however unknown here.
      // ("a bachelor's degree in management": the kind's own words before the field.)
      const field = speciality ? undefined : /^ (?:en|de|d|in|of) (\w+(?: \w+)?)/.exec(folded.slice(named.index + named[0].length).replace(KIND_WORDS_AFTER, ""))?.[1];
      const fieldWords = (field ?? "").split(" ").filter((word) => word.length >= 4 && !FIELD_FILLERS.has(word));
      if (matching.length > 0 && fieldWords.length > 0 && !matching.some((d) => fieldWords.some((word) => titleWords(d).some((t) => t.startsWith(word.slice(0, 5)))))) {
        return `${KIND_NAMES[kind] ?? kind} ${asTyped(fieldWords.join(" "), text)}`;
      }
    }
  }
  return undefined;
}

/**
 * "an evening BTS or DUT in computing": the kinds the catalog holds none of, said joined by « ou », "or" to the one named here, each
 * named back (« BTS / DUT »; it said « DUT » alone, as if the BTS had not been asked).
 */
function kindsJoinedTo(folded: string, named: RegExpExecArray, kind: string, catalog: Catalog): string {
  const held = (other: string) => [...catalog.diplomas.values()].some((d) => foldText(d.title).includes(other));
  const before = folded.slice(Math.max(0, named.index - JOINED_REACH), named.index);
  const after = folded.slice(named.index + named[0].length, named.index + named[0].length + JOINED_REACH);
  const joined = DIPLOMA_KINDS.flatMap(([pattern, other]) => {
    if (other === kind || held(other)) return [];
    const said = pattern.source;
    if (new RegExp(String.raw`${said}\s+(?:ou|or|et|and)\s+(?:(?:un|une|le|la|a|an|the)\s+)?$`).test(before)) return [{ other, first: true }];
    return new RegExp(String.raw`^\s*(?:ou|or|et|and)\s+(?:(?:un|une|le|la|a|an|the)\s+)?${said}`).test(after) ? [{ other, first: false }] : [];
  });
  return [...joined.filter(({ first }) => first).map(({ other }) => other), kind, ...joined.filter(({ first }) => !first).map(({ other }) => other)].map((other) => KIND_NAMES[other] ?? other).join(" / ");
}
/**
 * The field of a diploma not held, as `diplomaNotHeld` names it (« licence business » → « business »), when it is a field none of the
 * catalog's diplomas is in (management, law, data…): its units may still be taken à la carte. Undefined otherwise (« BTS / DUT
 * computing », « ingénieur réseaux »: the catalog's own diplomas are the way to those).
 */
export function fieldOutsideTheDiplomas(named: string): string | undefined {
  const field = named.replace(/^[^\s/]+(?:\s*\/\s*[^\s/]+)*\s*/, "").trim();
  return field && FIELDS_OUTSIDE.test(` ${foldText(field)} `) ? field : undefined;
}
const FIELDS_OUTSIDE = new RegExp(String.raw`\b(gestion|management|business|comptabilite|accounting|finance|${OTHER_FIELDS})\b`);

/** How far around a diploma's kind another kind joined to it is looked for. */
const JOINED_REACH = 16;

/** Words right after a diploma's kind that are still its name: "bachelor's degree", « licence diplôme ». */
const KIND_WORDS_AFTER = /^( s)?( (degree|degrees|diploma|diplome|programme|program))?(?= )/;

/** Words after a diploma's kind that name no field: « un diplôme d'ingénieur en cours du soir », "in the evening". */
const FIELD_FILLERS = new Set(["cours", "soir", "soirs", "soiree", "evening", "evenings", "ligne", "online", "distance", "presentiel", "person", "alternance", "formation", "continue", "paris", "france", "temps", "partiel", "part", "time", "hors", "travail", "combien", "quelle", "quelles", "quels", "moins", "plus", "deux", "trois", "years", "annees", "the", "journee", "semaine", "septembre", "september", "fevrier", "february"]);

/** The field said right after a diploma's kind (« en informatique »), as typed; empty when none. */
function nextWordsOf(folded: string, named: RegExpExecArray, text: string): string {
  const field = /^ (?:en|de|d|in|of) (\w+)/.exec(folded.slice(named.index + named[0].length))?.[1];
  // (« un MBA en cours du soir », "an MBA in the evening": a way of studying, no field.)
  return field && field.length >= 3 && !FIELD_FILLERS.has(field) ? ` ${asTyped(field, text)}` : "";
}

/** Folded words as the learner typed them (« réseaux », not « reseaux »), to quote back. */
function asTyped(folded: string, text: string): string {
  const typed = text.split(/[^\p{L}\p{N}]+/u);
  return folded
    .split(" ")
    .map((word) => typed.find((raw) => foldText(raw).toLowerCase() === word) ?? word)
    .join(" ");
}
