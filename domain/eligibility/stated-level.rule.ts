import type { StatedBackground } from "../understanding/stated-background";
import { foldText } from "../understanding/text-normalizer";

/**
 * Whether what a learner says of their studies falls short of a unit's advised level (« Bac+2
 * informatique » for someone who says « BTS compta »; « niveau Bac+3 » for a BTS). Advice only: no
 * rule blocks the enrolment, but a plain « oui, si vous avez le niveau attendu » would read as a yes.
 * False when the advice or the background does not say enough to tell.
 */
export function fallsShortOfAdvice(background: StatedBackground, advice: string, options: { underWayCounts?: boolean } = {}): boolean {
  const { text, level, fields } = adviceRead(advice);
  // « Bac+4 ou expérience professionnelle »: another way in, the level alone does not tell. « ou équivalent »
  // speaks of an equivalent level: a lower one still falls short.
  const otherWayIn = /\bou (experience|une experience)\b/.test(text);
  // « Pas de bac+2 info »: what they lack is (at least) what the unit advises.
  if (background.lacks) {
    const lacksLevel = level !== undefined && background.level !== undefined && background.level <= Number(level);
    // "I don't have any diploma in IT" for « Bac+2 informatique »: the field asked is the one lacked, whatever the level.
    const lacksField = background.field !== undefined && fields.includes(background.field) && (background.level === undefined || level === undefined);
    // « sans diplôme du supérieur », "no degree": no level and no field said, every level named is lacked.
    const lacksAny = background.level === undefined && (background.field === undefined || background.guessed === true) && level !== undefined;
    return !otherWayIn && (lacksLevel || lacksField || lacksAny);
  }
  // « Je suis en L2 maths » for a unit expecting « niveau L2 informatique ou mathématiques »: the year under way is the level
  // (for a unit's advised level, `underWayCounts`; a diploma's access asks the diploma held).
  // Only a year of study said as such (« en L2 »): « en 1ère année de BTS » is two years short of it.
  const yearUnderWay = options.underWayCounts && background.inProgress && YEAR_OF_STUDY.test(background.said);
  const held = background.level !== undefined && yearUnderWay ? background.level + 1 : background.level;
  if (!otherWayIn && level !== undefined && held !== undefined && held < Number(level)) return true;
  // A field guessed from a word no list knows is likely no computing one (« BTS esthétique »), but may well be scientific or
  // technical (« DUT QLIO »): no ground for saying a scientific or technical level is not theirs.
  const guessedAgainstScience = background.guessed === true && fields.includes("science");
  return fields.length > 0 && background.field !== undefined && !guessedAgainstScience && (!fields.includes(background.field) || otherScienceThanMaths(background, advice));
}

/** A year of study said as such: « L2 de maths », « M1 info ». */
const YEAR_OF_STUDY = /^(l|m)[1-3]\b/i;

/** A technique said of one's studies: « BTS électrotechnique », « DUT GEII », "an HND in electrical engineering". */
const TECHNICAL = /\b(electrotechni\w*|electroni\w*|electri\w*|geii|genie|mecani\w*|mechanic\w*|maintenance|industri\w*|engineering|technique|technologi\w*|productique|automatism\w*|cira|crsa|mesures|btp|batiment|hnd|hnc)\b/;
/** A pure science: its mathematics are those of an L2. */
const PURE_SCIENCE = /\b(physique|physics|chimie|chemistry|biologie|biology)\b/;

/**
 * « niveau L2 informatique ou mathématiques » names mathematics, not any science or technique: a BTS électrotechnique is a technical
 * Bac+2, not that level (it was told « vous avez le niveau attendu »). Only when the advice names mathematics and no wider field, and the
 * studies said name their own science or technique.
 */
function otherScienceThanMaths(background: StatedBackground, advice: string): boolean {
  const text = ` ${foldText(advice).replace(/['’]/g, " ")} `;
  if (background.field !== "science" || !/\b(mathematiques|maths)\b/.test(text) || /\b(scientifique|technique|sciences?)\b/.test(text)) return false;
  // Only a technical Bac+2: a licence or a master in physics, an engineering degree, have the mathematics of an L2 (they were warned).
  if (background.level === undefined || background.level > 2) return false;
  const said = ` ${foldText(background.said).replace(/['’]/g, " ")} `;
  // (« L2 physique », « DUT chimie »: a pure science, with its mathematics.)
  if (!TECHNICAL.test(said) || PURE_SCIENCE.test(said)) return false;
  // (« bac+2 scientifique », "a science degree": which science is unsaid, maths maybe.)
  return !/\b(maths?|mathematiques?|mathematics|statisti\w*|miashs|mass|scientifiques?|sciences?)\b/.test(said);
}

/**
 * « j'ai juste le bac » for « Bac+4 ou expérience professionnelle »: studies said below the level of studies advised, where the advice
 * names experience as another way in: it then depends on that experience (neither the level met nor fallen short of).
 */
export function belowLevelButExperienceMayDo(background: StatedBackground, advice: string): boolean {
  const { text, level } = adviceRead(advice);
  if (!/\bou (experience|une experience)\b/.test(text) || level === undefined || background.lacks) return false;
  return background.level !== undefined && background.level < Number(level);
}

/** An advised level read: its words, the years after the baccalauréat it names, the fields it asks (none: any field). */
function adviceRead(advice: string): { text: string; level: string | undefined; fields: StatedBackground["field"][] } {
  const text = ` ${foldText(advice).replace(/['’]/g, " ")} `;
  // « Accès en L3 avec un DUT/BTS »: the diploma named is the level asked, L3 the level entered.
  const level = /\bbac ?\+ ?(\d)\b/.exec(text)?.[1] ?? (/\b(premier cycle|dut|bts|deust)\b/.test(text) ? "2" : /\bl(\d)\b/.exec(text)?.[1]);
  const fields: StatedBackground["field"][] = [];
  if (/\binformatique\b/.test(text)) fields.push("computing");
  if (/\b(scientifique|technique|mathematiques|maths)\b/.test(text)) fields.push("science", "computing");
  return { text, level, fields };
}

/**
 * Whether the studies a learner says they hold meet a unit's advised level of studies (« j'ai un BTS SIO » for « premier cycle
 * informatique validé », a BTS for « Bac+2 »): a level of studies named, held at least, in a field it asks when it asks one.
 * False when the advice names no level of studies (skills, experience) or the background does not say enough.
 */
export function meetsAdvice(background: StatedBackground, advice: string): boolean {
  const { text, level, fields } = adviceRead(advice);
  // « Je suis en L2 de maths » for « niveau L2 informatique ou mathématiques »: the year under way is the level, as fallsShortOfAdvice
  // weighs it (she was told only « Oui, si vous avez le niveau attendu »); not another diploma being prepared (« en 1ère année de BTS »).
  // Only for a level advised as a year of study: « Bac+2 informatique » asks a diploma held, which an L2 under way is not (she had been
  // told « vous avez le niveau attendu (Bac+2 informatique) »).
  const advisedAsAYear = /\bl\d\b/.test(text) && !/\b(bac ?\+ ?\d|premier cycle|dut|bts|deust)\b/.test(text);
  const yearUnderWay = background.inProgress === true && advisedAsAYear && YEAR_OF_STUDY.test(background.said);
  if (level === undefined || background.level === undefined || background.lacks || background.unfinished || (background.inProgress && !yearUnderWay) || background.notHeld) return false;
  if ((yearUnderWay ? background.level + 1 : background.level) < Number(level)) return false;
  // (A first year in another field, « une L1 éco », is no « connaissances L1/L2 » of a computing unit: the first year counts in the field only.)
  if (fields.length === 0 && background.level <= 1 && background.field !== "computing" && background.field !== "science") return false;
  return fields.length === 0 || (background.field !== undefined && !background.guessed && fields.includes(background.field) && !otherScienceThanMaths(background, advice));
}
