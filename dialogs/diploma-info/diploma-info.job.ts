import { numberWordsToDigits } from "../../domain/understanding/number-words";
import { readStatedExperience } from "../../domain/understanding/stated-experience";
import type { Catalog } from "../../domain/catalog/catalog";
import { diplomaUnits, type Diploma } from "../../domain/catalog/diploma.schema";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { Language } from "../../domain/language/language";
import { list, unknownUnit } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import { diplomaNotHeld, fieldOutsideTheDiplomas, readDiploma, saysAFocusNotRead } from "../common/diploma-name";
import { advisorAction, feedbackActions, message, say } from "../common/replies";
import { diplomaClassHours } from "../../domain/credit-hours/diploma-hours.rule";
import { fallsShortOfAdvice } from "../../domain/eligibility/stated-level.rule";
import { readStatedBackground } from "../../domain/understanding/stated-background";
import { foldText } from "../../domain/understanding/text-normalizer";
import { isPolarQuestion } from "../../domain/understanding/polar-question";
import { asksIfCompulsory, asksIfOffered, asksToDoWithout, subjectDoneWithout } from "../../domain/understanding/intent.recognizer";
import { intentOf, type ReplyJob } from "../job";
import { handingOn } from "../conversation-data";
import { diplomaInfoWording } from "./diploma-info.wording";
import { findUnits, unitsAbout } from "../../domain/catalog/unit-search";
import { readUnitFilters, saysAFilter } from "../../domain/understanding/unit-filters";
import { filterWords } from "../unit-info/unit-info.job";

type Requirement = Diploma["requirements"][number];
type Choice = Extract<Requirement, { kind: "choice" }>;

/** The units a requirement names: all of them, or those of its groups. */
function requirementUnits(requirement: Requirement): readonly string[] {
  return requirement.kind === "all" ? requirement.units : requirement.groups.flatMap((group) => group.units);
}

/** A unit as a line of a diploma's composition: « UTC501 Outils mathématiques… (3 ECTS) ». */
function unitLine(code: string, catalog: Catalog, language: Language): string {
  const unit = catalog.units.get(code);
  if (!unit) return code;
  return `${code} ${unit.title} (${unit.ects} ECTS${unit.kind === "UA" ? `, ${diplomaInfoWording[language].ua}` : ""})`;
}

/** A diploma's code, title and credits; a sample diploma's credits are those of its parts listed, no total. */
function headingOf(diploma: Diploma, language: Language): string {
  const w = diplomaInfoWording[language];
  return (diploma.sample ? w.sampleHeading : w.heading)(diploma.code, diploma.title, diploma.totalEcts);
}

/** The diploma's blocks as the catalog states them: compulsory units, choices with their groups, the UA. */
export function describeDiploma(diploma: Diploma, catalog: Catalog, language: Language): string {
  const w = diplomaInfoWording[language];
  const colon = commonWording[language].colon;
  const lines = [`**${headingOf(diploma, language)}**`, ""];
  for (const requirement of diploma.requirements) {
    if (requirement.kind === "all") {
      lines.push(`- ${requirement.label}${colon}${requirement.units.map((code) => unitLine(code, catalog, language)).join(" ; ")}`);
      continue;
    }
    const head = requirement.pick ? w.pick(requirement.pick, requirement.ects, requirement.distinctGroups ?? false) : w.anyAmong(requirement.ects);
    lines.push(`- ${requirement.label}${colon}${head}`);
    for (const group of requirement.groups) lines.push(`  - ${group.label ? `${group.label}${colon}` : ""}${group.units.join(", ")}`);
  }
  if (diploma.note) lines.push("", w.accessNote(diploma.note));
  return lines.join("\n");
}

/**
 * Where the units named stand in the diploma: not part of it, compulsory, or in a choice; for a
 * choice of units from distinct groups (the Licence's three 6-ECTS units), whether they can all count.
 */
/** What one holds said as counting instead: « même si j'ai le TOEIC », « alors que j'ai déjà une certif », "even though I have the TOEIC". */
const HOLDS_INSTEAD = /\b(meme si|meme avec|alors que|sachant que|vu que|even (if|though|with)|although|given that) (j ai|j|je possede|i have|i ve got|i hold|i already have|i ve|i m|je suis)( deja| already)?\b|\b(certif\w*|certificat\w*|certified|toeic|toefl|ielts|cambridge|pmp|prince ?2|pix|equivalence|dispense\w*|exempt\w*)\b/;

export function placeUnits(diploma: Diploma, codes: readonly string[], language: Language, options: { yesNo?: boolean; compulsory?: boolean; replaced?: boolean; membership?: boolean } = {}): string[] {
  const w = diplomaInfoWording[language];
  // « remplacer NFP121 par GLG105 », "swap NFP121 for GLG105": a unit of a group for another of the same group is allowed, one of
  // the group counting (it got « Non : même groupe », false).
  if (options.replaced && codes.length === 2) {
    const [from, to] = codes as [string, string];
    const choice = diploma.requirements.find((r): r is Choice => r.kind === "choice" && requirementUnits(r).includes(from) && requirementUnits(r).includes(to));
    const group = choice?.groups.find((g) => g.units.includes(from) && g.units.includes(to));
    if (group) return [w.swapInGroup(from, to, group.label ?? group.id)];
    // (« remplacer GDN100 par NFP121 »: a compulsory unit is replaced by none.)
    const required = diploma.requirements.find((r) => r.kind === "all" && requirementUnits(r).includes(from));
    if (required) return [`${w.yesNo(false)}${w.required(from, required.label)}`, ...placeUnits(diploma, [to], language)];
  }
  // « NSY104 fait partie de la licence ? »: one unit asked about gets its yes or no first; « RSX101 est obligatoire
  // pour la licence ? » gets its yes only when the unit is required, not one of a choice.
  if (options.yesNo && codes.length === 1) {
    const code = codes[0]!;
    const requirement = diploma.requirements.find((r) => requirementUnits(r).includes(code));
    // (« GDN100 on peut la remplacer par autre chose ? » asks the opposite of whether it is compulsory: it got « Oui : GDN100 est
    // obligatoire », false.)
    const compulsory = requirement?.kind === "all";
    const yes = options.replaced ? requirement !== undefined && !compulsory : options.compulsory ? compulsory : requirement !== undefined;
    const no = options.compulsory && requirement !== undefined && !yes ? w.notCompulsory : w.yesNo(false);
    return placeUnits(diploma, codes, language).map((line, i) => (i === 0 ? `${yes ? w.yesNo(true) : no}${line}` : line));
  }
  const lines: string[] = [];
  const inChoice = new Map<Choice, string[]>();
  for (const code of codes) {
    const requirement = diploma.requirements.find((r) => requirementUnits(r).includes(code));
    if (!requirement) lines.push(w.notInDiploma(code, diploma.code));
    else if (requirement.kind === "all") lines.push(w.required(code, requirement.label));
    else inChoice.set(requirement, [...(inChoice.get(requirement) ?? []), code]);
  }
  for (const [choice, named] of inChoice) {
    const groupOf = (code: string) => choice.groups.find((g) => g.units.includes(code))!;
    if (choice.distinctGroups && choice.pick) {
      const byGroup = new Map<string, string[]>();
      for (const code of named) byGroup.set(groupOf(code).id, [...(byGroup.get(groupOf(code).id) ?? []), code]);
      // « SEC101 et NFE114, RSX101 et MUX101 »: every group named twice or more is said.
      const shared = [...byGroup.values()].filter((codes) => codes.length > 1);
      const pick = choice.pick;
      // The « Non » is said once, before the first group.
      // (« RSX101 et RSX102 sont dans la licence ? »: asked whether they are in it, both are: « Oui », one of them counting.)
      const allOfOneGroup = options.membership && shared.length === 1 && shared[0]!.length === codes.length;
      const sameGroup = (inGroup: string[], i: number) =>
        allOfOneGroup
          ? w.sameGroupIn(list(inGroup, language), groupOf(inGroup[0]!).label ?? groupOf(inGroup[0]!).id, pick, diploma.code)
          : `${i === 0 ? w.yesNo(false) : ""}${w.sameGroup(list(inGroup, language), groupOf(inGroup[0]!).label ?? groupOf(inGroup[0]!).id, pick)}`;
      if (shared.length > 0) lines.unshift(...shared.map(sameGroup));
      else if (named.length > 1) lines.unshift(w.distinctGroups(list(named, language), named.map((code) => groupOf(code).label ?? groupOf(code).id).join(" ; "), choice.pick));
      else lines.push(w.inChoice(named[0]!, choice.label));
      if (named.length > choice.pick) lines.push(w.tooMany(named.length, choice.pick));
    } else {
      lines.push(w.inChoice(list(named, language), choice.label));
    }
  }
  return lines;
}

/**
 * A diploma's class hours block by block (reference table, personal work excluded): « tronc commun :
 * 5 UE = 150 h ; 3 UE de 6 ECTS au choix = 150 h ; UAALOT : sans heures de cours ; total 390 h ».
 */
function describeHours(diploma: Diploma, catalog: Catalog, language: Language): string {
  const w = diplomaInfoWording[language];
  const colon = commonWording[language].colon;
  const hours = diplomaClassHours(diploma, catalog.units);
  const span = (range: { min: number; max: number }) => (range.min === range.max ? w.hours(range.min) : w.hoursRange(range.min, range.max));
  const lines = [`**${headingOf(diploma, language)}**`, ""];
  for (const block of hours.blocks) {
    const parts = block.parts.map((part) => (part.codes ? `${part.codes.join(", ")} (${part.ects} ECTS)` : w.counted(part.count, part.ects)));
    if (block.hours.max > 0) lines.push(`- ${block.label}${colon}${parts.length ? `${parts.join(" + ")} = ` : ""}${span(block.hours)}`);
    if (block.activityUnits.length) lines.push(`- ${block.label}${colon}${w.noClassHours(list(block.activityUnits, language))}`);
  }
  lines.push("", w.hoursTotal(span(hours.total)));
  if (hours.unknown.length) lines.push(w.hoursUnknown(list(hours.unknown, language)));
  return lines.join("\n");
}

/** The diploma the message names, or the only one holding every unit it names. */
function diplomaOf(text: string, codes: readonly string[], catalog: Catalog): Diploma | undefined {
  const named = readDiploma(text, catalog);
  if (named) return catalog.diplomas.get(named);
  if (codes.length === 0) return undefined;
  const holding = [...catalog.diplomas.values()].filter((d) => codes.every((code) => diplomaUnits(d).includes(code)));
  return holding.length === 1 ? holding[0] : undefined;
}

/** At most this many units of a field are named to be taken à la carte beside a diploma not held. */
const MAX_UNITS_A_LA_CARTE = 8;

/** « Quelles UE pour la licence ? », « pour la licence je peux choisir NFP119 et NFP121 ? »: from the catalog. */
export const diplomaInfoJob: ReplyJob = {
  name: "diploma-info",
  handles: { diploma: "new-topic" },
  label: { fr: "Composition d'un diplôme (catalogue)", en: "What a diploma is made of (catalog)" },
  help: { fr: "dire de quelles UE se compose un diplôme (« quelles UE pour la licence ? »)", en: 'tell what a diploma is made of ("which units make up the licence?")' },
  async reply(turn, options) {
    // Started again by the answer to « De quel diplôme parlez-vous ? »: the units first named, the diploma now.
    const codes = Array.isArray(options?.codes) ? (options.codes as string[]) : intentOf(turn, "diploma").codes;
    const facet = options?.facet === "hours" || options?.facet === "access" || options?.facet === "contact" ? options.facet : turn.intent.kind === "diploma" ? turn.intent.facet : undefined;
    // The answer to « De quel diplôme parlez-vous ? » names it; the first message said the rest.
    const said = typeof options?.text === "string" ? options.text : turn.text;
    const { language } = turn;
    const w = diplomaInfoWording[language];
    const catalog = await turn.services.catalog();
    // « is NFE115 in the licence? » then "what about NFE119?": the question asked again names the diploma.
    const diploma =
      typeof options?.diploma === "string" ? catalog.diplomas.get(options.diploma) : (diplomaOf(said, codes, catalog) ?? (said === turn.text && turn.understood.text !== turn.text ? diplomaOf(turn.understood.text, codes, catalog) : undefined));
    // The diploma not held named in this question first: « Do you offer the BTS SIO? And is there an engineering degree in networks? ».
    const kindAlone = { kindAlone: turn.intent.kind === "diploma" && turn.intent.offered === true };
    const notHeld = !diploma ? ((said === turn.text ? diplomaNotHeld(turn.understood.text, catalog, kindAlone) : undefined) ?? diplomaNotHeld(said, catalog, kindAlone)) : undefined;
    if (notHeld) {
      const known = [...catalog.diplomas.values()].map((d) => `${d.code} (${d.title})`);
      // "Do you have an evening bachelor's degree in business management?": no such diploma, but the catalog's units of that field, taken
      // à la carte (it said « Yes » of the licence in computing).
      const field = fieldOutsideTheDiplomas(notHeld);
      const ofField = field ? findUnits(catalog, field, {}).units.filter((unit) => unit.kind === "UE") : [];
      const aLaCarte = ofField.length > 0 && ofField.length <= MAX_UNITS_A_LA_CARTE ? `\n\n${w.unitsALaCarte(field!, list(ofField.map((unit) => `${unit.code} (${unit.title})`), language))}` : "";
      await turn.context.sendActivity(message(`${w.notHeld(notHeld, list(known, language))}${aLaCarte}`, [advisorAction(language)]));
      return { kind: "unanswered", question: turn.text, suggested: [] };
    }
    // « ENG261 obligatoire pour l'ingénieur ? »: compulsory in each engineering degree, the speciality need not be asked (it got « Mes
    // sources ne disent pas cela de ENG261 »).
    const inEach = !diploma && codes.length === 1 && asksIfCompulsory(turn.understood.text) ? compulsoryInEachEngineering(catalog, codes[0]!) : undefined;
    if (inEach) {
      await turn.context.sendActivity(message(w.compulsoryInEach(codes[0]!, list(inEach.diplomas, language), inEach.block), feedbackActions(language)));
      return { kind: "answered", answerId: "diploma-info" };
    }
    if (!diploma) {
      const diplomas = [...catalog.diplomas.values()];
      await turn.context.sendActivity(
        message(
          w.whichDiploma(list(diplomas.map((d) => `${d.code} (${d.title})`), language)),
          diplomas.map((d) => say(w.askComposition(d.code))),
        ),
      );
      // « la licence », « le premier », "the engineering one": the answer keeps the units first named.
      turn.conversation.offer = {
        choices: diplomas.map((d) => ({ job: diplomaInfoJob.name, options: { codes, diploma: d.code, ...(facet ? { facet } : {}) } })),
        refine: { job: diplomaInfoJob.name, options: { codes, ...(facet ? { facet } : {}) } },
      };
      return { kind: "unanswered", question: turn.text, suggested: [] };
    }
    // "Who's in charge of the licence?": not in the catalog; the secretariat or an advisor, who can be asked here.
    if (facet === "contact") {
      await turn.context.sendActivity(message(w.inChargeNotHeld(diploma.code), [say(commonWording[language].yes), say(commonWording[language].no)]));
      const question = `${diploma.code} : ${turn.text}`;
      turn.conversation.offer = { accept: handingOn(question) };
      return { kind: "unanswered", question, suggested: [] };
    }
    if (facet === "hours") {
      await turn.context.sendActivity(message(describeHours(diploma, catalog, language), [say(w.askComposition(diploma.code)), ...feedbackActions(language)]));
      return { kind: "answered", answerId: "diploma-info" };
    }
    const background = facet === "access" && diploma.note ? readStatedBackground(said) : undefined;
    if (background && diploma.note) {
      // The level is there but the field unknown or only guessed (« BTS », « BTS en audiovisuel »): it depends on it.
      // A note that names no level of studies (the engineering diplomas': an admission exam and experience) cannot be met by studies alone.
      const namesLevel = /\b(bac|dut|bts|deust|licence|l\d|master|premier cycle)\b/.test(foldText(diploma.note));
      const depends = !background.lacks && (background.field === undefined || background.guessed === true) && (background.level ?? 0) >= 2;
      // « un DUT GEII » for « DUT/BTS informatique ou équivalent »: a science or technical diploma of that level may count as the equivalent.
      const equivalent = !background.lacks && background.field === "science" && (background.level ?? 0) >= 2 && EQUIVALENT.test(foldText(diploma.note));
      const short = fallsShortOfAdvice(background, diploma.note);
      // « un DUT commencé, arrêté au bout d'un an ; administrateur réseau depuis trois ans »: years of work in the field may be the
      // equivalent the note allows; the Cnam decides (a flat « Non, pas directement » had ruled it out: false).
      const work = readStatedExperience(said, turn.services.now());
      const experienced = short && EQUIVALENT.test(foldText(diploma.note)) && (work?.yearsInComputing ?? 0) >= YEARS_THAT_MAY_BE_EQUIVALENT && !SELF_TAUGHT.test(foldText(said).replace(/['’]/g, " "));
      // (« J'ai fait deux ans de BTS SIO mais j'ai raté le diplôme »: a diploma not obtained is not held — it said « Oui ».)
      const verdict = !namesLevel ? w.accessNotByStudies : background.notHeld ? w.accessNotHeld : depends ? w.accessDepends : short && equivalent ? w.accessEquivalence : experienced ? w.accessByExperience : short ? w.accessShort : w.accessMet;
      // "I've been working as a junior sysadmin for 18 months … enough work experience to apply?" for « deux ans d'expérience
      // professionnelle au dépôt de la candidature »: the years said against the years asked (it quoted the rule alone).
      const required = yearsRequiredToApply(diploma.note);
      // ("6 years of work, but only 1 year on IT projects": the years in the speciality asked at the thesis defence, said short.)
      const atDefence = inSpecialityAtDefence(diploma.note);
      const shortAtDefence = atDefence !== undefined && work?.yearsInComputing !== undefined && work.yearsInComputing < atDefence ? ` ${w.speciality(work.yearsInComputing, atDefence)}` : "";
      const experience = !namesLevel && work !== undefined && required !== undefined ? `${w.experienceToApply(diploma.code, work.years, required)}${shortAtDefence}` : undefined;
      const text = [experience ?? verdict(background.said, diploma.code), w.accessNote(diploma.note, diploma.code)].join("\n");
      await turn.context.sendActivity(message(text, [say(w.askComposition(diploma.code)), advisorAction(language), ...feedbackActions(language)]));
      return { kind: "answered", answerId: "diploma-info" };
    }
    // « Quelles UE de la licence se font à distance ? », « … le samedi ? », « … sans prérequis ? »: its units that way.
    // (Of the question that asks it: « … à distance ? Et le samedi ? » asks each way apart; together they had found none: false.)
    const { filters } = readUnitFilters(foldText(said === turn.text ? turn.understood.text : said).replace(/['’]/g, " "));
    // « La licence est accessible sans diplôme ? » asks who may enter it, not its units without prerequisite: its access rule first,
    // then its card (it listed 22 units « sans prérequis »).
    const itselfOpen = ITSELF_OPEN.test(` ${foldText(turn.understood.text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `);
    if (itselfOpen && diploma.note && codes.length === 0) {
      // (The card's own access line, said first, is not said again at its end.)
      const card = describeDiploma(diploma, catalog, language).split("\n").filter((line) => !line.includes(diploma.note!)).join("\n").trimEnd();
      await turn.context.sendActivity(message([w.accessNote(diploma.note, diploma.code), "", card].join("\n"), [say(w.checkAction(diploma.code)), ...feedbackActions(language)]));
      return { kind: "answered", answerId: "diploma-info" };
    }
    if (codes.length === 0 && facet === undefined && saysAFilter(filters)) {
      const ofIt = new Set(diplomaUnits(diploma));
      const found = findUnits(catalog, "", filters).units.filter((unit) => ofIt.has(unit.code));
      const how = filterWords(filters, language);
      const text = found.length
        ? [w.unitsThatWay(diploma.code, diploma.title, how), ...found.map((unit) => `- ${unit.code} — ${unit.title} (${unit.ects} ECTS)`), "", w.othersNotThatWay(how)].join("\n")
        : w.noneThatWay(diploma.code, how);
      await turn.context.sendActivity(message(text, [say(w.askComposition(diploma.code)), ...feedbackActions(language)]));
      return { kind: "answered", answerId: "diploma-info" };
    }
    // "is NFE119 in the licence?": a code the catalog does not hold is said so, not « not part of the licence ».
    // « L'anglais, c'est obligatoire dans la licence ? »: the one unit of the diploma whose title says what is asked of.
    // « Je peux faire la licence sans l'UE d'anglais ? »: the unit of that subject, gone without (it got the card alone, no « Non »).
    const subjectWithout = codes.length === 0 ? subjectDoneWithout(turn.understood.text) : undefined;
    const gone = subjectWithout ? unitGoneWithout(catalog, diploma, subjectWithout) : undefined;
    const withoutIt = gone?.code;
    const named = withoutIt ?? (codes.length === 0 && asksIfCompulsory(turn.understood.text) ? unitOfItNamed(catalog, diploma, turn.understood.text) : undefined);
    const held = named ? [named] : codes.filter((code) => catalog.units.has(code));
    const unknown = codes.filter((code) => !catalog.units.has(code)).map((code) => unknownUnit(code, catalog, language));
    // (« ang320 cest oblige pr la licence »: typed on a phone without its question mark, whether a unit is compulsory is still asked.)
    const compulsory = asksIfCompulsory(turn.understood.text);
    // (Only a few words: « ANG320 est obligatoire pour la licence donc je la prends quand » says it, it does not ask.)
    const yesNo = isPolarQuestion(turn.understood.text) || (compulsory && !/[?.!]/.test(turn.understood.text) && turn.understood.text.trim().split(/\s+/).length <= 8);
    // « sans le module de gestion de projet ? »: no one unit is it; the catalog's units on it, and where the diploma's count in it (GDN100
    // compulsory, NSY115 one of a choice), no « Oui » or « Non » (it got « Oui : NFP107 »; before, the catalog's units alone).
    const onSubject =
      !named && gone && gone.ofIt.length > 0 && gone.ofIt.length <= MAX_UNITS_ON_A_SUBJECT
        ? [w.unitsOnIt(list(gone.all.map((unit) => `${unit.code} (${unit.title})`), language), diploma.code), ...placeUnits(diploma, gone.ofIt.map((unit) => unit.code), language)]
        : [];
    const placed = [...unknown, ...onSubject, ...(held.length ? placeUnits(diploma, held, language, { yesNo, compulsory, replaced: withoutIt !== undefined || asksToDoWithout(turn.understood.text), membership: asksMembership(turn.understood.text) }) : [])];
    // « GDN100 est obligatoire pour la licence même si j'ai le TOEIC ? »: whether what one holds counts instead is not in the sources,
    // said after the yes (the yes alone read as no exemption possible: false); so for « je peux m'en dispenser ? » after its « Non ».
    const exemption = held.length === 1 && (asksIfCompulsory(turn.understood.text) || asksToDoWithout(turn.understood.text)) && HOLDS_INSTEAD.test(` ${foldText(turn.text).replace(/['’]/g, " ")} `) ? [w.exemptionNotHeld(held[0]!)] : [];
    // « Je suis nul en anglais, la licence sans l'UE d'anglais ? »: the compulsory unit's « Non », then what taking it asks (ANG320's
    // placement test).
    const goneWithout = held.length === 1 && (withoutIt !== undefined || asksToDoWithout(turn.understood.text)) && diploma.requirements.some((r) => r.kind === "all" && r.units.includes(held[0]!));
    const advice = goneWithout ? (catalog.units.get(held[0]!)?.prerequisites.advice ?? []) : [];
    const asks = advice.length ? [w.stillAsks(held[0]!, advice.join(" ; "))] : [];
    // « Il existe un diplôme d'ingénieur orienté génie logiciel ? »: whether the catalog holds it, said before its blocks (it got the
    // blocks alone, or « De quel diplôme parlez-vous ? »).
    const others = [...catalog.diplomas.values()].filter((d) => d.level === diploma.level && d.code !== diploma.code).map((d) => `${d.code} (${d.title})`);
    // (« Y a-t-il une licence orientée développement web ? »: a focus the catalog's diploma is not read as having is no « Oui ».)
    const offered = (kindAlone.kindAlone || asksIfOffered(turn.understood.text)) && codes.length === 0 && !placed.length && !saysAFocusNotRead(turn.understood.text) ? [w.offered(diploma.code, diploma.title, others.length ? list(others, language) : ""), ""] : [];
    const text = [...offered, ...placed, ...asks, ...exemption, ...(placed.length ? [""] : []), describeDiploma(diploma, catalog, language)].join("\n");
    await turn.context.sendActivity(message(text, [say(w.checkAction(diploma.code)), ...feedbackActions(language)]));
    return { kind: "answered", answerId: "diploma-info" };
  },
  // A diploma named in the answer to « De quel diplôme parlez-vous ? »; read against the catalog by reply.
  refine: (turn, options) => (NAMES_A_DIPLOMA.test(foldText(turn.text).replace(/['’]/g, " ")) ? { ...options, text: turn.text } : undefined),
};

/** The engineering degrees, when the unit is compulsory in each of them, with its block's label; undefined otherwise. */
function compulsoryInEachEngineering(catalog: Catalog, code: string): { diplomas: string[]; block: string } | undefined {
  const engineering = [...catalog.diplomas.values()].filter((d) => d.level === "ingenieur");
  const blocks = engineering.map((d) => d.requirements.find((r) => r.kind === "all" && r.units.includes(code)));
  if (engineering.length === 0 || blocks.some((block) => block === undefined)) return undefined;
  return { diplomas: engineering.map((d) => d.code), block: blocks[0]!.label };
}

/**
 * Whether units are asked to be in a diploma, not to be chosen or counted together: « RSX101 et RSX102 sont dans la licence ? »,
 * « et c'est dans la licence ? », "are NFP121 and GLG105 part of the licence?" (not « je peux prendre RSX101 et RSX102 pour la
 * licence ? », « elles comptent toutes les deux ? »).
 */
function asksMembership(text: string): boolean {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `;
  return IN_THE_DIPLOMA.test(words) && !TAKEN_TOGETHER.test(words);
}
const IN_THE_DIPLOMA =
  /\b((sont|est|sont elles|sont ils|c est|ce sont|font partie|fait partie|figurent|is|are|are they|is it|part|parts)( bien| toutes| tous| both| all)? (dans|de|du|in|of) (la|le|l|the|my|ma|mon) (licence|license|l3|diplome|degree|diploma|bachelor|ingenieur|engineering))\b/;
const TAKEN_TOGETHER =
  /\b(choisir|choix|prendre|faire|suivre|valider|take|choose|pick|do|compter|comptent|count|counts|ensemble|together|a la fois|en meme temps|combin\w*|cumul\w*|les deux|toutes les deux|tous les deux|both|obligatoires?|compulsory|mandatory)\b/;

/** The one unit of a diploma whose title speaks of the question's words (« l'anglais » in the licence: ANG320); undefined when none or several. */
function unitOfItNamed(catalog: Catalog, diploma: Diploma, text: string): string | undefined {
  const found = unitsOfItAbout(catalog, diploma, text);
  return found.ofIt.length === 1 ? found.ofIt[0]!.code : undefined;
}

/** The units a subject names, in the whole catalog and of the diploma. */
function unitsOfItAbout(catalog: Catalog, diploma: Diploma, text: string): { all: Unit[]; ofIt: Unit[] } {
  const ofIt = new Set(diplomaUnits(diploma));
  const subject = foldText(text).replace(/['’]/g, " ").replace(new RegExp(NAMES_A_DIPLOMA.source, "g"), " ").replace(NOT_THE_UNIT, " ");
  const all = unitsAbout(catalog, subject, { anyWord: true });
  return { all, ofIt: all.filter((unit) => ofIt.has(unit.code)) };
}

/**
 * The one unit of a diploma a subject gone without names (« sans l'UE d'anglais » → ANG320): only when the catalog holds no other
 * unit on it, or every unit on it begins its title alike (« Anglais général », « Anglais professionnel »). « sans l'UE de gestion » names three units, and
 * NFP107 (« Systèmes de gestion de bases de données ») is no more « the » unit of gestion than the others: it got « Oui : NFP107 ».
 */
function unitGoneWithout(catalog: Catalog, diploma: Diploma, subject: string): { code?: string; ofIt: Unit[]; all: Unit[] } {
  const found = unitsOfItAbout(catalog, diploma, subject);
  if (found.ofIt.length !== 1) return found;
  const unit = found.ofIt[0]!;
  // (Every unit found begins its title alike: « Anglais général », « Anglais professionnel » are both of English, asked in French or English.)
  const head = (of: Unit) => foldText(of.title).replace(/['’]/g, " ").split(/[^a-z0-9]+/).find(Boolean) ?? "";
  return found.all.every((other) => head(other) === head(unit)) ? { ...found, code: unit.code } : found;
}

/** The diploma itself said open without a diploma: « la licence est accessible sans diplôme ? », "is the licence open to anyone?". */
const ITSELF_OPEN =
  / (licences?|license|bachelor|l3|ingenieur|inge|engineering degree|master|diplome|[a-z]{2,4}\d{4,5}[a-z]?) (est|sont|is|are|c est|est elle|est il|elle est|il est)( \w+)? (accessibles?|ouverte?s?|open) (sans|without|a tous|to (all|anyone|everyone))\b/;

/** The most units of a diploma a subject gone without may name for them to be placed (more: the words are too common to tell). */
const MAX_UNITS_ON_A_SUBJECT = 3;

/** Words around what is asked of that say nothing of the unit: « c'est obligatoire dans la licence info ». */
const NOT_THE_UNIT =
  /\b(c est|ca|est|sont|dans|pour|avec|sans|obligatoire\w*|oblige\w*|imposee?s?|compulsory|mandatory|required|necessaire|faut|il|elle|on|je|la|le|les|un|une|des|du|de|d|en|au|aux|the|is|are|in|for|a|an|of|it|do|does|i|have|to|take|info|informatique|computer|science|l3)\b/g;

/** Words that name a diploma or its kind (« la licence », « l'ingé cyber », LG02501A). */
const NAMES_A_DIPLOMA = /\b([a-z]{2,4}\d{4,5}[a-z]?|licences?|license|bachelor|l3|ingenieurs?|inge|engineer\w*|masters?)\b/;

/** An access note that admits an equivalent level (« DUT/BTS informatique ou équivalent »). */
/** The years of work a diploma's note asks when applying (« deux ans d'expérience professionnelle au dépôt de la candidature »). */
function yearsRequiredToApply(note: string): number | undefined {
  const said = /\b(\d+) ans? d experience professionnelle au depot\b/.exec(numberWordsToDigits(foldText(note).replace(/['’]/g, " ")));
  return said ? Number(said[1]) : undefined;
}

/** The years in the speciality asked at the thesis defence: « trois ans, dont deux dans la spécialité, à la soutenance du mémoire ». */
function inSpecialityAtDefence(note: string): number | undefined {
  const said = /\bdont (\d+) dans la specialite,? a la soutenance\b/.exec(numberWordsToDigits(foldText(note).replace(/['’]/g, " ")));
  return said ? Number(said[1]) : undefined;
}

/** Years of work in the field from which the « ou équivalent » of an access is left open (a year teaching oneself Python is not). */
const YEARS_THAT_MAY_BE_EQUIVALENT = 2;
/** Learning on one's own, no work: « appris Python seul », « en autodidacte », "teaching myself", "self-taught", "as a hobby". */
const SELF_TAUGHT = /\b((appris|apprends|formee?|learned|learnt|studied)( \w+){0,3} (seule?|tout seul|toute seule)|en autodidacte|autodidacte|par moi meme|teaching myself|taught myself|self taught|on my own|by myself|as a hobby|en loisir|pour le plaisir|for fun)\b/;
const EQUIVALENT = /\b(equivalent|equivalente|equivalence)\b/;
