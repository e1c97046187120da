import { beforeAll, describe, expect, it } from "vitest";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { loadContentFiles } from "../../infra/knowledge/content-files.loader";

/**
 * The content covers every fact of the reference page (cnam-ue-en-cours-du-soir.md) and the
 * validation, exam and experience rules of cnam-catalog-facts.md, in French and in English, and
 * states no price and no date the references do not give.
 */
let entries: Map<string, ContentEntry>;
beforeAll(async () => {
  const loaded = await loadContentFiles();
  if (!loaded.valid) throw new Error("content is invalid");
  entries = new Map(loaded.entries.map((entry) => [entry.id, entry]));
});

const FACTS: [fact: string, entryId: string, fr: RegExp[], en: RegExp[]][] = [
  ["a UE is a module taken at one's own pace, with ECTS credits", "ue-definition", [/module/, /à votre rythme/, /ECTS/], [/module/, /own pace/, /ECTS/]],
  ["UEs are capitalisable, followed alone or in free, certifying or degree paths", "ue-definition", [/capitalisables/, /libre, certifiant ou diplômant/], [/banked/, /free, certificate or degree path/]],
  ["à la carte, with prerequisites in mind", "a-la-carte", [/à la carte/, /prérequis/], [/à la carte/, /prerequisites/]],
  ["passed units stay acquired (capitalisation)", "capitalisation", [/capitalisés/, /10\/20/], [/banked/, /10\/20/]],
  ["certification paths", "certification-paths", [/parcours libre/, /certifiant/, /diplômant/], [/free path/, /certificate path/, /degree path/]],
  ["each UE has an ECTS value", "ects-credits", [/valeur en crédits ECTS/], [/ECTS credits/]],
  ["reference hours per ECTS, ±10 %", "credit-hours-table", [/2 ECTS = 22 h/, /3 ECTS = 30 h/, /4 ECTS = 40 h/, /6 ECTS = 50 h/, /8 ECTS = 65 h/, /10 %/], [/2 ECTS = 22 h/, /3 ECTS = 30 h/, /4 ECTS = 40 h/, /6 ECTS = 50 h/, /8 ECTS = 65 h/, /10 %/]],
  ["hours exclude personal work", "credit-hours-table", [/hors temps de travail personnel/], [/not counting personal study/]],
  ["hours exclude personal work (detail)", "personal-work", [/hors temps de travail personnel/], [/not personal study time/]],
  ["UA: two kinds", "ua-definition", [/deux sortes/, /dossier/, /projet d'application professionnelle/, /stage en entreprise/], [/two kinds/, /report/, /professional application project/, /internship/]],
  ["UA dossier: context, position, activity, skills", "ua-professional-activity", [/contexte/, /position dans\s+l'organisation/, /l'activité elle-même/, /compétences/], [/context/, /position in the organisation/, /activity itself/, /skills/]],
  ["UA project: insufficient or unrelated experience, done during an internship", "ua-application-project", [/insuffisante ou sans rapport/, /stage en entreprise/], [/too short or unrelated/, /internship/]],
  ["US: inseparable, a path, one diploma, no direct enrolment", "us-definition", [/indissociables/, /parcours de formation/, /un diplôme donné/, /pas s'inscrire directement/, /inscrites au diplôme/], [/cannot be taken apart/, /training path/, /one given diploma/, /cannot enrol in a US directly/, /enrolled in\s+the diploma/]],
  ["authorization of the course leader", "authorization-required", [/autorisation du responsable pédagogique/, /autorisation préalable/], [/authorization from the course leader/, /prior authorization/]],
  ["authorization procedure", "authorization-procedure", [/téléchargez\s+le modèle d'autorisation/, /secrétariat pédagogique/, /signer/], [/download the\s+authorization template/, /secretariat/, /signed/]],
  ["evening classes Monday to Friday 18:15-21:45 and Saturday, lectures and TD/ED", "class-times", [/hors temps de travail \(HTT\)/, /cours magistraux/, /TD ou ED/, /du lundi au vendredi de 18h15 à 21h45/, /samedi/], [/outside working hours/, /lectures/, /TD or ED/, /Monday to Friday from 6:15 pm to 9:45 pm/, /Saturdays/]],
  ["blocked days (TO), Monday to Friday", "blocked-days", [/journée bloquée \(TO\)/, /du lundi au vendredi/], [/blocked days \(TO\)/, /Monday to Friday/]],
  ["FOAD: PDF or recorded courses in the digital space, remote support, group sessions", "distance-learning", [/FOAD/, /PDF/, /enregistrés/, /espace numérique de\s+formation/, /accompagné à distance/, /regroupement/], [/FOAD/, /PDFs/, /recorded/, /digital learning space/, /supported remotely/, /group sessions/]],
  ["exams at the end of each semester, two sessions", "exams-when", [/fin de chaque semestre/, /deux\s+sessions/], [/end of each semester/, /two sessions/]],
  ["credits earned at a grade of at least the average (10/20)", "credits-earned", [/égale ou supérieure à la moyenne/, /10\/20/], [/equal to or above the average/, /10\/20/]],
  ["licence compensation: average of at least 10/20 within 5 years", "licence-compensation", [/compensation/, /10\/20/, /5 ans/], [/compensation/, /10\/20/, /5 years/]],
  ["session 2: absent or below 10/20, no registration", "exam-session-2", [/absents/, /moins de\s+10\/20/, /pas besoin de vous y inscrire/], [/absent/, /less than 10\/20/, /do\s+not need to register/]],
  ["a valid ID at every exam", "exam-id", [/pièce d'identité en cours de validité/, /chaque examen/], [/valid identity document/, /every exam/]],
  ["exam dates cannot be moved", "exam-dates-fixed", [/ne peuvent pas être déplacées/], [/cannot be moved/]],
  ["choosing units by field and by occupation, prerequisites, agrément", "choosing-units", [/domaine professionnel/, /métier/, /prérequis/, /agrément/], [/professional field/, /occupation/, /prerequisites/, /approval/]],
  ["check the timetable and places before enrolling", "check-timetable", [/Avant de vous inscrire/, /emploi du temps/, /lieux d'enseignement/, /se servir de l'emploi du temps/], [/Before enrolling/, /timetable/, /teaching locations/, /how to use\s+the timetable/]],
  ["prerequisites on each unit's page", "prerequisites", [/conditions d'accès et les prérequis/], [/Access conditions and prerequisites/]],
  ["no fee amount is given", "fees", [/aucun montant/, /secrétariat ou à un conseiller/], [/no amount/, /secretariat or an\s+advisor/]],
  ["experience by diploma", "experience-requirements", [/bac\+2, 2 ans/, /1 an dans le domaine ou un stage de 6 mois/, /3 ans dont\s+1 dans le domaine/, /2 ans dans le domaine, ou 3 ans hors domaine\s+plus un stage de 3 à 6 mois/, /2 ans à la candidature et 3 ans \(dont 2 dans la\s+spécialité\)/], [/2 years/, /1 year in the field or a 6-month internship/, /3 years including 1 in the field/, /3\s+years outside it plus a 3 to 6-month internship/, /2 years when applying and 3 years\s+\(2 in the speciality\)/]],
  ["engineering admission unit: 0 ECTS, at most three attempts", "engineering-admission", [/UAAD91/, /0 ECTS/, /trois fois au\s+plus/], [/UAAD91/, /0 ECTS/, /at most three times/]],
  ["licence L3 access: DUT/BTS or preparatory units", "licence-access", [/DUT ou un BTS/, /UE préparatoires/], [/DUT or BTS/, /preparatory units/]],
  ["quality certification categories", "quality-certification", [/actions de formation/, /bilans de compétences/, /validation des\s+acquis/, /apprentissage/], [/training/, /skills assessments/, /prior experience/, /apprenticeship/]],
];

describe("content coverage of the reference facts", () => {
  it.each(FACTS)("covers: %s (%s)", (_fact, entryId, fr, en) => {
    const entry = entries.get(entryId);
    expect(entry, `entry ${entryId}`).toBeDefined();
    for (const pattern of fr) expect(entry?.answer.fr).toMatch(pattern);
    for (const pattern of en) expect(entry?.answer.en).toMatch(pattern);
  });

  it("states no price: no amount of money in any answer", () => {
    for (const entry of entries.values()) {
      for (const text of [entry.answer.fr, entry.answer.en]) expect(text, entry.id).not.toMatch(/\d\s*(€|euros?|EUR)\b|€\s*\d/i);
    }
  });

  it("states no year but the reference's example calendar (2024-2025)", () => {
    for (const entry of entries.values()) {
      for (const text of [entry.answer.fr, entry.answer.en]) {
        for (const [year] of text.matchAll(/\b20\d\d\b/g)) expect(["2024", "2025"], `${entry.id}: ${year}`).toContain(year);
      }
    }
  });

  it("names a reference as the source of every entry", () => {
    for (const entry of entries.values()) expect(entry.source, entry.id).toMatch(/cnam-ue-en-cours-du-soir\.md|cnam-catalog-facts\.md/);
  });
});
