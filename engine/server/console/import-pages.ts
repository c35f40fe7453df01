// The imports page: a file sent as it is to the admin import route (the console's script streams
// it with the session's CSRF token in a header), a live progress bar (the upload, then the rows
// read of the spooled file, from GET /admin/imports/{id}/progress), the report with the rejected
// lines, and the report as CSV.
import type { ImportReport } from '../../cards/import.js';
import { type Html, html } from './html.js';
import { layout, type PageContext } from './layout.js';

export const importKinds = ['members', 'police', 'legacy'] as const;
export type ConsoleImportKind = (typeof importKinds)[number];

export function importsPage(ctx: PageContext): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t('imports.title'),
    html`<form class="panel" id="import" data-csrf="${ctx.csrf}" data-uploading="${t('imports.uploading')}" data-processing="${t('imports.processing')}" data-failed="${t('imports.failed')}" data-rows="${t('imports.rows')}" data-rejected="${t('imports.rejected')}">
<p><label>${t('imports.kind')} <select name="kind">${importKinds.map(
      (k) => html`<option value="${k}">${t.dynamic('imports.kind.', k)}</option>`,
    )}</select></label></p>
<p><label>${t('imports.file')} <input type="file" name="file" accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson" required></label></p>
<p><button type="submit">${t('imports.start')}</button></p>
<noscript><p class="flash error">${t('imports.needsScript')}</p></noscript>
</form>
<section id="import-progress" hidden><p><span id="import-phase"></span> <span id="import-figures"></span></p>
<progress id="import-bar" max="100" value="0"></progress></section>
<div id="import-result"></div>`,
  );
}

/** The report as the page shows it (inserted by the script; every value escaped here). */
export function importReportFragment(ctx: PageContext, id: string, report: ImportReport): Html {
  const { t } = ctx;
  const figure = (label: string, value: number, field: string): Html =>
    html`<dt>${label}</dt><dd data-field="${field}">${value}</dd>`;
  return html`<section data-import="${id}"><h2>${t('imports.done')}</h2><dl>
${figure(t('imports.rows'), report.rows, 'rows')}${figure(t('imports.created'), report.created, 'created')}
${figure(t('imports.updated'), report.updated, 'updated')}${figure(t('imports.unchanged'), report.unchanged, 'unchanged')}
${figure(t('imports.rejected'), report.rejectedCount, 'rejected')}${report.kind === 'police' ? figure(t('imports.markedAfter'), report.markedAfter, 'markedAfter') : html``}
</dl>
<p><a class="button secondary" href="/console/imports/${id}/report.csv" download>${t('imports.csv')}</a></p>
${
  report.rejected.length === 0
    ? html``
    : html`<h2>${t('imports.rejectedLines')}</h2><table class="rejected"><thead><tr><th>${t('col.line')}</th><th>${t('col.reason')}</th></tr></thead><tbody>${report.rejected.map(
        (r) => html`<tr><td>${r.line}</td><td>${r.reason}</td></tr>`,
      )}</tbody></table>`
}</section>`;
}
