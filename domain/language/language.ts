/** The languages the assistant answers in: French first (the learners' language), English second. */
export type Language = "fr" | "en";

export const DEFAULT_LANGUAGE: Language = "fr";

/**
 * Words that only one of the two languages uses, as learners write them (folded: lower case, no
 * accents). Function words weigh 2: they are frequent and unambiguous. Content words weigh 1.
 * Words both languages use ("question", "session", "date", "module", "six", "a", "on", "me") are
 * left out on purpose: they are no clue.
 */
const ENGLISH_FUNCTION = words(`
the what how many much can could would should is are was were do does did have has had i my you your we our they their
it its this that these those which when where who whom whose why with without about from into of to in for and or but not
any some there here please thanks thank hello hi hey yes no if than then also just only still already will shall may might
must need want get got am be been being an me
whats wats wat wut hows wheres whos u ur r pls plz thx wanna gonna dunno
`);
const ENGLISH_CONTENT = words(`
units unit hours hour credit enrol enroll enrolment enrollment register registration course courses class classes lesson
lessons teacher teachers advisor adviser english french evening evenings morning weekday weekdays saturday saturdays day days
degree degrees diploma fee fees price cost costs pay free grade grades mark marks pass passed fail failed resit retake exam
exams assessed schedule timetable online remote distance learning study studies studying work working job jobs experience
years year months month internship company report write meaning mean means pls plz thx cancel stop help quit entry requirements
requirement required attempts attempt quality certification certificate certified engineering engineer thesis phone number
contact office secretary daytime blocked week weeks free path paths level prerequisites prerequisite approval permission
authorization authorisation form sign signed places seats full where's what's don't can't i'm i've recommend good movie weather
joke recipe cook capital president wifi gym dog bring lose keep expire banked average compensation
`);
const FRENCH_FUNCTION = words(`
le la les un une des du de est sont que quoi qui quel quelle quels quelles comment combien pourquoi quand je j tu il elle
nous vous ils elles mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs avec sans pour dans sur sous par chez
et ou mais donc car ne pas plus tres aussi deja encore oui non merci bonjour bonsoir salut svp stp est-ce ca cela ce cet
cette ces y au aux l d qu c n s m t peut peux puis faut dois doit veux voudrais suis ai as avons avez ont etre avoir fait
faire
`);
const FRENCH_CONTENT = words(`
cours heures heure credits inscrire inscription inscrit enseignant enseignants prof conseiller francais anglais soir samedi
semaine journee jour jours annee ans mois diplome diplomes examen examens partiel partiels rattrapage note notes moyenne
valider valide reussir echoue emploi temps horaires distance ligne experience stage entreprise dossier projet autorisation
agrement prerequis niveau places lieu lieux tarif prix frais gratuit payant unite unites enseignement activite
specifique certifiant diplomant capitalisable capitalisation compensation licence ingenieur memoire cb pr koi kesako c'est
jsp bcp tjrs qd pk dispo slt bjr mtn ptet chui jai cest jpeux jveux jsuis jfais g faut-il puis-je peut-on ai-je est-il y-a-t-il aide annuler
`);

/** Elisions (l'UE, d'heures, qu'est-ce, j'ai) only occur in French. */
const ELISION = /(^|[^\p{L}])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]\p{L}/iu;
/** English contractions (don't, what's, I'm, I've, you're) only occur in English. */
const CONTRACTION = /\p{L}n['’]t\b|\b(i['’]m|i['’]ve|i['’]ll|i['’]d|it['’]s|what['’]s|that['’]s|there['’]s|let['’]s|you['’]re|we['’]re|they['’]re|where['’]s|how['’]s)\b/iu;
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/**
 * A quoted term is a mention, not the learner's language: « what does "hors temps de travail" mean? »; so is a
 * gloss in brackets: "Is DNT104 (droit du numérique) available remotely?"; so is code, in backquotes or after a colon
 * (« Corrige mon code Python stp : for i in range(10) print(i) »).
 */
const QUOTED = /«[^»]*»|"[^"]*"|“[^”]*”|(?<!\p{L})'[^']{3,}'(?!\p{L})|\([^()]{3,}\)|`[^`]*`|:\s[^:]*(?:[;={}]|\w\()[^:]*$/gu;

/**
 * Guesses whether a message is written in English or French: function words, elisions and
 * contractions weigh most (a French term inside an English sentence does not make it French: "what
 * is an unité d'enseignement?"), then words only one language uses and accents. Quoted terms are
 * left out when the rest of the message gives clues. Unit codes and numbers are no clue. Ties and
 * messages without clues keep `fallback` — the conversation's language — so "NFA031 ?" or "ok"
 * never flips the conversation.
 */
export function detectLanguage(text: string, fallback: Language = DEFAULT_LANGUAGE): Language {
  const unquoted = text.replace(QUOTED, " ");
  if (unquoted !== text) {
    const outside = score(unquoted);
    if (outside.english !== outside.french) return outside.english > outside.french ? "en" : "fr";
  }
  const { english, french } = score(text);
  if (english > french) return "en";
  if (french > english) return "fr";
  return fallback;
}

/**
 * The language a short message is plainly written in: two function words of it at least and no clue of the other
 * ("and its prerequisites?", « et c'est quand ? »); undefined when it is not that plain.
 */
export function plainlyWrittenIn(text: string): Language | undefined {
  const { english, french } = score(text.replace(QUOTED, " "));
  if (english >= 2 * FUNCTION_WORD && french === 0) return "en";
  if (french >= 2 * FUNCTION_WORD && english === 0) return "fr";
  return undefined;
}

function score(text: string): { english: number; french: number } {
  let english = 0;
  let french = 0;
  for (const word of fold(text).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)) {
    const bare = word.replace(/['’-]+$/g, "");
    if (ENGLISH_FUNCTION.has(bare)) english += FUNCTION_WORD;
    else if (ENGLISH_CONTENT.has(bare)) english += 1;
    if (FRENCH_FUNCTION.has(bare)) french += FUNCTION_WORD;
    else if (FRENCH_CONTENT.has(bare)) french += 1;
    // Hyphenated or elided forms ("peut-on", "qu'est-ce") also count by their parts.
    if (/['’-]/.test(bare)) {
      for (const part of bare.split(/['’-]/).filter(Boolean)) {
        if (FRENCH_FUNCTION.has(part)) french += 1;
        if (ENGLISH_FUNCTION.has(part)) english += 1;
      }
    }
  }
  if (ELISION.test(text)) french += FUNCTION_WORD;
  if (CONTRACTION.test(text)) english += FUNCTION_WORD;
  if (FRENCH_LETTERS.test(text)) french += 1;
  return { english, french };
}

/** A function word (and an elision or a contraction) weighs this many content words. */
const FUNCTION_WORD = 3;
