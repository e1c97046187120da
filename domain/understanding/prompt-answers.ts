import { numberWordsToDigits } from "./number-words";
import { foldText } from "./text-normalizer";

/**
 * Reading the learner's answers to the assistant's own questions, in the forms people type:
 * « oui », « ouais », « ok vas-y », "sure", "yes please"; « non merci », "nope"; « le premier »,
 * "the second one", « 2 »; « au second semestre », "next semester", « en février », « à la rentrée ».
 * Each reader answers only when the whole message is such an answer, so that a new question asked
 * instead ("oui mais c'est quoi une UA ?") is not taken for one.
 */

function words(text: string): string {
  return ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

/** Politeness and fillers around an answer: « oui merci », « ok super », "yes please", « euh non ». */
const FILLERS =
  /\b(tu peux|vous pouvez|pouvez vous|peux tu|tu pourrais|vous pourriez|pourriez vous|can you|could you|would you|will you|le lui|la lui|lui|leur|finalement|en fait|en fin de compte|tout compte fait|actually|on second thought|after all|ah|oh|merci( beaucoup| bien)?|thanks?( you)?|thx|please|pls|plz|svp|stp|s il (te|vous) plait|bien sur|of course|alors|euh|heu|hmm|ben|bah|bon|well|so|super|parfait|perfect|genial|great|cool|top|nickel|d accord|dac|dak|ok|okay|oki|okey|yes|oui|ouais|ouai|yep|yeah|ya|yup|sure|non|no|nope|nan|naan|volontiers|avec plaisir|with pleasure|vas y|allez y|go ahead|go for it|do it|please do|fais le|faites le|carrement|absolument|absolutely|definitely|certainly|of course|pourquoi pas|why not|je veux bien|i d like that|that would be great|ca marche|ca roule|c est bon|ok ok|pas besoin|no need|no thanks|non merci|pas la peine|not now|pas maintenant|plus tard|later|laisse|laissez|tomber|never mind|nevermind|c est pas la peine|ca ira|that s fine|it s fine|i m good|im good|je suis bon|all good|nah|s il vous plait|the|le|la|l|un|une|a|one|un peu|envoie|envoies|envoyez|envoie la|envoie le|send it|send this)\b/g;

const YES =
  /\b(oui|ouais|ouai|ouep|yes|yep|yeah|ya|yup|sure|ok|okay|oki|okey|d accord|dac|dak|volontiers|avec plaisir|with pleasure|vas y|allez y|go ahead|go for it|do it|please do|fais le|faites le|carrement|absolument|absolutely|definitely|certainly|bien sur|of course|pourquoi pas|why not|je veux bien|i d like that|that would be great|ca marche|ca roule|tout a fait|exactement|exactly|c est ca|that s right|right|correct|affirmatif)\b/;
const NO =
  /\b(non|no|nope|nan|naan|nah|pas besoin|no need|no thanks|non merci|pas la peine|c est pas la peine|not now|pas maintenant|plus tard|later|never mind|nevermind|laisse tomber|laissez tomber|ca ira|that s fine|it s fine|i m good|im good|je suis bon|all good|pas du tout|not at all|surtout pas|jamais|never|negatif|c est bon)\b/;

/**
 * "yes" or "no" when the whole message answers a yes/no question, else undefined. « C'est bon »
 * and "I'm good" decline an offer (they mean "no need"); « non merci » is a no, « oui merci » a yes.
 */
export function readYesNo(text: string): "yes" | "no" | undefined {
  const w = words(text);
  // « non merci, je vais appeler directement »: a clear no, with why; not a question asked instead.
  if (LEADING_NO.test(w) && !text.includes("?") && !ASKS_SOMETHING.test(w)) return "no";
  if (w.trim() === "" || w.split(" ").filter(Boolean).length > 8) return undefined;
  if (w.replace(GOING_AHEAD, " ").replace(FILLERS, " ").trim() !== "") return undefined;
  // "non merci", "ok non", "no thanks": a no wins over the politeness around it.
  if (NO.test(w)) return "no";
  // « transmettez », « oui svp transmettez », "yes pass it on": the advisor offer's own verb says yes, alone or with one.
  if (YES.test(w) || SAYS_GOING_AHEAD.test(w)) return "yes";
  return undefined;
}

/** Whether a yes says the advisor offer's own verb (« oui transmettez », "pass it on"): it asks for the hand-over itself. */
export function saysPassItOn(text: string): boolean {
  return readYesNo(text) === "yes" && SAYS_GOING_AHEAD.test(words(text));
}

/**
 * The verb of the assistant's offer to pass the question on, said back to accept it: « transmettez », « oui
 * transmets-la », « fais suivre ma question », "pass it on". Only that offer's verb: « continue » or « envoie » at
 * another question (« avez-vous validé UTC505 ? ») says nothing of it. Global: also removed as filler.
 */
const GOING_AHEAD =
  /\b((?:pass|send|forward|transfer|give|hand) (?:it|this|that|my question|the question|my request) (?:on |over )?to (?:an |the |your |a )?(?:advis(?:or|er)s?|human|person|real person)|transmet|transmets|transmettez|transmettre|transmettes|fais suivre|faites suivre|fais le suivre|faites le suivre|fais la suivre|faites la suivre|pass it on|pass it along|pass this on|pass that on|pass my question on|pass on my question|forward it|forward this|forward my question)( la| le| les| lui| ma question| la question| ma demande| it| this| that| my question| my request| to (an |the )?advis(or|er)s?| a un conseiller| au conseiller| aux conseillers)*\b/g;
/** The same verb, to test for it (a global pattern keeps its place between tests). */
const SAYS_GOING_AHEAD = new RegExp(GOING_AHEAD.source);

/**
 * What a request just made is about, said on its own right after it: « c'est pour savoir si mon BTS compte », « c'est au sujet de
 * ma VAE », "it's about whether my BTS in electronics lets me into the licence", "regarding my exemption". The words that say it
 * come first (« pour moi c'est clair » is no matter), and a matter of two words or more follows them (« c'est pour moi », "about it"
 * name none).
 */
export function namesTheMatter(text: string): boolean {
  const w = words(text);
  const said = MATTER_FIRST.exec(w);
  if (!said) return false;
  // A question the assistant can answer now is no matter: « concernant NFA031, elle est à distance ? », "about the exam calendar, when
  // is session 2?" ask after naming what they ask about (a clause after a comma, then a question mark); « à propos de NFA031 il y a des
  // prérequis ? » opens with a bare « à propos de » and asks (« c'est au sujet de mon inscription », "it's about whether …" say it).
  const asked = text.includes("?");
  const clauses = text.split(/[,;:]/).map((clause) => clause.trim()).filter(Boolean);
  if (asked && clauses.length > 1) return false;
  if (asked && !STATED_MATTER.test(said[0]) && ASKS_NOW.test(w.slice(said[0].length))) return false;
  // (« c'est au sujet de mon inscription », « concernant ma VAE »: one word names a matter after words of what it is about; « c'est pour »
  // needs two, « c'est pour moi » naming none.)
  const about = !/\bpour$|\bfor$/.test(said[0].trim());
  return w.slice(said[0].length).trim().split(" ").filter((word) => word.length >= 3 && !EMPTY_MATTER.test(word)).length >= (about ? 1 : 2);
}
/** Opening words that state the matter (« c'est pour », « c'est au sujet de », "it's about"), not a bare « à propos de ». */
const STATED_MATTER = /\b(c est|c|cest|ce serait|ca serait|c etait|it s|it is|this is|that s|it would be|it was)\b/;
/** Words of a question asked now. */
const ASKS_NOW = /\b(quand|combien|comment|pourquoi|quel|quelle|quels|quelles|est ce|il y a|y a t il|c est quoi|c est quand|c est ou|when|how|what|which|why|where|is it|is there|are there|can i|do i|does it)\b/;
/** The words that open a message saying what a request is about. */
const MATTER_FIRST =
  /^ (?:(?:et|and|oh|ah|euh|bon|so|well|also|aussi)\s+)*(?:(?:c est|c|cest|ce serait|ca serait|c etait) pour|(?:(?:c est|c|cest|ce serait|ca serait|c etait|it s|it is|this is|that s|it would be|it was)\s+)?(?:au sujet (?:de|d|du|des)|concernant|a propos (?:de|d|du|des)|about|regarding|concerning)|(?:it s|it is|this is|it was) for)\b/;
/** Words of a matter that say nothing. */
const EMPTY_MATTER = /^(ca|cela|moi|est|it|this|that|something|quelque|chose|truc|the|my|mon|mes|svp|stp|please|merci|thanks|question|une|des|les|savoir)$/;

/** What may follow a yes or a no about having something: « oui je l'ai », "yes I passed it", « non pas encore ». */
const HAVING =
  /\b(je l ai|je les ai|j ai|l ai|les ai|eue?s?|validee?s?|valide|reussie?s?|obtenue?s?|faite?s?|fait|passee?s?|deja|already|encore|yet|toutes?|tous|les deux|both|all( of them)?|i have|i ve|have|has|had|got|it|them|passed|done|validated|completed|i did|did|not|pas|de|du|it s|c est|that s|ca|the|le|la|les|i|je|j|haven|hasn|havent|t|n|ne|yes|oui|ouais|no|non|nope|jamais|never)\b/g;

/**
 * A yes or a no with words about having it, at a question that asks whether the learner has
 * something: « oui je l'ai », "yes I have it", « non pas encore », "no I haven't". Undefined otherwise.
 */
export function readHavingYesNo(text: string): "yes" | "no" | undefined {
  const whole = readYesNo(text);
  if (whole) return whole;
  const w = words(text);
  // « non pas encore, je pensais les faire ensemble », "yes, got 12 in January", « oui mais le C jamais »:
  // the answer first, then what the learner adds — unless what they add is a question of its own.
  const leading = LEADING_ANSWER.exec(w);
  if (leading && !text.includes("?") && !QUESTION_START.test(w.slice(leading[0].length))) return NO.test(` ${leading[1]} `) ? "no" : "yes";
  if (w.split(" ").filter(Boolean).length > 8 || /\b(mais|but|sauf|except|pourquoi|why|quoi|what)\b/.test(w)) return undefined;
  if (w.replace(HAVING, " ").replace(FILLERS, " ").trim() !== "") return undefined;
  if (/\b(pas|not|haven t|havent|no|non|nope|jamais|never)\b/.test(w)) return "no";
  return YES.test(w) || /\b(je l ai|i have|i ve|i did|passed|validated|validee?)\b/.test(w) ? "yes" : undefined;
}

/** A yes or a no opening a longer answer (« non pas encore, … », "yes, got 12 …"). */
const LEADING_ANSWER = /^ (oui|ouais|yes|yep|yeah|non|nan|no|nope)( pas encore| not yet| je l ai| i have| i did)? (?=\S)/;
/** The rest starts by asking something: « oui, et c'est quand ? » is a new question, not an answer. */
const QUESTION_START = /^ ?(et )?(quoi|comment|quand|combien|pourquoi|quel|quelle|quels|quelles|est ce|c est quoi|what|how|when|why|which|where|who|can|could|do|does|is|are|pouvez|peux|puis)\b/;
/** A message that starts with an unmistakable no (« non merci », "no thanks", « nan c'est bon »). */
const LEADING_NO = /^ (?:(?:finalement|en fait|ah|oh|bon|actually|well|on second thought) )?(non (?:ne |n )?(?:la |le |les )?(?:transmet\w*|envoie\w*|envoyez) pas|(?:no )?don t (?:pass it on|send it|forward it)|non merci|nan merci|no thanks|no thank you|non c est bon|nan c est bon|nan c bon|non ca ira|pas besoin|no need|non pas la peine|nope thanks) /;
/** Words that make the rest of the message a question of its own. */
const ASKS_SOMETHING = /\b(mais|but|quoi|comment|quand|combien|pourquoi|quel|quelle|what|how|when|why|which|where|who|est ce|can you|pouvez vous|peux tu)\b/;

const ORDINALS: readonly [RegExp, number][] = [
  [/\b(1|1er|1ere|1re|premier|premiere|first|1st)\b/, 1],
  [/\b(2|2e|2eme|2nd|deuxieme|second|seconde|two|deux)\b/, 2],
  [/\b(3|3e|3eme|3rd|troisieme|third|three|trois)\b/, 3],
  [/\b(4|4e|4eme|4th|quatrieme|fourth|four|quatre)\b/, 4],
];
const LAST = /\b(dernier|derniere|last)\b/;
const ORDINAL_FILLERS = /\b(le|la|l|the|one|choix|choice|option|numero|number|no|n|question|celle|celui|ci|la|that|this|du|de|haut|top|bas|bottom|liste|list|svp|stp|please|merci|thanks)\b/g;

/**
 * The position a learner picks among `count` choices: « le premier », "the second one", « 2 »,
 * « la dernière »; undefined when the message is not a pick or the position does not exist.
 */
export function readOrdinal(text: string, count: number): number | undefined {
  const w = words(text);
  if (w.split(" ").filter(Boolean).length > 5) return undefined;
  let picked: number | undefined;
  if (LAST.test(w)) picked = count;
  else for (const [pattern, position] of ORDINALS) if (pattern.test(w)) picked = picked ?? position;
  if (picked === undefined) return undefined;
  const rest = w.replace(LAST, " ").replace(ORDINAL_FILLERS, " ").replace(/\b(1|1er|1ere|1re|premier|premiere|first|1st|un|une|2|2e|2eme|2nd|deuxieme|second|seconde|two|deux|3|3e|3eme|3rd|troisieme|third|three|trois|4|4e|4eme|4th|quatrieme|fourth|four|quatre)\b/g, " ");
  if (rest.trim() !== "") return undefined;
  return picked <= count ? picked : undefined;
}

/**
 * A semester named in words: a term, the next / current semester, or (at the assistant's own
 * question) the position of one of the semesters it offered (« le premier », "the second one").
 */
export type SemesterWords = { term: "S1" | "S2" } | { relative: "next" | "current" } | { position: number };

const S1_WORDS =
  /\b((the )?(autumn|fall) (one|term)|the autumn|s ?1|semestre ?1|semester ?1|1er semestre|premier semestre|1ere? semestre|first semester|first semestre|1st semester|1st semestre|fall semester|autumn semester|semestre d automne|a la rentree|rentree|en septembre|en octobre|en novembre|en automne|(de|d|des|from) (septembre|october|octobre|september|l automne|automne)|in september|in october|in the fall|in autumn|this fall|this autumn|next fall|next autumn|this coming (fall|autumn)|cet automne|l automne prochain|automne prochain)\b/;
const S2_WORDS =
  /\b((the )?spring (one|term)|the spring|celui du printemps|celui de printemps|s ?2|semestre ?2|semester ?2|2e semestre|2eme semestre|deuxieme semestre|second semestre|seconde semestre|2nd semester|2nd semestre|second semester|spring semester|semestre de printemps|en fevrier|en mars|en avril|au printemps|(de|d|des|from) (fevrier|mars|february|march|printemps)|in february|in march|in april|in the spring|in spring|this spring|next spring|ce printemps|au printemps prochain|printemps prochain)\b/;
/** At the assistant's own semester question, a digit names the term: « le 2 », "1". */
const S1_AT_PROMPT = /^ (le |la |the )?(1|1er|1st)( semestre| semester)? $/;
const S2_AT_PROMPT = /^ (le |la |the )?(2|2e|2eme|2nd)( semestre| semester)? $/;
const NEXT_WORDS = /\b(prochain semestre|semestre prochain|le prochain|au prochain|semestre suivant|next semester|next semestre|the next one|next one|coming semester|following semester|le suivant)\b/;
const CURRENT_WORDS = /\b(ce semestre|semestre actuel|semestre en cours|this semester|current semester|cette annee)\b/;

/**
 * A semester in the learner's words. `atPrompt`: the message answers the assistant's own question
 * "which semester?", where « le 2 » or "the first one" name a term.
 */
export function readSemesterWords(text: string, options: { atPrompt?: boolean } = {}): SemesterWords | undefined {
  const w = words(text).replace(/\s+/g, " ");
  if (options.atPrompt) {
    const bare = ` ${w.replace(FILLERS_AROUND_TERM, " ").replace(/\s+/g, " ").trim()} `;
    if (S1_AT_PROMPT.test(bare)) return { term: "S1" };
    if (S2_AT_PROMPT.test(bare)) return { term: "S2" };
    // « le premier », "the second one": the semester at that place among those offered.
    if (!/\b(semestre|semester)\b/.test(bare)) {
      const position = readOrdinal(text, 2);
      if (position !== undefined) return { position };
    }
  }
  const s1 = S1_WORDS.test(w);
  const s2 = S2_WORDS.test(w);
  if (s1 !== s2) return { term: s1 ? "S1" : "S2" };
  if (NEXT_WORDS.test(w)) return { relative: "next" };
  if (CURRENT_WORDS.test(w)) return { relative: "current" };
  return undefined;
}

/** Words that may come around a semester said alone: « et au second semestre ? », "what about S1 then", « plutôt en février svp ». */
const FOLLOW_UP_FILLERS = /\b(et|and|what|how|about|then|alors|si|sinon|otherwise|ou|or|le|la|l|the|au|a|en|pour|for|in|plutot|rather|merci|thanks|svp|stp|please|ok|euh|bah|ben|instead|celui|celle|one|that|prochaine|prochain|next|coming|upcoming|qui vient)\b/g;
/** Around a term said by its month or season: « le semestre de septembre », "the semester starting in February". */
const TERM_FILLERS = /\b(semestre|semester|term|de|du|d|of|starting)\b/g;
/** The next academic year: « l'an prochain », « l'année prochaine », "next year" (its first semester, at the assistant's question). */
const NEXT_YEAR_WORDS = /\b(l an prochain|l annee prochaine|l annee suivante|an prochain|annee prochaine|next year|next academic year)\b/;
/** Whether a message says the next academic year: « l'an prochain », « l'année prochaine », "next year". */
export function saysNextYear(text: string): boolean {
  return NEXT_YEAR_WORDS.test(words(text));
}
const SEMESTER_ONLY = [S1_WORDS, S2_WORDS, NEXT_WORDS, CURRENT_WORDS, NEXT_YEAR_WORDS].map((pattern) => new RegExp(pattern.source, "g"));

/**
 * Whether the whole message is a semester and nothing else (« au second semestre », "S1 please",
 * « et en février ? », « le 2 »): a follow-up to an answer given for another semester, never a new
 * question that happens to name one (« quand commence le S2 ? »).
 */
export function isSemesterOnly(text: string): boolean {
  const w = words(text);
  let rest = w;
  for (const pattern of SEMESTER_ONLY) rest = rest.replace(pattern, " ");
  const bare = ` ${rest.replace(FOLLOW_UP_FILLERS, " ").replace(TERM_FILLERS, " ").replace(/\s+/g, " ").trim()} `;
  if (bare.trim() === "") return rest !== w;
  const ordinal = ` ${w.replace(FOLLOW_UP_FILLERS, " ").replace(/\s+/g, " ").trim()} `;
  return S1_AT_PROMPT.test(ordinal) || S2_AT_PROMPT.test(ordinal) || /^ (premier|first|second|deuxieme|derniere?|last)( one)? $/.test(ordinal);
}

const FILLERS_AROUND_TERM = /\b(au|a|en|pour|for|in|plutot|rather|merci|thanks|svp|stp|please|ok|euh|bah|ben)\b/g;

/** Words around a grade given as an answer: « j'ai eu 11 », "I got 9.5", « ma note c'est 12 sur 20 ». */
const GRADE_FILLERS =
  /\b(et si|and if|what if|si|if|et avec|and with|avec|with|et|and|j ai eu|j ai|jai eu|jai|ai eu|eu|j obtiens|je fais|j aurais|i get|i got|i have|i ve got|got|get|i had|had|i d get|ma note|my grade|my mark|note|grade|mark|c est|c etait|est|etait|is|was|it s|de|of|environ|about|around|seulement|juste|only|just|a peine|barely|pile|exactly|exactement|sur 20|out of 20|over 20|a l examen|at the exam|in the exam|hmm|euh|bah|ben|well)\b/g;

/**
 * A grade given alone as the answer to « dites-moi votre note »: « 11 », « 9,5 », "12/20", « j'ai eu
 * onze ». Undefined when the message says anything else, or the number is no grade out of 20.
 */
export function readGradeAlone(text: string): number | undefined {
  const w = ` ${numberWordsToDigits(foldText(text).replace(/['’]/g, " "))
    .replace(/(\d)\s*\/\s*20\b/g, "$1")
    .replace(/[^a-z0-9.,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
  const match = /^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*$/.exec(w.replace(GRADE_FILLERS, " ").replace(/[.,]\s*$/, ""));
  if (!match) return undefined;
  const grade = Number((match[1] as string).replace(",", "."));
  return grade >= 0 && grade <= 20 ? grade : undefined;
}

/** Words around a number of credits or hours given as an answer: « pour une UE de 4 », "what about 8?". */
const QUANTITY_FILLERS =
  /\b(pour|une|un|ue|unite|unites|unit|units|module|cours|course|de|d|a|an|of|et|and|what|about|for|avec|with|ca|fait|c est|alors|et pour|et si|if|it s|is|svp|stp|please|merci|thanks|le|la|the|euh+|heu+|hmm+|hm|bah|ben|bon|um+|uh+|er+|disons|je dirais|say|let s say|maybe|peut etre|genre|well|so)\b/g;

/**
 * A number of credits or hours given alone as the answer to « donnez-moi un nombre de crédits ou
 * d'heures »: « 4 », « pour une UE de 4 », « 54 h », "8 credits". A bare number is credits up to 12
 * (no unit has a reference of fewer than 22 hours), hours above.
 */
export function readQuantityAlone(text: string): { ects: number } | { hours: number } | undefined {
  const w = ` ${numberWordsToDigits(foldText(text).replace(/['’]/g, " "))
    .replace(/[^a-z0-9.,]+/g, " ")
    // Punctuation that is no decimal mark (« hmm, 4 »).
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
  if (w.trim().split(" ").length > 8) return undefined;
  const match = /^\s*(\d{1,3}(?:[.,]\d)?)\s*(ects|credits?|cr|h|heures?|hours?|hrs?)?\s*$/.exec(w.replace(QUANTITY_FILLERS, " ").replace(/\s+/g, " ").replace(/[.,]\s*$/, ""));
  if (!match) return undefined;
  const value = Number((match[1] as string).replace(",", "."));
  if (!(value > 0)) return undefined;
  const unit = match[2];
  if (unit) return /^(ects|credits?|cr)$/.test(unit) ? { ects: value } : { hours: value };
  return value <= 12 ? { ects: value } : { hours: value };
}

/** « Oui tout », "yeah all of them", « je les ai toutes »: every one of what was asked, unless negated. */
const ALL_OF_THEM = /\b(tout|tous|toutes|all|everything|both|les deux|l ensemble|chacune|each)\b/;
const NOT_ALL = /\b(pas|not|aucun|aucune|none|no)\s+(tout|tous|toutes|all|both|les deux)\b/;

export function saysAllOfThem(text: string): boolean {
  const w = words(text);
  return ALL_OF_THEM.test(w) && !NOT_ALL.test(w);
}
