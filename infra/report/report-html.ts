import type { AdvisorReport, WeekReport } from "../../domain/reporting/advisor-report";

/**
 * The advisors' report as one self-contained HTML file: inline CSS and inline SVG charts, no script,
 * nothing fetched from anywhere, so it opens offline and can be mailed as an attachment. Every text
 * that comes from learners or admins is escaped.
 */
export interface ReportPage {
  report: AdvisorReport;
  /** "2026-W41 – 2026-W48". */
  title: string;
  /** Where the events were read, e.g. "AWS DynamoDB in eu-west-3". */
  source: string;
  generatedAt: string;
  /** A readable name for an answer id (its canonical question), when known. */
  labelOf: (answerId: string) => string;
}

const COLORS = { deflected: "#2e7d32", escalated: "#f9a825", unanswered: "#c62828", direct: "#6a1b9a", opened: "#1565c0", closed: "#90a4ae", useful: "#2e7d32", notUseful: "#c62828", rate: "#1565c0" };

export function renderReportHtml(page: ReportPage): string {
  const { report } = page;
  const total = report.total;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ue-advisor — rapport des conseillers ${escapeHtml(page.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#212121}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#666;font-size:.9rem}.kpi{display:flex;gap:1rem;flex-wrap:wrap}
.kpi div{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.kpi b{display:block;font-size:1.4rem}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}svg{max-width:100%;height:auto}
</style>
</head>
<body>
<h1>Rapport des conseillers — ${escapeHtml(page.title)}</h1>
<p class="muted">Semaines ISO, heure de Paris. Source : ${escapeHtml(page.source)}. Généré le ${escapeHtml(page.generatedAt)}.</p>
<div class="kpi">
  <div>Taux de déflexion<b>${percent(total.rate)}</b></div>
  <div>Questions<b>${total.questions}</b></div>
  <div>Répondues sans conseiller<b>${total.deflected}</b></div>
  <div>Sans réponse<b>${total.unanswered}</b></div>
  <div>Demandes ouvertes<b>${report.openHandoffs.length}</b></div>
</div>
<p class="muted">Taux de déflexion = questions répondues non suivies d'une demande de conseiller / toutes les questions
(répondues + sans réponse + demandes de conseiller faites sans question préalable).</p>

<h2>Taux de déflexion par semaine</h2>
${rateChart(report.weeks)}
<h2>Questions par semaine</h2>
${legend([["Répondues (déflexion)", COLORS.deflected], ["Répondues puis conseiller", COLORS.escalated], ["Sans réponse", COLORS.unanswered], ["Conseiller directement", COLORS.direct]])}
${stackedBars(report.weeks, (w) => [
  [w.deflected, COLORS.deflected],
  [w.answered - w.deflected, COLORS.escalated],
  [w.unanswered, COLORS.unanswered],
  [w.directHandoffs, COLORS.direct],
])}
${weekTable(report.weeks)}

<h2>Demandes de conseiller</h2>
${legend([["Ouvertes dans la semaine", COLORS.opened], ["Clôturées dans la semaine", COLORS.closed]])}
${groupedBars(report.weeks, (w) => [
  [w.handoffs.opened, COLORS.opened],
  [w.handoffs.closed, COLORS.closed],
])}
${openTable(report)}

<h2>Avis par réponse (utile / pas utile)</h2>
${feedbackChart(total.feedback, page.labelOf)}

<h2>Questions sans réponse, regroupées</h2>
${groupTable(total.unansweredGroups)}

<h2>Détail par semaine</h2>
${report.weeks.map((week) => weekDetails(week, page.labelOf)).join("\n")}
</body>
</html>
`;
}

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function percent(rate: number | undefined): string {
  return rate === undefined ? "—" : `${(rate * 100).toFixed(1)} %`;
}

function legend(items: [string, string][]): string {
  return `<p class="legend">${items.map(([label, color]) => `<span><i style="background:${color}"></i>${escapeHtml(label)}</span>`).join("")}</p>`;
}

const WIDTH = 900;
const HEIGHT = 220;
const PAD = { left: 40, right: 10, top: 10, bottom: 40 };

function axes(weeks: readonly WeekReport[], max: number, format: (value: number) => string): { svg: string; x: (i: number) => number; band: number; y: (value: number) => number } {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = plotWidth / Math.max(weeks.length, 1);
  const y = (value: number) => PAD.top + plotHeight - (max === 0 ? 0 : (value / max) * plotHeight);
  const ticks = [0, max / 2, max];
  const lines = ticks
    .map((tick) => `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#e0e0e0"/><text x="${PAD.left - 4}" y="${(y(tick) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#666">${escapeHtml(format(tick))}</text>`)
    .join("");
  const labels = weeks
    .map((week, i) => `<text x="${(PAD.left + band * (i + 0.5)).toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" font-size="11" text-anchor="middle" fill="#444">${escapeHtml(week.week.slice(5))}</text>`)
    .join("");
  return { svg: lines + labels, x: (i) => PAD.left + band * i, band, y };
}

function svg(content: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${content}</svg>`;
}

function rateChart(weeks: readonly WeekReport[]): string {
  const { svg: grid, x, band, y } = axes(weeks, 1, (value) => `${Math.round(value * 100)} %`);
  const bars = weeks
    .map((week, i) =>
      week.rate === undefined
        ? `<text x="${(x(i) + band / 2).toFixed(1)}" y="${(y(0) - 4).toFixed(1)}" font-size="10" text-anchor="middle" fill="#999">—</text>`
        : `<rect x="${(x(i) + band * 0.2).toFixed(1)}" y="${y(week.rate).toFixed(1)}" width="${(band * 0.6).toFixed(1)}" height="${(y(0) - y(week.rate)).toFixed(1)}" fill="${COLORS.rate}"><title>${escapeHtml(`${week.week} : ${percent(week.rate)} (${week.deflected} / ${week.questions})`)}</title></rect><text x="${(x(i) + band / 2).toFixed(1)}" y="${(y(week.rate) - 4).toFixed(1)}" font-size="10" text-anchor="middle">${Math.round(week.rate * 100)}</text>`,
    )
    .join("");
  return svg(grid + bars, "Taux de déflexion par semaine");
}

function stackedBars(weeks: readonly WeekReport[], parts: (week: WeekReport) => [number, string][]): string {
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
  return svg(grid + bars, "Questions par semaine");
}

function groupedBars(weeks: readonly WeekReport[], parts: (week: WeekReport) => [number, string][]): string {
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
  return svg(grid + bars, "Demandes de conseiller par semaine");
}

function feedbackChart(feedback: AdvisorReport["total"]["feedback"], labelOf: (id: string) => string): string {
  if (feedback.length === 0) return `<p class="muted">Aucun avis sur la période.</p>`;
  const rows = feedback.slice(0, 20);
  const rowHeight = 22;
  const labelWidth = 420;
  const max = Math.max(...rows.map((row) => row.useful + row.notUseful));
  const scale = (WIDTH - labelWidth - 60) / max;
  const content = rows
    .map((row, i) => {
      const top = i * rowHeight + 4;
      const usefulWidth = row.useful * scale;
      const label = truncate(`${labelOf(row.answerId)}`, 60);
      return (
        `<text x="${labelWidth - 6}" y="${top + 13}" font-size="11" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${top}" width="${usefulWidth.toFixed(1)}" height="16" fill="${COLORS.useful}"><title>${escapeHtml(`${row.answerId} : ${row.useful} utile(s)`)}</title></rect>` +
        `<rect x="${(labelWidth + usefulWidth).toFixed(1)}" y="${top}" width="${(row.notUseful * scale).toFixed(1)}" height="16" fill="${COLORS.notUseful}"><title>${escapeHtml(`${row.answerId} : ${row.notUseful} pas utile(s)`)}</title></rect>` +
        `<text x="${(labelWidth + (row.useful + row.notUseful) * scale + 6).toFixed(1)}" y="${top + 13}" font-size="11" fill="#444">${row.useful} / ${row.notUseful}</text>`
      );
    })
    .join("");
  return (
    legend([["Utile", COLORS.useful], ["Pas utile", COLORS.notUseful]]) +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${rows.length * rowHeight + 8}" role="img" aria-label="Avis par réponse"><title>Avis par réponse</title>${content}</svg>` +
    (feedback.length > rows.length ? `<p class="muted">${feedback.length - rows.length} autres réponses ont reçu des avis.</p>` : "")
  );
}

function weekTable(weeks: readonly WeekReport[]): string {
  const rows = weeks
    .map(
      (w) =>
        `<tr><td>${escapeHtml(w.week)}</td><td class="n">${w.questions}</td><td class="n">${w.answered}</td><td class="n">${w.handoffsAfterAnswer}</td><td class="n">${w.unanswered}</td><td class="n">${w.directHandoffs}</td><td class="n">${w.deflected}</td><td class="n">${percent(w.rate)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>Semaine</th><th class="n">Questions</th><th class="n">Répondues</th><th class="n">dont puis conseiller</th><th class="n">Sans réponse</th><th class="n">Conseiller direct</th><th class="n">Déflexion</th><th class="n">Taux</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function openTable(report: AdvisorReport): string {
  if (report.openHandoffs.length === 0) return `<p class="muted">Aucune demande ouverte.</p>`;
  const rows = report.openHandoffs
    .map((h) => `<tr><td>${escapeHtml(h.id)}</td><td>${escapeHtml(h.createdAt.slice(0, 16).replace("T", " "))}</td><td>${escapeHtml(h.channel)}</td><td>${escapeHtml(truncate(h.question, 140))}</td></tr>`)
    .join("");
  return `<p>${report.openHandoffs.length} demande(s) ouverte(s), la plus ancienne d'abord (détail : <code>npm run handoffs -- show &lt;id&gt;</code>).</p><table><thead><tr><th>N°</th><th>Reçue (UTC)</th><th>Canal</th><th>Question</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function groupTable(groups: AdvisorReport["total"]["unansweredGroups"]): string {
  if (groups.length === 0) return `<p class="muted">Aucune question sans réponse sur la période.</p>`;
  const rows = groups
    .map((g) => `<tr><td class="n">${g.count}</td><td>${escapeHtml(g.label)}${g.variants.length ? `<br><span class="muted">aussi : ${g.variants.map((v) => `« ${escapeHtml(v)} »`).join(", ")}</span>` : ""}</td><td>${g.languages.join(", ")}</td></tr>`)
    .join("");
  return `<table><thead><tr><th class="n">Nombre</th><th>Question</th><th>Langues</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function weekDetails(week: WeekReport, labelOf: (id: string) => string): string {
  const feedback = week.feedback.length
    ? `<table><thead><tr><th>Réponse</th><th class="n">Utile</th><th class="n">Pas utile</th></tr></thead><tbody>${week.feedback.map((f) => `<tr><td>${escapeHtml(labelOf(f.answerId))}</td><td class="n">${f.useful}</td><td class="n">${f.notUseful}</td></tr>`).join("")}</tbody></table>`
    : `<p class="muted">Aucun avis.</p>`;
  return `<details><summary>${escapeHtml(week.week)} (semaine du ${escapeHtml(week.monday)}) — déflexion ${percent(week.rate)}, ${week.questions} question(s)</summary>
<p>Demandes de conseiller : ${week.handoffs.opened} ouverte(s), ${week.handoffs.closed} clôturée(s), ${week.handoffs.stillOpen} de la semaine encore ouverte(s).</p>
<h3>Questions sans réponse</h3>${groupTable(week.unansweredGroups)}
<h3>Avis</h3>${feedback}</details>`;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
