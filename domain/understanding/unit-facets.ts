import { STOP_WORDS } from "./chat-lexicon";
import { foldText } from "./text-normalizer";

/**
 * What a question about a unit asks for. The catalog holds some facets (description, hours and
 * credits, prerequisites, timetable and modality, authorization, diplomas); others it does not
 * (fees, exam dates, teacher, seats, pass rate, room), and for those the honest answer is that they
 * are not in the assistant's sources, never the unit's description instead.
 */
/**
 * `path`: the units to take before it, in order, and how many semesters at least (from the prerequisites).
 * `after`: the units that require or advise it (« UTC505 ouvre quelles UE ? »).
 * `recordings`: whether its sessions are recorded (« les séances sont enregistrées ? »), which a timetable note may say.
 */
export const HELD_FACETS = ["description", "prerequisites", "authorization", "diplomas", "path", "after", "recordings"] as const;
/** `detail`: anything else the catalog does not hold (materials, exam format, assessment, attendance, difficulty…). */
export const UNHELD_FACETS = ["fees", "contact", "exam-date", "teacher", "seats", "class-size", "pass-rate", "room", "teaching-language", "detail"] as const;
export type HeldFacet = (typeof HELD_FACETS)[number];
export type UnheldFacet = (typeof UNHELD_FACETS)[number];
export type UnitFacet = HeldFacet | UnheldFacet;

/**
 * The kinds of detail of a unit the catalog does not hold, each by its words: named in the reply (« la forme et la durée de
 * l'examen ») rather than as « ce détail ».
 */
export const DETAIL_KINDS = ["results-date", "materials", "exam-format", "assessment", "attendance", "teacher-manner", "past-papers", "class-grades", "difficulty", "placement-score", "placement-test", "auditing", "recognition", "exemption", "enrolment-dates", "certificates", "accessibility", "practicals", "invoicing"] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];
const DETAILS: readonly [DetailKind, string][] = [
  // When the grades come out: « les notes de NFA010 sont publiées quand ? ».
  ["results-date", String.raw`\b((quand|when)\b.{0,30}\b)?(notes?|resultats?|results?|grades?|marks?)\b.{0,40}\b(publiee?s?|published|released|sortent|sortiront|tombent|affichee?s?|disponibles?|available|out|consultables?)\b( quand| when)?|\b(publication|sortie) (des|of the) (notes|resultats|results|grades)\b|\b((quand|when) )?(sortent|sortiront|tombent|tomberont|seront publiee?s|sont publiee?s|arrivent|arriveront|paraissent) (les |nos |mes )?(notes|resultats)\b|\bwhen (are|will) (the |my |our )?(results|grades|marks) (be )?(out|published|released|available)\b`],
  // Course materials and tools.
  ["materials", String.raw`\b(manuels?|livres?|bouquins?|textbooks?|books?|reading list|bibliographie|supports? de cours|slides|polycopies?|poly|logiciels?|software|which (tools?|ide|language version)|quels? outils?|materiel|equipment|a installer|to install|oracle ou mysql|mysql ou oracle)\b`],
  // How the exam runs: its length, form, documents allowed, where from.
  ["exam-format", String.raw`\b(examens?|exams?|epreuves?|partiels?)\b.{0,30}\b(dure|durent|duree|combien de temps|how long|length|oral|ecrit|written|format|forme|qcm|mcq|documents? autorises?|calculatrice|calculator|open book|sur table|online|on site|onsite|en ligne|sur place|a distance|remote|remotely|presentiel|in person|visio|en visio|de chez moi|from home|a la maison|at home)\b|\b(duree|combien de temps dure|how long (is|are|does))\b.{0,20}\b(examens?|exams?|epreuves?|partiels?)\b|\b(allowed|autorisee?s?|permitted|droit|can i|may i|puis je|je peux|on peut)( \w+){0,3} (bring|use|have|apporter|utiliser|avoir|a) ((my |mes |des |les |ses |a |une? |some )?(notes|documents?|calculat\w*|calculette|dictionnaire|dictionary|cheat sheets?|antiseches?)|(mes|ses|my) (cours|course notes))\b`],
  // How the unit is assessed, what is to hand in.
  ["assessment", String.raw`\b(devoirs?|homework|assignments?|projets? a rendre|rendus?|controle continu|continuous assessment|coefficients?|bareme|grading scheme|how (is|are) (it|the unit|the course|they|grades?) (graded|assessed|marked)|comment (est|sont) (elle |il |ils |elles |l ue |le cours )?(note|notee|evalue|evaluee|evalues)|qui corrige|who (marks|grades|corrects)|partiels?( de [a-z]{3} ?\d{3}| en [a-z]{3} ?\d{3})? (compte|comptent|vaut|valent|represente|pese|pesent) (pour |dans la note )?(combien|quoi|quel pourcentage|quelle part)|combien (vaut|valent|compte|comptent|pese|pesent) (le |les |un )?partiels?|compte(nt)? pour combien dans (la|ma) note|ponderation|weighting|(midterm|mid term|partial exam) (counts?|is worth|weighs?)|how much (does|do|is|are) (the |my )?(midterms?|mid terms?) (count|worth))\b`],
  // How its sessions are split: « RSX101 il y a des TP ? », "does NFA031 have lab sessions?" (not whether they are compulsory: attendance).
  ["practicals", String.raw`\b((y a t il|il y a|y a|ya|yaura t il|il y aura|are there|is there|(does|do|will) (it|this unit|the (unit|course|class)|[a-z]{3} ?\d{3}) (have|include|involve)|do (they|we) (have|do)) |(a|an|des|avec|with|any|some) )(des |du |de |d |any |some )?(tps?|tds?|eds?|travaux pratiques|travaux diriges|practicals?|practical (sessions?|work|classes)|labs?|lab (sessions?|work|classes)|tutorials?|hands on (sessions?|work))\b(?! (sont |are |is )?(obligatoires?|compulsory|mandatory))(?!.{0,30}\b(samedis?|saturdays?|soirs?|evenings?|distance|online|en ligne|foad|lundis?|mardis?|mercredis?|jeudis?|vendredis?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|quand|when|heures?|hours?)\b)`],
  // Attendance.
  // (Not the absences one handles at work, « je gère les contrats, les absences … », "I manage staff absences": they were read as the
  // unit's attendance rules.)
  ["attendance", String.raw`\b(((les|des) (td|tp|ed|travaux diriges|travaux pratiques|seances)|tutorials|labs|lab sessions)\b( \w+){0,2} (sont |are |is )?(obligatoires?|compulsory|mandatory)(?=[\s?!.]*$|\s+(ou pas|ou non|or not)[\s?!.]*$|\s+(pour|to|for) (avoir|valider|passer|pass|sit|take) (l |la |le |the |mon |ma |my )?([a-z]{3} ?\d{3}|examen|exam|ue|unit|unite)?[\s?!.]*$)|(?<!\b(?:gere|gerer|gerais|gestion|traite|traiter|occupe|manage|manages|managing|handle|handles|handling)\b(?: \w+){0,4} )absences?|manquer des (cours|seances)|miss(ing)? (classes|sessions|lessons|lectures)|sessions? (can|may) i miss|presence obligatoire|obligatoire d y (aller|etre)|obligatoire d (etre present\w*|assister|y assister)|(etre present\w*|presence) (est |c est )?obligatoire|(have|need) to attend (the |all |every )?(classes|sessions|lectures)|attendance|assiduite|mandatory to attend|compulsory attendance)\b`],
  // The teacher as a person.
  ["teacher-manner", String.raw`\b(profs?|professeurs?|enseignants?|teachers?|lecturers?)\b.{0,20}\b(comment|sympa|gentil|bien|nice|good|strict|severe|exigeant|cool|how is|is (he|she) (good|nice|strict))\b`],
  ["past-papers", String.raw`\b(annales|sujets? (d examens?|des annees|precedents)|past (papers|exams)|old exams|(les|des) corriges|corriges (des|d) (annales|examens?|sujets?))\b`],
  // The class's grades.
  ["class-grades", String.raw`\b(moyenne (des notes|de la promo|de la classe|generale de l ue)|notes? moyennes?|average (grade|mark|score)|what grades? do people get)\b`],
  // Difficulty and workload.
  ["difficulty", String.raw`\b(difficile|difficult|hard to pass|tough|niveau de difficulte|charge de travail|workload|is it hard|c est dur|(trop|tres|vraiment|super|hyper) (dure?|complique|chaud)(?! pour (moi|me|mon niveau))|too hard(?! for me)|ca se valide facilement|(la |le )?plus (facile|simple|dure|abordable|accessible)|(les |la |le )?moins (dure?s?|difficiles?|exigeantes?)|easiest|hardest|easier|harder|more difficult|facile a valider|easy to pass)\b`],
  // The threshold of a placement test.
  // (« Le test de positionnement d'ANG320 c'est un Cambridge ? »: the test's form, which the card does not give either.)
  ["placement-score", String.raw`\b(combien de points|quel score|what score|seuil|minimum score|note minimale)\b.{0,30}\b(test|positionnement|placement)\b|\b(test|positionnement|placement)\b.{0,40}\b(c est|cest|is it|est ce|est il) (un |une |a |le |the )?(cambridge|toeic|toefl|ielts|bulats|linguaskill)\b`],
  // The placement test's length and date: "How long is the placement test for ANG320, and when is it held?" (it got ANG320's card and
  // its classes' timetable, as if they said them).
  ["placement-test", String.raw`\b(combien de temps|how long|duree|dure|durent|quand|when|dates?|a quelle heure|what time|which day|quel jour)\b(?:(?! et | and |,|\?).){0,40}\b(tests? de positionnement|positionnement|placement tests?|tests? de niveau|level tests?)\b|\b(tests? de positionnement|placement tests?|tests? de niveau|level tests?)\b(?:(?! et les | and the |\?).){0,40}\b(dure|duree|durent|combien de temps|how long|quand|when|dates?|a lieu|ont lieu|held|takes? place|se passe|se deroule|a quelle heure|what time)\b`],
  // Attending without the exam: auditing.
  ["auditing", String.raw`\b(auditeur libre|en auditeur|en tant qu auditeur|as an auditor|audit(ing)? (the |a |this )?(course|unit|class|[a-z]{2,5}\d{2,5})|sans (passer|faire|presenter|me presenter a) (l |les )?(examens?|exams?|epreuves?)|without (taking|sitting|doing) (the |any )?(exams?|examens?|final|test))\b`],
  // Recognition elsewhere.
  // Being let off it: « être dispensé de ANG320 avec le TOEIC », "exempted from ANG320 with a TOEIC score".
  // (« dispensée » of a unit is also where or how it is taught: « NFA031 est dispensée le soir » is no exemption; nor are fees waived.)
  ["exemption", String.raw`(?<!\b(?:frais|fees?|costs?|tarifs?|prix|price)\b.{0,40})\b(dispensee?s? (de|d) (?!quelle|quel|facon|maniere)|(une|la|obtenir une|demander une|avoir une) dispenses? (de|d|pour)|(me|m en) dispenser (de|d)|exempted|exempt from|exempts? (me|us|you|him|her|them) from|(cambridge|toeic|toefl|ielts|bulats|linguaskill)\b.{0,40}\b(accepted|instead of|a la place du|replaces?|remplace)|an exemption|exemption from|waive (it|the unit|the course|the class)|waived (from|off)|get out of taking|skip (the unit|the course|the class)|(skip|zapper|sauter) ([a-z]{3} ?\d{3}|it|this unit|this course) (if|since|because|as|given|with|thanks to|puisque|vu que|car|parce que|si|avec|grace a)|(m en|me) dispenser (vu que|puisque|parce que|car|si)|(m|t|s|nous|vous) en (etre )?(dispenser|dispensee?s?|exemptee?s?)|en etre (dispensee?s?|exemptee?s?))\b`],
  // When enrolment opens or closes: « c'est quand les inscriptions ? », "when does enrolment open for it?", its deadline ("the deadline to
  // enrol in RCP105 for the spring semester", « la date limite d'inscription », "last day to sign up": the semester said is the deadline's).
  // (Not who may enrol, "is enrolment open to …", nor when classes start once enrolled.)
  ["enrolment-dates", String.raw`\b((quand|when) (?:est ce qu |est ce que |c est |sont |do |does |is |are )?(?:les |the |l )?(inscriptions?|enrolments?|enrollments?|registrations?)\b|(quand|when) (?:do|does|is|are) (?:the )?(?:enrolments?|enrollments?|registrations?) (?:open|close)|(inscriptions?|enrolments?|enrollments?|registrations?)(?: (?:pour|for|in|to|a|de|d) [a-z]{3} ?\d{3})? (c est quand|sont quand|ouvrent|ouvrira|ouvre|ferment|fermera|ferme|closes?|opens?(?! to)|deadline|date limite)\b(?! droit)|((c est |cest |c )?(quand|when) (est |sera )?(la |les )?)?dates? (d |des |limite d |limite des )?(inscriptions?)|(enrolment|enrollment|registration) (dates?|deadline|period)|((c est |cest |c )?(quand|when) (est |is |sera |will be )?(la |les |the )?)?(deadline|date limite|last day|last date|final day|cut ?off( date)?|dernier jour|derniere date)( \w+){0,2} (to|for|pour|d|de|of) (enrol\w*|enroll\w*|register\w*|registration|sign up|signing up|inscri\w*|s inscrire|m inscrire|y inscrire|apply|applying)( (in|for|to|a|au|en|pour) [a-z]{3} ?\d{3})?( (for|in|pour|au|du|de) (the |le |la )?(\w+ )?(semestre|semester|term)( \w+)?)?)\b`],
  // A certificate of attendance or enrolment for the unit (« mon employeur me demande une attestation de présence pour NFA009 »): who
  // issues it is the unit's secretariat's matter, not the catalog's.
  ["certificates", String.raw`\b(attestations? (de |d )?(presence|assiduite|inscription|scolarite|suivi|formation)|certificats? (de |d )?(scolarite|presence|inscription|assiduite)|(certificate|proof|attestation|letter) of (attendance|enrolment|enrollment|registration)|(attendance|enrolment|enrollment|registration) (certificate|letter))\b`],
  // Learning or sitting the exam with a disability, asked: materials read by a screen reader, exam arrangements, whom to see.
  // (Not the learner's own state told beside another question, « je suis malvoyante, NFA031 c'est à distance ? », nor « accessible »
  // alone, which asks the unit's level.)
  ["accessibility", String.raw`\b((accessibles?|compatibles?|utilisables?|lisibles?|usable|readable|work|works)( \w+){0,3} (avec|with|by|par|pour|for) (un |une |a |mon |ma |my )?(screen readers?|lecteurs? d ecran|synthese vocale|braille)|accessibilite|accessibility|amenagements? (d examens?|des examens|pour (les |l )?examens?|d epreuves?|pour (les )?(personnes )?(handicapees?|en situation de handicap))|tiers temps|exam (arrangements|accommodations|adjustments)|(arrangements|accommodations|adjustments) (for|at) (the |my )?exams?|disability (arrangements|accommodations|adjustments|office|services?|support|officer|contact|team|advis[eo]r)|(mission|referente?|service|cellule|bureau) handicap)\b`],
  ["recognition", String.raw`\b(reconnue?s? (par|a l etranger|en dehors)|recogni[sz]ed (by|abroad|outside)|ordre des|rncp)\b`],
  // An invoice or a quote for the unit, made out to an employer: "can Cnam send the invoice for ESC101 directly to our company?" (it got
  // ESC101's card), « une facture de GDN100 au nom de ma boîte ».
  // (« NFA031 est facturé combien ? » asks its price: the fees.)
  ["invoicing", String.raw`\b(factures?(?! combien)|facturer(?! combien)|facturee?s?(?! combien)|facturation|devis|invoices?|invoiced|invoicing|billing|billed|bill (it |them )?(directly )?to (my|our|the) (company|employer|firm))\b`],
];

/** The kinds of detail the catalog does not hold that folded words ask for, in a fixed order. */
export function detailsAsked(words: string): DetailKind[] {
  const asked = DETAIL_PATTERNS.filter(([, pattern]) => pattern.test(words)).map(([kind]) => kind);
  // ("Are the course materials accessible with a screen reader?", "a certificate of attendance": the materials' accessibility, the
  // certificate — not the materials nor the attendance rules besides.)
  // (Attendance asked outside a certificate's words too stays: "What's the attendance policy for NFA009, and can I get an attendance
  // certificate?". Materials said beside their accessibility are that accessibility's: « les supports sont-ils accessibles… ».)
  const pattern = (kind: DetailKind) => DETAIL_PATTERNS.find(([each]) => each === kind)![1];
  const askedApart = (kind: DetailKind, other: DetailKind) => other === "certificates" && pattern(kind).test(words.replace(new RegExp(pattern(other).source, "g"), " "));
  return asked.filter((kind) => !asked.some((other) => SAID_WITHIN[other] === kind && !askedApart(kind, other)));
}
/** A detail whose words hold another's: the other is no detail of its own beside it. */
const SAID_WITHIN: Partial<Record<DetailKind, DetailKind>> = { accessibility: "materials", certificates: "attendance" };
const DETAIL_PATTERNS = DETAILS.map(([kind, source]) => [kind, new RegExp(source)] as const);

/** Big French cities outside Île-de-France, and a few abroad: far enough from Paris that a unit is asked at a distance. */
const FAR_CITY =
  "lyon|marseille|lille|bordeaux|toulouse|nantes|strasbourg|rennes|nice|montpellier|grenoble|rouen|reims|tours|dijon|brest|le mans|angers|clermont ferrand|metz|nancy|orleans|caen|limoges|amiens|perpignan|besancon|poitiers|la rochelle|toulon|avignon|saint etienne|london|londres|brussels|bruxelles|geneva|geneve|montreal";

/**
 * Sitting the exam somewhere far from Paris, asked: "could I sit the NFA031 exam in Lyon instead of Paris?", « je peux passer l'examen
 * de NFA031 à Lyon ? », « passer l'exam de RSX101 depuis Marseille », "take the exam abroad": where it is sat, which the
 * sources do not say (it got « ✅ Oui, vous pouvez vous inscrire »). Only a verb of sitting it, the exam, then the place at once.
 */
const EXAM_ELSEWHERE = String.raw`(sit|take|write|do|pass|passer|passe|faire|composer) (the |my |an |its |l |le |mon |mes |les |un )?([a-z]{3} ?\d{3} )?(examens?|exams?|lexamen|lexam|epreuves?|partiels?|finals?)( (of|for|de|d|du) [a-z]{3} ?\d{3})?( (in|at|from|a|en|depuis|dans) (${FAR_CITY}|another (city|town|country)|l etranger|province|une autre ville|ma ville)| abroad| overseas)\b`;
/**
 * Where the exam is sat, asked (folded words): « l'examen il se passe où ? », "where is the exam held?", « c ou lexam de dsy101 »,
 * « c'est où l'examen ? » (« c'est » typed « c » or « cest » on a phone). (« salle », "room" alone are the room facet's too.)
 */
const WHERE_THE_EXAM_IS = String.raw`(examens?|exams?|epreuves?|partiels?)( (de|d|du|of|for) [a-z]{3} ?\d{3})? where (is|are) (it|they) (held|sat|taken|taking place)|(examens?|exams?|epreuves?|partiels?)\b.{0,25}\b(se passe|se passent|se deroule|se deroulent|a lieu|ont lieu|passe t on|on le passe|on les passe|je le passe|je les passe|je le passerai|je vais le passer|je dois le passer)\s+ou|ou (se passe|se passent|se deroule|a lieu|ont lieu|passe t on|on passe)\b.{0,25}\b(examens?|exams?|epreuves?|partiels?)|where\b.{0,25}\b(exams?|examens?|finals?)\b.{0,20}\b(held|take place|taken|sat)|where (do|can|will|would|should|could) (i|we) (take|sit|write|pass)(?= ((the|my|its|this|that) ([a-z]{3} ?\d{3}( s)? )?|[a-z]{3} ?\d{3}( s)? )(exams?|examens?|finals?|resits?)\b)|(je|j|on) (passe|passerai|vais passer|dois passer) (l |les |mon |mes |le |la )?(examens?|exams?|epreuves?|partiels?)( de| d)?( [a-z]{3} ?\d{3})? ou(?= $)|(examens?|exams?|epreuves?|partiels?)( de| d| du)? [a-z]{3} ?\d{3} (c est |cest |c |il est |elle est |ca se passe |se passe |a lieu )?ou(?= $)|(c est|cest|c) ou (l |les |le |la |mon |ma |mes |l)?(examens?|exams?|epreuves?|partiels?|rattrapages?)|(rattrapage|session 2|deuxieme session|resit)\b.{0,25}\b(a lieu|ont lieu|se passe|se deroule|se passent)\s+ou|(in )?(which|what) (city|town|place|centre|center)\b.{0,30}\b(exams?|examens?|finals?|sit)|(dans )?(quelle|quel) (ville|lieu|centre)\b.{0,30}\b(examens?|exams?|epreuves?|partiels?|passer|passe)|(examens?|exams?|epreuves?)\b.{0,25}\b(dans quelle ville|in which city|in what city)|${EXAM_ELSEWHERE}`;
const WHERE_THE_EXAM_IS_ASKED = new RegExp(String.raw`\b(${WHERE_THE_EXAM_IS})\b`);

/** Whether folded words ask where an exam is sat, a unit named or not: the sources do not say. */
export function asksWhereTheExamIs(words: string): boolean {
  return WHERE_THE_EXAM_IS_ASKED.test(words);
}

/** Folded words (see intent.recognizer's foldedWords), padded with spaces. */
const UNHELD: readonly [UnheldFacet, RegExp][] = [
  ["fees", /\b(factur\w* combien|prix|tarifs?|couts?|coute|coutent|coutera|frais|payer|payant|paye|euros?|eur|cher|combien ca coute|financement|financer|cpf|fees?|price|prices|cost|costs|costing|pay|paid|tuition|how much is|how much does|expensive|cheap|cheaper|cheapest|moins cher|plus cher|funding|gratuit|gratuite|gratuits|gratuites|gratos|free of charge|for free)\b|€|\$/],
  // The unit's secretariat: the catalog holds it for some units (then it is given), not for most.
  [
    "contact",
    /\b((tel|telephone|phone|numero|number|num|mail|e mail|email|adresse|address|contact|contacts|coordonnees|contact details)( \w+){0,3} (du|de la|de l|d|of the|of|for the|for) (secretariat|scolarite|secretary|office)|(joindre|contacter|reach|call|appeler|ecrire a|write to|email|mail)( le| la| l| the)? (secretariat|scolarite|secretary|office))\b/,
  ],
  [
    "exam-date",
    /\b((what time|which time|start time|starting time|a quelle heure)\b.{0,30}\b(examens?|exams?|partiels?|epreuves?)\b|(examens?|exams?|partiels?|epreuves?)\b.{0,20}\b(a quelle heure|what time|commencent|commence|debute|debutent|starts?|begins?)\b(?! (par|with|avec|by|on))|(date|dates|jour|quand(?! meme)|when|day|calendrier|calendar|horaires?|heure)\b.{0,30}\b(examens?|exams?|partiels?|epreuves?|sessions?|test|rattrapages?|resits?|retakes?|repasse|repasser)|(examens?|exams?|partiels?|epreuves?|rattrapages?|resits?|retakes?|repasse|repasser)\b.{0,30}\b(date|dates|quand|when|jour|day|lieu|aura lieu|a lieu|take place|is it|scheduled|calendrier|(c est|cest|ce sera|ca sera|sera|serait|est il|est elle|is it|will it be|is that)( bien| aussi| also)? (en|au mois de|in|fin|end of|debut|early|late) (janvier|fevrier|mars|avril|mai|juin|juillet|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|september|october|november|december)|plus tard|later|plus tot|earlier)|\b(is|will) the( \w+)? (exam|final|resit)s?( be)? in (january|february|march|april|may|june|july|september|october|november|december)|\b(passer|repasser|sit|take|resit) (l |the |my |mon )?([a-z]{3} ?\d{3} )?(examen|exam|partiel|epreuve)( de| d| du| of| for)?( [a-z]{3} ?\d{3})? (en|in|au mois de) (janvier|fevrier|mars|avril|mai|juin|juillet|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|september|october|november|december))\b/,
  ],
  // Who teaches, by name (« qui le donne ? », "the names of the teachers", « c'est toujours le même enseignant ? »): « l'autorisation de l'enseignant », "the teacher's OK"
  // are not about the teacher; nor "the names of the units the teacher recommended", « ma collègue qui le fait cette année ».
  [
    "teacher",
    /\b((et|and|what about|how about) (pour |for |about )?(le |la |les |l |the )(profs?|enseignants?|enseignantes?|professeurs?|teachers?|professors?|lecturers?)( alors| then| du coup)?(?= *$)|(noms?|names?) (of |du |des |de |d )?(the |le |la |les |l |my |mon |ma |their |its |son |sa |ses )?(enseignants?|professeurs?|profs?|formateurs?|intervenants?|teachers?|professors?|lecturers?|tutors?|instructors?)|(qui|who|nom|name|quel(le)?|which|c est qui|connait|know|whose)\b.{0,30}\b(enseignants?|professeurs?|profs?|formateurs?|intervenants?|teachers?|professors?|lecturers?|tutors?|instructors?|responsables?)|(enseignants?|professeurs?|profs?|teachers?|professors?|lecturers?|tutors?)\b.{0,25}\b(mr|mme|m|monsieur|madame|mister|mrs|ms|dr|docteur|c est qui|c qui|c ki|qui|ki|who|qui est ce|s appelle|name|nom)|(e mail|email|mail|courriel|adresse|phone|telephone|tel|numero|number|contact|coordonnees)\b.{0,25}\b(enseignants?|professeurs?|profs?|formateurs?|intervenants?|teachers?|professors?|lecturers?|tutors?|instructors?)|(contacter|joindre|ecrire a|reach|contact|email|write to) (l |le |la |les |the |my |mon |ma )?(enseignants?|professeurs?|profs?|formateurs?|teachers?|professors?|lecturers?|tutors?|instructors?)|qui (l |la |les )?(enseigne|enseignent|assure|assurent|donne|donnent|anime|fait)( le cours| les cours| cette| l ue)?|qui le (enseigne|assure|donne|anime)|(toujours|encore|still|always) (le |la |l |the )?(meme|same) (enseignants?|enseignantes?|professeurs?|profs?|formateurs?|intervenants?|teachers?|professors?|lecturers?|tutors?|instructors?)|who (teaches|is teaching|gives|runs)|teached by|taught by|enseignee? par|donnee? par)\b/,
  ],
  ["pass-rate", /\b(taux de (reussite|succes|echec)|pourcentage de (reussite|succes)|pass rate|success rate|failure rate|combien (reussissent|ont reussi|echouent)|how many (students|people|learners|auditeurs|candidates)( \w+)? (pass|passed|fail|fails|failed)|(share|proportion|percentage|part|pourcentage|what fraction)( of| des| d)? (\w+ ){0,2}(fail|fails|failed|pass|passes|passed|echouent|ratent|reussissent)|(combien|how many) (de |d )?(\w+ )?((la|le|l|les) )?(echouent|ratent|reussissent|echoue|rate|ont reussi|ont valide|ont echoue|ont rate)|difficile a valider|reussite)\b/],
  // How many learners a class usually has: its size, not the seats left.
  // ("How many students are usually in an NFA031 class?", « ils sont combien en général dans une classe de NFA031 ? ».)
  ["class-size", /\b((combien|how many|nombre) (d |de |of )?(eleves|etudiants|auditeurs|personnes|inscrits|students|people|learners) ((are|is|sont|y a t il|il y a) )?((usually|generally|typically|normally|en general|generalement|d habitude|habituellement) )?(par|per|dans la|dans une|dans le|dans les|en|in a|in an|in the|in each|in) ([a-z]{3} ?\d{3} )?(classe|class|cours|groupe|group|promo|td|session)|(ils|elles|on|vous) (sont|etes|est) combien (\w+ ){0,3}(dans|par|en) (\w+ ){0,2}(classe|cours|groupe|promo|td|amphi)|(taille|size) (des|du|de la|of the|of) (classes?|groupes?|groups?|promos?|promotions?)|class size|on est combien|we are how many|how big (is|are) the (class|classes|group|groups))\b/],
  // Seats left, not « sur place » (on site): a place alone is not a seat.
  ["seats", /\b((combien de|nombre de|des|plus de|encore des?|reste t il des?|il reste des?|y a t il des?|reste (t il )?(encore )?(de la|des)|assez de|encore de la) places?|places? (restantes?|disponibles?|libres?|dispo|left|available|remaining)|(still|any|enough) places?|seats?|(est|is) (deja |already )?(complet|complete|full)(?! (a |en |in |at )?(distance|ligne|online|remote|remotely|foad))|(deja|already) (complet|complete|full)|(plein|pleine|rempli|remplie) a combien|how full|full\b(?! ?time| (a |en |in |at )?(distance|ligne|online|remote|remotely|foad))|capacite|capacity|effectif|combien (d inscrits|de personnes|d etudiants|d eleves)|how many (students|people|learners)|spots?|remaining|restantes?|liste d attente|waiting list|waitlist|wait list)\b/],
  [
    "teaching-language",
    /\b(langue (d enseignement|des cours|du cours|de l ue)|dans quelle langue|en quelle langue|which language|what language|in what language|language of (teaching|instruction|the (course|classes|unit))|(taught|given|held|delivered|teached) (in|only in) (english|french)|(cours|ue|unites?|classes?|courses?|lessons?)\b.{0,25}\b(en anglais|en francais|in english|in french)\b.{0,10}\b(ou|or)\b|(enseignee?s?|donnee?s?|dispensee?s?|faite?s?) en (anglais|francais)|(cours|ue|unites?|classes?|[a-z]{3} ?\d{3})\b.{0,20}\b(est|sont|c est|cest|se fait|se font|se passe|se passent) (entierement |uniquement |tout |toujours )?en (anglais|francais)(?= *$))\b/,
  ],
  // Where the exam is sat: « l'exam il se passe où ? », "where is the exam held?", « je passe l'exam de NFA031 où ? » (« où » last: not
  // « … NFA031 ou NFA032 »). (The words are folded: "exam" is « examen » by then, which "where would I sit the DSY101 exam?" missed; the
  // exam itself is left to the detail asked of it, "… if I take NFA031 online?".)
  // (And where the classes are: « c'est où les cours de GDN100 ? », « les cours de GDN100 c'est où ? »; « où ont lieu les cours » keeps
  // their timetable, which says the ways they are held.)
  ["room", new RegExp(String.raw`\b((c est|cest|c) ou (les |le |ses )?(cours|seances?|classes?|tds?|tps?)( (de|d|du) [a-z]{3} ?\d{3})?(?= *$)|(cours|seances?|classes?)( de| d| du)? [a-z]{3} ?\d{3} (c est |cest |c |ca se passe |se passent |se font )?ou(?= $)|salle|salles|room|rooms|batiment|building|amphi|amphitheatre|adresse|address|campus|quel site|which site|quel centre|etage|floor|${WHERE_THE_EXAM_IS})\b`)],
  ["detail", new RegExp(DETAILS.map(([, source]) => source).join("|"))],
];

/** (A selection asked of an exam or its grading, « l'examen de NFA031 est sélectif ? », is how it is marked: not held, no prerequisites.) */
const PREREQUISITES =
  /\b((zero|no|without( any)?|aucune?|sans|pas de|pas d|pas les|peu de|little) (it |computing |computer |programming |tech |technical |informatique |en informatique |prior )?(background|bases?|experience|connaissances?|notions?)|(j aurais|aurais je|il aurait) (du|fallu) (faire|avoir fait|suivre|prendre|valider)\b.{0,20}\bavant|should (i )?have (done|taken|passed)\b.{0,20}\b(before|first)|prerequis|pre requis|prerequisites?|pre requisites?|requirements?|required|niveau (requis|necessaire|demande|conseille)|quel niveau|quoi comme niveau|koi comme niveau|what level|level needed|require|requires|exige|exigent|avant (de|d)|(faut|faut il|il faut|need|needed) (quoi |what )?(avant|before|first)|(need|needs|require|requires|ask for|asks for) (anything|something|nothing|much|any background) (before|first|beforehand|in advance)(?! (the |my |l |le |la |an? )?(exams?|examens?|partiels?|tests?|sessions?|epreuves?|class|classes|cours))|(faut|faut il|il faut) (quelque chose|qqch|un truc) (avant|d abord)(?! (l |le |la |les |mon |ma )?(exams?|examens?|partiels?|tests?|sessions?|epreuves?|cours))|quoi avant|what before|(il faut|faut il|faut|que faut il|faudrait) quoi (pour|avant de|avant d) (faire|suivre|prendre|attaquer)(?!.{0,30}\b(a distance|en ligne|online|foad|le samedi|le soir|en soiree|session|rattrapage|examen|exam)\b)|what does it take to (take|do|get into|follow)|what does (it|[a-z]{3} ?\d{3}) (need|require|ask for)|what do i need (for|to take|to do) (it|[a-z]{3} ?\d{3})|before (taking|i take|doing|enrolling|starting)|faut il (avoir|avoir fait|avoir valide)|(passer|faire|pass|take|sit) (un |une |a |the |some )?(\w+ )?(test|tests)( de positionnement| d entree| first| before)?|test de positionnement|placement test|(forme de |une )?selection (a l entree|d entree|pour (y )?entrer|a l inscription)|(y a t il|il y a|ya|y a) (une )?(forme de )?selection|(?<!\b(examens?|exams?|epreuves?|partiels?|grading|notation|correction|marking|notes?|grades?)\b.{0,25})selecti(f|ve)|(any |a )?selection (process|to get in|for entry)|entrance (test|exam|selection)|(test|examen) d entree|(test|tests) (first|before|d abord|avant)|(faut|faudrait|il faut|do i need to|do i have to|must i) (avoir|have) (fait|valide|passe|suivi|done|taken|passed|completed)|dois je avoir|what (must|do|should) i (have )?(done|take|taken|pass|passed|complete|completed) (before|first)|need to (have )?(done|taken|passed) (before|first)|que faut il (avoir )?(fait|valide|suivi)|(avoir|have) (fait|valide|passe|suivi|done|taken|passed|completed)\b.{0,15}\b(avant|before|first|d abord)|(obligatoire|oblige|obligee|indispensable|necessaire|exigee?|mandatory|compulsory|required|needed|a must) (pour|avant de|avant d|to|before) (la |le |l |it |the unit |l ue )?(suivre|prendre|faire|attaquer|commencer|take|taking|follow|do|start)|faut (il )?(avoir )?[a-z]{3} ?\d{3} (obligatoirement|absolument|avant|d abord|first|before|aussi|also|too|en plus)|(do i need|is|does it need|does it require) [a-z]{3} ?\d{3} (too|also|as well|before|first)|(does it|does this unit|does that unit|does the unit|do you|do i|does [a-z]{3} ?\d{3}) (need|needs|require|requires) [a-z]{3} ?\d{3}|(elle|il|ca) (demande|exige|necessite|requiert) [a-z]{3} ?\d{3}|(obligatoire|oblige|obligee|indispensable|mandatory|compulsory|required|needed|a must) (before|avant|beforehand|first|d abord)( it| elle| la suivre| the unit| [a-z]{3} ?\d{3})?|(faut|dois|doit|oblige|obligee|need|have to|must|should)\b.{0,30}\b(faire|avoir fait|suivre|passer|valider|prendre|do|take|pass|complete) [a-z]{3} ?\d{3} (avant|before) [a-z]{3} ?\d{3}|[a-z]{3} ?\d{3} (demande|exige|necessite|requiert|needs|requires) (d avoir (fait|valide|suivi) |having (done|passed|taken) )?[a-z]{3} ?\d{3})\b/;
/** The way to a unit: « dans quel ordre ? », « combien de semestres au minimum pour arriver à X ? », "what order". */
const PATH =
  /\b((en )?combien de temps (minimum|au minimum|au moins|mini)|how long (at least|minimum)|(dans )?quel ordre|l ordre (des|de mes|pour)|in (what|which) order|what order|which order|(combien de|how many) (semestres?|semesters?|terms?|ans|annees|years)( au (minimum|moins)| at least| minimum)?|(combien de temps|how long)\b.{0,30}\b(avant de pouvoir|avant d arriver|before i can|until i can|to (get|reach) to)|parcours pour (arriver|aller|acceder|faire)|chemin (pour|jusqu)|(le )?chemin le plus (court|rapide)|(le )?plus court chemin|(the )?(shortest|quickest|fastest) (path|route|way)|(le )?parcours le plus (court|rapide)|path to|route to|aller jusqu a|arriver (a|jusqu a)|get (up )?to|work my way (up )?to)\b/;

/**
 * The units a unit leads to: « UTC505 ouvre quelles UE ? », « UTC505 est prérequis de quoi ? », « quelles UE
 * demandent UTC505 ? », « j'ai validé UTC505, je peux faire quoi maintenant ? », "what can I take after UTC505?",
 * "which units require UTC505?", "what does UTC505 unlock?", « après UTC502, quelles UE deviennent accessibles ? », "what becomes
 * available after UTC502?" (those two got « mes sources ne disent pas cela de UTC502 »).
 */
export const AFTER =
  /\b((quelles?|quels?|lesquelles|lesquels) (ue |ues |unites? |cours |modules? )?(me |m )?(deviennent|devient|deviendront|deviendra) (accessibles?|ouvertes?|ouverts?|possibles?|debloquee?s?)|(what|which) (units? |courses? |modules? |classes? )?(become|becomes|will become|would become) (available|accessible|open|unlocked)|(what|which) (units? |courses? |modules? |classes? )?(opens? up|will open up|unlocks?|are unlocked|get unlocked)|(enchainer|continuer|poursuivre|passer) (sur|avec|vers) (quelles?|quels?|quoi|lesquelles|lesquels)|(go on|move on|continue) (to|with) (which|what)|qu est ce que (je peux|j peux|je pourrai|je pourrais|je dois|on peut) (faire|suivre|prendre|enchainer|attaquer) (maintenant|ensuite|apres|derriere|a la suite|desormais)|(qu est ce que |qu est ce qu )(ca|cela|elle|il) (m |me |nous )?(ouvre|ouvrira|debloque|debloquera)|(ca |elle |il )?(m )?(ouvre|ouvrent|debloque|debloquent|donne acces|donnent acces)( a)? (quoi|quelles?|lesquelles|lesquels|quels?|a quoi|l acces a quoi)|(ca |cela |elle |il )(me |m )?(permet|permettra|permettrait|permettent) ((d acceder|de continuer|de poursuivre|d enchainer) (a|vers|sur) (quoi|(quelles?|quels?|lesquelles|lesquels) (ue|ues|unites?|cours|modules?))|d (aller|passer) (a|vers|sur) (quelles?|quels?) (ue|ues|unites?|cours|modules?)|de (faire|suivre|prendre) (quelles?|quels?|lesquelles|lesquels) (ue|ues|unites?|cours|modules?)(?! (a distance|en ligne|en foad|le samedi|le soir|le week end|online)))|(acceder|accede|accederai|accedes|mene|menent|menera|amene|conduit) a (quoi|quelles? ue|quelles? unites?|quels? cours) (apres|ensuite|derriere)(?! (comme|au|en|dans|professionnellement))|(est|c est|sert de) (un |une )?(prerequis|pre requis) (de|a|pour) (quoi|quelles?|quels?)|prerequis (de|pour) quelles?|(quelles?|quels?) (ue|ues|unites?|cours|modules?|matieres?) (demandent|exigent|necessitent|requierent|ont besoin de|attendent|il faut avoir|apres|ensuite|suivantes?|d apres|qui suivent|pour la suite)|(quelles?|quels?) (ue|ues|unites?|cours|modules?) (je peux|j peux|jpeux|puis je|on peut|peut on|je pourrai|je pourrais|est ce que je peux) (faire|suivre|prendre|enchainer|attaquer) (maintenant|ensuite|apres|derriere|now|a la suite|la suite|desormais)|(je peux |jpeux |puis je |on peut |je )?(suivre|suis|prendre|prends|enchainer|enchaine|choisir|choisis) quoi (maintenant|ensuite|apres|derriere|a la suite|desormais)|(je peux|jpeux|puis je|on peut) faire quoi (ensuite|apres|derriere|a la suite)|(et )?(apres|ensuite|derriere) (je peux|jpeux|puis je|on peut|je pourrai|je pourrais) (faire|suivre|prendre|enchainer) quoi|quoi (prendre|suivre) (maintenant|ensuite|apres|derriere)|(la suite|et apres|et ensuite|et derriere)( logique)? (c est quoi|je fais quoi|quoi|je prends quoi)|(what|which) (units?|courses?|modules?|classes?)? ?(can|could|should) i (take|do|follow|enrol in|move on to|go for) (next|now|after( that| it)?|afterwards|then)|what (comes|is) next|(what|which units?|which courses?) (does|do) (it|this|that|[a-z]{3} ?\d{3}) (open|unlock|lead to|give access to)|(which|what) (units?|courses?|modules?) (require|requires|need|needs|build on|builds on|have it as|come after|follow)|(is|it is|it s) (a )?(prerequisite|pre requisite|requirement) (for|of|to) (what|which)|prerequisite for (what|which)|(what|which) (units?|courses?|modules?|classes?) (can|could|will|should) i (take|do|follow|enrol in|go for)( next| then)? (once|when|after) (i ve |i have |i ll have |i will have |i )?(passed|done|validated|completed|finished) [a-z]{3} ?\d{3}|(once|after) (i ve |i have |i ll have |i will have )?(passed|done|validated|completed|finished) [a-z]{3} ?\d{3} (what|which) (units?|courses?|modules?|classes?) (can|could|will|should) i|(quelles?|quels?) (ue|ues|unites?|cours|modules?) (je peux|je pourrai|je pourrais|puis je|pourrai je|on peut|on pourra) (faire|suivre|prendre)( ensuite)? (une fois|quand j aurai|lorsque j aurai|apres avoir)( valide| fait| passe| reussi)? [a-z]{3} ?\d{3}|(une fois (que j aurai |que j ai )?|quand j aurai |lorsque j aurai |apres avoir )(valide |fait |passe |reussi )?[a-z]{3} ?\d{3}( validee?| faite?| reussie?| en poche)? (je peux|je pourrai|je pourrais|puis je|pourrai je|on peut|on pourra) (faire|suivre|prendre) (quoi|quelles?|quels?|lesquelles)|(une fois (que j aurai |que j ai )?|quand j aurai |lorsque j aurai |apres avoir )(valide |fait |passe |reussi )?[a-z]{3} ?\d{3}( validee?| faite?| reussie?| en poche)? (quelles?|quels?) (ue|ues|unites?|cours|modules?))\b/;

/**
 * Sessions recorded, or one missed caught up: « les séances sont enregistrées ? », « si je rate un soir je pourrai rattraper ? »,
 * "are the classes recorded?", "can I watch a replay?" — classes as videos. Not a grade, an enrolment or a record kept
 * ("is my NFA031 session 2 grade recorded yet?", « mon inscription au cours NFA031 est bien enregistrée ? », « mes cours de NFA031
 * sont enregistrés dans mon dossier ? »), nor an oral recorded at the exam (« un enregistrement oral à l'examen »).
 */
const RECORDINGS =
  /\b((?<!\b(inscriptions?|enrolment|enrollment|registration) (au|aux|a|en|in|to|for|on) (la |le |les |the )?)(cours|seances?|sessions?(?! \d)|classes?|lectures?|soirees?)( (?!(notes?|grades?|marks?|inscriptions?|resultats?|results?|rattrapages?|examens?|exams?|partiels?|resits?|dans|in|sur|on|to|\d+)\b)\w+){0,2}( (de|du|d|of|in|for) (la |le |the )?[a-z]{3} ?\d{3}| [a-z]{3} ?\d{3})?( (sont|est|seront|sera|seraient|serait|are|is|will be|would be|get|vont etre|ils|elles|they|bien|toutes|tous|all|aussi|also))* (enregistre(e|es|s)?|filmee?s?|recorded|filmed)\b(?! (dans|in|sur|on|to|into) (mon|ma|my|le|la|the|votre|your) (dossier|record|file|releve|transcript|espace|compte|account|fiche)\b)|(enregistrements?|recordings?|replays?|videos?) (des|de la|du|of the|of) (cours|seances?|sessions?(?! \d)|classes?|lectures?)|(des|un|les|a|any) (replays?|recordings?|enregistrements?)\b(?! (oral|orale|audio)\b)(?!( \w+){0,2} (a l|de l|pour l|at the|of the|in the|for the) (examen|exam|epreuve))|(rate|manque|loupe|miss|missed|skip|skipped)\b( \w+){0,2} (soir|soiree|seance|cours|class|lecture|evening)s?\b(?!.{0,40}\b(examens?|exams?|partiels?)\b).{0,40}\b(rattraper|catch up|make up)|(miss|skip) (a|one|the) session\b.{0,40}\b(catch up|make up)|(rattraper|catch up on|make up) (une|un|la|le|les|a|the|missed) (seances?|cours|soirs?|soirees?|class|classes|lectures?))\b/;
/** « RCP104 c'est enregistré ? », "is it recorded?": said of a unit alone, its classes (not an enrolment, a grade or a record). */
const IT_IS_RECORDED = /\b(c est|cest|c|ca sera|ce sera|is it|are they|it s) (bien |toujours |always )?(enregistre|filme|recorded|filmed)\s*$/;
const OTHER_THINGS_RECORDED = /\b(inscri\w*|enrol\w*|registration|registered|notes?|grades?|marks?|resultats?|results?|dossier|releve|transcript|record|dispenses?|exemptions?|paiement|payment|candidature|application|examens?|exams?|epreuves?|oral|absences?)\b/;
/** Whether the attendance is asked (« c'est obligatoire d'être présent ? »): the sessions said recorded are then the learner's reason. */
const ATTENDANCE_ASKED = new RegExp(DETAILS.find(([kind]) => kind === "attendance")![1]);

/** Being required to come somewhere (« does it require me to come to Paris? »): where classes are, not a prerequisite. */
const REQUIRED_TO_COME = /\b(requires?|required|need|needs)\s+(me |you |us |learners |students )?to\s+(come|go|travel|be|attend|show up)\b/g;

/** A first-person check of the prerequisites is an enrolment check: « ai-je les prérequis pour X ? ». */
const PREREQUISITES_CHECK = /\b(ai je|j ai|est ce que j ai|do i (have|meet)|i have|have i got|suis je)\b.{0,20}\b(prerequis|prerequisites?|requirements?|niveau)\b/;
const AUTHORIZATION =
  /\b(autorisation|autorise|autorisee|agrement|accord (du|de l|prealable)|approval|approve|authori[sz]ation|authori[sz]ed|permission|permit|signature|sign(ed)? form|soumise? a|(teacher|teachers|prof|professor|lecturer|instructor)( s)? (ok|okay|go ahead|green light|sign off|consent)|(le )?feu vert (du|de l) (prof|enseignant|responsable))\b/;
const DIPLOMAS = /\b(quels? diplomes?|dans quel(le)?s? (diplome|licence|master|formation|cursus|parcours)|fait partie|partie de quel|compte pour|(rentre|entre) dans (le|la|un|une) (diplome|licence|master|formation|cursus)|counts? (towards?|for)|which (degree|diploma|programme|program)s?|part of (which|what|a) (degree|diploma|programme|program))\b/;

/**
 * Every facet the catalog does not hold that a question about a unit asks for, in a fixed order:
 * « combien de crédits, qui l'enseigne et il reste des places ? » asks for the teacher and the seats.
 */
export function unheldFacets(words: string): UnheldFacet[] {
  // « quelle autorisation du responsable ? » asks about the authorization, not who the teacher is; « on peut
  // décaler l'examen ? » asks to move it, not its date.
  // (« l'examen de GDN100, il a lieu où ? », "GDN100 exam: where is it held?" ask where, not when: « a lieu », "is it" read as its date.)
  // (A resit's place, « le rattrapage de DRS102, il a lieu où ? », keeps its date beside it, as before.)
  const whereNotWhen = WHERE_THE_EXAM_IS_ASKED.test(words) && !WHEN_ASKED.test(words) && !/\b(rattrapages?|resits?|retakes?|session 2|deuxieme session|seconde session)\b/.test(words);
  const found = UNHELD.filter(([facet, pattern]) => !(facet === "teacher" && AUTHORIZATION.test(words)) && !(facet === "exam-date" && (MOVE_EXAM.test(words) || whereNotWhen)) && pattern.test(words)).map(([facet]) => facet);
  // "How many students usually fail?", « combien d'élèves par classe ? »: a count of learners that is no seat left.
  return found.includes("seats") && (found.includes("class-size") || found.includes("pass-rate")) && !SEATS_WORDS.test(words) ? found.filter((facet) => facet !== "seats") : found;
}

/** When, asked in words of a date: « quand », "when", « quelle date », « quel jour », "what time". */
const WHEN_ASKED = /\b(quand|when|dates?|calendrier|calendar|quel jour|which day|what day|quel mois|which month|what time|a quelle heure)\b/;

/** Words of seats themselves, beside a count of learners. */
const SEATS_WORDS = /\b(places?|seats?|spots?|complet|complete|full|remaining|restantes?|disponibles?|libres?)\b/;

/** Whether folded words ask to move an exam (« on peut décaler ? », "can I sit it another day?"). */
export function asksToMoveAnExam(words: string): boolean {
  return MOVE_EXAM.test(words);
}

/** Moving an exam (« on peut décaler ? », "a different date"): the content says dates are fixed; not a date asked. */
const MOVE_EXAM = /\b(decaler|reporter|report|changer|deplacer|modifier|repousser|move|moved|reschedule|rescheduled|postpone|postponed|change|changed|shift|shifted|different date|autre date|another date|autre semaine|another week|autre jour|another day|sit it later|(?<!\bou )plus tard)\b/;

/**
 * Words saying a unit comes after another (folded words, the other unit's code to follow): « c'est après NFA032 ? », « elle se fait
 * après NFA032 ? », "does it come after NFA032?": whether that other unit is needed before it, its prerequisites.
 */
export const COMES_AFTER = String.raw`\b(?:c est|c|cest|ca se fait|se fait|se prend|se suit|ca vient|elle vient|elle est|il est|est elle|est il|(?:does|do) (?:it|this unit|that unit) (?:come|go)|is it|it s|it is|is (?:it|this unit|that unit|[a-z]{2,6} ?\d{3}) (?:taken|done)|is [a-z]{2,6} ?\d{3})\s+(?:bien |juste |forcement |obligatoirement |only |just |necessarily )?(?:apres|after)\s+`;
/**
 * A unit said to come after another, the unit itself named before (« NFA035 c'est après NFA032 ? »): not which units come after it
 * (« quelle UE vient après UTC505 ? », the "after" facet), nor when its classes fall (« le samedi, NFA031 c'est après NFA040 ? »).
 */
const COMES_AFTER_A_UNIT = new RegExp(`\\b[a-z]{2,6} ?\\d{3}\\b.{0,40}${COMES_AFTER}[a-z]{2,6} ?\\d{3}\\b`);
/** "is NFA035 after NFA032?": the unit named in the words that ask. */
const IS_IT_AFTER = /\bis [a-z]{2,6} ?\d{3} (?:taken |done |only |just |necessarily )?after [a-z]{2,6} ?\d{3}\b/;
const WHEN_IT_FALLS = /\b(lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|soir|evening|matin|morning|heures?|hours?|h|jour|day|semaine|week|examens?|exams?|cours de|class of|la salle|room)\b/;

/** The facet a question about a unit asks for; description when it asks nothing in particular. */
export function unitFacet(words: string): UnitFacet {
  // (Looked for only where « après » or "after" is said: the pattern is costly at every position of every message.)
  if (/\b(apres|after)\b/.test(words) && (COMES_AFTER_A_UNIT.test(words) || IS_IT_AFTER.test(words)) && !WHEN_IT_FALLS.test(words)) return "prerequisites";
  // (« RCP104 séances enregistrées, c'est obligatoire d'être présent ? » asks the attendance, which the catalog does not hold.)
  if ((RECORDINGS.test(words) || (IT_IS_RECORDED.test(words) && !OTHER_THINGS_RECORDED.test(words))) && !ATTENDANCE_ASKED.test(words)) return "recordings";
  const [unheld] = unheldFacets(words);
  if (unheld) return unheld;
  if (PATH.test(words)) return "path";
  if (AFTER.test(words)) return "after";
  if (PREREQUISITES.test(words.replace(REQUIRED_TO_COME, " ")) && !PREREQUISITES_CHECK.test(words)) return "prerequisites";
  if (AUTHORIZATION.test(words)) return "authorization";
  if (DIPLOMAS.test(words)) return "diplomas";
  return "description";
}

/** The level a unit asks for (see HELD_PARTS): what its prerequisites say, too. */
const LEVEL =
  /\b((placement|positioning|entry|entrance|level) test|test (de positionnement|de niveau|d entree)|positionnement|dans mes cordes|a ma portee|within my reach|(up|cut out) to it|niveau|level|debutants?|beginners?|novices?|background|bases?|connaissances?|knowledge|prior|experience|ouverte? a|open to|accessible|pour moi|for me|suitable|adaptee?|connaitre|know|maitriser|savoir (programmer|coder)|faisable|jouable|doable|feasible|trop dur|trop difficile|too hard|too difficult|never coded|jamais code|jamais programme|never programmed)\b/;

/** What the description holds besides what the unit is: prerequisites, authorization, diplomas, hours, when, level. */
const HELD_PARTS: readonly RegExp[] = [
  PREREQUISITES,
  AUTHORIZATION,
  DIPLOMAS,
  /\b(heures?|hours?|ects|credits?|volume horaire|duree|how long|combien de temps)\b/,
  /\b(en ligne|online|a distance|distance|foad|remote|remotely|from home|from there|from abroad|depuis l etranger|de l etranger|a l etranger|de la bas|de chez moi|presentiel|en presence|in person|on site|sur place|regroupements?|soirs?|soirees?|samedis?|saturdays?|evenings?|quand(?! meme)|when|horaires?|semestres?|semesters?|jours?|days?|how often|combien de fois|rythme|meets?|meeting)\b/,
  // « c'est faisable si je n'ai jamais codé ? », "is it doable if I've never coded?": the unit's level and prerequisites.
  LEVEL,
  // « je peux m'inscrire quand même et il reste des places ? »: what enrolling asks (authorization, prerequisites).
  /\b((je peux|puis je|can i|may i) (m inscrire|m y inscrire|enrol|enroll|sign up|register)( quand meme| anyway| all the same)?)\b/,
];

/** True when a question about a unit asks for something its description holds (prerequisites, hours, when, level…). */
export function asksHeldPart(words: string): boolean {
  return HELD_PARTS.some((pattern) => pattern.test(words));
}

/** What else a question about a unit may ask, that its description also answers. */
const DESCRIPTION_PARTS: readonly RegExp[] = [
  ...HELD_PARTS,
  /\b(c est quoi|qu est ce(?! que (j|je|tu|vous|on|il faut|ca|cela)\b)|what is|what s|what are|presente|describe|tell me about|difference|contenu|content|programme|about what|sur quoi|parle de)\b/,
];

/**
 * « RSX101 : combien de crédits, qui l'enseigne ? »: besides the facets the catalog does not hold, the
 * question also asks for one its description answers (read once those facets' own words are set aside:
 * « quand est l'examen ? » asks for the exam's date, not for when the classes are).
 */
export function asksHeldBesides(words: string, unheld: readonly UnheldFacet[]): boolean {
  // Clause by clause: « c'est quel jour et c'est qui le prof ? » asks the day in one, the teacher in the other.
  const clauses = words.split(/\b(?:et|and|puis|then|aussi|also)\b|[,;?]/);
  // (Only a thing with a time of its own, the placement test: « RSX101, qui l'enseigne et c'est quand ? » asks when its classes are.)
  const notHeldIn = (clause: string | undefined) => clause !== undefined && unheld.includes("detail") && detailsAsked(` ${clause} `).includes("placement-test");
  return clauses.some((clause, i) => {
    // ("How long is the placement test for ANG320, and when is it held?": when « it » is, right after a clause that asks what is not
    // held, is of that too, not of the unit's classes.)
    if (i > 0 && WHEN_OF_IT.test(` ${clause.trim()} `) && notHeldIn(clauses[i - 1])) return false;
    let rest = ` ${clause} `;
    for (const [facet, pattern] of UNHELD_EVERYWHERE) if (unheld.includes(facet)) rest = rest.replace(pattern, " ");
    return HELD_PARTS.some((pattern) => pattern.test(rest));
  });
}

/** When or how long of « it », asked alone: "when is it held", « c'est quand », « ça dure combien de temps ». */
const WHEN_OF_IT = /^ (?:(?:when|quand|how long|combien de temps)(?: is| are| does| will| do)? (?:it|they|ca|cela)|(?:c est|cest|c|ca dure|ca se passe|ca a lieu|it s|il a lieu|elle a lieu|il dure|elle dure) (?:quand|combien de temps|when))\b/;

/** The same patterns, to set every match aside (built once, not at each question). */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, "g");
const UNHELD_EVERYWHERE: readonly [UnheldFacet, RegExp][] = UNHELD.map(([facet, pattern]) => [facet, everywhere(pattern)]);
const DESCRIPTION_PARTS_EVERYWHERE: readonly RegExp[] = DESCRIPTION_PARTS.map(everywhere);
const PREREQUISITES_EVERYWHERE = everywhere(PREREQUISITES);

/**
 * Words that say nothing of what is asked about a unit: « infos sur NFA031 », "I'd like to take
 * NFA031, tell me more", « je suis intéressé par ce cours ».
 */
const AROUND_A_UNIT = new Set(
  `cours course courses class classes ue ues unite unites unit units module modules matiere matieres enseignement formation formations code sigle
  info infos information informations renseignement renseignements details detail descriptif description fiche presentation overview
  interesse interessee interested interesting interessant interessante envie voudrais aimerais souhaiterais want wanted would like love
  suivre take taking follow prendre faire do doing etudier study studying inscrire enrol enroll register signing sign up
  plus more savoir know dire tell parler talk speak parle parlez moi quoi what about propos concernant regarding sujet
  c est qu ce que quoi ca cela it that this one celle celui ceci la le les
  bonjour bonsoir hello hi hey salut merci thanks thank svp stp please pls
  pense think thinking hesite hesitating considering envisage envisager prevois planning plan compte
  quel quelle quels quelles which kind type genre sorte combien comment how much many
  semestre prochain prochaine next rentree annee year cnam paris
  sert servir serve useful utile utilite purpose point pourquoi why apprend apprendre learn learning enseigne teach teaches taught
  couvre cover covers covered aborde traite topics topic themes theme sujets porte`.split(/\s+/),
);

/**
 * The words of a question about a unit that neither name a facet nor belong around any question
 * (« fais-moi un résumé du cours NFA031 sur les boucles » → résumé, boucles): a question the
 * description card may not answer. Unit codes and their digits are set aside.
 */
export function unexplainedWords(words: string): string[] {
  // (A unit of activity's code has no digits: « UAALOV c'est quoi ce code ? ».)
  let rest = words.replace(/\b[a-z]{2,5}\d{2,5}[a-z]?\b|\bua[a-z]{3,4}\b/g, " ");
  for (const pattern of DESCRIPTION_PARTS_EVERYWHERE) rest = rest.replace(pattern, " ");
  return rest
    .split(/\s+/)
    .filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word) && !AROUND_A_UNIT.has(word));
}

/** Brushing up: « me remettre à niveau », « une mise à niveau », "to brush up". */
const BRUSHING_UP = /\b((me|se|te|vous|nous) remettre a niveau|remise a niveau|mise a niveau|brush(ing)? up|refresher)\b/g;

/**
 * « Il y a des prérequis, et c'est combien d'heures ? », "what level do I need and is it online?":
 * a question about a unit asking for two or more of the facets its description holds.
 */
export function asksSeveralFacets(said: string): boolean {
  // « pour me remettre à niveau » says why, it asks no level.
  const words = said.replace(BRUSHING_UP, " ");
  // « il faut quel niveau ? » asks the prerequisites once, though its words are both theirs and the level's.
  const parts = DESCRIPTION_PARTS.filter((pattern) => pattern.test(words));
  const levelAlsoPrerequisites = parts.includes(PREREQUISITES) && parts.includes(LEVEL) && !LEVEL.test(words.replace(PREREQUISITES_EVERYWHERE, " "));
  return parts.length - (levelAlsoPrerequisites ? 1 : 0) >= 2;
}

export function isUnheldFacet(facet: UnitFacet): facet is UnheldFacet {
  return (UNHELD_FACETS as readonly string[]).includes(facet);
}

/** True when a question asks about the teacher's authorization (« il en faut avec autorisation ? », "need approval?"). */
export function asksAuthorization(words: string): boolean {
  return AUTHORIZATION.test(words);
}

/** True when a question about a unit explicitly asks about its prerequisites (not a check of one's own). */
export function asksPrerequisites(words: string): boolean {
  return PREREQUISITES.test(words) && !PREREQUISITES_CHECK.test(words);
}

/** A way of taking classes a question asks about: « c'est à distance ? », "on Saturdays?", « en présentiel ? ». */
export type AskedModality = "distance" | "saturday" | "evening" | "blocked-days" | "in-person";

/** Ways of saying one never comes in: « sans jamais venir », « sans monter à Paris », « sans me déplacer ». */
const NEVER_COMING = "venir|revenir|aller|monter|me deplacer|se deplacer|mettre les pieds";

const ASKED_MODALITIES: readonly [AskedModality, RegExp][] = [
  // (« sans jamais venir sur place », "without ever coming on site": at a distance, not in person.)
  ["distance", new RegExp(String.raw`\b(a distance|distance|distanciel|foad|en ligne|online|e learning|elearning|remote|remotely|from home|de chez (?:moi|soi|vous)|visio|from abroad|living abroad|live abroad|while abroad|depuis l etranger|j habite a l etranger|je vis a l etranger|sans (?:jamais )?(?:${NEVER_COMING})(?: sur place| au cnam| a paris| en cours)?|depuis la bas|without (?:ever )?(?:coming|going|travelling|traveling)(?: on site| in| to (?:the )?cnam| to paris| in person)?)\b`)],
  ["saturday", /\b(samedis?|saturdays?|week end|weekend)\b/],
  ["blocked-days", /\b(journees? bloquees?|blocked days?|en journee|daytime|during the day)\b/],
  ["in-person", /\b(presentiel|en presence|in person|on site|sur place|face to face|en vrai)\b/],
  ["evening", /\b(le soir|en soiree|soirs?|evenings?|after work|apres le travail)\b/],
];

const WAY_WORD = "soirs?|soirees?|evenings?|samedis?|saturdays?|weekends?|distance|ligne|online|presentiel|in person|journees?";
/** One way of taking classes and no other: « seulement le soir », "only online", « qu'à distance », "evenings only". */
const ONLY_ONE_WAY = new RegExp(
  String.raw`\b(?:only|seulement|uniquement|exclusivement|just)\s+(?:(?:taught|offered|given|held|run|available|proposee?|dispensee?|donnee?|assuree?|le|la|les|en|a|au|du|in|on|at|the|cours|classes)\s+){0,3}(?:${WAY_WORD})\b|(?<!est ce |plutot |plus tot |rather )\bque?\s+(?:(?:le|la|les|en|a|au|du|cours)\s+){0,3}(?:${WAY_WORD})\b|\b(?:${WAY_WORD})\s+(?:only|seulement|uniquement)\b`,
);

/**
 * A whole diploma at a distance: « la licence entièrement à distance », « tt a distance », "the whole licence
 * online". Said of a unit, it asks whether it can be followed at a distance (its FOAD offering), not whether
 * that is its only way: only the planner reads it as a limit.
 */
export function saysEntirelyAtADistance(words: string): boolean {
  return ENTIRELY_AT_A_DISTANCE.test(words);
}
/**
 * A unit taken from far from Paris, asked: "Can I enrol in DSY101 from Lyon?", « je peux suivre NFA031 depuis Lyon / de province /
 * de l'étranger ? », "from abroad": whether it can be taken at a distance (it got DSY101's card). Only a place far from Paris after a
 * verb of taking the unit, in the same sentence: a big French city outside Île-de-France (« depuis Montreuil », « depuis Créteil »
 * are near), the provinces, abroad. Not any capitalised word after « from » / « depuis »: « depuis Septembre », "from Jan", "starting
 * from Semester 2" are a time, "I'm from Brazil" an origin, "a diploma from Morocco" where a diploma was earned (all got « vous dites
 * ne pas pouvoir suivre de cours du soir »).
 */
export function asksFromAfar(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    const folded = ` ${foldText(sentence).replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
    const taking = TAKING_A_UNIT.exec(folded);
    if (!taking) return false;
    return FAR_PLACE.test(folded.slice(taking.index).replace(NOT_WHERE_ONE_STUDIES, " "));
  });
}
const TAKING_A_UNIT = /\b(enrol|enroll|register|take|follow|attend|study|do|suivre|faire|prendre|inscrire|passer|valider)\b/;
const FAR_PLACE = new RegExp(
  String.raw`\b(?:from abroad|from overseas|from outside (?:paris|france)|from another (?:city|town|region|country)|from the provinces|(?:de|depuis) l etranger|(?:de|depuis) (?:la )?province|(?:de|depuis) (?:ma|une autre) (?:region|ville)|(?:from|depuis) (?:${FAR_CITY})|[a-z]{3}\d{3}[a-z]? de (?:${FAR_CITY}))\b`,
);
/** Where one comes from or earned a diploma, not where one would study: "I'm from Lyon", "a diploma from Lyon", « je suis de Lyon ». */
const NOT_WHERE_ONE_STUDIES =
  /\b(?:i m|i am|im|je suis|je viens|originaire|moved|came|(?:diploma|degree|bachelor|master|bts|bac|diplome|licence|titre)(?: \w+){0,3}) (?:from|de|depuis)\b/g;

/**
 * Without coming to Paris, said: "without travelling to Paris", « sans me déplacer à Paris » (regex source, folded words): at a
 * distance wholly, for a unit (ENTIRELY_AT_A_DISTANCE) as for a plan (planning.constraints' ONLY_AT_DISTANCE).
 */
export const WITHOUT_COMING_TO_PARIS = String.raw`\bwithout (?:having to )?(?:travell?ing|coming|going|flying) (?:back )?to (?:paris|france|the cnam|campus)\b|\bsans (?:me |se |nous |vous )?(?:deplacer|venir|revenir|rentrer) (?:a|jusqu a|sur) paris\b`;
const ENTIRELY_AT_A_DISTANCE =
  new RegExp(String.raw`\b(?:tout|tt|toute|entierement|totalement|completement|integralement|100|full|fully|entirely|completely|all)\s+(?:(?:a|en|in|at)\s+)?(?:distance|distanciel|ligne|online|remote|remotely|foad|de chez (?:moi|soi|vous)|from home)\b|\b(?:whole|entire|full)\s+(?:\w+\s+){0,3}(?:online|remotely|at a distance|from home)\b|\btoute (?:la|ma) (?:licence|formation|diplome|\w+)(?:\s+\w+){0,2}\s+(?:a distance|en ligne|depuis chez (?:moi|soi|vous)|de chez (?:moi|soi|vous))\b|\bsans (?:jamais )?(?:${NEVER_COMING}) (?:a paris|au cnam|sur place)\b|\bsans (?:jamais|jamais avoir a|avoir a) (?:me |se |nous |vous )?deplacer\b(?! (?:tous|toutes|chaque|every|le|les|en semaine|souvent|trop|plus|sauf))|\bwithout ever (?:travell?ing|coming|going)\b(?! (?:more|than|every|except))|${WITHOUT_COMING_TO_PARIS}`);

/** Whether folded words say one way of taking classes only (« seulement le soir ? », "only online"). */
export function saysOnlyOneWay(words: string): boolean {
  return ONLY_ONE_WAY.test(words);
}

/**
 * The ways a question offers to choose between: « c'est le soir ou le samedi ? », "evenings or Saturdays?"
 * (two or more ways named with « ou », "or"); empty when it asks about one way.
 */
export function eitherWay(words: string): AskedModality[] {
  if (!/\b(ou|or)\b/.test(words)) return [];
  const named = ASKED_MODALITIES.filter(([, pattern]) => pattern.test(words)).map(([modality]) => modality);
  return named.length >= 2 ? named : [];
}

/** The modality a question about a unit's classes asks about, when it names one (the first named). */
export function askedModality(words: string): AskedModality | undefined {
  return ASKED_MODALITIES.find(([, pattern]) => pattern.test(words))?.[0];
}
