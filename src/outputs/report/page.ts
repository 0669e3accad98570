import type { RunReport } from '../run-json.js';
import { escapeHtml as h } from './escape.js';
import type { ReportSummary } from './summary.js';
import { barChart, network } from './svg.js';

/**
 * `report.html`: one night at a glance, in one self-contained file. No script, no font, no image from
 * elsewhere: charts are SVG made by whosaid, styles are inline, and every text of an article is escaped. The
 * Content-Security-Policy forbids scripts and any request, should a browser be asked to load one. It reads on a
 * laptop screen and prints.
 */
export function reportPage(report: RunReport, summary: ReportSummary): string {
  const counted = (name: string, value: number) => `<div class="count"><span class="value" data-count="${h(name)}">${value.toLocaleString('en-US')}</span><span class="label">${h(name)}</span></div>`;
  const seen = report.inputs.filter((input) => input.seen).length;
  const stageTotal = Object.values(report.stageMs).reduce((sum, ms) => sum + ms, 0);
  const seconds = (Date.parse(report.endedAt) - Date.parse(report.startedAt)) / 1000;
  const runs = report.tables.firstRun === report.tables.lastRun ? `run ${report.run}` : `runs ${report.tables.firstRun}–${report.tables.lastRun}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>whosaid: ${h(runs)} into ${h(report.out)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Who said what: ${h(runs)}</h1>
<p>${h(report.startedAt.replace('T', ' ').slice(0, 19))} UTC · ${seconds.toFixed(1)} s · ${report.inputs.length} inputs${seen > 0 ? ` (${seen} seen before)` : ''} · ${h(report.workers.join(', '))} · store: ${report.store.articles.toLocaleString('en-US')} articles in ${report.store.runs} runs · exit code ${report.exitCode}</p>
</header>
<section class="counts">${Object.entries(report.counts).map(([name, value]) => counted(name, value)).join('')}</section>
<section>
<h2>Top speakers</h2>
${summary.speakers.length === 0 ? '<p class="none">No quotes tonight.</p>' : summary.speakers.map(speaker).join('\n')}
</section>
<section class="two">
<div><h2>Most named</h2>${barChart(summary.entities.map((e) => ({ label: e.name, value: e.mentions })), '')}</div>
<div><h2>Quotes by outlet</h2>${barChart(summary.outlets.map((o) => ({ label: o.outlet, value: o.quotes })))}</div>
</section>
<section>
<h2>Who appears with whom</h2>
<p class="legend"><span class="person">●</span> person <span class="organization">●</span> organization · a line: articles that name both</p>
${network(summary.entities, summary.together)}
</section>
<section>
<h2>Time per stage</h2>
${barChart(Object.entries(report.stageMs).map(([stage, ms]) => ({ label: `${stage} (${stageTotal === 0 ? 0 : Math.round((100 * ms) / stageTotal)}%)`, value: ms })), ' ms')}
</section>
<section>
<h2>Inputs</h2>
<table><thead><tr><th>input</th><th>outcome</th><th>articles</th><th>new</th><th>duplicates</th></tr></thead><tbody>
${report.inputs.map((i) => `<tr><td>${h(i.path)}</td><td>${i.seen ? 'seen before' : h(i.outcome)}</td><td>${i.articles}</td><td>${i.kept}</td><td>${i.duplicates}</td></tr>`).join('\n')}
</tbody></table>
</section>
<section>
<h2>Diagnostics</h2>
${
  report.diagnostics.length === 0
    ? '<p class="none">None: every input read cleanly.</p>'
    : `<table class="diagnostics"><thead><tr><th>severity</th><th>rule</th><th>file</th><th>place</th><th>what</th></tr></thead><tbody>
${report.diagnostics.map((d) => `<tr class="${h(d.severity)}"><td>${h(d.severity)}</td><td>${h(d.ruleId)}</td><td>${h(d.source)}</td><td>${h(place(d.place))}</td><td>${h(d.message)}</td></tr>`).join('\n')}
</tbody></table>`
}
</section>
<footer>whosaid ${h(report.version)} · the tables beside this page hold every row; run.json the same figures as data</footer>
</body>
</html>
`;
}

function speaker(s: ReportSummary['speakers'][number]): string {
  const what = [s.type === 'SOURCE' ? 'no entity' : s.type.toLowerCase(), s.role].filter(Boolean).join(' · ');
  const quotes = s.quotes.map((q) => `<li><q>${h(q.quote)}</q> <span class="meta">${h(q.cue)}${q.cue ? ' · ' : ''}${h(q.kind)} · ${h(q.title)} · confidence ${q.confidence}</span></li>`);
  return `<article class="speaker"><h3>${h(s.name)} <span class="meta">${h(what)} · ${s.count} quote${s.count === 1 ? '' : 's'}</span></h3><ul>${quotes.join('')}</ul></article>`;
}

function place(at: { readonly line?: number; readonly byte?: number; readonly articleId?: string } | undefined): string {
  if (at === undefined) return '';
  return [at.line === undefined ? '' : `line ${at.line}`, at.byte === undefined ? '' : `byte ${at.byte}`, at.articleId ?? ''].filter(Boolean).join(', ');
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a;max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #d8dde3;padding-bottom:4px}h3{font-size:15px;margin:0 0 4px}
header p,.meta,.legend,footer{color:#5b6570;font-size:13px}
.counts{display:flex;flex-wrap:wrap;gap:10px;margin-top:16px}.count{background:#f3f5f7;border-radius:6px;padding:8px 14px;min-width:110px}
.count .value{display:block;font-size:22px;font-weight:600}.count .label{font-size:12px;color:#5b6570}
.speaker{margin:0 0 12px}.speaker ul{margin:0;padding-left:20px}.speaker li{margin:2px 0}
.two{display:grid;grid-template-columns:1fr 1fr;gap:24px}.two h2{margin-top:28px}
svg{width:100%;height:auto}.bars{max-width:560px}.network{max-width:760px}svg text{font-size:12px;fill:#1d232a}.bars rect{fill:#3b6ea5}
.network line{stroke:#9fb0c2}.network .person circle,.legend .person{fill:#d9822b;color:#d9822b}.network .organization circle,.legend .organization{fill:#3b6ea5;color:#3b6ea5}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e6e9ed;vertical-align:top}
tr.error td:first-child{color:#b42318;font-weight:600}tr.warning td:first-child{color:#a15c07}.none{color:#5b6570}
footer{margin-top:32px}
@media (max-width:800px){.two{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0}section{break-inside:avoid}.count{border:1px solid #ccc}}
`;
