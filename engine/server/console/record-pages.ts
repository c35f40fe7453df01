// The record pages: the hot list (size, sequence, digest, counts by reason, recent deltas with a
// reason filter) and the audit (refused accesses and the staff's recent actions, auditors only).
import type { AuditRecord } from '../../cards/records.js';
import { chinaDateTimeText } from '../../core/china-time.js';
import { type Html, html } from './html.js';
import { flash, layout, type PageContext } from './layout.js';

export interface HotListPageInput {
  count: number;
  sequence: number;
  digest: string;
  byReason: ReadonlyMap<number, number>;
  deltas: readonly { sequence: number; added: boolean; reason: number; sinceMs: number }[];
  /** The reason filtered on (0: all). */
  reason: number;
}

const hotReasons = [1, 2, 3, 4, 5, 6, 7] as const;

export function hotListPage(ctx: PageContext, input: HotListPageInput): Html {
  const { t } = ctx;
  const filter = html`<form method="get" action="/console/hot-list" class="noprint">
<label>${t('hot.filter')} <select name="reason"><option value="0">${t('hot.all')}</option>${hotReasons.map(
    (r) =>
      html`<option value="${r}"${input.reason === r ? html` selected` : html``}>${t.dynamic('hot.reason.', r)}</option>`,
  )}</select></label> <button type="submit">${t('hot.filter')}</button></form>`;
  const rows = input.deltas.filter((d) => input.reason === 0 || d.reason === input.reason);
  return layout(
    ctx,
    t('hot.title'),
    html`<div class="grid"><section><dl>
<dt>${t('hot.count')}</dt><dd data-field="count">${input.count}</dd>
<dt>${t('hot.sequence')}</dt><dd data-field="sequence">${input.sequence}</dd>
<dt>${t('hot.digest')}</dt><dd class="code" data-field="digest">${input.digest}</dd>
</dl></section>
<section><h2>${t('hot.byReason')}</h2><dl>${hotReasons.map(
      (r) => html`<dt>${t.dynamic('hot.reason.', r)}</dt><dd data-reason="${r}">${input.byReason.get(r) ?? 0}</dd>`,
    )}</dl></section></div>
<section><h2>${t('hot.recent')}</h2>${filter}
<table><thead><tr><th>${t('col.sequence')}</th><th>${t('col.time')}</th><th>${t('col.change')}</th><th>${t('col.reason')}</th></tr></thead><tbody>
${rows.map(
  (d) =>
    html`<tr data-sequence="${d.sequence}"><td>${d.sequence}</td><td>${chinaDateTimeText(d.sinceMs)}</td><td>${t(d.added ? 'col.change.added' : 'col.change.removed')}</td><td>${d.added ? t.dynamic('hot.reason.', d.reason) : ''}</td></tr>`,
)}</tbody></table></section>`,
  );
}

/** A row of GET /admin/audit. */
export type AuditRow = AuditRecord & { sequence: number };

export interface ChangeRow {
  sequence: number;
  timeMs: number;
  actor: string;
  op: string;
}

export function auditPage(
  ctx: PageContext,
  refusals: readonly AuditRow[],
  changes: readonly ChangeRow[],
  error?: string,
): Html {
  const { t } = ctx;
  const empty = html`<p class="muted">${t('audit.empty')}</p>`;
  return layout(
    ctx,
    t('audit.title'),
    html`${flash(error, 'error')}<section><h2>${t('audit.refusals')}</h2>${
      refusals.length === 0
        ? empty
        : html`<table><thead><tr><th>${t('col.sequence')}</th><th>${t('col.time')}</th><th>${t('col.staff')}</th><th>${t('col.route')}</th><th>${t('col.code')}</th><th>${t('col.source')}</th><th>${t('col.count')}</th></tr></thead><tbody>${refusals.map(
            (r) =>
              html`<tr><td>${r.sequence}</td><td>${chinaDateTimeText(r.timeMs)}</td><td>${r.who}</td><td class="code">${r.route}</td><td class="code">${r.code}</td><td class="code">${r.remote}</td><td>${r.count}</td></tr>`,
          )}</tbody></table>`
    }</section>
<section><h2>${t('audit.changes')}</h2>${
      changes.length === 0
        ? empty
        : html`<table><thead><tr><th>${t('col.sequence')}</th><th>${t('col.time')}</th><th>${t('col.staff')}</th><th>${t('col.op')}</th></tr></thead><tbody>${changes.map(
            (c) =>
              html`<tr><td>${c.sequence}</td><td>${chinaDateTimeText(c.timeMs)}</td><td>${c.actor}</td><td class="code">${c.op}</td></tr>`,
          )}</tbody></table>`
    }</section>`,
  );
}
