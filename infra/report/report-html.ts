import type { AdvisorReport, WeekReport } from "../../domain/reporting/advisor-report";
import { AGE_BUCKETS } from "../../domain/reporting/question-outcomes";
import { addVariantCommand, REPORT_WORDS, reportFormat, sourceLabel, type ReportFormat, type ReportLanguage, type ReportWords } from "./report-wording";
import { truncate } from "../../domain/text/truncate";

/**
 * The advisors' report as one self-contained HTML file: inline CSS and inline SVG charts, no script,
 * nothing fetched from anywhere, so it opens offline and can be mailed as an attachment. Every text
 * that comes from learners or admins is escaped. In one language (French by default), readable on a
 * phone: tables turn into cards under 600 px, charts scroll sideways in their own box.
 */
export interface ReportPage {
  report: AdvisorReport;
  /** "2026-W41 – 2026-W48". */
  title: string;
  /** Where the events were read, as the command-line tools name it ("the local store (…)", "AWS DynamoDB in eu-west-3"). */
  source: string;
  generatedAt: string;
  /** French unless asked otherwise. */
  language?: ReportLanguage;
  /** A readable name for an answer id (its canonical question), when known. */
  labelOf: (answerId: string) => string;
}

const COLORS = { deflected: "#2e7d32", escalated: "#f9a825", unanswered: "#c62828", direct: "#6a1b9a", opened: "#1565c0", closed: "#90a4ae", useful: "#2e7d32", notUseful: "#c62828", rate: "#1565c0" };

/** The page's words and formats. */
interface Say {
  w: ReportWords;
  f: ReportFormat;
}

export function renderReportHtml(page: ReportPage): string {
  const language = page.language ?? "fr";
  const say: Say = { w: REPORT_WORDS[language], f: reportFormat(language) };
  const { w, f } = say;
  const { report } = page;
  const total = report.total;
  const outcomes = total.outcomes;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ue-advisor — ${escapeHtml(w.title)} ${escapeHtml(page.title)}</title>
<style>
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem auto;max-width:1000px;padding:0 1rem;color:#212121;line-height:1.4;overflow-wrap:break-word}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}h3{font-size:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.muted{color:#666;font-size:.9rem}
.kpi{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.8rem}
.kpi div{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem}.kpi b{display:block;font-size:1.4rem}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}
.chart{overflow-x:auto;-webkit-overflow-scrolling:touch}.chart svg{display:block;width:100%;min-width:720px;height:auto}
code{display:block;white-space:pre-wrap;word-break:break-all;background:#f5f5f5;border-radius:4px;padding:.4rem .5rem;font-size:.85rem;margin:.3rem 0}
.bars{list-style:none;padding:0;margin:.5rem 0}.bars li{margin:.5rem 0}.bar{display:flex;height:.9rem;border-radius:3px;overflow:hidden;background:#f0f0f0;margin-top:.2rem}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;margin:.7rem 0}
@media (max-width:600px){
body{margin:1rem auto;padding:0 .75rem}
table.cards thead{display:none}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{border:1px solid #ddd;border-radius:6px;margin:.6rem 0;padding:.3rem .6rem}
table.cards td{border:0;padding:.2rem 0;display:flex;gap:.8rem;justify-content:space-between;text-align:right}
table.cards td::before{content:attr(data-label);font-weight:600;text-align:left;flex:0 0 auto;max-width:55%}
table.cards td.wide{display:block;text-align:left}table.cards td.wide::before{display:block}
}
</style>
</head>
<body>
<h1>${escapeHtml(w.title)} — ${escapeHtml(page.title)}</h1>
<p class="muted">${escapeHtml(w.intro(sourceLabel(page.source, language), f.dateTime(page.generatedAt)))}</p>
<div class="kpi">
  <div>${escapeHtml(w.deflectionRate)}<b>${f.percent(total.rate)}</b></div>
  <div>${escapeHtml(w.questions)}<b>${f.count(total.questions)}</b></div>
  <div>${escapeHtml(w.answeredRate)}<b>${f.percent(outcomes.answeredRate)}</b></div>
  <div>${escapeHtml(w.escalatedRate)}<b>${f.percent(outcomes.escalatedRate)}</b></div>
  <div>${escapeHtml(w.abandonedRate)}<b>${f.percent(outcomes.abandonedRate)}</b></div>
  <div>${escapeHtml(w.openRequests)}<b>${f.count(report.openHandoffs.length)}</b></div>
</div>
<p class="muted">${escapeHtml(w.deflectionDefinition)}</p>

<h2>${escapeHtml(w.outcomesTitle)}</h2>
<p class="muted">${escapeHtml(w.outcomesDefinition)}</p>
${outcomesTable(report.weeks, say)}
${outcomes.undetermined > 0 ? `<p class="muted">${escapeHtml(w.undetermined(f.count(outcomes.undetermined)))}</p>` : ""}

<h2>${escapeHtml(w.answerTimeTitle)}</h2>
<p>${escapeHtml(total.answerTimes.count > 0 ? w.answerTime(f.count(total.answerTimes.count), f.duration(total.answerTimes.medianMs), f.duration(total.answerTimes.p90Ms)) : w.noAnswerTime)}</p>

<h2>${escapeHtml(w.ageTitle)}</h2>
${ageTable(report, say)}
${openTable(report, say)}

<h2>${escapeHtml(w.nearTitle)}</h2>
${nearAnswers(report, say)}

<h2>${escapeHtml(w.weekRateChart)}</h2>
${rateChart(report.weeks, say)}
<h2>${escapeHtml(w.weekQuestionsChart)}</h2>
${legend([[w.legendDeflected, COLORS.deflected], [w.legendEscalated, COLORS.escalated], [w.legendUnanswered, COLORS.unanswered], [w.legendDirect, COLORS.direct]])}
${stackedBars(report.weeks, w.weekQuestionsChart, (week) => [
  [week.deflected, COLORS.deflected],
  [week.answered - week.deflected, COLORS.escalated],
  [week.unanswered, COLORS.unanswered],
  [week.directHandoffs, COLORS.direct],
])}
${weekTable(report.weeks, say)}

<h2>${escapeHtml(w.requestsTitle)}</h2>
${legend([[w.legendOpened, COLORS.opened], [w.legendClosed, COLORS.closed]])}
${groupedBars(report.weeks, w.requestsTitle, (week) => [
  [week.handoffs.opened, COLORS.opened],
  [week.handoffs.closed, COLORS.closed],
])}

<h2>${escapeHtml(w.feedbackTitle)}</h2>
${feedbackBars(total.feedback, page.labelOf, say)}

<h2>${escapeHtml(w.groupsTitle)}</h2>
${groupTable(total.unansweredGroups, say)}

<h2>${escapeHtml(w.weeksTitle)}</h2>
${report.weeks.map((week) => weekDetails(week, page.labelOf, say)).join("\n")}
</body>
</html>
`;
}

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function legend(items: [string, string][]): string {
  return `<p class="legend">${items.map(([label, color]) => `<span><i style="background:${color}"></i>${escapeHtml(label)}</span>`).join("")}</p>`;
}

/** A table that reads as cards on a phone: each cell carries its column's name. */
function cardTable(columns: { label: string; numeric?: boolean; wide?: boolean }[], rows: string[][]): string {
  const head = columns.map((column) => `<th${column.numeric ? ' class="n"' : ""}>${escapeHtml(column.label)}</th>`).join("");
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((cell, i) => {
            const column = columns[i]!;
            const classes = [column.numeric ? "n" : "", column.wide ? "wide" : ""].filter(Boolean).join(" ");
            return `<td${classes ? ` class="${classes}"` : ""} data-label="${escapeHtml(column.label)}">${cell}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("");
  return `<table class="cards"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const WIDTH = 900;
const HEIGHT = 220;
const PAD = { left: 54, right: 10, top: 10, bottom: 40 };

function axes(weeks: readonly WeekReport[], max: number, format: (value: number) => string): { svg: string; x: (i: number) => number; band: number; y: (value: number) => number } {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = plotWidth / Math.max(weeks.length, 1);
  const y = (value: number) => PAD.top + plotHeight - (max === 0 ? 0 : (value / max) * plotHeight);
  const ticks = [0, max / 2, max];
  const lines = ticks
    .map((tick) => `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#e0e0e0"/><text x="${PAD.left - 4}" y="${(y(tick) + 4).toFixed(1)}" font-size="13" text-anchor="end" fill="#666">${escapeHtml(format(tick))}</text>`)
    .join("");
  const labels = weeks
    .map((week, i) => `<text x="${(PAD.left + band * (i + 0.5)).toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" font-size="13" text-anchor="middle" fill="#444">${escapeHtml(week.week.slice(5))}</text>`)
    .join("");
  return { svg: lines + labels, x: (i) => PAD.left + band * i, band, y };
}

/** A chart in a box that scrolls sideways on a narrow screen, so its labels stay legible. */
function svg(content: string, title: string): string {
  return `<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${content}</svg></div>`;
}

function rateChart(weeks: readonly WeekReport[], { w, f }: Say): string {
  const { svg: grid, x, band, y } = axes(weeks, 1, (value) => f.percent(value).replace(/[.,]0(?=\D*$)/, ""));
  const bars = weeks
    .map((week, i) =>
      week.rate === undefined
        ? `<text x="${(x(i) + band / 2).toFixed(1)}" y="${(y(0) - 4).toFixed(1)}" font-size="11" text-anchor="middle" fill="#999">—</text>`
        : `<rect x="${(x(i) + band * 0.2).toFixed(1)}" y="${y(week.rate).toFixed(1)}" width="${(band * 0.6).toFixed(1)}" height="${(y(0) - y(week.rate)).toFixed(1)}" fill="${COLORS.rate}"><title>${escapeHtml(`${week.week} : ${f.percent(week.rate)} (${week.deflected} / ${week.questions})`)}</title></rect><text x="${(x(i) + band / 2).toFixed(1)}" y="${(y(week.rate) - 4).toFixed(1)}" font-size="11" text-anchor="middle">${Math.round(week.rate * 100)}</text>`,
    )
    .join("");
  return svg(grid + bars, w.weekRateChart);
}

function stackedBars(weeks: readonly WeekReport[], title: string, parts: (week: WeekReport) => [number, string][]): string {
  const max = niceMax(Math.max(0, ...weeks.map((week) => parts(week).reduce((sum, [value]) => sum + value, 0))));
  const { svg: grid, x, band, y } = axes(weeks, max, (value) => String(Math.round(value)));
  const bars = weeks
    .map((week, i) => {
      let base = 0;
      return parts(week)
        .map(([value, color]) => {
          if (value <= 0) return "";
          const rect = `<rect x="${(x(i) + band * 0.2).toFixed(1)}" y="${y(base + value).toFixed(1)}" width="${(band * 0.6).toFixed(1)}" height="${(y(base) - y(base + value)).toFixed(1)}" fill="${color}"><title>${escapeHtml(`${week.week} : ${value}`)}</title></rect>`;
          base += value;
          return rect;
        })
        .join("");
    })
    .join("");
  return svg(grid + bars, title);
}

function groupedBars(weeks: readonly WeekReport[], title: string, parts: (week: WeekReport) => [number, string][]): string {
  const max = niceMax(Math.max(0, ...weeks.flatMap((week) => parts(week).map(([value]) => value))));
  const { svg: grid, x, band, y } = axes(weeks, max, (value) => String(Math.round(value)));
  const bars = weeks
    .map((week, i) => {
      const series = parts(week);
      const width = (band * 0.7) / series.length;
      return series
        .map(([value, color], j) => `<rect x="${(x(i) + band * 0.15 + j * width).toFixed(1)}" y="${y(value).toFixed(1)}" width="${width.toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" fill="${color}"><title>${escapeHtml(`${week.week} : ${value}`)}</title></rect>`)
        .join("");
    })
    .join("");
  return svg(grid + bars, title);
}

/** Votes per answer as HTML bars: the label wraps on a phone instead of shrinking with a chart. */
function feedbackBars(feedback: AdvisorReport["total"]["feedback"], labelOf: (id: string) => string, { w, f }: Say): string {
  if (feedback.length === 0) return `<p class="muted">${escapeHtml(w.noFeedback)}</p>`;
  const rows = feedback.slice(0, 20);
  const max = Math.max(...rows.map((row) => row.useful + row.notUseful));
  const items = rows
    .map((row) => {
      const share = (value: number) => `${((value / max) * 100).toFixed(1)}%`;
      return `<li>${escapeHtml(truncate(labelOf(row.answerId), 120))} — <b>${f.count(row.useful)} / ${f.count(row.notUseful)}</b><div class="bar" role="img" aria-label="${escapeHtml(`${w.useful} ${row.useful}, ${w.notUseful} ${row.notUseful}`)}"><span style="width:${share(row.useful)};background:${COLORS.useful}"></span><span style="width:${share(row.notUseful)};background:${COLORS.notUseful}"></span></div></li>`;
    })
    .join("");
  return (
    legend([[w.useful, COLORS.useful], [w.notUseful, COLORS.notUseful]]) +
    `<ul class="bars">${items}</ul>` +
    (feedback.length > rows.length ? `<p class="muted">${escapeHtml(w.moreFeedback(f.count(feedback.length - rows.length)))}</p>` : "")
  );
}

function weekTable(weeks: readonly WeekReport[], { w, f }: Say): string {
  return cardTable(
    [
      { label: w.colWeek },
      { label: w.questions, numeric: true },
      { label: w.colAnswered, numeric: true },
      { label: w.colThenAdvisor, numeric: true },
      { label: w.unanswered, numeric: true },
      { label: w.colDirect, numeric: true },
      { label: w.colDeflected, numeric: true },
      { label: w.colRate, numeric: true },
    ],
    weeks.map((week) => [escapeHtml(week.week), f.count(week.questions), f.count(week.answered), f.count(week.handoffsAfterAnswer), f.count(week.unanswered), f.count(week.directHandoffs), f.count(week.deflected), f.percent(week.rate)]),
  );
}

function outcomesTable(weeks: readonly WeekReport[], { w, f }: Say): string {
  return cardTable(
    [
      { label: w.colWeek },
      { label: w.questions, numeric: true },
      { label: w.answeredRate, numeric: true },
      { label: w.escalatedRate, numeric: true },
      { label: w.abandonedRate, numeric: true },
      { label: w.answerTimeTitle, numeric: true },
    ],
    weeks.map((week) => [
      escapeHtml(week.week),
      f.count(week.outcomes.questions),
      f.percent(week.outcomes.answeredRate),
      f.percent(week.outcomes.escalatedRate),
      f.percent(week.outcomes.abandonedRate),
      escapeHtml(f.duration(week.answerTimes.medianMs)),
    ]),
  );
}

function ageTable(report: AdvisorReport, { w, f }: Say): string {
  if (!report.openByAge) return "";
  const ages = report.openByAge;
  return (
    cardTable(
      AGE_BUCKETS.map((bucket) => ({ label: w.ages[bucket], numeric: true })),
      [AGE_BUCKETS.map((bucket) => f.count(ages.buckets[bucket]))],
    ) + (ages.undelivered > 0 ? `<p>${escapeHtml(w.undelivered(f.count(ages.undelivered)))}</p>` : "")
  );
}

function openTable(report: AdvisorReport, { w, f }: Say): string {
  if (report.openHandoffs.length === 0) return `<p class="muted">${escapeHtml(w.noOpen)}</p>`;
  return `<p>${escapeHtml(w.openIntro(f.count(report.openHandoffs.length)))}</p>${cardTable(
    [{ label: w.colId }, { label: w.colReceived }, { label: w.colChannel }, { label: w.colQuestion, wide: true }],
    report.openHandoffs.map((h) => [escapeHtml(h.id), escapeHtml(f.dateTime(h.createdAt)), escapeHtml(h.channel), escapeHtml(truncate(h.question, 140))]),
  )}`;
}

function nearAnswers(report: AdvisorReport, { w, f }: Say): string {
  if (report.nearAnswers.length === 0) return `<p class="muted">${escapeHtml(w.noNear)}</p>`;
  const cards = report.nearAnswers
    .map(
      (group) =>
        `<div class="card"><b>${f.count(group.count)} × « ${escapeHtml(group.label)} »</b>` +
        (group.variants.length > 1 ? `<br><span class="muted">${escapeHtml(w.also + w.colon)}${group.variants.slice(1).map((v) => `« ${escapeHtml(v.text)} »`).join(", ")}</span>` : "") +
        `<br>${escapeHtml(w.nearAnswer + w.colon)}« ${escapeHtml(group.entryQuestion)} » [${escapeHtml(group.entryId)}] <span class="muted">(${escapeHtml(w.nearWhy(f.percent(group.similarity), f.count(group.suggested)))})</span>` +
        `<code>${escapeHtml(addVariantCommand(group.entryId, group.variants))}</code></div>`,
    )
    .join("");
  return `<p class="muted">${escapeHtml(w.nearIntro)}</p>${cards}`;
}

function groupTable(groups: AdvisorReport["total"]["unansweredGroups"], { w, f }: Say): string {
  if (groups.length === 0) return `<p class="muted">${escapeHtml(w.noUnanswered)}</p>`;
  return cardTable(
    [{ label: w.colCount, numeric: true }, { label: w.colQuestion, wide: true }, { label: w.colLanguages }],
    groups.map((g) => [
      f.count(g.count),
      `${escapeHtml(g.label)}${g.variants.length ? `<br><span class="muted">${escapeHtml(w.also + w.colon)}${g.variants.map((v) => `« ${escapeHtml(v)} »`).join(", ")}</span>` : ""}`,
      g.languages.join(", "),
    ]),
  );
}

function weekDetails(week: WeekReport, labelOf: (id: string) => string, say: Say): string {
  const { w, f } = say;
  const feedback = week.feedback.length
    ? cardTable(
        [{ label: w.colQuestion, wide: true }, { label: w.useful, numeric: true }, { label: w.notUseful, numeric: true }],
        week.feedback.map((fb) => [escapeHtml(labelOf(fb.answerId)), f.count(fb.useful), f.count(fb.notUseful)]),
      )
    : `<p class="muted">${escapeHtml(w.noFeedback)}</p>`;
  return `<details><summary>${escapeHtml(w.weekOf(week.week, f.date(week.monday)))} — ${escapeHtml(w.weekSummary(f.percent(week.rate), f.count(week.questions)))}</summary>
<p>${escapeHtml(w.weekRequests(f.count(week.handoffs.opened), f.count(week.handoffs.closed), f.count(week.handoffs.stillOpen)))}</p>
<h3>${escapeHtml(w.groupsTitle)}</h3>${groupTable(week.unansweredGroups, say)}
<h3>${escapeHtml(w.feedbackTitle)}</h3>${feedback}</details>`;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}
