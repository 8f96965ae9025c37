/**
 * One self-contained HTML file: inline CSS, no script, no external asset (it is opened from CI
 * artifacts and mail attachments, often offline). Every piece of text is escaped. Each finding shows its
 * severity (violation or drift), operation/event, part, status, JSON pointer, rule, message and the
 * (already redacted) value.
 */
import { caseFindings, findingCounts, formatValue, severityOf, summarize, suitesOf, type CaseResult, type RunReport, type Violation } from "./model.js";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1b1f24;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
.meta{color:#57606a;margin:0 0 16px}.meta span{margin-right:16px}
.summary{display:flex;gap:12px;margin:12px 0 20px}.summary div{padding:8px 14px;border-radius:6px;background:#f6f8fa}
.summary b{font-size:18px;display:block}
.passed{color:#1a7f37}.failed{color:#cf222e}.skipped{color:#9a6700}.drift{color:#9a6700}.violation{color:#cf222e}
details{border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:6px 10px}
details[open]{background:#fbfcfd}summary{cursor:pointer}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code,td.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.error{color:#cf222e;white-space:pre-wrap}ol.steps{color:#57606a;margin:6px 0}
`;

function violationRows(violations: readonly Violation[]): string {
  const head = "<tr><th>severity</th><th>operation / event</th><th>part</th><th>status</th><th>pointer</th><th>rule</th><th>message</th><th>value</th></tr>";
  const rows = violations.map((v) => `<tr><td class="${severityOf(v)}">${severityOf(v)}</td>${[
    escapeHtml(v.subject), escapeHtml(v.part), v.status === undefined ? "" : String(v.status),
  ].map((cell) => `<td>${cell}</td>`).join("")}<td class="mono">${escapeHtml(v.pointer)}</td><td class="mono">${escapeHtml(v.rule)}</td><td>${escapeHtml(v.message)}</td><td class="mono">${escapeHtml(formatValue(v.value))}</td></tr>`);
  return `<table class="violations">${head}${rows.join("")}</table>`;
}

function caseHtml(c: CaseResult): string {
  const label = { passed: "✓ passed", failed: "✗ failed", skipped: "– skipped" }[c.status];
  const extra = c.violations.length > 0 ? ` — ${findingCounts(...caseFindings(c))}` : "";
  const parts = [
    `<summary><span class="${c.status}">${label}</span> ${escapeHtml(c.name)}${extra} <small>(${Math.round(c.durationMs)} ms)</small></summary>`,
  ];
  if (c.skipReason) parts.push(`<p class="skipped">Skipped: ${escapeHtml(c.skipReason)}</p>`);
  if (c.error) parts.push(`<p class="error">${escapeHtml(c.error)}</p>`);
  if (c.violations.length > 0) parts.push(violationRows(c.violations));
  if (c.steps?.length) parts.push(`<ol class="steps">${c.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ol>`);
  // Failures open by default so the reader sees them without clicking.
  return `<details class="case ${c.status}"${c.status === "failed" ? " open" : ""}>${parts.join("")}</details>`;
}

/** A summary count, tinted only when it is not zero (a zero is not a failure). */
function tile(count: number, label: string, tone: string): string {
  return `<div${count > 0 ? ` class="${tone}"` : ""}><b>${count}</b>${label}</div>`;
}

export function toHtml(report: RunReport): string {
  const s = summarize(report);
  const suites = suitesOf(report).map(({ suite, cases }) => {
    const count = (status: CaseResult["status"]) => cases.filter((c) => c.status === status).length;
    const [passed, failed, skipped] = [count("passed"), count("failed"), count("skipped")];
    const tally = `${passed}/${cases.length} passed${skipped ? `, ${skipped} skipped` : ""}${failed ? `, ${failed} failed` : ""}`;
    return `<section><h2>${escapeHtml(suite)} <small class="${failed ? "failed" : skipped === cases.length ? "skipped" : "passed"}">${tally}</small></h2>${cases.map(caseHtml).join("\n")}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta"><span>target: <code>${escapeHtml(report.target)}</code></span><span>started: ${escapeHtml(report.startedAt)}</span><span>duration: ${Math.round(report.durationMs)} ms</span></p>
<div class="summary"><div><b>${s.total}</b>cases</div>${tile(s.passed, "passed", "passed")}${tile(s.failed, "failed", "failed")}${tile(s.skipped, "skipped", "skipped")}${tile(s.violations, "violations", "failed")}${tile(s.drift, "drift", "drift")}</div>
${suites.join("\n")}
</body></html>
`;
}
