import { PASSING_GRADE } from "../eligibility/grade.rule";
import type { Route } from "./route-classifier";
import { readYesNo } from "./prompt-answers";
import { AFTER, asksHeldBesides, COMES_AFTER, asksHeldPart, asksSeveralFacets, isUnheldFacet, saysEntirelyAtADistance, saysOnlyOneWay, unexplainedWords, unheldFacets, unitFacet, type UnheldFacet, type UnitFacet } from "./unit-facets";
import { askedCodes, CODE_LIKE_WORDS, codesGivenAsPassed, GRADE_NOT_GOT, NOT_A_COUNT_OF_THINGS, NOT_A_GRADE_AFTER, unitMentions, type UnitMention } from "./unit-mentions";
import { detectLanguage, type Language } from "../language/language";
import { ABBREVIATIONS, HOW_TYPED_SHORT, STOP_WORDS, WITHOUT_A_DIPLOMA } from "./chat-lexicon";
import { numberWordsToDigits } from "./number-words";
import { focusOnQuestion, QUESTION_WORD, type FocusedMessage } from "./question-focus";
import { foldText, rawTokens, type RawToken } from "./text-normalizer";
import { readLackedSkills, readLanguageLevel, readStatedBackground } from "./stated-background";
import { BUSY_UNTIL } from "./busy-until";
import { readUnitFilters, saysAFilter, WHERE_TO_START, type UnitFilters } from "./unit-filters";
import { namesAKnownSubject, wordsOfPhrases } from "../catalog/unit-search";

/**
 * Structured intents: what a rule answers better than a text. Recognized before retrieval, with the
 * slots the dialogs need (numbers, unit codes, grade). Everything else goes to retrieval.
 */
/** What is asked of a diploma besides its composition: its class hours, or whether one's studies let one in. */
export type DiplomaFacet = "hours" | "access" | "contact";
/** One of the alternatives weighed against a budget of hours: units by their codes and units by their credits. */
export interface BudgetOption {
  codes: string[];
  units: { count: number; ects: number }[];
}

/**
 * How long a number of credits takes at a pace the learner says: « 2 UE de 6 ECTS par semestre, combien de semestres pour
 * 36 ECTS ? » (`ects`: the credits each period; `units` alone when the units' credits are not said).
 */
export interface Pace {
  /** The credits left to earn. */
  target: number;
  /** Credits said already held, and the goal they count towards (« j'ai déjà 24 ECTS … pour arriver à 60 »). */
  held?: number;
  goal?: number;
  per: "semester" | "year";
  ects?: number;
  units?: number;
  /** The target counted in units, not credits (« il me reste 3 UE, à 1 UE par semestre »): only with `units`. */
  inUnits?: true;
  /** No pace said (« j'ai 30 ECTS, il m'en faut 60, combien de temps ? »): the answer weighs a few. */
  unsaid?: true;
}

/** The learner's own time for studying each week, and the weeks of a semester when they say them (« 4 h par semaine … 15 semaines »). */
export interface WeeklyTime {
  hours: number;
  weeks?: number;
}

/**
 * How two amounts are compared: the same hours, more, or fewer than the second; or the same for a diploma (`same-credits`: "is two
 * 3-credit units the same as one 6-credit unit for the diploma?", their credits).
 */
export type Comparison = "same" | "more" | "less" | "same-credits";

export type RuleIntent =
  | { kind: "greeting" }
  /** Thanks or goodbye: the learner is closing the conversation. */
  | { kind: "thanks" }
  | { kind: "help" }
  | { kind: "cancel" }
  | { kind: "switch-language"; to: Language }
  | { kind: "handoff" }
  /**
   * « Où en est ma demande ? »: the status of a request to an advisor, by its number when the
   * message gives one (as the assistant wrote it: date, dash, five characters), else the latest one.
   */
  | { kind: "handoff-status"; requestId?: string }
  /** A vote on the last answer ("👍 Utile" / "👎 Pas utile", the buttons under each answer). */
  | { kind: "vote"; useful: boolean }
  /** Credit / hour equivalence: the numbers or unit codes given, none for a bare conversion request (the dialog asks). */
  /**
   * Credits and hours. `units`: several units by their credits (« une UE de 4 ECTS + une de 8 », "three
   * 6-ECTS units", « 2 ects cb d'heures, et 3 ects ? »), each with how many of it, for their hours and total.
   * `allWork`: the hours are asked as all the work the unit takes (« 65 h en tout à bosser ? »), which they are not.
   * `options`: units offered as alternatives against a budget (« NFA031 ou NFA008 ? », « soit une UE de 6 soit deux UE de 3 »), each
   * weighed on its own, not summed. `addsNamed`: the `units` by their credits are others than the units named by their `codes`, added
   * to them (« j'ai 3 UE de 6 ECTS et GDN100 »), not those units said by their credits (« NFA031 et NFA032 sont 2 UE de 6 ECTS »).
   * `compare`: the two `units` (in the order said) are compared, not added up (« 6 ECTS c'est pareil que deux UE de 3 ? »).
   * `unitsPerSemester`: how long the units named take at that pace (« une UE par semestre, combien de temps pour UTC501 à UTC505 ? »).
   */
  | { kind: "credit-hours"; ects?: number; hours?: number; codes: string[]; units?: { count: number; ects: number }[]; addsNamed?: true; allWork?: true; mistake?: true; atMost?: true; exceeds?: true; pace?: Pace; options?: BudgetOption[]; compare?: Comparison; weekly?: WeeklyTime; unitsPerSemester?: number }
  /**
   * The learner's own grade, on a scale of `outOf` (always 20 at the Cnam), and what it earns. No
   * `grade`: the learner says they got one without saying it (« j'ai eu ma note de DRS101 »): the job
   * asks for it. `graded`: the units the message gives a grade for, each with its own (« 8 en UTC501 et
   * 14 en UTC504 »). `session`: 2 when the grade counted is the later session's (no session left after
   * it); `improve`: a passing grade the learner would like to raise by sitting again.
   */
  | { kind: "grade"; grade?: number; outOf: 20; codes: string[]; graded?: { code: string; grade: number }[]; absent?: string[]; kept?: string[]; session?: 2; improve?: true; failed?: true }
  /**
   * May the learner enrol in these units? No code when the learner asks to check without naming one
   * (the dialog asks). `passed`: units the message says were validated (« j'ai validé NFA031 »);
   * `missing`: units it says were not (« je n'ai jamais fait UTC502 », "skip NFA032"); `together`:
   * the units asked are to be taken in the same semester (« RSX101 et UTC505 en même temps »).
   */
  | { kind: "eligibility"; codes: string[]; passed: string[]; missing?: string[]; failed?: { code: string; grade: number }[]; together?: boolean }
  /**
   * What a diploma is made of (« quelles UE pour la licence ? », "how many ECTS is the licence?"), or
   * whether units named fit its choices (« pour la licence je peux prendre NFP119 et NFP121 ? »).
   * The diploma is read from the message by the job, against the catalog.
   */
  | { kind: "diploma"; codes: string[]; facet?: DiplomaFacet; offered?: true }
  /** When and how a unit's classes run (semesters, days, hours, modality). */
  | { kind: "unit-schedule"; codes: string[] }
  /** Units on a subject, without a code: « y a-t-il des cours de réseaux ? », "java courses?". */
  | {
      kind: "unit-search";
      subject: string;
      situation?: true;
      filters?: UnitFilters;
      /** Read by unitFinder: retrieval's confident answer comes first. */
      finder?: true;
      /** Each unit found says its prerequisites: « …, et il faut quoi avant ? ». */
      prerequisites?: true;
      /** The units said passed, whose following units head the list (« j'ai validé UTC505, … sécurité, je prends quoi après ? »). */
      after?: string[];
      /** Each unit found says whether it needs the teacher's authorization: « …, et il en faut avec autorisation ? ». */
      authorizations?: true;
      /** The subject is a field one means to move into (« me reconvertir dans l'informatique »): its department, when it names one. */
      field?: true;
      /** Facts the catalog does not hold, asked of the units found (« où y'a des places ? »): said not held after them. */
      unheld?: UnheldFacet[];
    }
  /**
   * A question about one or more units by code, and what it asks of them (description, prerequisites,
   * fees…). `also`: more facets the catalog does not hold, asked with the first (« qui l'enseigne et il
   * reste des places ? »); `card`: the question asks besides for something the description holds (its
   * credits, its semesters). `unexplained`: words of a question that names no facet and does not ask
   * what the unit is (« fais-moi un résumé du cours NFA031 sur les boucles »): the description may not
   * answer it; `answerId`: the content's entry that answers such a question for every unit (set by the
   * understanding's retrieval, never by the rules), used when the unit's own words do not explain it.
   * `passed`: for the way to a unit (`path`), the units the message says passed.
   */
  | { kind: "unit"; codes: string[]; facet: UnitFacet; also?: UnheldFacet[]; card?: boolean; unexplained?: string[]; answerId?: string; passed?: string[] }
  /** The whole message answers a yes/no question of the assistant's. */
  | { kind: "yes-no"; answer: "yes" | "no" }
  /** The learner's own progress towards a diploma, with its code when given (e.g. LG02501A). */
  | { kind: "progress"; diplomaCodes: string[] }
  /**
   * Plan the semesters left to a diploma, the fastest way (« planifier mes semestres », « en
   * combien de temps je peux finir ma licence ? »). `passed`: units the message names, taken as
   * validated (« j'ai validé NFA031 et UTC505 »); the dialog reads the constraints from the text.
   */
  | { kind: "planning"; diplomaCodes: string[]; passed: string[] }
  /** Requests the assistant must refuse whatever the wording: other people's data, rule overrides. */
  | { kind: "refuse"; reason: "private-data" | "manipulation" | "off-topic" | "on-behalf" | "course-content" };

/** Words of courtesy removed before checking whether a message is *only* a greeting, thanks, help... */
const COURTESY =
  /\b(bonjour|bonsoir|salut|coucou|hello|hi|hey|yo|good (morning|afternoon|evening)|re|svp|stp|s il (te|vous) plait|please|pls|plz|merci d avance|thanks in advance|madame|monsieur|sir|madam|dear|a tous|everyone|there|bot|chatbot|assistant|le bot|l assistant|ok|okay|d accord|alors|euh|heu|hmm|bon|well|so|oui|yes|encore|again|bien|beaucoup|a lot|so much|very much|vraiment|really|super|parfait|perfect|genial|great|cool|top|nickel|trop)\b/g;

const THANKS = /\b(merci|thanks|thank you|thank u|thx|ty|cimer|c est (gentil|sympa)|much appreciated|appreciate it|je te remercie|je vous remercie)\b/;
/** Leave-taking: "bonne soirée" is a goodbye, not a question about evening classes. */
const FAREWELL =
  /\b(au revoir|a bientot|a plus( tard)?|a la prochaine|bonne (soiree|journee|nuit|fin de journee|continuation|semaine|fin de semaine|week end)|bye|goodbye|good bye|see you( soon| later)?|have a (nice|good|great) (day|evening|night|weekend)|good night|ciao|tchao)\b/;
const GREETING_WORDS = /\b(bonjour|bonsoir|salut|coucou|hello|hi|hey|yo|good (morning|afternoon|evening))\b/;
const SMALL_TALK = /\b(comment (ca|tu|vous) (va|vas|allez)|ca va|how are you|how s it going|how are things|quoi de neuf|what s up|whats up|sup)\b/;

const NOT_USEFUL = /^\s*(👎\s*)?(pas utile|pas util|inutile|not useful|not helpful|unhelpful|useless)\s*[.!]*\s*$/iu;
const USEFUL = /^\s*(👍\s*)?(utile|util|tr[eè]s utile|useful|helpful|very useful)\s*[.!]*\s*$/iu;

const HELP =
  /^(aide|help|aide moi|aidez moi|help me|quelqu un peut m aider|qqn peut m aider|vous pouvez m aider|tu peux m aider|pouvez vous m aider|peux tu m aider|someone can help me|can someone help( me)?|can anyone help( me)?|can you help( me)?|could you help( me)?|i need help|j ai besoin d aide|besoin d aide|au secours|sos|menu|options|que (peux|sais) tu faire|tu (peux|sais) faire quoi|qu est ce que tu (peux|sais) faire|que pouvez vous faire|a quoi (tu sers|sers tu)|tu sers a quoi|comment (ca marche|tu marches|fonctionnes tu|ca fonctionne)|what can you do|what do you do|what (can|could|are|r) (you|u) (able to )?do( for me)?|what r u able to do|what can i ask( you)?|que puis je (te|vous) demander|how does (this|it) work|how do (i|you) use (this|you)|what are you|qui es tu|t es qui)$/;

/**
 * A message that starts by calling off what was under way, then asks something else: « en fait laisse tomber. tu connais un bon
 * dentiste ? », "never mind, what's a UA?".
 */
export function saysCancelFirst(text: string): boolean {
  const [first = "", ...rest] = text.split(/[.,;!?]+/);
  const called = foldedWords(first).trim().replace(/^(en fait|non|bon|ok|finalement|ah|oh|actually|no|well|ok so)\s+/, "").trim();
  // (« actually never mind, I found it » calls it off and asks nothing: the request's own reply says so.)
  return foldedWords(rest.join(" ")).trim() !== "" && text.slice(first.length).includes("?") && CANCEL.test(called);
}
/** Dropping what is under way, or letting a matter go: « laisse tomber », « tant pis », « c'est pas grave », "never mind". */
const CANCEL =
  /^(annuler|annule|annulez|stop|arrete|arreter|arretez|on arrete|laisse tomber|laissez tomber|oublie|oublie ca|oubliez|cancel|cancel that|quit|exit|abort|never mind|nevermind|forget it|forget about it|stop it|reset|recommencer|on recommence|start over|fin|end|tant pis|(c est |cest |c |ce n est |ca n est |ca fait rien |)pas grave|dommage|no worries|oh well|too bad|no big deal|it doesn t matter|doesn t matter)$/;

const HANDOFF_PERSON =
  /\b(conseill(er|ere|ers)|advis(or|er)s?|counsel+ors?|humains?|human|une (vraie )?personne|(real|actual|live) person|quelqu un( de reel)?|someone|somebody|agent|operat(or|eur)|staff|responsable de formation|personne physique)\b/;
/**
 * An advisor's job said of oneself: « comme conseiller bancaire », "as a financial advisor", « je suis conseillère clientèle »;
 * or someone who said something: "someone told me I need a UA", « quelqu'un m'a dit que… » asks no one.
 */
const NO_ADVISOR_ASKED =
  /\b(someone s|somebody s|quelqu un d autre) (permission|approval|authori[sz]ation|signature|accord|autorisation)\b|\b(comme|en tant que|je suis|j etais|ancien|ancienne|as an?|worked as an?|work as an?|working as an?|i m an?|i am an?|former)( un| une)?( \w+)? (conseill(er|ere)|advis(or|er)|counsel+or)( \w+)?\b|\b(chez|dans|at|(travaille|bosse|works?|working) (pour|for)) (un|une|l|le|an|a|the|mon|my) operat(eur|or)s?( \w+)?\b|\boperat(eur|or)s? (telecom\w*|mobiles?|reseaux?|de (transport|telephonie)|network|mobile|transport)\b|\b(someone|somebody|quelqu un|une personne|un conseiller|une conseillere|an advisor|my advisor|mon conseiller|ma conseillere)( \w+){0,3} (told|said|says|tells|talks|talked|advised|recommended|suggested|mentioned|m a dit|m a conseille|m a recommande|m a parle|m a propose|m ont dit|me dit|me conseille|me parle|me propose|me suggere|a dit|parle|propose)\b/g;
// ("can an advisor email me?": the advisor's email to me, as « un conseiller peut m'envoyer un mail ? » is.)
const HANDOFF_VERB =
  /\b(e ?mail me|email me|write (to )?me|text me|message me|parler|discuter|contacter|joindre|voir|rencontrer|avoir|besoin|veux|voudrais|souhaite|souhaiterais|aimerais|mettre en (relation|contact)|mets moi|passer|passe moi|transferer|rendez vous|rdv|appeler|rappeler|recontacter|transmettre|transmettez|transmets|transmet|envoyer|envoyez|ecrire|talk|forward|pass (it |this |my question )?on|pass (it|this|my question) (on )?to|send|speak|chat|contact|reach|see|meet|connect|need|want|get|transfer|book|appointment|call|put me)\b/;

/** A request number as the assistant gives it (yymmdd-XXXXX), however the learner cases it. */
const HANDOFF_ID = /\b(\d{6})\s?-\s?([a-z0-9]{5})\b/i;
/**
 * The learner's own request to an advisor (never « je me demande », never "a request for"); « j'ai fait une demande à un conseiller »,
 * "I sent a request to an advisor" (not « j'ai fait une demande de VAE »).
 */
const OWN_REQUEST =
  /\b(ma|mes|mon|my|our|notre) (demandes?(?! d (autorisation|inscription|agrement|dispense|equivalence|financement|vae|validation|derogation))|requetes?|tickets?|requests?(?! for (authori[sz]ation|approval|an exemption))|questions? (au|aux|a un|pour (le|les|un)|to (the|an)|for (the|an)) (conseill\w+|advis(or|er)s?))\b|\b(ma|my) (question|demande) (transmise|envoyee|posee|sent|passed on|forwarded)\b|\b(la|les|the) (demandes?|requests?) (que j ai|que je vous ai|qu on a|i|i ve|that i) (faite?s?|envoyee?s?|posee?s?|transmise?s?|made|sent|asked|passed on)\b|\b(j ai|i|i ve|i have) (fait|envoye|pose|depose|transmis|ecrit|made|sent|submitted|put in|asked|written) (une|un|des|a|an) (demandes?|requetes?|questions?|requests?|messages?|mails?|e mails?|emails?) (a|au|aux|aupres d|aupres de|to|for) (un|une|le|la|les|mon|ma|an|the|my)? ?(conseill\w+|advis(or|er)s?)\b(?! (france travail|pole emploi|emploi|cpf|vae|rh|hr|bancaire|de (la |ma |mon )?(banque|mission locale|l apec|france travail|pole emploi|l entreprise|mon entreprise))|at (work|my (company|bank|job)))/;
/** What a learner asks about it: where it is, whether someone answered, that nothing came (« toujours rien ? »). */
const REQUEST_STATUS =
  /\b(toujours rien|toujours pas de (reponse|nouvelles)|rien recu|still nothing|nothing yet|heard nothing|haven t heard|not heard back|ou en (est|sont)|ou (est|sont)|en (est|sont) ou|suivi|suivre|statut|etat|avancement|des nouvelles|nouvelles|du nouveau|reponses?|repondu|traitee?s?|status|where (is|are|s)|any (answer|reply|news|update|response)s?|answers?|answered|repl(y|ied|ies)|responses?|updates?|news|progress|follow up|track|check on)\b/;
/**
 * "Status of my question", « où en est ma question ? »: the question is the one passed to an advisor. "Did anyone answer the question I
 * sent earlier?", « quelqu'un a répondu à la question que j'ai envoyée ? »: the question said sent, asked whether answered (it got « I do
 * not know »).
 */
const QUESTION_STATUS =
  /\b(status|statut|suivi|etat|tracking|update) (of|de|on) (my|ma) question\b|\b(any|an|une|des) (answer|reply|news|update|reponse|nouvelles?) (to|on|about|for|a|de) (my|ma) question\b|\bou en est ma question\b|\b(did|has|have) (anyone|anybody|someone|somebody|one of you) (already |yet )?(answer|answered|repl(y|ied)|respond(ed)?|get back to me|got back to me)( to| on| about)? (my (question|request|message)|the (question|request|message) (i|that i|i ve|i had) (sent|asked|submitted|left|posted|forwarded|passed on))\b|\b(quelqu un|qqn|on) (m a |a )(deja )?(repondu|rappele) (a|sur) (ma (question|demande)|la (question|demande) que j ai (envoyee|posee|transmise|laissee|faite))\b/;
/** "Has an advisor answered?", « le conseiller a-t-il répondu ? »: the status of the learner's request. */
const ADVISOR_ANSWERED =
  /\b(conseill\w+|advis(or|er)s?) (m a |a |ont |t il |t elle |has |have |already |deja )*(deja )?(repondu|rappele|ecrit|answered|replied|got back|responded|written back)\b|\b(has|have|did) (an|the|my|any) advis(or|er)s? (already )?(answer|reply|respond|get back|answered|replied|responded|got back)\b/;

const MANIPULATION =
  /\b(ignore|ignorez|ignorer|oublie|oubliez|disregard|forget|override|bypass|contourne)\b.{0,40}\b(instructions?|consignes?|regles?|rules?|prompt|system|systeme|restrictions?|guidelines?|directives?)\b|\b(system prompt|prompt systeme|jailbreak|developer mode|mode developpeur|dan mode|tu es maintenant|you are now|act as|agis comme|fais comme si|pretend (to be|you are|you re)|sudo|admin mode|mode admin)\b/;

/** Someone else's record: a record noun followed by another person (a name or "other students"). */
const RECORD_NOUNS =
  "notes?|resultats?|dossiers?|releves?|moyennes?|bulletins?|coordonnees|e ?mails?|mails?|adresses?|telephones?|numeros?|donnees|infos|informations|inscriptions?|parcours|credits|grades?|marks?|results?|records?|transcripts?|data|details|scores?|progress|contact|phone( numbers?)?|addresses";
const OTHER_PEOPLE =
  "mon (prof|professeur|enseignant|formateur)|(le|du|des|les) (profs?|professeurs?|enseignants?)|(my|the) (teacher|professor|lecturer|tutor)s?|(les |des |d )?autres?(?! (ue|ues|unites?|units?|modules?|cours|matieres?|semestres?|sessions?|examens?|diplomes?|notes?|credits?))( auditeurs| etudiants| eleves| inscrits| apprenants| personnes)?|tous les (auditeurs|etudiants|eleves|inscrits|apprenants|utilisateurs)|tout le monde|mon (collegue|ami|voisin|camarade|binome|mari|fils|frere|pere|chef|manager)|ma (collegue|amie|voisine|camarade|femme|fille|soeur|mere)|mes (collegues|amis|camarades)|quelqu un d autre|other (students|learners|people|users)|others|another (student|learner|person)|every(one|body)|all (the )?(students|learners|users|auditeurs)|my (friend|colleague|classmate|wife|husband|son|daughter|brother|sister|boss|manager)|someone else|somebody else";
const OTHERS_RECORD = new RegExp(`\\b(${RECORD_NOUNS}) (de|d|du|des|of|for|from) (${OTHER_PEOPLE})\\b`);
const LIST_PEOPLE =
  /\b(liste|lister|listes|list|affiche|afficher|montre|montrer|donne|donner|export|exporte|exporter|dump|display|print|show|give|send|envoie|extrai[st]?|extract)\b(?:(?!\b(?:bourses?|scholarships?|aides?|grants?|financements?|funding|cours|classes|conseils?|advice|diplomes?|degrees?)\b).){0,30}\b(auditeurs?|etudiants?|eleves?|inscrits|apprenants?|utilisateurs|students?|learners?|users|candidats|candidates|people enrolled|personnes inscrites)\b|\b(qui (est|sont) (inscrits?|dans)|who (is|are|else is) (enrolled|registered|taking|in)|who else)\b|\b(base de donnees|database|la table|the table|dynamodb)\b.{0,30}\b(etudiants|auditeurs|students|learners|users|dump|export|contenu|contents)\b|\b(dump|export|exporte)\b.{0,20}\b(base|database|table|donnees|data)\b/;
const RECORD_ANYWHERE = new RegExp(`\\b(${RECORD_NOUNS})\\b`);
const OTHERS_ANYWHERE =
  /\b((les |des )autres (auditeurs|etudiants|eleves|inscrits|apprenants|personnes)|tous les (auditeurs|etudiants|eleves|inscrits)|other (students|learners|people|users)|everyone else|all (the )?(students|learners)|la promo|ma promo|my classmates|mes camarades)\b/;
const RECORD_NOUN_BEFORE_NAME = new RegExp(`\\b(${RECORD_NOUNS}) (de|d|du|of|for) $`);
/** A record noun followed by an identifier: "les notes de demo 03", "the record of student 100234567". */
const RECORD_OF_IDENTIFIER = new RegExp(
  // « ma note de GDN100 » names a unit (or a diploma), not a person.
  // (A bare number is an identifier from four digits: "a TOEIC score of 950" is a score.)
  `\\b(${RECORD_NOUNS}) (de|d|du|of|for|in|en) ((l auditeur |l etudiant |l eleve |the student |student |learner |auditeur |etudiant |numero |n )[a-z]{0,12} ?\\d{2,}|(?!(?:[a-z]{2,4} ?\\d{3}[a-z]?|[a-z]{2,3}\\d{4,5}[a-z]?)\\b)([a-z]{1,12} ?\\d{2,}|\\d{4,}))\\b`,
);
const POSSESSIVE_RECORD = /\b([A-Z][a-zà-ÿ]+)['’]s (grades?|marks?|results?|records?|transcript|data|progress|email|phone|address|credits|file|details)\b/;

const PROGRESS =
  /\b(ou (en )?(suis je|j en suis|jen suis|est ce que j en suis|j en suis)|(j en suis|jen suis) ou(?= *$| (pour|dans|de|en) (ma |mon |la |le |l |mes )?(licence|diplome|parcours|cursus|formation|ingenieur|inge|l3|credits|ects))|mon avancement|ma progression|ma situation|mes notes|mes resultats|mon releve|il me (reste|manque)|me (reste|manque) t il|qu il me (reste|manque)|ce qui me (reste|manque)|(qu est ce qui|ce qui) (manque|reste) (encore )?(pour|a faire|a valider|avant)|combien (de credits|d ects|d ue) (ai je|j ai|me (reste|manque)|il me (reste|manque))|ai je (fini|termine|tout valide)|quand (vais je|aurai je|est ce que j aurai) (fini|termine|mon diplome)|my progress|how far (am i|along)|where (am i|do i stand)|what (do i|i) still (need|lack)|what (else )?do i (still )?need to (validate|pass|complete|finish|graduate)|what do i have left|how many (credits|ects|units) (do i|i) (have|still|got|earned|lack|am missing|m missing|need (more|left|to finish))|(credits|units|ects) (do i have )?(left|remaining|still needed|missing)|my (grades|results|record|transcript|marks)|have i (completed|finished|validated|earned) (my|the|all)|what s left|what is left|what remains|am i on track)\b/;

const DIPLOMA_CODE = /\b([a-z]{2,3}\d{4,5}[a-z]?)\b/g;

/**
 * A plan of the semesters left: to plan them, how long until the diploma, what to take to finish
 * the soonest. Specific enough to leave "how long are the exams", « combien de temps de travail
 * perso » or "I plan to take two units a year" to the content.
 */
/** Finishing, in any tense: « finir », « je finis », « terminer », « obtenir », « décrocher »… */
const FINISH = "fini[rst]?|finirai|finirais|termin(er|e|es|erai|erais)|obten(ir|irai)|obtiens|boucl(er|e)|decroch(er|e)|achev(er|e)";
const SOONEST = "au plus vite|le plus vite|plus vite|le plus rapidement|plus rapidement|au plus tot|le plus tot";
const PLANNING = new RegExp(
  [
    String.raw`\b(planifier|planifie|planifiez|planification|plannifier|plannifie)\b.{0,30}\b(semestres?|etudes|parcours|cursus|formation|diplome|licence|annees?|ue|cours|inscriptions)\b`,
    String.raw`\b(plan|programme|calendrier) (de|d) (mes )?(semestres|etudes|formation|parcours)\b`,
    String.raw`\b(organiser|organise|repartir|echelonner) (mes |les |mon |ma )?(prochains? |futurs? |deux prochains |2 prochains |prochaines |futures )?(semestres|ue|annees|etudes|parcours|cursus|formation|licence)\b`,
    String.raw`\bcombien de (temps|semestres?|annees?|ans)\b.{0,40}\b(${FINISH}|avoir (ma|mon|le|la))\b`,
    // « est-ce que je peux tout boucler en un an en venant trois soirs par semaine ? »: whether it fits a time, a plan says.
    String.raw`\b(je peux|puis je|possible de|pourrais je|je pourrais|est il possible de) (tout )?(${FINISH}|tout faire|tout valider|tout passer)\b.{0,30}\ben (un|une|1|deux|2|trois|3|quatre|4) (ans?|annees?|semestres?)\b`,
    String.raw`\bcombien de (semestres?|annees?) (me faut il|il me faut|faut il|il faut|me reste t il|il me reste|reste t il|encore)\b`,
    String.raw`\bcombien de (temps|semestres?|annees?|ans|mois)\b.{0,40}\b(faire|obtenir|passer|valider|avoir|preparer) (la|le|ma|mon|une|un|sa|son|toute la|tout le) (licence|diplome|master|ingenieur|diplome d ingenieur|titre|cursus)\b`,
    String.raw`\b(la|le|une|un) (licence|diplome|master|diplome d ingenieur|titre)\b.{0,30}\b(ca prend|ca dure|dure|prend) combien de (temps|semestres?|annees?|ans)\b`,
    String.raw`\bquand (est ce que je peux|est ce que je pourrai|pourrai je|pourrais je|vais je pouvoir|puis je|peux je|je peux|je pourrai) (finir|terminer|obtenir|avoir|decrocher)\b`,
    String.raw`\b(${SOONEST})\b.{0,40}\b(${FINISH})\b`,
    String.raw`\b(${FINISH})\b.{0,40}\b(${SOONEST})\b`,
    String.raw`\b(chemin|parcours|plan) le plus (court|rapide)\b`,
    String.raw`\bplan(ning)? (out )?(my|the|our) (remaining )?(semesters?|studies|degree|courses|path|program|programme)\b`,
    String.raw`\b(study|semester|course|degree) plan\b`,
    String.raw`\bhow long (will|would|does|is|until|before|to)\b.{0,40}\b(finish|complete|graduate|get my|earn|obtain)\b`,
    String.raw`\bhow many (semesters?|years?|terms?)\b.{0,40}\b(finish|complete|graduate|left|until|before|get my|take me)\b`,
    String.raw`\bwhen (can|could|will|would) i (finish|graduate|complete|get my|be done)\b`,
    // "how quickly could I finish?", "how fast can I get my degree?" (not an exam's or a unit's: "how fast can I finish the exam?").
    // (Only the diploma, or nothing after: "how quickly can I finish my enrolment / the UA dossier / my internship?" ask no plan.)
    String.raw`\bhow (quickly|fast|soon) (can|could|will|would|might|do) i (graduate|(finish|complete|be done)(?= (it|this|that|everything|all|the (licence|license|degree|diploma|bachelor|l3|whole thing)|my (licence|license|degree|diploma|bachelor|studies|l3))\b| (if|with|at|by|taking|doing|given|and|or|then)\b| ?$)|get (it|there|(my|the|this|that) (licence|license|degree|diploma|bachelor)))\b(?!.{0,20}\b(exams?|examens?|tests?|homework|assignments?|units?|courses?|modules?|ue|ua|[a-z]{3}\d{3}|application|applying|registration|registering|enrolment|enrollment|enrolling|paperwork|process|form|forms|dossier|report|internship|placement)\b)`,
    String.raw`\b(fastest|quickest|shortest) (way|path|route|plan)\b`,
    // "what's the best way to get the licence fast?", « finir la licence rapidement ».
    String.raw`\b(get|finish|complete|do|obtain|earn|${FINISH}|avoir|obtenir|faire) (the|my|a|la|le|ma|mon) (licence|license|degree|diploma|bachelor|diplome|ingenieur)\b.{0,20}\b(fast|quickly|quick|soon|vite|rapidement)\b`,
    String.raw`\b(finish|graduate|complete)\b.{0,30}\b(as (fast|quickly|soon) as possible|asap|fastest|quickest|sooner)\b`,
    // « faire la licence en un an ? », "finish the degree in two years?": a duration asked of a diploma.
    String.raw`\b(faire|${FINISH}|avoir|valider|passer) (la|le|ma|mon|ce|cette|toute la|tout le) (licence|diplome|master|ingenieur|diplome d ingenieur|titre|cursus)\b.{0,30}\ben (\d|un|une|deux|trois|quatre) (ans?|annees?|semestres?)\b`,
    String.raw`\b(finish|complete|do|get) (the|my|a) (licence|degree|diploma|bachelor|engineering degree)\b.{0,30}\bin (\d|one|two|three|four) (years?|semesters?|terms?)\b`,
    // « planifie-moi ça », "could you plan how I'd get to the licence", "what would the first year look like?".
    String.raw`\b(planifie|planifiez|planifier) (moi|le moi|la moi|les moi|ca|cela|mon parcours|mes etudes)\b|\bfai(s|tes) moi (un|le) (plan|planning|parcours)\b`,
    String.raw`\b(could|can|would|will) you (plan|map out|lay out|draw up)\b|\bplan (it|this|that) (out|for me)\b|\bplan (how|out how)\b`,
    String.raw`\b(first|1st|next|second) (year|semester|term)\b.{0,20}\blook like\b|\ba quoi (ressemblerait|ressemblera|ressemble) (ma |mon |la |le )?(premiere|1ere|1re|prochaine|premier|deuxieme) (annee|semestre)\b`,
    String.raw`\bpar (quoi|ou) (je )?(commence|commencer|debute|debuter)\b.{0,40}\b(licence|diplome|ingenieur|master|cursus)\b|\b(licence|diplome|ingenieur|master)\b.{0,80}\bpar (quoi|ou) (je )?(commence|commencer|debute|debuter)\b`,
    String.raw`\bwhere (do|should|would|can) i (start|begin)\b.{0,40}\b(licence|license|degree|diploma|engineering)\b|\b(licence|license|degree|diploma|engineering)\b.{0,80}\bwhere (do|should|would|can) i (start|begin)\b`,
    // « un planning pour finir le diplôme », "a plan to finish my degree".
    String.raw`\b(planning|plan|programme) (pour|to) (finir|terminer|obtenir|avoir|finish|complete|get)\b`,
    // « tu peux me faire un planning pour la licence ? », « un emploi du temps pour finir ma licence », « proposer un parcours pour la
    // licence »: a plan asked for a diploma (« le programme de la licence », what it holds, says « de », not « pour »).
    // (« le programme pour la licence », « quel parcours pour la licence si j'ai un BTS ? », « le calendrier pour la licence » ask what it
    // holds or how to get in: those words are a plan only asked for, « me proposer un parcours pour la licence ».)
    String.raw`\b((planning|plan|emploi du temps|plan d etudes)s?|(faire|fais|faites|proposer|propose|proposez|preparer|prepare|preparez|construire|construis|donner|donne|donnez|etablir|etablis) (moi |me |m )?(un|une|mon|ma) (parcours|programme|calendrier)) (pour|to) (${FINISH}|faire|avoir|valider|passer|preparer|finish|complete|get|do)? ?(la|le|ma|mon|l|the|my) (licence|license|diplome|diploma|degree|master|ingenieur|diplome d ingenieur|engineering degree|titre|cursus|l3)\b(?! (fees?|costs?|prices?|requirements?|access|admission|exams?|frais|tarifs?|prix|conditions?|examens?))`,
    // « organise-moi mes semestres pour le diplôme d'ingénieur », « étaler la licence sur 3 ans », « répartir les UE de la licence »
    // (not how a diploma « est organisé »).
    // (Asked of the assistant or wanted, not said of the Cnam: « qui organise la formation ? », « je peux étaler le diplôme ? ».)
    String.raw`\b((organise|organisez|repartis|repartissez|etale|etalez|echelonne|echelonnez) (moi|nous)|(veux|voudrais|aimerais|souhaite|souhaiterais|peux tu|pouvez vous|tu peux|vous pouvez|aide moi a|aidez moi a|m aider a|comment) (m )?(organiser|repartir|etaler|echelonner)) (mes |les |mon |ma |la |le )?(semestres|ue|annees|etudes|parcours|cursus|formation|licence|diplome|diplome d ingenieur|ingenieur)\b`,
    // "help me plan my licence", "can you build me a schedule to finish the engineering degree".
    String.raw`\b(help me|can you|could you|would you) (to )?(plan|schedule|organi[sz]e|map out|lay out)\b.{0,20}\b(my|the) (licence|license|degree|diploma|studies|semesters|bachelor|engineering degree)\b(?! (requirements?|fees?|costs?|access|admission|exams?))`,
    String.raw`\b(build|make|give|draw up|create|put together|prepare) (me |us )?(a|an|my) (schedule|plan|timetable|roadmap|planning)\b.{0,12}\b(to|for) (finish|complete|get|obtain|do|the|my)\b.{0,20}\b(licence|license|degree|diploma|bachelor|l3)\b(?! (fees?|costs?|prices?|requirements?|access|admission|exams?))`,
    // « quelles UE prendre au prochain semestre pour avancer ? », "what should I take next semester?".
    String.raw`\b(quelles?|quels?) (ue|ues|unites?|cours|matieres)\b.{0,30}\b(prendre|choisir|suivre|faire)\b.{0,30}\b(prochain semestre|semestre prochain|ce semestre|au s1|au s2|pour avancer|pour finir|pour terminer|l an prochain|l annee prochaine)\b`,
    String.raw`\b(what|which) (units|courses|classes|modules) (should|do|must|could) i (take|do|pick|choose)\b.{0,30}\b(next (semester|term|year)|to (finish|complete|progress|move forward)|this (semester|term))\b`,
  ].join("|"),
);

const ELIGIBILITY =
  /\b((?:sans|without) [a-z]{3} ?\d{3}(?=.{0,25}\b(?:possible|faisable|jouable|envisageable|ok|okay|allowed|doable|possible for me)\b)|(?:would|will) i be able to (?:take|do|join|follow|enrol|enroll|register|sign up)|(?:on m a|ils m ont|elle m a|il m a|on me) refuse(?:e|nt)?(?: l inscription| mon inscription| l acces)?(?: a| en| pour| de)? (?=[a-z]{3} ?\d{3})|(?:i was|i ve been|i got|i have been|they) (?:refused|rejected|turned down|denied)(?: me)?(?: (?:for|from|in|into|a place in|enrolment in|registration for))? (?=[a-z]{3} ?\d{3})|(?:je )?rempli[st]? (?:les |toutes les )?conditions (?:pour|de|d acces)|(?:qu est ce qui|qu est ce qu il) (?:me )?manque pour (?:faire|suivre|prendre|m inscrire|acceder|avoir acces)(?= (?:a |en |au )?[a-z]{3} ?\d{3})|(?:c est |c |cest )?(?:mort|fichu|foutu|cuit) (?:pour|pr) (?=[a-z]{3} ?\d{3})|is it over for (?=[a-z]{3} ?\d{3})|(?<!tu |il |on |elle |vous )peux (?:faire|suivre|prendre|m inscrire)|(?:accessible|ouverte?|adaptee?|faite?|suitable|open|right|ok|possible|feasible|doable|faisable|jouable|envisageable|realistic|realiste) (?:pour|for|to) (?:moi|me)|(?<=\b(?:[a-z]{3} ?\d{3}|ue|ues|unites?|elles?|deux|les deux|celle ci|celles ci|cette ue|ces ue) )(?:me|m) (?:est|sont|seraient|serait|seront|sera) (?:elle |elles )?(?:accessibles?|ouvertes?)(?! (?:quand|ou|en ligne|sur|via|when|where|online)\b)|(?:est|sont) (?:elle|elles) (?:accessibles?|ouvertes?) (?:pour|a) (?:moi|mon profil)|(inscription|inscrire|m inscrire|enrol\w*|enroll\w*|suivre|prendre|faire)\b.{0,25}\b(possible|faisable|ok|autorise|allowed|possible for me|pour moi)|puis je|je peux|peux je|est ce que je peux|est ce qu on peut|pourrais je|ai je le droit|ai je acces|(ai je|j ai|est ce que j ai) les? (prerequis|niveau|conditions)|i (have|meet) the (prerequisites|requirements|level)|suis je (eligible|admissible|autorise|autorisee)|je (veux|voudrais|souhaite|souhaiterais|aimerais|compte|vais) (m inscrire|m y inscrire|suivre|prendre|faire|commencer|m inscrire a)|m inscrire|m y inscrire|can i|could i|may i|am i (eligible|allowed|able|qualified|admissible|authori[sz]ed)|do i (meet|have|qualify|need|fulfil)|i (want|would like|d like|wish|plan|intend) to (enrol|enroll|register|take|do|join|start|sign up|follow)|(can|could|may) (someone|somebody|anyone|a person|people|a learner|a student|learners|students) (who|with|without|that)\b.{0,60}\b(take|do|enrol|enroll|register|follow|join|sign up)|(quelqu un|qqn|une personne|les gens|un auditeur|une auditrice) (qui|avec|sans)\b.{0,60}\b(peut|peuvent|pourrait|pourraient) (suivre|faire|prendre|s inscrire|s y inscrire)|eligible|eligibilite|eligibility|allowed to|le droit de|qualify|acceder a|access to|autorise a|(je pourrai|pourrai je|je pourrais|pourrais je|je pourrai|est ce que je pourrai|est ce que je pourrais) (quand meme |aussi |ensuite |directement |deja )?(faire|suivre|prendre|m inscrire|m y inscrire|passer)|c est bon|ca passe|c est ok|ca le fait|est ce bon|(am i|i m|im|are we) (good|ready|ok|okay|set) (for|to)|good to go|(je pensais|je pense|j envisage|j envisageais|je compte|je prevois|j hesite a|i m thinking of|i was thinking of|i m planning to|i plan to|planning on|i m considering|considering) (faire|suivre|prendre|m inscrire|enchainer|taking|doing|take|do|enrolling|enrol)|(faire|suivre|prendre|enchainer|take|taking|do|doing|enrol\w*)\b.{0,60}\b(bonne idee|good idea|vous en pensez quoi|tu en penses quoi|t en penses quoi|what do you think|is that wise|is it wise|c est jouable|c est realiste|realistic))\b/;

/**
 * "Puis-je m'inscrire à une UE ?", "suis-je éligible ?", "can I take a unit?": a check of the learner's
 * own enrolment without a code, as opposed to how to enrol ("comment s'inscrire"), which content answers.
 */
const ELIGIBILITY_CHECK =
  /\b(puis je|est ce que je peux|je peux|peux je|pourrais je|ai je le droit de|can i|could i|may i|am i allowed to)\b.{0,12}\b(m inscrire|m y inscrire|suivre|prendre|enrol|enroll|register( for)?|take|sign up for)\b.{0,6}\b(une ue|cette ue|une unite|cette unite|ce cours|un cours|une formation|a unit|this unit|a course|this course|a module|this module)\b|\b(suis je eligible|am i eligible|verifier (mon eligibilite|si je peux m inscrire)|check (my eligibility|if i can enrol|whether i can enrol))\b/;

/** When or where a unit's classes are: asked about a unit code, the catalog's offerings answer it. */
const SCHEDULE =
  /\b(plutot (le )?(soir|samedi|jour|matin)|(soir|samedi|evening|saturday)s? (ou|or) (en |le |la |the |on )?(soir|samedi|semaine|journee|evening|saturday|weekday)s?|le soir ou|in the evening or|on saturdays?\b.{0,10}\?|quand|horaires?|a quelle heure|quel(le)?s? (jours?|soirs?|creneaux?)|ou (ont lieu|a lieu|se (passent|deroulent|passe|deroule))|lieu des cours|emploi du temps|planning|when|what time|which (days?|evenings?)|what days?|timetable|schedule|where (are|is|do|does) (the )?(classes|class|courses?|lessons?)|(fit|fits|suit|suits|match|work with|works with|colle|coller|collera|compatibles?) (in |with |avec )?(my|mes|mon) ([a-z]+ )?(hours|heures))\b/;
/** Asking what a unit is: its description, whatever else the message mentions. */
const DESCRIBE = /\b(c est quoi|qu est ce|what is|what s|tell me about|presente|parle moi|describe|contenu|content|programme)\b/;
/** Exams have their own calendar, which the catalog does not hold. */
/** Words a question about a unit must add, that nothing explains, before the description is no longer its answer. */
const MIN_UNEXPLAINED = 2;
/** What the unit is, asked of the unit itself (« c'est quoi NFA031 ? », "NFA031, what is it?"), not of something of it ("what's the email of…"). */
const DESCRIBES_THE_UNIT =
  /\b(differences?|difference entre|compare|comparer|comparaison|versus|vs)\b|\b(c est quoi|qu est ce que|qu est ce|what is|what s|tell me about|presente moi|presentez moi|parle moi de|parlez moi de|describe)( l ue| l unite| le cours| la| le| l| the| unit| course| module)? [a-z]{2,5} ?\d{2,5}[a-z]?\b|\b[a-z]{2,5} ?\d{2,5}[a-z]? (c est quoi|c quoi|ca parle de quoi|what is it|what s that|what is that|ca consiste en quoi)\b/;
/**
 * Whether a message speaks of an exam: « je la repasse quand ? » does, « je repasse NFA031 l'année prochaine, quel
 * semestre ? » speaks of taking the unit again (its classes).
 */
function speaksOfAnExam(words: string): boolean {
  return EXAM_WORDS.test(RETAKES_THE_UNIT.test(words) ? words.replace(/\b(repasse|repasser|repasses)\b/g, " ") : words);
}
/** What to bring on exam day, asked (folded words): « le jour de l'examen, il me faut quoi ? », « quoi apporter à l'examen », "what should I bring to the exam?". */
const WHAT_TO_BRING_TO_THE_EXAM =
  /\b(?:le jour de l ?(?:examen|exam|epreuve|partiel)|on (?:the )?(?:[a-z]{3} ?\d{3} )?(?:examen|exam) day|on the day of (?:the |my )?(?:[a-z]{3} ?\d{3} )?(?:examen|exam))\b.{0,25}\b(?:il me faut quoi|il faut quoi|faut quoi|me faut il quoi|que (?:dois je|faut il) (?:apporter|prendre|amener|avoir)|what do i need|what should i (?:bring|have))\b|\b(?:apporter|amener|ramener|emmener|bring|take along)\b(?! (?:my |mes |ma |mon |your |des |les |a |une? |some )?(?:notes|documents?|cours|calculat\w*|calculette|dictionnaire|dictionary|cheat sheets?|antiseches?)\b)(?: \w+){0,2} (?:a|au|pour|to|for|at|on) (?:l ?|le |the |my |mon )?(?:[a-z]{3} ?\d{3} )?(?:examen|exam|epreuve|partiel|exam day)s?\b/;
/** Whether all is to be done again, asked: « je dois tout recommencer ? », « je perds tout ? », "do I have to start over?" (folded words). */
const ALL_LOST_ASKED =
  /\b(tout (recommencer|refaire|reprendre|repasser)|recommencer (depuis le debut|a zero|de zero)|(repartir|repars|repart|repartirai) (de|a) (zero|0)|(je perds|j ai perdu|perdre) (tout|mes credits|mes ue)|tout (est )?perdu|start (all |everything )?over|start from scratch|(redo|retake) everything|lose (everything|all my credits|my credits)|lost (everything|all my credits|my credits))\b/;
/** Both sessions of a unit missed: « aux deux sessions », « raté aussi la session 2 », "both sessions" (folded words). */
const BOTH_SESSIONS_MISSED = /\b(deux sessions|both sessions|2 sessions|(rate|loupe|manque|missed|absente?)( \w+){0,2} (la |le |the )?(session 2|rattrapage|resit|second session))\b/;
/** Years ago, said: « il y a 6 ans », "three years ago" (folded words). */
const YEARS_AGO = /\b(il y a \w+ ans|\w+ years ago)\b/g;
/** Taking a unit again in a later term, not sitting its exam again. */
const RETAKES_THE_UNIT = /\b(annee prochaine|an prochain|next year|semestre prochain|prochain semestre|quel semestre|which semester|a quel semestre)\b/;

/** An exam missed, or asked to be moved. */
/**
 * An exam one cannot come to, said (folded words, regex source): « je (ne) peux pas venir à l'examen », « jpeux pas venir a lexam »,
 * « je ne vais pas pouvoir me présenter au partiel », "I can't come to the NFA009 exam" — not « venir à l'examen sans ma carte ».
 */
export const CANNOT_COME_TO_THE_EXAM = String.raw`(?:(?:jpeux|(?:je |j )?(?:ne )?(?:peux|pourrai|pourrais)) (?:pas|jamais)|(?:je )?(?:ne )?vais pas pouvoir) (?:y )?(?:venir|aller|me presenter|etre la|etre present|etre presente) (?:a |au |pour )?(?:l |le |mon )?(?:examen|exam|lexamen|lexam|partiel|epreuve)\b(?! (?:sans|avec|with|without)\b)|(?:can t|cannot|won t be able to|will not be able to) (?:come|go|make it|attend|be there|sit)(?: to| at| for)? (?:the |my )?(?:[a-z]{3} ?\d{3} )?exam(?:en)?s?\b(?! (?:sans|avec|with|without)\b)`;
const EXAM_MISSED_OR_MOVED = new RegExp(String.raw`\b(${CANNOT_COME_TO_THE_EXAM}|absent|absente|malade|hospitalisee?|hospitali[sz]ed|in hospital|en deplacement|sick|ill|missed|loupe|loupee|pas pu (y )?(aller|venir|me presenter)|pu y aller|couldn t (go|come|attend|make it|sit)|could not (go|come|attend|sit)|empeche\w*|empechement|reschedule|postpone|move it|move my|decaler|reporter|deplacer|repousser|changer la date|autre date|another date|different date|un autre jour|une autre semaine|un autre moment|another day|another week|(?<!\bou )plus tard|(?<!\bor )later)\b`);
/**
 * « je peux le passer un autre jour ? », « … une autre semaine ? », « Je peux passer NFA031 une autre semaine que prévu ? »: one sits an
 * exam, not a unit, on another day or week (« passer NFA008 un autre semestre » stays a check: the unit taken another semester).
 */
const SAT_ON_ANOTHER_DAY = /\b(le |la |l )?(passer|sit|take)( it| l examen| the exam)? (un autre jour|une autre semaine|un autre moment)|\b(passer|repasser) [a-z]{3} ?\d{3} (un autre jour|une autre (date|semaine)|un autre moment)\b|\b(le |la |l )?(passer|sit|take)( it| l examen| the exam)? (un autre jour|une autre date|une autre semaine|un autre moment|plus tard|another day|on another day|another week|in another week|at another date|later)\b/;
const EXAM_WORDS = /\b(examens?|exams?|partiels?|sessions?|epreuves?|rattrapages?|repasse|repasser|repasses|resits?|retakes?|re sit)\b/;

const CREDIT_OR_HOUR_WORDS = /\b(heures?|hours?|h|hrs?|ects|credits?|volume horaire|duree|dure|how long|combien de temps)\b/;

const NUMBER = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
const ECTS_MENTION = new RegExp(`${NUMBER}\\s*-?\\s*(?:credits? ects|credits?|ects|ect|cr)\\b`, "g");
const HOURS_MENTION = new RegExp(`${NUMBER}\\s*-?\\s*(?:heures?|hours?|hrs?|hr|h)\\b(?!\\s*\\d)`, "g");
/** Clock times and time ranges ("de 18h à 21h45", "18h15", "at 6pm", « je finis à 20h ») are not durations. */
const CLOCK_TIMES =
  /\b\d{1,2}\s*h\s*\d{0,2}\s*(a|-|to|until|jusqu a|et)\s*\d{1,2}\s*h\s*\d{0,2}|\b\d{1,2}\s*h\s*\d{2}\b|\b(vers|at|until|jusqu a|apres|after|before|avant|des|from|(commencent|commence|finissent|finit|finis|fini|terminent|termine|debutent|debute|sors|quitte|debauche|starts?|ends?|finish(es)?) (a|at)) \d{1,2}\s*(h|pm|am)\b|\b\d{1,2}\s*(pm|am)\b|\b\d{1,2}:\d{2}\b/g;

/**
 * Hours of work, per week or on the way are the learner's time, no unit's volume: « je bosse 39h par semaine », "I work 35 hours",
 * « 1 h de transport matin et soir », "a 2 hour commute".
 */
const WORK_TIME = new RegExp(
  `\\b${NUMBER}\\s*-?\\s*(?:heures?|hours?|hrs?|h)\\s*(?:(?:de |of )?(?:libres?|de libre|de dispo\\w*|disponibles?|de temps libre|free|spare|free time)\\s*)?(?:par|per|a|an|each|chaque|\\/|le|the|in the)\\s*(?:semaine|sem|week|wk|jour|day|soir|soirs|soiree|evening|evenings|night|mois|month|week end|weekend)\\b|\\b(?:travaille|travail|bosse|bosser|taf|work|works|working|job)\\s+(?:[a-z]+\\s+){0,2}${NUMBER}\\s*-?\\s*(?:heures?|hours?|hrs?|h)\\b(?:\\s*(?:par|per|a|an|each|chaque|\\/)\\s*(?:semaine|sem|week|wk|jour|day|mois|month)\\b)?|\\b${NUMBER}\\s*-?\\s*(?:heures?|hours?|hrs?|h)\\s*(?:de |d |of )?(?:transports?|trajets?|route|commute|commuting)\\b`,
  "g",
);

/** The text without what reads as hours but is no volume of classes: clock times, working time. */
function withoutTimesOfDay(rules: string): string {
  return rules.replace(CLOCK_TIMES, " ").replace(WORK_TIME, " ");
}

const GRADE_OUT_OF_20 = new RegExp(`${NUMBER}\\s*(?:\\/|sur|out of|over)\\s*20\\b`);
/** "j'ai eu 8", "I got 12", "ma note est 9,5": a verb or noun of grading, then the number. */
const GRADE_STATED = new RegExp(
  `\\b(?:j ai eu|j ai obtenu|ai eu|obtenu|i got|i scored|i received|i ve got|i have got|my (?:grade|mark|score) (?:is|was)|ma note (?:est|etait|c est)(?: de)?|ma note de|une note de|note de|la note de|grade of|mark of|score of|(?:pass|passed|passe|valide|validate|validated) (?:a |an |the |my |une |un |l |la |le )?(?:unit |ue |exam |examen |it )?(?:with|avec)|je l (?:ai|avais) (?:eue?|obtenue?|validee?|reussie?|passee?) avec(?= (?:un |une )?\\d{1,2}(?:[.,]\\d{1,2})?(?:\\s*(?:\\/\\s*20|sur 20))?\\s*(?:[,.;!?]|$|et\\b|mais\\b|je\\b|donc\\b)))\\s+(?:un |une |a |an |only |que |seulement |juste |exactly |just |pile |tout juste )?${NUMBER}\\b(?!\\s*(?:(?:ects|credits?|cr|h|heures?|hours?|hrs?|ans?|annees?|years?|mois|months?|ue|units?|eme|th|st|nd|rd)\\b|%))`,
);
/**
 * "j'ai 9" or "avec 9,5" count as a grade only beside a grading noun (not "with 3 exams in June": a count of exams), and never as the
 * count of things named after it ("I have 2 kids", "with 2 jobs", « j'ai 2 enfants »: a plural noun follows the number).
 */
const GRADE_WEAK = new RegExp(`\\b(?:j ai|i have|avec|with|j avais|si j avais|i had|if i had|if i get|if i got)\\s+(?:eu |got )?(?:un |une |a |an |only |que |seulement |juste |exactly |just |tout juste |pile )?${NUMBER}\\b(?!\\s*(?:(?:ects|credits?|cr|h|heures?|hours?|hrs?|ans?|annees?|years?|mois|months?|ue|units?|exams?|examens?|partiels?)\\b|%))${NOT_A_COUNT_OF_THINGS}`);
/** Passing a unit said with a verb: « je valide », « c'est validé », "do I pass". */
const PASSING = /\b(je valide|j valide|ca valide|c est valide|validee?|do i pass|i pass|pass it|is it a pass|reussi|je reussis|si j avais eu|if i had (got|gotten|had)|what if i had)\b/;
// ("I passed one of my exams with exactly 10": the plural names the exam too.)
const GRADING_NOUN = /\b(note|grade|mark|score|moyenne|average|examens?|exams?|partiel)\b/;
const FIRST_PERSON = /\b(j ai|jai|je|j|mon|ma|mes|moi|i|i ve|im|my|me|ai je)\b/;

/** A message reduced to folded words, with chat abbreviations expanded, padded with spaces. */
function foldedWords(text: string): string {
  const words = rawTokens(text).map(({ folded }) => ABBREVIATIONS[folded] ?? folded).filter(Boolean);
  return SPOKEN_PHRASES.reduce((said, [phrase, meant]) => said.replace(phrase, meant), ` ${words.join(" ")} `);
}

/** Phrases of spoken French the rules read in their written words: « c'est full distance ? », « de chez soi ». */
const SPOKEN_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  HOW_TYPED_SHORT,
  // « qu'est-ce que vous avez en RH que je pourrais suivre à distance ? »: what could be followed is what is looked for, said again.
  [/ (vous avez|vous proposez|avez vous|proposez vous) (quoi )?(en|de|sur) ([a-z ]{2,40}?) (que|qu) (je|j) (pourrais|peux|puisse|pourrai) (suivre|faire|prendre) /g, " $1 $2$3 $4 "],
  // "Do I really need NFA031 before NFA032?", « je dois vraiment faire … », « il faut vraiment … »: the need, as asked without the adverb.
  [/ (do i|does it|must i|do you|need|needs|faut il|il faut|faut|je dois|dois je|dois) (really|actually|strictly|absolutely|truly|vraiment|absolument|reellement) /g, " $1 "],
  // A wish's softening names no matter: « des cours de droit, de préférence à distance ? », "ideally online".
  [/ (de preference|preferablement|idealement|si possible|preferably|ideally|if possible) /g, " "],
  // « vs avez un master cyber ? »: « vs » before a verb is « vous » typed short, not "versus".
  [/ vs (avez|pouvez|etes|faites|proposez|offrez|connaissez|savez|auriez|pourriez|conseillez) /g, " vous $1 "],
  // (« full distanciel », "full remote", « full en ligne »: the same, as typed on a phone.)
  [/ (full|100) (a |en )?(distance|distanciel|foad|remote|online|ligne) /g, " entierement a distance "],
  // « on peut la faire 100% de chez soi ? »: from home is at a distance.
  [/ (100 |entierement |totalement |completement )?de chez (moi|soi|vous) /g, " $1a distance "],
  // « je peux la suivre sans me déplacer ? », "without travelling": never on site is entirely at a distance.
  [/ sans (jamais )?(me |se |vous |nous )?(deplacer|venir sur place|venir au cnam|me rendre au cnam|aller au cnam) /g, " entierement a distance "],
  [/ without (ever )?(travell?ing|commuting|going (to|on) (campus|site)|coming (to|on) (campus|site)) /g, " entirely remote "],
  // « ESD104, est-ce qu'il faut se déplacer au Cnam parfois ? », "do I ever have to come to the Cnam?": whether it meets on site.
  [/ (faut il|il faut|faudra t il|faut|dois je|je dois|devrai je|je devrai) (parfois |quand meme |des fois |de temps en temps )?(se deplacer|me deplacer|venir|aller|me rendre) (au cnam|a paris|sur place|au centre)( parfois| quand meme| des fois| de temps en temps)? /g, " il faut venir sur place "],
  [/ (do|will|would) i (ever |sometimes |still )?(have|need) to (come|go|travel) (to (the )?(cnam|paris|campus)|on site|in person)( sometimes| at all)? /g, " must i come on site "],
];

/** The message for the slots: phone spellings expanded (« jai eu 7 » is « j'ai eu 7 »), numbers and punctuation kept. */
function rulesText(text: string): string {
  const said = ` ${numberWordsToDigits(foldText(text).replace(/'/g, " ").replace(/[a-z]+/g, (word) => ABBREVIATIONS[word] || word).replace(/\s+/g, " ").trim())} `;
  return said.replace(HOW_TYPED_SHORT[0], HOW_TYPED_SHORT[1]);
}

/** The diplomas a message names by code (LG02501A, CYC9106A), once each. */
function diplomaCodesOf(words: string): string[] {
  return [...new Set([...words.matchAll(DIPLOMA_CODE)].map((m) => (m[1] as string).toUpperCase()))];
}

/** The text without the unit codes as written (« NFA031 », « nfa 031 »): their digits are no quantity. */
function withoutCodes(text: string, codes: readonly string[]): string {
  let rest = text;
  for (const code of codes) {
    const letters = code.replace(/\d+$/, "").toLowerCase();
    rest = rest.replace(new RegExp(`\\b${letters}\\s?-?${code.slice(letters.length)}\\b`, "g"), " ");
  }
  return rest;
}

/** The message without courtesy words, to test whether it is *only* a greeting, thanks, help... */
function withoutCourtesy(words: string, extra?: RegExp): string {
  let rest = words.replace(COURTESY, " ");
  // Patterns are kept non-global (they are also used with test()); a global copy removes them all.
  if (extra) rest = rest.replace(new RegExp(extra.source, "g"), " ");
  return rest.replace(/\s+/g, " ").trim();
}

/**
 * Recognizes the structured intents of a message, or returns undefined when retrieval should
 * answer. Rules run in a fixed order: refusals first (a request for someone else's data is refused
 * however it is phrased), then conversation control (language, cancel, help, thanks, greeting,
 * handoff), then the intents with slots (grade, progress, credit hours, eligibility, unit).
 */
export function recognizeIntent(text: string, focused: FocusedMessage = focusOnQuestion(text)): RuleIntent | undefined {
  const words = foldedWords(text);
  const rules = rulesText(text);
  const refusal = recognizeRefusal(text, words, focused.question);
  // "I'd like to speak to an advisor about my units from another school": an advisor may answer what the sources do not.
  // « j'ai travaillé 15 ans comme conseiller bancaire »: a job, not an advisor asked for.
  const advisorWords = words.replace(NO_ADVISOR_ASKED, " ");
  const asksForAdvisor = HANDOFF_PERSON.test(advisorWords) && HANDOFF_VERB.test(words);
  if (refusal && !(asksForAdvisor && (refusal.reason === "off-topic" || refusal.reason === "course-content"))) return refusal;

  if (NOT_USEFUL.test(text)) return { kind: "vote", useful: false };
  if (USEFUL.test(text)) return { kind: "vote", useful: true };

  const language = recognizeLanguageSwitch(words);
  if (language) return { kind: "switch-language", to: language };

  const bare = withoutCourtesy(words);
  if (CANCEL.test(bare)) return { kind: "cancel" };
  if (HELP.test(bare)) return { kind: "help" };
  if ((THANKS.test(words) || FAREWELL.test(words)) && withoutCourtesy(withoutCourtesy(words, FAREWELL), THANKS) === "") return { kind: "thanks" };
  if (GREETING_WORDS.test(words) && withoutCourtesy(words, SMALL_TALK) === "") return { kind: "greeting" };
  if (bare === "" && SMALL_TALK.test(words)) return { kind: "greeting" };
  const status = recognizeHandoffStatus(text, words);
  if (status) return status;
  if (HANDOFF_PERSON.test(advisorWords) && (asksForAdvisor || withoutCourtesy(words, /\b(un|une|a|an|the|le|la|des|de|d|avec|with|to|a)\b/g).split(" ").length <= 2)) {
    return { kind: "handoff" };
  }

  // The whole message answers a yes/no question (« oui », « non merci », "sure"): the dialogs know which.
  const yesNo = readYesNo(text);
  if (yesNo) return { kind: "yes-no", answer: yesNo };

  return recognizeQuestion(text, words, rules, foldedWords(focused.question), rulesText(focused.question));
}

/**
 * « Où en est ma demande ? », « ma demande 261203-AB12C », "any answer to my request?": a request
 * number alone, or the learner's own request with a word of status, or whether an advisor answered.
 */
function recognizeHandoffStatus(text: string, words: string): RuleIntent | undefined {
  const id = HANDOFF_ID.exec(text);
  const requestId = id ? `${id[1]}-${(id[2] as string).toUpperCase()}` : undefined;
  const asked = (OWN_REQUEST.test(words) && REQUEST_STATUS.test(words)) || ADVISOR_ANSWERED.test(words) || QUESTION_STATUS.test(words);
  const onlyTheNumber = requestId !== undefined && withoutCourtesy(words.replace(HANDOFF_ID_WORDS, " "), /\b(ma|mon|my|the|la|le|demande|request|n|no|numero|number|c|est|c est|voici|voila|it|s|its|is|it s|here|here s|c etait|was|reference|ref)\b/g) === "";
  // ("Any news on request 250114-XK9PQ?": a request number with a word of status, whoever's request it is said to be.)
  if (!asked && !onlyTheNumber && !(requestId && (OWN_REQUEST.test(words) || REQUEST_STATUS.test(words)))) return undefined;
  return { kind: "handoff-status", ...(requestId ? { requestId } : {}) };
}

/** A request number as folded words split it ("261203 ab12c"). */
const HANDOFF_ID_WORDS = /\b\d{6} [a-z0-9]{5}\b/g;

/**
 * The intents with slots. Slots are read first (unit codes with their role, grades, credits, hours,
 * clock times); what is asked decides the intent, never a number or a code alone: « 6 ECTS, ça coûte
 * combien ? » asks for a price, « quand est l'examen de NFA031 ? » for a date the catalog does not
 * hold, « j'ai validé NFA031 avec 12, puis-je suivre NFA032 ? » checks NFA032.
 */
/** What now, after a unit failed: « je fais quoi ? », « c'est grave ? », "what should I do?", "what are my options?". */
const FAILED_WHAT_NOW =
  /\b(je fais quoi|jfais quoi|on fait quoi|que faire|quoi faire|je dois faire quoi|qu est ce que je (fais|dois faire|peux faire)|je fais comment|comment je fais|et maintenant|et apres|c est grave|what now|now what|what (do|should|can) i do( now| next)?|what happens (now|next)|what are my options|what next|quelles sont mes options|quelles options)\b/;
/** A unit said failed in so few words asks nothing else: « j'ai raté NFA032 », "I failed RSX101 :(". */
const MAX_FAILED_ALONE_WORDS = 6;

/**
 * « … j'ai raté aussi la session 2 de GDN100. J'avais validé UTC501 et UTC504 l'an dernier. Est-ce que je dois tout recommencer ? »: units
 * missed and units passed, whether all is lost asked: the passed ones are kept, the missed ones sat or taken again (it said « je ne sais
 * pas »). `kept`: the units said passed, without their grade. A session said missed counts here only, and before any other reading (« I
 * passed UTC501 and UTC504 … but I missed both sessions of GDN100 » ran a check of GDN100; alone, « I missed both sessions of NFA031, what
 * now? » is the page on both sessions missed).
 */
function unitsKeptBesideAMiss(words: string, questionWords: string, mentions: readonly UnitMention[]): RuleIntent | undefined {
  if (!ALL_LOST_ASKED.test(questionWords)) return undefined;
  // ("I got 12 in NFA031, but I couldn't sit the NFA035 exam …": a unit passed with its grade is kept as well.)
  const kept = mentions.filter((m) => m.role === "passed" && (m.grade === undefined || m.grade >= PASSING_GRADE)).map((m) => m.code);
  const sessionMissed = mentions.filter((m) => m.sessionMissed && m.role !== "passed").map((m) => m.code);
  const missed = mentions.filter((m) => m.absent || (m.sessionMissed && m.role !== "passed")).map((m) => m.code);
  const others = mentions.filter((m) => !kept.includes(m.code) && !missed.includes(m.code));
  if (kept.length === 0 || missed.length === 0 || others.some((m) => m.grade !== undefined) || others.some((m) => m.role === "asked" && !sessionMissed.includes(m.code))) return undefined;
  // Both sessions past only when said of the unit missed: years said of a unit passed (« validé UTC501 il y a 6 ans ») date that one (it
  // said UTC502, missed once, was missed at both sessions); the first session's wording says what follows if the second is past.
  const bothMissed = BOTH_SESSIONS_MISSED.test(words) || MISSED_LATER_SESSION.test(words.replace(YEARS_AGO, " "));
  return { kind: "grade", outOf: 20, codes: mentions.map((m) => m.code), absent: missed, kept, ...(bothMissed ? { session: 2 as const } : {}) };
}

function recognizeQuestion(text: string, words: string, rules: string, questionWords: string = words, questionRules: string = rules): RuleIntent | undefined {
  const mentions = unitMentions(text);
  const codes = mentions.map((m) => m.code);
  const asked = askedCodes(mentions);
  const passed = mentions.filter((m) => m.role === "passed").map((m) => m.code);
  const explicitlyAsked = mentions.some((m) => m.role === "asked");
  const keptAndMissed = unitsKeptBesideAMiss(words, questionWords, mentions);
  if (keptAndMissed) return keptAndMissed;

  // « J'ai eu ma note de DRS101 », "I got my grade for NFE114": a grade to come, not the unit's card; the job asks for it.
  // ("I just got my NFE114 grade back": the unit said after « got my » reads as passed; its grade to come all the same.)
  const ofTheGrade = asked.length === 1 ? asked : asked.length === 0 && codes.length === 1 ? codes : [];
  if (ofTheGrade.length === 1 && GRADE_RECEIVED.test(words) && !QUESTION_WORD.test(questionWords) && !CONTEST_OR_DIPLOMA.test(questionWords) && recognizeGrade(rules, words) === undefined && onlyFreeNumber(rules, mentions) === undefined) {
    return { kind: "grade", outOf: 20, codes: ofTheGrade };
  }
  // « J'ai raté NFA032, je fais quoi ? », "I failed NFA032, what should I do?", « j'ai pas eu la moyenne à NFA032 »: one unit failed, no
  // grade said, nothing else asked: not validated, and what comes next at each session (it got suggestions, or the unit's card).
  const [only] = mentions;
  if (mentions.length === 1 && only!.role === "failed" && !only!.absent && only!.grade === undefined && recognizeGrade(rules, words) === undefined && onlyFreeNumber(rules, mentions) === undefined && (FAILED_WHAT_NOW.test(questionWords) || words.trim().split(" ").length <= MAX_FAILED_ALONE_WORDS)) {
    return { kind: "grade", outOf: 20, codes: [only!.code], failed: true };
  }
  // « Est-ce que je peux faire la licence uniquement le samedi ? »: whether a plan fits those times; the planner says it.
  // « Je bosse le week-end donc le samedi c'est mort, ça pose problème pour la licence ? »: whether it fits without those times.
  const fitsWithout = asksWhetherItFits(words, questionWords);
  // « J'ai un master en finance, pour apprendre Java je commence par quoi ? », "I have a bachelor's degree in economics":
  // the diploma the learner holds is their situation; a diploma is what is asked about only when another is named.
  // (« ENG261 obligatoire pour l'ingénieur ? »: whether a unit is compulsory in the engineering degrees, their speciality unsaid; it got
  // « Mes sources ne disent pas cela de ENG261 ».)
  // (« pour le diplôme d'ingénieur, je peux échapper à ENG261 ? »: done without, the same; it got « ✅ Oui, vous pouvez vous inscrire ».)
  const namesADiploma = DIPLOMA_NAMED.test(words.replace(OWN_DIPLOMA, " ")) || (asked.length === 1 && (COMPULSORY.test(words) || doesWithout(questionWords)) && ENGINEERING_ALONE.test(words.replace(OWN_DIPLOMA, " ")));
  // « La licence est faisable en cours du soir ? »: whether a plan exists that way.
  // « la licence en 1 an en gardant mon job c'est jouable ? »: whether a plan exists in that time.
  // (« Je ne peux venir que le samedi … La licence info est faisable comme ça ? »: « comme ça » is the one way said before.)
  const feasibleThatWay = FEASIBLE.test(questionWords) && (MODALITY.test(questionWords) || IN_A_TIME.test(questionWords) || (THAT_WAY.test(questionWords) && saysOnlyOneWay(words)));
  // « Pour la licence je commence par quelles UE ? »: the first semester of a plan.
  if (asked.length === 0 && namesADiploma && STARTS_WITH_WHICH.test(questionWords)) return { kind: "planning", diplomaCodes: diplomaCodesOf(words), passed: codesGivenAsPassed(mentions) };
  // (« quelles options on peut faire sans venir sur place ? » asks which units are that way, for the diploma's job.)
  // (« je peux étudier qu'à distance, quelles UE … ? » tells the learner's own limit: the planner says what of the diploma fits it.)
  const whichUnits = /\b(quelles?|quels?|which|what) (ue|ues|unites?|units?|options?|modules?|cours|courses)\b/.test(questionWords) && !/\b(je (ne )?(peux|pourrai|pourrais) \w+ qu|i can only|i can t come|i cannot come)\b/.test(words);
  // (« la licence que le samedi c possible ? », "is the licence possible on Saturdays only?": asked whether it is possible that way
  // only, as « je peux faire … » asks it; it got a search of unit titles for « samedi ».)
  const mayThatWayOnly = (MAY_I.test(questionWords) || MAY_DO_A_DIPLOMA.test(questionWords) || FEASIBLE_SAID.test(questionWords)) && saysOnlyOneWay(questionWords);
  if (asked.length === 0 && !whichUnits && (namesADiploma || (fitsWithout && ANY_DIPLOMA.test(words))) && (mayThatWayOnly || saysEntirelyAtADistance(questionWords) || fitsWithout || feasibleThatWay)) {
    return { kind: "planning", diplomaCodes: diplomaCodesOf(words), passed: codesGivenAsPassed(mentions) };
  }
  const diplomaFacet = asked.length === 0 && namesADiploma ? diplomaFacetOf(text, rules, questionWords) : undefined;
  if (diplomaFacet) return { kind: "diploma", codes: [], facet: diplomaFacet };
  // A diploma's choices asked about with units (« pour la licence je peux choisir NFP119 et NFP121 ? »),
  // or what a diploma is made of: its composition, from the catalog.
  // « Vous avez un diplôme d'ingénieur en réseaux ? », "do you offer a law degree?": whether the catalog holds it.
  // « je bosse dans la data depuis 2 ans, vous avez un master en data science ? »: asked in the last clause.
  const whetherHeld = asked.length === 0 && (DIPLOMA_OFFERED.test(questionWords) || DIPLOMA_OFFERED.test(lastClause(text))) && !PLANNING.test(words) && !PROGRESS.test(words);
  // « vous faites le BTS SIO en cours du soir ? »: a kind of diploma the catalog never holds, asked about all the same.
  // (« vous avez un diplôme d'ingénieur en finance ? »: an engineering degree in a field none of the catalog's is.)
  if ((namesADiploma || OTHER_DIPLOMA_KIND.test(words.replace(OWN_DIPLOMA, " ")) || ENGINEERING_IN_A_FIELD.test(words)) && whetherHeld && !composition(words)) return { kind: "diploma", codes: [], offered: true };
  // "My boss lets me train up to 120 hours … only units that count toward the licence … GDN100, ANG320 and NFP121 this year. Does that
  // fit in 120 hours?": the units' hours against the budget the question names, the diploma being only what they count in (it listed
  // which are compulsory).
  if (namesADiploma && asked.length > 0 && FITS_HOURS.test(questionWords) && firstNumber(questionRules, HOURS_MENTION) !== undefined) {
    const offered = mentions.filter((m) => m.role === "asked" || m.role === "taking").map((m) => m.code);
    const budget = unitsInABudget(rules, words, asked, questionWords, offered);
    if (budget) return budget;
  }
  // "I passed NFA031, NFA032 and GDN100. Which of them count for the licence?": where the units passed stand in it.
  // (« … lesquelles comptent pour la licence et ce qui reste ? »: what is left says which count too — the progress.)
  const passedCount = asked.length === 0 && passed.length > 0 && COUNTS_IN.test(questionWords) && !PROGRESS.test(questionWords);
  // « … j'ai eu 8 en ANG320 deux fois. Est-ce que la moyenne peut compenser ou je suis obligé de valider l'anglais ? »: whether
  // grades compensate, which the content answers; not where the units stand in the diploma.
  const compensation = /\b(compens\w*|la moyenne (peut|pourrait|suffit)|average (can|could|is enough))\b/.test(questionWords);
  // « GDN100 je peux m'en dispenser pour la licence ? », "can I skip GDN100 for the licence?" (the unit skipped is read as gone
  // without): whether the diploma can do without it, not an enrolment check.
  // (« je peux prendre GDN100 et zapper ANG320 ? »: the unit gone without, not the one taken.)
  const goneWithout = mentions.filter((m) => m.role === "missing").map((m) => m.code);
  // (« être dispensé d'ANG320 avec le TOEIC » asks whether what one holds exempts: the exemption's conditions, not in the sources.)
  const doneWithout = doesWithout(questionWords) && !EXEMPTED_BY_WHAT_ONE_HOLDS.test(questionWords) ? (goneWithout.length > 0 ? goneWithout : asked) : [];
  if (namesADiploma && !compensation && doneWithout.length > 0) return { kind: "diploma", codes: doneWithout };
  // "Can I get the licence without the English unit?": a unit of the diploma said by its subject, gone without (it got suggestions).
  const subjectWithout = asked.length === 0 && namesADiploma && !compensation ? subjectDoneWithout(questionWords) : undefined;
  if (subjectWithout && A_UNIT_NOUN.test(subjectWithout)) return { kind: "diploma", codes: [] };
  // "can I skip GDN100 if I already manage projects at work?", « … avec le TOEIC »: a reason given to go without one unit asks whether
  // it exempts, which the sources do not say (it got « I do not know »). (Not of a UA: an internship is one of UAALOT's ways.)
  const exempted = goneWithout.length === 1 && asked.length === 0 && !/^U[AS]/.test(goneWithout[0]!) && doesWithout(questionWords) && EXEMPTED_BY_WHAT_ONE_HOLDS.test(questionWords) && unitFacet(questionWords) === "detail";
  if (exempted) return { kind: "unit", codes: goneWithout, facet: "detail" };
  // ("how many credits is the licence and how long will it take me": its length asked too is a plan's, which says the credits first;
  // the diploma's card left the length out.)
  // (Only beside its credits, which the plan says: « combien d'UE dans la licence et combien de temps » keeps the card.)
  const lengthToo = HOW_LONG.test(questionWords) && !OTHER_DURATION.test(questionWords) && CREDITS_ASKED.test(questionWords);
  if (namesADiploma && !compensation && ((asked.length > 0 && (DIPLOMA_CHOICE.test(words) || COUNTS_IN.test(words))) || passedCount || (asked.length === 0 && (composition(words) || CODE_ASKED.test(questionWords)) && !PLANNING.test(words) && !PROGRESS.test(words) && !lengthToo))) {
    // « J'ai validé RSX102, RSX101 peut aussi compter ? »: the units already passed count among the choices too.
    return { kind: "diploma", codes: asked.length > 0 ? [...asked, ...passed.filter((code) => !asked.includes(code))] : passedCount ? passed : asked };
  }

  // « NFE114, 9 », "UTC502: 10/20": a unit and a grade, nothing else.
  const bare = BARE_UNIT_GRADE.exec(rules);
  if (bare && toNumber(bare[2] as string) <= 20) return { kind: "grade", grade: toNumber(bare[2] as string), outOf: 20, codes: [(bare[1] as string).toUpperCase()] };
  // « J'ai eu 10 pile en NFE114, je peux repasser pour améliorer ? »: a passing grade is not sat again.
  // « … repasser l'exam pour avoir 16 »: the grade aimed at is set aside; only a passing grade resat to be raised is no resit.
  const target = TARGET_GRADE.exec(rules);
  // « si j'ai encore moins de 10 à la session 2 »: a threshold, not a grade.
  // (« J'ai eu 12 au bac, UTC501 c'est possible ? »: a school exam's grade, no unit's.)
  const gradeRules = (target ? rules.replace(target[0], " ") : rules).replace(GRADE_THRESHOLD, " ").replace(SCHOOL_GRADE, " ");
  const stated = recognizeGrade(gradeRules, words) ?? mentions.find((m) => m.grade !== undefined)?.grade;
  const raising = TO_IMPROVE.test(words) || (target !== null && stated !== undefined && toNumber(target[1] as string) > stated && SIT_AGAIN.test(words));
  if (stated !== undefined && stated >= 10 && stated <= 20 && raising) return { kind: "grade", grade: stated, outOf: 20, codes, improve: true };
  // "SEC105, I passed it with 12, do I need to retake it?", « j'ai eu 8 en NFA031, je dois la repasser ? »: whether the one unit
  // graded must be sat again is the grade's answer (it got an enrolment check, or the session 2 page).
  // (One grade said, of the learner's exam: not « 3 absences », « avec 2 potes », nor two marks of one exam.)
  const oneGradeSaid = (rules.match(/(?<![a-z0-9.,])\d{1,2}(?:[.,]\d{1,2})?(?![\d.,]*\s*(?:ects|credits?|h\b|heures?|hours?))(?!\d)/g) ?? []).length === 1 && !COUNTED_AFTER_A_NUMBER.test(words);
  if (stated !== undefined && stated <= 20 && codes.length <= 1 && oneGradeSaid && RESIT_NEEDED.test(questionWords) && !gradeAtLaterSession(rules, stated) && !saysLaterSessionPast(words) && !/\b(quand|when|date|dates|comment|how|inscri\w*|register\w*|sign up)\b/.test(words) && !COMPENSATION.test(words)) {
    return { kind: "grade", grade: stated, outOf: 20, codes };
  }
  // "Can I sit it again to get 15?", « repasser pour améliorer ma note ? »: no grade said, the rule alone.
  if (stated === undefined && SIT_AGAIN.test(words) && (TO_IMPROVE.test(words) || target !== null)) return { kind: "grade", outOf: 20, codes, improve: true };

  // « I was sick on the day of my NFE108 exam, can I reschedule it? », « j'ai pas pu aller à l'examen de NFA032, je
  // dois me réinscrire ? »: how exams go, which the content answers for every unit, not a check of enrolling.
  if (codes.length === 1 && stated === undefined && ((EXAM_WORDS.test(words) && EXAM_MISSED_OR_MOVED.test(words)) || SAT_ON_ANOTHER_DAY.test(words))) return undefined;
  // « j'ai eu moins de 10 à NFA031, je fais quoi ? »: below the pass mark, its value unsaid: the content on session 2 answers.
  if (BELOW_PASS.test(rules) && stated === undefined) return undefined;
  // « J'ai une licence pro en gestion, MSE102 c'est accessible ? »: studies stated, then whether the unit suits: the check weighs them.
  // « Je veux juste suivre NFE108, je suis obligée de m'inscrire à un diplôme ? »: whether units are taken à la carte, the content's.
  if (asked.length > 0 && MUST_ENROL_IN_A_DIPLOMA.test(questionWords)) return undefined;
  // (« Chef d'équipe, juste le bac mais 15 ans d'expérience. Mon N+1 me propose MSE102, c'est faisable ? »: the same.)
  // (« Mon N+1 me parle de MSE102 et de PRS201 mais je n'ai qu'un bac pro. Est-ce que l'une des deux est plus adaptée à mon profil ? »:
  // each weighed the same.)
  // (« NSY103 sans jamais avoir fait de C, c'est envisageable ? »: a skill said lacking, weighed the same against the unit's level.)
  if (asked.length >= 1 && asked.length <= 2 && (SUITS_ME.test(questionWords) || FEASIBLE.test(questionWords)) && (readStatedBackground(text) !== undefined || readLackedSkills(text).length > 0)) return eligibility(asked, mentions, words);
  // « j'ai 100 heures max, NFA008 et NFA040 ça passe ? »: the units' hours against a budget, not a check of enrolling.
  // (The options are the units of the question, asked or to be taken, not those said held, missing or under way before it.)
  const inTheQuestion = mentions.filter((m) => (m.role === "asked" || m.role === "taking") && withoutCodes(questionWords, [m.code]) !== questionWords).map((m) => m.code);
  // (« J'hésite entre NFA008 toute seule, ou bien UTC504 et NFA040 ensemble. Laquelle des deux options rentre dans les 90 heures ? »: a
  // question naming none of them weighs the units asked before it; they were summed, « Non … 120 h ».)
  const offered = inTheQuestion.length > 0 ? inTheQuestion : mentions.filter((m) => m.role === "asked").map((m) => m.code);
  const budget = unitsInABudget(rules, words, asked, questionWords, offered);
  if (budget) return budget;
  // « Si je ne prends qu'une UE par semestre, il me faut combien de temps pour faire UTC501 à UTC505 ? »: the semesters the units named take
  // at that pace (it gave each unit's hours).
  const perSemester = asked.length >= 2 && HOW_LONG.test(questionWords) ? unitsPerSemester(rules) : undefined;
  if (perSemester !== undefined) return { kind: "credit-hours", codes: asked, unitsPerSemester: perSemester };
  if (asked.length > 0) {
    // « Le jour de l'examen de UTC504, il me faut quoi ? », "what do I need to bring to the UTC504 exam?": what to bring, the same at
    // every exam, which the content answers (it got the exam's date not held, and an enrolment check).
    if (WHAT_TO_BRING_TO_THE_EXAM.test(questionWords)) return undefined;
    // « je peux être dispensé des cours du samedi pour GDN100 ? »: spared one way of its classes is how they run (GDN100 also meets
    // on Thursday evenings in S1), its timetable, not a check (it got « ✅ Oui, vous pouvez vous inscrire », read as a yes to the
    // exemption).
    if (SPARED_SOME_CLASSES.test(questionWords)) return { kind: "unit-schedule", codes: asked };
    // « Je veux lâcher NFA042 en plein milieu du semestre et passer sur NFA041, tu peux faire le changement ? »: changing units
    // during the semester, which the content answers (with whom to ask), not the units' cards or checks.
    // (« Je voudrais changer NFA042 contre NFA041 en plein milieu du semestre, c'est possible ? »: one unit swapped for another
    // during the semester, the same — it got a check of each.)
    if ((SWITCHING.test(words) && (SWITCHING.test(questionWords) || DURING_THE_SEMESTER.test(words))) || (SWAPPING.test(words) && DURING_THE_SEMESTER.test(words))) return undefined;
    // « … le nombre de places restantes et le nom de l'enseignant de NFA031. Où est-ce que je peux trouver ces infos ? », « … quels
    // jours et dans quelle salle ont lieu les cours … Vous pouvez me donner ça ? »: the facts said before, pointed back to.
    const toldFacets = questionWords !== words && POINTS_TO_INFO.test(questionWords) ? unheldFacets(words) : [];
    if (toldFacets.length > 0) {
      const [facet, ...also] = toldFacets as [UnheldFacet, ...UnheldFacet[]];
      return { kind: "unit", codes: asked, facet, ...(also.length ? { also } : {}), ...(asksHeldBesides(words, toldFacets) ? { card: true } : {}) };
    }
    // What is asked of the unit is read in the question: « … j'ai attendu une signature d'autorisation un
    // semestre. GFN106 est soumise à agrément ? » asks one thing, whatever the situation speaks of.
    // « GDN100 il faut combien pour valider ? », "what's the pass mark for GDN100?": the pass mark is every unit's, the content's.
    if (PASS_MARK.test(questionWords) && unheldFacets(questionWords.replace(PASS_MARKS, " ")).length === 0 && !ELIGIBILITY.test(questionWords)) return undefined;
    const facet = unitFacet(questionWords);
    // « Si je rate un soir, je peux rattraper ? », "if I miss an evening can I catch up?": whether its sessions are recorded, no check.
    if (facet === "recordings" && !ENROL_WORDS.test(questionWords)) return { kind: "unit", codes: asked, facet };
    // "How many times can I sit UAAD91?": the attempts a unit allows are in its card (« trois tentatives au plus »), no check.
    if (/\b(how many (times|attempts|tries|chances)( can| may| do)? (i|we|you|one)? ?(sit|take|pass|try|attempt|retake|resit|get|have)|combien de (fois|tentatives)( je peux| on peut| peut on| puis je| a t on| ai je)? ?(le |la |l )?(passer|tenter|repasser|presenter)|(droit a )?combien (d|de) (essais|tentatives|chances)|(nombre|limite) (d|de) (essais|tentatives))\b/.test(questionWords) && !isUnheldFacet(facet)) return { kind: "unit", codes: asked, facet: "description" };
    // « Je travaille de 14h à 22h, le soir c'est mort. RCP101 c'est jouable ? »: whether it fits the times ruled out, a check.
    // (« je sors du taf à 19h30 tous les soirs, nfa008 c jouable ? »: work until a time, the same.)
    // (A way of studying said in the situation before the question's clause is no way asked: « … tous les soirs, nfa008 c jouable ? ».)
    // (« Le cours de NFA008 finit à 21h45 … pour rentrer à Melun ? », « Je quitte le Cnam à 20h »: the class's end or one's leaving it, no
    // time one is busy until.)
    const busyUntil = BUSY_UNTIL.test(words) && !THE_CLASS_ENDS_OR_LEFT.test(words);
    const fitsAsked = FEASIBLE.test(questionWords) && (TIME_RULED_OUT.test(words) || busyUntil) && !(MODALITY.test(questionWords) && MODALITY.test(lastClause(text)));
    // Two things asked of a unit its description both answers: the description, not one of them.
    // (Not the hours and evenings of the situation when whether it fits them is asked.)
    if (!isUnheldFacet(facet) && !ELIGIBILITY.test(words) && !fitsAsked && asksSeveralFacets(questionWords)) return { kind: "unit", codes: asked, facet: "description" };
    // « RSX102 : combien de crédits, qui l'enseigne … ? »: a fact the catalog does not hold, asked beside one it holds, is said not
    // held, with the unit's card for the rest (the teacher was dropped for the credits).
    const unheldAsked = unheldFacets(questionWords).filter((unheld) => unheld !== "detail");
    // « FPG114 est à distance, mais l'examen je le passe où ? »: what comes before « mais » is said, not asked besides.
    const conceded = CONCEDED.exec(questionWords)?.[0] ?? "";
    const askedAfterAConcession = conceded && SAYS_WHAT_IS.test(conceded) && !QUESTION_WORD.test(conceded) && !ASKED_BEFORE_BUT.test(conceded) ? questionWords.slice(conceded.length) : questionWords;
    if (isUnheldFacet(facet) || (unheldAsked.length > 0 && asksHeldBesides(askedAfterAConcession, unheldAsked))) {
      const [first, ...also] = isUnheldFacet(facet) ? [facet, ...unheldFacets(questionWords).filter((unheld) => unheld !== facet)] : unheldAsked;
      return { kind: "unit", codes: asked, facet: first!, ...(also.length ? { also } : {}), ...(asksHeldBesides(askedAfterAConcession, [first!, ...also]) ? { card: true } : {}) };
    }
    if (facet === "prerequisites" || (facet === "description" && asked.length === 2 && ONE_NEEDS_THE_OTHER.test(questionWords))) return { kind: "unit", codes: subjectFirst(asked, questionWords), facet: "prerequisites" };
    // « J'ai validé UTC505. Dans quel ordre pour arriver à RSX103 ? »: the way there, from what is passed.
    if (facet === "path") {
      const passedOnes = mentions.filter((m) => m.role === "passed").map((m) => m.code);
      // « le plus court chemin entre UTC505 et SEC105 ? »: from the first to the last.
      const between = asked.length === 2 && /\b(entre|between|from|depuis|de [a-z]{3} ?\d{3} a)\b/.test(questionWords);
      // « NFA031 puis NFA032 puis NFP119, ça fait combien de semestres ? »: a chain is the way to its last unit.
      const chain = asked.length >= 2 && /\b(puis|ensuite|then|after that|apres)\b/.test(questionWords);
      // « valider le tronc commun UTC501 à 505 le plus vite possible … combien de semestres ? »: the way to all the units named, each
      // taken (it answered UTC501's alone, « n'attend aucun prérequis »).
      // (Not the order asked among them, « dans quel ordre NFA031, NFA032 et NFP121 ? », which the first one's way answers.)
      const all = !ORDER_ASKED.test(questionWords);
      // (« combien de semestres pour UTC501 à 505 si j'ai déjà UTC501 et UTC502 ? »: units of the range said passed in a clause of their
      // own are passed, not asked twice; the plan counted all five.)
      const passedInAClause = all && !between && !chain && asked.length >= 2 ? passedInClauses(text).filter((code) => asked.includes(code)) : [];
      const passedAll = [...new Set([...passedOnes, ...passedInAClause])];
      return { kind: "unit", codes: between ? asked.slice(1) : chain ? asked.slice(-1) : all ? asked : asked.slice(0, 1), facet, passed: between ? [...passedOnes, asked[0]!] : passedAll };
    }
    // « UTC505 ouvre quelles UE ? »: the units that follow it, open or not with those said passed.
    if (facet === "after" && stated === undefined) return { kind: "unit", codes: asked.slice(0, 3), facet, passed: mentions.filter((m) => m.role === "passed").map((m) => m.code) };
    // "Do I need the teacher's permission to enrol in X?": the catalog's authorization, not a check.
    if (facet === "authorization" && NEEDS.test(words)) return { kind: "unit", codes: asked, facet };
    // « Je peux faire X en présentiel le soir ? »: how its classes run, which the timetable says. A time the
    // learner says they cannot (« je ne peux pas le samedi, puis-je m'inscrire à NFA040 ? ») is their
    // situation, weighed by the check, not what they ask.
    // « L'examen de NFA031 je peux le passer en visio ? »: how the exam is sat, not how the classes run.
    // "ESD104, can I do it 100% from home?": whether it is entirely at a distance, which its timetable says (« pas entièrement »).
    const entirely = saysEntirelyAtADistance(questionWords) && !ENROL_WORDS.test(questionWords);
    if (fitsAsked) return eligibility(asked, mentions, words);
    // "My manager wants me to do UTC505 and RSX101 both this autumn. Is that allowed?": two units in one semester, asked whether
    // it may be done — a check of both together (it gave each unit's « not in my sources »).
    if (asked.length > 1 && TOGETHER.test(words) && ALLOWED_ASKED.test(questionWords)) return eligibility(asked, mentions, words);
    // (« Je suis en L2 maths à distance à la fac en parallèle, je peux prendre UTC501 ? »: the way told is of the learner's studies
    // elsewhere, the clause that asks is a check.)
    const asking = lastClause(text);
    const checkAsked = ELIGIBILITY.test(questionWords) && (!MODALITY.test(questionWords) || TIME_RULED_OUT.test(questionWords) || (ELIGIBILITY.test(asking) && !MODALITY.test(asking) && ELSEWHERE.test(words)));
    // « NFA009 c'est le lundi ou le mercredi ? »: its timetable, when nothing else is asked of it.
    const weekdayAsked = WEEKDAY_ASKED.test(questionWords) && !ELIGIBILITY.test(questionWords) && !HOURS_ASKED.test(questionWords) && !/\b(ects|credits?|prerequis\w*|prerequisites?|c est quoi|what is|about)\b/.test(questionWords);
    if (((MODALITY.test(words) || entirely) && !EXAM_WORD.test(words) && !PREREQUISITE_WORDS.test(words) && (entirely || !checkAsked)) || weekdayAsked) {
      return { kind: "unit-schedule", codes: asked };
    }
    // « Combien d'heures je serai absent ? Je vais faire NSY115 et GDN100 »: their hours, not a check.
    // "How many hours a week is ANG100?": its weekly timetable, not its reference volume.
    // « Mon employeur exige une attestation de présence pour NFA018. Qui me la délivre, et en combien de temps ? »: the delay of something
    // the message names that the catalog does not hold, not the unit's hours.
    const unheldDelayed = DELAY_ASKED.test(questionWords) ? unheldFacets(words) : [];
    if (unheldDelayed.length > 0) return { kind: "unit", codes: asked, facet: unheldDelayed[0]!, ...(unheldDelayed.length > 1 ? { also: unheldDelayed.slice(1) } : {}) };
    if (HOURS_ASKED.test(words) && PER_WEEK.test(questionWords) && !OWN_STUDY.test(questionWords)) return { kind: "unit-schedule", codes: asked };
    if (HOURS_ASKED.test(words) && !MAY_I.test(questionWords)) return withUnitsByCredits(recognizeCreditHours(rules, words, codes, questionWords, questionRules), asked) ?? { kind: "credit-hours", codes: asked };
    if (ELIGIBILITY.test(words) && explicitlyAsked && !SWITCHING.test(questionWords)) return eligibility(asked, mentions, words);
  }

  // « J'ai validé UTC505, je peux faire quoi maintenant ? »: the units that follow those passed, none asked.
  const passedCodes = mentions.filter((m) => m.role === "passed" && m.grade === undefined).map((m) => m.code);
  if (asked.length === 0 && passedCodes.length > 0 && stated === undefined && AFTER.test(questionWords) && !DIPLOMA_NAMED.test(questionWords)) {
    // « …, je veux m'orienter vers la sécurité, je prends quoi après ? »: the units on that subject, each with its
    // prerequisites, headed by those the units passed open.
    const onSubject = unitsLookedFor(text, words, questionWords);
    // (a situation no title speaks of gets the units that follow, see searchUnits).
    if (onSubject?.subject) return { ...onSubject, prerequisites: true, after: passedCodes };
    return { kind: "unit", codes: passedCodes.slice(0, 3), facet: "after", passed: passedCodes };
  }

  // « si je prends 2 UE de 6 ECTS par semestre, combien de semestres pour 36 ECTS ? »: a duration at a pace, no diploma's plan.
  // (« J'ai déjà 24 ECTS de la licence. À 12 crédits par an, combien d'années pour arriver à 60 ? »: the credits held and the
  // pace said make it a sum, the diploma named or not.)
  const pace = (namesADiploma && !CREDITS_HELD.test(rules)) || asked.length > 0 ? undefined : recognizePace(rules, questionWords);
  if (pace) return { kind: "credit-hours", codes: [], pace };

  // A plan's question names the units it starts from: every code said, but those failed or under way.
  // « Je voudrais la licence … Ça me prendrait combien de temps ? »: the diploma said before the question.
  if (PLANNING.test(words) || (HOW_LONG.test(questionWords) && namesADiploma && !OTHER_DURATION.test(questionWords) && asked.length === 0)) {
    const diplomaCodes = diplomaCodesOf(words);
    return { kind: "planning", diplomaCodes, passed: codesGivenAsPassed(mentions) };
  }

  // « UTC501 11, UTC502 8,5, absent à l'examen de UTC504 : combien de crédits ? »: several units' outcomes are the
  // question (each, the credits in all, what to sit again), unless the diploma's progress is asked.
  const gradedUnits = mentions.filter((m) => m.grade !== undefined);
  const absentUnits = mentions.filter((m) => m.absent).map((m) => m.code);
  // « j'ai validé UTC501 … mais j'ai eu 8 en UTC502, qu'est-ce qu'il me reste pour la licence ? »: one grade is enough.
  const progressOfDiploma = gradedUnits.length + absentUnits.length >= 1 && PROGRESS.test(words) && DIPLOMA_NAMED.test(words);
  if (asked.length === 0 && gradedUnits.length >= 1 && gradedUnits.length + absentUnits.length >= 2 && !WHEN_ASKED.test(questionWords) && !COMPENSATION_SAID.test(words) && !progressOfDiploma) {
    // « 8 à UTC503 en session 1 puis je n'ai pas pu aller à la session 2 »: the one unit failed has no session left.
    const failedUnits = gradedUnits.filter((m) => m.grade! < 10);
    const laterSession = failedUnits.length === 1 && (saysLaterSessionPast(words) || gradeAtLaterSession(gradeRules, failedUnits[0]!.grade!));
    return {
      kind: "grade",
      grade: gradedUnits[0]!.grade!,
      outOf: 20,
      codes,
      graded: gradedUnits.map((m) => ({ code: m.code, grade: m.grade! })),
      ...(absentUnits.length ? { absent: absentUnits } : {}),
      ...(laterSession ? { session: 2 as const } : {}),
    };
  }

  // « J'ai 8 en NFA031, je fais quoi ? »: a unit's grade is the question when no unit is asked about.
  const gradedUnit = asked.length === 0 ? mentions.find((m) => m.grade !== undefined) : undefined;
  const grade = recognizeGrade(gradeRules, words) ?? gradedUnit?.grade;
  // "At the resit I got 11": the later session's grade is the question, not the resit.
  const ofLaterSession = grade !== undefined && (gradeAtLaterSession(rules, grade) || saysLaterSessionPast(words)) && !/\b(quand|when|date|dates)\b/.test(words);
  // « j'ai raté UTC504 avec 7 au premier semestre … je peux juste repasser l'examen ou je dois refaire tout le cours ? »: whether to
  // sit it again after a grade below 10 is what the grade's answer says (session 2, no registration).
  const resitAfterAFail = grade !== undefined && grade < 10 && !ofLaterSession && RESIT_ASKED.test(questionWords) && !/\b(quand|when|date|dates|comment|how|inscri\w*|register\w*|sign up)\b/.test(words) && !COMPENSATION.test(words);
  if (grade !== undefined && !progressOfDiploma && (!ABOUT_SOMETHING_ELSE_THAN_A_GRADE.test(words) || (ofLaterSession && !COMPENSATION.test(words)) || resitAfterAFail)) {
    const graded = gradedUnits.map((m) => ({ code: m.code, grade: m.grade! }));
    // « pas encore passé l'examen de UTC504, UTC501 14 »: the unit the grade was said of comes first.
    const ownCodes = graded.length === 1 ? [graded[0]!.code, ...codes.filter((code) => code !== graded[0]!.code)] : codes;
    return { kind: "grade", grade, outOf: 20, codes: ownCodes, ...(graded.length > 1 ? { graded } : {}), ...(ofLaterSession ? { session: 2 as const } : {}) };
  }
  // « j'ai eu 6 en session 1 de UTC501, quand est la session 2 ? », "I got 7 at the first session of UTC503, when is the resit?": the
  // unit graded at its exam is the one whose exam date is asked (the grade's verdict alone lost the dates).
  if (asked.length === 0 && gradedUnits.length === 1 && WHEN_ASKED.test(questionWords) && !COMPENSATION.test(words) && unitFacet(questionWords) === "exam-date") {
    return { kind: "unit", codes: [gradedUnits[0]!.code], facet: "exam-date" };
  }

  if (PROGRESS.test(words)) {
    const diplomaCodes = diplomaCodesOf(words);
    return { kind: "progress", diplomaCodes };
  }

  // (« Sur le planning j'ai compté à peu près 40 h de cours pour NFA040. C'est pas un peu léger pour une UE ? »: the planning told, the
  // unit's volume asked — its hours against its credits, not its timetable.)
  const volumeAsked = !SCHEDULE.test(questionWords) && firstNumber(withoutTimesOfDay(rules), HOURS_MENTION) !== undefined;
  if (asked.length > 0 && SCHEDULE.test(words) && !volumeAsked && !speaksOfAnExam(words) && !ELIGIBILITY.test(words)) return { kind: "unit-schedule", codes: asked };

  const creditHours = recognizeCreditHours(rules, words, codes, questionWords, questionRules);
  if (creditHours) return creditHours;

  if (asked.length > 0) {
    if (ELIGIBILITY.test(words) && !SWITCHING.test(questionWords)) return eligibility(asked, mentions, words);
    const facet = unitFacet(words);
    // « Y a-t-il un examen à la fin de CFA109 ? »: how exams go, which the content answers for every unit.
    if (facet === "description" && speaksOfAnExam(words) && !DESCRIBE.test(words)) return undefined;
    // Words no facet explains, in a question that asks nothing the description holds: two at least (one
    // stray word, « c'est pour les vrais débutants ? », is no other question).
    const unexplained = facet === "description" && !DESCRIBES_THE_UNIT.test(questionWords) && !asksHeldPart(questionWords) ? unexplainedWords(questionWords) : [];
    return { kind: "unit", codes: asked, facet, ...(unexplained.length >= MIN_UNEXPLAINED ? { unexplained } : {}) };
  }
  // « je peux prendre une UE sans m'inscrire à un diplôme ? », "can I take a unit without enrolling in a diploma?": whether
  // units are taken à la carte, which the content answers — no unit to check.
  if (ELIGIBILITY_CHECK.test(words) && !TAKEN_WITHOUT_A_DIPLOMA.test(words)) return { kind: "eligibility", codes: [], passed };
  // « J'ai validé UTC505, je voudrais m'orienter sécurité, je prends quoi après ? »: units looked for after those passed,
  // each with its prerequisites.
  const afterPassed = codes.length > 0 && passed.length === codes.length && FINDS_UNITS.test(questionWords);
  if (codes.length > 0 && !afterPassed) return undefined;
  const found = unitsLookedFor(text, words, questionWords);
  if (!found) return undefined;
  // « cours d'anglais où y'a des places ? »: what the catalog does not hold, asked of the units found, is said not held after them.
  const unheld = unheldFacets(questionWords).filter((facet) => facet !== "detail");
  // « je voudrais devenir dev web, je prends quelles UE et dans quel ordre ? »: each unit found says what it needs before it.
  return { ...found, ...(afterPassed || ORDER_ASKED.test(questionWords) ? { prerequisites: true as const } : {}), ...(unheld.length ? { unheld } : {}) };
}

/** What comes before « mais » (no « ? » in it): a statement conceded when it says what is, « FPG114 est à distance, mais … », "it's online, but …". */
const CONCEDED = /^[^?]*?\b(mais|but)\b/;
const SAYS_WHAT_IS = /\b(est|sont|c est|is|are|it s)\b/;
/**
 * A question asked before « mais », not conceded: « NFA031 est-ce que c'est à distance, mais qui l'enseigne ? », « est-elle à
 * distance, mais … », "Is NFA031 online, but …" (« est-ce que », an inversion, an auxiliary first).
 */
const ASKED_BEFORE_BUT = /\b(est ce que|est ce qu|est ce|est elle|est il|sont elles|sont ils|a t elle|a t il|peut on|puis je|faut il)\b|^\s*(is|are|does|do|can|could|will|would|should|has|have)\b/;

/** The UA, or the credits of experience, and classes said with it: "do the 17 ECTS of experience involve any classes?". */
const UA_CLASSES_ASKED = /\b(ua|uas|unite d activite|activity unit|uaalot|uaep04|(ects|credits?) (d|de l|of|for) (experience|work experience|professional experience))\b.{0,40}\b(cours|classes?|lessons?|lectures?|teaching)\b/;

/** The order of units asked: « dans quel ordre », "in what order". */
const ORDER_ASKED = /\b(quel ordre|l ordre|what order|which order)\b/;

/** Units looked for on a subject, with what they must offer (at a distance, no prerequisite…); undefined when none is. */
function unitsLookedFor(text: string, words: string, questionWords: string): Extract<RuleIntent, { kind: "unit-search" }> | undefined {
  // « des cours de droit à distance », "a beginner English unit": what the units must offer besides their subject.
  // What the units must offer may be said in the situation (« je ne peux suivre qu'à distance, quelles UE de management ? »).
  const { filters: askedFilters, rest: said } = readUnitFilters(questionWords);
  const filters = questionWords === words ? askedFilters : { ...readUnitFilters(words).filters, ...askedFilters };
  // ("do the 17 ECTS of experience involve any classes?", « l'UA, il y a des cours ? »: whether the UA has classes, no units looked for.)
  if (UA_CLASSES_ASKED.test(questionWords)) return undefined;
  // « Et des cours de RH ? » after another search: the search goes on.
  const rest = said.replace(/^\s*(?:et|and|sinon|otherwise|what about|how about)\s+(?:aussi\s+|also\s+)?/, "");
  const filtered = saysAFilter(filters) ? { filters } : {};
  // « je voudrais suivre une UE de RH à distance, c'est possible ? »: whether, with a way of studying, is answered by the units that way.
  const subject = searchedSubject(rest) ?? widerSubject(rest) ?? (saysAFilter(filters) ? searchedSubject(rest.replace(new RegExp(String.raw`\b(c est|est ce|est ce que|is it|is that)?\s*${ASKS_WHETHER.source.slice(2)}`, "g"), " ")) : undefined);
  // "my English is terrible, maybe A1. Any course for me?": a language level said makes the subject that language, not a word around it.
  // (« je suis nul en anglais, je veux apprendre le réseau »: a subject of its own the catalog knows stays the subject.)
  if (subject && readLanguageLevel(text) && !/\b(anglais|english)\b/.test(foldText(subject)) && !namesAKnownSubject(foldText(subject))) return { kind: "unit-search", subject: /\benglish\b/.test(words) ? "English" : "anglais", ...filtered };
  if (subject) return { kind: "unit-search", subject: asWritten(subject, text), ...filtered };
  // « Je suis infirmière et l'IA me passionne, il y a un cours là-dessus ? »: the words said before it.
  const onIt = COURSE_ON_IT.exec(words);
  // (« J'ai besoin d'un financement pour ma formation, vous avez quelque chose ? »: funding looked for, no teaching.)
  if (onIt && !FUNDING_SAID.test(words)) {
    const said = subjectWords(words.slice(0, onIt.index));
    if (said.length > 0) return { kind: "unit-search", subject: said.join(" "), situation: true, ...filtered };
  }
  // « Je voudrais comprendre le droit du travail, il y a quelque chose pour moi ? », "… is there anything for me?": the same, only
  // when what was said before names a subject the titles speak of (« je dois accoucher en mars, il y a quelque chose pour moi ? »
  // looks for no teaching).
  const forMe = somethingThereOnASubject(words);
  if (forMe) return { kind: "unit-search", subject: forMe, situation: true, ...filtered };
  return unitFinder(words.replace(CODE_LIKE_WORDS, " "), questionWords, text.replace(CODE_LIKE_WORDS, " "), filters, rest.replace(CODE_LIKE_WORDS, " "));
}

/**
 * « Il existe des UE de droit entièrement à distance ? », "which units could I start with that have no
 * prerequisites?", « je cherche une UE de management d'équipe sans prérequis », « j'aimerais apprendre à
 * faire des sites web, par où commencer ? »: units looked for, in words no subject pattern above reads.
 * The subject is what the question says besides the search and its filters; when it says none, the
 * situation around it (its words matched against the titles) or, with a filter that only the catalog
 * can apply (no prerequisite, for beginners), every unit that passes it. A way of studying asked
 * alone (« y a-t-il des cours à distance ? ») is the content's.
 */
function unitFinder(words: string, asked: string, text: string, filters: UnitFilters, rest: string): Extract<RuleIntent, { kind: "unit-search" }> | undefined {
  // « …, je ne sais pas par quelle UE commencer. Vous me conseillez quoi ? »: advice asked on what the message said before.
  // (« Qu'est-ce que vous avez, à distance ? »: advice asked, with a way of studying.)
  const questionWords = ASKS_ADVICE.test(asked) || ASKS_ADVICE.test(` ${readUnitFilters(asked).rest.trim()} `) ? words : asked;
  // Teaching looked for (« des UE », "a unit", « apprendre », « par où commencer »), not whether something may be done.
  if (!LOOKS_FOR.test(` ${questionWords} `) && !FINDS_UNITS.test(questionWords)) return undefined;
  // The teaching is what is looked for (« il existe des UE de… », "is there a beginner English unit"), not a word
  // beside it (« une cantine pour manger avant le cours ? »).
  if (!TEACHING_SOUGHT.test(questionWords) && !LEARNING.test(questionWords) && !NEXT_STEP.test(questionWords) && !filters.beginner) return undefined;
  // « des cours en anglais », "classes taught in English": the language they are taught in; a diploma's units are the diploma's.
  // ("Which management units can I do from home?" asks which, not whether it may be done.)
  // (Asked after the situation too: "I'm a beginner in English. Which English UE can I take?".)
  const asksWhich = /(^|[.?!]\s*|\s)(which|what|quelles?|quels?)\s+(\w+\s+){0,2}(units?|courses?|classes?|modules?|ue|ues|unites?|cours)\b/.test(questionWords);
  // (« j'ai une licence pro commerce » is the learner's own diploma, not one whose units are asked.)
  if (TAUGHT_IN_LANGUAGE.test(questionWords) || (ASKS_WHETHER.test(questionWords) && !asksWhich) || DIPLOMA_NAMED.test(questionWords.replace(OWN_DIPLOMA, " "))) return undefined;
  const filtered = saysAFilter(filters) ? { filters } : {};
  // "My English is really basic, maybe A1. Is there a course for me?": a language level said is the subject, that language.
  if (readLanguageLevel(text)) return { kind: "unit-search", subject: /\benglish\b/.test(words) ? "English" : "anglais", ...filtered };
  // « Mon manager me pousse à monter en compétences sur les réseaux, … par quelle UE commencer ? »: what is to be learned, said as such.
  const learned = SUBJECT_LEARNED.exec(words)?.groups?.subject;
  const searched = subjectWords(searchClause(text) ?? rest);
  // « je voudrais me reconvertir dans l'informatique, je commence par quoi ? »: the field said as what is to be learned.
  const fromLearned = (questionWords !== asked || searched.length === 0) && learned !== undefined && subjectWords(learned).length > 0;
  // « Je veux me mettre à la cybersécurité mais je pars de zéro en réseau. Par quoi je commence ? »: a beginner's field and what they
  // start from, both (the search lists what both find, else what each does).
  const learnedWords = learned === undefined ? [] : subjectWords(learned);
  const startsFrom = STARTING_FROM.exec(words)?.groups?.subject;
  const both = !fromLearned && filters.beginner === true && learnedWords.length > 0 && startsFrom !== undefined && searched.length > 0 && searched.every((word) => startsFrom.includes(word)) && !searched.some((word) => learnedWords.includes(word));
  const said = fromLearned ? learnedWords : both ? [...learnedWords, detectLanguage(text) === "en" ? "and" : "et", ...searched] : searched;
  // A field one means to learn or move into is the catalog's to search, before any general page.
  if (said.length > 0) return { kind: "unit-search", subject: asWritten(said.join(" "), text), ...(fromLearned ? { field: true as const } : { finder: true as const }), ...filtered };
  // « Le seul moment libre que j'ai, c'est le samedi. Il y a cours le samedi ? »: a way of studying asked, the content's.
  const onlyAWayOfStudying = (filters.distance || filters.saturday) && !filters.noPrerequisite && !filters.beginner;
  // « I would like to learn Java programming in the evenings. Where should I start? »: the subject said before the question.
  // (« Je m'intéresse au machine learning, quelles UE pourraient m'aller ? »: one sentence, its clause that searches says no subject, the rest does.)
  const beside = asked === words && searchClause(text) !== undefined ? words : words.replace(asked, " ");
  const situation = (TEACHING_WORD.test(words) || LEARNING.test(words)) && !onlyAWayOfStudying ? subjectWords(readUnitFilters(beside).rest) : [];
  if (situation.length > 0) return { kind: "unit-search", subject: situation.join(" "), situation: true, finder: true, ...filtered };
  // "which units are fully remote?": which units, that way — the catalog's list (the content's page says « certaines UE »).
  if (asksWhich && onlyAWayOfStudying) return { kind: "unit-search", subject: "", finder: true, ...filtered };
  return filters.noPrerequisite || filters.beginner ? { kind: "unit-search", subject: "", finder: true, ...filtered } : undefined;
}

/**
 * « Je suis maman solo, je peux venir que en journée, y a des cours en journée ? »: in a message of several
 * clauses, the one clause that looks for teaching, its filters set aside: the subject is said there, not in
 * the life told around it. Undefined when the message is one clause, or several (or none) look for teaching.
 */
function searchClause(text: string): string | undefined {
  const raw = text.split(/[,;:]|\s(?:mais|but|donc|so|car|because|parce que)\s/i).filter((clause) => foldedWords(clause).trim());
  const clauses = raw.map(foldedWords);
  if (clauses.length < 2) return undefined;
  const at = clauses.flatMap((clause, i) => (LOOKS_FOR.test(clause) || FINDS_UNITS.test(clause) ? [i] : []));
  if (at.length !== 1) return undefined;
  const i = at[0]!;
  // « …souvent à l'hôtel le soir. Est-ce qu'il y a des UE qu'on peut faire entièrement à distance, genre en management ou
  // RH, … »: the subject said as an example in the clause after, with the sentence that searches (not the one before it).
  const example = clauses[i + 1] !== undefined ? /^\s*(?:genre|comme|par exemple|notamment|surtout|plutot|like|such as|for example|e g|say)\b(.*)$/.exec(clauses[i + 1]!) : null;
  if (example) {
    const sentences = raw[i]!.split(/(?<=[.!?])\s+/).map(foldedWords).filter((sentence) => sentence.trim());
    const searching = sentences.find((one) => LOOKS_FOR.test(one) || FINDS_UNITS.test(one)) ?? clauses[i]!;
    return `${readUnitFilters(searching).rest} ${example[1]}`;
  }
  // « j'aimerais comprendre la comptabilité, sans forcément viser un diplôme. Vous avez des cours qui pourraient m'aller ? »: of a
  // clause of several sentences, the one that searches (« viser » was taken for the subject); none said there, the situation's.
  // (Only a search for what suits the learner, « qui pourraient m'aller », "that would suit me": « je pars de zéro en réseau. Par
  // quoi je commence ? » keeps the sentence before.)
  const sentences = raw[i]!.split(/(?<=[.!?])\s+/).map(foldedWords).filter((sentence) => sentence.trim());
  const searching = sentences.length > 1 ? sentences.filter((one) => LOOKS_FOR.test(one) || FINDS_UNITS.test(one)) : [];
  if (searching.length === 1 && COULD_SUIT_ME.test(searching[0]!) && subjectWords(readUnitFilters(searching[0]!).rest).length === 0) return undefined;
  return readUnitFilters(clauses[i]!).rest;
}

/** What suits the learner, looked for: « des cours qui pourraient m'aller », "courses that would suit me". */
const COULD_SUIT_ME = /\b(m aller|m iraient|me convenir|me conviendrai\w*|me conviennent|me correspondre|me correspondrai\w*|suit me|suits me|would suit me|fit me|right for me)\b/;

/**
 * The subject a situation says of a search asked apart (« I would like to learn Java programming. » then
 * "Where should I start?"): its words, when it speaks of learning or of teaching; undefined otherwise.
 */
export function subjectOfSituation(situation: string, options: { beginner?: boolean } = {}): string | undefined {
  const words = foldedWords(situation);
  // « Je n'ai jamais fait d'informatique mais ça m'attire. Par quoi je pourrais commencer ? »: a beginner's
  // situation names the field (the search drops words no title nor department holds).
  if (!TEACHING_WORD.test(words) && !LEARNING.test(words) && !options.beginner) return undefined;
  const said = subjectWords(readUnitFilters(words).rest);
  return said.length > 0 ? said.join(" ") : undefined;
}

/** The words of a search that may name its subject: neither function words, nor the words of searching, nor ways of studying. */
function subjectWords(words: string): string[] {
  // « bases de données » is a subject, whatever « bases » (« les bases ») and « données » (« cours donnés ») say alone.
  const databases = /\bbases? de donnees\b/.test(words);
  // « machine learning », "project management": a subject said in several words keeps them all.
  const ofPhrases = wordsOfPhrases(words);
  const said = words.split(" ");
  // (« données » is data, whatever a stop list says: « gestion des données ».)
  const kept = said.map((word) => (word.length >= 2 || ofPhrases.has(word)) && ((databases && DATABASE_WORDS.has(word)) || word === "donnees" || ofPhrases.has(word) || (!STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word) && !SEARCH_WORDS.has(word) && !NOT_A_SUBJECT.test(word))));
  // « réseaux ou sécurité », "networks or security": « ou » between two of the subject's words keeps its alternatives apart (the
  // search looks for each); « où » alone is no subject.
  // (« la recherche opérationnelle et l'optimisation »: « et » too, the search adds what a subject joined finds that the other does not.)
  const between = (index: number) => kept.slice(0, index).some(Boolean) && (OR_WORDS.has(said[index]!) || (AND_WORDS.has(said[index]!) && !OWN_JOB_SAID.test(` ${said.slice(Math.max(0, index - 4), index).join(" ")}`))) && kept.slice(index + 1, index + (AND_WORDS.has(said[index]!) ? 4 : 3)).some(Boolean) && kept[index - 1] === true;
  return said.filter((_, index) => kept[index] || between(index));
}

/** The words that set a subject's alternatives apart. */
const OR_WORDS = new Set(["ou", "or"]);
/** One's job said before « et » (« je suis comptable et le droit du travail m'intéresse »): no subject joined. */
const OWN_JOB_SAID = /\b(je suis|j suis|jsuis|suis|i m|i am|comme|en tant que|job|metier|poste)( \w+)? \w+$/;
/** What a beginner starts from: « je pars de zéro en réseau », « débutant en Python », "a total beginner in networks". */
const STARTING_FROM = /\b(?:zero|debutante?|novice|beginner|aucune base|aucune notion|pas de base) (?:en|in|at|de) (?<subject>[a-z0-9+# ]{2,30}?)(?= (?:par|et|mais|but|and|donc|so|je|j|i|where|how|quoi|ou)\b| ?$)/;
/** The words that join two subjects ("management and HR", as « management et RH »). */
const AND_WORDS = new Set(["et", "and"]);

/** The words of « bases de données », kept together as a subject. */
const DATABASE_WORDS = new Set(["base", "bases", "donnees"]);

/**
 * A question that only asks for advice, on what the message said before it. (« …me former aux outils RH sans quitter mon poste. Il
 * existe quelque chose à distance ? »: something looked for, the way of studying set aside — it got the page on choosing units.)
 */
const ASKS_ADVICE = /^ ?(et |alors |donc )?(anything like that|something like that|any (course|unit|class) like that|quelque chose (comme ca|de ce genre|dans ce genre)|un truc (comme ca|de ce genre)|ca existe|(il )?existe (t il )?(quelque chose|qqch|un truc)|(il )?y a (t il )?(quelque chose|qqch|un truc)|is there (something|anything)( at| in| for me)?|vous avez quoi|vous proposez quoi|qu est ce que vous (avez|proposez)|what do you (have|offer)|what have you got|vous me conseillez quoi|que me conseillez vous|qu est ce que vous me conseillez|vous en pensez quoi|tu me conseilles quoi|what do you (suggest|recommend|advise)|what would you (suggest|recommend|advise)|any (advice|suggestions?)|des conseils|un conseil)( svp| stp| please)? ?$/;

/** What comes next after units passed, asked as such: « quelle suite logique ? », "what's the next step?". */
const NEXT_STEP_WORDS = String.raw`quelle (suite|etape)|la suite logique|what next|next step|what comes next`;
const NEXT_STEP = new RegExp(String.raw`\b(${NEXT_STEP_WORDS})\b`);

/** Learning said without a word of teaching; a lack of bases said is a need to learn (« je manque de bases en RH »). */
const LEARNING = /\b((je )?manque (de |d )?(bases?|notions?|connaissances?) (en|de|d|sur)|(i )?lack (the |some )?(basics|grounding|foundations?|knowledge) (in|of)|apprendre|learn|learning|me mettre (a|au|aux|en)|m initier (a|au|aux|en)|get(ting)? into|me former|progresser en|me perfectionner|ameliorer mon|m ameliorer en|improve my|brush up|get better at|me reconvertir|m orienter|me diriger|me specialiser|partir (sur|vers) (la|le|les|l|de la|du|des)|me lancer (dans|en)|aller vers (la|le|les|l)|retrain\w*|monter en competences?|upskill\w*|specialise|specialize|move into|go into)\b/;

/** Asking which units there are, besides LOOKS_FOR's words. */
const FINDS_UNITS =
  new RegExp(String.raw`\b((?:la |le |les )?(?:meilleure?s?|best) (?:ue|ues|unites?|units?|cours|courses?|modules?) (?:pour|to|for)|il existe|existe t il|existent ils|vous avez quoi|vous proposez quoi|qu est ce que vous (?:avez|proposez)|what do you (?:have|offer)|what have you got|${WHERE_TO_START}|${NEXT_STEP_WORDS}|je prends quoi|je (?:dois|devrais|pourrais) prendre quoi|que (?:dois je|devrais je|puis je) prendre|quoi prendre|(?:what|which) (?:should|could|can) i take(?: next)?|(which|what) (\w+ ){0,2}(units?|courses?|classes?|modules?|ue|ues)|quelles? (ue|ues|unites?|formations?)|quels? (cours|modules?|enseignements?)|recommand\w*|conseill\w* (une|des|un) (ue|cours|unites?|formations?)|suggest\w*|is there (a|an|any)|are there (any )?)\b`);
/** Whether folded words look for units to take: « quelles UE prendre ensuite », "which courses should I take". */
export function asksForUnits(words: string): boolean {
  return FINDS_UNITS.test(words);
}
/** Classes taught in a language, not on it. */
const TAUGHT_IN_LANGUAGE = /\b((cours|ue|ues|unites?|courses?|classes?|units?) (en|in) (anglais|english|francais|french)|(taught|enseignee?s?|donnee?s?|dispensee?s?) (en|in) \w+)\b/;
/** The words of looking for units, that name no subject. */
const SEARCH_WORDS = new Set(
  (
    "laquelle lequel lesquelles lesquels il existe existe existent exist exists there is are any some has have anything something quelque chose qqch qqc truc trucs cherche recherche chercher looking look search trouver find trouve propose proposez offer offers offered " +
    "cours ue ues unite unites unit units course courses class classes module modules formation formations enseignement enseignements matiere matieres lesson lessons training " +
    "prendre suivre faire take follow do attend start begin commencer aimerais voudrais souhaite veux would like want could can should pourrais peux pourrait peut pourrai pourras pourrons pourront aurai " +
    "pars apprendre learn learning former study etudier recommend recommande recommander recommandez conseille conseiller conseillez suggest suggere " +
    "quelles quels quel quelle which what where ou quoi bonne bonnes good best meilleure meilleures vous avez svp stp please merci thanks cnam paris chez ici here " +
    "elle il she he they ils elles mon ma mes my her his their son sa ses pour for avec with dans in au aux en possible disponible disponibles available " +
    "matin matins morning mornings apres midi afternoon afternoons lundi mardi mercredi jeudi vendredi dimanche monday tuesday wednesday thursday friday sunday weekend weekends ends " +
    "soir soirs soiree evening evenings samedi samedis saturday saturdays semestre semester s1 s2 annee year prochaine prochain next dernier derniere last rentree septembre fevrier " +
    "know sais savoir idea idee help aide aider don doesn prerequis prerequisites prerequisite conditions " +
    "suite logique etape prends prend choisis choisir pick choose correspond correspondent correspondre corresponde match matches valide validee validated passed janvier february fevrier mars avril mai juin juillet aout octobre novembre decembre january march april june july august october november december " +
    "ceux celles ki qui peuvent peut venir come coming devenir become becoming metier poste job " +
    "bad nul nulle mauvais mauvaise terrible poor weak faible faibles rusty rouille attire attirent attirer plait plaisent plaire tente tentent interesse passionne beaucoup liberer libere deux trois quatre maximum max " +
    "fit fits suit suits suitable conviendrait conviendraient conviennent convient aller irait iraient pourraient adaptee adaptees adapte adaptes orienter diriger specialiser apres after next ensuite then " +
    "uniquement seulement only just juste seul seule seuls seules aussi also encore still plutot rather toujours always jamais never vraiment really " +
    "mais but suis am pas not plus bac sinscrire inscrire minscrire inscription enrol enroll register preparer prepare examen examens exam exams vacances holidays holiday " +
    "actuellement currently maintenant now bientot soon deja already lieu ont place proposees proposes taught enseignees donnees " +
    // « quelles UE parlent de bases de données ? », "which units cover databases?": the verb of what a unit is about.
    // A language level is no subject of its own: "my English is terrible, maybe A1. Any course for me?" looks for English.
    "a1 a2 b1 b2 c1 c2 " +
    "parle parlent parlant traite traitent traitant porte portent portant aborde abordent abordant concerne concernent touche touchent cover covers covering deal deals dealing teach teaches teaching treat treats " +
    "commence commences commencer starting first premier premiere zero absolute scratch absolu debut debutant debutante " +
    "niveau level base bases intro introduction initiation complete completely complet completement total totally vrai vraie vrais real absolute absolu " +
    // The learner's own situation around the search: « je suis en reconversion », "switching careers", « au chômage ».
    "reconversion reconvertir reconverti reconvertie reconvertis reorientation reorienter switching switch career careers change changing retraining retrain " +
    "chomage unemployed retraite retraitee retraite retired debutant debutante novice travaille bosse work working job boulot metier " +
    "ans an annees years mois months semaines weeks depuis since jamais never code codé coded programme ordre order"
  ).split(" "),
);

/**
 * « Je sors d'une licence de gestion à Nanterre, je cherche un cours de compta au Cnam » : the other school
 * is the learner's past; the course looked for is here.
 */
function looksForTeachingHere(words: string): boolean {
  return looksForTeaching(words) && /\b(au cnam|at (the )?cnam|chez vous|ici|here)\b/.test(words);
}

/** « Il existe une UE de droit du travail ? », « un cours là-dessus ? »: teaching looked for, not advice on the matter. */
function looksForTeaching(words: string): boolean {
  return (
    COURSE_ON_IT.test(words) ||
    (TEACHING_WORD.test(words) && LOOKS_FOR.test(words)) ||
    // « Je voudrais comprendre le droit du travail, il y a quelque chose pour moi ? »: something there on it (not legal advice).
    somethingThereOnASubject(words) !== undefined ||
    // « des cours de droit du travail ? », "a unit in labour law": the law is the subject taught.
    // (« des UE de RH ou de droit du travail », "HR or labour law units": one of the subjects looked for.)
    /\b(cours|ue|ues|unites?|units?|courses?|classes?|modules?|formations?) (de|d|en|sur|in|on|about) ([a-z]+ ){0,3}(ou|or|et|and) (de |d |du |en )?(droit du travail|code du travail|labou?r law|employment law)\b|\b(cours|ue|ues|unites?|units?|courses?|classes?|modules?|formations?) (de|d|en|sur|in|on|about) (droit du travail|code du travail|labou?r law|employment law)\b|\b(labou?r law|employment law) (courses?|classes?|units?|modules?)\b/.test(words) ||
    // « vous avez quoi en droit du travail ? », « qu'est-ce que vous avez en RH ou en droit du travail que je pourrais suivre ? »:
    // what is taught in it, asked.
    /\b(vous avez quoi|avez vous quoi|qu est ce que vous avez|qu avez vous|vous proposez quoi|qu est ce que vous proposez|what do you (have|offer)|do you have anything) (en|in|on|sur|de|about)\b/.test(words) ||
    /\bque je (pourrais|peux|puisse) suivre\b|\b(i|that i) (could|can) (take|follow|attend)\b/.test(words) ||
    // « on m'a conseillé de me former en droit du travail, je voudrais m'inscrire à DRS101 »: studying it.
    /\b(me former|se former|me formant|formation en|apprendre|learn|learning|study|studying|etudier|(m inscrire|inscrire|enrol\w*|register) (a |en |in |for )?[a-z]{3}\d{3})\b/.test(words)
  );
}

/** A subject said in wider words (« les UE qui parlent de droit », « faire un peu de droit, vous avez quoi ? »), when the message looks for teaching. */
function widerSubject(words: string): string | undefined {
  if (!LOOKS_FOR.test(` ${words.trim()} `) && !/\b(quoi|what|which|quelles?|quels?)\b/.test(words)) return undefined;
  const subject = SUBJECT_WIDER.exec(words.trim())?.groups?.subject?.trim();
  if (!subject || NOT_A_SUBJECT.test(subject)) return undefined;
  return subject.split(" ").some((word) => word.length >= 2 && !STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word)) ? subject : undefined;
}

/** Kinds of teaching a learner looks for by subject. */
const TEACHING = "cours|ue|ues|unites?|formations?|modules?|enseignements?|matieres?|courses?|classes?|units?|lessons?|trainings?";
/** A word of teaching, alone. */
const TEACHING_WORD = new RegExp(String.raw`\b(?:${TEACHING})\b`);
/** Teaching looked for: a word of looking for, then the teaching within a few words. */
/** Something wanted on a subject, in the learner's words: "I'd like something like building websites", « je voudrais un truc sur le web ». */
const SOMETHING_LIKE = String.raw`\b(i d like|i would like|i want|i m looking for|i am looking for|je voudrais|j aimerais|je cherche|je recherche) (something|anything|quelque chose|un truc) (like|on|about|sur|autour)\b`;
const TEACHING_SOUGHT = new RegExp(
  String.raw`\b(y a|ya|il y a|existe|existent|exist|exists|cherche|recherche|looking for|look for|is there|are there|any|recommend\w*|suggest\w*|conseill\w*|quelles?|quels?|which|what|propos\w*|have|avez|offer\w*|start with|commencer par)( \w+){0,3} (?:${TEACHING})\b|\b(?:${TEACHING}) (de|d|en|sur|on|about|in|for|pour)\b|\b(y a|ya|il y a|is there|are there|avez vous|vous avez|do you have) (quelque chose|qqch|qqc|un truc|des trucs|something|anything) (en|sur|dans|on|about|in)\b|${SOMETHING_LIKE}`,
);
/** « des cours de réseaux », "courses on networking", "classes in Java". */
const SUBJECT_AFTER = new RegExp(String.raw`\b(?:${TEACHING})(?: (?:a distance|en ligne|online|du soir|le soir|le samedi|en foad|at a distance))? (?<preposition>en rapport avec|en lien avec|qui concernent|qui concerne|concernant|autour de|autour du|portant sur|related to|relating to|to do with|dealing with|de|d|en|sur|on|about|in|of) (?<subject>[a-z0-9+# ]{2,40}?)(?= (?:au|a|le|la|les|pour|for|at|the|this|ce|cette|dispo|disponibles?|available|svp|stp|please|ici|here|chez vous|at the cnam|au cnam|le soir|in the evening|mais|but|car|because|parce)\b| ?$)`);
/** A message that is only teaching on a subject: « des cours de bases de données ? ». */
const ONLY_TEACHING_ON = /^(?:des |une |un |les )?(?:cours|ue|ues|unites?|modules?|formations?|enseignements?) (?:de|d|en|sur) [a-z0-9+# ]+$/;
/** "You have", as learners ask what there is: « vous avez », « t'as », "do you have". */
const YOU_HAVE = "vous avez|avez vous|vs avez|tu as|t as|you have|do you have|have you got|you got";
/** « vous avez quoi en réseau ? », "what do you have in networking?", « vous proposez quoi comme cours de sécurité ? ». */
const WHAT_YOU_HAVE_IN = new RegExp(
  String.raw`\b(?:(?:${YOU_HAVE}|vous proposez|proposez vous|il y a|y a|ya|you offer|do you offer) (?:quoi|what|de quoi|anything|something)|qu est ce que (?:vous avez|vous proposez|tu as)|qu est ce qu il y a|qu avez vous|que proposez vous|what (?:do you have|have you got|do you offer|is there))(?: comme (?:cours|ue|ues|unites?|modules?|formations?))? (?:en|in|on|sur|comme|de|d|du|des|for|about) (?<subject>[a-z0-9+# ]{2,40}?)(?= (?:au|a|le|la|pour|for|at|the|this|ce|cette|dispo|disponibles?|available|svp|stp|please|ici|here|chez vous|at the cnam|au cnam|le soir|in the evening|mais|but|car|because|parce)\b| ?$)`,
);
/** After « qu'est-ce qu'il y a en », no subject: « en cas d'absence », « en L3 », "in financial aid", « en anglais » (taught in). */
const NOT_WHAT_YOU_HAVE_IN =
  /^(cas|l[1-3]|m[12]|licence|master|bts|dut|but|diplomes?|diplomas?|degrees?|formations?|aides?|help|financ\w*|funding|bourses?|terms?|info|infos|informations?|renseignements?|ce moment|ce cas|general|gros|semaine|soiree|journee|ligne|english|anglais|francais|french|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?)\b/;
/** A word of teaching alone, no subject: « cours », "classes". */
const TEACHING_ALONE = /^(cours|ue|ues|unites?|modules?|formations?|classes?|courses?|units?)$/;
/** "java courses", "networking classes": English puts the subject first. */
// ("HR or labour law units": two subjects, the first said alone before « or ».)
const SUBJECT_BEFORE = /\b(?<subject>(?:[a-z0-9+#]{2,20} (?:or|and) )?[a-z0-9+#]{2,20}(?: [a-z0-9+#]{2,20})?) (?:courses?|classes?|units?|modules?|lessons?|trainings?)\b/;
/**
 * « apprendre l'anglais », "learn Python", « me former en comptabilité »; bases said lacking, « je manque de bases en management et en
 * RH », "I lack basics in management and HR and would like to …" (the story's other words were taken for the subject).
 */
const SUBJECT_LEARNED = /\b(?:(?:je )?manque (?:de |d )?(?:bases?|notions?|connaissances?) (?:en|de|d|sur)|(?:i )?lack (?:the |some )?(?:basics|grounding|foundations?|knowledge) (?:in|of)|apprendre|learn|me mettre (?:a|au|aux|en)|m initier (?:a|au|aux|en)|me lancer (?:dans|en)|get(?:ting)? into|devenir|become|(?<!machine |deep |e )learning|me former (?:en|a|au|aux|sur)|monter en competences? (?:en|sur)|me perfectionner en|(?:me )?reconvertir (?:dans|en|vers)|reconversion (?:dans|en|vers)|(?:continuer|poursuivre|evoluer) (?:vers|dans|en)|ce qui m (?:attire|interesse|plait) c est|ce qui me (?:plait|passionne) c est|retrain (?:in|as|into)|move into|switch(?:ing)? (?:careers? )?(?:in)?to|progresser en|improve my|get better at|be better at|improve at|m ameliorer en|apprendre a faire) (?:le |la |l |les |du |des |some |the |about (?:the )?)?(?<subject>[a-z0-9+# ]{2,45}?)(?= (?:au|pour|for|at|le soir|in the evening|svp|stp|please|il y a|y a|ya|is there|are there|mais|but|car|because|parce|j ai|jai|je|i|i m|i ve|et je|and i|sans|without|depuis|since|par ou|par quoi|where|how|et [a-z]{3,}(?:er|ir)|and (?:use|manage|analy[sz]e|exploit|build|run|would|want))\b| ?$)/;
/** « units are about web development », « des UE qui parlent de droit », « je voudrais faire un peu de droit, vous avez quoi ? ». */
const SUBJECT_WIDER = new RegExp(
  String.raw`\b(?:(?:${TEACHING}) (?:are|is|that are|qui sont|qui parlent|qui traitent|qui portent|that cover|covering|dealing|that deal|which are) (?:about|on|with|de|d|sur|du|des)|faire (?:un peu )?(?:de la|de l|du|des|de|d)) (?<subject>[a-z0-9+# ]{2,40}?)(?= (?:au|pour|for|at|le soir|in the evening|svp|stp|please|vous|you|chez|ici|here|quoi|what|c est|c possible|possible|il y a|y a|ya|mais|but|car|because)\b| ?$)`,
);
/** « Il y a un cours là-dessus ? », "is there a unit for that?": the subject is in what was said before. */
const COURSE_ON_IT = new RegExp(
  String.raw`\b(?:${TEACHING})\b.{0,20}\b(?:la dessus|la dedans|pour ca|pour cela|sur ca|sur ce sujet|dans ce domaine|on (?:it|that|this)|for (?:it|that|this)|about (?:it|that|this)|in (?:that|this) (?:field|area))\b|\b(?:${YOU_HAVE}) (?:quelque chose|qqch|qqc|un truc|anything|something)(?: (?:pour (?:moi|ca|cela)|la dessus|for (?:me|that|this)|on (?:that|this)))?\s*$`,
);
/** The subject said before « il y a quelque chose pour moi ? » (see SOMETHING_THERE_FOR_ME), when the titles speak of it. */
function somethingThereOnASubject(words: string): string | undefined {
  const forMe = SOMETHING_THERE_FOR_ME.exec(words);
  // (« Mon employeur refuse de me payer mes heures sup, … il y a quelque chose pour moi ? »: a dispute at work told, declined as before.)
  if (!forMe || FUNDING_SAID.test(words) || EMPLOYMENT_LAW.test(words.replace(/\b(droit du travail|code du travail|labou?r law|employment law)\b/g, " "))) return undefined;
  const before = words.slice(0, forMe.index);
  // « je suis comptable et je veux apprendre Java, … ? »: what is to be learned is the subject, not the learner's job said before it (it
  // listed CFA109, « comptable »); "I'm interested in AI" keeps its short subject.
  const learning = WHAT_IS_LEARNED.exec(before)?.groups;
  const learned = learning?.subject;
  const learnedWords = learned === undefined ? [] : subjectWords(learned);
  const shortOnes = learned === undefined ? [] : learned.split(" ").filter((word) => SHORT_SUBJECTS.has(word));
  const said = learnedWords.length > 0 ? learnedWords : shortOnes.length > 0 ? shortOnes : subjectWords(before);
  // (Learning said outright, « apprendre Java », is teaching looked for, whatever the titles are known to speak of.)
  const taught = learnedWords.length > 0 && TEACHING_ASKED.test(learning?.verb ?? "");
  return said.length > 0 && (taught || namesAKnownSubject(said.join(" "))) ? said.join(" ") : undefined;
}
const TEACHING_ASKED = /^(apprendre|learn|me former|m initier|me mettre)/;
/** What one means to learn or understand, said before « il y a quelque chose pour moi ? »: « apprendre Java », "interested in AI". */
const WHAT_IS_LEARNED =
  /\b(?<verb>apprendre|comprendre|decouvrir|learn(?: more)?(?: about)?|understand|get(?:ting)? into|me former (?:a|au|aux|en|sur)|m initier (?:a|au|aux|en)|me mettre (?:a|au|aux|en)|interested in|m interesse (?:a|au|aux|en)|me lancer (?:dans|en)|progresser en|devenir|become) (?<subject>.+)$/;
/** « il y a quelque chose pour moi ? », "is there anything for me?", ending the message: something there, for the subject said before. */
const SOMETHING_THERE_FOR_ME =
  /(?:\b(?:il y a|y a|ya|y a t il|ya t il|il y aurait|y aurait il|est ce qu il y a|is there|are there|would there be)(?: (?:deja|already|alors|so))? |(?:^|[.!?]\s*|\s)(?=(?:anything|something|quelque chose|qqch|un truc) (?:pour moi|for me)\s*$))(?:quelque chose|qqch|qqc|un truc|anything|something)(?: (?:pour (?:moi|ca|cela)|la dessus|for (?:me|that|this)|on (?:that|this)))?\s*$/;
/** Funding or money said: what « vous avez quelque chose ? » then looks for is no teaching, what is « enough » after it is a price. */
export const FUNDING_SAID = /\b(financement|financer|argent|aides?|cpf|compte formation|bourses?|budget|euros?|solde|balance|funding|money)\b|€/;
/** Asking whether something may be done, not what there is. */
const ASKS_WHETHER = /\b(possible|faisable|allowed|autorise|permis|puis je|peut on|can i|may i|is it ok|une seule|un seul|single|only one)\b/;
/** Languages classes are taught in. */
const TAUGHT_IN = /^(anglais|english|francais|french|espagnol|spanish|allemand|german)$/;
/** Words around a subject that are not it: « do you have Python courses » is about Python, « vous avez quoi en réseau ? » about networks. */
const AROUND_SUBJECT = new Set(
  "et and laquelle lequel lesquelles lesquels anything something have has you do des les some any vos your the a an de d du il y t combien quels quelles quel quelle what which of there are is offer teach proposez vous avez aussi also other autres plus more mes my ses new nouveaux nouvelles good bons bonnes en in a au aux at on pour for ca existe existent exist exists dispo disponible disponibles available quoi comme".split(" "),
);
/** A message that looks for teaching: « y a-t-il », « vous proposez », "do you have", « je cherche », or a few words alone. */
const LOOKS_FOR =
  /\b(i d like something|i would like something|i want something|je voudrais quelque chose|j aimerais quelque chose|je voudrais un truc|j aimerais un truc|apprendre|learn|me former|y a t il|il y a|ya t il|y a|ya|tu as|t as|vs avez|y aurait|il y aurait|y aurait il|y aura t il|avez vous|vous avez|proposez vous|vous proposez|existe t il|il existe|est ce qu il y a|do you (have|offer|teach)|are there|is there|any (\w+ )?((or|and) \w+ )?(\w+ )?(courses?|classes?|units?)|(je voudrais|j aimerais|je souhaite|je souhaiterais|je veux|i d like|i would like|i want|i m looking for)( juste| just| seulement| only)? (suivre |faire |prendre |take |do )?(un|une|des|a|an|some) (ue|cours|unite|module|formation|course|class|unit)|je cherche|je recherche|looking for|i m looking|je voudrais (faire|suivre|prendre|apprendre)|j aimerais (faire|suivre|apprendre)|i want to (learn|take|do)|(i d|would) like to (learn|take|do)|quels? (cours|ue)|which (courses|units|classes)|what (courses|units|classes))\b/;
/** What a learner may look for that is a way of studying here, not a subject: the content answers those. */
const NOT_A_SUBJECT =
  /\b(sizes?|tailles?|combien|cb|heures?|hours?|hrs|realiste|realistic|jouable|faisable|deplacer|deplace|venir|bouger|travel|travelling|traveling|commute|soir|soiree|evening|evenings|night|samedi|samedis|saturday|saturdays|dimanche|sunday|distance|ligne|online|remote|remotely|jour|journee|journees|day|days|daytime|semaine|week|weekend|presentiel|person|rattrapage|session|ete|summer|annee|year|semestre|semester|licence|master|diplome|degree|ingenieur|engineering|bts|dut|cnam|paris|ue|ua|us|ects|credits?|heures?|hours|horaires?|volume|inscription|niveau|level|base|remise a niveau|foad|hybride|groupe|debutants?|beginners?|autre|other|this|that|ce|cette|quoi|what|which|quel|quelle|quels|quelles|activite|activity|activities|specifique|specific|enseignement|teaching|toutes?|tous|all|every|each|chaque|liste|list|choisi\w*|choose|choosing|place|places|seats?|cher|expensive|coute|cost|tarifs?|prix|price|fees?|seul|seule|single|one|un seul|meme|same|obligatoires?|compulsory|mandatory|optionnelles?|optional|elective|prerequis|prerequisites?|examens?|exams?|validation|valide\w*|rattrap\w*|reprendre|perfectionner|libre|free|payant|paid|gratuit|anglais en|francais|where|when|how|why|who|ou|quand|comment|pourquoi|follow|take|attend|suivre|prendre|faire|do|get|per|par|students?|etudiants?|number|nombre|maximum|minimum|bachelors?|sundays?|saturdays?|mondays?|nights?|preparatory|preparatoires?|mise a niveau|remedial|introductory|individually|vacances|scolaires?|conges|feries?|greves?|strikes?|holidays?|break|breaks|devrais|devrait|devrai|devrions|pourrais|pourrait|faudrait|should|would|could|grands|grandes|vrais|vraies|absolus|absolues|absolute|complete|parfaits|\d+)\b/;
/** Subjects said by a short word a stop list holds (« ai » is also « j'ai »): "an AI unit". */
const SHORT_SUBJECTS = new Set(["ai", "ia", "it", "rh", "hr", "si"]);
/** Subjects in -ing that are subjects, not verbs: "networking classes" but not "taking units". */
const SUBJECT_IN_ING = new Set(["networking", "programming", "accounting", "marketing", "testing", "computing", "coding", "banking", "management"]);

/** Folded words as the learner wrote them (« réseaux », not « reseaux »), for quoting back. */
function asWritten(folded: string, text: string): string {
  const tokens = rawTokens(text);
  return folded
    .split(" ")
    .map((word) => tokens.find((token) => token.folded === word)?.raw ?? word)
    .join(" ")
    // « gestion d équipe »: the apostrophe folding took out.
    .replace(/\b([dlj]|qu) (?=[a-zà-ÿ])/gi, "$1'");
}

/** The subject of a search for units, when the message looks for teaching on a subject; undefined otherwise. */
function searchedSubject(words: string): string | undefined {
  // (« des cours sur le web ou sur les bases de données »: the second subject's preposition said again.)
  const folded = words.trim().replace(/ ou sur (?:(?:les|la|le|l) )?(?=[a-z])/g, " ou ");
  // A search says so (« y a-t-il », "do you have", « je cherche »), or is no more than « cours de X »;
  // « … une seule UE d'anglais, c'est possible ? » asks whether, not which.
  if ((folded.split(" ").length > 4 && !LOOKS_FOR.test(` ${folded} `) && !ONLY_TEACHING_ON.test(folded)) || ASKS_WHETHER.test(folded)) return undefined;
  const after = SUBJECT_AFTER.exec(folded)?.groups;
  // « des cours en anglais », "classes in English": the language they are taught in, not English classes.
  if (after && /^(en|in)$/.test(after.preposition ?? "") && TAUGHT_IN.test(after.subject ?? "")) return undefined;
  // "Python courses" first in English: the message only that, or a search said so.
  const before = folded.split(" ").length <= 3 || LOOKS_FOR.test(` ${folded} `) ? SUBJECT_BEFORE.exec(folded)?.groups?.subject : undefined;
  // (« il y a quoi comme cours le samedi ? »: « cours » is the teaching looked for, no subject.)
  const whatYouHave = WHAT_YOU_HAVE_IN.exec(folded)?.groups?.subject;
  // (« vous avez quoi comme info sur la VAE ? »: « info sur » is information asked of something, no subject.)
  const said = after?.subject ?? (whatYouHave && !TEACHING_ALONE.test(whatYouHave) && !NOT_WHAT_YOU_HAVE_IN.test(whatYouHave) && !/ (sur|concernant|about|on|regarding)$/.test(whatYouHave) ? whatYouHave : undefined) ?? SUBJECT_LEARNED.exec(folded)?.groups?.subject ?? before;
  // The words around it go (« des », "any", "have"), not those inside it (« bases de données »).
  const spoken = (said ?? "").split(" ").filter(Boolean);
  // (« or » left first once a filter took the word before it: "beginner or advanced English units".)
  while (spoken.length && (AROUND_SUBJECT.has(spoken[0] as string) || /^(or|and|ou|et)$/.test(spoken[0] as string))) spoken.shift();
  while (spoken.length && AROUND_SUBJECT.has(spoken[spoken.length - 1] as string)) spoken.pop();
  const subject = spoken.join(" ");
  // (« réseaux ou de sécurité »: « ou » between two subjects is no « où ».)
  if (!subject || NOT_A_SUBJECT.test(subject.replace(ALTERNATIVE, " "))) return undefined;
  // A function word or a verb is no subject (« in », "for", "taking").
  const isSubjectWord = (word: string) =>
    SHORT_SUBJECTS.has(word) || (word.length >= 2 && !STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word) && !(word.endsWith("ing") && !SUBJECT_IN_ING.has(word)));
  return subject.split(" ").some(isSubjectWord) ? subject : undefined;
}

/** « ou » between two words of a subject, with the article of the second: « réseaux ou de sécurité », « gestion ou d économie ». */
const ALTERNATIVE = /(?<=[a-z0-9+#]) (?:ou|or) (?!(?:il|ils|elle|elles|on|je|j|tu|vous|nous|c|ce|ca|cela|y|ya|yen|n|ne|se|s|est|sont|a|ai|ont|faut|l on|it|is|are|do|does|can|i|we|you|they)\b)(?:(?:de|d|du|des|en|la|le|les|l|the) )?(?=[a-z0-9])/g;

/** Whether a text names a diploma (its code or its kind: « la licence », "engineering degree"). */
export function mentionsADiploma(text: string): boolean {
  return DIPLOMA_NAMED.test(foldedWords(text));
}

/** Changing or dropping a unit already begun (« changer d'UE en cours de semestre », "drop a unit"): no enrolment check. */
/** A question pointing to the facts told before it: « où trouver ces infos ? », « vous pouvez me donner ça ? », "where can I find that?". */
const POINTS_TO_INFO =
  /\b(ces (deux |2 |trois |3 )?(infos?|informations?|renseignements?|donnees|elements|details|points)|(cette|cet|l) (info|information)|(ou|comment) (trouver|obtenir|avoir|les trouver|les obtenir|les avoir)|(donner|dire|indiquer|fournir|communiquer|transmettre|envoyer) (ca|cela|tout ca|tout cela|ces infos|l info|ces elements)|(me|m) (les|le) (donner|dire|indiquer|fournir|communiquer)|where (can|could|do) i (find|get)|(this|that|these|those) (two |2 |three |3 )?(info|information|details|things|pieces of information)|(give|tell|send) me (that|this|those|these|them))\b/;

/** During the semester under way: « en plein milieu du semestre », « en cours de semestre », "mid-semester". */
const DURING_THE_SEMESTER = /\b(en (plein )?(milieu|cours) (du |de )?semestre|en plein semestre|pendant le semestre|en cours d annee|mid ?semester|during the (semester|term)|halfway through)\b/;
/**
 * One unit swapped for another: « changer NFA042 contre NFA041 », « remplacer NFA042 par NFA041 », « passer de NFA042 à NFA041 », "swap
 * NFA042 for NFA041", "switch from NFA042 to NFA041" — a change of units only when said during the semester (before it, a choice).
 */
const SWAPPING =
  /\b((changer|echanger|troquer|remplacer) [a-z]{3} ?\d{3} (contre|pour|par|avec)|passer de [a-z]{3} ?\d{3} a|(swap|switch|change|exchange|trade|replace) [a-z]{3} ?\d{3} (for|with|to|by)|(switch|move|change) from [a-z]{3} ?\d{3} to) [a-z]{3} ?\d{3}\b/;
const SWITCHING = /\b(lacher|lache|lacherai|faire le changement|changement d (ue|unite|option)|changer (d ue|de cours|d unite|de module|d option)|change (units?|courses?|classes?)|switch (units?|courses?|classes?|to another)|abandonner|laisser tomber|drop (a |the |my )?(units?|courses?|classes?|it|out|[a-z]{2,5} ?\d{2,5})|abandonner (l ue |le cours |[a-z]{2,5} ?\d{2,5})|se desinscrire|me desinscrire|unenrol\w*|withdraw)\b/;

/** Which units come first: « je commence par quelles UE ? », "which units should I start with?". */
const STARTS_WITH_WHICH = /\b((je |on )?(commence|commencer|debute|debuter) par (quelles?|quels?|quoi|laquelle|lesquelles)|(quelles?|quels?) (ue|ues|unites?|cours) (en premier|d abord|pour commencer|pour debuter)|(which|what) (units?|courses?) (should i |do i |to )?(start|begin) with|(which|what) (units?|courses?) first)\b/;

/** Whether a unit suits the learner: « c'est accessible ? », « dans mes cordes », « la L3 m'est ouverte ? », "is it for me?". */
const SUITS_ME = /\b(accessible|a ma portee|dans mes cordes|adaptee?|pour moi|for me|ouverte? a (quelqu un|qqn|une? personne|moi)|(m est|me est|m serait|me serait|me sont|me seraient) (bien )?(ouverte?s?|accessibles?)|open to (someone|somebody|me|a person)|suitable|within my reach|up to it|cut out for it|(be|get|i m|am i|serais|serai|suis je|etre) (accepted|admitted|accepte|acceptee|admis|admise)|m accepter\w*|accept me|(is )?my level (is )?(ok|okay|enough|good enough|sufficient|fine|high enough)|do i have the (right |required |needed |expected )?level|(mon|le) niveau (est |c est )?(ok|suffisant|bon|assez)|(j ai|ai je) le (bon )?niveau|mon niveau (suffit|convient|colle|va))\b/;
/**
 * A grade said not got, before its number: « j'ai pas eu 10 », « je n'ai jamais obtenu 10 », "I didn't get 10", "never got a 10": below
 * it, no grade (« I didn't get 10 in UTC504 but my overall average is above 10 » was « Yes, with 10/20 … validated »). Not credits or
 * hours not got (« pas eu 10 ECTS »).
 */
const NOT_GOT = String.raw`${GRADE_NOT_GOT}(?: un| une| a| an)?(?=\s+\d{1,2}(?:[.,]\d{1,2})?(?!\s*(?:ects|credits?|cr|h|heures?|hours?|points?)\b|\s*%|[.,]?\d))`;
/** Words saying below a grade, and above it: « moins de », "below", « au-dessus de », « pas eu » (NOT_GOT). */
const BELOW = String.raw`moins de|en dessous de|en-dessous de|sous la barre des|sous les?|inferieure? a|less than|under|below|${NOT_GOT}`;
const ABOVE = String.raw`plus de|au dessus de|au-dessus de|superieure? a|more than|above|over`;
const OUT_OF_20 = String.raw`(?:\s*(?:\/\s*20|sur 20|out of 20))?`;
/** Below the pass mark, its value unsaid: « moins de 10 », "below 10/20". */
const BELOW_PASS = new RegExp(String.raw`\b(${BELOW}) 10${OUT_OF_20}\b`);
/** A grade said as a threshold, above or below it: « moins de 10 », « en dessous de 10/20 », "less than 10". */
const GRADE_THRESHOLD = new RegExp(String.raw`\b(${BELOW}|${ABOVE})\s+\d{1,2}(?:[.,]\d{1,2})?${OUT_OF_20}`, "g");

/** A school's exam or school: « bac », « brevet », « lycée », "A-level". Regex source. */
const SCHOOL_EXAM = String.raw`(?:bac|baccalaureat|baccalaureate|brevet|lycee|high school|a levels?|gcse|sat)`;
/**
 * A grade of a school exam, not of a unit: « j'ai eu 12 au bac (en maths) », « 14 de moyenne au bac », « au bac j'ai eu 12 », "I got 15
 * in maths at A-level", "14 at the baccalaureate".
 */
const SCHOOL_GRADE = new RegExp(
  String.raw`\b\d{1,2}(?:[.,]\d{1,2})?${OUT_OF_20}(?: de moyenne| of average| average| on average)?(?: (?:en|in) [a-z]+)? (?:au|a|du|en|at the|at|in the|in|on the|on|in my|at my|for my|for the) (?:mon |ma |my )?${SCHOOL_EXAM}\b|\b(?:au|at the|in the|in my|at my) ${SCHOOL_EXAM}(?: (?:en|in) [a-z]+)?,? (?:j ai eu|j avais eu|i got|i had|i scored|ma note (?:etait|est)|my grade was) (?:un |une |a |an )?\d{1,2}(?:[.,]\d{1,2})?${OUT_OF_20}`,
  "g",
);

/** A diploma of some kind, named or not (« le diplôme d'ingénieur », "a degree"): the planner asks which. */
const ANY_DIPLOMA = /\b(diplomes?|ingenieur|inge|engineering|degree|diploma|licence|license|bachelor|master)\b/;

/** The folded words of a message's last clause, after its last comma (padded). */
function lastClause(text: string): string {
  return foldedWords(text.split(/[,;:]/).at(-1) ?? text);
}

/** A diploma the learner says they hold (« j'ai un master en finance », "I have a bachelor's degree"): folded words. */
const OWN_DIPLOMA = /\b(j ai|je possede|titulaire d|i have|i ve got|i hold|i got|avec|with) (un|une|a|an|my|mon|ma) (master|masters|licence|license|bachelor|bachelors|bachelor s)( degree)?\b/g;

/** The words that name a diploma in a text (« la licence », « l'ingé cyber », LG02501A), as folded words; undefined when none does. */
export function namedDiploma(text: string): string | undefined {
  return DIPLOMA_NAMED.exec(foldedWords(text).replace(OWN_DIPLOMA, " "))?.[0]?.trim();
}

/** Whether a unit counts in a diploma: « ça compte dans la licence ? », "is it part of the L3?" (folded words, padded). */
export function asksWhereItCounts(text: string): boolean {
  const words = foldedWords(text);
  return DIPLOMA_NAMED.test(words) && COUNTS_IN.test(words);
}

/**
 * Whether a unit may be done without, asked: « on peut la remplacer ? », "can I skip it?", « on peut s'en passer ? »,
 * « je peux m'en dispenser ? », « être dispensé de GDN100 », « ne pas la faire » (folded words, padded). Asked of a diploma it is
 * the opposite of whether the unit is compulsory: « Non » for a compulsory one. Only the unit itself done without: not « éviter
 * d'échouer », « éviter le samedi », « dispensé de présence », « des cours du samedi »; not a unit put off (« ne pas la faire ce
 * semestre », "not take it this semester"); not a story of what was not done ("I did not take NFA031", "I could not take
 * UTC502 last year"). (« GDN100 est dispensée le soir » is where it is taught, no exemption.)
 */
export function asksToDoWithout(text: string): boolean {
  return doesWithout(foldedWords(text));
}
/** Doing without a unit, said in folded words, not only putting it off (« ne pas la faire ce semestre »). */
function doesWithout(words: string): boolean {
  return DONE_WITHOUT.test(words) && !PUT_OFF.test(words);
}
/** A unit named in folded words: « utc502 », « uaalot », « ussi01 ». */
const UNIT_WORD = String.raw`(?:[a-z]{3} ?\d{3}|ua[a-z]{2}[a-z0-9]{2}|ussi\d{2})`;
/** The unit as the object done without: its code, « it », « cette UE ». */
const THE_UNIT = String.raw`(?:${UNIT_WORD}|it|them|this (?:unit|one|course|module)|that (?:unit|one|course|module)|the (?:unit|course|module)|cette ue|ce cours|cette unite)`;
const DONE_WITHOUT = new RegExp(
  String.raw`\b((?:remplac\w*|replace|substitute|swap|echanger) (?:l |la |le )?${THE_UNIT}|(?:la|le|l|les) (?:remplacer|echanger)|(?:${UNIT_WORD}|it) (?:be )?(?:replaced|swapped|substituted)|(?:skip|skipping|zapper|sauter|eviter|do without|exempt(?:ed)? from|get out of) (?:de (?:faire|suivre|prendre|passer) )?(?:l |la |le |les )?${THE_UNIT}|(?:la|le|l|les) (?:zapper|sauter|eviter)|\by (?:couper|echapper)\b|(?:couper|echapper) (?:a|au|aux) (?:l |la |le )?${THE_UNIT}|(?:opt out of|dodge|avoid|get away without) (?:taking |doing )?${THE_UNIT}(?! (?:clash\w*|overlap\w*|conflict\w*|collid\w*|chevauch\w*))|(s|m|t|nous|vous) en passer|(se|me|te|nous|vous) passer (de|d) (?:l |la |le |cette ue |ce cours )?${UNIT_WORD}|(m|t|s|nous|vous) en (etre )?dispense\w*|en etre (dispense|exempte)\w*|(etre|me|te|se|vous|nous) (dispense|exempte)\w* (de|d) (?:l |la |le |cette ue |ce cours )?${UNIT_WORD}|(?<!\b(?:qui|who)\b.{0,20})(la|le|l|les) dispenser (?=de |d |pour |for |dans |vu |puisque )|(ne|n) pas (la|le|l|les) (faire|suivre|prendre|passer|valider)|(ne|n) pas (faire|suivre|prendre|passer|valider) (?:l |la |le )?${UNIT_WORD}|(?:can|could|may|should) (?:i|we|one) not (?:take|do|follow) ${THE_UNIT}|(?:possible|allowed|ok|okay) (?:to )?not (?:take|do|follow) ${THE_UNIT}|(?:what if|and if|if) i (?:do not|don t|dont) (?:take|do|follow) ${THE_UNIT})\b`,
);
/**
 * What a diploma is asked to be done without, when no unit code says it: « la licence sans l'UE d'anglais ? » → « l ue d anglais »,
 * "skip the English unit" → « the english unit » (folded words, padded); the diploma's job finds its one unit of that subject.
 * (Not a diploma named by its code: « sans GDN100 » is a unit gone without, read by DONE_WITHOUT.)
 */
export function subjectDoneWithout(text: string): string | undefined {
  const said = SUBJECT_DONE_WITHOUT.exec(foldedWords(text));
  // (Up to where the question goes on: « le module de gestion de projet c'est possible » is of « gestion de projet »; five words
  // cut it to « gestion », which named NFP107, « Systèmes de gestion de bases de données ».)
  const subject = said ? ` ${said[1] as string} `.replace(SUBJECT_ENDS, " ").trim() : undefined;
  // (« sans venir en cours », "without any class on site": the way one studies, not a unit.)
  return subject && !new RegExp(UNIT_WORD).test(subject) && !CLASSES_ATTENDED.test(` ${subject} `) ? subject : undefined;
}
const SUBJECT_DONE_WITHOUT =
  /\b(?:sans|without|skip|skipping|zapper|sauter|eviter|(?:me|se|nous|vous) passer (?:de|d)|dispense\w* (?:de|d)|exempt(?:ed)? from|do without)(?: (?:faire|suivre|passer|valider|prendre|taking|doing|passing|avoir (?:fait|suivi|valide|pris|passe)|having (?:done|taken|passed)))?((?: \w+){1,8})/;
/** Where the subject gone without ends: « … c'est possible », « … pour la licence », "… in the licence". */
const SUBJECT_ENDS = / (?:c est|cest|est ce|ca|pour|dans|in|for|to|possible|is|svp|stp|please|ou|or|et|and|mais|but)\b.*$/;
/**
 * A unit said by its kind with its subject: « l'UE d'anglais », "the English unit", « le cours de compta ». (Not the classes one
 * attends: « sans cours en présentiel », « sans venir en cours », "without any class on site" ask how to study, not a unit.)
 */
const A_UNIT_NOUN = /\b(?:(?:l|le|la|the|this|that) (?:\w+ )?(?:ue|unite|cours|module|unit|course|class)|(?:ue|unite|cours|module|modules|unit|course|class) (?:de|d|du|of|en|in) (?!(?:presentiel|ligne|distance|salle|person|site|class|classe)\b)\w+)\b/;
const CLASSES_ATTENDED = /\b(presentiel|presence|venir|aller|assister|distance|en ligne|online|on site|in person|attend\w*|samedi|soir|evening|saturday)\b/;

/** Spared one way of a unit's classes: « dispensé des cours du samedi », "exempted from the Saturday classes". */
const SPARED_SOME_CLASSES =
  /\b(dispense\w*|exempte\w*|exempt(ed)? from|skip|eviter|zapper) (des |du |de |d |the )?(cours|classes?|seances?|sessions?)( du| de| le| en| on| in the| the)? (samedi|samedis|soir|soirs|journee|saturday|saturdays|evening|evenings|weekend)\b|\b(skip|avoid|exempt(ed)? from|miss) the (saturday|evening|weekend) (classes|sessions|lessons)\b/;
/** A unit put off, not done without: « ce semestre », "this semester", « pour l'instant », "last year". */
const PUT_OFF =
  /\b(ce semestre|cette annee|cet automne|ce printemps|maintenant|pour l instant|pour le moment|tout de suite|(au|le) (premier|second|deuxieme|prochain) semestre|le semestre prochain|l annee prochaine|l an (prochain|dernier)|l annee derniere|en s[12]|this (semester|term|year|fall|autumn|spring)|right now|for now|yet|(next|last) (semester|term|year)|until)\b/;

/** What one holds, said as a reason to be let off a unit: « avec le TOEIC », "with my certificate", « vu que j'ai un BTS »; or any reason
 * given (« si je fais un stage », "if I already manage projects at work", « puisque »): whether it exempts is not in the sources. */
const EXEMPTED_BY_WHAT_ONE_HOLDS = /\b(avec|with|grace a|thanks to|vu que|since|car|parce que|because|given|puisque|comme j|as i|if i|if i m|if i ve|si je|si j)\b|\b(certif\w*|toeic|toefl|ielts|cambridge|pix|equivalen\w*)\b/;

/** Whether a question asks what a diploma is made of (« comment se répartissent les crédits ? », "how is it split?"), a diploma named or not. */
export function asksComposition(text: string): boolean {
  return composition(foldedWords(text));
}

/** Whether a question asks if units are compulsory (« je suis obligé de faire ANG320 ? », "is GDN100 compulsory?"), not only whether they count. */
export function asksIfCompulsory(text: string): boolean {
  return COMPULSORY.test(foldedWords(text));
}

/** Words asking whether units are compulsory (« c'est obligé ? » is said for « obligatoire »: « ang320 cest oblige pr la licence »). */
const COMPULSORY_WORDS = String.raw`(suis je |je suis |on est |est on )?(oblige|obligee|obliges|forcee?) (de|d) (la |le |l |les )?(faire|suivre|prendre|passer|valider)|(est|c est|cest|c|sont) (elle |il |elles |ils )?(obligatoires?|imposee?s?)|(c est|cest|c) (oblige|obligee)(?! (de|d) (venir|aller|etre|me|se|s))|[a-z]{3} ?\d{3} (obligatoires?|obligatoir|oblige|obligee) (pour|pr|dans|ds|en) (la |le |l )?(licence|license|l3|diplome|master|ingenieur)|(is it|is|are) (\w+ )?(compulsory|mandatory)|(have to|required to) take|must (i|we|one) (take|do|follow)|(is it|is|are) (\w+ )?(needed|required) for (the|my|a)`;
const COMPULSORY = new RegExp(String.raw`\b(${COMPULSORY_WORDS})\b`);
/**
 * Words asking whether units count in a diploma. ("Do those go toward the licence?": "toward" said of the units, not "how do I go
 * toward the licence", a way there.)
 */
const COUNTS_IN = new RegExp(String.raw`\b(${COMPULSORY_WORDS}|(compte|comptent|comptera|compterait|count|counts)( aussi| too| quand meme)?(?=\s*\??\s*$)|(compter?|comptent|comptera) (aussi )?(pour|dans)|(rentre|rentrent|entre|entrent) (bien |aussi )?dans|(fait|font) partie|part of|counts? (in|for|toward|towards)|go(es)? towards|goes toward|(they|those|these|it|both|them|this|that|[a-z]{3} ?\d{3}) (all |both |also |still |really )?go toward|(inclus|incluse|included) (dans|in)|(est|sont) (elle |il |ils |elles )?(dans|prise? en compte dans) (la|le|l|mon|ma)|c est dans (la|le|l|mon|ma)|(is|are) (it |they |[a-z]{3} ?\d{3} )?in (the|my)|[a-z]{3} ?\d{3} (est|c est|elle est|il est) (bien )?dans (la|le|l|mon|ma)|(dans|in) (quel|quelle|which) (groupe|bloc|partie|group|block|part))\b`);

/** A diploma named: its code (LG02501A) or its kind (« la licence », « le diplôme d'ingé », "engineering degree"). */
const DIPLOMA_NAMED =
  /\b([a-z]{2,3}\d{4,5}[a-z]|licences?|license|bachelor|l3|masters?)\b|\b(ingenieur|inge|engineering|engineer)\b.{0,40}\b(cyber\w*|securite|security|intelligence artificielle|ia|ai|optimisation|optimi[sz]ation|architecture|logiciels?|software|reseaux?|networks?|networking|telecom\w*|data|donnees|big data|cloud|devops|electronique|electronics|mecanique|mechanical|genie civil|civil)\b|\b(cyber\w*|security|ai|software)\b.{0,15}\b(engineering|engineer)( degree| diploma)\b/;
/** The engineering degree named by its kind alone, what a unit is asked for: « pour l'ingénieur », « dans le diplôme d'ingé », "for the engineering degree". */
const ENGINEERING_ALONE =
  /\b(?:pour|pr|dans|en|for|in|of|to) (?:(?:l|le|la|les|un|the|my|mon|an|a) )?(?:(?:diplome|diplomes|titre|cursus|formation) (?:d |de )?)?(?:ingenieurs?|inge|engineering|engineer)\b/;
// « le diplôme d'ingénieur du Cnam » names no one diploma (there are several specialities): content answers it.
/** Times the learner cannot attend, and whether the diploma fits all the same (folded words, padded; the question's, if apart). */
export function asksWhetherItFits(words: string, questionWords = words): boolean {
  return TIME_RULED_OUT.test(words) && FITS_ASKED.test(questionWords);
}

/** Whether something fits, asked of a diploma: « ça pose problème pour la licence ? », "can I still do the licence?". */
const FITS_ASKED =
  /\b((c est|ca pose|ca fait|est ce) (un )?(souci|soucis)|un souci|(is|would) (that|it|this) (be )?an? (issue|problem)|ca (me )?bloque|ca va (me )?bloquer|est ce (que ca|bloquant)|c est bloquant|ca m empeche|(is|would) (that|it|this) (be )?(blocking|a blocker)|does (that|it|this) (block|prevent|stop)|pose (un )?probleme|posera (un )?probleme|c est (un )?probleme|est ce (un )?probleme|ca passe|ca le fait|c est possible|c est jouable|c est faisable|compatible|quand meme|malgre tout|is (that|it|this) a problem|can i still|still possible|still doable|will that work|does that work)\b/;
/** The exam itself named (« l'examen », "the exam"): not its classes. */
const EXAM_WORD = /\b(examens?|exams?|epreuves?|partiels?)\b/;

/** Whether a diploma is offered at all: « vous avez un… », « il existe un… », "do you offer a…". */
/** Kinds of diplomas other schools award, that a learner may ask the Cnam for. */
const OTHER_DIPLOMA_WORDS = String.raw`bts|dut|but|mba|doctorat|phd|cap|bac pro`;
/** An engineering degree in a field: « un diplôme d'ingénieur en chimie », "an engineering degree in finance". */
const ENGINEERING_IN_A_FIELD = /\b(diplome d ingenieur|diplome ingenieur|ingenieur|inge|engineering degree|engineering diploma) (en|in|de) (?!cours\b|ligne\b|alternance\b|(the )?evening)[a-z]{3,}/;
const OTHER_DIPLOMA_KIND = new RegExp(String.raw`\b(${OTHER_DIPLOMA_WORDS})\b`);
/** Whether the catalog is asked to hold a diploma: « il existe un diplôme d'ingénieur … ? », "is there an engineering degree …?". */
export function asksIfOffered(text: string): boolean {
  return DIPLOMA_OFFERED.test(foldedWords(text));
}
const DIPLOMA_OFFERED = new RegExp(
  String.raw`^ (?:bonjour |bonsoir |hello |hi )?(?:est ce que )?(?:vous avez|avez vous|vous proposez|proposez vous|vous faites|faites vous|vous preparez|on peut (?:faire|preparer|passer)|peut on (?:faire|preparer|passer)|le cnam (?:a|propose)|il existe|existe t il|il y a|y a t il|ya t il|ya|y a|do you (?:have|offer|run|teach|provide)|is there|does (?:the )?cnam (?:paris )?(?:have|offer|run|teach|provide)) (?:un|une|des|le|la|les|a|an|any|the)? ?(?:(?:evening|night|online|remote|part time|weekend|saturday) )?(?:diplome|diplomes|licence|licences|master|masters|ingenieur|inge|engineering|degree|bachelor|${OTHER_DIPLOMA_WORDS}|\w+ (?:engineering|degree|bachelor|licence))\b|^ (?:un|une|le|la|a|an)? ?(?:master|masters|licence|diplome|bachelor|degree|${OTHER_DIPLOMA_WORDS})\b.{0,40}\b(?:ca existe|existe t il|existe|exists?|is there|vous l avez|vous avez ca|possible chez vous)\b`,
);
/** What a diploma is made of. (« qu'est-ce que je devrais étudier ? », "what would I have to study?": what it teaches, its units.) */
const COMPOSITION =
  /\b((what|which) (would|will|do|should) i (have to|need to|must) (study|learn)|what (would|will) i (be )?(study|studying|learn|learning)|qu est ce que (je devrais|je devrai|je dois|j aurais a|j aurai a|il faudrait|il faudra|il faut|on) (etudier|apprendre)|(que|quoi) (devrais je|devrai je|dois je|faudra t il|faudrait il) (etudier|apprendre)|je (devrais|devrai|dois|vais|vais devoir) (etudier|apprendre) quoi|on (y )?(etudie|apprend) quoi|(quelles?|quels?) (sont les )?(ue|ues|unites?|matieres|cours|modules|options|blocs|groupes)|(les )?(ue|ues|unites|matieres|cours|modules)\b.{0,40}\b(c est )?(lesquelles|lesquels|c est quoi|ce sont quoi|sont quoi)|(groupes?|groups?)( d| de| des| of)? (ue|ues|options?|units?|choix|electives?)|(ue|ues|unites?) (au|a) choix|units? to choose|(which|what) (are the )?(licence |license |diploma |degree |engineering )?(units|courses|modules|classes|subjects|options|blocks)|composition|compose|composee?|se compose|made up of|make up the|makes up the|consists?|contient|comprend|contenu|content|programme|curriculum|maquette|(ue|ues|unites?|cours|matieres) obligatoires|(compulsory|mandatory|required) (units|courses|modules)|combien (d ue|d unites)|how many (units|courses)|electives?|what s in|what is in|structure|(combien|how many) (d |de |of )?(ects|credits)( en tout| au total| in total| total)?|(se )?repartissent|repartition|repartis|breakdown|broken down|split up|(quel est |c est quoi |what is )?(son|le|its|the) code|s appelle (comment|t il)|comment s appelle|what is it called|(le |its |the )?nom du diplome|(compulsory|mandatory|obligatoires?|imposee?s?|oblige|obligee) (in|for|dans|pour|en) (the |la |le |a |une |un )?(licence|license|bachelor|l3|masters?|diplome|degree|ingenieur|engineering)|(obliges?|obligee?s?|forced|have to|has to|must|dois|doit) (de |d |to )?(faire|suivre|prendre|passer|valider|take|do|pass) (de l |l |the |de |d )?(anglais|english|[a-z]{3} ?\d{3}|management de projet|gestion de projet|project management|maths?|mathematiques)( \w+){0,2} (pour|pr|in|for|dans|en) (the |la |le |a |une |un )?(licence|license|bachelor|l3|masters?|diplome|degree|ingenieur|engineering))\b/;
/**
 * What a diploma is made of, asked (see COMPOSITION); or how it is split: "how is it split?", "how are the credits divided between
 * the blocks?" — only of its credits or units, not "are the classes split between evenings and Saturdays?", "are exams split between
 * January and June?", "is the licence split into two years?" (it got the diploma's card for these).
 */
/** A diploma's code asked: « c'est quel code », « son code », "what's the code of …", "which code is it" (its card says it). */
const CODE_ASKED = /\b((quel|son|le|leur) (code|sigle)|(what s|what is|whats) (the|its|their) code|which code|code (du|de la|of the) (diplome|licence|ingenieur|degree|diploma))\b/;
function composition(words: string): boolean {
  return COMPOSITION.test(words) || (SPLIT.test(words) && !SPLIT_OF_OTHER.test(words));
}
const SPLIT =
  /\b((is|are|s) (it|they|the credits|the ects|that|those|the (licence|license|degree|diploma|programme|program)) (split|divided|distributed)|(split|divided|distributed) (between|across|among|into))\b/;
/** A split of something else than a diploma's credits or units: its classes, exams, fees, or a split in time. */
const SPLIT_OF_OTHER =
  /\b(classes|class|courses|lessons|lectures|exams?|examinations?|tests?|sessions?|fees|costs?|payments?|hours|weeks?|months?|years?|semesters?|terms?|evenings?|saturdays?|weekends?|days?|online|remote|distance|campus|january|february|march|april|may|june|july|september|october|november|december)\b/;
/** Besides a grade said received, another matter: « comment la contester ? », "how do I get my diploma?". */
const CONTEST_OR_DIPLOMA = /\b(contester|contest|appeal|diplome|diploma)\b/;
/** Time of one's own study, not of classes: "how many hours a week should I study?". */
const OWN_STUDY = /\b(study|studying|revise|revising|reviser|revisions?|travailler|bosser|travail perso\w*|personal work|homework|devoirs?)\b/;
/** A time in a week: « par semaine », "a week", « hebdomadaire ». */
const PER_WEEK = /\b(par semaine|chaque semaine|per week|a week|each week|every week|weekly|hebdo\w*|\/ ?semaine|\/ ?week)\b/;

/** A grade received, not said: « j'ai eu ma note de DRS101 », "I got my grade for NFE114", « les résultats de NFA031 sont tombés ». */
const GRADE_RECEIVED =
  /\b((j ai|jai|on m a|on a|je viens d avoir|je viens de recevoir|je viens d recevoir|viens d avoir) (eu |recu |obtenu |enfin eu |enfin recu )?(ma|mes|la|les|une|mon) (note|notes|resultat|resultats)|(ma|la) note (de|en|pour|a) [a-z]{3} ?\d{3} (est|vient d etre) (tombee|arrivee|publiee|sortie)|(les )?(notes?|resultats?) (de|en|pour) [a-z]{3} ?\d{3} (sont|est) (tombes?|tombees?|arrives?|arrivees?|publies?|publiees?|sortis?|sorties?)|i (just )?(got|received|have|ve got) (my|the) ([a-z]{3} ?\d{3} )?(grade|grades|mark|marks|result|results)|(my )?(grade|mark|result)s? (for|in|of) [a-z]{3} ?\d{3} (is|are|came|just came) (out|in|back))\b/;

/** The class hours of a whole diploma: « combien d'heures de cours pour toute la licence ? ». */
const DIPLOMA_HOURS =
  /\b(combien|cb|how many|nombre|volume|total)\b.{0,25}\b(d heures|heures?|h|hours?|hrs)\b|\bvolume horaire\b|\b(heures de cours|class hours|hours of class(es)?|teaching hours)\b/;
/** Whether one may do a diploma: « je peux faire la licence ? », "could I do the licence?". */
const MAY_DO_A_DIPLOMA =
  /\b(je peux|puis je|est ce que je peux|pourrais je|je pourrais|can i|could i) (faire|suivre|preparer|tenter|attaquer|commencer|integrer|do|take|go for|start|apply (for|to))\b|\b(je voudrais|je veux|j aimerais|je souhaite|i d like to|i want to|i would like to) (faire|suivre|preparer|do|take|go for|start)\b.{0,40}\b(je peux|je pourrais|c est possible|est ce possible|can i|could i|is (that|it|this) possible)\s*$/;
/** Who enters a diploma: « je peux entrer directement en L3 ? », "can I get into the licence?". */
const DIPLOMA_ACCESS =
  /\b(viser|aim (at|for)|entrer|rentrer|m inscrire|inscrire|enrol|enroll|register|sign up for|acceder|acces|admission|admis|admise|integrer|directement|direct|directly|straight|enter|get in|get into|go into|access|admitted|eligible|niveau requis|conditions?|prerequis|prerequisites?|requirements?|suffit|suffisant|enough|accepte|accepted)\b/;

/** An activity unit named: « l'UA », « unité d'activité », "activity unit" (the matter of « mon expérience suffit pour l'UA ? »). */
export const UA_NAMED = /\b(ua|uas|unite d activite|unites d activite|activity units?|uaalot|uaep04|uaalov|experience units?|unites? d experience)\b/;

/**
 * What is asked of a diploma besides its composition: its class hours (no number of credits or hours
 * in the message: those are a conversion), or, when the learner says their studies, whether those
 * let them in (the diploma's own access note, weighed against them).
 */
function diplomaFacetOf(text: string, rules: string, questionWords: string): DiplomaFacet | undefined {
  // "Who's in charge of the computer science licence?": a person the catalog does not name.
  if (IN_CHARGE.test(questionWords)) return "contact";
  if (DIPLOMA_HOURS.test(questionWords) && rules.search(ECTS_MENTION) < 0 && withoutTimesOfDay(rules).search(HOURS_MENTION) < 0) return "hours";
  // Studies to weigh: a field, a level below a BTS, or a diploma lacked (« j'ai un BTS » alone: the content's answer on access).
  // (« J'ai un BTS SIO et je suis dev depuis 8 mois. Mon expérience suffit pour l'UA ? »: the experience the UA asks, not entry.)
  // (« jusqu'à quand je peux m'inscrire en licence ? »: a date, not whether one may enter.)
  // (« Je peux quand même entrer en L3 ? »: « quand même » asks no date.)
  const accessAsked = DIPLOMA_ACCESS.test(questionWords) && !UA_NAMED.test(questionWords) && !/\b(jusqu a quand|quand(?! meme)|date|dates|deadline|when|until when|comment|how)\b/.test(questionWords);
  // « j'ai un BTS compta, je peux faire la licence info ? »: studies in a field said, then whether the diploma may be done.
  // « j'ai un DUT GEA …, la licence info c'est faisable pour moi ? »: whether it suits them, the same.
  // Not « le mieux pour moi, la licence ou l'ingénieur ? »: a choice between them, no yes or no.
  const suits = (SUITS_ME.test(questionWords) || FEASIBLE.test(questionWords)) && !/\b(mieux|meilleur|better|best|plutot|rather|prefer\w*)\b/.test(questionWords);
  // (« I'd like to do the licence at a distance, is it possible? »: whether it can be done that way, the planner's.)
  const mayDo = !accessAsked && ((MAY_DO_A_DIPLOMA.test(questionWords) && !MODALITY.test(questionWords)) || suits);
  const background = (accessAsked || mayDo) && !PLANNING.test(questionWords) ? readStatedBackground(text) : undefined;
  const weighed = background && (mayDo ? background.field !== undefined && !background.lacks : background.field !== undefined || background.lacks || (background.level ?? 2) < 2);
  if (weighed) return "access";
  return undefined;
}

/** The person in charge of a diploma asked: « qui est le responsable de la licence ? », "who's in charge of the licence?". */
const IN_CHARGE =
  /\b(qui (est|sont|gere|dirige|s occupe de)|who s|who is|who are|who runs|who heads)\b.{0,25}\b(responsables?|directeur|directrice|coordinat\w*|referent\w*|in charge|head|director|coordinator)\b|\b(quel est|quelle est|c est quoi|donnez moi|donne moi|avez vous|vous avez|tu as|what s|what is|do you have|give me|je voudrais|je veux|i d like|i want)\b.{0,20}\b(nom|name|e ?mail|mail|adresse|address|contact|coordonnees|telephone|phone)\b.{0,25}\b(responsable|directeur|directrice|coordinat\w*|head|director|coordinator|person in charge)s?\b|\b(comment|how (do|can) i|how to)\b.{0,10}\b(contacter|joindre|ecrire a|reach|contact|email|write to)\b.{0,25}\b(responsable|directeur|directrice|coordinat\w*|head|director|coordinator|person in charge)s?\b/;

/** Units named as choices for a diploma: « je peux choisir X et Y », "as two of my speciality units". */
const DIPLOMA_CHOICE =
  /\b((combiner|associer|cumuler|combine)\b.{0,40}\b(dans|pour|in|for|within) (la |le |l |ma |mon |the |my )?(licence|license|bachelor|diplome|degree|ingenieur|inge|l3)|(prendre|faire|suivre|take|do) (both |les deux |a la fois )?[a-z]{3} ?\d{3} (et|and|ou|or) [a-z]{3} ?\d{3} (pour|for|dans|in) (ma|la|mon|le|my|the) (licence|diplome|titre|l3|degree|diploma)|choisir|choix|prendre comme|comme (option|options|ue de specialite)|options?|groupes?|groups?|choose|pick|as (one|two|three|my|a|an) .{0,30}(units?|options?|electives?)|(also )?count (also )?(for|towards?)|compter (aussi )?(pour|dans)|compter (les deux|toutes les deux|tous les deux|les trois)|comptent (toutes |tous )?(les deux|pour)|(both|all three) count|count (both|them all)|valent pour|comptent pour|speciality|specialite|electives?|(pour|dans|in|for) (la |le |l |the |my |ma |mon )?(licence|license|bachelor|diplome|degree|ingenieur|inge|engineering degree)\b.{0,25}\b(prendre|take))\b/;

/** How long something takes, asked in the question sentence. */
const HOW_LONG = /\b((combien|cb|cmb) (de |d )?(temps|semestres?|annees?|ans)(?! (d |de )?(exp|dexp|experience)\w*)|(combien|cb|cmb) dannees?(?! (d |de )?(exp|dexp|experience)\w*)|combien d annees?|(ca )?dure combien|how many years does|ca (me )?prendr(ait|a) combien|how long|how many (semesters|years|terms))\b/;

/** How long something else lasts or is kept: experience, compensation, credits, exams, an internship. */
const OTHER_DURATION = /\b(experiences?|compens\w*|capitalis\w*|garder|keep|kept|valable|valid\w*|expire\w*|perime\w*|rattrap\w*|examens?|exams?|epreuves?|stages?|internships?|dure (un|une|l|le|la|chaque)(?! (licence|diplome|formation|cursus|master|l3))|last(?!\s*\??\s*$))\b/;

/** Asking to be allowed (« puis-je », "can I"), not saying what one means to do (« je veux faire »). */
const MAY_I = /\b(puis je|je peux|peux je|pourrais je|est ce que je peux|ai je le droit|on peut|peut on|c possible de|c est possible de|est il possible de|est ce possible de|possible de (faire|suivre|passer)|can i|may i|could i|am i allowed|is it possible to)\b/;
/** Whether something is allowed or possible, asked: "is that allowed?", « c'est autorisé ? », « c'est possible ? », or as MAY_I. */
const ALLOWED_ASKED = new RegExp(String.raw`${MAY_I.source}|\b(allowed|permitted|possible|ok|okay|autorise|autorisee|permis|faisable|jouable|le droit)\b`);
/** The question asks a number of hours. */
const HOURS_ASKED = /\b(combien d heures|how many hours|nombre d heures|volume horaire|how many class hours|(quel|quelle) volume|volume de cours|volume d heures|what volume|how much class time)\b/;

/** Asking whether something is needed. */
const NEEDS = /\b(need|needs|needed|require|requires|required|faut il|il faut|faut t il|faut|besoin|necessaire|obligatoire|exige|demande t elle|demande t il)\b/;
/** How a unit is taught: in person, at a distance, in the evening, on Saturdays. */
const MODALITY = /\b(presentiel|en presence|in person|on site|sur place|face to face|a distance|en ligne|online|foad|remote|remotely|en visio|distance learning|from abroad|living abroad|live abroad|while abroad|depuis l etranger|j habite a l etranger|je vis a l etranger|le soir|en soiree|(en )?cours du soir|in the evening|evening classes|le samedi|on saturdays?|en journee|daytime)\b/;
/**
 * A weekday asked of a unit: « NFA009 c'est le lundi ou le mercredi ? », "is NFA031 on Thursdays?", « elle a lieu le mardi ? »
 * (not a day of the learner's life, « je garde mes enfants le mercredi », nor a date, « m'inscrire lundi prochain »).
 */
const WEEKDAY_ASKED =
  /\b(c est|c|est ce|est elle|est il|elle est|il est|a lieu|ont lieu|se passe|se deroule|tombe|is it|is (?:it )?(?:held|taught)|are (?:they|the classes)|does it (?:meet|run|take place)|is [a-z]{3} ?\d{3})\b (?:bien |only |just |seulement |uniquement )?(?:le |les |on )?(lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)s?\b(?! (?:prochain|next|soir prochain))/;
/** Studies told as elsewhere: « à la fac », "at university". */
const ELSEWHERE = /\b(a la fac|en fac|a l universite|a l univ|dans une autre ecole|at (the )?university|at uni|at college)\b/;
/** A time the learner says they cannot attend: « pas le samedi », « je bosse le soir », "I work weekends". */
const TIME_RULED_OUT =
  /\b((le |les )?soirs? (c est|ca est) (mort|impossible|pas possible|niet)|evenings? (are|is) (out|impossible|a no|not possible)|pas|jamais|not|no|never|impossible|cannot|sauf|except|hors|bosse|travaille|taffe|work|working|busy|occupee?|indisponible|unavailable)\b( \w+){0,3} (le |les |en |the |on |at |de )?(samedis?|saturdays?|weekends?|week end|soirs?|soirees?|evenings?|nuits?|nights?|presentiel|in person|distance|ligne|online|foad|journee|daytime|the day)\b|\b(samedis?|saturdays?|weekends?|soirs?|evenings?) (je|j|i) (travaille|bosse|ne peux pas|peux pas|work|m busy|cannot|can t)\b|\b(que|qu|only|seulement|uniquement)( \w+){0,2} (le |les |on |the |en )?(samedis?|saturdays?|soirs?|soiree|evenings?|distance|ligne|online)\b|\b(samedis?|saturdays?|soirs?|soirees?|evenings?|weekends?|week end) (c est|c|ca va etre|is|are) (mort|morts|impossible|complique|compliquee|pas possible|exclu|out|impossible for me)\b|\b(can t|cant|can not) (come|do|attend|make it)( on)?( the)? (samedis?|saturdays?|evenings?|weekends?)\b/;
const PREREQUISITE_WORDS = /\b(prerequis|prerequisites?|valide|validated|passed|niveau|level)\b/;


/** Units to be taken in the same semester: « en même temps », « le même semestre », "together". */
const TOGETHER = /\b(en (meme|mm|m) (temps|tps)|au meme moment|simultanement|ensemble|le meme semestre|au meme semestre|dans le meme semestre|ce meme semestre|en parallele|together|at the same time|same semester|same term|simultaneously|in parallel|concurrently|both (at once|in)|both (this|next|in the|the same) (autumn|fall|spring|semester|term)|les deux (ce|au|le meme|cet|a la) (semestre|automne|printemps|rentree)|les (2|deux) a la fois)\b/;

/** Whether a message says units are to be taken in the same semester (« je pensais faire les deux en même temps »). */
export function saysTakenTogether(text: string): boolean {
  return TOGETHER.test(foldedWords(text));
}

/** An enrolment check: the units asked, what the message says was passed or not, and whether together. */
/**
 * « Non, jamais fait NFA004 » after a check of NSY104: the check of `code` again, with what the message
 * says of how other units stand (passed, failed with a grade, not done).
 */
export function eligibilityWithSituation(code: string, text: string): Extract<RuleIntent, { kind: "eligibility" }> {
  return eligibility([code], unitMentions(text), foldedWords(text));
}

/**
 * A check asked as one question of several (« si j'ai 12 en UTC505 ça fait combien de crédits, et je
 * peux enchaîner sur RSX101 ? »): how the other units stand is said anywhere in the message.
 */
export function withWholeSituation(intent: Extract<RuleIntent, { kind: "eligibility" }>, text: string): Extract<RuleIntent, { kind: "eligibility" }> {
  const whole = eligibility(intent.codes, unitMentions(text).filter((m) => !intent.codes.includes(m.code)), foldedWords(text));
  const union = <T>(a: readonly T[] = [], b: readonly T[] = [], key: (x: T) => string = String) => [...a, ...b.filter((x) => !a.some((y) => key(y) === key(x)))];
  const missing = union(intent.missing, whole.missing);
  const failed = union(intent.failed, whole.failed, (f) => f.code);
  return { ...intent, passed: union(intent.passed, whole.passed), ...(missing.length ? { missing } : {}), ...(failed.length ? { failed } : {}) };
}

function eligibility(asked: string[], mentions: readonly UnitMention[], words: string): Extract<RuleIntent, { kind: "eligibility" }> {
  const passed = mentions.filter((m) => m.role === "passed").map((m) => m.code);
  // A unit failed without its grade is, for the check, a unit not validated.
  const missing = mentions.filter((m) => m.role === "missing" || (m.role === "failed" && m.grade === undefined)).map((m) => m.code);
  const failed = mentions.flatMap((m) => (m.role === "failed" && m.grade !== undefined ? [{ code: m.code, grade: m.grade }] : []));
  const codes = withoutTheUnitNeeded(asked, words);
  return {
    kind: "eligibility",
    codes,
    passed,
    ...(missing.length ? { missing } : {}),
    ...(failed.length ? { failed } : {}),
    ...(codes.length > 1 && TOGETHER.test(words) ? { together: true } : {}),
  };
}

/**
 * A grade in a question about something else: compensation in the licence, the date or the way of
 * session 2, how grades are given. Retrieval answers those; the grade alone would answer another question.
 */
/** Sitting an exam again, asked: « je peux repasser l'examen ? », "can I resit it?". */
/** A number that counts something, not a grade: « 3 absences », « avec 2 potes », "2 warnings", « 3 semaines de retard ». */
const COUNTED_AFTER_A_NUMBER = /\b\d{1,2} (minutes?|min|heures?|hours?|absences?|warnings?|avertissements?|semaines?|weeks?|jours?|days?|mois|months?|potes?|amis?|copains?|copines?|collegues?|friends?|colleagues?|personnes?|people|fois|times|retards?|profs?|enseignants?|teachers?|eleves?|etudiants?|students?|cours|seances?|classes?|lessons?|questions?|exercices?|devoirs?|tp|td|projets?|enfants?|kids?|ans?|years?)\b/;
/** Whether a unit must be sat or taken again: « je dois la repasser ? », "do I need to retake it?". */
export const RESIT_NEEDED = /\b(dois|doit|devoir|faut|faut il|oblige\w*|besoin|need|needs|have to|has to|must|should)( \w+){0,3} (repasser|repasse|retake|resit|re sit)\b(?! (?:tout|toute|the whole|the entire|all)\b)/;
const RESIT_ASKED = /\b(repasser|repasse|retake|resit|re sit|rattrapage|refaire)\b/;
const ABOUT_SOMETHING_ELSE_THAN_A_GRADE =
  /\b(compens\w*|compensation|compensate\w*|balance (each other )?out|balance out|se rattrap\w*|moyenne generale|moyenne annuelle|de moyenne|moyenne (sur|de toutes|de mes|globale)|overall average|average out|averag\w* (around|about|of|overall)|(good|overall|general) average|my average(?! (in|for|at|on) [a-z]{3} ?\d{3})|\d{1,2} average(?! (in|for|at|on)(?: (?:the|my|a|an|first|second|final|exam|resit|retake|session|1|2|of|for))* [a-z]{3} ?\d{3})|make up for|cover (a|my|the) (bad|low|poor)|quand|when|date|dates|comment (on )?(s inscri|repass)|how (do|can) i (retake|resit|register)|retake|resit|repasser|ameliorer|improve|better grade|meilleure note|remonter)\b/;

/** Beside several units' grades, a question other than their outcomes: a date asked (in the question: « je sais pas quand ça tombe » told before asks nothing), or compensation said anywhere. */
const WHEN_ASKED = /\b(quand|when|date|dates)\b/;
const COMPENSATION_SAID = /\b(compens\w*|moyenne|average|balance)\b/;

/** Asking the assistant whether it can: « tu peux », « pourriez-vous », "can you". */
const CAN_YOU = "tu peux|tu pourrais|pouvez vous|vous pouvez|vous pourriez|pourriez vous|peux tu|pourrais tu|can you|could you|would you|will you";
/**
 * A step only the learner and the Cnam take: enrolling (« inscrivez-moi à GDN100 », "can you enrol me in NFA031?"), or calling or
 * writing to someone for the learner (« vous pouvez appeler le prof pour qu'il remonte ma note ? »).
 */
const ON_BEHALF = new RegExp(
  String.raw`\b((${CAN_YOU}) (appeler|telephoner a|ecrire a|contacter|relancer|call|phone|ring|email|e mail|write to|contact) (le |la |l |mon |ma |mes |les |the |my )?(prof|profs|professeur|enseignante?|teacher|lecturer|directeur|directrice|director|chef|boss|manager|employeur|employer|drh|rh|hr|secretariat|scolarite)\b|(m inscrire|inscris moi|inscrivez moi|enrol me|enroll me|register me|sign me up)( moi meme| toi meme| vous meme| yourself| for me| a ma place)|(${CAN_YOU})( directement| vous meme| toi meme)? (m inscrire|m y inscrire|faire mon inscription|enrol me|enroll me|register me|sign me up)|((signe|signez) moi|(^ ?|\b(now|maintenant|please|pls|stp|svp) )(sign|signe|signez) (my|mon|ma|mes|the|this))( \w+){0,2} (authori[sz]ation|autorisation|form|formulaire|agrement|attestation|convention)\b(?=.*\b(email|e mail|mail|send|envoie|envoyez|renvoie|renvoyez)\b))\b`,
);

/**
 * A task the assistant does not do, whatever it is about: translate, summarise a document, write or
 * correct someone's work (« résume ce PDF de NFE108 » is not a question about NFE108).
 */
const TASK =
  /(^ ?(please |pls )?solve (this|these|it)\b|\b(te |vous )?(coller|copier|envoyer|montrer|paste|send|show)( you)? (\w+ )?(mon|ma|mes|my) (code|programme|script)s?\b|\b(trouve|trouves|trouver|trouviez|corrige|corriges|corriger|find|fix) (le|les|mon|mes|the|my) bugs?\b|\bdebug\w*|\bsolve (this|these|it) for (me|my)\b|\b(tu peux|peux tu|pourrais tu|tu pourrais)( me| m)? remplir (a ma place|pour moi|(mon|ma|mes|le|la|les|ce|cette) (\w+ )?(questionnaire|formulaire|dossier|fiche|declaration|evaluation|sondage)s?)\b|\b(can|could|would) you (please )?(fill in|fill out|complete) (\w+ ){0,3}(for me|instead of me)\b|\b(remplis moi|remplissez moi)\b|(?<!\b(je|j|tu|on|il|elle|ils|elles|nous|vous) )\bfai(s|tes) (moi|nous) (le |la |les |un |une |mon |ma |mes )(code|programme|script)( de| du| pour| en)\b|\b(tradui[st]|traduire|traduction|translate|translation|summari[sz]e|summary of|resume (moi |nous )?(ce|cet|cette|ces|mon|ma|mes|le|la|les)|fais (moi )?un resume|rediges?|redigez|rediger|review (my|this|our)|relis (mon|ma|mes|ce)|relire (mon|ma|mes)|(do|make) (the|my|this) (\w+ )?(analysis|calculations?|case study) for me|fais (moi )?(l analyse|les calculs|l etude de cas)|(give|send|write|donne|envoie|ecris)( me| moi)? .{0,30}\b(ransomware|malware|virus|exploit|keylogger|rootkit|phishing kit)|ecris (moi )?(un|une|mon|ma)|(?<!\b(barely|can|cannot|t|to|not|never) )write (me )?(my|an?|the|some) (\w+ )?(essay|report|code|program|programme|script|homework|assignment|exercises?|lab|project|dissertation|letter|cover letter|cv|email|class|function|method|algorithm|solution)|write (me )?(my|the|some) (\w+ )?(classes|functions|methods|algorithms) for (me|us)|(ecris|ecrire|code|coder) (moi )?(un|une|le|la|mon|ma) (\w+ )?(programme|script|code|lettre|dissertation|rapport|memoire)|aide (moi )?a (ecrire|rediger) (ma|mon|une|un)|help me (write|with my (essay|homework|assignment|cover letter))|fais (mon|ma|mes|moi) (devoirs?|exercices?|td|tp|projet|code|dm|dissertation)|(do|write|solve|finish|complete|code) my (\w+ ){0,3}(homework|assignment|exercise|project|tp|td|lab|coursework)|(corrige|corriger|corrigez) (moi |me )?(mon|ma|mes|ce|cet|cette)|correct my|proofread|solve (this|my|the) (exercise|problem|equation)|resou[ds] (cet|cette|mon|ce)|resoudre|debug (my|this)|(faire|fais|resoudre|corriger|corrige|rediger|redige) (moi |me )?(l |le |la |les |mon |ma |mes |cet |cette |ce )?(exo|exos|exercice|exercices|tp|td|dm|devoirs?|qcm|projet|memoire)|(reponses|answers|solutions?|corrige|correction) (du|de|des|de la|to|for|of) (the |mon |ma |le |la |l )?(qcm|quiz|exam|examen|partiel|tp|td|exercice|exo|test)|(do|write|solve|make) (my|the) (homework|exercise|assignment|quiz|lab)|write (the |my )?(introduction|conclusion|chapter|abstract) (of|for|to)|(genere|generer|generez|generate|fais moi|faites moi|produce|create|creer|cree moi|fabrique|make me|prepare moi|prepare me)( moi| me)? (un |une |mon |ma |a |an |my )?(\w+ )?(attestations?|certificats?|certificates?|bilan de competences|bilan|business plan|cv|resume|lettre de motivation|cover letter|diplome|diploma|releve de notes|transcript)|(fais|faire|faites|do|make)( moi| me)? (mon|ma|my) (bilan de competences|business plan|cv)|(ecrire|ecris|ecrivez|rediger|redige|write|make|faire|fais|update|refaire)( moi| m| me)? (mon|ma|my|un|une|a) (cv|resume|curriculum|lettre de motivation|cover letter)|(trouve|trouver|trouvez|find|choisis|choisir|suggest|propose|proposer)( moi| me)? (un |une |a |mon |my )?(bon |good |nice )?(sujet|topic|theme) |(tu peux|vous pouvez|peux tu|pouvez vous|can you|could you|would you)( me| m)? (trouver|find|chercher|look for|get)( me)? (un |une |a |an |des |some )?(entreprise|employeur|stage|alternance|job|emploi|boulot|internship|company|employer|apprenticeship|placement)s?)\b)/;

/**
 * Revision material asked of the assistant: « fais-moi un QCM pour réviser UTC501 », "make me a practice test", « un planning de
 * révision pour le bac ». Of a unit, it is help with a course (its teacher's and online space's); otherwise something else.
 */
const MATERIAL_ASKED = new RegExp(
  String.raw`\b(fais moi|faites moi|prepare moi|preparez moi|cree moi|creez moi|genere moi|generez moi|donne moi|donnez moi|ecris moi|(${CAN_YOU})( me| m| nous| us)? (faire|preparer|creer|generer|ecrire|rediger|donner|make|create|generate|write|give)( me| us)?|(make|create|generate|write|give) me) (un|une|des|a|an|some|mon|ma|my) (\w+ )?(qcm|quiz|quizz|examens? blancs?|mock exams?|practice (tests?|questions|exams?)|flashcards?|(planning|plan|programme) de revisions?|revision (plan|schedule|timetable))\b`,
);

/** A Paris university by its number: « Paris 1 », "Paris VIII". */
const PARIS_UNIVERSITY = String.raw`paris (1|i|2|ii|3|iii|4|iv|5|v|6|vi|7|vii|8|viii|10|x|11|xi|12|xii|13|xiii)`;
/** Other schools by name, as learners write them (also read by OTHER_SCHOOL): « la Sorbonne », « l'université de Lille ». */
const SCHOOLS_NAMED = String.raw`sorbonne|dauphine|assas|nanterre|saclay|polytechnique|sciences po|universite (de|d|paris|lyon|lille)|university of`;
/**
 * Schools abroad whose names say other things too: « le Cambridge » is an English certificate (« le niveau Cambridge B2 suffit pour
 * ANG320 ? »), and a degree from one is what a learner enters here with. Only what they offer is outside the sources.
 */
const SCHOOLS_ABROAD = String.raw`open university|oxford|cambridge|harvard|stanford`;
/** What a school offers, in words: « propose », « Stanford a des cours », "has" (after its name: "is a Cambridge certificate …" is an article), its degrees, courses, fees, rules. */
const SCHOOL_OFFERS = String.raw`propose|proposent|offre|offrent|fait|font|a|ont|has|have|offers?|runs?|teaches`;
const OFFERED_THINGS = String.raw`mba|masters?|licences?|bachelors?|degrees?|diplomes?|diplomas?|cours|courses?|programs?|programmes?|formations?|frais|fees|tuition|rules|regles|modalites|admissions?|candidatures?`;
/**
 * The offer of a school abroad asked: "Does the Open University in the UK have distance computing degrees?", « Quels diplômes
 * propose Oxford ? », « un master à Oxford », "a Harvard MBA", "the Open University's rules" — not « J'ai une licence de l'Open
 * University, je peux entrer en ingénieur ? », « Je prépare le Cambridge pour ANG320 ».
 */
const OFFER_OF_A_SCHOOL_ABROAD = String.raw`(${SCHOOLS_ABROAD})( \w+){0,3} (${SCHOOL_OFFERS})|(propose|proposent|offre|offrent|offers?) (l |la |le |the )?(${SCHOOLS_ABROAD})|(${SCHOOLS_ABROAD}) s [a-z]+|(${SCHOOLS_ABROAD}) (${OFFERED_THINGS})|(${OFFERED_THINGS})( \w+){0,3} (a|au|at|in|chez) (l |la |le |the )?(${SCHOOLS_ABROAD})|(cout|coute|coutent|prix|tarifs?|cost|costs|price)( \w+){0,4} (${SCHOOLS_ABROAD})`;
/**
 * A degree the learner holds from another school, said before what they ask of studying here: « J'ai une licence de l'Open
 * University », « je suis diplômé de Cambridge », "I have an Open University degree" (admission with it is asked, not the school).
 */
const OWN_DEGREE_FROM = new RegExp(
  String.raw`\b((j ai|i have|i ve got|i hold|i got|i earned|titulaire d)( (un|une|a|an|mon|ma|my))? (licence|master|diplome|degree|diploma|bachelor|bachelor s|certificat|certificate|doctorat|phd|bts|dut)( \w+){0,3} (de|d|du|from|of|at) (l |la |le |the )?|(je suis|i m|i am) (diplomee?|titulaire d (un|une) \w+ (de|d|du)|a graduate of|graduated from) (de |d |du |from |of )?(l |la |le |the )?|(j ai|i have|i hold|i got) (un|une|a|an) )(${SCHOOLS_NAMED}|${SCHOOLS_ABROAD})\b( (universite|university|college))?( (degree|diploma|certificate|licence|master|bachelor s?))?`,
  "g",
);

/**
 * Life around the studies that the assistant's sources do not cover, even when the message speaks of
 * units or the Cnam: visas, housing and benefits, pay, childcare, campus services, other schools'
 * rules. Declined plainly rather than matched to the nearest answer about units.
 */
const OUTSIDE_THE_SOURCES =
  new RegExp(String.raw`\b(legalement|legally|(c est|est ce|is (it|that|this)|it s|that s|ca (c est )?|est il|est elle) (bien |vraiment |really )?(legal|illegal|legit|legale|illegale)|recours (contre|against)|quels? recours( [a-z]+){0,4} (contre|against)|recours (possibles?|juridiques?|legaux)|(porter|faire) un recours|sue (him|her|them|my)|poursuivre en justice|attaquer en justice|magnesium|vitamines?|anxiolytiques?|antidepresseurs?|somniferes?|complements? alimentaires?|supplements?|(l|le|la|les) (obliger|forcer)|indemnites journalieres|divorce|divorcer|garde alternee|pension alimentaire|custody|mon ex|my ex|greves?|strikes?|mouvements? sociaux|mouvement social|ratp|sncf|trafic (du |des )?(rer|metro|trains?)|burn ?out|depression|deprime|depressed|crises? d angoisse|anxiety attacks?|panic attacks?|${PARIS_UNIVERSITY} (pour|for|en|in|propose|proposent|offre|offers?|a|has|fait|font|does|do|commence\w*|debute\w*|reprend\w*|start\w*|begin\w*)|paris cite|fun facts?|anecdotes? (sur|about|on)|trivia|(qui|who) (a )?(invente|invented|discovered|decouvert)|musees?|museums?|louvre|tour eiffel|eiffel tower|(directeur|directrice|president|presidente|administrateur|administratrice|director|head|dean) (general |generale )?(du|de l|of the|of) (cnam|conservatoire)|visas?|titre de sejour|carte de sejour|residence permit|permis de sejour|prefecture|logements?|housing|accommodation|dorm|loyer|bnf|bibliotheque nationale|proprietaire|bailleur|landlord|apparts?|appartements?|colocation|coloc|foyers? (de jeunes travailleurs|fjt)|(se|me|nous) loger|prud ?hommes|prudhommes|tribunal|avocats?|lawyer|porter plainte|inspection du travail|harcelement|harassment|(il|elle|mon patron|ma patronne|mon employeur|mon chef|ma cheffe|mon ecole|mon entreprise|ma boite|my boss|my employer|my school|my company) (a|has|peut|can) (le droit|the right|m interdire|me l interdire|forbid|ban)|prets? (etudiants?|bancaires?|a la conso\w*)|credits? (conso|a la consommation|immobiliers?|bancaires?)|student loans?|bank loans?|(quelle|meilleure|which|best) banques?|(which|best) bank|evict\w*|expulsion|expulse\w*|mettre dehors|me met dehors|apl|caf|aides? au logement|salaires?|salary|salaries|wages?|remuneration|(negocier|renegocier|demander) (une |mon |ma |d une )?(augmentation|revalorisation)|(negotiate|ask for|get) (a |my )?(pay )?(raise|rise)|pay (raise|rise)|(meilleur|quel) langage (de programmation )?(a apprendre|apprendre|choisir|en \d{4})|quel langage (faut (il )?|il faut |je dois |dois je )apprendre (en \d{4}|pour (trouver|avoir|decrocher) (un )?(taf|travail|boulot|job|emploi|poste))|meilleur langage|best (programming )?language|which (programming )?language (should i|to) (learn|pick|choose)|which (programming )?language is (the )?best|(language|langage) (is )?(the )?best to learn|gateaux?|cakes?|patisseries?|combien (on gagne|gagne t on|je gagnerai|gagne|gagnent|touche|touchent)|(quel|quelle|which|what) (ordinateur|ordi|pc|laptop|computer|mac) (acheter|buy|should i buy|choisir|prendre)|(acheter|buy|choose) (un |une |a |an )?(bon |good )?(ordinateur|ordi|pc|laptop|computer|mac)|(acheter|achete|achat|buy|buying|purchase|budget)\b.{0,40}\b(ordi|ordinateur|pc|laptop|computer|macbook|tablette|tablet)s?|(ordi|ordinateur|pc|laptop|computer|macbook|tablette|tablet)s?( portables?)?\b.{0,40}\b(acheter|buy|budget|recommend\w*|conseill\w*)|(recommend|recommande|recommander|conseille|conseiller)( moi| me)? (un |une |a |an )?(bon |good )?(ordi|ordinateur|pc|laptop|computer)|(ca|cela|ils|elles|on) (gagne|gagnent|touche|touchent) combien|(gagne|gagnent|earns?|paye|payent|pays) (le mieux|le plus|mieux|better|best|the most|more)|(best|better|highest|mieux|plus) (paid|payes?|remuneres?)|(ma femme|mon mari|mon conjoint|ma conjointe|ma copine|mon copain|ma compagne|mon compagnon|my wife|my husband|my partner|my girlfriend|my boyfriend)\b.{0,80}\b(a ma place|if you were me|in my shoes|reconcil\w*|convaincre|convince)|how much (money )?(does|do) (a|an|the) \w+( \w+)? (make|earn)|(disput\w+|engueul\w+|argued?|arguing|fought|fighting) (encore |again |tout le temps |sans arret |constamment |all the time |constantly )?(avec|with)|(conseils?|advice) (de couple|amoureux|relationship|marriage)|how much (do|does|will|would|could) \w+( \w+)? earn|creches?|nursery|childcare|palpitations?|tachycardie|insomnies?|insomnia|medicaments?|medication|medicine|painkillers?|doliprane|ordonnance|prescription|mal (au|a la|aux) (dos|tete|ventre|dents)|(back|head)ache|(fils|fille|enfants?|gamins?|son|daughter|kids?|child|children)\b.{0,40}\b(au college|au lycee|a l ecole|en primaire|en maternelle|middle school|high school|primary school|kindergarten|brevet)|garde d enfants?|babysit\w*|parking|navigo|chomage|unemployment|pole emploi|france travail|securite sociale|health insurance|wifi|wi fi|mot de passe|password|bibliotheque|library|cafet|cafeteria|cantine|canteen|crous|${SCHOOLS_NAMED}|${OFFER_OF_A_SCHOOL_ABROAD}|(another|other|previous|former|my old) (university|school|college)|autre (universite|ecole|fac)|(ancienne|precedente) (universite|ecole|fac)|bootcamps?|openclassrooms|epitech|epita|supinfo|esgi|efrei|isep|ecole 42|coursera|udemy|rsa|aah|prime d activite|allocations? (familiales|chomage)|impots?|declaration d impots|tax return|taxes|deduire|deduct\w*|mutuelle|mutuelle etudiante|rembours\w*|reimburs\w*|interpretes?|interpreters?|interpreting|langue des signes|sign language|frais de transport|transport costs|certificat medical|medical certificate|sick note|arret (de )?maladie|arret de travail|sick leave|(sauver|reparer|save|fix) (mon|notre|ma|my|our) (couple|mariage|relation|marriage|relationship)|(modifier|changer|augmenter|remonter|contester|faire modifier|faire changer) (ma|mes|la|une) notes?|change my (grade|mark)|raise my (grade|mark)|(recommander|conseiller|recommend|suggest) (une |un |a |an )?(bonne |good |autre |other )?(ecole|universite|fac|formation ailleurs|school|university|college|bootcamp)|ecoles? de commerce|business schools?|outside (the )?cnam|hors (du )?cnam|ailleurs qu au cnam|permis de travail|work permit|allowed to work|(work|travailler) (part time|a temps partiel|a mi temps)|(meilleur|meilleurs|bon|bons) (site|sites|appli|application|applications|livre|livres|bouquin|chaine youtube)|best (free )?(website|site|app|book|youtube channel)s?|duolingo|youtube|(meilleure?s?|best) (ecoles?|schools?|bootcamps?|universites?|universities|facs?)|a part (le )?cnam|other than (the )?cnam|besides (the )?cnam|(cheat|cheating|tricher|triche|frauder|fraude)\b|(raconte|dis|ecris|fais|tell|write|make|sing|chante)( moi| me| us| nous)? (une |un |a |an )?(petite |little |funny |drole )?(blague|joke|poeme|poem|chanson|song|devinette|riddle)s?|(recommend|recommande|recommander|conseille|conseiller|suggest|find)( moi| me)? (un |une |a |an )?(bon |bonne |good )?(therapist|therapeute|psy|psychologue|psychologist|psychiatre|psychiatrist|medecin|doctor|coach de vie|life coach)|livrets? a|assurance vie|((placer|investir) (mes |mon |son |notre )?(economies|epargne|argent)|(invest|put) (my |our )?(savings|money))(?!.*\b(diplomes?|formations?|licence|ue|ues|cours|etudes|cnam|ingenieur|degree|studies|courses?|training)\b)|savings accounts?|apartments?|flats? (to rent|for rent)|(?<!\b(credits?|ects|points?|grades?|marks?|passed|passing|[a-z]{3} ?\d{3})\b.*)(how much (money )?(do|does|would|will|can|could) (\w+ ){1,6}(earn|make)|what (do|does|would|will|can|could) (\w+ ){1,6}earn)( a (year|month)| per (year|month))?\b(?!.*\b(credits?|ects|points?|grades?|marks?|passing|[a-z]{3} ?\d{3})\b)|(vaut mieux|plutot|better( off)?) (to )?(travailler|work|bosser) (dans|pour|chez|en|for|in|at|as) (une |un |a |an |the |le |la |l )?(startups?|start ups?|banques?|banks?|grands? groupes?|big (company|companies|firm|firms|corporations?)|pme|esn|ssii|cabinets?|consulting|fonction publique|public sector|private sector|prive|freelance|independant|corporate)\b|(?<!\b(ue|ues|unites?|units?|cours|courses?|formations?|licence|diplomes?|degree|ingenieur|engineering|[a-z]{3} ?\d{3})\b.*)(?<=\b(job|jobs|emploi|travail|boulot|poste|career|carriere|embauche|hired|recrut\w*|employ\w*)\b.*)(conseill\w*|recommand\w*|recommend\w*|vaut mieux|better|should i|apprendre|learn|choisir|choose|pick)\b(?:(?!\b(ue|ues|unites?|units?|cours|courses?|formations?|[a-z]{3} ?\d{3})\b).){0,40}\b(python|javascript|java|php|rust|kotlin|swift|typescript|react|angular) (ou|or) (plutot |rather )?(python|javascript|java|php|rust|kotlin|swift|typescript|react|angular)\b(?!.*\b(ue|ues|unites?|units?|cours|courses?|formations?|licence|diplomes?|degree|ingenieur|engineering|[a-z]{3} ?\d{3})\b))\b`);

/** The best of something asked for: « le meilleur vpn », "the best antivirus" (judged only with nothing of studying here named). */
/** (Not "A1 at best", "at the very best": a hedge on what is said, nothing ranked.) */
const BEST_OF = /\b(le |la |les |un |une |the |a )?(?<!\bat (the )?(very )?)(meilleure?s?|best|top) [a-z]{2,}/;

/**
 * Private life the sources say nothing of, told before a question of its own: a quarrel at home (« mon conjoint en a marre que je
 * sois en cours trois soirs par semaine »), health, housing, pay, a purchase.
 */
const PERSONAL_LIFE =
  /\b((mes parents|my parents|ma famille|my family|mon mari|ma femme|mon copain|ma copine|my wife|my husband|my girlfriend|my boyfriend|my partner)( \w+){0,3} (sont|est|are|is|gets?|got) (furieu\w*|fache\w*|en colere|furious|angry|mad|upset)|(disput\w+|engueul\w+|argued?|arguing|fought|fighting) (encore |again |tout le temps |sans arret |constamment |all the time |constantly )?(avec|with)|(on se|nous nous|ils se|we) (dispute|disputons|engueule|engueulons|argue|fight|keep arguing|keep fighting)|(ma femme|mon mari|mon conjoint|ma conjointe|ma copine|mon copain|ma compagne|mon compagnon|my wife|my husband|my partner|my girlfriend|my boyfriend)\b.{0,80}\b(a ma place|if you were me|in my shoes|reconcil\w*|convaincre|convince)|burn ?out|depression|deprime|depressed|crises? d angoisse|anxiety attacks?|panic attacks?|palpitations?|insomnies?|insomnia|medicaments?|medication|anti inflammatoires?|mal (au|a la|aux) (dos|tete|ventre|dents)|loyer|proprietaire|proprio|bailleur|landlord|caution|titre de sejour|carte de sejour|residence permit|visas?|prefecture|(quel|quelle|which|what) (ordinateur|ordi|pc|laptop|computer|mac)\b|(acheter|achat|buy|buying|budget)\b.{0,40}\b(ordi|ordinateur|pc|laptop|computer|macbook|tablette|tablet)s?|(ca|cela|ils|elles|on) (gagne|gagnent|touche|touchent) combien|salaires?|salary)\b/;

/**
 * Whether the question asks about life outside the sources. Said in a clause before the one that asks about studying here
 * (« Le conseiller de France Travail me dit de faire des UE au cnam mais je comprends rien, c'est quoi une UE ? »), it is
 * the learner's situation, not what they ask.
 */
function outsideTheSourcesAsked(questionSentence: string): boolean {
  // (« J'ai une licence de l'Open University, je peux entrer en ingénieur ? »: a degree held elsewhere is the learner's situation.)
  const question = foldedWords(questionSentence).replace(OWN_SITUATION, " ").replace(OWN_DEGREE_FROM, " ").replace(INVOICE_FOR_TAXES, "$1");
  if (!OUTSIDE_THE_SOURCES.test(question)) return false;
  const clauses = clausesOf(questionSentence);
  const asking = askingClause(questionSentence);
  return !(clauses.length > 1 && STUDYING_HERE.test(asking) && !OUTSIDE_THE_SOURCES.test(asking));
}

/**
 * An invoice for one's taxes (« j'ai besoin d'une facture pour GDN100 pour mes impôts »): the invoice is asked, the taxes are what it is
 * for (it was declined as off the topic; an invoice for a unit is a detail the sources do not hold, the advisor offered).
 */
const INVOICE_FOR_TAXES = /\b((?:factures?|devis|invoices?)\b.*?) \b(?:pour|for) (?:mes |mon |ma |my |les |the |la |ma declaration d |my )?(?:impots?|taxes?|tax return|declaration d impots|declaration de revenus)\b/;

/** What only studying here is about, named in a question: a unit, its credits, an exam, enrolling, a diploma of the Cnam. */
const STUDYING_HERE = /\b(ue|ues|ua|us|unites?|units?|ects|credits?|cnam|licence|diplomes?|examens?|exams?|sessions?|rattrapage|inscri\w*|enrol\w*|prerequis\w*|prerequisites?|foad|[a-z]{3}\d{3})\b/;

/** Someone close fed up with the learner's studies: « mon conjoint en a marre que je sois en cours », "my husband is fed up with …". */
const FED_UP_AT_HOME =
  /\b(mes parents|ma famille|mon mari|ma femme|mon conjoint|ma conjointe|mon copain|ma copine|mon compagnon|ma compagne|my parents|my family|my wife|my husband|my partner|my girlfriend|my boyfriend)( \w+){0,2} (en a|en ont) (marre|ras le bol|assez)|\b(my parents|my family|my wife|my husband|my partner|my girlfriend|my boyfriend) (is|are|s|gets?|got) (fed up|sick|tired) (of|with)\b/;

/** Where the learner stands, said before what they ask: « je suis au chômage, pour l'UA comment je fais ? ». */
const OWN_SITUATION = /\b(je suis|jsuis|j suis|etant|i m|i am|being|currently) (actuellement |currently |now )?(au chomage|en recherche d emploi|unemployed|out of work|job seeking|inscrite? a (france travail|pole emploi))\b/g;

/** The balance of a learner's CPF account asked: « combien il me reste sur mon compte CPF », "my CPF balance". */
const CPF_BALANCE =
  /\b((quel est|consulter|voir|connaitre|verifier|check) (le |mon )?solde (de |du |sur )?(mon |ma )?(compte )?(cpf|compte formation)|combien (il )?(me )?reste( \w+){0,2} (sur |dans )?(mon |ma )?(compte )?(cpf|compte formation)|(what s|what is|check|see|tell me|know) my cpf (account )?balance|balance (of|on|in) my cpf|how much (money |is )?(is )?(left|remaining) (on|in) my cpf)\b/;
/** A visa or a residence permit, as learners name them. */
const VISA = "visas?|titre de sejour|carte de sejour|residence permit";
/** A visa or residence permit to get: "help me get a student visa", « comment obtenir un titre de séjour ». */
const A_VISA_TO_GET = new RegExp(String.raw`(?<!\b(viens|vient|venons|venez|just|already|deja|recently) (d )?)\b(apply for|get|obtain|obtenir|demander|renouveler|renew)( \w+){0,3} (${VISA})\b`);
/** A visa or residence permit told: "I need a student visa …, how do I apply?" asks of it when the asking clause names nothing else. */
const A_VISA_TOLD = new RegExp(String.raw`\b(${VISA})\b`);
const HOW_TO_GET = /\b(how (do|can|should) i (apply|get|obtain|do)|comment (l |la |le )?(obtenir|demander|faire|renouveler)|comment (on )?(fait|faire)|je fais comment|where (do|can) i apply)\b/;
/** A child brought to class: « venir au cours avec ma fille », "bring my son to class" (read in the clause that asks). */
const A_CHILD_BROUGHT =
  /\b((venir|aller|assister)( \w+){0,5} (avec|accompagnee? de) (ma fille|mon fils|mes enfants|mon enfant|mon bebe|ma petite|mon petit|mes filles|mes fils)|(amener|emmener|venir avec) (ma fille|mon fils|mes enfants|mon enfant|mon bebe|mes filles|mes fils) (au cours|en cours|aux cours|au cnam|en classe|avec moi)|(bring|take|come with) (my )?(daughter|son|kids?|child|children|baby)( \w+){0,3} (to|in|into) (class|classes|the class|lectures?|the course|the lecture))\b/;
/** A child who is grown up or takes units too. */
const GROWN_OR_ENROLLING = /\b(aussi|also|too|egalement)\b.{0,40}\b(faire|suivre|s inscrire|prendre|take|enrol|enroll|study)\b|\b(il|elle|he|she) a (1[6-9]|[2-9]\d) ans\b|\b(he|she) s (1[6-9]|[2-9]\d)\b|\b(1[6-9]|[2-9]\d) (ans|years old)\b/;
/** A quarrel at work: « embrouillé avec mon chef », "argued with my manager". */
const A_QUARREL_AT_WORK =
  /\b((embrouill\w*|disput\w*|engueul\w*|clashe?|fache\w*|argued?|fought|fell out) (avec|with) (mon|ma|my) (chef|cheffe|patron|patronne|manager|boss|employeur|employer|n 1)|refuse de me laisser (partir|sortir|quitter))\b/;
/** Whether folded words ask about studying here: a unit, enrolling, a diploma, a course, a degree. */
function asksAboutStudying(words: string): boolean {
  return STUDYING_HERE.test(words) || /\b(cours|courses?|class|classes|degree|degrees|engineering|ingenieur|master|bachelor|formations?|programs?|programmes?|lessons?)\b/.test(words);
}
/** The clauses of a question sentence: between its commas, semicolons, colons, « mais » and "but". */
function clausesOf(questionSentence: string): string[] {
  return questionSentence.split(/[,;:]|\b(?:mais|but)\b/i).filter((clause) => /\p{L}/u.test(clause));
}
/** The clause of a question sentence that asks (its last), in folded words. */
function askingClause(questionSentence: string): string {
  return foldedWords(clausesOf(questionSentence).at(-1) ?? questionSentence);
}

/** A dispute with one's employer, labour law: read anywhere in the message (the question is often « j'ai le droit ? »). */
const EMPLOYMENT_LAW =
  /\b(droit du travail|code du travail|labou?r law|employment law|mon (employeur|patron|chef|manager|entreprise|boite) (refuse|ne veut pas|m interdit|me refuse|ne me laisse pas)|my (employer|boss|manager|company) (refuses|won t let|doesn t let|does not let|will not let)|(employeur|patron|entreprise|boite|employer|boss|company) (est |is )?(oblige|obligee|obliged|required|doit|must|has to|have to)\b.{0,25}\b(payer les heures|pay (me )?for the hours|remunerer|liberer|release me|let me (go|leave)|me laisser (partir|y aller)|me donner (du temps|des heures)|give me time off))\b/;

/** The message opens on asking something explained: "Explain Dijkstra's algorithm to me, …", « explique-moi les pointeurs, … ». */
const TEACH_FIRST = /^ (please |stp |svp )?(explique moi|expliquez moi|explain|teach me|apprends moi|apprenez moi|help me understand|aide moi a comprendre|aidez moi a comprendre)\b/;
/** An exam's questions or answers asked for: "what questions will be on the exam", « les réponses de l'examen », "the answers to the exam". */
const EXAM_ANSWERS_ASKED =
  /\b((what|which) questions (will be|are|come up|will come up) (on|in) (the |my )?(?!admission|entrance|entry)(\w+ )?(exam|examen|final)|the answers (to|of|for) (the |my )?(\w+ )?(exam|examen|final|test)|(questions|sujets?) (de |du |d )?(l |mon |le )?(examen|exam|partiel)( de \w+)? (et|avec|and) (les |leurs |the |their )?(reponses|corriges?|answers)|(reponses|corriges?) (de |du |d |a )(l |mon |le )?(examen|exam|partiel))\b/;
/** What is to be explained is studying here: hours, a plan, enrolling, the organisation. */
const STUDYING_EXPLAINED = /\b(organisation|organise|organize|plan|planning|planifier|heures?|hours?|combien|how many|how much|inscri\w*|enrol\w*|register|registration|credits?|ects|ue|ua|us|licence|diplome|diploma|degree|prerequis|prerequisites?|session|examens?|exams?|calendrier|emploi du temps|timetable)\b/;

/**
 * Help with a course's subject rather than with studying here: explain a notion of the course, how
 * to compute or code something, revision sheets, quizzes, help with an exercise. « Explique-moi le
 * three-way handshake pour mon examen de RSX101 » is not a question about RSX101.
 */
const TEACH_FRAME =
  /\b(explique|expliques|expliquez|expliquer|reexplique|explain|teach me|apprends moi|apprenez moi|aide moi a comprendre|aidez moi a comprendre|help me understand|how (do|does|to|can) (i |you |we |one )?(calculate|compute|solve|code|implement|program|prove|derive|normali[sz]e)|comment (on )?(calcule|calculer|resoudre|resout|resoud|coder|code t on|programmer|implementer|demontrer|prouver|normaliser|deriver|integrer))\b(?<object>.*)$/;
/** "I do not understand X": the course's subject only with a sign of a course (a unit code, the class, an exam). */
const NOT_UNDERSTOOD_FRAME =
  /\b(je (ne )?(comprends|capte|pige) (pas|rien)( a| au| aux| a la| a l| de| du| des)?|j (arrive|n arrive) pas a (comprendre|saisir)|i (don t|do not|dont|can t|cannot|still don t) (understand|get|grasp)|i m (stuck|lost) (on|with))\b(?<object>.*)$/;
const IN_A_COURSE = /\b(en cours|dans le cours|du cours|au cours|pour (mon|l|le|mes) (exam|examen|partiel|controle)|for (my|the) (exam|test|midterm|final|class|course)|in (class|the course|the lecture)|[a-z]{3}\d{3})\b/;
const REVISION_HELP =
  /\b(practi[cs]e (a |an )?(job )?(interview|conversation|oral|presentation)|(simuler|simulons|simule|faire) (un |une )?(entretien|oral|conversation) (d embauche |en anglais |ensemble )?|role play|jeu de role|fiches? de revision|quiz me|interroge moi|interrogez moi|pose moi des questions (sur|de)|(pose|posez) (moi|nous) (\d+|des|quelques|dix|cinq|vingt) (\w+ )?questions|(ask|give) me (\d+|some|a few|ten|five|twenty) (\w+ )?(questions|exercises)|(faisons|fais moi|faites moi|let s do) (un|a) (petit |little )?(quiz|qcm)|(on fait|we do|shall we do) (un|a) (petit |little )?(quiz|qcm) (pour reviser|ensemble|to revise|together)|(give|send|donne|donnez|envoie|envoyez|propose|proposez) (me|moi) (some |des |quelques |a few |\d+ )?(\w+ )?(exercises|exercices|exos)|revise avec moi|revise with me|entraine moi|practice (questions|exercises|problems) (on|for|about)|exercices? (d entrainement|corriges?) (sur|de|en|pour)|(aide|aidez|aider|help)( moi| me)? (avec|pour|sur|a faire|with|on|to do) (l |le |la |les |mon |ma |mes |cet |cette |ce |this |my |the |un |une |an? )?(exo|exos|exercice|exercices|td|tp|dm|devoir|devoirs|homework|assignment|exercise|lab|algo|algorithme|programme en|code en))\b/;
/** Said to be for revising: « c'est pour réviser », "it's for my revision". */
const FOR_REVISING = /\b((c est |c |its |it s )?pour (reviser|mes revisions|ma revision|les revisions)|(it s |its )?(for|to) (revise|revising|my revision|my revisions|study for (the|my) (exam|test|final)))\b/;
/** What studying here is about: a learner who asks to have one of these explained asks about the Cnam. */
/** How a question asks (« how do I », « ce que je dois », « pourquoi »): a question about studying here by its form alone. */
const ASKING_HOW_FORMS = String.raw`(what|how|when|where|why|whether|if) (i|we|do i|can i|should i|must i|to get|to apply|to do)|what to do|ce (que|qu) (je|j|on|il) (dois|doit|peux|faut|fais)|quoi faire|comment (je|j|on) (dois|peux|fais|doit|fait|obtiens|obtenir)|pourquoi`;
const CNAM_NOTION =
  new RegExp(String.raw`\b(ue|ues|ua|us|unites?|units?|ects|credits?|heures?|hours|inscri\w*|enrol\w*|regist\w*|prerequis|prerequisites?|autorisation|authori[sz]ation|examens?|exams?|sessions?|rattrapage|compens\w*|foad|distance|diplomes?|degrees?|licence|master|ingenieur|engineering|capitalis\w*|planning|emploi du temps|horaires?|timetable|schedule|semestres?|semesters?|notes?|grades?|marks?|moyenne|average|valid\w*|cnam|soir|evening|samedi|saturday|journees? bloquees?|parcours|certifica\w*|modalites?|regles?|rules|sigles?|acronymes?|ma situation|mon dossier|grad\w*|notation|evaluat\w*|assessment|controle continu|continuous|formations?|etudes|studies|studying|ici|here|au cnam|systeme|system|procedures?|process|demarches?|vae|stages?|internships?|alternance|frais|fees?|tarifs?|prix|price|costs?|ca marche|how (it|this) works|approv\w*|accord|signatures?|sign\w*|permission|secretariat|conseill\w*|advis\w*|experiences?|${ASKING_HOW_FORMS}|the (steps|procedure)|les etapes|la (demarche|procedure)|[a-z]{3}\d{3}|[a-z]{2,3}\d{4,5}[a-z]?)\b`);
/** What a learner may ask to have explained again: the assistant's own reply, not a course. */
const THE_CONVERSATION = /^\s*((moi|me|nous|us|it|that|this|ca|cela|encore|again|mieux|better|plus simplement|simply|more|en detail|in detail|ta reponse|votre reponse|your (answer|reply)|la reponse|the answer|ce message|this message|ce que (tu|vous) (dis|dites|veux dire|voulez dire)|what you (mean|said))\s*)*$/;

function asksForCourseContent(question: string, words: string = question): boolean {
  if (REVISION_HELP.test(question)) return true;
  const teach = TEACH_FRAME.exec(question);
  const notUnderstood = teach ? undefined : NOT_UNDERSTOOD_FRAME.exec(question);
  const frame = teach ?? notUnderstood;
  if (!frame) return false;
  if (notUnderstood && !IN_A_COURSE.test(question)) return false;
  // The notion explained, up to the course it is for (« … pour mon examen de RSX101 »).
  // (« … so I pass session 2 », « … afin de valider »: the purpose said after it is no part of the notion.)
  const object = (frame.groups?.object ?? "").split(/\b(pour|for|dans|in|avant|before|en vue|so that|so|afin de|afin que|to pass|to get)\b/)[0] as string;
  // « UE UA US : expliquez-moi les 3 », "explain both of them": the notions named around it, when they are studying here.
  if (POINTS_TO_THE_NAMED.test(object) && CNAM_NOTION.test(question)) return false;
  // « je ne comprends pas bien ce qu'on appelle une UE, vous pouvez m'expliquer simplement ? »: nothing named in the question
  // itself, the notion is the one the message said before it.
  // (Not when a course is told: « les pointeurs en C dans NSY103 », « en cours du soir on a vu la récursivité ».)
  if (NOTHING_NAMED.test(object) && NOTION_OF_STUDYING_HERE.test(words) && !CODE_LIKE.test(words) && !IN_A_COURSE.test(words) && !/\b(on a vu|we saw|vu en cours|le prof|la prof|the teacher|l enseignant)\b/.test(words)) return false;
  return !THE_CONVERSATION.test(object) && !CNAM_NOTION.test(object);
}
/** The notions of studying here a learner may ask explained: « ce qu'on appelle une UE », "what a UA is". */
const NOTION_OF_STUDYING_HERE = /\b(ue|ues|ua|us|ects|foad|htt|agrement|session 2|unites? d (enseignement|activite)|unites? specifiques?)\b/;
/** An object that names nothing: « simplement », "briefly", « svp ». */
const NOTHING_NAMED = /^\s*(moi |me |nous |us |le |it |this |that |ca |cela )?(simplement|plus simplement|rapidement|clairement|vite fait|brievement|en (deux|quelques|peu de) mots|simply|briefly|quickly|plainly|in simple (terms|words)|in a few words)?( svp| stp| please)?\s*$/;
/** An object that points to what the message named: « les 3 », « les deux », "all three", "both". */
const POINTS_TO_THE_NAMED =
  /^\s*(moi |me |nous |us )?(les |the |all |tous |toutes )?(3|2|4|trois|deux|quatre|three|two|four|both|them|ces (termes|mots|sigles|notions)|these (terms|words|acronyms))( svp| stp| please)?( en (deux|quelques|peu de) mots( chacune?| each)?| briefly| in a few words( each)?| chacune?| each)?\s*$/;

/** Another school named: « un DU à Paris 1 », « à la Sorbonne », "at another university". */
const OTHER_SCHOOL =
  new RegExp(String.raw`\b(${PARIS_UNIVERSITY}|${SCHOOLS_NAMED}|${SCHOOLS_ABROAD}|pantheon|autre (universite|ecole|fac)|another (university|school|college)|bootcamp|openclassrooms|epitech|epita|un du|une du|diplome universitaire)\b`);
/** Whether the words (as plainWords folds them) name another school: « Paris 8 », « la Sorbonne », "another university". */
export function namesAnotherSchool(words: string): boolean {
  return OTHER_SCHOOL.test(words);
}
/** Words pointing to that school: « leurs cours », "their classes", « chez eux », « là-bas ». */
const OF_THEM_THERE = / (leurs?|their|theirs|chez eux|la bas|over there|ils|they|them) /;

/** Asking how to do something is a question about it (« how to write the report of the UA »), not a task. */
const HOW_TO = /\b(how (to|do i|should i|can i|do you)|comment (on |je |faire |dois je |faut il )?(redige|rediger|ecrire|ecrit|fait))\b/;

function recognizeRefusal(text: string, words: string, questionSentence: string): Extract<RuleIntent, { kind: "refuse" }> | undefined {
  if (MANIPULATION.test(words)) return { kind: "refuse", reason: "manipulation" };
  // Read in the question itself: « je suis au chômage, comment m'inscrire ? » asks about enrolling.
  const question = foldedWords(questionSentence);
  // A task is asked in the imperative, anywhere in the message (« traduis ce paragraphe : … »).
  if (ON_BEHALF.test(words)) return { kind: "refuse", reason: "on-behalf" };
  // (A dispute told beside a question on studying here is the learner's situation: « … mon chef refuse de me changer. Est-ce que je
  // peux passer l'examen un autre jour ? ».)
  const employmentDispute = EMPLOYMENT_LAW.test(words) && !looksForTeaching(words) && !(questionSentence !== text && !EMPLOYMENT_LAW.test(question) && STUDYING_HERE.test(question));
  // ("I missed my UTC503 exam because of a train strike": an exam missed, whatever the cause, is session 2's matter.)
  const examMissed = EXAM_WORDS.test(words) && EXAM_MISSED_OR_MOVED.test(words) && /\b(greves?|strikes?|mouvements? sociaux|mouvement social|ratp|sncf|trafic|train|trains|metro|rer)\b/.test(words) && !ASKED_OF_ME.test(words);
  if (MATERIAL_ASKED.test(words)) return { kind: "refuse", reason: CODE_LIKE.test(words) ? "course-content" : "off-topic" };
  // (« Je peux passer la session 2 pour remonter ma note ? »: raising a grade by sitting again is the grade's answer, no grade changed.)
  const sittingAgainToRaise = (SIT_AGAIN.test(words) || /\b(session 2|rattrapage|resit)\b/.test(words)) && TO_IMPROVE.test(words);
  // (« Le samedi c'est impossible pour moi (garde alternée). Ça bloque pour la licence ? »: the custody is why a day is ruled out,
  // whether the studies fit without it is asked — the planner's, not a question on custody.)
  // (Not « … garde alternée, est-ce que ça pose problème pour la pension alimentaire ? »: the fit of something else.)
  const fitsWithout = asksWhetherItFits(words, question) && !outsideTheSourcesAsked(question.replace(/\b(garde alternee|custody)\b/g, " "));
  if ((TASK.test(words) && !HOW_TO.test(words)) || (outsideTheSourcesAsked(questionSentence) && !looksForTeachingHere(question) && !examMissed && !sittingAgainToRaise && !fitsWithout) || employmentDispute) return { kind: "refuse", reason: "off-topic" };
  // « je me suis disputé avec ma femme parce que je rentre tard des cours du soir, comment je me réconcilie ? »: life outside the
  // sources told first, then a question that names nothing of studying here.
  // ("How do I convince her it's worth it?": « how do I » asks, it names no notion of studying here.)
  // (Only when it asks how to deal with someone: "What can I do now?" after a failed grade asks about studying.)
  // (« Mon conjoint en a marre que je sois en cours trois soirs par semaine. Qu'est-ce que je dois faire ? »: what to do about them.)
  const ofSomeone = /\b(them|her|him|les convaincre|la convaincre|le convaincre|(leur|lui) (dire|expliquer|annoncer|parler|faire comprendre)|(qu il|qu elle|qu ils|qu elles) (le |la |me )?comprenne\w*)\b/.test(question) || FED_UP_AT_HOME.test(words);
  if (questionSentence !== text && (PERSONAL_LIFE.test(words) || FED_UP_AT_HOME.test(words)) && !STUDYING_HERE.test(question) && !CNAM_NOTION.test(ofSomeone ? question.replace(ASKING_HOW, " ") : question) && !/\bcours\b/.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « J'ai eu 14 en TET102 ! Tu connais un bon bar à côté du Cnam pour fêter ça ? », "can you recommend some sleeping pills?":
  // something asked of the assistant that is no part of studying here, whatever the message tells besides (the grade was
  // answered and the request left unsaid).
  if (asksForSomethingElse(words, question)) return { kind: "refuse", reason: "off-topic" };
  // « Vous pensez que je devrais le quitter ou plutôt arrêter le Cnam ? »: a choice of one's private life, whatever else it weighs.
  // (« Franchement, à votre avis, je dois arrêter ma formation ou on devrait se séparer ? »: « à votre avis » asks the same.)
  if ((LEAVING_SOMEONE.test(question) || (LEAVING_THEM.test(question) && A_PARTNER.test(words))) && (OPINION_ASKED.test(question) || ADVICE_ASKED.test(question) || YOUR_VIEW.test(words))) return { kind: "refuse", reason: "off-topic" };
  // "What would you do in my place? Should I quit?", "How do I convince her that this is worth it?": the assistant's view of one's life,
  // or how to win over one's partner, asked after a story that names units (it got NFA031's card, the units' hours).
  // (« … Je voudrais décrocher la licence informatique du Cnam. En combien de temps c'est faisable à votre avis ? »: how long the
  // studies the message names would take, asked with « à votre avis », is a plan.)
  // (Not « combien de temps je vais encore travailler », "how long before a promotion": the length of something else.)
  const studiesLength = HOW_LONG.test(question) && FEASIBLE_SAID.test(question) && STUDYING_HERE.test(words);
  const lifeDecision = (YOUR_VIEW.test(question) || QUIT_MY_JOB.test(question)) && !CNAM_NOTION.test(question) && !studiesLength;
  const winningOverAPartner = CONVINCE_SOMEONE.test(words) && A_PARTNER.test(words);
  if (questionSentence !== text && (lifeDecision || winningOverAPartner) && !CODE_LIKE.test(question) && !STUDYING_HERE.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « Mon fils a des devoirs de maths, tu peux l'aider pendant que je suis en cours ? »: a child's homework, asked of the assistant.
  if (SOMEONE_S_HOMEWORK.test(words) && A_CHILD.test(words) && HELP_THEM.test(words)) return { kind: "refuse", reason: "off-topic" };
  // « Mon fils de 16 ans veut arrêter le lycée … Vous pensez que c'est une bonne idée de le laisser arrêter l'école ? »: a parent's
  // choice on a child's schooling, whatever the learner's own units told before (it got the licence's blocks).
  // (Not whether the child may enrol: « mon fils veut arrêter le lycée, il peut s'inscrire au Cnam ? ».)
  if (A_CHILD.test(words) && A_CHILD_LEAVING_SCHOOL.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « … je dors mal et j'ai des migraines. Vous pensez que je devrais prendre de la mélatonine ? »: a substance asked whether to take,
  // whatever grades were told before (the grades had been answered). (Taken, told beside a question of studies, it declines nothing.)
  if (TAKING_A_SUBSTANCE_ASKED.test(question)) return { kind: "refuse", reason: "off-topic" };
  // (« Ma sœur me dit de prendre des somnifères. Lequel vous me conseillez pour tenir jusqu'au rattrapage ? »: which one of a substance
  // told, asked; only the grade told before was answered.)
  // (Not units to choose between, a medicine told beside them: « Je prends des médicaments pour le dos. Entre NFA031 et NFA041, laquelle
  // vous me conseillez ? », "Which one should I take, NFA008 or NFA041?", « … entre une UE en ligne et une en présentiel ? ».)
  if (WHICH_ONE_ADVISED.test(question) && A_SUBSTANCE.test(words) && !CODE_LIKE.test(question) && !UNITS_AS_OPTIONS.test(question)) return { kind: "refuse", reason: "off-topic" };
  // "… my partner says I should take melatonin. Can you tell me what dose I should take?": a dose asked is a doctor's (it got NFA041's card).
  // (« quelle dose d'UE je peux prendre par semestre ? », "what dose of coursework …": studies, no substance said.)
  if (DOSE_ASKED.test(question) && A_SUBSTANCE.test(words)) return { kind: "refuse", reason: "off-topic" };
  // "which JavaScript framework is the best to learn after the course?", « quel framework apprendre ? »: a tool of the trade to pick is
  // no unit of the catalog (it got NFA041's card and « my sources do not say that about NFA041 »).
  // (Not what a unit uses or teaches, « quel IDE on utilise en NFA031 ? », "which framework is taught in NFA042?": its sources say
  // they do not hold it.)
  if (A_TOOL_TO_PICK.test(question) && TO_PICK.test(question) && !CODE_LIKE.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « … est-ce que je devrais quitter mon mari ou plutôt arrêter le Cnam ? »: leaving one's partner, asked, is no question of studies.
  // (« je veux quitter ma copine et arrêter NFA031, je perds mes crédits ? »: the credits are asked, the break-up only told.)
  if (LEAVING_A_PARTNER.test(question)) return { kind: "refuse", reason: "off-topic" };
  // The clause that asks, where a request told beside a question is read (« J'ai un titre de séjour, comment faire pour m'inscrire ? »).
  const asking = askingClause(questionSentence);
  // « Combien il me reste sur mon compte CPF ? »: a balance the assistant cannot see (paying with one's CPF is the fees page's).
  // (« … vérifier le solde de mon CPF, la licence coûte combien ? », "… is it enough for NFA031?": the cost is asked.)
  if (CPF_BALANCE.test(asking) && !/\b(coute|coutent|cout|prix|tarifs?|frais|payer|paie|paying|suffit|suffira|suffisant|couvre|couvrir|enough|covers?|cost|costs|price|fees?|pay)\b/.test(words)) return { kind: "refuse", reason: "off-topic" };
  // "I need a student visa to come to Paris for the evening classes, how do I apply?": a visa to get, whatever it is for.
  // (« J'ai un titre de séjour étudiant, comment faire pour m'inscrire à NFA031 ? »: the visa is told, enrolling is asked.)
  if (A_VISA_TO_GET.test(asking) || (A_VISA_TOLD.test(words) && HOW_TO_GET.test(asking) && !asksAboutStudying(asking))) return { kind: "refuse", reason: "off-topic" };
  // « Je peux venir au cours du samedi avec ma fille de 8 ans ? »: a child brought to class, which the sources do not say.
  // (« Je dois ramener mon fils de la crèche, NFA031 finit à quelle heure ? »: the child is told, the unit's hours asked.)
  // (« aller en cours avec mon fils ? il a 19 ans et veut aussi faire NFA031 »: a grown child who enrols too.)
  if (A_CHILD_BROUGHT.test(asking) && !GROWN_OR_ENROLLING.test(words)) return { kind: "refuse", reason: "off-topic" };
  // « Je me suis embrouillé avec mon chef …, je fais quoi ? »: a quarrel at work, what to do about it asked (not "…, so can I take
  // NFA031 online?", which asks about studying here).
  // (Nor "I fell out with my boss and want to retrain in IT, where do I start?", which looks for teaching.)
  if (A_QUARREL_AT_WORK.test(words) && !asksAboutStudying(asking) && !looksForTeaching(words) && !LEARNING.test(words)) return { kind: "refuse", reason: "off-topic" };
  // « Combien de temps pour aller de Marne-la-Vallée au Cnam en voiture à 18h ? »: a journey, not hours of class.
  if (A_JOURNEY.test(question) && !NAMES_TEACHING.test(question)) return { kind: "refuse", reason: "off-topic" };
  // "Where can I grab a quick dinner near rue Saint-Martin before my 6:15 class?": somewhere to eat, whatever class it comes before.
  // (Not with a unit asked too: "where can I eat near the Cnam, and is NFA031 on Thursdays?" asks of NFA031.)
  if (EATING_OUT.test(question) && !CODE_LIKE.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « il fait quel temps pour l'examen ? »: the weather, whatever day it is asked for (it got the exam calendar).
  // A forecast only when it is what the question asks (« il va faire beau demain soir ? », "is it going to rain tomorrow?"): one told
  // before a question on the course, or as its condition, is the course's (« s'il va pleuvoir jeudi, le cours de RSX101 sera en ligne ? »,
  // « il devrait neiger demain, le cours de NFA031 est maintenu ? » were declined as off the topic).
  if (WEATHER_ASKED.test(question) || (FORECAST_ASKED.test(asking) && !/^ ?(s il|si il|if it|if)\b/.test(asking))) return { kind: "refuse", reason: "off-topic" };
  // « Quel forfait mobile prendre pour suivre les cours en FOAD ? », "which is the best engineering school in France?": something
  // to buy, or other schools ranked, whatever studying it is for.
  if (A_PURCHASE_OR_A_RANKING.test(question)) return { kind: "refuse", reason: "off-topic" };
  // « kel est le meilleur vpn gratuit », "what's the best antivirus?": the best of something that is no part of studying here.
  if (BEST_OF.test(question) && !CNAM_NOTION.test(question) && !STUDYING_HERE.test(question) && !/\b(cours|course|courses|class|classes|formations?|parcours|path|ordre|order|choix|choice|option|options|semestres?|semesters?|moment|time|periode|way|moyen|facon|maniere|methode|method)\b/.test(question)) return { kind: "refuse", reason: "off-topic" };
  if (asksForCourseContent(question, words)) return { kind: "refuse", reason: "course-content" };
  // "Explain Dijkstra's algorithm to me, I'm stuck on my NFA010 homework.": the message opens on what it asks explained, the unit
  // after it is what it is for (it got NFA010's grading).
  // (Not when the rest asks a question of its own, « expliquez-moi l'organisation, NFA031 c'est le soir ou le samedi ? », nor when what is
  // to be explained is studying here: hours, a plan, enrolling.)
  const [opening = "", ...after] = text.split(/[,.;:!?]/);
  const firstClause = foldedWords(opening);
  const rest = foldedWords(after.join(" "));
  const restAsks = text.slice(opening.length).includes("?") || QUESTION_WORD.test(rest);
  if (TEACH_FIRST.test(words) && firstClause !== words && !restAsks && !STUDYING_EXPLAINED.test(firstClause) && asksForCourseContent(firstClause, words)) return { kind: "refuse", reason: "course-content" };
  // "tell me what questions will be on the NFA031 exam and give me the answers", « donne-moi les réponses de l'examen »: an exam's
  // questions or answers asked, which no one gives.
  if (EXAM_ANSWERS_ASKED.test(words)) return { kind: "refuse", reason: "course-content" };
  // « Quelle est la différence entre TCP et UDP ? c'est pour réviser »: a notion of a course asked to revise it, not of studying here.
  const besidesRevising = words.replace(new RegExp(FOR_REVISING.source, "g"), " ");
  if (FOR_REVISING.test(words) && !CNAM_NOTION.test(besidesRevising) && !/\bcours\b/.test(besidesRevising)) return { kind: "refuse", reason: "course-content" };
  // « je veux aussi faire un DU à Paris 1, vous savez si leurs cours du soir commencent en octobre ? »: the question is
  // about the other school the situation names (« leurs », "their", « là-bas »), not about the Cnam.
  if (questionSentence !== text && OTHER_SCHOOL.test(words) && OF_THEM_THERE.test(` ${question} `) && !/\b(cnam|ue|ues|unites?|units?)\b/.test(question)) return { kind: "refuse", reason: "off-topic" };
  // "My NSY103 exam is on Saturday… Will it rain on Saturday in Paris? And what's the best breakfast…?": a situation about
  // studying here, then questions that are each about something else (weather, food…) and name no unit.
  if (questionSentence !== text && onlyOffTopicQuestions(questionSentence)) return { kind: "refuse", reason: "off-topic" };
  if (OTHERS_RECORD.test(words) || LIST_PEOPLE.test(words) || POSSESSIVE_RECORD.test(text) || RECORD_OF_IDENTIFIER.test(words)) {
    return { kind: "refuse", reason: "private-data" };
  }
  // Record words and other people anywhere in the message ("what grades did the other students get").
  if (RECORD_ANYWHERE.test(words) && OTHERS_ANYWHERE.test(words)) return { kind: "refuse", reason: "private-data" };
  // "les notes de Dupont": a record noun followed by a capitalized word that is not a unit code
  // nor the first word of the message. Lower-case names cannot be told from words; retrieval then
  // finds nothing confident and the assistant abstains anyway.
  const tokens = rawTokens(text);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as RawToken;
    if (!/^\p{Lu}\p{Ll}+$/u.test(token.raw) || NOT_NAMES.has(token.folded)) continue;
    const before = ` ${tokens.slice(Math.max(0, i - 3), i).map((t) => t.folded).join(" ")} `;
    if (RECORD_NOUN_BEFORE_NAME.test(before)) return { kind: "refuse", reason: "private-data" };
  }
  if (requestsSomethingElse(words)) return { kind: "refuse", reason: "off-topic" };
  return undefined;
}

/** Leaving one's partner: « le quitter », « divorcer », "break up with him". */
const LEAVING_SOMEONE = /\b(quitter (mon|ma) (mari|femme|conjointe?|copain|copine|compagnon|compagne)|divorcer|(on|nous) (devrait|devrions|doit|devons|va|allons|pourrait|pourrions)( peut etre)? (se|nous) separer|split up|separate from|rompre avec (lui|elle|mon (mari|copain|compagnon|conjoint)|ma (femme|copine|compagne|conjointe))|break up with|leave (him|her|my (husband|wife|partner|boyfriend|girlfriend)))\b/;
/** Quitting one's job, asked: "Should I quit?", « je démissionne ? », « je devrais quitter mon boulot ? ». */
const QUIT_MY_JOB = /\b(should i|do i|would you|dois je|je dois|je devrais|faut il que je|est ce que je)( \w+)? (quit|resign|leave my job|quitter mon (travail|job|boulot|poste|cdi)|demissionner|demissionne|lacher mon (travail|job|boulot))\b|\b(should i|dois je) (quit|resign)\b/;
/** Winning someone over: "how do I convince her", « comment la convaincre », « comment je lui fais comprendre ». */
const CONVINCE_SOMEONE =
  /\b(convince|persuade|convaincre|persuader) (her|him|them|my|la|le|les|ma|mon)\b|\b(la|le|les) (convaincre|persuader)\b|\b(lui|leur) (fais|fait|faire|ferais) (comprendre|accepter)\b|\bmake (him|her|them) (understand|see|accept)\b/;
/** Feasible, said of what was told: « c'est faisable », « c'est jouable », "is it doable". */
const FEASIBLE_SAID = /\b(faisable|jouable|realisable|possible|doable|feasible)\b/;
/** One's view asked: « à votre avis », "in your opinion", « vous feriez quoi à ma place ? ». */
const YOUR_VIEW = /\b(a votre avis|a ton avis|selon vous|selon toi|d apres vous|d apres toi|in your opinion|what would you do|tu ferais quoi|vous feriez quoi|a ma place|in my shoes)\b/;
/** A class's end, or the Cnam left, said at a time: « le cours finit à 21h45 », "the course finishes at", « je quitte le Cnam à 20h ». */
const THE_CLASS_ENDS_OR_LEFT = /\b(cours|course|class|classe|lecture|ue|examen|exam|[a-z]{3} ?\d{3})\b[a-z0-9 ]{0,20}\b(finit|finissent|se termine|termine|terminent|ends?|finishes|is over)\b|\b(quitte|quitter|leave|leaving|leaves|sors|sortir)\b (le |the |du )?(cnam|cours|class|course)\b/;
/** Somewhere to eat asked: « où manger avant le cours ? », "where can I grab a quick dinner?" (the content says nothing of it). */
const EATING_OUT =
  /\b((?:^ ?|\b(?:savoir|sais|connais|connait|conseille\w*|dites moi|dis moi|indiquer|trouver) )ou (manger|diner|dejeuner|grignoter)|ou (je peux|on peut|puis je|peut on|trouver a) (manger|diner|dejeuner|grignoter)|(where|somewhere) (can i |could i |to |do i |should i )?(eat|grab (a |some )?(quick |fast )?(bite|dinner|lunch|food|sandwich|snack|something)|get (a |some )?(quick |fast )?(bite|dinner|lunch|food|sandwich|snack|something to eat))|manger (un )?(truc|morceau|bout|sandwich) (rapide|vite|pres|pas loin|avant)|(restos?|restaurants?|snacks?|boulangeries?|fast ?foods?|places? to eat) (pas loin|pres|a cote|around|near|nearby|close))\b/;
/** « le quitter », « la quitter » said of a partner the message names (not of a unit or a diploma). */
const LEAVING_THEM = /\b(le|la) quitter\b/;
const A_PARTNER = /\b(mon mari|ma femme|mon conjoint|ma conjointe|mon copain|ma copine|mon compagnon|ma compagne|mon partenaire|ma partenaire|my husband|my wife|my partner|my boyfriend|my girlfriend)\b/;
/** Homework that is someone's: « des devoirs », "homework". */
const SOMEONE_S_HOMEWORK = /\b(devoirs|homework|exos|exercices)\b/;
/** Help asked of the assistant for someone: « tu peux l'aider », "can you help him" (not « je dois aider mon fils »). */
const HELP_THEM = new RegExp(
  String.raw`\b(${CAN_YOU})( m| me)? ((l|les|lui|leur) (aider|expliquer|faire)|aider (mon|ma|mes) \w+|help (him|her|them|my (son|daughter|kids?|child))|(faire|do) (ses|leurs|his|her|their) (devoirs|homework|exos|exercices))\b`,
);
/** Whether to take a substance, asked: « je devrais prendre de la mélatonine ? », "should I take melatonin?", « la mélatonine, ça aide ? ». */
const TAKING_A_SUBSTANCE_ASKED =
  /\b((devrais|dois|faut il|faudrait il|vous pensez que je devrais|je peux|puis je|should i|can i|do you think i should|would you) (\w+ ){0,2}(prendre|take|try|essayer) (de la |du |des |some |a )?|(la |le )(?=(melatonine|melatonin|magnesium|somniferes?) (\w+ ){0,2}(ca aide|ca marche|c est efficace|efficace|does it help|does it work)))(melatonine|melatonin|magnesium|somniferes?|sleeping pills?|vitamines?|vitamins?|complements? alimentaires?|supplements?|energy drinks?|boissons? energisantes?|anxiolytiques?|ritaline|ritalin)\b/;
/** Leaving one's partner: « quitter mon mari », « divorcer », "leave my wife", "break up with my boyfriend". */
const LEAVING_A_PARTNER =
  /\b(devrais|devrai|dois|faut il|faudrait il|vaut mieux|vaudrait mieux|should i|do i|would you|better to|better off)\b( je| i)?( \w+){0,3} (quitter|larguer|laisser tomber|leave|divorce|break up with|dump) (mon|ma|my) (mari|femme|epouse|epoux|conjoint|conjointe|copain|copine|compagnon|compagne|husband|wife|partner|boyfriend|girlfriend)\b/;
/** Picking asked: the best one, one to learn or to choose: "the best to learn", « quel framework apprendre », "which one should I pick". */
const TO_PICK = /\b(best|meilleure?s?|apprendre|learn|learning|choisir|choose|pick|recommand\w*|recommend\w*|conseill\w*|vaut le coup|worth)\b/;
/** A dose asked: « quelle dose », "what dose", « la posologie », « combien de mg », "how many milligrams". */
const DOSE_ASKED = /\b((quelle|quel|what|which|la bonne|the right) (dose|dosage)|posologie|combien de (mg|milligrammes?|comprimes?|gelules?|cachets?)|how many (mg|milligrams?|pills?|tablets?))\b/;
/** A framework, a library or an editor to pick: "which JavaScript framework", « quel framework », « le meilleur IDE ». */
const A_TOOL_TO_PICK = /\b(which|what|quel|quelle|quels|quelles|best|meilleure?s?)( (js|javascript|python|java|php|web|front ?end|back ?end|css|mobile))? (frameworks?|librairies?|libraries|library|ide|ides|editeur de code|code editor|tech stack)\b/;
/** Which one is advised, pointing back: « lequel vous me conseillez ? », « laquelle prendre ? », "which one would you recommend?". */
const WHICH_ONE_ADVISED = /\b(lequel|laquelle|lesquels|lesquelles|which ones?|which brand)\b( \w+){0,3} (conseill\w*|recommand\w*|recommend\w*|suggest\w*|prendre|take)\b/;
/** Units or ways of taking them as what is chosen between (folded words): « une UE en ligne et une en présentiel », "which course". */
const UNITS_AS_OPTIONS =
  /\b(ue|ues|unites?|units?|cours|courses?|modules?|formations?|options?|diplomes?|licences?|masters?|certificats?|en ligne|online|presentiel|in person|a distance|foad|le soir|le samedi|evening|saturday)\b/;
/** A medicine or supplement named: « des somnifères », "sleeping pills", « de la mélatonine ». */
const A_SUBSTANCE = /\b(melatonine|melatonin|magnesium|somniferes?|sleeping pills?|anxiolytiques?|antidepresseurs?|calmants?|tranquillisants?|medicaments?|medication|vitamines?|vitamins?|complements? alimentaires?|supplements?)\b/;
/** A child let go of school, or told to: « le laisser arrêter l'école », « il devrait quitter le lycée ? », "let him drop out of school". */
const A_CHILD_LEAVING_SCHOOL =
  /\b((le|la|les) laisser|(il|elle|ils) (devrait|devraient|doit|doivent))( \w+)? (arreter|quitter|lacher|abandonner) (l ecole|le lycee|le college|ses etudes|leurs etudes)\b|\b(let (him|her|them)|should (he|she|they)) (quit|leave|drop out of|stop) (school|high school|college|his studies|her studies|their studies)\b/;
/** A child of the learner's: « mon fils », "my daughter", « les enfants ». */
const A_CHILD = /\b(mon fils|ma fille|mes enfants|mon enfant|mes gamins|my (\d{1,2} year old )?(son|daughter|kids?|child(ren)?))\b/;
/** Teaching or a diploma named: « aller au bout de la licence » is no journey. */
const NAMES_TEACHING = /\b(cours|classes?|ue|ues|units?|ects|credits?|licence|diplomes?|degree|master|ingenieur|semestres?|semesters?|examens?|exams?|sessions?|seances?|lectures?|bac|bts|dut|but|l3|[a-z]{3}\d{3})\b/;
/** A journey asked: how long it takes to go somewhere (a place, not a diploma), or by what means. */
const A_JOURNEY =
  /\b(combien de temps|how long)\b.{0,60}\b((aller|venir|se rendre|rejoindre|go|get|drive|travel|commute)( \w+){0,7} (en|by) (voiture|metro|rer|bus|velo|train|tram|car|taxi)|(aller|venir|se rendre|rejoindre) ((de|d|depuis) \w+( \w+){0,3} )?(au|a l|a la|jusqu au) (cnam|arts et metiers|campus|conservatoire|gare)|(go|get|drive|travel|commute) (from \w+( \w+){0,3} )?to (the )?(cnam|arts et metiers|campus|conservatoire|station))\b|\b(en voiture|en metro|en rer|en bus|en velo|a pied|by car|by metro|by train|by bus|on foot|itineraire)\b.{0,40}\b(combien de temps|how long)\b.{0,30}\b(aller|venir|trajet|go|get there|travel|commute|journey|trip)\b|\b(comment|how (do|can|will|should) i|how to)\b.{0,25}\b(y aller|m y rendre|go there|make it there)\b|\b(greves?|strikes?|ratp|sncf|rer|metro|trafic|traffic|train|bus|voiture|car|velo|bike|gare|station|depuis|from)\b.{0,60}\b(comment|how (do|can|will|should) i|how to)\b.{0,25}\b(y arriver|get there)\b|\b(comment|how (do|can|will|should) i|how to)\b.{0,25}\b(y arriver|get there)\b.{0,30}\b(depuis|from|en (?:voiture|metro|rer|bus|train|velo)|by (?:car|metro|train|bus|bike))\b/;
/** Something to buy for one's studies, or schools ranked: a phone plan, a computer, the best school. */
const A_PURCHASE_OR_A_RANKING =
  /\b((quel|quelle|which|what|meilleur|best)( \w+){0,2} (forfaits? (mobile|telephone|internet|4g|5g|data)|abonnements? (mobile|internet|telephone)|box internet|mobile plan|data plan|phone plan)|(meilleure?s?|best|top) (ecoles?|universites?|facs?|schools?|universities|colleges?)( \w+){0,4} (en france|de france|in france|du pays|in the country|pour|for)|(ecoles?|universites?|schools?|universities|colleges?)( \w+){0,4} (is|are|est|sont) (the |la |le |les )?(best|meilleure?s?)|classement des (ecoles|universites)|(school|university) rankings?)\b/;

/** Capitalized words that follow "notes de" without being a person. */
const NOT_NAMES = new Set([
  "licence", "master", "cnam", "paris", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
  "octobre", "novembre", "decembre", "session", "semestre", "examen", "informatique", "java", "python", "anglais", "droit",
  "management", "l", "la", "le", "les", "cette", "ce", "mon", "ma", "mes", "my", "the", "this", "that", "last", "first",
]);

const TO_ENGLISH =
  /^(((can|could|would) you |peux tu |pouvez vous |tu peux |vous pouvez )?((speak|answer|reply|respond|write|talk|continue|switch|go on|carry on|say (that|it|this)( again)?|repeat (that|it|this))( with)?( to)?( me)?( in| to)? )?english( version)?|(en|in) (anglais|english)|((?:(?:me|m|nous) )?((tu )?parles?|parlez|parler|reponds|repondez|repondre|ecris|ecrivez|ecrire|passe|passez|passer|continue|continuez|continuer)( moi)?( en)? anglais)|(do you|can you|tu|vous) (speak|parles?|parlez) (english|anglais)|i (don t|do not|dont|can t|cannot) (speak|read|understand) french|english (only|speaker)|anglais)$/;
const TO_FRENCH =
  /^(((can|could|would) you |peux tu |pouvez vous |tu peux |vous pouvez )?((speak|answer|reply|respond|write|talk|continue|switch|go on|carry on|say (that|it|this)( again)?|repeat (that|it|this))( with)?( to)?( me)?( in| to)? )?french|(en|in) (francais|french)|((?:(?:me|m|nous) )?((tu )?parles?|parlez|parler|reponds|repondez|repondre|ecris|ecrivez|ecrire|passe|passez|passer|continue|continuez|continuer|revenir|reviens|revenez)( moi)?( en)? (au )?francais)|(do you|can you|tu|vous) (speak|parles?|parlez) (french|francais)|je (ne )?(parle|comprends|lis) pas (l )?anglais|francais)$/;

function recognizeLanguageSwitch(words: string): Language | undefined {
  const bare = withoutCourtesy(
    words,
    /\b(merci|thanks|thank you|now|maintenant|from now on|desormais|instead|plutot|a partir de maintenant|(can|could|would|will) you|peux tu|pouvez vous|tu peux|vous pouvez|est ce que (tu peux|vous pouvez)|je voudrais que (tu|vous)|i d like you to|i want you to)\b/,
  );
  if (TO_ENGLISH.test(bare)) return "en";
  if (TO_FRENCH.test(bare)) return "fr";
  return undefined;
}

function toNumber(raw: string): number {
  return Number(raw.replace(",", "."));
}

/** A later session said with its grade: « puis 11 à la session 2 », "then 12 at the resit". */
export const LATER_SESSION_WORDS = "session 2|deuxieme session|seconde session|rattrapage|resit|retake|second session|session two";
/** The later session named: « session 2 », « rattrapage », "the resit". */
export const LATER_SESSION = new RegExp(`\\b(${LATER_SESSION_WORDS})\\b`);
/** Every grade stated, in order, with one said after a later session's name (« … puis 11 à la session 2 »). */
const GRADES_IN_ORDER = new RegExp(`${GRADE_STATED.source}|\\b(?:puis|then|ensuite|et)\\s+${NUMBER}\\s+(?:a|at|en|in)\\s+(?:la |the )?(?:${LATER_SESSION_WORDS})`, "g");

/** « ma note de RSX101, c'est 13 », "my grade for UTC501 is 9": the grade said of one's own note. */
const NOTE_IS = new RegExp(`\\b(?:ma note|mon resultat|my (?:[a-z]{3} ?\\d{3} )?(?:grade|mark|result)|(?:ma|my) (?:moyenne|average)(?= (?:en|a|de|d|pour|in|for|at|on) [a-z]{3} ?\\d{3}))\\b[^.?!]{0,25}?(?:\\b(?:c est|est de|est|is|was|it s|came out at|came out to|came to|ended up at|stands at)|=|,|:)\\s+${NUMBER}\\b(?!\\s*(?:ects|credits?|h\\b|heures?|hours?))`);
/** A unit and a grade, and nothing else: « NFE114, 9 », « UTC502 : 10/20 », "ANG320 - 12". */
const BARE_UNIT_GRADE = new RegExp(`^\\s*([a-z]{3}\\d{3}[a-z]?)\\s*[,:;=-]?\\s*(?:j ai eu |j ai |eu |note |got |with |avec )?${NUMBER}\\s*(?:\\/\\s*20|sur 20|out of 20)?\\s*[.!?]*\\s*$`);
/** Sitting again to raise a grade. */
/**
 * The later session missed: « je n'ai pas pu aller à la session 2 », « je suis pas allée au rattrapage »,
 * "I missed the resit"; or a grade of years ago (« il y a deux ans »): none is left after it.
 */
/**
 * Whether the later session is past or missed (see MISSED_LATER_SESSION); years said of when the studies began (« j'ai
 * commencé la licence il y a deux ans, … j'ai raté UTC504 avec 7 ») date the start, not the grade.
 */
function saysLaterSessionPast(words: string): boolean {
  return MISSED_LATER_SESSION.test(words.replace(STARTED_YEARS_AGO, " "));
}
const STARTED_YEARS_AGO = /\b(commence|commencee|debute|debutee|demarre|started|began|inscrite?|enrolled|entree?|rentree?|joined)\b[^.;!?]{0,40}\b(il y a \w+ ans|\w+ years ago)\b/g;

/** A month said before the session it dates: "the April resit", « le rattrapage de juin » reads without it. */
const MONTH_NAMES = "janvier|fevrier|mars|avril|mai|juin|juillet|septembre|january|february|march|april|may|june|july|september";
const MISSED_LATER_SESSION = new RegExp(
  `\\b(il y a (2|3|4|5|6|7|8|9|\\d\\d|deux|trois|quatre|cinq|six|plusieurs|quelques) ans|(2|3|4|5|6|7|8|9|\\d\\d|two|three|four|five|six|several|a few) years ago|(pas pu|pas|jamais) (aller|alle|allee|passe|passee|passer|me presenter|presente|presentee|venir|venu|venue) (a |au |en )?(la |le )?(${LATER_SESSION_WORDS})|(rate|loupe|manque|missed|skipped|couldn t (go to|come to|make it to|sit|take|attend)|could not (go to|come to|make it to|sit|take|attend)|didn t (go to|come to|make it to|sit|take|attend)|did not (go to|come to|make it to|sit|take|attend)) (la |le |the |my )?((?:${MONTH_NAMES}) )?(${LATER_SESSION_WORDS})|absent (a |au |en )?(la )?(${LATER_SESSION_WORDS})|(c etait|c est|c t|ct|cetait|that was|it was|this was|was)( deja| already)? (a |au |a la |en |at |at the |the |la |le |my )?(${LATER_SESSION_WORDS})|(malade|absente?|hospitalisee?|sick|ill|in hospital)( [a-z]+){0,4} (le jour |the day |on the day )?(du |de la |d |of the |for the |at the )?(${LATER_SESSION_WORDS})|(${LATER_SESSION_WORDS})( [a-z0-9]+){0,12} (j etais (en deplacement|malade|absente?|a l hopital)|(je n ai |j ai )?pas pu (y )?(aller|venir|me presenter|le passer|la passer)|i (couldn t|could not|didn t|did not) (go|make it|attend|sit it)|i was (away|sick|ill|abroad|travelling|traveling)))\\b`,
);
/**
 * A grade weighed with the others: compensation, an overall average; an average's value said beside a unit's grade (« 12 de moyenne mais 8
 * en UTC502 », "a 12 average but 8 in UTC502": it said UTC502 validated with 12) — not a unit's own average (« 12 de moyenne en NFA031 »,
 * « 12 de moyenne à l'examen de NFA031 », "a 12 average at the NFA031 exam").
 */
const COMPENSATION = /\b(\d{1,2}(?:[.,]\d{1,2})? (de moyenne|average)(?! (en|a|au|pour|dans|in|for|at|on)(?: (?:l|la|le|the|my|mon|ma|a|an|premiere|deuxieme|first|second|final|examen|exam|partiel|rattrapage|resit|retake|session|1|2|de|d|du|of|for))* [a-z]{3} ?\d{3})|compens\w*|moyenne generale|moyenne annuelle|moyenne globale|moyenne sur (la|le|ma|mon|toute)|de moyenne (generale|en licence|sur)|overall average|average out|balance (each other )?out|make up for)\b/;
/** Sitting a unit's exam again: « repasser », "resit", "sit it again", "retake". */
const SIT_AGAIN = /\b(repasser|repasse|resit|retake|(sit|take|pass|do)( [a-z0-9]+){0,3} (exam |test )?again|refaire l examen|passer a nouveau|passer de nouveau|re passer)\b/;
const TO_IMPROVE = /\b(ameliorer|amelioration|remonter|augmenter|(faire )?monter (ma |la |mes |sa |son |cette )?(note|moyenne)|booster (ma |la )?(note|moyenne)|(bump|push) (it|my (grade|mark)) up|meilleure note|better (grade|mark)|improve|raise|repasser pour|retake (it )?to|resit (it )?to|plus haut|higher|(?:avoir|obtenir|decrocher) (?:plus(?! de (?:credits?|ects|cr))|mieux|une meilleure|une note plus)|get (?:more|higher|a higher|a better))\b/;
/** The grade aimed at, not the one got: « pour avoir 16 », "to get a 15", "for a 16" (not "for 10 years"). */
const TARGET_GRADE = /\b(?:pour (?:avoir|obtenir|viser|decrocher)|to get|for)(?: a| an| un| une)? (\d{1,2}(?:[.,]\d{1,2})?)\b(?!\s*(?:(?:ans?|years?|ects|credits?|h|heures?|hours?)\b|%))/;

/**
 * True when the grade counted was the later session's (« en session 2 j'ai eu 9 », "11 at the resit"):
 * then no session is left, the unit is taken again.
 */
function gradeAtLaterSession(rules: string, grade: number): boolean {
  return laterSessionGrades(rules).includes(grade);
}

const FIRST_SESSION = /\b(session 1|premiere session|first session|1ere session|session normale)\b/g;
const FIRST_SESSION_SAID = new RegExp(FIRST_SESSION.source);
const LATER_SESSIONS = new RegExp(LATER_SESSION.source, "g");
/** Both sessions named as where a grade was got: « aux deux sessions », "at both sessions". */
const BOTH_SESSIONS_WORDS = "(?:aux|a mes|at|in|on) (?:deux|2|both|both of the|the two|mes deux|les deux) (?:sessions|sittings)";
const BOTH_SESSIONS = new RegExp(String.raw`\b${BOTH_SESSIONS_WORDS}\b`, "g");
/**
 * Numbers that may be grades: not a session's number, nor credits, hours, years, nor a count of things (« deux
 * voyages », "two kids"), nor the 20 a grade is out of (« session 2 (7/20) »).
 */
const GRADE_NUMBERS = new RegExp(
  // (« pour les deux », "both": a count of units, no grade.)
  `(?<!session |sessions |ses |semestre |semester |\\/ ?|\\bsur |\\bout of |\\bles |\\baux |\\bof the )\\b${NUMBER}\\b(?!\\s*(?:${NOT_A_GRADE_AFTER}))`,
  "g",
);
/**
 * Right after a grade, its session named: « 11 à la session 2 », "11 at the resit"; or after the unit it was got in (« j'ai eu 8 à
 * RSX102 au rattrapage », "I got 8 in RSX102 at the resit": session 2's grade, none left after it); « 7 aux deux sessions »,
 * "8 at both sessions" too (the later one among them).
 */
const AT_LATER_SESSION = new RegExp(
  `^\\s*(?:(?:\\/|sur|out of|over)\\s*20\\s*)?(?:(?:a|en|in|for|on|de|d|pour)\\s+(?:l |the )?[a-z]{3}\\s?\\d{3}[a-z]?\\s*,?\\s*)?(?:(?:a|at|en|in|au|lors de)\\s+(?:la |the |sa |ma |my )?(?:[a-z]{3}\\s?\\d{3}[a-z]?\\s+)?(?:${LATER_SESSION_WORDS})|${BOTH_SESSIONS_WORDS}\\b)`,
);
/** Right after a grade, the first session named: « 7 en session 1 », "7 at the first session". */
const AT_FIRST_SESSION = /^\s*(?:(?:\/|sur|out of|over)\s*20\s*)?(?:a|at|en|in|au|lors de)\s+(?:la |the |sa |ma |my )?(?:session 1|premiere session|first session|1ere session|session normale|first attempt|first sitting)\b/;
/** Asking whether a volume is a mistake: « c'est une erreur ? », "is that a mistake?", « il y a un souci ? ». */
const ASKS_IF_MISTAKE = /\b(erreur|errone\w*|une faute|un souci|un probleme|anormal\w*|bizarre|mistake|error|wrong|typo|abnormal|weird|strange)\b/;
/**
 * A grade with decimals asked to be rounded: « 9,5 ça s'arrondit à 10 ? », "is 9.75 rounded up to 10?"; typed on a phone without
 * the apostrophe or with one r, « 9.5 sa sarrondi a 10 ou pas », « 9,5 c arondi ? » (it got « je ne sais pas »).
 */
const ROUNDED_GRADE = /\b(\d{1,2}[.,]\d{1,2})\b(?:\s*\/\s*20)?[^.?!]{0,25}\b([sl]?ar?rondi\w*|round\w*)/i;
/** Where a clause of its own begins: a comma, « si », « comme », « car », "since", "as", "because", « sachant que ». */
const CLAUSE_START = /[,;]|\b(?:si|since|as|car|comme|because|puisque|sachant que|vu que|given that|knowing that)\b/i;
/** The codes said passed in each clause read alone (« … pour UTC501 à 505 si j'ai déjà UTC501 et UTC502 ? »: UTC501 and UTC502). */
function passedInClauses(text: string): string[] {
  return text.split(new RegExp(CLAUSE_START.source, "gi")).flatMap((clause) => unitMentions(clause).filter((m) => m.role === "passed").map((m) => m.code));
}
/** A grade with decimals said to be raised to 10 by someone: « le jury remonte les 9,5 à 10 », "they bump 9.5 up to 10". */
const RAISED_GRADE = /\b(?:remont\w*|monte\w*|passe\w*|bump\w*|raise\w*|pushed?)\s+(?:les |le |un |a |the )?(\d{1,2}[.,]\d{1,2})\b(?:\s*\/\s*20)?\s+(?:a|to|up to|en)\s+10\b/;
/** A grade said first and asked whether it passes: « 9,9 c valide ou pas », "12 is that a pass?". */
const GRADE_THEN_PASSING = /^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:\/\s*20|sur 20)?\s+(?:c est |c |ca |est ce |is (?:it|that) |it s |that s )?(?:valide\w*|suffisant|suffit|ok|bon|a pass|passing|enough)\b/;
/** A unit taken without a diploma (the lexicon's phrase, read here without its global flag). */
const TAKEN_WITHOUT_A_DIPLOMA = new RegExp(WITHOUT_A_DIPLOMA.source);
/** Whether enrolling in a diploma is required to take a unit: « je suis obligé de m'inscrire à un diplôme ? », "do I have to enrol in a degree?". */
const MUST_ENROL_IN_A_DIPLOMA =
  /\b((oblige|obligee|obligatoire|faut il|il faut|dois je|je dois|besoin) (de |d )?(m inscrire|etre inscrite?|s inscrire|une inscription) (a|dans|en) (un|une) (diplome|formation diplomante|cursus|licence)|(do|must|should) i (have to |need to )?(enrol|enroll|register|be enrolled|be registered) (in|for) (a|an) (diploma|degree|programme|program))\b/;
/** The exam sat again, said as done: « j'ai repassé en septembre, résultat 9 », "I resat it and got 9". */
const SAT_AGAIN = /\b(j ai repasse|je l ai repasse|repasse en|repasse au|repassee en|retook|resat|sat it again)\b/g;
/** How near a session must be said to a grade to be its session. */
const SESSION_REACH = 30;

/**
 * The grades said of the later session: after its words (« … et au rattrapage 8 », "at the resit I got
 * 11"), nearer them than the first session's, or right before them (« 11 à la session 2 »). « J'ai eu
 * 8, je peux passer la session 2 ? » says no grade of session 2.
 */
function laterSessionGrades(rules: string): number[] {
  // « J'ai raté GLG105 aux deux sessions, 7 puis 8 », "I got 7 then 8": of two grades said one after the other, the second.
  // (« GLG105 7 puis 8, je fais quoi ? »: right after the unit's code, they are its grades, no sitting said.)
  const successive = SUCCESSIVE_GRADES.exec(rules);
  const ofTheCodeBefore = successive !== null && UNIT_CODE_RIGHT_BEFORE.test(rules.slice(0, successive.index));
  // (Only after a first grade below the pass mark: « 12 puis 8 » is validated with 12, session 2 being for those below 10 or absent.)
  if (successive && toNumber(successive[1] as string) < PASSING_GRADE && toNumber(successive[2] as string) <= 20 && (SITTINGS_SAID.test(rules) || ofTheCodeBefore)) return [toNumber(successive[2] as string)];
  // (« je peux m'inscrire au rattrapage si j'ai eu 8 ? », "can I take the resit if I got 8?": the later session asked to be sat, no
  // grade got at it — the 8 is the first session's.)
  // (« la session 2, on peut y couper si on a 9 ? », "can I skip the resit if I get 9?": a grade supposed, the later session asked to be
  // skipped — no grade got at it.)
  const supposed = SKIPS_IT.test(rules) ? SUPPOSED_GRADE.exec(rules) : null;
  if (supposed && toNumber(supposed[1]!) < PASSING_GRADE) return [];
  const sat = [...rules.matchAll(LATER_SESSIONS)].filter((m) => !TO_SIT_IT.test(rules.slice(0, m.index ?? 0)));
  const ends = [...sat, ...rules.matchAll(SAT_AGAIN), ...rules.matchAll(BOTH_SESSIONS)].map((m) => (m.index ?? 0) + (m[0] as string).length);
  if (ends.length === 0) return [];
  const firstEnds = [...rules.matchAll(FIRST_SESSION)].map((m) => (m.index ?? 0) + (m[0] as string).length);
  const after = (at: number, spanEnds: readonly number[]) => Math.min(Infinity, ...spanEnds.filter((end) => end <= at).map((end) => at - end));
  return [...rules.matchAll(GRADE_NUMBERS)]
    .filter((m) => {
      const at = m.index ?? 0;
      const following = rules.slice(at + (m[0] as string).length);
      const saidBefore = AT_LATER_SESSION.test(following);
      // « rattrapage 12 après 7 en session 1 »: the 7 is the first session's, however near the resit's words.
      if (!saidBefore && AT_FIRST_SESSION.test(following)) return false;
      const toLater = after(at, ends);
      return saidBefore || (toLater <= SESSION_REACH && toLater < after(at, firstEnds));
    })
    .map((m) => toNumber(m[1] as string))
    .filter((grade) => grade <= 20);
}

/** The later session asked to be registered for or sat, just before its name: « m'inscrire au », « can I take the ». */
const TO_SIT_IT =
  /\b(?:(?:s |m |me |se )?(?:re)?inscri\w*|register|registration|sign up|signup|enrol|enroll|(?:je peux|puis je|pourrai je|est ce que je peux|can i|could i|may i|am i allowed to) (?:passer|aller a|aller en|take|sit|go to))(?: again| a nouveau| de nouveau)? (?:au|a la|a l|a|en|pour le|pour la|for the|for|to the|to|the|le|la)\s*$/;
/** Asking to be spared a sitting: « on peut y couper », « y échapper », « l'éviter », "skip it", "get out of it". */
const SKIPS_IT = /\b(?:(?:eviter|sauter|zapper|echapper a|couper a|skip|avoid) (?:le |la |au |a la |the )?(?:rattrapage|session 2|seconde session|deuxieme session|resit|second session)|y couper|y echapper|l eviter|la sauter|la zapper|s en passer|m en passer|(?:oblige|obligee|obligatoire)\w* (?:de la passer|d y aller)|skip (?:it|the resit|session 2|the second session)|avoid (?:it|the resit)|get out of (?:it|the resit))\b/;
/** Whether the words (folded) ask to be spared a sitting: « on peut l'éviter », "skip it". */
export function skipsASitting(words: string): boolean {
  return SKIPS_IT.test(words);
}
/** A grade supposed, not got: « si on a 9 », « si j'ai 8 », "if I get 9", "if I have 8". */
const SUPPOSED_GRADE = /\b(?:si (?:on a|j ai|j obtiens|on obtient|je fais|on fait|je n ai que|on n a que)|if (?:i|we|you) (?:get|have|got|score))\s+(?:un |une |a |an |only )?(\d{1,2}(?:[.,]\d{1,2})?)\b/;
/** Two grades said one after the other: « 7 puis 8 », "7/20 then 8". */
const SUCCESSIVE_GRADES = new RegExp(
  `\\b${NUMBER}(?:\\s*(?:\\/|sur)\\s*20)?\\s*,?\\s+(?:puis|then|ensuite|et ensuite|and then|et apres)\\s+(?:j ai eu |i got |un |une |a |an )?${NUMBER}\\b(?!\\s*(?:\\/|sur)?\\s*(?:${NOT_A_GRADE_AFTER}))`,
);
/** A unit's code ending the text before two grades: « GLG105 7 puis 8 », « UTC505 : 7 then 8 ». */
const UNIT_CODE_RIGHT_BEFORE = /\b[a-z]{3}\s?\d{3}[a-z]?\s*[:(=,-]?\s*$/;
/** Exams sat more than once, or grades got, said: what makes two numbers one after the other two grades. */
const SITTINGS_SAID = /\b(deux sessions|2 sessions|both sessions|both times|two sessions|les deux fois|aux deux|session 1|session 2|rattrapage|resit|j ai eu|jai eu|i got|rate|echoue|failed|notes?|grades?|marks?)\b/;

function recognizeGrade(rules: string, words: string): number | undefined {
  // « j'ai eu 8 au premier devoir de NFA008 »: a homework's grade, no exam's (it was said below 10, credits not earned, session 2).
  if (HOMEWORK_GRADE.test(words)) return undefined;
  // « 9,5 ça s'arrondit à 10 ? », "is 9.75 rounded up?": the grade said, not the one hoped for.
  const rounded = ROUNDED_GRADE.exec(rules) ?? RAISED_GRADE.exec(rules) ?? GRADE_THEN_PASSING.exec(rules);
  if (rounded && toNumber(rounded[1] as string) <= 20) return toNumber(rounded[1] as string);
  // "9/20 at the first session, then at the second session I got 9.5": the later session's grade, however written.
  const laterFirst = laterSessionGrades(rules);
  if (laterFirst.length > 0 && FIRST_SESSION_SAID.test(rules)) return laterFirst.at(-1);
  const outOf20 = GRADE_OUT_OF_20.exec(rules);
  if (outOf20) {
    const grade = toNumber(outOf20[1] as string);
    if (grade > 20) return undefined;
    // "Faut-il 10/20 pour valider ?" asks for the rule, not about the learner's own grade.
    if (grade === 10 && !FIRST_PERSON.test(words)) return undefined;
    return grade;
  }
  // « 7 à la première session puis 11 à la session 2 »: the later grade is the one that counts.
  const all = [...rules.matchAll(GRADES_IN_ORDER)]
    .map((m) => toNumber((m[1] ?? m[2]) as string))
    .filter((g) => g <= 20);
  // « 5 en session 1, et au rattrapage 8 », « 7 puis 11 à la session 2 »: the later session's grade counts.
  const later = laterSessionGrades(rules);
  if (later.length > 0) return later.at(-1);
  if (all.length > 1 && LATER_SESSION.test(words)) return all[all.length - 1];
  // « avec 10 pile je valide ? », "with exactly 10 do I pass?": a number said with passing is a grade too.
  const stated = GRADE_STATED.exec(rules) ?? NOTE_IS.exec(rules) ?? (GRADING_NOUN.test(words) || PASSING.test(words) ? GRADE_WEAK.exec(rules) : null);
  if (stated) {
    const grade = toNumber(stated[1] as string);
    if (grade <= 20) return grade;
  }
  return undefined;
}

/** A grade said of homework, an assignment, a project, a lab: « j'ai eu 8 au premier devoir », "I got 12 on my first assignment". */
const HOMEWORK_GRADE =
  /\b(j ai eu|jai eu|i got|i scored|i had)\s+(un |une |a )?\d{1,2}([.,]\d{1,2})?( ?\/ ?20| sur 20)? (au|a|a mon|a ma|a la|on|in|for|pour) (mon |ma |le |la |the |my |un |une |a )?(premier |premiere |first |deuxieme |second |dernier |last )?(devoir|devoirs|homework|assignment|exercice|exercise|quiz|projet|project|tp|td|controle continu|partiel blanc|mock exam|dm)\b/;

/**
 * A credits/hours question asks for a conversion or a check (« combien d'heures ? », « 54 h c'est ok
 * pour 6 ECTS ? », "how many credits is 65 h?"); numbers in a question about fees, personal work,
 * exams or the time classes start are not one.
 */
const CONVERSION_QUESTION =
  /\b(combien|cb|how many|how much|how long|c est quoi|ca fait|ca represente|represente|represent|corresponds?|correspondent|correspondance|equivaut|equivalent|equivalence|equals?|egal|egale|vaut|valent|worth|convert\w*|conversion|en heures|en ects|en credits|in hours|in credits|duree|dure|durent|volume|nombre d heures|number of hours|ok|okay|bon|normal|correct|suffisant|assez|plausible|coherent|conforme|normes?|standard|reglementaire|en tout|au total|in total|altogether|plage|range|enough|right|valid|possible|ca passe|acceptable|fine|tolerance|consistent|match|matches|in line|within|workload|charge de travail)\b|=|^ *\d/;
/** How many units, asked: « combien d'UE de 6 ECTS », "how many 6-credit units", « je peux en caser combien ». */
/** More class hours than any unit's reference (8 ECTS: 65 h, up to 71.5 h). */
const MOST_HOURS_OF_ONE_UNIT = 72;
/** Credits asked: « combien de crédits », "how many ECTS". */
const CREDITS_ASKED = /\b(combien|how many|cb|nombre) (de |d |of )?(credits?|ects)\b/;
const HOW_MANY_UNITS = /\b(combien d (ue|unites?|modules?|cours)|how many (\d+ ?(ects|credits?|credit) )?(units?|ues?|modules?|courses?|classes)|(en|j en) (caser|prendre|faire|suivre) combien|combien (je peux|puis je|on peut) en (caser|prendre|faire|suivre))\b/;
/** A check of one unit's hours against its credits: « 54 h c'est ok pour 6 ECTS ? », "is 55 hours right for a 6-credit unit?". */
function checksOneUnit(questionWords: string): boolean {
  return /\b(une ue|un module|a unit|one unit|a module|a course|une unite)\b/.test(questionWords) && !HOW_MANY_UNITS.test(questionWords);
}

/** What to take, asked: « je peux prendre quoi ? », « quelles UE ? », "what can I take?". */
const WHAT_TO_TAKE =
  /\b((je )?(peux|pourrais|pourrai|dois) (prendre|suivre|faire) (quoi|combien)|quoi prendre|que prendre|quelles? ue|combien d ue|what can i (take|do)|how many units|which units|(the )?most (ects|credits)|max(imum)? (of )?(ects|credits)|le (plus|maximum) d (ects|credits)|combien d (ects|credits) (je peux|puis je|on peut|max|au maximum)|how many (ects|credits) (can|could|would) i|(can|could) i (fit|get|take))\b/;
// (« will it fit my hours? », « ça colle avec mes heures de boulot ? »: one's own hours, a timetable asked, not the unit's volume.)
const NOT_A_CONVERSION =
  /\b(expire\w*|perime\w*|still (valid|count)|toujours valables?|encore valables?|valables? combien|lose|perdre|perdu|prix|tarifs?|couts?|coute|frais|payer|payant|euros?|price|cost|costs|fees?|pay|tuition|expensive|cher|travail perso\w*|travail personnel|personal (work|study)|homework|devoirs?|revisions?|reviser|self study|inclu\w*|compris|comprend|hors|exclu\w*|examens?|exams?|partiels?|commence\w*|start\w*|debut\w*|finis\w*|finish\w*|termine\w*|end|ends|enseignants?|teachers?|profs?|places?|seats?|par semaine|per week|a week|each week|hebdo\w*|par jour|per day|a day|par mois|per month|a la maison|chez moi|at home|(?<!\b(?:heures?|h|hours?|ects|credits?)(?: de cours)? )en plus(?! de (?:mon|ma|mes|son|sa) (?:boulot|travail|job|emploi|taf|activite))|on top(?! of (?:my|a|a full time|full time) (?:job|work))|extra|supplementaires?)\b|\b(?:fit|fits|suit|suits|match|matches|work with|works with|colle|coller|collera|va avec|ira avec|compatibles?) (?:in |with |avec )?(?:my|mes|mon) (?:[a-z]+ )?(?:hours|heures)\b/;

/** The credits to reach, said as a bare number after « pour », « arriver à », "to get": « combien d'années pour 60 ? ». */
// (« pour arriver aux 60 », « jusqu'aux 60 »: the goal said with its article.)
const GOAL_NUMBER = new RegExp(String.raw`\b(?:pour|pr|pour avoir|pour arriver a|arriver a|arrive a|arriverai a|arriver aux|arrive aux|arriverai aux|atteindre|atteins|atteindrai|jusqu a|jusqu aux|to get|to reach|reach|get to|for|to)\s+(?:les\s+|the\s+)?${NUMBER}\b`, "g");

/** A unit's credits said right before its code: "the 3-credit UTC504", « une UE de 3 crédits UTC504 » (after it: CREDITS_OF_A_CODE). */
const CREDITS_BEFORE_A_CODE = /\b\d{1,2}\s*-?\s*(?:ects|credits?)\s+(?:(?:ue|unit|unite)\s+)?([a-z]{3}\s?\d{3}[a-z]?)\b/g;
/** A pace said: « 12 crédits par an », « 2 UE de 6 ECTS par semestre », « une UE par semestre », "12 credits per semester". */
const PACE = new RegExp(
  String.raw`\b(${NUMBER}|une|un|one|a single)\s*(ects|credits? ects|credits?|cr|ue|ues|unites?|units?|modules?|cours|matieres?)(?:\s*(?:de|of|a|at|x|worth)\s*${NUMBER}\s*(?:ects|credits?)?)?\s*(?:par|per|a|an|each|every|chaque|\/)\s*(semestres?|semesters?|terms?|ans?|annees?|years?)\b`,
);

/** A count of units whose credits come first: "one 6-credit unit", "two 3 ECTS courses". */
const UNIT_OF_CREDITS_FIRST = /\b(\d{1,2}|une|un|one|a single|a)\s+(\d{1,2})\s*-?\s*(?:ects|credits?)\s+(ues?|unites?|units?|modules?|courses?|cours)\b/g;

/**
 * « Si je prends 2 UE de 6 ECTS par semestre, il me faut combien de semestres pour 36 ECTS ? », « je fais 12 crédits par an,
 * combien d'années pour 60 crédits ? »: a duration asked, a pace said, and the credits to reach.
 */
/** Whether credits are kept or lost asked: « mes crédits sont gardés ? », "do I lose my credits?". */
const CREDITS_KEPT =
  /\b(credits?|ects)\b.{0,30}\b(gardes?|conserves?|perdus?|restent|reste acquis|kept|lost|still (count|valid))\b|\b(garde|gardes|conserve|perds|perdre|perd|keep|lose|losing)( \w+){0,3} (mes |my |les |the |ses |its )?(credits?|ects)\b/;

/** Credits said held: « j'ai déjà 24 ECTS », "I already have 24 credits". */
const CREDITS_HELD = new RegExp(String.raw`\b(?:deja|already|j ai|i have|i ve got)\s+(?:\w+\s+){0,2}?${NUMBER}\s*(?:ects|credits?)`);
/** Credits said held, the word after them: « 24 ECTS validés », "24 credits earned". */
const CREDITS_HELD_AFTER = new RegExp(String.raw`\b${NUMBER}\s*(?:ects|credits?)\s+(?:deja\s+|already\s+)?(?:valides?|acquis|obtenus?|capitalises?|earned|passed|validated|gained)\b`);

/**
 * The credits the learner says they hold, without naming units: « j'ai 24 ECTS, combien de temps pour finir la licence ? », "I already
 * have 24 credits". Undefined when none is said.
 */
export function creditsHeld(text: string): number | undefined {
  const words = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const held = CREDITS_HELD.exec(words) ?? CREDITS_HELD_AFTER.exec(words);
  return held ? Number(held[1]!.replace(",", ".")) : undefined;
}

/**
 * A pace whose number goes without its unit, the credits or units said before it: « j'ai déjà 21 ECTS. Si j'en valide 12 par an »,
 * "I have 21 ECTS. If I pass 12 a year" (the number is what is earned, a verb of earning before it).
 */
const BARE_PACE = new RegExp(
  String.raw`\b((?:j en|jen|en|i|i can|i could|i ll|i will) (?:valide|valid|fais|fait|prends|prend|passe|obtiens|obtient|gagne|rajoute|ajoute|pass|earn|get|do|take|validate|complete|add))\s+(?:environ |about |around )?${NUMBER}(?=\s*(?:par|per|a|an|each|every|chaque|\/)\s*(?:semestres?|semesters?|terms?|ans?|annees?|years?)\b)`,
);
/** Verbs of taking units, not of earning credits. */
const TAKEN_NOT_EARNED = /\b(fais|fait|prends|prend|passe|do|take|rajoute|ajoute|add)$/;
/** Credits a term below which a number taken is units (« 2 par semestre »): no unit has fewer than 2 ECTS, few learners earn under 6. */
const FEWEST_CREDITS_A_TERM = 6;
/** What such a number counts: the last credits or units said before it. */
const COUNTED_BEFORE = /\b(ects|credits?|ue|ues|unites?|units?)\b(?!.*\b(?:ects|credits?|ue|ues|unites?|units?)\b)/;

/** « j'en valide 12 par an » after « 21 ECTS »: the number with what it counts (« 12 ects par an »), for PACE to read. */
function withPaceCounted(rules: string): string {
  const bare = BARE_PACE.exec(rules);
  const counted = bare ? COUNTED_BEFORE.exec(rules.slice(0, bare.index)) : null;
  // « j'ai 20 ECTS, si j'en prends 2 par semestre »: units are taken, credits earned; a few taken are units, not credits.
  if (bare && counted && /^(ects|credits?)$/.test(counted[1]!) && TAKEN_NOT_EARNED.test(bare[1]!) && toNumber(bare[2]!) < FEWEST_CREDITS_A_TERM) {
    return `${rules.slice(0, bare.index)}${bare[1]} ${bare[2]} ue${rules.slice(bare.index + bare[0].length)}`;
  }
  if (bare && counted) return `${rules.slice(0, bare.index)}${bare[1]} ${bare[2]} ${counted[1]}${rules.slice(bare.index + bare[0].length)}`;
  // "I have 3 units left, one per semester": a number alone at a clause's start, a period after it.
  const alone = NUMBER_ALONE_PACE.exec(rules);
  const countedBefore = alone ? COUNTED_BEFORE.exec(rules.slice(0, alone.index)) : null;
  return alone && countedBefore ? `${rules.slice(0, alone.index)}${alone[1]}${alone[2]} ${countedBefore[1]}${rules.slice(alone.index + alone[0].length)}` : rules;
}
/** A number alone after a comma or « et », its period after it: ", one per semester", « , 2 par an ». */
const NUMBER_ALONE_PACE = new RegExp(String.raw`([,;] |\b(?:and|et|at|a|with) )(${NUMBER}|une|one)(?=\s*(?:par|per|a|each|every|chaque|\/)\s*(?:semestres?|semesters?|terms?|ans?|annees?|years?)\b)`);

function recognizePace(said: string, questionWords: string): Pace | undefined {
  if (!HOW_LONG.test(questionWords) && !WHEN_DONE_ASKED.test(questionWords)) return undefined;
  // "one 6-credit unit per semester", « une UE de 6 ECTS par semestre »: the unit's credits said before it, as after it.
  // ("I need 24 more credits": the credits still to reach.)
  // (« jai deja 24 ects a 12 credit par an »: credits held, then a pace of credits — not units of 24 ECTS at 12.)
  const rules = withPaceCounted(said.replace(/\b(\d{1,3}) ?(ects|credits?) (a|at) (\d{1,3}) ?(ects|credits?)\b/, "$1 $2, $3 $4 $5"))
    .replace(UNIT_OF_CREDITS_FIRST, (_all, count: string, ects: string, unit: string) => `${count === "a" ? "one" : count} ${unit} de ${ects} ects`)
    .replace(/\b(\d{1,3}) (?:more|extra|additional|remaining|other|autres|supplementaires) (ects|credits?)\b/g, "$1 $2");
  const match = PACE.exec(rules);
  if (!match) return paceUnsaid(rules);
  const count = /^\d/.test(match[1]!) ? toNumber(match[1]!) : 1;
  const credits = /^(ects|credits? ects|credits?|cr)$/.test(match[3]!);
  // « 2 UE de 6 ECTS par an », « 2 ue par an de 6 ects »: the units' credits before or after the period.
  const after = rules.slice((match.index ?? 0) + match[0].length);
  const ectsAfter = /^\s*(?:de|of|a|at|x|worth)\s+(\d{1,2})\s*(?:ects|credits?)\b/.exec(after);
  const unitEcts = match[4] !== undefined ? toNumber(match[4]) : !credits && ectsAfter ? toNumber(ectsAfter[1]!) : undefined;
  const rest = withCreditsSaid(rules.replace(match[0], " ").replace(ectsAfter && !credits ? ectsAfter[0] : "\u0000", " "));
  const per = /^(semestres?|semesters?|terms?)$/.test(match[5]!) ? "semester" : "year";
  // « Il me reste 3 UE, à 1 UE par semestre »: units left at a pace of units, counted in units.
  const unitsLeft = credits ? null : UNITS_LEFT.exec(rest);
  if (unitsLeft && !CREDITS_LEFT.test(rest)) {
    const target = toNumber(unitsLeft[1] ?? unitsLeft[2]!);
    if (target <= 0 || target > 60 || count <= 0 || count > 20) return undefined;
    return { target, per, units: count, inUnits: true };
  }
  // Credits already held (« j'ai déjà 24 ECTS ») are not the goal; the goal is the credits to reach (« pour arriver à 60 »),
  // said with its unit or after « pour », "to get".
  // (« J'ai déjà 18 ECTS et il me reste 24 ECTS à passer »: the credits said left are what is to reach, whatever is held.)
  const left = CREDITS_LEFT.exec(rest);
  const held = left ? null : CREDITS_HELD.exec(rest);
  const goalRest = held ? rest.replace(held[0], " ") : rest;
  const target = left ? toNumber(left[1] ?? left[2]!) : (firstNumber(goalRest, ECTS_MENTION) ?? firstNumber(goalRest, GOAL_NUMBER));
  const done = held ? toNumber(held[1]!) : 0;
  if (target === undefined || count <= 0 || count > 60 || target - done <= 0) return undefined;
  const ects = credits ? count : unitEcts !== undefined ? count * unitEcts : undefined;
  return { target: target - done, per, ...(done > 0 ? { held: done, goal: target } : {}), ...(ects !== undefined ? { ects } : { units: count }) };
}

/**
 * Credits held and a goal said, no pace: « J'ai 30 ECTS validés, il me faut 60, combien de temps encore ? », "I have 24 credits and
 * need 60, how long?" — what is left, for the answer to weigh at a few paces (it got the hours of 30 ECTS).
 */
function paceUnsaid(rules: string): Pace | undefined {
  const held = CREDITS_HELD.exec(rules) ?? CREDITS_HELD_AFTER.exec(rules);
  // (« … il me faut 60 pour la licence, combien de temps avec 2 soirs par semaine ? »: a diploma or evenings said make it a plan.)
  if (!held || DIPLOMA_NAMED.test(rules) || EVENINGS_SAID.test(rules)) return undefined;
  const rest = rules.replace(held[0], " ");
  const goalSaid = GOAL_SAID.exec(rest);
  const goal = goalSaid ? toNumber(goalSaid[1]!) : firstNumber(rest, GOAL_NUMBER);
  const done = toNumber(held[1]!);
  if (goal === undefined || goal > 300 || goal - done <= 0) return undefined;
  return { target: goal - done, per: "semester", held: done, goal, unsaid: true };
}
/** Evenings or Saturdays said, what a plan weighs: « 2 soirs par semaine », "only Saturdays". */
const EVENINGS_SAID = /\b(soirs?|soirees?|evenings?|nights?|samedis?|saturdays?)\b/;
/** A goal of credits said needed: « il me faut 60 », « il m'en faut 60 », « il en faut 180 », "I need 60", « sur 60 ». */
const GOAL_SAID = new RegExp(String.raw`\b(?:il (?:me |m en |en )?faut|i need|we need|need|requires?|sur|out of)\s+(?:au total\s+|in total\s+)?${NUMBER}\b(?!\s*(?:h|heures?|hours?|ans?|years?|semestres?|semesters?)\b)`);

/** When one will be done, asked: « j'aurai fini quand ? », « je finis quand », "when will I be done / finish?". */
const WHEN_DONE_ASKED = /\b((j aurai|jaurai|je serai|j aurais) (fini|termine|fini la|diplome)\w* quand|quand (est ce que )?(j aurai|je finirai|je vais finir|je termine|je finis|je serai)|quand (aurai je|aurais je|finirai je|serai je|vais je finir)|(je finis|je termine|je finirai|je terminerai) quand|when (will|would|do|can) i (be done|be finished|finish|graduate|be through))\b/;
/** Credits said left: « il me reste 24 ECTS », « 24 ECTS à passer », "24 credits left". */
/** The words before what is said left: « il me reste », « restent », "I still need". */
const LEFT_SAID = String.raw`il me reste|me reste|il reste|reste|restent|i still need|still need|i still have`;
const CREDITS_LEFT = new RegExp(String.raw`\b(?:${LEFT_SAID})\s+(?:encore\s+)?${NUMBER}\s*(?:ects|credits?)|\b${NUMBER}\s*(?:ects|credits?)\s+(?:d ue |of units )?(?:left|remaining|to go|a passer|a valider|restants?)\b`);

/** Units said left: « il me reste 3 UE », « 3 UE à valider », "I have 3 units left", "3 more courses to go". */
const UNITS_LEFT = new RegExp(String.raw`\b(?:${LEFT_SAID}|i need)\s+(?:encore\s+)?(?:que\s+)?${NUMBER}\s*(?:ue|ues|unites?|units?|modules?|cours|courses?|matieres?)\b|\b${NUMBER}\s*(?:ue|ues|unites?|units?|modules?|cours|courses?|matieres?)\s+(?:left|remaining|to go|a passer|a valider|a faire|restant\w*)\b`);

/** A number of units a semester: « une UE par semestre », « 2 UE chaque semestre », "one unit per semester" (not credits, not a year). */
const UNITS_A_SEMESTER = /\b(\d{1,2}|une?|one|a single|a) (?:seule )?(?:ue|ues|unites?|units?|modules?|cours|courses?|matieres?) (?:par|per|a|each|every|chaque|\/) ?(?:semestres?|semesters?|terms?)\b/;
function unitsPerSemester(rules: string): number | undefined {
  const said = UNITS_A_SEMESTER.exec(rules);
  if (!said) return undefined;
  const count = /^\d/.test(said[1]!) ? toNumber(said[1]!) : 1;
  return count >= 1 && count <= 6 ? count : undefined;
}

/** Time of one's own to study each week: « j'ai 5 h par semaine », "I can study about 4 hours a week", « je peux y consacrer 6 h par semaine ». */
const WEEKLY_STUDY =
  /\b(?:j ai|i have|i ve got|i got|je dispose de|je peux (?:y )?(?:consacrer|mettre|etudier|bosser mes cours)|i can (?:study|spare|give|devote|put in|manage)|i could (?:study|spare|give|devote)|study|etudier|reviser)\s+(?:about |around |roughly |maybe |approximately |environ |a peu pres |genre |peut etre |max |au plus |at most )?(\d{1,2}(?:[.,]\d)?)\s*(?:h|heures?|hours?|hrs?)\b(?: [a-z]+)?\s+(?:a|per|par|each|chaque|every|\/)\s*(?:week|semaine|sem)\b/;
/** Hours said of one's job: « au boulot », « au travail », « je bosse », "at my job", "at work". */
const WORKING_TIME =
  /\b(au boulot|au travail|au taf|au bureau|de boulot|de travail|de taf|en entreprise|a mon (travail|boulot|poste)|je bosse|je travaille|jbosse|at (my |the )?(job|work|office)|for (my |the )?(job|work|employer)|of work|i work|working|my job|on the job)\b/;
/** The weeks a semester is said to have: « 15 semaines », "roughly 15 weeks". */
const WEEKS_SAID = /\b(\d{1,2})\s*(?:weeks?|semaines?)\b/;
/** Credits asked of a semester, not of a year nor a diploma. */
const CREDITS_OF_A_SEMESTER = /\b(per|par|a|each|chaque|every|in a|in one|dans un|sur un|en un) (semestre|semester|term)\b/;

/** The learner's weekly time for studying, with credits asked of a semester: undefined otherwise (a job's hours are no study time). */
function weeklyStudyTime(rules: string, questionWords: string): WeeklyTime | undefined {
  if (!CREDITS_ASKED.test(questionWords) || !CREDITS_OF_A_SEMESTER.test(questionWords) || HOURS_ASKED.test(questionWords)) return undefined;
  const said = WEEKLY_STUDY.exec(rules);
  // « j'ai 35 h par semaine au boulot », "I have 40 hours a week at my job": working time, no time to study (it got the weeks a unit takes).
  if (!said || WORKING_TIME.test(rules.slice(Math.max(0, said.index - 20), said.index + said[0].length + 30))) return undefined;
  const hours = toNumber(said[1]!);
  const weeks = WEEKS_SAID.exec(rules.replace(said[0], " "));
  const weekCount = weeks ? toNumber(weeks[1]!) : undefined;
  if (hours <= 0 || hours > 40) return undefined;
  return { hours, ...(weekCount !== undefined && weekCount >= 4 && weekCount <= 30 ? { weeks: weekCount } : {}) };
}

/** The message ends asking what the thing it told of is: "what is that thing?", « c'est quoi ? », « qu'est-ce que c'est ? » (folded words). */
const WHAT_IS_THAT = /\b(what (is|s) (that|it|this)( thing| exactly)?|what does (that|it|this) mean|c est quoi( ca| ce truc| cette chose| exactement)?|qu est ce que c est( que ca| que ce truc| exactement)?|ca veut dire quoi|ca consiste en quoi)\s*$/;
/** A kind of unit the content explains and the hours table does not: a UA, a US (« unité spécifique »). */
const KIND_OF_UNIT_NAMED = /\b(ua|uas|unite d activite|unites d activite|activity units?|unites? specifiques?|specific units?)\b/;
/** What a kind of unit is, asked by its name: "what exactly is a UA?", « c'est quoi une UA ? », « qu'est-ce qu'une US ? ». */
const WHAT_A_KIND_IS = new RegExp(String.raw`\b(?:what (?:exactly |actually )?(?:is|s|are) (?:a |an |the )?|c est quoi (?:exactement )?(?:une |un |les |l )?|qu est ce qu (?:une |un |est (?:une |un )?)|ce qu est (?:une |un )?)${KIND_OF_UNIT_NAMED.source.slice(2)}`);
/**
 * What a UA or a US is, asked after its credits were told, or asked by its name with its credits told after ("what exactly is a UA?
 * My licence page mentions one worth 17 credits."); no hours asked.
 */
function asksWhatThatKindIs(words: string, questionWords: string): boolean {
  // (« c'est quoi une UA de 17 crédits en heures ? » asks its hours, as before.)
  return ((WHAT_IS_THAT.test(questionWords.trim()) && KIND_OF_UNIT_NAMED.test(words)) || (WHAT_A_KIND_IS.test(questionWords) && !/\b(heures?|hours?|h)\b/.test(questionWords))) && !HOURS_ASKED.test(questionWords);
}

function recognizeCreditHours(rules: string, words: string, codes: string[], questionWords: string, questionRules: string = rules): RuleIntent | undefined {
  // « mes crédits d'UTC504 sont gardés si je rate NFA031 ? »: whether credits are kept, no count of them.
  if (CREDITS_KEPT.test(questionWords)) return undefined;
  // "I can study about 4 hours a week … If a semester is roughly 15 weeks, how many credits could I take per semester?": the learner's
  // weekly time over a semester, as a budget of class hours (it got the page on personal work alone).
  const weekly = weeklyStudyTime(rules, questionWords);
  if (weekly) return { kind: "credit-hours", codes: [], ...(weekly.weeks !== undefined ? { hours: weekly.hours * weekly.weeks } : {}), atMost: true, weekly };
  // "the licence has a 'UA' worth 17 credits but no classes. What is that thing?", « une UA de 17 crédits sans cours, c'est quoi ? »:
  // what a kind of unit is, its credits told; the content says it (it got the hours table, « no reference volume for 17 ECTS »).
  if (asksWhatThatKindIs(words, questionWords)) return undefined;
  // Read in the question: « deux soirs par semaine » in the situation does not make « combien d'heures ? » a weekly count.
  // « I work 40 hours a week »: the learner's own time, not what is asked; « sans compter les révisions »
  // says personal work is left out, so the class hours are what is asked.
  // « Je bosse 39 h par semaine, une UE de 6 ECTS en plus c'est jouable ? »: the unit's volume says what it takes.
  const feasible = FEASIBLE.test(questionWords) && !/\b(prix|couts?|coute|frais|euros?|price|cost|fees?|examens?|exams?)\b/.test(questionWords);
  if (!feasible && NOT_A_CONVERSION.test(withoutTimesOfDay(questionWords).replace(LEFT_OUT, " "))) return undefined;
  // Unit codes carry digits ("NFA031", "nfa 031"): removed so they are not read as quantities.
  // "the 3-credit UTC504", « NFA031 (6 ECTS) »: a unit's own credits said beside its code are no other unit.
  const ownCreditsSet = withoutTimesOfDay(rules).replace(CREDITS_BEFORE_A_CODE, "$1").replace(CREDITS_OF_A_CODE, "$1");
  const text = withCreditsSaid(withoutCodes(ownCreditsSet, codes));
  // "My employer pays from 45 hours … is 54 hours ok for 6 ECTS?": the number in the question, before the situation's.
  const asked = withCreditsSaid(withoutCodes(withoutTimesOfDay(questionRules).replace(CREDITS_BEFORE_A_CODE, "$1").replace(CREDITS_OF_A_CODE, "$1"), codes));
  const ects = firstNumber(asked, ECTS_MENTION) ?? firstNumber(text, ECTS_MENTION);
  const hours = firstNumber(asked, HOURS_MENTION) ?? firstNumber(text, HOURS_MENTION);
  // « 40 h pour NFA040, c'est pas un peu léger ? », « NFA031 on m'annonce 30 h, c'est une erreur ? »: one unit's hours said and judged,
  // against its own credits, not a conversion of the hours (nor, with « planning » told, its timetable).
  // (« j'ai mis 20h sur le projet de NFA031, c'est peu ? », « le trajet … c'est 2 h, c'est trop ? »: hours of something else.)
  if (codes.length === 1 && hours !== undefined && ects === undefined && (ASKS_IF_MISTAKE.test(questionWords) || VOLUME_JUDGED.test(questionWords)) && !HOURS_OF_SOMETHING_ELSE.test(words)) return { kind: "credit-hours", hours, codes, mistake: true };
  // « 6 crédits, ça peut faire 55 h ? »: both numbers in a question is a check of one against the other.
  const checksBoth = ects !== undefined && hours !== undefined && /\?\s*$/.test(text.trim());
  // « … un module de 2 crédits et un de 6. Une UE de 2 crédits c'est combien d'heures ? »: the units the question says, when it
  // says some and no total of the situation's (the situation's and the question's had been added up: 94 h for 10 ECTS, false).
  const ofTheQuestion = asked !== text && firstNumber(asked, ECTS_MENTION) !== undefined && !/\b(en tout|au total|in total|total|ensemble|together|les deux|both|tout compris)\b/.test(questionWords);
  const byCredits = ects !== undefined && hours === undefined ? unitsByCredits(ofTheQuestion ? asked : text) : undefined;
  // « j'ai 3 UE de 6 ECTS et GDN100, ça fait combien d'heures ? »: units by their credits added to units named are counted with them.
  const addedToNamed = ects !== undefined && hours === undefined && codes.length > 0 && !ofTheQuestion ? unitsAddedToNamed(withCreditsSaid(ownCreditsSet), byCredits) : undefined;
  const units = addedToNamed ?? byCredits;
  // « une UE de 4 ECTS + une de 8 ? »: values of credits added up ask for their hours.
  const sum = units !== undefined && /\+|\?\s*$/.test(text.trim());
  // "Is one 6 ECTS unit the same amount of class time as two 3 ECTS units?": two amounts compared, a yes or no first (it added them up).
  const compare = units?.length === 2 && hours === undefined && !addedToNamed ? comparisonAsked(questionWords) ?? sameOfTwoOptions(words, questionWords) : undefined;
  if (compare && units) return { kind: "credit-hours", ...(ects !== undefined ? { ects } : {}), codes, units: inOrderSaid(units, ofTheQuestion ? asked : text), compare };
  // « une UE de 6 ECTS et deux de 3, ça fait plus que 100 heures ? »: units said by their credits against the hours the question says
  // they may go over — their sum, « Oui » when it does (it checked whether 100 h are one 6-ECTS unit's: « Non … 100 % »).
  const overSum = ects !== undefined && hours !== undefined && OVER_HOURS.test(questionWords) && asksIfOver(questionWords) ? unitsByCredits(text) : undefined;
  if (overSum) return { kind: "credit-hours", hours, codes, atMost: true, units: overSum, exceeds: true };
  // « mon employeur me finance 100h de formation, je peux prendre quoi ? »: what a budget of hours holds.
  const whatABudgetHolds = ects === undefined && hours !== undefined && AT_MOST_HOURS.test(foldedWords(text)) && WHAT_TO_TAKE.test(questionWords);
  if ((ects !== undefined || hours !== undefined) && (CONVERSION_QUESTION.test(text) || checksBoth || sum || whatABudgetHolds || (feasible && ects !== undefined && hours === undefined))) {
    // "What's the workload of a 6 ECTS unit?": the class hours, with personal work said to come on top.
    const allWork = ects !== undefined && (hours !== undefined ? ALL_THE_WORK.test(text) : WORKLOAD.test(questionWords));
    // « 40 h pour 6 ECTS, c'est une erreur ? »: a yes to a range check would say the opposite of what is meant.
    // (« 50 heures pour une UE de 4 crédits, c'est pas un peu trop ? »: a volume judged, the facts without Oui/Non — it answered « Non »,
    // read as "not too much", beside the 25 % gap it stated.)
    const mistake = ects !== undefined && hours !== undefined && (ASKS_IF_MISTAKE.test(foldedWords(text)) || VOLUME_TOO.test(questionWords));
    // « mon employeur me finance 60 heures max, ça me fait combien d'ECTS ? »: hours as a budget, not a unit's volume.
    // « 150 heures de formation. Combien d'UE de 6 ECTS je peux caser ? »: how many units of those credits the hours hold, not
    // whether the hours are one unit's (it got « Non : … 150 h s'en écartent de 200 % »).
    // « … 150 heures … Combien de crédits ça me permet de viser, sachant que je m'intéresse aux UE de 6 crédits ? »: hours no unit
    // has (more than any one's reference) with a unit's credits and credits asked are a budget of such units.
    const beyondAnyUnit = ects !== undefined && hours !== undefined && hours > MOST_HOURS_OF_ONE_UNIT && CREDITS_ASKED.test(questionWords);
    // « j'ai 120 h cette année, combien de crédits je peux faire ? »: one's hours and what one can take in them, a budget too (it said
    // « de 10 à 16 ECTS », units of one size near 120 h; 16 ECTS is 130 h, more than the 120 h).
    // (« jai 45h de dispo cette annee ca fait quoi en credit », "I have 45 hours available": hours said free are a budget as well; it
    // said 45 h « correspondent à une UE de 6 ECTS », whose 50 h go over them.)
    const ownBudget = ects === undefined && hours !== undefined && ((OWN_HOURS.test(words) && CAN_TAKE.test(questionWords) && CREDITS_ASKED.test(questionWords)) || HOURS_FREE.test(words));
    const atMost = (ects === undefined && hours !== undefined && AT_MOST_HOURS.test(foldedWords(text))) || ownBudget || (ects !== undefined && hours !== undefined && !checksOneUnit(questionWords) && HOW_MANY_UNITS.test(questionWords)) || beyondAnyUnit;
    return {
      kind: "credit-hours",
      ...(ects !== undefined ? { ects } : {}),
      ...(hours !== undefined ? { hours } : {}),
      codes,
      ...(units ? { units } : {}),
      ...(addedToNamed ? { addsNamed: true as const } : {}),
      ...(allWork ? { allWork: true as const } : {}),
      ...(mistake ? { mistake: true as const } : {}),
      ...(atMost ? { atMost: true as const } : {}),
    };
  }
  if (codes.length > 0 && CREDIT_OR_HOUR_WORDS.test(text)) return { kind: "credit-hours", codes };
  // « … et 3 ECTS ? », "and 4 ECTS?", « et pour 65 h ? »: the same conversion for another value, said alone.
  if ((ects !== undefined) !== (hours !== undefined) && ANOTHER_VALUE.test(` ${foldedWords(text).trim()} `)) {
    return { kind: "credit-hours", ...(ects !== undefined ? { ects } : {}), ...(hours !== undefined ? { hours } : {}), codes };
  }
  // "Je voudrais convertir des crédits en heures": a conversion without its number; the dialog asks for it.
  if (CONVERSION.test(text)) return { kind: "credit-hours", codes };
  return undefined;
}

/**
 * « j'ai 3 UE de 6 ECTS et GDN100, ça fait combien d'heures ? », "two 3-ECTS units plus NFA031, how many hours?": units said by
 * their credits beside units named are in the total with them (the units named alone were counted, or those by credits alone: a
 * false total). Only a sum of hours asked: not a check of hours said, nor a budget.
 */
function withUnitsByCredits(read: RuleIntent | undefined, asked: readonly string[]): RuleIntent | undefined {
  if (read?.kind !== "credit-hours" || !read.addsNamed || read.hours !== undefined || read.atMost || read.pace || read.options) return undefined;
  return { ...read, codes: [...asked] };
}

/** Units said by their credits, counted or one: « 3 UE de 6 ECTS », « une UE de 4 ECTS », "two 3-ECTS units", "a 6-credit unit". */
const UNITS_OF_CREDITS_SAID =
  /\b(\d{1,2}|une?|one|a|an)\s+(?:(?:ue|ues|unites?|units?|modules?|cours|courses?)\s+(?:de|d|of|a|at|worth)\s+(\d{1,2})\s*-?\s*(?:credits? ects|ects|credits?|cr)\b|(\d{1,2})\s*-?\s*(?:credits? ects|ects|credits?|cr)(?:\s+(?:ue|ues|unites?|units?|modules?|courses?|cours))?\b)/g;
/** A unit code in the words the rules read. */
const CODE_IN_RULES = /\b[a-z]{3}\s?\d{3}[a-z]?\b/g;
/**
 * Between units said by their credits and a unit named, words that add one to the other: « et », "plus", « avec », "along with" — not
 * « sont », « est », « comme », "like", which say the unit named is one of them, nor a bare comma (« une UE de 6 ECTS, NFA031, … »: the
 * unit named in apposition).
 */
const ADDED_TO = /^\s*(?:,\s*(?:et|and|\+|plus)|et|and|\+|plus|avec|with|ainsi que|as well as|along with|en plus de)\s*(?:(?:l|la|le|the|mon|ma|my)\s+)?(?:(?:ue|unite|unit|module)\s+)?$/;

/**
 * « j'ai 3 UE de 6 ECTS et GDN100 », "two 3-ECTS units plus NFA031", « une UE de 4 ECTS et NFA031 »: the units said by their credits
 * (`counted`, or the one unit said) when they are added to a unit named, right before or after it; undefined otherwise.
 */
function unitsAddedToNamed(said: string, counted: { count: number; ects: number }[] | undefined): { count: number; ects: number }[] | undefined {
  const codes = [...said.matchAll(CODE_IN_RULES)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const phrases = [...said.matchAll(UNITS_OF_CREDITS_SAID)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, count: /^\d/.test(m[1]!) ? toNumber(m[1]!) : 1, ects: toNumber((m[2] ?? m[3])!) }));
  const joined = phrases.some((phrase) => codes.some((code) => ADDED_TO.test(code.start >= phrase.end ? said.slice(phrase.end, code.start) : code.end <= phrase.start ? said.slice(code.end, phrase.start) : "\u0000")));
  if (!joined) return undefined;
  if (counted?.length) return counted;
  const [one] = phrases;
  return phrases.length === 1 && one && one.count === 1 && one.ects > 0 && one.ects <= 60 ? [{ count: 1, ects: one.ects }] : undefined;
}

/** Two amounts compared, in folded words: « pareil que », « autant (d'heures) que », « équivalent à », "the same … as", « plus que », "less than". */
/** (« qu'une » folds to « qu une »: « que » may lose its e.) */
const SAME_AS =
  /\b(the same( amount| number)?( of [a-z]+( [a-z]+)?)? as|same as|as (much|many)( [a-z]+){0,3} as|equal to|equivalent to|equivalente? a|equivaut a|pareil que?|pareille que?|la meme chose que?|le meme (volume|nombre d heures|temps) que?|autant( d heures| de temps| de cours)? que?|revient au meme que?)\b/;
const MORE_THAN = /\b(plus( d heures| de temps| de cours| long)? que?|more( class)?( hours| time)? than|longer than)\b/;
const LESS_THAN = /\b(moins( d heures| de temps| de cours| long)? que?|less( class)?( hours| time)? than|fewer( class)? hours than|shorter than)\b/;
/**
 * Right after the words comparing, the second amount: units of some credits (« deux UE de 3 », "one 6-credit unit", « 3 UE de 2 »), or
 * the second named back ("than the second"). « c'est plus que ce qu'il faut pour valider un semestre » compares nothing said.
 */
const SECOND_AMOUNT =
  /^\s*(?:(?:\d{1,2}|une?|one|a|an|deux|trois|quatre|cinq|six|two|three|four|five|six)\b[^?.!]{0,30}?\b(?:ects|credits?|cr|ue|ues|unites?|units?|modules?)\b|(?:the|la|le) (?:second|seconde|deuxieme|other|autre|latter)\b|l autre\b)/;
/** Credits or a diploma asked, not hours: "for the diploma", « pour la licence », "in credits", « en crédits », "worth the same". */
const CREDITS_MEANT =
  /\b(for (the|a|my) (diploma|degree|licence|bachelor s?|bachelor|certificate)|pour (le|la|mon|ma|un|une) (diplome|licence|master|titre|certificat)|in credits|en credits|credit wise|cote credits|for (my|the) credits|pour (les|mes) credits|worth the same|count the same|counts the same)\b/;
/** Hours or time asked: the comparison is of class hours. */
const HOURS_MEANT = /\b(heures?|hours?|h|time|temps|class|classes|cours|long|longer|shorter|duree|volume|charge|workload)\b/;
function comparisonAsked(questionWords: string): Comparison | undefined {
  // The first of the three said is the comparison asked; the second amount must follow it.
  const [kind, said] = COMPARISONS.map(([each, pattern]) => [each, pattern.exec(questionWords)] as const).find(([, match]) => match !== null) ?? [];
  if (!kind || !said || !SECOND_AMOUNT.test(questionWords.slice(said.index + said[0].length))) return undefined;
  return sameOf(kind, questionWords);
}
/** "same" is "same-credits" when credits, not hours, are meant (« en crédits c'est pareil ? », "credit-wise is it the same?"). */
function sameOf(kind: Comparison, questionWords: string): Comparison {
  return kind === "same" && CREDITS_MEANT.test(questionWords) && !HOURS_MEANT.test(questionWords) ? "same-credits" : kind;
}
/**
 * Two amounts said as options, then whether they are the same asked with nothing after it: « J'hésite entre une UE de 6 ou deux UE de 3.
 * En heures, c'est pareil ? », "one 6-ECTS unit or two 3-ECTS ones: is it the same number of hours?" (it added them up: 110 h for 12 ECTS).
 */
function sameOfTwoOptions(words: string, questionWords: string): Comparison | undefined {
  // (« … en crédits c'est pareil ? », "Credit-wise is it the same?": the credits' sameness, where « Non : 50 h contre 60 h » opened.)
  return TWO_OPTIONS.test(words) && SAME_ASKED_LAST.test(questionWords.replace(/[?!.\s]+$/, "")) ? sameOf("same", questionWords) : undefined;
}
/** Amounts of credits as a choice: « une UE de 6 ou deux UE de 3 », "between one 6-ECTS unit and two 3-ECTS ones". */
const TWO_OPTIONS =
  /\b(?:\d{1,2}|ects|credits?|ue|ues|unites?|units?|ones?) (?:ou|or|ou bien|or else) (?:\d{1,2}|une?|one|a|an|deux|trois|quatre|two|three|four)\b|\b(?:entre|between) (?:\d{1,2}|une?|one|a|an|deux|trois|two|three)\b[^?.!]{0,30}? (?:et|and|ou|or) (?:\d{1,2}|une?|one|a|an|deux|trois|quatre|two|three|four)\b/;
/** Whether it is the same, asked at the end of the question: « c'est pareil ? », « c'est le même nombre d'heures ? », "is it the same?". */
const SAME_ASKED_LAST =
  /\b(?:pareil|pareille|la meme chose|le meme (?:nombre d heures|volume(?: horaire)?|temps|nombre d heures de cours)|autant d heures|equivalent|(?:the )?same(?: (?:number|amount) of (?:class )?(?:hours|time))?|same hours)(?: en heures| in hours| hours wise)?$/;
const COMPARISONS: readonly (readonly [Exclude<Comparison, "same-credits">, RegExp])[] = [
  ["same", SAME_AS],
  ["more", MORE_THAN],
  ["less", LESS_THAN],
];

/** Units said by their credits, in the order the text says their credits (unitsByCredits reads counted ones first). */
function inOrderSaid(units: readonly { count: number; ects: number }[], text: string): { count: number; ects: number }[] {
  const at = (ects: number) => text.search(new RegExp(String.raw`\b${ects}\s*-?\s*(?:credits? ects|ects|credits?|cr)\b`));
  return units[0]!.ects === units[1]!.ects ? [...units] : [...units].sort((a, b) => at(a.ects) - at(b.ects));
}

/** A delay asked: « en combien de temps », « sous quel délai », "how long does it take to get". */
const DELAY_ASKED = /\b(en combien de temps|sous combien de temps|dans combien de temps|(dans|sous) quel delai|quels? delais?|how long (does it|will it|would it|do they) take|how soon|how quickly)\b/;
/** Hours said as one's own: « j'ai 120 h », "I have 120 hours", « il me reste 80 h ». */
// ("I can squeeze in maybe 120 hours of classes": what one can fit in.)
const OWN_HOURS =
  /\b(j ai|jai|i have|i ve got|i got|il me reste|me reste|je dispose de|i can spend|i can put in|i can (squeeze|fit|cram) in|i can (spare|devote|afford)|je peux (caser|degager|consacrer|y consacrer|y mettre))( (environ|about|around|roughly|maybe|perhaps|a peu pres|genre|peut etre|only|que|seulement))? \d+(?:[.,]\d)? ?(h|heures?|hours?|hrs?)\b/;
/** Hours said free for studying: « 45h de dispo », « 45 heures disponibles », « 45 h de libre », "45 hours available", "45 free hours". */
const HOURS_FREE = /\b\d+(?:[.,]\d)? ?(?:(?:h|heures?|hours?|hrs?) (?:de |d )?(?:dispo|dispos|disponibles?|de libre|available|free|spare|to spare)|(?:free|spare) (?:h|hours?|hrs?))\b/;
/**
 * Hours said free for studying, and whether a week's or a month's (« j'ai 20h de dispo par semaine », "I have 10 free hours a week"):
 * weighed by a check against its units' class hours. Undefined when none is said.
 */
export function readHoursFree(text: string): { hours: number; per?: "week" | "month" } | undefined {
  const words = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const free = HOURS_FREE.exec(words);
  if (!free) return undefined;
  // (« je suis à 18h dispo le mardi », « je finis … et à 19h dispo »: a time of day, not hours to spend.)
  if (/\b(a|des|vers|avant|apres|partir de|from|at|after|by|until|jusqu a)\s*$/.test(words.slice(0, free.index))) return undefined;
  const hours = Number(/\d+(?:[.,]\d)?/.exec(free[0])![0].replace(",", "."));
  const after = words.slice(free.index + free[0].length, free.index + free[0].length + 20);
  const per = /^ (par|per|a|an|each|chaque|toutes les) (semaines?|week|sem)\b|^ hebdo/.test(after) ? "week" : /^ (par|per|a|each|chaque) (mois|month)\b/.test(after) ? "month" : undefined;
  return { hours, ...(per ? { per } : {}) };
}
/** What one can take asked: « je peux faire », « puis-je prendre », "can I take", "could I do", "is realistic". */
const CAN_TAKE = /\b(je peux|je pourrais|je pourrai|puis je|pourrais je|on peut|can i|could i|i can|i could|am i able|realistic|realistically|feasible|doable|realiste|raisonnable|jouable|faisable)\b/;
/** Whether units go over hours is asked: « ça dépasse ? », "do they exceed 100 hours?", "does it go over?". */
const EXCEEDS_ASKED = /\b(depasse|depassent|depasser|depasserai|depasserais|deborde|debordent|deborder|exceed|exceeds|go over|goes over|going over)\b/;
/** Hours the units are said to be more than: « ça fait plus que 100 heures ? », « plus de 100 h », "more than 100 hours", "over 100 hours". */
// (Not one's own: « j'ai plus de 100 h », "I have more than 100 hours" is a budget.)
const OVER_HOURS = /(?<!\b(?:j ai|jai|i have|i ve got|i got|me reste|reste|dispose de|finance|paie|pays|funds?) )\b(plus (de|que|d)|more than|over|au dela de|beyond|above)\s*\d+\s*(h|heures?|hours?|hrs?)\b/;
/** Going over asked, not fitting: « ça dépasse ? », or more than hours said without « ça rentre ». */
// (« Est-ce que ça rentre dans les 120 h ou je dépasse ? » asks whether they fit first: its « Oui » is that they do.)
function asksIfOver(questionWords: string): boolean {
  return (EXCEEDS_ASKED.test(questionWords) || OVER_HOURS.test(questionWords)) && !FITS_HOURS.test(questionWords.replace(EXCEEDS_ASKED_ALL, " "));
}
const EXCEEDS_ASKED_ALL = new RegExp(EXCEEDS_ASKED.source, "g");
/** Whether units fit hours: « ça rentre dans les 120 h ? », « je dépasse ? », "does it fit within 100 hours?". */
const FITS_HOURS =
  /\b(rentre|rentrent|rentrer|tient|tiennent|tenir|passe|passent|depasse|depasser|depasserai|deborde|suffit|suffisent|suffire|fit|fits|within|exceed|exceeds|go over|over budget|enough|covers?|covered)\b/;

/** A unit code with its credits said beside it: « NFA031 (6 ECTS) », « NFA031 de 6 crédits », "NFA031: 6 credits". */
const CREDITS_OF_A_CODE = /\b([a-z]{3} ?\d{3})\s*(?:\(\s*|[:,=-]\s*|(?:de|of|en|a|avec|with|worth|at)\s+)\d\s*(?:ects|credits?|cr)\b\s*\)?/g;

/**
 * « Mon employeur finance 120 h max : NFA008, NFA040 et une UE de 3 crédits, ça rentre ? »: the units' hours,
 * with units said by their credits, weighed against the hours as a budget.
 */
function unitsInABudget(rules: string, words: string, codes: readonly string[], questionWords: string, offered: readonly string[] = codes): RuleIntent | undefined {
  // « 110 h max, une UE de 6 ça rentre ? », « j'ai 110 h max, je peux faire deux UE de 6 ? »: units said by their credits alone
  // against a budget too (they got whether 110 h are one unit's hours: « Non … 120 % », false) — unless how many units, how
  // many credits or how long is what is asked.
  // (« J'ai 100 h max, je peux faire la licence en un an avec des UE de 6 ? »: a diploma in a time is a plan's question.)
  const byCreditsAlone = codes.length === 0 && saysABudget(words) && !HOW_MANY_UNITS.test(questionWords) && !CREDITS_ASKED.test(questionWords) && !HOW_LONG.test(questionWords) && !DIPLOMA_NAMED.test(words) && !IN_A_TIME.test(words);
  if (!(codes.length > 0 || byCreditsAlone) || !(FITS_HOURS.test(questionWords) || AT_MOST_HOURS.test(words) || OVER_HOURS.test(questionWords))) return undefined;
  // "NFA031 (6 ECTS), GDN100 and UTC504": the credits a unit is said with are its own, no unit more.
  const said = withoutTimesOfDay(rules).replace(CREDITS_BEFORE_A_CODE, "$1").replace(CREDITS_OF_A_CODE, "$1");
  const text = withCreditsSaid(withoutCodes(said, codes));
  // (« Je travaille 35 h par semaine … ça ne dépasse pas 110 heures sur l'année »: a week's hours are the job's or one's time, not the
  // budget; the budget is the hours said otherwise — it gave the units' total without weighing it.)
  const hours = firstNumber(text.replace(WEEKLY_HOURS, " "), HOURS_MENTION);
  if (hours === undefined) return undefined;
  // « une petite UE de 3 crédits genre UTC504 »: the unit named is the one said by its credits, not one more — also a few words on,
  // « une petite UE de 3 crédits pour compléter, genre UTC504 » (it counted UTC504 twice), but not across a unit added (« et », "plus").
  const exampled = /\b(credits?|ects)((?! (?:et|and|plus|avec|with)\b) [a-z]+){0,6}\s*(genre|comme|par exemple|type|tel que|telle que|e g|like|such as|for example|for instance)\s+[a-z]{3} ?\d{3}/.test(words);
  const ects = exampled ? undefined : firstNumber(text, ECTS_MENTION);
  const units = ects !== undefined ? (unitsByCredits(text) ?? [{ count: 1, ects }]) : undefined;
  const options = exampled ? undefined : budgetOptions(withCreditsSaid(said), offered);
  if (options) return { kind: "credit-hours", hours, codes: [...new Set(options.flatMap((option) => option.codes))], atMost: true, options };
  if (codes.length === 0 && units === undefined) return undefined;
  // « j'ai 60 h, NFA031 et UTC501 ça dépasse ? »: whether they go over, « Oui » when they do (it said « Non : … au-delà de vos 60 h »).
  return { kind: "credit-hours", hours, codes: [...codes], atMost: true, ...(units ? { units } : {}), ...(asksIfOver(questionWords) ? { exceeds: true as const } : {}) };
}

/** Hours said of a week: « 35 h par semaine », "10 hours a week", « 5h hebdo ». */
const WEEKLY_HOURS = new RegExp(`${HOURS_MENTION.source}\\s*(?:par|per|a|each|chaque|toutes les|de cours par|of class(?:es)? a)?\\s*(?:semaines?|week|weekly|hebdo\\w*)\\b`, "g");

/**
 * Hours said as a budget, the words of a ceiling beside the number (« 110 h max », « mon employeur paie 110 heures »), not a
 * floor (« mon OPCO finance à partir de 40 heures »).
 */
function saysABudget(words: string): boolean {
  const hours = FIRST_HOURS_MENTION.exec(words);
  if (!hours) return false;
  const around = words.slice(Math.max(0, hours.index - 40), hours.index + hours[0].length + 25);
  return AT_MOST_HOURS.test(around) && !/\b(a partir de|a partir d|au moins|minimum|mini|at least|from|starting at|plancher)\b/.test(around);
}

/** The first hours said (HOURS_MENTION is global: its own index would carry over). */
const FIRST_HOURS_MENTION = new RegExp(HOURS_MENTION.source);

/** Words that offer a choice between what they join: « NFA031 ou NFA008 », « soit … soit … », "either … or …". */
const CHOICE_OF_OPTIONS = /\s(?:ou bien|ou alors|ou plutot|ou sinon|ou|or else|or|soit|either|sinon)\s/;

/**
 * « je prends NFA031 ou NFA008 ? », « soit une UE de 6 soit deux UE de 3 », "NFA031 or two 3-credit units": the options the
 * message weighs against its budget, each with its units (they had been summed into one: « Non … 220 h », false); undefined
 * when fewer than two options name units.
 */
function budgetOptions(text: string, codes: readonly string[]): BudgetOption[] | undefined {
  if (!CHOICE_OF_OPTIONS.test(` ${text} `)) return undefined;
  const options = ` ${text} `.split(CHOICE_OF_OPTIONS).flatMap((part) => {
    const here = codes.filter((code) => withoutCodes(part, [code]) !== part);
    const rest = withoutCodes(part, here).replace(HOURS_MENTION, " ");
    const ects = firstNumber(rest, ECTS_MENTION);
    const units = ects === undefined ? [] : (unitsByCredits(rest) ?? [{ count: 1, ects }]);
    return here.length > 0 || units.length > 0 ? [{ codes: here, units }] : [];
  });
  return options.length >= 2 ? options : undefined;
}

/** The pass mark asked: « il faut combien pour valider ? », « la note minimale », "the pass mark", "what grade do I need to pass?". */
const PASS_MARK =
  /\b(pass mark|passing (grade|mark|score)|(note|moyenne) (minimale|minimum|de passage|pour valider|a avoir|necessaire)|(il faut|faut il|faut) (avoir )?combien pour (valider|avoir|reussir)|combien (il faut|faut il) (avoir )?pour (valider|reussir)|what (grade|mark|score) do (i|you) need( to pass)?|need to (get|score) to pass)\b/;
const PASS_MARKS = new RegExp(PASS_MARK.source, "g");

/** Whether something is doable: « c'est jouable ? », "is it manageable?". */
/** A time to do something in: « en 1 an », "in two years", « en 3 semestres ». */
const IN_A_TIME = /\b(en|in|within|sur) (\d+|un|une|deux|trois|quatre|one|two|three|four) (ans?|annees?|semestres?|years?|semesters?)\b/;
/** The way said before, pointed to: « comme ça », "like that", « dans ces conditions ». */
const THAT_WAY = /\b(comme ca|comme cela|ainsi|de cette (facon|maniere)|dans ces conditions|avec ces contraintes|like that|like this|that way|this way|under these conditions|with that)\b/;
const FEASIBLE = /\b(jouable|faisable|envisageable|gerable|tenable|realiste|doable|manageable|feasible|realistic)\b/;

/** A value alone after « et », "and", "what about": « et pour 8 crédits ? », "and 4 ECTS?". */
const ANOTHER_VALUE = /^ (et|and|what about|how about|et pour|and for|pour|for|et avec|et si c est|and if it s)( une ue de| une unite de| a unit of| un| une| a)? \d{1,3}([.,]\d)? ?(ects|credits?|h|heures?|hours?)( alors| then| du coup)? $/;

/** Personal work said left out of what is asked: « sans compter les révisions », "not counting homework". */
const LEFT_OUT =
  /\b(sans compter|sans|hors|en dehors|not counting|excluding|without|apart from|besides)( les| le| la| mes| ma| mon| the| my| any)? (revisions?|travail perso\w*|travail personnel|devoirs?|homework|personal (work|study)|self study|revision|studying)\b/g;

/** The hours asked as all the work a unit takes: « en tout à bosser », "all the work", "including homework". */
const ALL_THE_WORK = /\b(en tout a (bosser|travailler)|a bosser|a travailler|de travail (en tout|au total)|travail perso\w*|tout compris|all the work|in total (working|studying)|total (work|effort|study)|including (homework|personal|self)|work(ing)? on it|study(ing)? for it|avec les devoirs|revisions? (compris|incluses?))\b/;

/** The work a unit takes asked, no hours said: "what's the workload of a 6 ECTS unit?", « la charge de travail d'une UE de 6 ECTS ». */
const WORKLOAD = /\b(workload|charge de travail)\b/;

/** « 3 UE de 6 ECTS », "three 6-ECTS units", « 2 x 6 ects »: how many units of one value. */
const COUNTED_UNITS = new RegExp(
  `\\b(\\d{1,2})\\s*(?:x|fois|times)?\\s*(?:ue|ues|unites?|units?|modules?|cours|courses?)\\s+(?:de|d|of|a|à|at)?\\s*${NUMBER}\\s*-?\\s*(?:credits? ects|credits?|ects|ect|cr)\\b|\\b(\\d{1,2})(?:\\s*(?:x|fois|times)\\s*|\\s+)${NUMBER}\\s*-?\\s*(?:credits? ects|credits?|ects|ect|cr)\\s*(?:ue|ues|unites?|units?|modules?|courses?)?\\b`,
  "g",
);
/**
 * A value said after a value of credits, its unit word left out: « une UE de 4 ECTS + une de 8 »,
 * « 2 UE de 3 crédits et une de 6 », "one of 4 credits and two of 6". Not hours, weeks, euros…
 */
const ELLIPTIC_UNITS =
  /(?:\+|\bet\b|\band\b|\bplus\b|,)\s*(?:(une?|one|an?|\d{1,2})\s+)?(?:autres?\s+|other\s+|more\s+)?(?:(?:ue|ues|unites?|units?|modules?)\s+)?(?:de|d|of|a|at)\s+(\d{1,2})\b(?!\s*(?:[.,]\d|h\b|heures?|hours?|hrs?\b|\/|sur\b|semaines?|weeks?|mois\b|months?|ans?\b|years?|soirs?|evenings?|jours?|days?|euros?|€|%|fois\b|times\b|semestres?|semesters?|ue\b|units?\b|x\b|ects|credits?))/g;
/** A total of credits in units of one value: « 18 crédits en UE de 6 », "18 credits in 6-credit units". */
const TOTAL_IN_UNITS = new RegExp(
  `${NUMBER}\\s*(?:credits? ects|credits?|ects)\\s+(?:en|in|with|avec|sous forme d|of|by|par)\\s+(?:des\\s+|d\\s+)?(?:(?:ue|ues|unites?|units?|modules?)\\s+(?:de|d|of|a)\\s*${NUMBER}|${NUMBER}\\s*-?\\s*(?:credits?|ects)\\s+(?:ue|ues|unites?|units?|modules?))\\b`,
);
/** A total of credits, then the units' value a few words on: « 24 ects cb d'heures si je prends que des UE de 6 ». */
const TOTAL_THEN_UNITS = new RegExp(`${NUMBER}\\s*(?:credits? ects|credits?|ects)\\b(?:\\s+\\S+){0,8}?\\s+(?:des|en|in|with|avec|d|only|que des)\\s+(?:ue|ues|unites?|units?|modules?)\\s+(?:de|d|of)\\s*${NUMBER}\\b(?!\\s*(?:h\\b|heures?|hours?))`);
/** The same with the units' value before their word: "18 ECTS if I only take 6-ECTS units". */
const TOTAL_THEN_VALUED_UNITS = new RegExp(`${NUMBER}\\s*(?:credits? ects|credits?|ects)\\b(?:\\s+\\S+){0,8}?\\s+(?:only|que des|des|only take|take|taking)\\s+${NUMBER}\\s*-?\\s*(?:credits?|ects)\\s+(?:ue|ues|unites?|units?|modules?|courses?)\\b`);
/** Words that make one value of credits the total of several units, not a unit's own. */
const CREDIT_TOTAL = /\b(en tout|au total|total|in total|altogether|cette annee|this year|par an|a year|per year|par semestre|per semester)\b/;

/**
 * Several units by their credits: each value said (« 2 ects, et 3 ects »), or counted (« 3 UE de 6
 * ECTS »). Undefined for one unit of one value, or a total (« 12 crédits cette année »).
 */
function unitsByCredits(text: string): { count: number; ects: number }[] | undefined {
  const inUnits = TOTAL_IN_UNITS.exec(text) ?? TOTAL_THEN_UNITS.exec(text) ?? TOTAL_THEN_VALUED_UNITS.exec(text);
  if (inUnits) {
    const total = toNumber(inUnits[1] as string);
    const ects = toNumber((inUnits[2] ?? inUnits[3]) as string);
    if (ects > 0 && total > ects && Number.isInteger(total / ects) && total / ects <= 20) return [{ count: total / ects, ects }];
  }
  const units: { count: number; ects: number }[] = [];
  let rest = text;
  for (const m of text.matchAll(COUNTED_UNITS)) {
    const count = Number(m[1] ?? m[3]);
    const ects = toNumber((m[2] ?? m[4]) as string);
    if (count >= 1 && count <= 20 && ects > 0 && ects <= 60) units.push({ count, ects });
    rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(ECTS_MENTION)) {
    const ects = toNumber(m[1] as string);
    if (ects > 0 && ects <= 60) units.push({ count: 1, ects });
  }
  if (units.length > 0) {
    for (const m of rest.matchAll(ELLIPTIC_UNITS)) {
      const count = m[1] === undefined || /^(une?|one|an?)$/.test(m[1]) ? 1 : Number(m[1]);
      const ects = Number(m[2]);
      if (count >= 1 && count <= 20 && ects > 0 && ects <= 60) units.push({ count, ects });
    }
  }
  const many = units.length >= 2 || units.some((unit) => unit.count > 1);
  return many && !(units.length === 1 && CREDIT_TOTAL.test(text) && units[0]?.count === 1) ? units : undefined;
}

const CONVERSION =
  /\b(convertir|conversion|converti|convert|converting|conversions?|calculer|calcule|calculate|equivalence|equivalent)\b.{0,30}\b(credits?|ects|heures?|hours?)\b.{0,20}\b(en|in|into|to|vers|et|and|<->)\b.{0,10}\b(credits?|ects|heures?|hours?)\b/;

function firstNumber(text: string, pattern: RegExp): number | undefined {
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const value = toNumber(match[1] as string);
    if (value > 0 && value <= 1000) return value;
  }
  return undefined;
}

/** « j'ai chopé 9,5 en NFP121 »: the one number of a message that is no code, credits or hours, when it can be a grade. */
function onlyFreeNumber(rules: string, mentions: readonly UnitMention[]): number | undefined {
  const text = withoutCodes(rules.replace(CLOCK_TIMES, " ").replace(ECTS_MENTION, " ").replace(HOURS_MENTION, " "), mentions.map((m) => m.code));
  const numbers = [...text.matchAll(GRADE_NUMBERS)].map((m) => toNumber(m[1] as string));
  return numbers.length === 1 && (numbers[0] as number) <= 20 ? numbers[0] : undefined;
}

/**
 * The intent a message has when it is for `route` (see route-classifier): built from the slots the
 * rules read, or undefined when the message lacks what that job needs (a grade job needs a grade, a
 * unit's needs a unit asked about). `content` is retrieval's, not the rules'.
 */
export function intentForRoute(route: Route, text: string): RuleIntent | undefined {
  const words = foldedWords(text);
  const rules = rulesText(text);
  const mentions = unitMentions(text);
  const asked = askedCodes(mentions);
  const diplomaCodes = diplomaCodesOf(words);
  switch (route) {
    case "enrol-check": {
      // (« Je voudrais abandonner NFE108 en plein semestre pour basculer sur NFE113. C'est possible ? »: changing units during the
      // semester, which the content answers, as the rules read it — no check.)
      if ((SWITCHING.test(words) || SWAPPING.test(words)) && DURING_THE_SEMESTER.test(words)) return undefined;
      if (asked.length > 0) return eligibility(asked, mentions, words);
      // « j'ai validé UTC505, RSX101 c'est jouable ? »: read as a list of units passed, but a check asks of one unit: the last named.
      // Only when a question follows it: « j'ai validé UTC501 et UTC505 » says how units stand and asks nothing.
      const last = mentions.at(-1);
      const folded = foldText(text);
      const afterLast = folded.slice(folded.lastIndexOf(last?.code.slice(0, 3).toLowerCase() ?? "?"));
      if (!last || mentions.length < 2 || !afterLast.includes("?")) return undefined;
      // « … si j'ai validé UTC505 et NFA031 au S1 ? »: the last unit said passed with when, not the one asked.
      if (last.role === "passed" && /^[a-z]{3}\s?\d{3}\s*(au s[12]|au (premier|second|deuxieme) semestre|l an dernier|l annee derniere|last (year|semester|term)|en \d{4}|in \d{4}|ce semestre|this semester)\b/.test(afterLast)) return undefined;
      return eligibility([last.code], mentions.slice(0, -1), words);
    }
    case "unit-facts": {
      if (asked.length === 0) return undefined;
      const facet = unitFacet(words);
      return { kind: "unit", codes: asked, facet: isUnheldFacet(facet) ? "description" : facet };
    }
    case "unit-not-held": {
      if (asked.length === 0) return undefined;
      const [facet = "detail", ...also] = unheldFacets(words);
      return { kind: "unit", codes: asked, facet, ...(also.length ? { also } : {}) };
    }
    case "grade": {
      // « 9 en session 2 mais 12 de moyenne générale, j'ai ma licence ? »: compensation, which the content answers.
      if (COMPENSATION.test(words)) return undefined;
      const unthresholded = rules.replace(GRADE_THRESHOLD, " ").replace(SCHOOL_GRADE, " ");
      const grade = recognizeGrade(unthresholded, words) ?? mentions.find((m) => m.grade !== undefined)?.grade ?? onlyFreeNumber(unthresholded, mentions);
      const later = grade !== undefined && (gradeAtLaterSession(rules, grade) || saysLaterSessionPast(words));
      return grade === undefined ? undefined : { kind: "grade", grade, outOf: 20, codes: mentions.map((m) => m.code), ...(later ? { session: 2 as const } : {}) };
    }
    case "credit-hours":
      return recognizeCreditHours(rules, words, mentions.map((m) => m.code), words);
    case "diploma": {
      if (!DIPLOMA_NAMED.test(words) && diplomaCodes.length === 0) return undefined;
      const facet = asked.length === 0 ? diplomaFacetOf(text, rules, words) : undefined;
      // « Quelles conditions pour entrer en L3 ? », "with a BTS can I go directly into L3?": the content's
      // answer on access says it better than the diploma's composition.
      if (!facet && asked.length === 0 && DIPLOMA_ACCESS.test(words) && !composition(words)) return undefined;
      return { kind: "diploma", codes: asked, ...(facet ? { facet } : {}) };
    }
    case "planning":
      return { kind: "planning", diplomaCodes, passed: codesGivenAsPassed(mentions) };
    case "progress":
      return { kind: "progress", diplomaCodes };
    case "handoff":
      // The advisor asked for only when someone is named: « vous pouvez m'aider ? » after a long question wants its answer;
      // without one, the answer (or the honest « je ne sais pas » with the advisor offered) comes first.
      return HANDOFF_PERSON.test(words.replace(NO_ADVISOR_ASKED, " ")) ? { kind: "handoff" } : undefined;
    case "decline":
      return { kind: "refuse", reason: asked.length > 0 || IN_A_COURSE.test(words) ? "course-content" : "off-topic" };
    default:
      return undefined;
  }
}

/** The words before a unit taken: « pour suivre », « avant de prendre », "before taking", "to take". */
const TAKING_IT: string = String.raw`\b(?:suivre|prendre|faire|attaquer|commencer|pour|avant|before|take|taking|follow|for|start)\s+(?:l |la |le |l ue |the |the unit )?`;

/**
 * « NFA040 c'est obligé pour suivre NFP119 ? », "is NFA040 needed before NFP119?": of two units in a question of
 * prerequisites, the one named as taken is the one asked about, the other the prerequisite asked of it.
 */
function subjectFirst(asked: readonly string[], words: string): string[] {
  if (asked.length !== 2) return [...asked];
  const [first, second] = asked as [string, string];
  // The other unit is then no unit asked about but the prerequisite asked of it: the job says whether it is one.
  if (saidAfter(TAKING_IT, second, words) && !saidAfter(TAKING_IT, first, words)) return [second];
  return withoutTheUnitNeeded(asked, words);
}

/**
 * « RSX102 faut UTC505 obligatoirement ? », "does RSX102 need UTC505?", « pour RSX102, est-ce qu'il me faut UTC505 ? »: of two
 * units, the one said needed is the prerequisite asked of the other, no unit asked about (a check of it found a clash that was none).
 */
function withoutTheUnitNeeded(asked: readonly string[], words: string): string[] {
  if (asked.length !== 2) return [...asked];
  const [first, second] = asked as [string, string];
  // (« NFA035 c'est après NFA032 ? »: the unit it comes after is the prerequisite asked of it.)
  const needed = (before: string) => saidAfter(before, second, words) && !saidAfter(before, first, words);
  return needed(NEEDING_IT) || needed(COMES_AFTER) ? [first] : [...asked];
}

/** Whether a code is said right after these words. */
function saidAfter(before: string, code: string, words: string): boolean {
  return new RegExp(`${before}${code.toLowerCase().replace(/^([a-z]+)(\d+)$/, "$1 ?$2")}\\b`).test(words);
}

/** One unit said to need the other, and nothing more: « SEC105 il faut UTC502 ? », « SEC105 faut UTC502 ? », "SEC105 needs UTC502?". */
const ONE_NEEDS_THE_OTHER = /^ ?(pour )?[a-z]{2,6} ?\d{3} (il )?(faut|faut il|il faut|il me faut|demande|exige|necessite|needs?|requires?)( avoir| to have)?( fait| valide| suivi| done| taken| passed)? [a-z]{2,6} ?\d{3} ?$/;
/** The words before a unit needed: « faut », « il faut », « besoin de », "need", "require". */
const NEEDING_IT = String.raw`\b(?:faut|faut il|il faut|besoin d|besoin de|need|needs|require|requires|requiert|exige|demande|necessite)\s+(?:avoir |have |l |la |le |the )?`;

/** A volume judged too much or too little (« c'est trop ? », "is that a lot?"), which « Oui / Non » in range would not answer (« normal », "right" would). */
const VOLUME_TOO_WORDS = String.raw`leger|legere|peu|beaucoup|trop|assez|suffisant|suffit|enough|light|a lot|too (much|little|few|many)`;
const VOLUME_TOO = new RegExp(String.raw`\b(${VOLUME_TOO_WORDS})\b`);
/** A volume judged: « c'est pas un peu léger ? », « c'est normal ? », "is that a lot?". */
const VOLUME_JUDGED = new RegExp(String.raw`\b(${VOLUME_TOO_WORDS}|normal|normale|coherent|coherente|logique|plausible|right|correct)\b`);
/** Hours of something other than the unit's classes: a project, a journey, revising, homework. */
const HOURS_OF_SOMETHING_ELSE = /\b(projets?|projects?|trajets?|commute|transports?|revisions?|reviser|revise|revising|studying|homework|devoirs?|travail perso\w*|personal work|spent|j ai mis|j ai passe|i spent|i put|sommeil|sleep|train|rer|metro|bus|voiture|car|drive)\b/;
/** Hours said as a budget: « 60 heures max », « au plus 100 h », « pas plus de », "up to 60 hours", « mon employeur finance », « me laisse 60 h ». */
const AT_MOST_HOURS =
  /\b(no more|not more|pas plus|pas davantage|max|maxi|maximum|au plus|au maximum|pas plus de|pas plus d|jusqu a|plafond|plafonne|budget|finance|financer|finances|paie|paye|prend en charge|me laisse|m accorde|m alloue|m octroie|up to|at most|no more than|not more than|maximum of|budget of|pays? for|funds?|funded|cap|capped|gives me|allows me|lets me|can only (fit|do|spare|manage))\b/;

/** The weather asked: « quel temps il fait », « il fait quel temps », "what's the weather". */
const WEATHER_ASKED =
  /\b(quel temps (il )?(fait il|il fait|fait|fera t il|il fera|fera|va t il faire|il va faire)|il (fait|fe|fera|va faire) quel temps|what s the weather|what is the weather|weather (forecast|like))\b(?! (en heures?|de travail|de cours|d etude|de revision|pour (finir|terminer|obtenir) (la|le|l|ma|mon|ses|mes) ))/;
/**
 * Fine weather or rain to come, asked in the clause that asks: « il va faire beau demain soir ? », « il pleuvra jeudi ? », "will it be
 * sunny tomorrow?" (a forecast; « il fait beau » is no question of one; "raining a lot of homework" is no weather).
 */
const FORECAST_ASKED =
  /\b((il )?(va|vas|devrait) (faire beau|pleuvoir|neiger)|il (fera|ferait) beau|(fera|va|devrait) t il (faire beau|pleuvoir|neiger)|il (pleuvra|neigera)|(will|is) it (going to |gonna )?(be )?(rain|raining|snow|snowing|sunny|nice weather|nice out)|(will|is) the weather (be )?(nice|good|ok|bad))\b(?! (a lot of|lots of|tons of|loads of|of|des|de) )/;

/** What a question asks that no study question does: the weather, what to eat or cook. */
const WEATHER_OR_FOOD = /\b(meteo|weather|forecast|rain|raining|pleuvoir|pleut|pleuvra|neige|neiger|snow|snowing|temperatures?|petit dej\w*|breakfast|brunch|lunch|dinner|diner|recettes?|recipes?|cuisiner|cook|(what|que|quoi) (should i|do i|to|dois je|je dois|faut il) (eat|drink|manger|boire)|manger|eat)\b/;

/** How a question asks (« how do I », « comment je fais »), set apart from the notions CNAM_NOTION names. */
const ASKING_HOW = new RegExp(String.raw`\b(${ASKING_HOW_FORMS})\b`, "g");
/** Asked of the assistant: « tu peux », « vous connaîtriez », "can you", "do you know", « conseille-moi ». */
const ASKED_OF_ME =
  /\b(tu peux|tu pourrais|tu saurais|vous pouvez|vous pourriez|vous sauriez|pourriez vous|pouvez vous|peux tu|pourrais tu|tu connais|tu connaitrais|vous connaissez|vous connaitriez|connaissez vous|tu as|vous auriez|can you|could you|would you|will you|do you know|d you know|you know|any chance you|recommande moi|recommandez moi|conseille moi|conseillez moi|recommend|suggest)\b(?<object>(?: [a-z0-9]+){1,14})/;
/** What such a request asks for when it is about life outside studying here: a bar, a doctor's matter, childcare, a colleague to fire, a task. */
const LIFE_ASKED_FOR =
  /\b(bars?|champagne|vins?|wines?|bieres?|beers?|restos?|restaurants?|cafes?|coffee|cocktails?|feter|celebrate|celebration|fete|party|soiree arrosee|nounous?|babysitters?|baby sitters?|creches?|daycare|garde d enfants?|childcare|somniferes?|sleeping pills?|pills|medicaments?|medication|psys?|therapists?|virer|renvoyer|licencier|get (him|her|them) fired|fire (him|her|them)|porter plainte|sue|avocats?|lawyers?|appartements?|apartments?|logements?|colocs?|flatmates?|dissertation|fonction java|fonction python|une fonction|a function|ce probleme|this problem|shortest path|plus court chemin|sauver mon couple|save my (marriage|relationship)|lui (preparer|ecrire|rediger)|(do|write|make) (it|this|that) for (him|her)|cadeaux?|gifts?|series?|films?|movies?|netflix|vols?|flights?|vacances|holidays?|vacation|voyages?|trips?|(aller|partir) (en|au|aux|a) \w+ ou (en|au|aux|a) \w+)\b/;
/**
 * Whether the message asks the assistant for something of life outside studying here (see LIFE_ASKED_FOR), unit or grade told or not:
 * in what it asks of it (« tu connais un bon bar … ? »), in the question that asks its advice ("which restaurant … would you recommend?"),
 * or its opinion on a choice of life (« tu penses qu'on devrait plutôt aller en Grèce ou au Portugal ? »).
 */
function asksForSomethingElse(words: string, question: string): boolean {
  const object = ASKED_OF_ME.exec(words)?.groups?.object;
  const advised = ADVICE_ASKED.test(question) || OPINION_ASKED.test(question) ? question : undefined;
  const asked = object !== undefined && LIFE_ASKED_FOR.test(object) ? object : advised !== undefined && lifeThingAsked(advised) ? advised : undefined;
  if (asked === undefined) return false;
  // (« un bon bar à côté du Cnam »: the Cnam as a place names no studying.)
  const besidesPlaces = asked.replace(/\b(a cote du|pres du|autour du|near|around|close to|next to) (the )?(cnam|arts et metiers)\b/g, " ");
  return !STUDYING_HERE.test(besidesPlaces) && !/\b(cours|courses?|classes?|formations?|notes?|grades?)\b/.test(besidesPlaces);
}

/**
 * A thing of life the question asks advice on: "which restaurant … would you recommend?", « tu penses qu'on devrait aller en Grèce
 * ou au Portugal ? » — not the learner's own job said beside advice on studying ("I work in a restaurant every evening, would
 * you recommend distance learning?", « je suis psy en libéral, vous me conseillez quel parcours ? »).
 */
function lifeThingAsked(question: string): boolean {
  return [...question.matchAll(LIFE_THINGS)].some((found) => {
    const before = ` ${question.slice(0, found.index).trim().split(" ").slice(-3).join(" ")} `;
    return !OWN_JOB_BEFORE.test(before) && (THING_ASKED_BEFORE.test(before) || /^(aller|partir)\b/.test(found[0]));
  });
}
/** Every thing of life a question names (LIFE_ASKED_FOR, global for matchAll, which copies it and keeps no place between calls). */
const LIFE_THINGS = new RegExp(LIFE_ASKED_FOR.source, "g");
/** Before a thing, words that ask which one: « quel », "which", « un bon », "a good". */
const THING_ASKED_BEFORE = /\b(which|what|quel|quelle|quels|quelles|un|une|a|an|some|des|bons?|bonnes?|good|nice|best|meilleure?s?)( \w+){0,2} $/;
/** Before a thing, the learner's own work or life said: « je suis », "I work in", « j'enchaîne les ». */
const OWN_JOB_BEFORE = /\b(je suis|j suis|i m|i am|travaille|bosse|work|works|working|enchaine|often on|souvent en)\b/;

/** Advice asked in the question itself: "which restaurant … would you recommend?", « lequel tu me conseilles ? ». */
const ADVICE_ASKED = /\b(recommend|recommande[sz]?|recommander|conseille[sz]?|conseiller|suggest|suggere[sz]?)\b/;
/** An opinion asked: « tu penses qu'on devrait … », "do you think I should …". */
const OPINION_ASKED = /\b(tu penses|vous pensez|tu crois|vous croyez|t en penses|vous en pensez|do you think|what do you think|would you)\b.{0,30}\b(devrai\w*|devrions|devriez|faudrait|should|vaut mieux|better)\b/;

/** Asked of the assistant in the imperative or by a need: « fais-moi », « écris-moi », « m'écrire », « j'ai besoin d'un », "give me", "write me", "I need a". */
const ORDERED_OF_ME =
  /\b(fais moi|faites moi|donne moi|donnez moi|ecris moi|ecrivez moi|redige moi|redigez moi|trouve moi|trouvez moi|prepare moi|preparez moi|invente moi|raconte moi|racontez moi|calcule moi|corrige moi|conseille moi|conseillez moi|recommande moi|recommandez moi|propose moi|proposez moi|give me|write me|make me|find me|draft me|tell me|show me|send me|recommend me|suggest me|help me (?:to )?(?:write|find|fix|plan|prepare|choose|pick|buy|get|with|draft|make)|aide moi a|aidez moi a|(?<!\b(?:est ce que|do|does|will|would|est ce qu il faut que) )(?:j ai besoin d un|j ai besoin d une|j ai besoin de|i need (?:a|an|some|help with))|(?:m|me) (?:ecrire|rediger|faire|donner|trouver|preparer|corriger|calculer|raconter|conseiller|recommander|proposer))\b(?<object>(?: [a-z0-9]+){1,14})/;
/** The verbs and pronouns that open a request's object and name nothing: « me dire », « m'aider à », "help me", "please". */
const OPENS_A_REQUEST =
  /^(?: (?:me|m|moi|nous|us|you|please|svp|stp|juste|just|vite|quickly|encore|again|aider|aide|help|dire|tell|expliquer|explain|confirmer|confirm|verifier|verify|check|rassurer|reassure|transmettre|forward|pass|passer|lui|leur|reformuler|rephrase|repeter|repeat|detailler|detail|rappeler|call|eclairer|renseigner|informer|orienter|guider|aiguiller|enlighten|guide|orient|inform|repondre|answer|reply|parler|speak|talk|ecrire|write|rediger|draft|faire|make|do|donner|give|trouver|find|preparer|prepare|corriger|correct|fix|calculer|calculate|raconter|conseiller|advise|recommander|recommend|suggest|proposer|show|montrer|send|envoyer|a|to|with|avec)\b)+/;
/** A request's object that asks a question of its own (« me dire si … », "tell me when …"): for the other rules to read. */
const ASKS_OF_ITS_OWN = /^ (si|if|whether|quand|when|comment|how|combien|how many|how much|ou|where|pourquoi|why|quel|quelle|quels|quelles|which|what|qui|who|ce qui|ce que|est ce)\b/;
/** Where a request's thing ends and what it is for or about begins: « un mail | pour dire à mon chef … », "interview questions | for a job". */
const PURPOSE_OF_A_REQUEST = / (pour|afin|for|so|to|que|qui|parce|because|car|pres|near|a cote|next|avant|before|apres|after|sur|about|on|avec|with|dans|in|en|at|au|aux|chez|vu|since|puisque|comme|as) /;

/**
 * « tu peux m'écrire un mail pour dire à mon chef que je pars plus tôt le mardi pour mes cours du soir », « fais-moi mon horoscope »,
 * "can you fix this query?", « tu peux m'aider à remplir ma déclaration de revenus ? »: something asked of the assistant that is not
 * its to give. A text made for the learner (MADE_FOR_ME) is declined whatever it is for, unless the message asks a unit's
 * authorization, enrolment or funding; anything else only when the whole message names nothing of studying here.
 */
function requestsSomethingElse(words: string): boolean {
  const thing = requestedThing(words);
  if (thing === undefined) return false;
  // A text to write (a mail to the boss, a post, a joke): not the assistant's, whatever it is for (« … pour mes cours du soir »).
  // (« un mail pour demander l'autorisation pour NSY115 »: what the unit asks is the matter, the rules answer it.)
  if (MADE_FOR_ME.test(thing) && !namesStudying(thing)) return !(CODE_OR_DIPLOMA.test(words) && A_UNIT_S_MATTER.test(words));
  if (!/[a-z]{3,}/.test(thing.replace(/\b(un|une|le|la|les|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|ce|cet|cette|ces|the|some|any|my|your|this|that|these|those|it|ca|cela)\b/g, " "))) return false;
  // Anything else asked is the assistant's when the message names studying anywhere (« tu peux faire le changement ? » of two units,
  // "can you recommend something to learn Python?").
  return !namesStudying(words);
}
/** A thing said of a unit: « une synthèse de NFA031 », "a summary of RSX101" (not "a post announcing I passed NFA031"). */
const OF_A_UNIT = /^ (\w+ ){0,3}(de|du|d|of|for|pour|sur|on|about) [a-z]{3} ?\d{3}\b/;
/** A unit or a diploma named: its code. */
const CODE_OR_DIPLOMA = /\b([a-z]{3} ?\d{3}|[a-z]{2,3}\d{4,5}[a-z]?)\b/;
/** Words shaped like a code (CODE_LIKE_WORDS without its global flag, which would carry its place between tests). */
const CODE_LIKE = new RegExp(CODE_LIKE_WORDS.source);
/** What a unit asks that a mail may be about: its authorization, enrolment, prerequisites, funding, an exemption. */
const A_UNIT_S_MATTER = /\b(autoris\w*|authori[sz]\w*|inscri\w*|enrol\w*|prerequis\w*|prerequisites?|cpf|financ\w*|dispense\w*|equivalen\w*)\b/;
/** The most words a request's thing is read in. */
const THING_WORDS = 4;
/**
 * The thing a message asks of the assistant (« tu peux m'écrire | un mail | pour … », "give me | typical interview questions | for …"),
 * in a few words and without the verb; undefined when it asks nothing of it, or asks a question of its own (« me dire si … »).
 */
function requestedThing(words: string): string | undefined {
  const said = ORDERED_OF_ME.exec(words) ?? ASKED_OF_ME.exec(words);
  const object = said?.groups?.object;
  if (object === undefined) return undefined;
  const rest = ` ${object.replace(/\bs il (te|vous) plait\b/g, " ").replace(OPENS_A_REQUEST, "").trim()} `;
  // (« pouvez-vous me donner ces éléments ? », "can you send me that?": the thing is what the message said before it.)
  if (rest.trim() === "" || ASKS_OF_ITS_OWN.test(rest) || POINTS_BACK.test(rest)) return undefined;
  const purpose = PURPOSE_OF_A_REQUEST.exec(rest);
  const span = purpose ? rest.slice(0, purpose.index + 1) : rest;
  // (The thing is a few words: "this query SELECT name FROM students WHERE grade …" is a query, whatever its columns say; but
  // « une synthèse de NFA031 » is of the unit named.)
  if (OF_A_UNIT.test(span)) return span;
  return ` ${span.trim().split(" ").slice(0, THING_WORDS).join(" ")} `;
}
/** A thing asked that points back to what the message said: « ces éléments », « ça », "these details", "it". */
const POINTS_BACK = /^ ((ca|cela|celui ci|celle ci|that|them|it)|(ces|cet|cette|ce|these|this|that|those|les|the)( (deux|trois|quatre|cinq|2|3|4|5|two|three|four|five))? (elements?|infos?|informations?|details?|choses?|things?|points?|questions?|renseignements?|precisions?|chiffres?|figures?))( |$)/;
/** Something made for the learner: a mail, a post, a poem, a joke, a horoscope, a query or a script to fix (not « le code de la licence », « une lettre de l'employeur pour l'UA »). */
const MADE_FOR_ME = /\b(query|queries|requetes?|scripts?|bugs?|mails?|e mails?|emails?|courriels?|courriers?|posts?|textos?|sms|tweets?|poemes?|poems?|chansons?|songs?|discours|speech|blagues?|jokes?|horoscopes?|slogans?|annonces?)\b/;
/** Whether words name studying here: a notion of the Cnam's studies, teaching, a unit, a subject of its titles, its advisors. */
function namesStudying(words: string): boolean {
  return CNAM_NOTION.test(words) || STUDYING_HERE.test(words) || TEACHING_WORD.test(words) || namesAKnownSubject(words) || CODE_LIKE.test(words) || STUDY_WORDS.test(words) || THE_CONVERSATION_HERE.test(words);
}
/** More words of studying than CNAM_NOTION holds: a plan (not « des bons plans »), a course's parts, learning, getting into a field. */
const STUDY_WORDS =
  /\b(plans?|secretar\w*|scolarite|chapitres?|chapters?|lectures?|lecons?|resumer|resume|summar\w*|revisions?|reviser|revise|dates?|changement|changer|change|switch|former|apprendre|learn|etudier|study|samedis|saturdays|get into|break into|reconver\w*|debuter|debutant|beginner|salle|room|orientation)\b(?<!\bbons? plans?)/;
/** The assistant's own matters: its checks, its advisors, a request, the conversation. */
const THE_CONVERSATION_HERE = /\b(questions?|reponses?|answers?|infos?|informations?|details?|more|plus|conseils?|advice|tips?|simulation|simuler|simulate|verif\w*|check|estimation|estimate|recap\w*|bilan|conseill\w*|advis\w*|humain|human|quelqu un|someone|somebody|personne|person|rendez vous|rdv|appointment|demande|request|ticket|francais|french|anglais|english)\b/;

/** Whether every sentence of a question asks the weather or about food, and none names a unit. */
function onlyOffTopicQuestions(question: string): boolean {
  if (CODE_LIKE.test(question)) return false;
  const sentences = question.split(/(?<=[?.!…])\s+/).map((sentence) => foldedWords(sentence)).filter((sentence) => /[a-z]/.test(sentence));
  return sentences.length > 0 && sentences.every((sentence) => WEATHER_OR_FOOD.test(sentence));
}

/** A unit's value said without its unit word: « 2 UE de 6 », « une de 3 », "two units of 6": credits, which units carry (2 to 8). */
const UNIT_OF_A_VALUE = /\b((?:ue|ues|unites?|units?|modules?|une|one|ones)\s+(?:de|of|a|à)\s+)([2-8])\b(?!\s*(?:[.,]\d|ects|credits?|cr\b|h\b|heures?|hours?|hrs?|ans?|years?|%|\/))/g;

/** « Combien d'heures pour 2 UE de 6 et une de 3 ? »: the values read as the credits they are. */
function withCreditsSaid(text: string): string {
  return text.replace(UNIT_OF_A_VALUE, "$1$2 ects");
}

/** Enrolling said as such: « m'inscrire », "enrol", "sign up", "register". */
const ENROL_WORDS = /\b(inscri\w*|enrol\w*|enroll\w*|sign up|register\w*)\b/;

