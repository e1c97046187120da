import type { Language } from "../language/language";

/**
 * The vocabulary work that makes "cb d'h pr 1 UE de 4 ects" and "how many hours is a 4-credit unit"
 * meet the same answer. Everything here is folded (lower case, no accents): the analyzer folds first.
 *
 * Three layers, applied in this order by the term analyzer:
 *  1. chat abbreviations, word by word ("cb" → "combien", "pr" → "pour", "insc" → "inscription");
 *  2. phrases, on the space-joined words ("emploi du temps", "a distance", "session 2");
 *  3. concepts: French and English words of one notion map to one upper-case concept term
 *     ("prof", "teacher", "enseignant" → ENSEIGNANT), so questions match across languages and the
 *     concept is never stemmed. Upper case cannot collide with stems, which are lower case.
 * Stop words go last; what remains is stemmed by Snowball in the message's language.
 */

/** Chat abbreviations and spoken spellings, word for word. Values may hold several words. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // French chat
  cb: "combien",
  // « ratrapage », « rattrappage »: the resit as often misspelt.
  ratrapage: "rattrapage",
  // « un diplome dinge », « dingenieur »: the elision typed without its apostrophe.
  dinge: "d inge",
  dingenieur: "d ingenieur",
  rattrappage: "rattrapage",
  ratrappage: "rattrapage",
  ratrapages: "rattrapages",
  cmb: "combien",
  cbn: "combien",
  koi: "quoi",
  kelles: "quelles",
  // « a tps partiel », « kel tps »: time.
  tps: "temps",
  kwa: "quoi",
  koa: "quoi",
  kesako: "quoi",
  kezako: "quoi",
  kesk: "quoi",
  keske: "quoi",
  pr: "pour",
  // « yaurait des cours … ? »: « y aurait-il ».
  yaurait: "y aurait",
  yaura: "y aura",
  pk: "pourquoi",
  pq: "pourquoi",
  pkoi: "pourquoi",
  qd: "quand",
  kan: "quand",
  bcp: "beaucoup",
  tjrs: "toujours",
  tjs: "toujours",
  dispo: "disponible",
  dispos: "disponibles",
  insc: "inscription",
  inscr: "inscription",
  inscri: "inscription",
  prof: "enseignant",
  profs: "enseignants",
  dipl: "diplome",
  exam: "examen",
  exams: "examens",
  exos: "exercices",
  infos: "informations",
  // Singular "info" in French chat is the field ("licence info", "un job dans l'info").
  info: "informatique",
  // « une ue dinfo », « reconvertie dans linfo »: the elision typed without its apostrophe.
  dinfo: "d informatique",
  linfo: "l informatique",
  inge: "ingenieur",
  inges: "ingenieurs",
  bosser: "travailler",
  bosse: "travaille",
  taf: "travail",
  boulot: "travail",
  jcomprends: "je comprends",
  jcomprend: "je comprends",
  g: "j ai",
  jsuis: "je suis",
  chuis: "je suis",
  pcq: "parce que",
  psk: "parce que",
  mtn: "maintenant",
  ptet: "peut etre",
  ds: "dans",
  ac: "avec",
  avc: "avec",
  tt: "tout",
  ts: "tous",
  jsp: "je ne sais pas",
  svp: "",
  stp: "",
  slt: "salut",
  bjr: "bonjour",
  bsr: "bonsoir",
  cad: "c est a dire",
  edt: "emploi du temps",
  sem: "semestre",
  qqn: "quelqu un",
  qqun: "quelqu un",
  qq1: "quelqu un",
  // « jveu parler a kelkun », « quelquun »: someone, typed as said.
  kelkun: "quelqu un",
  kelk1: "quelqu un",
  quelquun: "quelqu un",
  qqch: "quelque chose",
  pb: "probleme",
  pbm: "probleme",
  nb: "nombre",
  mm: "meme",
  ki: "qui",
  ke: "que",
  sa: "ca",
  ct: "c etait",
  // Apostrophes left out on a phone keyboard: « cest quoi », « quest-ce qu'une UA », « jaimerais ».
  jai: "j ai",
  jpeux: "je peux",
  jveux: "je veux",
  jveu: "je veux",
  jfai: "je fais",
  // « tro dur », « jai pa nfa031 »: SMS spellings of « trop » and « pas ».
  tro: "trop",
  pa: "pas",
  cest: "c est",
  cst: "c est",
  dh: "d heures",
  exp: "experience",
  num: "numero",
  peda: "pedagogique",
  diff: "difference",
  admin: "administration",
  cetait: "c etait",
  quest: "qu est",
  questce: "qu est ce",
  quesque: "qu est ce que",
  jaimerais: "j aimerais",
  jaurais: "j aurais",
  jvoudrais: "je voudrais",
  jdois: "je dois",
  jsais: "je sais",
  jpense: "je pense",
  jme: "je me",
  jne: "je ne",
  jfais: "je fais",
  jtravaille: "je travaille",
  jbosse: "je travaille",
  jtaffe: "je travaille",
  // « jfini le taf a 19h », « jsors du boulot à 18h »: when the learner's work ends.
  jfini: "je finis",
  jfinis: "je finis",
  jsors: "je sors",
  jtermine: "je termine",
  jquitte: "je quitte",
  dune: "d une",
  dun: "d un",
  dheure: "d heure",
  dheures: "d heures",
  decole: "d ecole",
  dects: "d ects",
  dinscription: "d inscription",
  dexam: "d examen",
  dexamen: "d examen",
  dexperience: "d experience",
  lexam: "l examen",
  lexamen: "l examen",
  linscription: "l inscription",
  lautorisation: "l autorisation",
  langlais: "l anglais",
  linformatique: "l informatique",
  lanne: "l annee",
  lannee: "l annee",
  lue: "l ue",
  lua: "l ua",
  quil: "qu il",
  quils: "qu ils",
  sil: "s il",
  nest: "n est",
  ny: "n y",
  kel: "quel",
  kelle: "quelle",
  kels: "quels",
  koman: "comment",
  komen: "comment",
  cmt: "comment",
  cmnt: "comment",
  mnt: "maintenant",
  tjr: "toujours",
  dak: "d accord",
  dac: "d accord",
  qlq: "quelque",
  whats: "what is",
  wats: "what is",
  wots: "what is",
  whos: "who is",
  wheres: "where is",
  hows: "how is",
  cant: "can not",
  wont: "will not",
  isnt: "is not",
  doesnt: "does not",
  didnt: "did not",
  dc: "donc",
  qst: "question",
  qstn: "question",
  ptite: "petite",
  ptit: "petit",
  // English chat
  u: "you",
  ur: "your",
  r: "are",
  pls: "please",
  plz: "please",
  thx: "thanks",
  ty: "thanks",
  wat: "what",
  wut: "what",
  wanna: "want to",
  gonna: "going to",
  hrs: "hours",
  hs: "hours",
  cr: "credits",
  creds: "credits",
  uni: "university",
  req: "requirement",
  reqs: "requirements",
  prereq: "prerequisite",
  prereqs: "prerequisites",
  sched: "schedule",
  yr: "year",
  yrs: "years",
  mo: "month",
  mos: "months",
  approx: "approximately",
};

/**
 * Phrases rewritten on the space-joined folded words (numbers and words only, one space apart,
 * padded with a space at both ends). Order matters: longer phrases first.
 */
/**
 * Units taken without a diploma: « sans viser de diplôme », « sans m'inscrire à un diplôme », "without enrolling in a
 * degree" (folded words, spaces around): the à-la-carte question, for retrieval (CARTE) and for the rules (no check).
 */
export const WITHOUT_A_DIPLOMA =
  / (sans|without) (forcement |necessarily )?((m |me |s |se )?(viser|preparer|faire|inscrire|passer|etre inscrite?) |inscription |doing |aiming at |enrolling (in )?|enrol |enroll |registering (for )?|signing up for |taking |going for )?(a |au |en |dans |in |for |to |at )?(de |d |un |une |le |la |tout le |tout un |toute une |a |an |any |the )?(whole |full |entire |complete )?(diplome|diplomes|cursus|degree|diploma|programme|program|licence) /g;

/** "hw much is nfa031", "hw many hours": "how" typed short (alone, "hw" is homework); the rules read it too. */
export const HOW_TYPED_SHORT: readonly [RegExp, string] = [/ hw (much|many|long|do|does|can|to) /g, " how $1 "];
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // « 2 hr », "a 40 hr unit": an hour after a number; alone, "HR" is human resources ("HR tools").
  [/ (\d+) hr /g, " $1 hour "],
  HOW_TYPED_SHORT,
  // « vs avez un master ? »: « vs » before a verb is « vous » typed short, not "versus".
  [/ vs (avez|pouvez|etes|faites|proposez|offrez|connaissez|savez|auriez|pourriez|conseillez) /g, " vous $1 "],
  // « D'accord » is an ok, not the authorization (« l'accord du responsable »).
  [/ d accord /g, " "],
  // Openers that announce a question ask nothing: « petite question : », "quick question", « je ne comprends rien à vos sigles ».
  [/ (petite|une|j ai une|juste une|simple) question | (quick|small|simple) question | i have a question | je (ne )?comprends? (rien|pas) (a|au|aux) (vos|ces|tous ces|les) (sigles|acronymes|abreviations) | on your (website|site) | sur (votre|le) site /g, " "],
  // Where a term was read names no matter: « HTT ça veut dire quoi sur les fiches des UE ? », "on the course pages".
  [/ (sur|dans) (les|la|une|des) (fiches?|pages?|descriptifs?|listes?) (des |de l |de la |d une |du )?(ue|ues|unites?|cours|modules?|formations?)? | (on|in) (the )?(unit|course|module) (pages?|sheets?|descriptions?|lists?) /g, " "],
  // (« my course page says the unit is available in FOAD »: what the page says is the matter, not the page.)
  [/ (my|the) (unit|course|module) pages? (says?|said|shows?|mentions?) (that )?/g, " "],
  // Who spoke of the matter names no matter: « un collègue m'a parlé de journées bloquées, c'est quoi ? », "a friend told me about the FOAD".
  [/ (un|une|mon|ma|mes|des) (collegues?|amie?s?|potes?|copains?|copines?|manager|chef|cheffe|responsable|rh|conseillere?|collegue de travail) (m a|m ont) (parle|explique) (de la|de l|des|du|de|d) | on m a parle (de la|de l|des|du|de|d) | j ai entendu parler (de la|de l|des|du|de|d) | (a|my) (friend|colleague|coworker|manager|boss) (told|mentioned|talked to) me about | i ve heard (about|of) | i heard (about|of) /g, " "],
  // « je ne sais pas par où commencer pour m'inscrire »: how to enrol.
  [/ (je ne sais pas |je sais pas |jsais pas )?par (ou|quoi) commencer pour (m |s |me |vous )?inscrire /g, " comment m inscrire "],
  // A field of studies, not money: « un diplôme d'ingénieur en finance », "a master's in finance" (« finance » alone is funding).
  [/ (en|in) finances? /g, " en gestion financiere "],
  // Small talk about the world, not about studying: flagged off-topic (see OFF_TOPIC_WORDS).
  [/ quelle heure (est il|il est) | what time is it | quel temps (fait il|il fait|il fe|fera t il|il fera|va t il faire|il va faire) | il (fait|fe|fera|va faire) quel temps | what s the weather /g, " OFFTOPIC "],
  [/ (a|at|c est a|c a|cest a) quel(le)? heure | what times? | (class|course|lesson|evening|opening) times | quels? horaires? /g, " HORAIRE "],
  [/ combien de temps | how long | sans limite( de duree)? | no time limit | forever | pour toujours /g, " DUREE "],
  [/ how (many|much) /g, " COMBIEN "],
  [/ (sert|servent|servir) a quoi | a quoi (sert|servent|ca sert|servir) | what (is|are|s) (the )?(point|purpose|use) of | (used|good) for /g, " DEFINITION "],
  [/ se servir (de|du|des) | make use of /g, " UTILISER "],
  [/ how (?:does|do|will|would|is|are) ((?:\w+ ){0,4})work(?:s|ed|ing)? /g, " FONCTIONNEMENT $1"],
  [/ how (?:it|this|that|things) works? /g, " FONCTIONNEMENT "],
  // « soumise à autorisation, qu'est-ce que ça implique ? », "what does it involve?": what it means (not « impliqué dans un projet »).
  [/ ce (que|qu) c est | ce que sont | ce que veut dire | what (it|that|this) (is|means|involves|entails|implies) | meaning | means | mean | (ca|cela) (implique|impliquent|entraine) | what does (it|that|this) (involve|entail|imply) /g, " DEFINITION "],
  // « la FOAD, ça se passe comment ? », « comment se passe la FOAD ? »: how it works, not where it takes place.
  // (« ça se passe comment si je suis pas là » asks what happens then: left as it is.)
  [/ (ca |cela )?se (passe|passent|deroule|deroulent) comment (?!si |s il |quand |en cas )| comment (ca |cela )?se (passe|passent|deroule|deroulent) (?!si |s il |quand |en cas )/g, " comment ca marche "],
  // « les cours se passent quand ? »: when, not where.
  [/ (se (passe|passent|deroule|deroulent)|ont lieu|a lieu) quand /g, " sont quand "],
  [/ (ont|a|avoir) lieu | takes? place | taking place | (is|are) held | se (passent|passe|deroulent|deroule) /g, " AVOIRLIEU "],
  // « un ingénieur en intelligence artificielle », "artificial intelligence": the content says « IA ».
  [/ (intelligence artificielle|artificial intelligence) /g, " ia "],
  // « y a-t-il cours pendant les vacances scolaires ? »: a question on the calendar of classes, not a trip.
  [/ (vacances scolaires|school holidays|school vacations?) /g, " VACANCESSCOLAIRES "],
  // « le travail à la maison est compté dedans ? », "homework at home": work of one's own, not studying at a distance.
  [/ (travail|boulot|taf|devoirs?|work) (a la maison|a domicile|chez (moi|soi)|at home) /g, " TRAVAILPERSO "],
  [/ (from|at|a la|de la|depuis la) (home|maison) | (de|depuis) chez (moi|soi|vous|nous) /g, " FOAD "],
  [/ sign(ing|ed|s)? up | s inscrit | m inscris | t inscris /g, " INSCRIPTION "],
  [/ (get|getting|obtain|obtaining|ask for|request) (the |an |a |my |their )?(permission|authori[sz]ation|approval|agrement|signature) | (avoir|obtenir|obtiens|obtient|obtiendrai|obtiendrais|demander|decrocher|faire signer) (cette |l |une |son |leur |mon |ma |la )?(autorisation|agrement|signature) /g, " OBTENIR AUTORISATION "],
  [/ for fun | pour le plaisir | par (curiosite|plaisir|interet) | out of (interest|curiosity) /g, " INTERET "],
  [/ (quelles?|quels?|which|what) (ue|ues|unites?|units?|cours|courses?|modules?|classes?) /g, " CHOISIR UE "],
  // « je peux le passer un autre jour ? »: an exam, said by a pronoun, sat on another date.
  // « ils sont combien par classe ? », "how many students per class?": the size of a class, which the content says it does not hold, as it does seats.
  [/ (on|ils|elles|nous) (est|sont|sera|seront|serons) combien (par|dans|en) | combien (d eleves|d etudiants|d auditeurs|de personnes|d inscrits)? ?(par|dans (la|une|le|chaque)|en) (classe|cours|groupe|td|promo|promotion|salle) | (how many|number of) (students|people|learners) (per|in (a|each|the)) (class|course|group|unit) | class sizes? /g, " PLACES "],
  [/ (le|la) passer (un autre jour|une autre date|plus tard) /g, " EXAMEN DEPLACER "],
  [/ (une? )?autres? (date|jour|session)s? | (a |another |other |different )(date|day|time)s? /g, " DEPLACER "],
  [/ en (general|moyenne) | in general | usually | typically | generalement /g, " "],
  // Where the learner met the words is no part of the question: "these blocked days I keep seeing".
  [/ (that |which |qu |que )?(i |je |j )?(keep |kept )?(seeing|hearing|reading about|see everywhere|see on the website|saw on the website|vois partout|vois sur le site|ai vu sur le site|ai lu sur le site|lis partout|entends parler) /g, " "],
  // "a colleague mentioned a journée bloquée, what is that?": who spoke of it is no part of the question either.
  [/ (a |my |one of my )?(colleague|coworker|co worker|friend|manager|boss|classmate|someone|somebody|cousin|sister|brother)s? (mentioned|mentions|told me about|talked about|talks about|spoke about|was talking about|brought up) /g, " "],
  [/ c est (pareil|la meme chose|identique) | (the )?same (thing|as) | (just )?another (name|word) for | un autre (nom|mot) pour | (what s |what is )?the difference | (how|in what way) (is|are|does|do) (it|this|that|they|an? ue|an? ua|an? us) (different|differ|differs)( from| to)? | en quoi (c est|ca est|est ce|est elle|est il|elle est|il est|ca) (different|differente|differents|differentes)( de| d| des| du)? | (different|differente|differs?) (from|de|d) /g, " DIFFERENCE "],
  [/ (examen|concours|epreuve)s? d (entree|admission) | (passer|tenter|faut il|il faut) (un |le )?concours | concours (pour|d entree|d acces) | (entrance|admission) (exam|test)s? /g, " ADMISSION "],
  [/ (pas|peu|sans|no|not|little|without|insufficient|too little) (assez |suffisamment |enough |relevant |much )?(d |de |of |any )?(relevant )?(job |work |professional |pro )?(experience|experiences) /g, " INSUFFISANT EXPERIENCE "],
  [/ (pas assez|not enough|too short|trop courte?|insuffisante?|insufficient|sans rapport|rien a voir|unrelated|not related|no link) /g, " INSUFFISANT "],
  [WITHOUT_A_DIPLOMA, " CARTE "],
  [/ (tout le |le |un |une |the |a )?(diplome|cursus|degree|diploma|programme|program|licence) (complet|complete|entier|entiere|whole|full|entire) | (whole|full|entire|complete) (diploma|degree|program|programme|course|licence) | tout le (diplome|cursus) /g, " DIPLOME ENTIER "],
  [/ (is|are) (it|this|that|they|the (course|unit|class|training|programme|program)s?|(courses|units|classes)) free | free of charge | for free /g, " TARIF "],
  [/ full ?time | part ?time | temps (plein|partiel) | plein temps /g, " TEMPSPLEIN "],
  [/ (niveau|level|diplome|degree) (requis|required|needed|necessaire|demande) | required (level|degree) /g, " PREREQUIS "],
  [/ (only|just) (one|1|a single) | (one|1) (\w+ )?only | une? seule? | juste (un|une|1) /g, " CARTE "],
  [/ en plus (des?|du) | on top of | in addition to | (extra|additional) (time|work|hours) | supplementaires? /g, " ENPLUS "],
  [/ (au moins|at least|minimum|minimale|minimal|seuil|threshold) /g, " SEUIL "],
  [/ (phone|telephone) number | numero de telephone | contact details | coordonnees /g, " CONTACT "],
  [/ (add|adds|adding) up | put together /g, " COMBINER "],
  // "hors temps de travail personnel" is the hours table's footnote, not evening classes.
  [/ (hors )?(du )?(temps de )?travail (personnel|perso) /g, " TRAVAILPERSO "],
  [/ (personal|self|independent|private|home) (study|studying|work|working)( time)? /g, " TRAVAILPERSO "],
  [/ self study /g, " TRAVAILPERSO "],
  // « HTT », the page's own acronym, is asked as such (« ça veut dire quoi HTT ? »): a term of its own beside the evening it means.
  [/ (hors temps de travail|htt) /g, " SOIR HTT "],
  [/ (outside|after) (of )?(working|office|work) (hours|time) /g, " SOIR "],
  [/ (after|outside) work /g, " SOIR "],
  [/ unites? d (enseignement|enseignements) /g, " UE "],
  [/ unites? d (activite|activites) /g, " UA "],
  [/ unites? specifiques? | unites? speciales? | special units? | specific units? /g, " US "],
  [/ (teaching|course|study|learning) units? /g, " UE "],
  [/ (activity|activities|professional activity|work experience) units? /g, " UA "],
  [/ specific units? /g, " US "],
  [/ volumes? horaires? /g, " HEURE "],
  [/ emplois? du (temps|tps) /g, " PLANNING "],
  [/ time ?tables? /g, " PLANNING "],
  // "Je travaille en journée" is about the learner's job, not about daytime classes.
  [/ (travaille|travaillez|bosse|work|working|job) (en journee|la journee|de jour|during the day|in the day|all day|days?) /g, " TEMPSPLEIN "],
  [/ journees? bloquees? | semaines? bloquees? | jours? bloques? /g, " JOURNEEBLOQUEE "],
  [/ (block|blocked|full|whole) (days?|weeks?) /g, " JOURNEEBLOQUEE "],
  [/ en journee | la journee | de jour | (during|in) the day | day ?time /g, " JOURNEEBLOQUEE "],
  [/ formation ouverte a distance | (a|en) distance | en ligne | (distance|remote|online) (learning|courses?|classes|studies|study) /g, " FOAD "],
  [/ e learning | elearning /g, " FOAD "],
  [/ espace numerique( de formation)? /g, " ENF "],
  [/ (in|en) (person|presentiel) | face (a|to) face | on (site|campus) /g, " PRESENTIEL "],
  // « et si je rate aussi le rattrapage ? », "what if I fail the resit too": failed at both sessions.
  // « je peux tenter une 3e fois ? », "is there a third chance?": after both sessions of a unit's exam.
  [/ (tenter|passer|repasser|essayer|avoir|retenter|try|get|have|is there) (une |un |a )?(3e|3eme|troisieme|third) (fois|chance|session|tentative|essai|time|attempt|try) /g, " echoue aux deux sessions "],
  [/ (rate|rater|ratee|echoue|echouer|loupe|louper|foire|plante|planter|fail|failed|fails|flunk|flunked) (aussi |encore |egalement |also |again )?(le |la |a la |au |mon |ma |the |my )?(rattrapage|session 2|seconde session|deuxieme session|2e session|resit|re sit|retake|second session|make up exam)( aussi| too| as well| also| again)? /g, " echoue aux deux sessions "],
  // « pas allé à l'exam », « si je suis pas là », « louper des exams », "can't make it to the exam": absent from it.
  [/ (pas|pu|jamais) (ete|alle|allee|venu|venue|present|presente|presentee?) (a|au|aux|a l)? ?(l )?(lexam|lexamen|exam|examen|exams|examens|epreuve|epreuves) | (louper|loupe|loupes|manquer|manque|manques|sauter|saute) (un |une |l |les |des |mon |mes |ma )?(lexam|lexamen|exam|examen|exams|examens|epreuve|epreuves) | (can t|cannot|couldn t|could not|didn t|did not|won t|will not) (make it to|attend|go to|sit|be at|show up (to|at|for)) (the |my |an )?(exam|exams|test) /g, " ABSENT EXAMEN "],
  [/ (si |quand )?(je )?(ne )?(suis|serai|serais) pas (la|present|presente) /g, " ABSENT "],
  // "I missed session 1 and session 2", « raté les deux sessions »: both, which the page on session 2 does not answer.
  // (Said of an exam missed or failed: « c'est quand les deux sessions d'examen ? » asks the calendar.)
  [/ (absente?|absents|rate|ratee|loupe|loupee|missed|failed|fail|miss|echoue|echec|pas eu la moyenne)((?: \w+){0,3}) (aux deux sessions|les deux sessions|both (exam )?sessions|the two sessions|session 1 (et|and) (la |the )?session 2|sessions? 1 (et|and) 2) /g, " $1$2 DEUXSESSIONS "],
  [/ (session 2|seconde? session|deuxieme session|2e session|2eme session|2nd session|second (exam |examen )?session|(deuxieme|seconde?|2e|2eme) session d (examen|exam)|session de rattrapage) /g, " RATTRAPAGE "],
  [/ (re ?take|re ?sit|make ?up) (exams?|sessions?)? /g, " RATTRAPAGE "],
  [/ (premiere session|session 1|1ere session|first session) /g, " SESSION "],
  [/ 10 (sur )?20 | 10 out of 20 | pass (mark|grade|threshold) | passing (mark|grade|score) /g, " MOYENNE "],
  [/ (moins|en dessous) de (la moyenne|10) | (below|under|less than) (10|the average|average|a 10) /g, " ECHEC "],
  // « j'ai pas eu 10 à UTC504 », "I didn't get 10": the pass mark not got is below it (not « pas eu 10 ECTS »).
  // (Not « je n'ai pas eu la moyenne »: the page on session 2 says it so, and the page on failing both sessions would take it.)
  [/ (pas|jamais) (eu|obtenu|atteint) 10 (?!(ects|credits?|heures?|h)\b)| (didn t|did not|didnt|never) (get|got|reach|reached|make|made) (10|a 10|the pass mark) (?!(ects|credits?|hours?|h)\b)/g, " ECHEC "],
  [/ (pieces?|cartes?) d identite | (id|identity|identification) (card|document|papers)s? | photo id /g, " IDENTITE "],
  [/ a la carte /g, " CARTE "],
  // « pas envie de faire un diplôme », "not after a degree": a unit taken on its own.
  [/ (pas|not|no|aucune?) (envie|besoin|interet|interested|after|aiming|looking)( de| d| for| at| in)?( faire| viser| preparer| getting| doing)? (un |une |le |a |an |any |the )?(whole |full |entire )?(diplome|degree|diploma|licence|cursus) /g, " CARTE "],
  [/ (for myself|pour moi meme|juste pour moi|just for me|rien que pour moi) /g, " INTERET "],
  [/ (one|a) by one | one at a time | on (its|their) own /g, " CARTE "],
  [/ pre ?requis | pre ?requisites? | prerequisites? /g, " PREREQUIS "],
  [/ conditions? d (acces|admission) | (entry|access|admission) (requirements?|conditions?) /g, " PREREQUIS "],
  [/ responsables? pedagogiques? | (course|programme|program) (leader|director|coordinator|head)s? /g, " RESPONSABLE "],
  [/ secretariats? pedagogiques? /g, " SECRETARIAT "],
  [/ cours du soir | cours le soir | evening (classes|courses|lessons) | night (classes|school) /g, " SOIR "],
  [/ cours magistra(l|ux) /g, " CM "],
  [/ travaux diriges | travaux pratiques /g, " TD "],
  [/ projets? d application( professionnelle| pro)? | (professional )?application projects? /g, " PROJETAPP "],
  [/ validation des acquis( de l experience)? /g, " VAE "],
  [/ bilans? de competences? | skills? assessments? /g, " BILAN "],
  [/ certification qualite | (quality) (certification|label|certificate) /g, " QUALITE "],
  [/ frais (d inscription|de scolarite|pedagogiques) | tuition( fees?)? | how much (does|do|will|would|is|are) (it|this|that|they|a|an|one|the)( \w+)? (cost|costs|be) /g, " TARIF "],
  [/ combien (ca|cela|ce) (coute|coutera|vaut) | combien (coute|coutent|vaut|valent|ca fait) (une?|le|la|les|l) (ue|unite|cours|formation|licence|inscription|module|diplome)s? /g, " TARIF "],
  [/ is it free | c est gratuit /g, " TARIF "],
  [/ parcours (libres?|certifiants?|diplomants?) | (free|certifying|degree|diploma) (paths?|tracks?|routes?) /g, " PARCOURS "],
  [/ (lieux?|salles?) (d enseignement|de cours) | (teaching|class|course) (locations?|places?|rooms?|venues?) /g, " LIEU "],
  [/ (ou|where) (ont lieu|se (passent|deroulent|trouvent)|are (the )?(classes|courses|lessons) (held|given|taught|located)|do (the )?(classes|courses|lessons) take place) /g, " LIEU "],
  [/ (heures?|hours?) de cours | (teaching|class|contact) hours /g, " HEURE "],
  [/ how many hours /g, " HEURE "],
  [/ (crédits|credits|ects) (acquis|valides|obtenus|earned|gained|awarded|obtained) /g, " ECTS VALIDER "],
  [/ (en|de) semaine | (lundi|du lundi) (au|a) (vendredi|samedi) | weekdays? | (monday|mon) to (friday|fri|saturday|sat) /g, " SEMAINE "],
  [/ week ?ends? /g, " SAMEDI "],
  [/ 18 ?h ?15 | 21 ?h ?45 | 6 ?15 ?pm | 9 ?45 ?pm /g, " SOIR "],
  [/ (entrance|admission) (exam|test|unit)s? | (examen|epreuve|unite) d admission /g, " ADMISSION "],
  [/ experience (professionnelle|pro) | (professional|work|working|job) experience /g, " EXPERIENCE PROFESSIONNEL "],
  [/ ecole d ingenieurs?|cycle (d )?ingenieurs?|diplomes? d ingenieurs?|titre d ingenieur|engineering (degree|diploma|school|programme|program) /g, " INGENIEUR "],
  [/ titres? rncp | rncp /g, " RNCP "],
  [/ bac 2 | dut | bts | (two|2) year (degree|diploma) /g, " BAC2 "],
  [/ bac | baccalaureat | high school diploma /g, " BAC "],
  [/ l ?3 | troisieme annee de licence | third year /g, " LICENCE "],
  [/ (qu|que) est ce (que|qu|qui) | c est quoi | c quoi | ca veut dire quoi | veut dire | what (is|are|does) | what s | meaning of | mean by | stands? for | definition (de|of)? /g, " DEFINITION "],
];

/**
 * Words of one notion, French and English, mapped to one concept. Keys are folded words; a phrase
 * rule above may already have produced the concept.
 */
const CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Learners say "un cours" for a unit: lectures, classes and courses are units to them.
  UE: ["ue", "ues", "unite", "unites", "unit", "units", "module", "modules", "cours", "course", "courses", "class", "classes", "lesson", "lessons", "lecture", "lectures"],
  UA: ["ua", "uas"],
  US: ["us"],
  ECTS: ["ects", "credit", "credits", "ect"],
  HEURE: ["heure", "heures", "h", "hour", "hours"],
  INSCRIPTION: [
    "inscription", "inscriptions", "inscrire", "inscris", "inscrit", "inscrite", "inscrits", "inscrites", "inscrive", "inscrivent",
    "inscrivant", "enrol", "enroll", "enrols", "enrolls", "enrolled", "enrolling", "enrolment", "enrollment", "enrolments",
    "register", "registers", "registered", "registering", "registration", "signup", "reinscription", "reinscrire",
  ],
  ENSEIGNANT: [
    "enseignant", "enseignants", "enseignante", "professeur", "professeurs", "professeure", "formateur", "formateurs", "formatrice",
    "intervenant", "intervenants", "teacher", "teachers", "lecturer", "lecturers", "instructor", "instructors", "professor", "professors", "tutor", "tutors",
  ],
  EXAMEN: ["examen", "examens", "partiel", "partiels", "epreuve", "epreuves", "exam", "exams", "examination", "examinations", "final", "finals"],
  RATTRAPAGE: ["rattrapage", "rattrapages", "rattraper", "repechage", "resit", "resits", "resitting", "retake", "retakes", "retaking", "makeup", "repasser", "repasse", "repasses", "repassent", "repasserai"],
  FOAD: ["foad", "distanciel", "online", "remote", "remotely", "visio", "elearning", "distance"],
  SOIR: ["soir", "soirs", "soiree", "soirees", "evening", "evenings", "night", "nights", "nocturne"],
  SAMEDI: ["samedi", "samedis", "saturday", "saturdays", "weekend", "weekends"],
  DIMANCHE: ["dimanche", "dimanches", "sunday", "sundays"],
  SEMAINE: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday", "tuesday", "wednesday", "thursday", "friday", "weekday", "weekdays"],
  JOURNEEBLOQUEE: ["daytime", "journee", "journees"],
  PLANNING: ["planning", "plannings", "schedule", "schedules", "timetable", "timetables", "agenda"],
  CALENDRIER: ["calendrier", "calendriers", "calendar", "calendars", "dates", "date", "periode", "periodes", "period", "periods"],
  TARIF: [
    "prix", "tarif", "tarifs", "cout", "couts", "coute", "coutent", "frais", "payer", "paye", "payant", "payante", "gratuit", "gratuite",
    "price", "prices", "cost", "costs", "fee", "fees", "pay", "paying", "paid", "tuition", "expensive", "cher", "chere", "financement",
    "financer", "finance", "cpf", "funding", "fund", "funded", "euros", "euro", "argent", "money",
  ],
  AUTORISATION: [
    "autorisation", "autorisations", "autoriser", "autorise", "autorisee", "agrement", "agrements", "agree", "agreee", "permission",
    "permissions", "approval", "approve", "approved", "authorization", "authorisation", "authorizations", "authorised", "authorized",
    "authorise", "authorize", "accord",
  ],
  PREREQUIS: ["prerequis", "prerequisite", "prerequisites", "conditions", "condition", "criteres", "critere", "criteria", "requirement", "requirements"],
  DIPLOME: ["diplome", "diplomes", "diplomant", "diplomante", "diplomants", "degree", "degrees", "diploma", "diplomas"],
  LICENCE: ["licence", "licences", "license", "bachelor", "bachelors", "l3"],
  CERTIFICATION: ["certification", "certifications", "certificat", "certificats", "certifiant", "certifiante", "certifiants", "certificate", "certificates", "certifying", "certified"],
  STAGE: ["stage", "stages", "internship", "internships", "intern", "placement", "placements"],
  EXPERIENCE: ["experience", "experiences", "experimente", "experienced", "anciennete"],
  NOTE: ["note", "notes", "grade", "grades", "mark", "marks", "score", "scores", "notation", "noter"],
  MOYENNE: ["moyenne", "moyennes", "average", "averages"],
  VALIDER: [
    "valider", "valide", "validee", "valides", "validees", "validation", "validations", "validate", "validated", "validating",
    "reussir", "reussi", "reussie", "reussite", "pass", "passed", "passing", "obtenu", "obtenus", "earn", "earned",
    "earning", "acquis", "acquerir", "acquired", "acquire", "gagner", "gain", "gained",
  ],
  CAPITALISATION: [
    "capitalisable", "capitalisables", "capitalisation", "capitaliser", "capitalise", "capitalisee", "capitalises", "capitalize", "capitalized",
    "capitalised", "cumulable", "cumulables", "cumuler", "accumulate", "accumulated", "bank", "banked", "perdre", "perdu", "perdus", "perds",
    "perd", "perdent", "perdrai", "perdrais", "lose", "loses", "losing", "lost", "conserver", "conserve", "garder", "garde", "gardent", "keep",
    "keeps", "kept",
  ],
  EXPIRE: ["expire", "expirent", "expiry", "expired", "expires", "expiration", "expirer", "perime", "perimes", "perimee", "perimees", "peremption", "valable", "valid", "validity", "validite"],
  PAUSE: ["pause", "pauses", "break", "breaks", "arret", "arrete", "arreter", "interrompre", "interruption", "stopper", "gap"],
  CARTE: [
    "carte", "individuellement", "separement", "individually", "separately", "standalone", "isolement", "isolee", "isolees", "individuel",
    "individuelle", "individuels", "individuelles", "individual", "seul", "seule", "seuls", "seules", "single", "alone",
  ],
  ENTIER: ["entier", "entiere", "entire", "whole"],
  OBLIGATOIRE: ["oblige", "obligee", "obliges", "obligatoire", "obligatoires", "obligatoirement", "force", "forcee", "mandatory", "compulsory", "must"],
  COMBINER: ["combiner", "combine", "combines", "combined", "combinees", "combinaison", "combination", "assembler"],
  ACCES: ["entrer", "rentrer", "entree", "integrer", "acceder", "acces", "join", "joining", "enter", "entering", "entry", "admitted", "ouvert", "ouverte", "ouverts", "ouvertes", "open", "accessible", "accessibles", "reserve", "reservee", "reservees", "reserves", "reserved"],
  CONTENU: [
    "mettre", "contenir", "contient", "contiennent", "write", "writing", "rediger", "redige", "ecrire", "include", "describe", "decrire", "put", "goes",
    "parler", "mentionner", "aborder", "presenter", "mention", "cover",
  ],
  INCLURE: ["inclut", "incluent", "inclus", "incluse", "inclure", "comprennent", "includes", "included", "including", "incl", "count", "counts", "counted", "compte", "comptent"],
  INSUFFISANT: ["insuffisant", "insuffisante", "insufficient", "unrelated"],
  EQUIVALENCE: [
    "conversion", "convertir", "convert", "converts", "converted", "correspondance", "correspond", "correspondent", "equivalence", "equivaut",
    "equivalent", "equals", "vaut", "valent", "worth", "value", "rapporte", "rapportent", "linked", "link", "lien", "lie", "lies", "relation", "ratio",
  ],
  FORMATION: ["enseignement", "enseignements", "school", "ecole", "formation", "formations", "training"],
  SUIVRE: ["suivre", "suivi", "suivis", "suivie", "suivies", "suit", "suivent", "prendre", "prends", "prend", "take", "takes", "taking", "taken", "follow", "following", "attend", "attending", "assister"],
  OBTENIR: ["obtenir", "obtient", "obtention", "obtain", "signer", "signe", "signee", "signature", "signatures", "sign", "signed", "signing"],
  EXIGER: ["require", "requires", "required", "requiring", "necessite", "necessitent", "exige", "exigent", "exiger", "exigee", "soumise", "soumises", "soumis"],
  COMMENCER: [
    "commencer", "commence", "commencent", "debut", "debuter", "debutent", "start", "starts", "begin", "begins", "beginning", "finir", "finit",
    "finissent", "fin", "terminer", "termine", "terminent", "finish", "finishes", "end", "ends",
  ],
  JOUR: ["jour", "jours", "day", "days"],
  PROFESSIONNEL: ["professionnel", "professionnelle", "professionnels", "professionnelles", "professional", "pro"],
  // "Work" alone is the learner's job ("I finish work at 6"); "how does it work" is a phrase above.
  TEMPSPLEIN: ["travaillant", "travaille", "travailles", "travaillent", "working", "work", "salarie", "salariee", "employed", "job"],
  AVOIRLIEU: ["held", "deroulent"],
  ETUDIER: ["etudier", "study", "studying", "studies", "apprendre", "learn", "learning", "former"],
  ETAPES: ["etape", "etapes", "step", "steps", "demarche", "demarches", "procedure", "procedures", "process", "formalites", "formalities"],
  HORAIRE: ["horaire", "horaires"],
  DUREE: ["duree", "durees", "limite", "limit", "limits", "longtemps"],
  LIBRE: ["libre", "libres", "free"],
  CONTACT: ["contacter", "contact", "contacts", "joindre", "reach", "telephone", "phone", "numero", "email", "mail", "appeler", "call"],
  APPORTER: ["apporter", "ramener", "amener", "emmener", "bring", "bringing"],
  DISPONIBLE: ["disponible", "disponibles", "indisponible", "available", "unavailable", "empeche", "empechement", "deplacement", "deplacements", "travelling", "traveling", "trip"],
  DIFFERENCE: ["difference", "differences", "pareil", "pareille", "identique", "versus", "vs", "compare", "comparer", "distinguer", "same"],
  VISER: ["viser", "vise", "visez", "aim", "aiming", "target", "preparer", "prepare", "preparing", "prepares"],
  PREVOIR: ["prevoir", "prevoyez", "prevoit", "planifier", "plan", "planning_ahead", "expect"],
  INTERET: ["interesse", "interessee", "interessent", "interet", "interest", "interests", "interested", "plaisir", "fun", "curiosite", "curious", "passion"],
  NIVEAU: ["niveau", "niveaux", "level", "levels"],
  FONCTIONNEMENT: ["fonctionne", "fonctionnent", "fonctionnement", "marche", "marchent", "organise", "organisee", "organised", "organized", "organisation", "structure", "structured", "deroule", "deroulement"],
  UTILISER: ["utiliser", "utilise", "use", "using", "lire", "read"],
  IDENTITE: ["identite", "passeport", "passport", "id", "cni", "papiers"],
  SECRETARIAT: ["secretariat", "secretariats", "secretaire", "secretary", "scolarite", "office"],
  RESPONSABLE: ["responsable", "responsables"],
  LIEU: ["lieu", "lieux", "location", "locations", "venue", "venues", "salle", "salles", "room", "rooms", "campus", "adresse", "address", "batiment", "building", "site", "sites"],
  CHOISIR: ["choisir", "choisis", "choisit", "choix", "choose", "choosing", "chose", "choice", "choices", "pick", "picking", "select", "selecting", "selection", "selectionner"],
  CATALOGUE: ["catalogue", "catalog", "catalogues", "catalogs", "repertoire", "repertoriees", "offre", "offer", "liste", "listes", "list", "lists"],
  METIER: ["metier", "metiers", "jobs", "profession", "professions", "occupation", "occupations", "career", "careers"],
  DOMAINE: ["domaine", "domaines", "field", "fields", "area", "areas", "sector", "sectors", "specialite", "speciality", "specialty"],
  COMPENSATION: ["compensation", "compenser", "compense", "compensee", "compensent", "compensate", "compensated", "compensating", "compensates"],
  DOSSIER: ["dossier", "dossiers", "portfolio", "rapport", "report", "writeup"],
  PROJET: ["projet", "projets", "project", "projects"],
  ENTREPRISE: ["entreprise", "entreprises", "company", "companies", "employer", "employers", "firm", "business", "organisation", "organization"],
  CONSEILLER: ["conseiller", "conseillers", "conseillere", "advisor", "advisors", "adviser", "advisers", "counsellor", "counselor"],
  INGENIEUR: ["ingenieur", "ingenieurs", "engineer", "engineers", "engineering"],
  MEMOIRE: ["memoire", "memoires", "thesis", "dissertation"],
  TENTATIVE: ["tentative", "tentatives", "essai", "essais", "attempt", "attempts", "tries", "try", "fois", "times"],
  SUFFISANT: ["suffit", "suffisant", "suffisante", "suffisants", "suffisantes", "suffira", "suffire", "enough", "sufficient"],
  DEPLACER: ["deplacer", "decaler", "reporter", "repousser", "avancer", "reschedule", "postpone", "postponed", "rescheduled", "move", "moved", "shift", "modifier", "modifiee", "changer", "change", "changed"],
  ABSENT: ["absent", "absente", "absents", "absence", "absences", "miss", "missed", "missing", "manque", "malade", "maladie", "sick", "ill", "illness"],
  ECHEC: ["echec", "echecs", "echoue", "echouer", "echouee", "fail", "failed", "failing", "failure", "rate", "ratee", "loupe", "louper", "rater"],
  SEMESTRE: ["semestre", "semestres", "semester", "semesters", "term", "terms"],
  PARCOURS: ["parcours", "path", "paths", "pathway", "pathways", "track", "tracks", "programme", "program", "programmes", "programs", "cursus", "curriculum"],
  REGROUPEMENT: ["regroupement", "regroupements", "gathering", "gatherings", "meetup", "meetups"],
  PRESENTIEL: ["presentiel", "presence", "physical", "physically"],
  ENF: ["enf", "plateforme", "platform", "moodle"],
  SUPPORT: ["pdf", "pdfs", "live", "direct", "synchrone", "replay", "enregistre", "enregistres", "enregistrees", "enregistrement", "enregistrements", "recorded", "recording", "recordings", "video", "videos", "videos"],
  CM: ["cm", "magistral", "magistraux"],
  TD: ["td", "tds", "ed", "eds", "tp", "tps", "tutorial", "tutorials", "seminar", "seminars", "workshop", "workshops"],
  QUALITE: ["qualiopi", "qualite", "quality"],
  VAE: ["vae"],
  BILAN: ["bilan", "bilans"],
  APPRENTISSAGE: ["apprentissage", "alternance", "apprenticeship", "apprenticeships", "apprentice", "apprentices"],
  PLACES: ["places", "seats", "complet", "complete", "full", "quota", "capacity", "capacite"],
  TARDIF: ["retard", "late", "tard"],
  TRAVAILPERSO: ["homework", "devoirs", "revisions", "reviser", "revise", "revising"],
  ANNEE: ["an", "ans", "annee", "annees", "year", "years"],
  // Interrogatives: weak concepts (see WEAK_CONCEPTS) that tell "when" from "where" from "how".
  QUAND: ["quand", "when"],
  WHERE: ["where"],
  HOW: ["comment", "how"],
  COMBIEN: ["combien"],
  WHO: ["qui", "who"],
  WHY: ["pourquoi", "why"],
  TROUVER: ["trouver", "trouve", "trouves", "voir", "vois", "voit", "find", "see", "look", "consulter", "consulte"],
  MOIS: ["mois", "month", "months"],
};

/** Word → concept, built once from CONCEPT_WORDS. */
export const CONCEPTS: ReadonlyMap<string, string> = new Map(
  Object.entries(CONCEPT_WORDS).flatMap(([concept, words]) => words.map((word) => [word, concept] as const)),
);

/** Words whose meaning differs by language, checked before CONCEPTS. */
export const LANGUAGE_CONCEPTS: Readonly<Record<Language, ReadonlyMap<string, string | null>>> = {
  fr: new Map<string, string | null>([
    ["rate", "ECHEC"],
    ["an", "ANNEE"],
    ["us", "US"],
    ["note", "NOTE"],
    ["place", "PLACES"],
  ]),
  en: new Map<string, string | null>([
    // In English, lower-case "us" is a pronoun; the unit is written "US" (handled by case) or "U.S.".
    ["us", null],
    ["rate", null],
    ["an", null],
    ["note", null],
    ["id", "IDENTITE"],
    ["place", "LIEU"],
    ["places", "LIEU"],
  ]),
};

/**
 * Concepts that anchor a question in the assistant's domain: enough to never call it off-topic.
 * Not "UE": learners say "class" and "course" for anything ("can I bring my dog to class").
 */
export const CORE_CONCEPTS: ReadonlySet<string> = new Set([
  "UA", "US", "ECTS", "INSCRIPTION", "EXAMEN", "RATTRAPAGE", "FOAD", "PREREQUIS", "AUTORISATION", "LICENCE", "DIPLOME",
  "CERTIFICATION", "CAPITALISATION", "COMPENSATION", "PLANNING", "INGENIEUR", "TRAVAILPERSO", "JOURNEEBLOQUEE", "CARTE", "ENF", "RNCP",
]);

/**
 * Concepts that shape a question (when, where, how, what is) without saying what it is about:
 * they help rank the right entry but weigh little in confidence, or "when does it rain" would look
 * half-answered by the exam calendar.
 */
export const WEAK_CONCEPTS: ReadonlySet<string> = new Set([
  "DEFINITION", "QUAND", "WHERE", "HOW", "COMBIEN", "WHO", "WHY", "TROUVER", "FONCTIONNEMENT", "UTILISER", "COMMENCER",
]);

const FRENCH_STOP_WORDS = `
a à au aux avec ce ces cet cette ceci cela ca c d de des du dans en et est es etes sont suis sommes etre ete
il ils elle elles on je j tu nous vous me m te t se s moi toi lui leur leurs y le la les l un une
mon ma mes ton ta tes son sa ses notre nos votre vos que quoi qu quel quelle quels quelles lequel laquelle
ou donc or ni mais car si ne n pas plus moins tres trop peu aussi alors puis
peut peux pouvez pouvons peuvent pourrait pourrais pourriez faut faudrait fait faire fais font ferais ferait ferai feras ferons ferez feront ferions feriez dois doit doivent devez devoir
veux veut voulez voudrais voudrait voulais voulait aimerais aimerait souhaite souhaiterais souhaitais savoir sais sait connaitre dire dis dit expliquer explique
expliquez expliquer merci bonjour bonsoir salut coucou hello svp stp oui non ok okay daccord bien bon bonne
quelqu quelque chose truc trucs genre exactement vraiment ya avoir ai as avons avez ont aura auraient avais avait eu
sur sous par pour sans entre chez vers depuis pendant avant apres tout tous toute toutes autre autres meme
via cela celui celle ceux celles dont lorsque lorsqu jusqu puisqu quoique parce
besoin question questions concerne concernant sujet propos cas
exactement concretement vraiment precisement possible possibles possibilite normal normale normalement quelque part encore deja
juste seulement simplement voila bref ben bah hein enfin comprends comprend comprendre pige capte actuellement
importe n_importe comme etais etait etions etiez etaient serai sera serais serait seront soit sois
vrai vraie bout truc machin franchement grave graves aucun aucune rien idee idees
classique classiques ordinaire ordinaires habituel habituelle reel reelle forcement plutot cote
desole desolee desoles dsl pardon excusez bete betes idiote stupide basique naive
`;

const ENGLISH_STOP_WORDS = `
a an the of to in on at for with without by from into onto about as is are was were be been being am
do does did done doing can could would should will shall may might must i me my mine you your yours
we our ours they them their theirs he him his she her hers it its this that these those what which whom whose
there here and or but if so than then also too very just really please thanks thank
hi hello hey ok okay tell explain know want wants need needs get gets got have has had having any some much many
s t m ll re ve d dont im ive id yes no not one also still ever else there s let lets like would like mean means
question questions regarding about etc
exactly actually really basically concretely possible possibility normal normally just only already understand kind sort system some any
anyone anybody everyone everybody right
basically anyway honestly literally thing things stuff guess wondering wonder
actual regular ordinary usual standard classic typical necessarily
sorry apologies apologise apologize dumb silly stupid basic naive
`;

export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(FRENCH_STOP_WORDS.split(/\s+/).filter(Boolean)),
  en: new Set(ENGLISH_STOP_WORDS.split(/\s+/).filter(Boolean)),
};

/**
 * Words that only appear in off-topic requests (weather, food, sport, entertainment, trivia,
 * politics, shopping). One of them, without a core concept of the domain, means the question is
 * not about studying at the Cnam: the assistant abstains rather than stretch an answer to fit.
 */
export const OFF_TOPIC_WORDS: ReadonlySet<string> = new Set(
  `
meteo temps_qu_il_fait weather forecast pluie pleuvoir pleut rain raining soleil sunny neige snow temperature
recette recettes recipe recipes cuisine cuisiner cook cooking gateau cake pizza pates pasta restaurant restaurants
resto manger eat eating boire drink cafe coffee biere beer vin wine dessert crepes burger kebab sushi breakfast lunch brunch dejeuner
football foot soccer basket basketball tennis rugby match matchs psg olympiques olympics sport sports
film films movie movies netflix musique music chanson chansons song songs concert album
blague blagues joke jokes poeme poem poems histoire_drole devinette riddle horoscope astrologie zodiac
capitale capital president presidente election elections politique politics gouvernement government guerre war
bitcoin crypto bourse stock stocks action_boursiere
voyage voyages vacances holiday holidays hotel hotels avion flight flights plage beach
amour love dating copine copain girlfriend boyfriend mariage wedding
jeu jeux game games jouer play playing console playstation
chien chiens dog dogs cat cats animal animaux
voiture voitures car_rental parking
gym cafeteria cantine self wifi toilettes ascenseur distributeur imprimante photocopieuse casier vestiaire piscine logement housing
dormitory bibliotheque library age salaire salary
  `
    .split(/\s+/)
    .filter((word) => word && !word.includes("_")),
);
