import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnsweredQuestion, HandoffRequest, UnansweredQuestion } from "../../../domain/events/events.schema";
import type { ContentEntry } from "../../../domain/knowledge/content-entry.schema";
import { advisorReport } from "../../../domain/reporting/advisor-report";
import { renderReportHtml } from "../../../infra/report/report-html";
import { handoffRequest } from "../../support/handoff-request";

// Launched like the chat page's browser test (test/functions/local/web-chat.e2e.test.ts).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const IN_CI = Boolean(process.env.CI) && process.env.CI !== "false";
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ARTIFACTS = resolve("test-artifacts", "report");

let n = 0;
const answered = (at: string): AnsweredQuestion => ({ id: `a${++n}`, at, answerId: "exams-when", language: "fr", conversation: "aaaaaaaaaaaaaaaa" });
const unanswered = (at: string, question: string, suggested: string[] = []): UnansweredQuestion => ({ id: `u${++n}`, at, question, language: "fr", suggested, conversation: `${String(n % 10).repeat(16)}` });
const handoff = (createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest =>
  handoffRequest(`2612${String(++n).padStart(2, "0")}-K7Q2X`, createdAt, {
    question: "Bonjour, je voudrais savoir si je peux changer de groupe de travaux pratiques en cours de semestre pour l'UE NFA031, mes horaires de travail ont changé",
    ...overrides,
  });
const entries: ContentEntry[] = [
  {
    id: "exams-when",
    questions: { fr: ["Quand ont lieu les examens ?", "Quelles sont les dates des examens ?"], en: ["When are the exams?", "What are the exam dates?"] },
    answer: { fr: "Toutes les UE sont validées par un examen en fin de semestre.", en: "Every unit is validated by an exam at the end of the semester." },
    tags: ["exams"],
    source: "test",
    reviewBy: "2027-06-30",
  },
];

function sampleReport() {
  const weeks = ["2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01", "2026-12-08"];
  const events = {
    answered: weeks.flatMap((day, i) => Array.from({ length: 5 + i }, () => answered(`${day}T18:00:00.000Z`))),
    unanswered: weeks.flatMap((day) => [unanswered(`${day}T19:00:00.000Z`, "c quand les partiels de janvier exactement, avec les salles et les horaires ?", ["exams-when"]), unanswered(`${day}T19:05:00.000Z`, "Puis-je payer en trois fois ?")]),
    feedback: [],
    handoffs: [
      handoff("2026-12-01T18:00:00.000Z"),
      handoff("2026-11-20T18:00:00.000Z"),
      handoff("2026-12-02T18:00:00.000Z", { status: "answered", answer: { text: "Oui.", by: "conseil", at: "2026-12-03T09:00:00.000Z" } }),
    ],
  };
  return advisorReport(events, { fromDate: "2026-10-19", toDate: "2026-12-09" }, { entries, now: new Date("2026-12-09T12:00:00.000Z") });
}

describe.skipIf(SKIP)("the report's HTML in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["fr", 375],
    ["en", 375],
    ["fr", 1280],
  ] as const)("in %s is as wide as a %s px screen: no sideways scrolling of the page", async (language, width) => {
    const html = renderReportHtml({
      report: sampleReport(),
      title: "2026-W43 – 2026-W50",
      source: "the local store (/home/conseil/ue-advisor/.data/store)",
      generatedAt: "2026-12-09T12:00:00.000Z",
      labelOf: (id) => id,
      language,
    });
    const page = await browser.newPage({ viewport: { width, height: 800 }, locale: language === "fr" ? "fr-FR" : "en-GB" });
    try {
      await page.setContent(html);
      const scrollWidth = await page.evaluate<number>("document.documentElement.scrollWidth");
      expect(scrollWidth).toBeLessThanOrEqual(width);
      // On a phone the tables read as cards: a cell shows its column's name.
      if (width === 375) {
        const label = await page.evaluate<string>('getComputedStyle(document.querySelector("table.cards td[data-label]"), "::before").content');
        expect(label).toBe(language === "fr" ? '"Semaine"' : '"Week"');
      }
      await page.screenshot({ path: resolve(ARTIFACTS, `report-${language}-${width}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  }, 60_000);
});
