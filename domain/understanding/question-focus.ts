import { foldText } from "./text-normalizer";

/**
 * Learners often tell their situation before asking: « Je travaille à temps plein dans une banque et
 * je finis à 18h. Je voudrais reprendre des études. Est-ce que les cours du soir commencent assez
 * tard ? ». The question is what to answer; the situation helps only to understand it. A short
 * message is all question.
 */
/**
 * A word that asks (folded words, padded): « quand », « combien », « c'est quoi », "how", "which". A
 * message that only adds to what was said (« c'était le rattrapage », "I never learned C") has none;
 * one that asks something of its own (« combien coûte NFA032 ? ») has one.
 */
export const QUESTION_WORD =
  /\b(quand|comment|combien|pourquoi|quel|quelle|quels|quelles|c est quoi|qu est ce|qui|ou (est|se|sont|a lieu|ont lieu)|when|how|why|what|where|which|who|date|dates)\b/;

export interface FocusedMessage {
  /** The sentence(s) that ask something. */
  question: string;
  /** The rest of the message: the learner's situation. */
  context: string;
  /** The question is the last clause of one long sentence: the sentence whole may still be the better question. */
  clause?: true;
}

/** Messages up to this many words are taken whole. */
const SHORT_MESSAGE_WORDS = 14;

const ASKS =
  /^((par|pour|avec|dans|en|sur|a|de|in|with|for|from|at|on) (quel|quelle|quels|quelles|quoi|ou|où|lequel|laquelle|lesquels|lesquelles|which|what)|est ce|est-ce|es ce|comment|pourquoi|quand|combien|quel|quelle|quels|quelles|que |qu |quoi|ou |où|puis je|puis-je|peut on|peut-on|peux je|je peux|pourrais je|faut il|faut-il|y a t il|y a-t-il|ya t il|existe t il|dois je|ai je|suis je|est il|sont ils|c est quoi|je voudrais savoir|j aimerais savoir|je souhaiterais savoir|pouvez vous|pourriez vous|tu peux|vous pouvez|can|could|how|what|when|where|why|which|who|is|are|do|does|did|will|would|should|may|am i|i d like to know|i would like to know|i want to know|i wonder|tell me|please tell)\b/;
const ASKS_ANYWHERE = /\b(besoin de savoir|besoin de connaitre|veut savoir|voudrait savoir|veulent savoir|veut connaitre|veulent connaitre|voudrait connaitre|voudraient connaitre|aimerait connaitre|j aimerais connaitre|je voudrais connaitre|je souhaite connaitre|needs? to know|wants? to know the|me demande (combien|si|quand|comment)|wants to know|would like to know|asked me|je voudrais savoir|j aimerais savoir|je me demande|je souhaiterais savoir|i d like to know|i would like to know|i want to know|i wonder|i was wondering|could you tell me|pouvez vous me dire|pourriez vous me dire|je voulais savoir|je voulais vous demander|je voulais demander|je souhaitais savoir|je me demandais|i wanted to know|i wanted to ask)\b/;

/** Someone's request told, not asked: "(my boss) asked me to get trained". */
const ASKED_TO = /\basked me to\b/g;

/** A question made only of a pointer back and a word of possibility: « c'est possible ? », "is that allowed?", « ça marche comme ça ? ». */
const POINTS_BACK_ONLY =
  /^(et |and |so |alors |donc |mais |but )?(est ce que |est ce |is |is it |is that |is this |would that be |would it be |can i do |could i do |do you think |tu penses que |vous pensez que )?(c est |ce serait |ca serait |ca |cela |that s |it s |that |this |it )?(even |really |actually |still |vraiment |encore |meme |seulement )?(possible|faisable|jouable|envisageable|autorise|permis|ok|okay|bon|correct|vrai|allowed|possible to do|doable|feasible|permitted|ok to do|fine|right|true|legit|realiste|realistic|accessible|abordable|ouvert|ouverte|open to me|accessible to me|within reach|a ma portee)( ca| cela| pour moi| for me| in my case| dans mon cas)?( ou pas| ou non| or not)?$|^(et |and |mais |but |alors )?(ca passe|ca le fait|ca marche|ca va le faire|that works|would that work|does that work|will that work)( ou pas| ou non| or not)?$|^(et |and |mais |but )?(c est quoi|c koi|qu est ce que c est|ca veut dire quoi|ca consiste en quoi|ca marche comment|comment ca marche|comment ca fonctionne|ca fonctionne comment|comment ca se passe|ca se passe comment|what is (it|that|this)|what s (that|this)|what does (it|that|this) mean|how does (it|that|this) work)( exactement| au juste| concretement| exactly| concretely)?$/;

function sentencesOf(text: string): string[] {
  return text
    // "NFP121 — what level do I need …": a topic set off by a dash at the start is one set off by a colon.
    .replace(LABEL_DASH, "$1: ")
    .split(/(?<=[.!?;:…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A few words at the start set off by a spaced dash: « NFP121 — », "GDN100 exam -". */
const LABEL_DASH = /^(\s*[^\s?.!,;:—–-]+(?:\s+[^\s?.!,;:—–-]+){0,3})\s+[—–-]\s+/;

/** A question that only points back to what was said before it: « c'est possible ? », "is that doable for me?". */
export function pointsBackOnly(question: string): boolean {
  return POINTS_BACK_ONLY.test(foldText(question).replace(/['’]/g, " ").replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim());
}

/** Openings that ask only with a question mark: « Je peux venir deux soirs par semaine. » is said, not asked. */
const STATES_WITHOUT_MARK = /^(je peux|tu peux|vous pouvez|can|could|is|are|do|does|did|will|would|should|may|am i)\b/;

/** Whether a sentence or clause asks something (its mark, or its words of asking). */
export function asks(sentence: string): boolean {
  const folded = foldText(sentence).replace(/['’]/g, " ").replace(/\s+/g, " ").trim();
  if (sentence.includes("?")) return true;
  if (/[.!]$/.test(sentence) && STATES_WITHOUT_MARK.test(folded)) return false;
  return ASKS.test(folded) || ASKS_ANYWHERE.test(folded) || INVERTED_SUBJECT.test(folded);
}
/** A verb and its subject inverted, as a French question is written: « ce cours est-il pour moi », « mon expérience suffit-elle ». */
const INVERTED_SUBJECT = /\b[a-z]{2,}(-t)?-(il|elle|on|ils|elles)\b/;

/**
 * The questions of a message that asks several, each ending with its question mark (« C'est quoi
 * NFA031 ? Et combien ça coûte ? »); a single question when it asks one.
 */
export function questionsOf(text: string): string[] {
  const sentences = withNotionListsJoined(sentencesOf(text)).flatMap(eachTermOfADifference);
  const questions = sentences
    .filter((sentence, i) => {
      // « … c'est possible? et ca fait cb dheures »: on a phone, the last question often goes without its mark.
      // (« … ? et tu aurais une recette de crêpes stp »: a request going on asks too, to be answered or declined.)
      // (« …la différence entre une UA et une US, et aussi si une US rapporte des crédits comme une UE. »: whether, asked indirectly.)
      const goesOnUnmarked = i === sentences.length - 1 && i > 0 && ((GOES_ON.test(fold(sentence)) && (asks(sentence) || ASKS_SHORT.test(fold(sentence)) || REQUESTS.test(fold(sentence)) || WHETHER_GOING_ON.test(fold(sentence)))) || asksShortAfterAMark(sentences[i - 1]!, sentence));
      // « 2 h, 3 h ? » after a question offers answers to it; it asks nothing of its own — but « et 4 ? » asks the same of 4.
      const wordy = /\p{L}{3,}/u.test(sentence) || (GOES_ON.test(fold(sentence)) && /\d/.test(sentence));
      // « RSX101 il faut quoi avant et c'est à distance ? »: a question whose words of asking come after the unit.
      const asksInside = sentence.includes("?") && ASKS_INSIDE.test(fold(sentence).replace(/-/g, " "));
      // « Je voulais savoir ce que c'est une journée bloquée, et aussi si les TD sont obligatoires »: asked indirectly, without a mark.
      // ("… and asked me to get trained.": a request told, not a question asked indirectly; with its mark, "They asked me to choose
      // between NFA031 and NFP101, which is better?", it asks.)
      const indirect = !sentence.includes("?") && ASKS_ANYWHERE.test(fold(sentence).replace(ASKED_TO, " "));
      // « sec101 cest pour qui et ca compte pr la licence »: typed on a phone, a unit's code then its questions, without a mark.
      const unmarkedAlone = sentences.length === 1 && !text.includes("?") && ASKS_TYPED_AFTER_A_CODE.test(fold(sentence).replace(/['’]/g, " "));
      return (sentence.includes("?") || goesOnUnmarked || indirect || unmarkedAlone) && (asks(sentence) || asksInside || goesOnUnmarked || unmarkedAlone || GOES_ON.test(fold(sentence))) && wordy;
    })
    .flatMap(clausesOf);
  if (questions.length < 2) return [text];
  // "GDN100 exam: how long is it and which room?": a topic said before a colon is the topic of each question.
  const label = sentences[0]!;
  if (isALabel(label) && !questions.includes(label)) return questions.map((question) => `${label} ${question}`);
  // « Ce cours est-il pour moi, et faut-il une autorisation ? NFA031 »: a unit said alone after the questions is theirs.
  // (Only when a question points to it, « ce cours », "it": « Comment s'inscrire ? Et c'est quand les cours ? NFP107 » asks its own.)
  const after = TRAILING_UNIT.exec(text)?.[1];
  return after && questions.some((question) => POINTS_TO_A_UNIT.test(` ${fold(question)} `)) ? questions.map((question) => `${after} : ${question}`) : questions;
}

/**
 * « rcp101 cest le soir ? faut quel niveau », "is nsy103 online? what level do i need": typed on a phone, a second question goes
 * without its mark and without « et » (only the level was answered). Only a few words with a word of asking, right after a
 * question mark, last and without a full stop: « … ? je travaille le soir », « … ? merci » ask nothing.
 */
function asksShortAfterAMark(before: string, sentence: string): boolean {
  // (« NFA031 ? c'est quand »: a code alone before the mark is the topic of the one question, not a question of its own.)
  return before.endsWith("?") && countWordsOf(before.replace(/\?/g, " ")) >= 2 && !/[.!…]$/.test(sentence) && countWordsOf(sentence) <= MAX_UNMARKED_WORDS && ASKS_SHORT.test(fold(sentence)) && !EXCLAIMS.test(fold(sentence));
}
const MAX_UNMARKED_WORDS = 6;
/** An exclamation, not a question: "what a shame", "what a question lol", « quel dommage », « quelle galère », « mdr ». */
const EXCLAIMS = /^(what a|what an|quel dommage|quelle (galere|horreur|honte|chance|question|angoisse)|quel (stress|bonheur|plaisir))\b|\b(lol|mdr|ptdr|haha|hahaha)\b/;
function countWordsOf(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}

/**
 * A topic before a colon, a few words: "GDN100 exam:", « Pour RSX103 : » — not what the learner did (« J'ai pris ces UE : … »),
 * nor how a time was ("Last semester was chaos: …", « Le semestre a été dur : … »: a story's opening, no topic of each question).
 */
function isALabel(sentence: string): boolean {
  return LABEL.test(sentence) && sentence.split(/\s+/).length <= MAX_LABEL_WORDS && !SAID_OF_ONESELF.test(sentence) && (!WAS_SAID.test(fold(sentence)) || A_CODE.test(sentence));
}
/** A unit's code: "UTC503 was my favourite:" is still the topic of the questions after it. */
const A_CODE = /\b[a-z]{3} ?\d{3}\b/i;
/** A verb of what a time was: "was", "has been", « était », « a été ». */
const WAS_SAID = /\b(was|were|has been|have been|had been|etait|etaient|a ete|ont ete)\b/;
const LABEL = /^[^?.!;:]{2,40}:$/;
/** A unit pointed to: « ce cours », « cette UE », "this unit", "it". */
const POINTS_TO_A_UNIT = / (ce cours|cette ue|cette unite|ce module|this (unit|course|module)|it|elle) /;
/** A unit's code said alone after a message's last question mark. */
const TRAILING_UNIT = /\?\s*(?:(?:pour|for|de|about)\s+)?([A-Za-z]{3}\s?\d{3}[A-Za-z]?)\s*[.!]?\s*$/;
const MAX_LABEL_WORDS = 5;
const SAID_OF_ONESELF = /^\s*(j['’ ]|je |jai |i |i['’]|my |mon |ma |mes )/i;

/** A message's words folded, apostrophes and punctuation as spaces, single spaces, padded: what word patterns read (« c'est où ? » is " c est ou "). */
export function plainWords(text: string): string {
  return ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `;
}

/** A sentence's words as the readings here take them: folded, apostrophes as spaces, single spaces. */
export function fold(sentence: string): string {
  return foldText(sentence).replace(/['’]/g, " ").replace(/\s+/g, " ").trim();
}

/** A sentence that goes on from the one before: « et … », "and …". */
const GOES_ON = /^(et|and|what about|how about|sinon|otherwise|else|ou sinon|or else)\b/;
/** Whether, asked going on from a question: « et aussi si une US rapporte des crédits », "and also whether it counts" (not « et si possible … »). */
const WHETHER_GOING_ON = /^(et|and) (aussi |also )?(si|s il|whether|if)\b(?! (possible|possibles|besoin|necessaire|needed))/;

/** Whether a question goes on from the one before by asking whether: « et aussi si une UA rapporte des crédits », "And whether I can enrol". */
export function asksWhetherGoingOn(question: string): boolean {
  return WHETHER_GOING_ON.test(fold(question).trim());
}
/** A request going on from a question: « et tu aurais … », "and do you know …". */
const REQUESTS = /^(et|and) (tu aurais|vous auriez|tu as|vous avez|t as|tu connais|vous connaissez|tu sais|vous savez|do you have|do you know|would you have|have you got|got any|can you|could you)\b/;
/** Question words as typed on a phone: « cb », « koi ». */
const ASKS_SHORT = /\b(cb|cmb|combien|koi|quoi|quand|kan|comment|quel|quelle|quels|quelles|pourquoi|how|what|when|which|where|why)\b/;

/**
 * « C'est quoi la différence entre une UA et une US ? », "what's the difference between a UE and a US?":
 * what each one is, asked one after the other (the content says what each is; a difference is both).
 */
function eachTermOfADifference(sentence: string): string[] {
  // « UE, UA, US... vous pouvez m'expliquer les trois ? », "UE vs UA vs US, what are they?": what each notion is.
  // (« Une UE, une UA et une US, concrètement ça change quoi pour moi ? »: listed with their articles, what each changes is what each is.)
  const notions = NOTIONS_LISTED.exec(sentence) ?? (WHAT_IT_CHANGES.test(sentence) ? ARTICLED_NOTIONS_LISTED.exec(sentence) : null);
  if (notions && (EXPLAIN.test(sentence) || WHAT_IT_CHANGES.test(sentence) || saysNotUnderstood(sentence, notions[0]))) {
    const named = notions[0].split(/\s*(?:,|\/|\bet\b|\band\b|\bvs\b|\.{2,}|…)\s*|\s+/i).map((notion) => notion.trim()).filter((notion) => NOTION.test(notion));
    return named.map((notion) => (ENGLISH_ASK.test(sentence) ? `What is a ${notion}?` : `C'est quoi ${notion} ?`));
  }
  // « C'est quoi une UA et une US ? », "what are a UE and a US?": what each one is.
  const both = WHAT_ARE_BOTH.exec(sentence);
  const [first, second] = [both?.groups?.a?.trim(), both?.groups?.b?.trim()];
  if (first && second && ARTICLED_TERM.test(first) && ARTICLED_TERM.test(second)) return both?.groups?.en ? [`What is ${first}?`, `What is ${second}?`] : [`C'est quoi ${first} ?`, `C'est quoi ${second} ?`];
  // "Could you explain simply how units and credits work, and how many hours …?", « comment ça marche les UE et les crédits ? »: how
  // each works, one after the other (it was one question no page answered), as the pages on each are asked (« Explique-moi les UE »).
  const howBoth = HOW_BOTH_WORK.exec(sentence);
  if (howBoth?.groups) {
    const { a, b, fa, fb } = howBoth.groups;
    const eachWorks = a && b ? [`How do ${a} work?`, `How do ${b} work?`] : [`Explique-moi ${fa} ?`, `Explique-moi ${fb} ?`];
    if (!/[,;]$/.test(howBoth[0])) return eachWorks;
    const after = sentence.slice(howBoth.index + howBoth[0].length).trim();
    return GOES_ON.test(fold(after)) && after.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= MIN_CLAUSE_WORDS ? [...eachWorks, after] : [sentence];
  }
  const found = DIFFERENCE.exec(sentence);
  const a = found?.groups?.a?.trim();
  const b = found?.groups?.b?.trim();
  if (!a || !b || a.split(/\s+/).length > MAX_TERM_WORDS || b.split(/\s+/).length > MAX_TERM_WORDS) return [sentence];
  // « c quoi la diff entre ue ua et us »: notions listed without commas before the last are each a term.
  const terms = [...(NOTIONS_RUN.test(a) ? a.split(/[\s,/]+/).filter(Boolean) : [a]), b];
  const each = terms.map((term) => (found?.groups?.between ? `What is ${term}?` : `C'est quoi ${term} ?`));
  // « c koi la diff entre une UE et une UA, et les crédits ça marche comment ? »: what follows the second term asks too.
  const rest = sentence.slice((found?.index ?? 0) + (found?.[0].length ?? 0)).replace(/^[\s,;]+/, "").trim();
  if (!/[,;]$/.test(found?.[0] ?? "")) return each;
  // Only a question going on (« et … », a question word first); « …, on dirait les mêmes ? » remarks on the two: the sentence stays whole.
  const goesOnAsking = (GOES_ON.test(fold(rest)) || QUESTION_WORD.test(` ${fold(rest).split(" ").slice(0, 2).join(" ")} `)) && rest.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= MIN_CLAUSE_WORDS;
  return goesOnAsking ? [...each, rest] : [sentence];
}
/** « UE, UA, US... vous pouvez m'expliquer les trois ? »: a list of notions alone is the subject of the sentence after it. */
function withNotionListsJoined(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const last = joined.at(-1);
    if (last !== undefined && NOTIONS_ALONE.test(last)) joined[joined.length - 1] = `${last} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/** Two or three of the notions learners ask about, listed at the start of a sentence: « UE, UA, US… ». */
const NOTIONS_LISTED = /^\s*(?:UE|UA|US|ECTS|FOAD|HTT|TO)(?:(?:\s*(?:,|\/|\bet\b|\band\b|\bvs\b)\s*|\s+)(?:UE|UA|US|ECTS|FOAD|HTT|TO)){1,3}\b/i;
/** A notion's own name, without the article said before it. */
const NOTION = /^(?:UE|UA|US|ECTS|FOAD|HTT|TO)$/i;
/** Units' kinds listed each with its article: « Une UE, une UA et une US », "a UE, a UA and a US". */
const ARTICLED_NOTIONS_LISTED = /^\s*(?:une?|a|an)\s+(?:UE|UA|US)(?:\s*(?:,|\bet\b|\band\b)\s*(?:une?|a|an)\s+(?:UE|UA|US)){1,2}\b/i;
/** What they change for one, and nothing more, asked of them: « ça change quoi (pour moi) ? », "what difference does it make?". */
const WHAT_IT_CHANGES = /(?:(?<![a-z])(?:[cç]a change quoi|qu['’ ]est[- ]ce que [cç]a change)|\b(?:what(?:['’]s| is) the difference|what difference does (?:it|that) make|how (?:are|do) they differ))(?:\s+(?:pour (?:moi|nous)|for (?:me|us)|concr[eè]tement|in practice))?\s*[?!.]*\s*$/i;
/** Notions side by side with no word between (« ue ua »). */
const NOTIONS_RUN = /^(?:UE|UA|US|ECTS|FOAD|HTT|TO)(?:[\s,/]+(?:UE|UA|US|ECTS|FOAD|HTT|TO))+$/i;
const NOTIONS_ALONE = new RegExp(`${NOTIONS_LISTED.source}[\\s.…:]*$`, "i");
/** Asking for what they are. */
const EXPLAIN = /\b(expliqu\w*|c['’ ]?est quoi|c quoi|c koi|ckoi|difference|différence|explain|what (?:are|is)|veut dire|signifi\w*|mean|sigles?|acronym\w*)/i;
/**
 * « ue ua us jcomprend rien a vos sigles », "UE UA US, I don't get it": not understanding them asks the same — when that is all the
 * sentence says (« UE UA : je comprends pas, mon UA demande combien d'années ? » asks its own question).
 */
const NOT_UNDERSTOOD = /(?:comprends?|pige)\s+(?:rien|pas)|\b(?:don['’ ]?t|do not) (?:get|understand)\b/i;
const AROUND_NOT_UNDERSTOOD = /\b(je|j|i|a|à|vos|your|these|ces|les|the|rien|pas|it|them|du|tout|at|all|nothing|anything|trop|really|vraiment|bien|well)\b/gi;
const MAX_WORDS_NOT_UNDERSTOOD = 3;
function saysNotUnderstood(sentence: string, notions: string): boolean {
  if (!NOT_UNDERSTOOD.test(sentence)) return false;
  const rest = sentence.replace(notions, " ").replace(NOT_UNDERSTOOD, " ").replace(AROUND_NOT_UNDERSTOOD, " ").replace(/[^\p{L}\s]+/gu, " ");
  return rest.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length <= MAX_WORDS_NOT_UNDERSTOOD;
}
const ENGLISH_ASK = /\b(explain|what|mean|don['’ ]?t|understand)\b/i;
const DIFFERENCE = /\b(?:diff[ée]rences?|diff|distinction)\s+(?:(?<between>between)|entre)\s+(?<a>.+?)\s+(?:et|and)\s+(?<b>[^?.!,;]+?)\s*(?:[?.!,;]|$)/i;
/** « c'est quoi X et Y ? » with nothing after Y but its mark. */
const WHAT_IS_BOTH_SOURCE = String.raw`^\s*(?:(?:c['’ ]?est quoi|qu['’ ]?est[- ]ce que?(?: c['’ ]?est)?|c koi|ckoi|c quoi|cquoi)|(?<en>what(?:['’]s| is| are)))\s+(?<a>[^?.!,;]+?)\s+(?:et|and)\s+(?<b>[^?.!,;]+?)\s*(?:[?.!]|$)`;
const WHAT_ARE_BOTH = new RegExp(WHAT_IS_BOTH_SOURCE, "i");
/** Units and credits as learners name them, with their article. */
const UNITS_OR_CREDITS = String.raw`(?:the\s+|les\s+|des\s+)?(?:units?|UEs?|unit[ée]s?(?:\s+d['’]enseignement)?|credits?|cr[ée]dits?(?:\s+ECTS)?|ECTS(?:\s+credits)?)`;
/** How two of them work: "how units and credits work", « comment ça marche les UE et les crédits », « comment fonctionnent les UE et les ECTS ». */
const HOW_BOTH_WORK = new RegExp(
  String.raw`\bhow\s+(?:do\s+)?(?<a>${UNITS_OR_CREDITS})\s+and\s+(?<b>${UNITS_OR_CREDITS})\s+(?:work|function)\s*(?:[?.!,;]|$)|\bcomment\s+(?:(?:ça|ca)\s+)?(?:marche(?:nt)?|fonctionne(?:nt)?)\s+(?<fa>${UNITS_OR_CREDITS})\s+et\s+(?<fb>${UNITS_OR_CREDITS})\s*(?:[?.!,;]|$)`,
  "iu",
);
/** A term asked about: an article and one or two words (« une UA », "a US", « les UE »). */
const ARTICLED_TERM = /^(?:une?|la|le|l['’]|les|des|a|an|the)\s*\S+(?:\s\S+)?$/i;
/** A term compared is a few words (« une UA », "a specific unit"), not a clause. */
const MAX_TERM_WORDS = 4;

/**
 * Where a sentence goes on with another question: « C'est quoi une UE, c'est quoi une US, et je peux choisir ? »,
 * « Une UA c'est quoi, et une US c'est la même chose ? », « …, et mon expérience suffit-elle pour l'UA ? »,
 * « …, et mes années de support peuvent compter pour l'unité d'expérience ? » (what is one's own, said to count).
 */
const NEXT_QUESTION =
  /,\s*(?=(?:et|and)\s+(?:une?|la|le|les|l['’]|a|an|the)\s*\S+(?:\s\S+)?\s+(?:c['’]est|ça|ca|is|are|ont lieu|sont|se font|se passent|se déroulent|commencent|finissent|take place|start|end)\b|(?:et|and)\s+(?:elle|il|ça|ca|c['’]est|it)\s+(?:est|compte|fait partie|peut|pourrait|is|counts?|can|could)\b|(?:and|also|plus)\s+(?:are|is|do|does|can|will|could|would|should|did|have|has)\s+(?:the|my|your|these|those|they|we|i|it|that|this|there|classes|courses|units|exams|a|an|any|some)\b|(?:and|et)\s+(?:whether|if any|si certaines?|si l une|si un|si une)\b|(?:and|et|mais|but)\s+(?:if|si|s['’]il|s['’]ils|what if|in case|en cas d['’e])\b|(?:et|and)\s+(?:aussi|also|puis|then)\s+(?:si|if|whether|s['’]il|s['’]ils|combien|comment|quand|où|ou|pourquoi|quels?|quelles?|ce que|what|how|when|where|why|which)\b|(?:(?:et|and|mais|but|puis)\s+)?(?:c'est quoi|c’est quoi|qu'est-ce|qu’est-ce|est-ce|est ce que|est ce qu|comment|quand|combien|quel|quelle|quels|quelles|pourquoi|où|je peux|puis-je|peut-on|on peut|faut-il|il faut|faut|dois-je|je dois|how|what|when|where|why|which|who|can i|do i|does it|do they|is it|are they|is there|are there|do you|should i|must i|is the|are the|does the|do the|can you|could you|would you|will the)\b)|\s+(?=(?:et|and)\s+(?:les?|la|l['’])\s*\S+(?:\s\S+)?\s+(?:c['’]est|ont lieu|sont|is|are)\s+(?:quand|où|combien|comment|when|where)\b)|\s+(?=(?:et|and)\s+(?:whether|c'est quoi|c’est quoi|qu'est-ce|qu’est-ce|est-ce que|est-ce qu['’]|comment|quand|combien|quel|quelle|quels|quelles|pourquoi|où|il faut|faut-il|faut|dois-je|c['’]est (?:le|la|les|en|quand|combien|possible|obligatoire|payant|gratuit|plutôt|plutot|forcément|forcement|obligatoirement|seulement|uniquement|toujours)|ça (?:coûte|prend|dure|fait|représente|compte)|ca (?:coute|prend|dure|fait|represente|compte)|je peux|puis-je|on peut|peut-on|il y a|y a-t-il|how|what|when|where|why|which|is it|is there|are there|does it|do i|do you|can i|should i|must i)\b)|\s+(?=(?:et|and)\s+(?:c['’]est à|c['’]est où|où)\s)|\s+(?=(?:and|also)\s+(?:do|does|are|is|can|will)\s+(?:the\s+)?(?:classes|courses|lessons|lectures|units|exams?|tds?|eds?|cms?|tutorials?|practicals?|labs?)\b)|,\s*(?=(?:et|mais|puis)\s+(?:[^\s,?]+\s+){0,4}[a-zà-ÿ]{2,}(?:-t)?-(?:il|elle|on|ils|elles)\b)|,\s*(?=(?:et|and)\s+(?:mes|mon|ma|my)\s+(?:[^\s,?]+\s+){0,4}(?:peuvent|peut|pourraient|pourrait|can|could|would|will)\s+(?:compter|servir|valider|count|be counted|cover)\b)/i;
/**
 * Words that turn to another matter: « MUX101 ça demande quoi comme niveau, par contre elle est dans quel groupe ? »,
 * "how many hours is a 2 ECTS unit, and btw are TDs held on saturdays too?".
 */
const TOPIC_SHIFT = String.raw`(?:btw|by the way|au fait|par contre|en revanche|d ailleurs|autre question|other question|another question)`;
/** Openings of a question as typed on a phone, in folded words: « cest quoi », « ca fait combien », « ya t il », « jpeux ». */
const TYPED_FORMS = String.raw`(?:c ?est quoi|ca (?:(?:fait|prend|dure|represente)(?: \w+)?(?: \w+)? (?:combien|cb|quoi|quel|quelle|quels|quelles)|coute|(?:compte|rentre|entre) (?:pour|pr|dans|ds)|se passe (?:comment|quand|ou|quel|quels|quelle|quelles)|marche comment)|y ?a t ?il|y ?a (?:des|un|une|du|quoi)|il y a (?:des|un|une|du)|koi|cb|cmb|jpeux|faut il|peut on|puis je|qui (?:enseigne|est le|est la|sont les|fait|donne|assure|s occupe|corrige))\b`;
/** Any opening of a question another one may follow with: the typed ones and the question words. */
const TYPED_OPENS = String.raw`(?:${TYPED_FORMS}|(?:est ce|combien|comment|quand|quel|quelle|quels|quelles|pourquoi|ou (?:se|a lieu|ont lieu|sont|passer)|is there|are there|how|what|when|where|which|why)\b)`;
/**
 * Where a sentence goes on with another question as typed on a phone, read in the folded text (no accents,
 * apostrophes or hyphens): « …NFA031, ca fait combien d'heures et y a t il des cours le samedi ? »,
 * « …, cest quoi une UA », « … et ya des cours le samedi ? »; or turns to another matter (« par contre », "btw").
 */
const TYPED_NEXT_QUESTION = new RegExp(
  String.raw`,\s*(?=(?:(?:et|and|aussi|also|mais|but|puis|\+)\s+)?${TYPED_OPENS})|\s+(?=(?:et|and|puis|\+)\s+${TYPED_OPENS})|,?\s+(?=(?:(?:et|and|mais|but)\s+)?${TOPIC_SHIFT}\s)|,\s*(?=(?:(?:et|and)\s+)?(?:also|aussi),?\s)|,\s*(?=(?:et|and)\s+(?:l|le|la|les|the|mon|ma|mes|my)\s+[^,?]{1,30},\s*(?:je|j|on|est ce|can i|could i|do i|is it|c est|ca)\s)|\s+(?=(?:et|and)\s+(?:les|le|la|l|the)\s+[a-z]+\s+(?:c\s?est|ca|sont|ont lieu|se font|are|is)\s+(?:le|la|les|quand|ou|a|en|when|where|on|in|at)\b)`,
  "gi",
);
/** « ça demande quoi comme niveau », « il faut quoi »: « quoi » after what a unit needs, or « quoi comme », asks. */
const ASKS_WHAT = /\b((demande|demandent|faut|faudrait|exige|exigent|necessite|veut dire|veulent dire|signifie) (il )?(quoi|koi)|(quoi|koi) comme)\b/;
/** A unit's code, then a question typed on a phone: « nfa018 cb de credits », « NSY103 koi ». */
const ASKS_TYPED_AFTER_A_CODE = /^[a-z]{3} ?\d{3}[a-z]? (cb|cmb|combien|koi|quoi|quel|quelle|quels|quelles|kel|kelle|(c ?est|c|ca|elle est) (pour qui|quand|ou|combien|koi|quoi))\b/;
/** A part that opens as a question typed on a phone does: « ca compte pour la licence », « y a des cours le samedi ». */
const TYPED_OPENING = new RegExp(String.raw`^(?:(?:et|and|aussi|also|mais|but|puis|\+)\s+)?${TYPED_FORMS}`);

/** Each place a sentence goes on with another question, as written out. */
const EVERY_NEXT_QUESTION = new RegExp(NEXT_QUESTION.source, "gi");

/** The parts of a sentence cut where it goes on with another question, as written out or as typed on a phone. */
function nextQuestionsOf(sentence: string): string[] {
  const written = [...sentence.matchAll(EVERY_NEXT_QUESTION)].map((match) => ({ at: match.index, next: match.index + match[0].length, typed: false }));
  const typed = [...foldInPlace(sentence).matchAll(TYPED_NEXT_QUESTION)].map((match) => ({ at: match.index, next: match.index + match[0].length, typed: true }));
  const parts: string[] = [];
  let from = 0;
  for (const { at, next, typed: asTyped } of [...written, ...typed].sort((a, b) => a.at - b.at || Number(a.typed) - Number(b.typed))) {
    if (at < from) continue;
    // « Je suis maman solo, je peux venir que en journée quand les enfants sont à l'école, y a des cours en journée ? »:
    // a question typed after words that only tell the situation is the one question of the sentence.
    if (asTyped && !asksByItsWords(sentence.slice(from, at))) continue;
    parts.push(sentence.slice(from, at));
    from = next;
  }
  parts.push(sentence.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Words of a part that ask, in one of its clauses (« est ce que NFA032 demande … », « ca fait combien d'heures »), a limit said aside. */
function asksByItsWords(part: string): boolean {
  return part.split(",").some((clause) => {
    const folded = fold(clause).replace(/-/g, " ");
    return !SAYS_A_LIMIT.test(folded) && (ASKS.test(folded) || ASKS_IN_A_ROW.test(folded) || ASKS_ANYWHERE.test(folded) || TYPED_OPENING.test(folded) || ASKS_WHAT.test(folded) || ASKS_TYPED_AFTER_A_CODE.test(folded));
  });
}

/**
 * The text folded letter by letter, each character kept at its place (« Ça fait où ? » → « ca fait ou ? »;
 * apostrophes and hyphens as spaces): a pattern written once in folded words finds « y a-t-il », « ya t il »
 * and « y a t il » alike, and its match cuts the text as typed at the same offsets.
 */
function foldInPlace(text: string): string {
  let folded = "";
  for (const character of text) {
    const bare = character.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
    const kept = bare.length === character.length ? bare : character;
    folded += /['’‘`´ʼ\-‐‑‒–—―−]/.test(kept) ? " ".repeat(kept.length) : kept;
  }
  return folded;
}

/** Words that ask in any clause, not conjunctions (« quand » may be one): « ça demande quel niveau, ça fait combien d'heures, … ». */
const ASKS_IN_A_ROW = /\b(combien|quel niveau|quels prerequis|faut (il )?quoi|quoi avant|how (many|much|long))\b/;
/** A clause that asks with its question word inside: « si j'ai 12, ça me donne combien de crédits ». */
const ASKS_INSIDE = new RegExp(String.raw`${ASKS_IN_A_ROW.source}|\b(quand|pourquoi|(de|c est|en|sur) quoi|c est (quel|quelle|quels|quelles|qui)|(est|c est|serait) (faisable|jouable|possible|realisable)|when|why)\b`);
/** A clause that says what the learner cannot do: « je (ne) peux pas le samedi », "I can't do Saturdays". */
const SAYS_A_LIMIT = /^(?:mais |but |bon |alors )?(?:je ne peux|je peux pas|j peux pas|jpeux pas|je pourrai pas|je ne pourrai|je suis pas dispo|je ne suis pas dispo|i can t|i cannot|i can not|i won t be able|je peux (?:\w+ )?(?:que|qu)|jpeux (?:\w+ )?(?:que|qu)|je suis (?:dispo|disponible|libre) (?:que|qu)|i can only|i m only (?:free|available))\b/;
/** An indirect question going on: « …, et aussi si les TD sont obligatoires », "and also whether…". */
const INDIRECT_GOES_ON = /^(et|and) ((aussi |also |puis |then )(si|if|whether|s il|s ils|combien|comment|quand|pourquoi|quels?|quelles?|ce que|what|how|when|where|why|which)|whether)\b/;
/** A clause this short (« et comment ? ») goes with the question before it. */
const MIN_CLAUSE_WORDS = 3;

/**
 * The questions of one sentence: each clause that asks, with what comes before it that does not
 * (« Pour la licence, c'est quoi l'UA, et combien d'ECTS ? » → « Pour la licence, c'est quoi l'UA »,
 * « et combien d'ECTS ? »). One sentence asking one thing stays whole.
 */
function clausesOf(sentence: string): string[] {
  const inARow = questionsInARow(sentence);
  if (inARow) return inARow;
  const another = anotherOfTheSame(sentence);
  if (another) return another;
  const parts = nextQuestionsOf(sentence);
  if (parts.length < 2) return [sentence];
  const clauses: string[] = [];
  let pending = "";
  for (const [i, part] of parts.entries()) {
    const clause = pending ? `${pending}, ${part}` : part;
    const folded = foldText(part).replace(/['’]/g, " ");
    // « je peux pas le samedi, je peux m'inscrire à GDN100 ? »: what the learner cannot do is said, not asked.
    const saysALimit = (!part.includes("?") && SAYS_A_LIMIT.test(folded)) || (!part.includes("?") && WHEN_DONE.test(folded));
    // « NSY104 fait partie de la licence, et faut-il NFA004 avant ? »: a unit said in a diploma, before a question, asks it too.
    const unitInADiploma = i < parts.length - 1 && UNIT_IN_A_DIPLOMA.test(folded) && !saysALimit && part.split(/[\s'’]+/).length >= MIN_CLAUSE_WORDS;
    // (Asked, it is a yes or no: « Oui : NSY104 compte dans … ».)
    if (unitInADiploma && !pending && !asks(part)) {
      clauses.push(`${part} ?`);
      continue;
    }
    if ((asks(part) || ASKS_INSIDE.test(folded) || INDIRECT_GOES_ON.test(folded) || TYPED_OPENING.test(fold(part).replace(/-/g, " ")) || ASKS_WHAT.test(folded) || ASKS_TYPED_AFTER_A_CODE.test(folded)) && !saysALimit && part.split(/[\s'’]+/).length >= MIN_CLAUSE_WORDS) {
      clauses.push(clause);
      pending = "";
    } else pending = clause;
  }
  if (pending) clauses.push(clauses.length ? `${clauses.pop()}, ${pending}` : pending);
  return clauses.length >= 2 ? clauses : [sentence];
}

/**
 * « Y a-t-il une UE d'anglais qui me corresponde, et une de gestion de projet informatique ? », "is there an English unit for me,
 * and one on project management?": a second unit looked for, said by « une de … » after the first; each is its own search, the
 * second with the words of the first (its subject was left unanswered).
 */
function anotherOfTheSame(sentence: string): string[] | undefined {
  const folded = foldInPlace(sentence);
  const match = ANOTHER_OF_THE_SAME.exec(folded);
  // (Looked for, not told: "I passed a unit on networks and one on security, what should I take next?" is one question.)
  if (!match || !LOOKS_FOR_UNITS.test(folded.slice(0, match.index))) return undefined;
  const [whole, article, adjective, unit, rest] = match as unknown as [string, string, string | undefined, string, string];
  const first = sentence.slice(0, match.index + article.length + (adjective?.length ?? 0) + unit.length + rest.length + 1).trim();
  // (The unit's word as written, without what the first one was said to be: "an English unit" → "a unit on project management".)
  const at = match.index + article.length + 1 + (adjective?.length ?? 0);
  const looked = `${sentence.slice(match.index, match.index + article.length)} ${sentence.slice(at, at + unit.length)}`.replace(/^an /i, "a ");
  return [first, `${sentence.slice(0, match.index)}${looked} ${sentence.slice(match.index + whole.length).trim()}`];
}
/** Units looked for, before the unit's word: « y a-t-il », « vous avez », « je cherche », "is there", "do you have", "any". */
const LOOKS_FOR_UNITS = /\b(y a|ya|il y a|y a t il|ya t il|existe|existent|avez|proposez|cherche|cherchais|recherche|is there|are there|do you have|have you got|any|looking for|conseillez|recommandez|recommend|suggest)\b/;
const ANOTHER_OF_THE_SAME =
  /\b(une|un|des|an?|any|some) ((?:english |french |anglais |web |java |new |good |other )?)(ue|ues|unite|unites|cours|modules?|units?|courses?)\b([^,?]{0,60}?),?\s+(?:et|and) (?:une|un|des|one|some|any) (?:autre |other )?(?=(?:de|d|en|sur|pour|in|on|for|about) (?!\d)\S)/;

/**
 * « quand j'aurai validé UTC505, quelles UE je pourrai prendre ? »: a time to come, the question's condition, not a question of when.
 * Not a diploma to come (« quand j'aurai mon bac+2 / mon BTS, quelles UE … ? »): that clause is the level said, whose answer is the
 * licence's access (it got « Je ne trouve pas d'UE sur « pourrai » »).
 */
const WHEN_DONE = /^\s*(quand|lorsque|lorsqu|une fois que|une fois qu) (j|je|on) (aurai|serai)\b(?! (mon|ma|un|une|le|la|mes) (bac|bts|dut|but|licence|master|diplome|titre|niveau|deug|cap|l3|l2)\b)/;

/** A unit said, as its clause opens, to be part of a diploma: « NSY104 fait partie de la licence », "GDN100 is part of the licence". */
const UNIT_IN_A_DIPLOMA = /^[a-z]{3} ?\d{3} (fait partie|compte (pour|dans)|est (bien )?dans|is part of|counts (for|in|towards?)|is in) (de )?(la|le|l|the|my|ma|mon) (licence|license|l3|diplome|degree|diploma|master|ingenieur|engineering)\b/;

/** A short clause that asks by its own words: « ça fait combien de crédits », « c'est dans la licence », « quel niveau ». */
const ASKS_BY_ITSELF = /^(et |and )?((c est|cest|ca|c|elle|il|it s|it is|is it|does it)\b.{0,20}\b(dans|quoi|combien|ou|quand|obligatoire|possible|a distance|part of|in the|online|remote)\b|.{0,25}\b(quel|quelle|quels|quelles|combien|quand|pourquoi|koi|cb|how (many|much|long)|which|when|where|why)\b)/;
/** A yes/no question's opening: « et je peux … », « jpeux », "can I …", « est-ce que … », « faut-il … ». */
const POLAR_OPENING = /^(et |and |mais |but )?(je peux|jpeux|j peux|puis je|peut on|on peut|est ce que|est ce qu|faut il|il faut|can i|could i|do i|is there|are there|y a t il|ya t il|y a)\b/;
/** Questions in a row this short: « NFE115 il faut quel niveau, ca fait combien de credits, c est dans la licence ? ». */
const MAX_WORDS_IN_A_ROW = 8;

/**
 * « NFE115 il faut quel niveau, ca fait combien de credits, c est dans la licence ? »: three short questions one after
 * the other, between commas, each asking by its own words; undefined for a sentence that tells a situation first.
 */
function questionsInARow(sentence: string): string[] | undefined {
  const parts = sentence.split(/,\s*/).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 3 || parts.some((part) => part.split(/\s+/).length > MAX_WORDS_IN_A_ROW)) return undefined;
  // The last one may ask yes or no with its mark: « c koi une UA, cb de credits pr celle de la licence, et jpeux la faire avec un stage ? ».
  const asksLast = (part: string, i: number) => i === parts.length - 1 && part.trim().endsWith("?") && POLAR_OPENING.test(fold(part).replace(/-/g, " "));
  if (!parts.every((part, i) => ASKS_BY_ITSELF.test(fold(part).replace(/-/g, " ")) || asksLast(part, i))) return undefined;
  return parts.map((part, i) => (i < parts.length - 1 ? `${part} ?` : part));
}

/**
 * « Je suis maman solo, je peux venir que en journée quand les enfants sont à l'école, y a des cours en journée ? »:
 * one long sentence whose last clause, after a comma, asks on its own (it opens with a question's words).
 */
function lastClauseAsked(message: string): FocusedMessage | undefined {
  // « …, je ne sais pas par où commencer pour m'inscrire, vous pouvez m'aider ? »: the help asked for is the clause before.
  const text = message.replace(HELP_ASKED_LAST, " ?");
  const at = text.lastIndexOf(",");
  if (at < 0) return undefined;
  const question = text.slice(at + 1).trim();
  const folded = foldText(question).replace(/['’-]/g, " ").replace(/\s+/g, " ").trim();
  // On a phone the mark is often left out: « …, ca se passe comment si je suis pas la » asks by its words.
  if (!text.trim().endsWith("?") && !(OPENS_A_QUESTION.test(folded) || QUESTION_WORD.test(` ${folded} `))) return undefined;
  // « …, mon expérience peut compter pour une licence ? »: a last clause that asks by its mark alone, when long enough to.
  if (question.split(/\s+/).length < MIN_CLAUSE_WORDS || !(OPENS_A_QUESTION.test(folded) || question.split(/\s+/).length >= MIN_MARKED_CLAUSE_WORDS)) return undefined;
  // « SEC102 ça demande quel niveau, ça fait combien d'heures, et y a un bouquin ? »: questions in a row, not a situation before one.
  // (Only words that ask count: « je peux venir que en journée quand les enfants sont à l'école, … » asks nothing.)
  if (text.slice(0, at).split(",").some((clause) => ASKS_IN_A_ROW.test(fold(clause).replace(/-/g, " ")))) return undefined;
  return { question, context: text.slice(0, at).trim(), clause: true };
}
/** A request for help closing a message, after what it is about. */
const HELP_ASKED_LAST = /,\s*(?:est-ce que |est ce que )?(?:vous pouvez|pouvez-vous|pouvez vous|tu peux|peux-tu|peux tu|can you|could you)\s+(?:m['’ ]?aider|me renseigner|m['’ ]?orienter|help(?: me)?|advise me)(?: svp| s'il vous plaît| please)?\s*\?\s*$/i;
/** A last clause asking by its question mark alone has this many words at least. */
const MIN_MARKED_CLAUSE_WORDS = 6;
/** A clause that opens as a question does, whatever came before it. */
const OPENS_A_QUESTION =
  /^(et |and |alors |donc |so )?(je ne sais pas (comment|quoi|ou|par ou|par quoi|si|quel|quelle|quels|quelles)|je sais pas (comment|quoi|ou|par ou|par quoi|si|quel|quelle)|i don t know (how|what|where|which|if|whether)|est ce|comment|pourquoi|quand|combien|quel|quelle|quels|quelles|y a t il|y a|ya|il y a|existe t il|c est quoi|qu est ce|what|when|where|why|which|how|is there|are there|do you|does it|can i|could i)\b/;

/** A short message's question and the remark that follows it, when it asks first and then only says something. */
function remarkAfter(sentences: readonly string[]): FocusedMessage | undefined {
  const last = sentences.length - 1;
  const asked = sentences.slice(0, last);
  const remark = sentences[last] as string;
  if (!asked.every((sentence) => sentence.includes("?")) || asks(remark)) return undefined;
  return { question: asked.join(" "), context: remark };
}

/** A sentence that only reacts to the reply before: « ok tant pis. », « Ah d'accord. », "Oh well.". */
const REACTION_ONLY =
  /^((ok|okay|oki|ah|oh|bon|ben|bah|hmm+|euh|d accord|dac|merci|tant pis|dommage|zut|mince|super|parfait|cool|top|compris|je vois|bien recu|no worries|never mind|nevermind|oh well|too bad|fair enough|thanks|thank you|got it|i see|alright|all right|fine|sure|great)( |$))+$/;

/** Splits a message into the question(s) it asks and the situation around them. */
export function focusOnQuestion(text: string): FocusedMessage {
  // « ok tant pis. sinon c'est quoi une US ? »: a word of reaction first says nothing of the question.
  const [opening, ...others] = sentencesOf(text);
  if (opening && others.length > 0 && REACTION_ONLY.test(fold(opening).replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim())) return focusOnQuestion(others.join(" "));
  // (A spaced dash is no word: "GDN100 exam — where is it held, and …" is as short as "GDN100 exam: where is it held, and …".)
  const words = text.split(/\s+/).filter((word) => word && !/^[—–-]$/.test(word)).length;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return (words > SHORT_MESSAGE_WORDS && lastClauseAsked(text)) || { question: text, context: "" };
  // A short message is all question, but for a remark after its question mark: "what is a US? a friend told me about it".
  if (words <= SHORT_MESSAGE_WORDS) return remarkAfter(sentences) ?? { question: text, context: "" };
  const asking = sentences.filter(asks);
  // No sentence reads as a question: learners often end with it.
  const question = asking.length > 0 ? [...asking] : [sentences[sentences.length - 1] as string];
  // « Is that allowed? », « C'est possible ? »: a question that only points back asks about the sentence before it.
  const first = question[0] as string;
  const before = sentences[sentences.indexOf(first) - 1];
  if (before && !question.includes(before) && pointsBackOnly(first)) question.unshift(before);
  const context = sentences.filter((sentence) => !question.includes(sentence));
  return { question: question.join(" "), context: context.join(" ") };
}
