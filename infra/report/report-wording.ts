import type { AgeBucket } from "../../domain/reporting/question-outcomes";

/**
 * The advisors' report's words and formats, French first (advisors read French), English with
 * `--lang en`: the text printed by `npm run report` and the HTML page say the same things.
 * Numbers, dates and times follow the language's conventions; every instant is shown in Paris time.
 */
export type ReportLanguage = "fr" | "en";

const LOCALE: Record<ReportLanguage, string> = { fr: "fr-FR", en: "en-GB" };
const PARIS = "Europe/Paris";

/**
 * A count with its noun agreed: « 1 demande ouverte », « 3 demandes ouvertes », "1 request".
 * `n` is the count as formatted; 0 and 1 take the singular in French, only 1 in English.
 */
function agree(n: string, one: string, many: string, language: ReportLanguage = "fr"): string {
  const value = Number(n.replace(/[\s\u00a0\u202f,]/g, ""));
  const singular = language === "fr" ? value < 2 : value === 1;
  return `${n} ${singular ? one : many}`;
}

export interface ReportFormat {
  /** 0.737 → « 73,7 % » (fr) / "73.7%" (en); "—" when undefined. */
  percent(rate: number | undefined): string;
  /** 1234 → « 1 234 » / "1,234". */
  count(value: number): string;
  /** An instant, Paris time: « 1 déc. 2026, 19:00 » / "1 Dec 2026, 19:00". */
  dateTime(instant: string): string;
  /** A calendar date "2026-11-30": « 30 nov. 2026 » / "30 Nov 2026". */
  date(day: string): string;
  /** A wait: « 3 h 20 min », « 2 j 4 h » / "3 h 20 min", "2 d 4 h"; "—" when undefined. */
  duration(ms: number | undefined): string;
}

export function reportFormat(language: ReportLanguage): ReportFormat {
  const locale = LOCALE[language];
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone: PARIS, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const date = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
  const dayUnit = language === "fr" ? "j" : "d";
  return {
    percent: (rate) => (rate === undefined ? "—" : percent.format(rate)),
    count: (value) => count.format(value),
    dateTime: (instant) => dateTime.format(new Date(instant)),
    date: (day) => date.format(new Date(`${day}T12:00:00Z`)),
    duration: (ms) => {
      if (ms === undefined) return "—";
      const minutes = Math.round(ms / 60_000);
      if (minutes < 60) return `${minutes} min`;
      const hours = Math.floor(minutes / 60);
      if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
      return hours % 24 ? `${Math.floor(hours / 24)} ${dayUnit} ${hours % 24} h` : `${Math.floor(hours / 24)} ${dayUnit}`;
    },
  };
}

/** Where the events were read, in the report's language (the command-line tools name it in English). */
export function sourceLabel(target: string, language: ReportLanguage): string {
  const local = /^the local store \((.*)\)$/.exec(target);
  if (local) return language === "fr" ? `la base locale (${local[1]})` : `the local store (${local[1]})`;
  const running = /^the store of the running assistant \((.*), pid (\d+)\)$/.exec(target);
  if (running) return language === "fr" ? `la base de l'assistant en cours d'exécution (${running[1]}, pid ${running[2]})` : target;
  const endpoint = /^DynamoDB at (.*)$/.exec(target);
  if (endpoint) return language === "fr" ? `DynamoDB à l'adresse ${endpoint[1]}` : `DynamoDB at ${endpoint[1]}`;
  const aws = /^AWS DynamoDB in (.*)$/.exec(target);
  if (aws) return language === "fr" ? `AWS DynamoDB, région ${aws[1]}` : `AWS DynamoDB, region ${aws[1]}`;
  return target;
}

export const REPORT_WORDS = {
  fr: {
    /** French puts a (narrow no-break) space before a colon. */
    colon: "\u00a0: ",
    title: "Rapport des conseillers",
    intro: (source: string, generated: string) => `Semaines ISO, heure de Paris. Source : ${source}. Généré le ${generated}.`,
    deflectionRate: "Taux de déflexion",
    deflectionDefinition:
      "Taux de déflexion = questions répondues non suivies d'une demande de conseiller / toutes les questions (répondues + sans réponse + demandes de conseiller faites sans question préalable).",
    questions: "Questions",
    deflected: "Répondues sans conseiller",
    unanswered: "Sans réponse",
    openRequests: "Demandes ouvertes",
    outcomesTitle: "Répondues, transmises, abandonnées",
    answeredRate: "Répondues",
    escalatedRate: "Transmises à un conseiller",
    abandonedRate: "Abandonnées",
    outcomesDefinition:
      "Part des questions : répondues par l'assistant ; suivies d'une demande de conseiller ; abandonnées (après des suggestions ou « je ne sais pas », l'apprenant n'a plus rien écrit dans la conversation pendant 30 minutes).",
    undetermined: (n: string) => `${agree(n, "question sans réponse non classée", "questions sans réponse non classées")} (enregistrées sans clé de conversation, ou trop récentes).`,
    answerTimeTitle: "Délai de réponse des conseillers",
    answerTime: (count: string, median: string, p90: string) => `${agree(count, "demande répondue", "demandes répondues")} sur la période : délai médian ${median}, 90 % en moins de ${p90} (de la demande à la réponse du conseiller).`,
    noAnswerTime: "Aucune demande répondue par un conseiller sur la période.",
    ageTitle: "Demandes en attente, par ancienneté",
    ages: { "under-1d": "Moins d'un jour", "1-3d": "1 à 3 jours", "3-7d": "3 à 7 jours", "over-7d": "Plus de 7 jours" } satisfies Record<AgeBucket, string>,
    undelivered: (n: string) => `${agree(n, "réponse de conseiller non remise", "réponses de conseiller non remises")} à l'apprenant (échec de l'envoi) : voir npm run handoffs -- list --status all.`,
    weekRateChart: "Taux de déflexion par semaine",
    weekQuestionsChart: "Questions par semaine",
    legendDeflected: "Répondues (déflexion)",
    legendEscalated: "Répondues puis conseiller",
    legendUnanswered: "Sans réponse",
    legendDirect: "Conseiller directement",
    requestsTitle: "Demandes de conseiller",
    legendOpened: "Ouvertes dans la semaine",
    legendClosed: "Clôturées dans la semaine",
    noOpen: "Aucune demande ouverte.",
    openIntro: (n: string) => `${agree(n, "demande ouverte", "demandes ouvertes")}, la plus ancienne d'abord (détail : npm run handoffs -- show <n°>).`,
    colId: "N°",
    colReceived: "Reçue",
    colChannel: "Canal",
    colQuestion: "Question",
    feedbackTitle: "Avis par réponse (utile / pas utile)",
    noFeedback: "Aucun avis sur la période.",
    useful: "Utile",
    notUseful: "Pas utile",
    moreFeedback: (n: string) => `${n} autres réponses ont reçu des avis.`,
    groupsTitle: "Questions sans réponse, regroupées",
    noUnanswered: "Aucune question sans réponse sur la période.",
    colCount: "Nombre",
    colLanguages: "Langues",
    also: "aussi",
    nearTitle: "Questions proches d'une réponse existante",
    nearIntro:
      "Ces questions sans réponse ressemblent à une réponse qui existe : ajoutez-les à ses variantes (commande ci-dessous, puis npm run content:diff et npm run content:publish). Relisez d'abord : la réponse doit bien répondre à ces questions.",
    noNear: "Aucune question sans réponse proche d'une réponse existante.",
    nearAnswer: "Réponse proche",
    nearWhy: (similarity: string, suggested: string) => `termes communs ${similarity}, proposée ${suggested} fois`,
    command: "Commande",
    weeksTitle: "Détail par semaine",
    colWeek: "Semaine",
    colAnswered: "Répondues",
    colThenAdvisor: "dont puis conseiller",
    colDirect: "Conseiller direct",
    colDeflected: "Déflexion",
    colRate: "Taux",
    colAbandoned: "Abandonnées",
    colRequests: "Demandes ouvertes / clôturées",
    weekOf: (week: string, monday: string) => `${week} (semaine du ${monday})`,
    weekSummary: (rate: string, questions: string) => `déflexion ${rate}, ${agree(questions, "question", "questions")}`,
    weekRequests: (opened: string, closed: string, stillOpen: string) => `Demandes de conseiller : ${agree(opened, "ouverte", "ouvertes")}, ${agree(closed, "clôturée", "clôturées")}, ${agree(stillOpen, "de la semaine encore ouverte", "de la semaine encore ouvertes")}.`,
    wholePeriod: "Toute la période",
    feedbackLine: "Avis par réponse (utile / pas utile) :",
    groupsLine: "Questions sans réponse, regroupées :",
    nearLine: "Questions proches d'une réponse existante (ajoutez-les à ses variantes) :",
    openLine: (n: string) => `Demandes ouvertes maintenant : ${n}`,
    reading: (source: string) => `Lecture des événements (${source})…`,
    read: (answered: number, unanswered: number, votes: number, requests: number) => `Lu : ${agree(String(answered), "réponse", "réponses")}, ${agree(String(unanswered), "question sans réponse", "questions sans réponse")}, ${votes} avis, ${agree(String(requests), "demande de conseiller", "demandes de conseiller")}.`,
    textHeader: (title: string, source: string) => `Rapport des conseillers ${title} (semaines ISO, heure de Paris), source : ${source}`,
    written: (path: string) => `Rapport HTML avec graphiques écrit dans ${path}`,
  },
  en: {
    colon: ": ",
    title: "Advisors' report",
    intro: (source: string, generated: string) => `ISO weeks, Paris time. Source: ${source}. Generated on ${generated}.`,
    deflectionRate: "Deflection rate",
    deflectionDefinition:
      "Deflection rate = answered questions not followed by an advisor request / all questions (answered + unanswered + advisor requests made without asking first).",
    questions: "Questions",
    deflected: "Answered without an advisor",
    unanswered: "Unanswered",
    openRequests: "Open requests",
    outcomesTitle: "Answered, escalated, abandoned",
    answeredRate: "Answered",
    escalatedRate: "Escalated to an advisor",
    abandonedRate: "Abandoned",
    outcomesDefinition:
      "Share of questions: answered by the assistant; followed by an advisor request; abandoned (after suggestions or « I don't know », the learner wrote nothing more in the conversation for 30 minutes).",
    undetermined: (n: string) => `${agree(n, "unanswered question", "unanswered questions", "en")} not classified (recorded without a conversation key, or too recent).`,
    answerTimeTitle: "Time to an advisor's answer",
    answerTime: (count: string, median: string, p90: string) => `${agree(count, "request", "requests", "en")} answered in the period: median ${median}, 90% within ${p90} (from the request to the advisor's answer).`,
    noAnswerTime: "No request answered by an advisor in the period.",
    ageTitle: "Requests waiting, by age",
    ages: { "under-1d": "Under a day", "1-3d": "1 to 3 days", "3-7d": "3 to 7 days", "over-7d": "Over 7 days" } satisfies Record<AgeBucket, string>,
    undelivered: (n: string) => `${agree(n, "advisor answer", "advisor answers", "en")} not delivered to the learner (sending failed): see npm run handoffs -- list --status all.`,
    weekRateChart: "Deflection rate per week",
    weekQuestionsChart: "Questions per week",
    legendDeflected: "Answered (deflected)",
    legendEscalated: "Answered, then advisor",
    legendUnanswered: "Unanswered",
    legendDirect: "Advisor directly",
    requestsTitle: "Advisor requests",
    legendOpened: "Opened in the week",
    legendClosed: "Closed in the week",
    noOpen: "No open request.",
    openIntro: (n: string) => `${agree(n, "open request", "open requests", "en")}, oldest first (details: npm run handoffs -- show <id>).`,
    colId: "Id",
    colReceived: "Received",
    colChannel: "Channel",
    colQuestion: "Question",
    feedbackTitle: "Feedback per answer (useful / not useful)",
    noFeedback: "No feedback in the period.",
    useful: "Useful",
    notUseful: "Not useful",
    moreFeedback: (n: string) => `${n} more answers received feedback.`,
    groupsTitle: "Unanswered questions, grouped",
    noUnanswered: "No unanswered question in the period.",
    colCount: "Count",
    colLanguages: "Languages",
    also: "also",
    nearTitle: "Questions close to an existing answer",
    nearIntro:
      "These unanswered questions resemble an answer that exists: add them to its variants (command below, then npm run content:diff and npm run content:publish). Read first: the answer must really answer them.",
    noNear: "No unanswered question close to an existing answer.",
    nearAnswer: "Close answer",
    nearWhy: (similarity: string, suggested: string) => `common terms ${similarity}, suggested ${agree(suggested, "time", "times", "en")}`,
    command: "Command",
    weeksTitle: "Week by week",
    colWeek: "Week",
    colAnswered: "Answered",
    colThenAdvisor: "then advisor",
    colDirect: "Advisor directly",
    colDeflected: "Deflected",
    colRate: "Rate",
    colAbandoned: "Abandoned",
    colRequests: "Requests opened / closed",
    weekOf: (week: string, monday: string) => `${week} (week of ${monday})`,
    weekSummary: (rate: string, questions: string) => `deflection ${rate}, ${agree(questions, "question", "questions", "en")}`,
    weekRequests: (opened: string, closed: string, stillOpen: string) => `Advisor requests: ${opened} opened, ${closed} closed, ${stillOpen} of this week's still open.`,
    wholePeriod: "Whole period",
    feedbackLine: "Feedback per answer (useful / not useful):",
    groupsLine: "Unanswered questions, grouped by similarity:",
    nearLine: "Questions close to an existing answer (add them to its variants):",
    openLine: (n: string) => `Open requests now: ${n}`,
    reading: (source: string) => `Reading events from ${source}…`,
    read: (answered: number, unanswered: number, votes: number, requests: number) => `Read ${answered} answered, ${unanswered} unanswered, ${votes} votes, ${requests} handoff requests.`,
    textHeader: (title: string, source: string) => `Advisors' report ${title} (ISO weeks, Paris time), from ${source}`,
    written: (path: string) => `HTML report with charts written to ${path}`,
  },
} as const;

export type ReportWords = (typeof REPORT_WORDS)[ReportLanguage];

/**
 * The command that adds a group's wordings to an answer's variants, ready to paste in a shell: each
 * wording in double quotes, or in single quotes when it holds a character a shell would expand.
 */
export function addVariantCommand(entryId: string, variants: readonly { text: string; language: "fr" | "en" }[]): string {
  const quote = (text: string) => (/^[^"$`\\!]*$/.test(text) ? `"${text}"` : `'${text.replace(/'/g, `'\\''`)}'`);
  return `npm run content -- add-variant ${entryId} ${variants.map((variant) => `--${variant.language} ${quote(variant.text)}`).join(" ")}`;
}
