import type { Catalog } from "../../domain/catalog/catalog";
import { foldText } from "../../domain/understanding/text-normalizer";

/** A diploma's code as learners type it: LG02501A, cyc9106a. */
export const DIPLOMA_CODE = /\b([A-Za-z]{2,4}\d{4,5}[A-Za-z]?)\b/;

/** The kinds of diploma as learners name them, with the word their titles use. */
const DIPLOMA_KINDS: readonly [RegExp, string][] = [
  [/\b(licences?|licenses?|bachelors?|l3)\b/, "licence"],
  [/\b(ingenieurs?|inge|ingenieries?|engineers?|engineering)\b/, "ingenieur"],
  [/\bmasters?\b/, "master"],
  [/\b(dut|but)\b/, "dut"],
  [/\btitres?\b/, "titre"],
];

/** Specialities a learner names a diploma by. */
const SPECIALITIES: readonly RegExp[] = [
  /\b(cyber\w*|securite|security)\b/,
  /\b(architecture|logiciels?|software|genie logiciel)\b/,
  /\b(intelligence artificielle|ia|artificial intelligence|optimisation|optimi[sz]ation)\b/,
  /\b(reseaux|networks?|networking|telecom\w*)\b/,
  /\b(gestion|management|comptabilite|accounting|finance)\b/,
];

/**
 * A diploma named by its code (LG02501A) or by its kind when only one diploma is of that kind
 * (« la licence », « le diplôme d'ingé »), or when the words of the message pick one of them
 * (« ingénieur cyber » among several engineering diplomas).
 */
export function readDiploma(text: string, catalog: Catalog): string | undefined {
  const code = DIPLOMA_CODE.exec(text)?.[1]?.toUpperCase();
  if (code) return code;
  const folded = foldText(text).replace(/['’]/g, " ");
  for (const [pattern, kind] of DIPLOMA_KINDS) {
    if (!pattern.test(folded)) continue;
    const matching = [...catalog.diplomas.values()].filter((d) => foldText(d.title).includes(kind));
    // « ingénieur architecture et logiciels » when the only engineering diploma known is the cybersecurity one: not that one.
    const specialities = SPECIALITIES.filter((speciality) => speciality.test(folded));
    if (matching.length === 1 && specialities.length > 0 && !specialities.some((speciality) => speciality.test(foldText(matching[0]!.title)))) return undefined;
    if (matching.length === 1) return matching[0]!.code;
    // Several of that kind: the one whose title shares a telling word with the message (« cyber »).
    const words = folded.split(/[^a-z0-9]+/).filter((w) => w.length >= 4);
    const picked = matching.filter((d) => words.some((w) => foldText(d.title).includes(w) && !["licence", "diplome", "ingenieur", "informatique"].includes(w)));
    if (picked.length === 1) return picked[0]!.code;
  }
  return undefined;
}

